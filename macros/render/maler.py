"""Templates staff print or copy (docs/maler/): fields to fill in by hand, and the list of templates.

A field is a label and blank lines (borders, so they print without background colours); nothing is an HTML form
field, so the page works the same on paper, in a PDF and copied into a record system. The lines are decorative
(aria-hidden); the label says what goes there. Plain functions, no mkdocs import.
"""
from __future__ import annotations

from typing import Optional

from markupsafe import Markup

from . import oppslag
from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from ..data.rutiner import STATUSTEKST
from .lenker import Side, lenke_til
from .oppmerking import blokk, status_merke


def _linjer(antall: int) -> Markup:
    if not 1 <= antall <= 20:
        raise MakroFeil(f"«linjer» må være et tall fra 1 til 20, ikke {antall!r}")
    return (Markup('<span class="hv-skrivefelt__linjer" aria-hidden="true">')
            + Markup('<span class="hv-skrivefelt__linje"></span>') * antall + Markup("</span>"))


def skrivefelt(ds: Datasett, side: Side, etikett: str, linjer: int = 1, hjelp: Optional[str] = None) -> str:
    """One field: the label (and a short hint), then `linjer` blank lines to write on."""
    hint = Markup('<span class="hv-skrivefelt__hjelp">{}</span>').format(hjelp) if hjelp else Markup("")
    return blokk(Markup('<div class="hv-skrivefelt"><span class="hv-skrivefelt__etikett">{}</span>{}{}</div>').format(
        etikett, hint, _linjer(linjer)))


def skrivefelter(ds: Datasett, side: Side, etiketter: list[str]) -> str:
    """Short fields side by side (date, time, place …); one under the other on a narrow screen."""
    if not etiketter or not all(isinstance(e, str) and e for e in etiketter):
        raise MakroFeil("skrivefelter() trenger en liste med etiketter, for eksempel [\"Dato\", \"Sted\"]")
    felter = [Markup('<div class="hv-skrivefelt"><span class="hv-skrivefelt__etikett">{}</span>{}</div>').format(
                  e, _linjer(1)) for e in etiketter]
    return blokk(Markup('<div class="hv-skrivefelter">') + Markup("").join(felter) + Markup("</div>"))


def malliste(ds: Datasett, side: Side) -> str:
    """Every template that is not withdrawn: link, status and owner (as the routine list)."""
    utvalg = sorted((m for m in ds.maler.values() if m.meta.status != "utgatt"), key=lambda m: m.tittel.lower())
    if not utvalg:
        return blokk(Markup('<p class="hv-tom">Ingen maler er registrert ennå.</p>'))
    punkter = [Markup('<li>{} {} <span class="rutineeier">Eier: {}</span></li>').format(
                   Markup('<a href="{}">{}</a>').format(lenke_til(side, m.side), m.tittel),
                   status_merke(m.meta.status, STATUSTEKST[m.meta.status]), oppslag.aktor_navn(ds, m.meta.eier))
               for m in utvalg]
    return blokk(Markup('<ul class="rutineliste hv-malliste">') + Markup("").join(punkter) + Markup("</ul>"))
