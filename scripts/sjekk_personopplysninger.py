#!/usr/bin/env python3
"""Personvernvakt: stopp fødselsnumre og D-numre før de kommer inn i handlingsveilederen.

Guiden beskriver rutiner. Den skal aldri inneholde opplysninger om et barn eller en familie.
Et fødselsnummer som er limt inn ved en feil (fra et fagsystem, en e-post, en mal), er det
alvorligste som kan skje med dette nettstedet. Denne sjekken leter etter slike numre i
docs/, data/ og maler/ og stopper med fil, linje og en norsk forklaring.

Hva som regnes som et personnummer (11 siffer, DDMMÅÅ + individnummer + 2 kontrollsiffer):
  - fødselsnummer:   gyldig dato DDMMÅÅ;
  - D-nummer:        første siffer +4 (dag + 40), for personer uten norsk fødselsnummer;
  - H-nummer:        tredje siffer +4 (måned + 40), hjelpenummer som helsetjenesten bruker for
                     personer uten fødsels- eller D-nummer (NAVs syntetiske testnumre ser like ut);
  - syntetisk nummer: måned + 80 (Skatteetatens testnumre). De er ikke ekte, men ser ekte ut
                     for den som leser, og hører heller ikke hjemme i en guide.
Nummeret må ha RIKTIGE kontrollsiffer (modulus 11: vekter 3 7 6 1 8 9 4 5 2 og 5 4 3 2 7 6 5 4 3 2)
og en dag/måned som finnes. Da er et tilfeldig 11-sifret tall (kontonummer, saksnummer) nesten
aldri med. Skrivemåtene «01019012345», «010190 12345», «010190.12345» og «010190-12345» fanges.
Skuddår: 29. februar godtas når ÅÅ er delelig med 4 (hundreåret avgjøres ikke; heller ett nummer
for mye enn ett for lite). Fra 2032 endrer Skatteetaten reglene for kontrollsifrene; da må denne
sjekken oppdateres.

Nummeret skrives aldri ut i sin helhet (heller ikke her): meldingen viser bare hvor det står,
så det ikke havner i loggene fra testkjøringen.

Bruk:  python scripts/sjekk_personopplysninger.py           (docs/, data/ og maler/)
       python scripts/sjekk_personopplysninger.py STI …     (bestemte filer eller mapper)
Avslutter med kode 1 og en liste når noe er funnet, ellers 0.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
if str(ROT) not in sys.path:
    sys.path.insert(0, str(ROT))
from macros.vakt import personnummer as _vakt

STANDARDMAPPER = ("docs", "data", "maler", "overrides", "mkdocs.yml")

# 6 siffer (datodelen), eventuelt ett skilletegn (mellomrom, hardt mellomrom fra Word,
# punktum eller bindestrek), så 5 siffer. Ingen siffer rett før eller etter: da er det en del
# av et lengre tall.
KANDIDAT = re.compile(r"(?<!\d)(\d{6})[ .\-\u00a0\u202f]?(\d{5})(?!\d)")

MELDING = ("ser ut som et {art} – guiden skal aldri inneholde opplysninger om et barn eller en "
           "familie; fjern det")


@dataclass(frozen=True)
class Funn:
    fil: str
    linje: int
    kolonne: int
    art: str       # «fødselsnummer», «D-nummer», «H-nummer» eller «syntetisk fødselsnummer»
    maskert: str   # f.eks. «••••••-•••••» – aldri selve nummeret

    def melding(self) -> str:
        return f"{self.fil}:{self.linje}:{self.kolonne}: {self.maskert} {MELDING.format(art=self.art)}."


# Modulus 11 and the date rules: one implementation, the publishing gate's (macros/vakt/personnummer.py).
art_av_nummer = _vakt.art_av_nummer


def finn_i_tekst(tekst: str, filnavn: str) -> list[Funn]:
    funn: list[Funn] = []
    for linjenr, linje in enumerate(tekst.splitlines(), start=1):
        for treff in KANDIDAT.finditer(linje):
            art = art_av_nummer(treff.group(1) + treff.group(2))
            if art:
                maskert = re.sub(r"\d", "•", treff.group(0))
                funn.append(Funn(filnavn, linjenr, treff.start() + 1, art, maskert))
    # the build's gate (macros/vakt/personnummer.py) also finds DD.MM.ÅÅ, dashes, zero-width characters,
    # HTML entities and numbers split over a line break; those it finds on other lines are added here
    sett = {f.linje for f in funn}
    for f in _vakt.finn_i_tekst(tekst, filnavn):
        if f.linje not in sett:
            funn.append(Funn(filnavn, f.linje, 1, f.art, f.maskert))
            sett.add(f.linje)
    return funn


def _filer(stier: list[Path]):
    for sti in stier:
        if sti.is_file():
            yield sti
        elif sti.is_dir():
            for fil in sorted(sti.rglob("*")):
                if fil.is_file() and "__pycache__" not in fil.parts:
                    yield fil


def finn_funn(stier: list[Path], vis_relativt_til: Path = ROT) -> list[Funn]:
    funn: list[Funn] = []
    for fil in _filer(stier):
        # never skipped: UTF-16, Latin-1 and binary files are read too (macros/vakt/personnummer.dekod)
        tekst, _ = _vakt.dekod(fil.read_bytes())
        try:
            vis = fil.resolve().relative_to(vis_relativt_til.resolve()).as_posix()
        except ValueError:
            vis = str(fil)
        funn.extend(Funn(_vakt.masker_sti(vis), 0, 1, f.art, f.maskert) for f in _vakt.finn_i_filnavn(fil.name))
        vis = _vakt.masker_sti(vis)
        funn.extend(finn_i_tekst(tekst, vis))
    return funn


def rapport(funn: list[Funn]) -> str:
    linjer = [f"Personvernvakten fant {len(funn)} nummer som ser ut som fødselsnummer eller D-nummer:", ""]
    linjer += ["  " + f.melding() for f in funn]
    linjer += [
        "",
        "Slik gjør du:",
        "  1. Slett nummeret (og navn eller andre opplysninger om personen) fra filen.",
        "  2. Har nummeret vært med i en pull request eller en lagret endring, ligger det også i",
        "     historikken. Si fra til nettredaksjonen (teknisk), så fjerner de det derfra også.",
        "  3. Trenger du et eksempel i en rutine, skriv «11 siffer» eller «DDMMÅÅ XXXXX».",
        "Er tallet noe annet (for eksempel et saksnummer), skriv det med en annen gruppering,",
        "eller spør nettredaksjonen. Sjekken viser aldri selve nummeret, bare hvor det står.",
    ]
    return "\n".join(linjer)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stier = [Path(a) for a in argv] or [ROT / m for m in STANDARDMAPPER]
    funn = finn_funn(stier, ROT if not argv else Path.cwd())
    if funn:
        print(rapport(funn))
        return 1
    print("Personvernvakten: fant ingen fødselsnumre eller D-numre i " + ", ".join(
        f"{p.name}/" if p.is_dir() else p.name for p in stier) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
