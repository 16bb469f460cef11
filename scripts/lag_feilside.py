#!/usr/bin/env python3
"""Lag docs/om-nettstedet/nar-bygget-stopper.md fra tabellen i tests/feil_inndata.py.

Siden og testene bruker samme tabell, så siden viser de meldingene bygget faktisk gir (tests/test_feil_inndata.py
sjekker meldingene, og at siden er oppdatert). Kjør etter en endring i tabellen:
    python scripts/lag_feilside.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
SIDE = ROT / "docs" / "om-nettstedet" / "nar-bygget-stopper.md"
STOPP = {"vakt": "før bygget (publiseringsvakten)", "data": "datafilene", "makro": "når siden bygges",
         "etter": "etter bygget (vakten leser hele nettstedet)", "ufarlig": "stopper ikke: vises som tekst"}

INNLEDNING = """---
render_macros: false
search:
  boost: 0.5
---
# Når bygget stopper

<div class="kort-fortalt" markdown>

**Kort fortalt:** Bygget stopper når noe ikke kan publiseres trygt. Meldingen sier hvilken fil, hvilken linje eller oppføring, og hva du skal skrive. Rett den første feilen og bygg på nytt (`make build`).

</div>

## Slik leser du meldingen {#slik-leser-du-meldingen}

- Første linje er alltid «Bygget stoppet. Rett dette og bygg på nytt:».
- Så kommer filen (for eksempel `docs/index.md, linje 12` eller `data/roller.yml, rolle «fobu»`) og hva som er galt.
- Meldingen er aldri lengre enn 10 linjer. Står det «… og N til», rett det første først; ofte forsvinner resten.
- Et fødselsnummer eller D-nummer vises aldri, bare hvor det står (`••••••-•••••`). Slett det, og si fra til nettredaksjonen hvis det har vært med i en lagret endring: da ligger det også i historikken.
- Stopper bygget etter at sidene er laget, tømmes `site/`, så ingenting blir publisert.
- Under `make serve` får du de samme meldingene. Rett feilen og lagre filen: nettstedet bygges på nytt av seg selv.
  Til da viser nettleseren forrige versjon som bygde uten feil.

## Feilene og meldingene {#feilene}

Tabellen under er den samme som testene bruker (`tests/feil_inndata.py`). «Meldingen inneholder» er en del av meldingen du får; resten sier filen og linjen."""


def _celle(tekst: str) -> str:
    tekst = tekst.replace("|", "\\|")
    return f"`{tekst}`" if tekst else "–"


def lag() -> str:
    sys.path.insert(0, str(ROT / "tests"))
    from feil_inndata import TILFELLER

    linjer = [INNLEDNING]
    klasser: list[str] = []
    for t in TILFELLER:
        if t.klasse not in klasser:
            klasser.append(t.klasse)
    for klasse in klasser:
        linjer.append(f"\n### {klasse[0].upper()}{klasse[1:]}\n")  # one blank line before and after
        linjer.append("| Feil | Hvor bygget stopper | Meldingen inneholder |")
        linjer.append("|---|---|---|")
        for t in TILFELLER:
            if t.klasse == klasse:
                linjer.append(f"| {_celle(t.beskrivelse)} | {STOPP[t.stopp]} | {_celle(t.melding)} |")
    return "\n".join(linjer) + "\n"


if __name__ == "__main__":
    SIDE.write_text(lag(), encoding="utf-8")
    print(f"Skrev {SIDE.relative_to(ROT)}")
