#!/usr/bin/env python3
"""Sjekk at alle fil- og mappenavn i docs/, data/ og maler/ er trygge nettadresser.

Regelen: bare små bokstaver a–z, tallene 0–9 og bindestrek (kebab-case), pluss filendelse.
Eksempler: «anonym-drofting.md» er riktig; «Anonym drøfting.md» og «anonym_drofting.md» er feil.

Hvorfor: filnavnet blir en del av nettadressen (docs/rutiner/anonym-drofting.md blir
…/rutiner/anonym-drofting/). Æ, ø, å og mellomrom blir til %C3%B8 og %20 i adressen, og
serveren skiller mellom store og små bokstaver, så «Rutine.md» og «rutine.md» er to ulike sider.
For en rutine skal dessuten «id:» i front matter være lik filnavnet uten .md.

Bruk:  python scripts/sjekk_filnavn.py            (sjekker docs/, data/ og maler/)
       python scripts/sjekk_filnavn.py MAPPE …     (sjekker bare de mappene)
Avslutter med kode 1 og en liste over navn som må endres, ellers 0.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
STANDARDMAPPER = ("docs", "data", "maler")

# Filer med fast navn som et verktøy krever. .nav.yml er menyfilen til awesome-nav-tillegget.
TILLATTE_SPESIALNAVN = {".nav.yml", ".gitkeep"}

MAPPENAVN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Navn + én eller flere endelser: anonym-drofting.md, lover.schema.json
FILNAVN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)+$")

# Norske bokstaver som ikke har en enkel «uten aksent»-form.
ERSTATNINGER = {"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "œ": "oe"}


@dataclass(frozen=True)
class Feil:
    sti: str          # stien slik den vises for redaktøren, f.eks. docs/rutiner/Ny Rutine.md
    forslag: str      # riktig navn, f.eks. ny-rutine.md
    er_mappe: bool

    def melding(self) -> str:
        hva = "mappen" if self.er_mappe else "filen"
        if not self.forslag:
            return f"{self.sti}: denne filen hører ikke hjemme her (rest fra Mac, Word e.l.) – slett den."
        tekst = f"{self.sti}: ugyldig navn – gi {hva} nytt navn: {self.forslag}"
        if not self.er_mappe and f"/{self.sti}".count("/rutiner/") and self.sti.endswith(".md"):
            tekst += f"  (og sett «id: {Path(self.forslag).stem}» i front matter)"
        return tekst


FORKLARING = (
    "Navn på filer og mapper skal bare ha små bokstaver a–z, tallene 0–9 og bindestrek, "
    "pluss endelsen (.md, .yml).\n"
    "Slik gjør du om: æ→ae, ø→o, å→a, store bokstaver→små, mellomrom og _ → bindestrek.\n"
    "Grunnen: filnavnet blir nettadressen til siden, og der fungerer ikke æøå og mellomrom godt."
)
RETTING = (
    "Gi filen nytt navn i nettleseren (blyanten, rett navnet øverst) eller med `git mv`.\n"
    "Rett også lenker som peker til det gamle navnet; bygget sier fra om dem."
)


def rapport(feil: list[Feil]) -> str:
    """Hele meldingen til redaktøren, på norsk."""
    linjer = [f"Filnavnsjekken fant {len(feil)} navn som må endres:", ""]
    linjer += ["  " + f.melding() for f in feil]
    linjer += ["", FORKLARING, RETTING]
    return "\n".join(linjer)


def _slug(tekst: str) -> str:
    tekst = tekst.lower()
    tekst = "".join(ERSTATNINGER.get(tegn, tegn) for tegn in tekst)
    # é → e, ü → u osv.: del bokstav og aksent, behold bare bokstaven.
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    tekst = re.sub(r"[^a-z0-9]+", "-", tekst)
    return tekst.strip("-")


def foreslå_navn(navn: str, er_mappe: bool = False) -> str:
    """Det riktige navnet: «Ny Rutine.md» → «ny-rutine.md», «Øvrig» → «ovrig»."""
    navn = unicodedata.normalize("NFC", navn)
    if er_mappe:
        return _slug(navn) or "ny-mappe"
    stamme, punktum, endelse = navn.lstrip(".").rpartition(".")
    if not punktum:  # ingen endelse
        return _slug(navn) or "ny-fil"
    endelse = _slug(endelse).replace("-", "") or "txt"
    return f"{_slug(stamme) or 'ny-fil'}.{endelse}"


def er_gyldig(navn: str, er_mappe: bool) -> bool:
    if not er_mappe and navn in TILLATTE_SPESIALNAVN:
        return True
    return bool((MAPPENAVN if er_mappe else FILNAVN).match(navn))


def finn_feil(mappe: Path, vis_relativt_til: Path | None = None) -> list[Feil]:
    """Alle fil- og mappenavn under mappe (mappen selv ikke medregnet) som bryter regelen."""
    base = vis_relativt_til or mappe.parent
    feil: list[Feil] = []
    for sti in sorted(mappe.rglob("*")):
        if "__pycache__" in sti.parts:
            continue
        er_mappe = sti.is_dir()
        if er_gyldig(sti.name, er_mappe):
            continue
        vis = sti.relative_to(base).as_posix()
        if sti.name == ".DS_Store" or sti.name.startswith("~$") or sti.name.endswith("~"):
            forslag = ""  # rester fra Mac, Word eller en editor: skal slettes, ikke gis nytt navn
        else:
            forslag = foreslå_navn(sti.name, er_mappe)
        feil.append(Feil(vis, forslag, er_mappe))
    return feil


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    mapper = [Path(a) for a in argv] or [ROT / m for m in STANDARDMAPPER]
    alle: list[Feil] = []
    antall = 0
    for mappe in mapper:
        if not mappe.is_dir():
            continue
        antall += sum(1 for _ in mappe.rglob("*"))
        alle.extend(finn_feil(mappe, ROT if mappe.resolve().is_relative_to(ROT) else mappe.parent))
    if alle:
        print(rapport(alle))
        return 1
    print(f"Filnavnsjekken: alle {antall} fil- og mappenavn er i orden.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
