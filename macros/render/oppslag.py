"""Ids as HTML: names and links for services, roles, laws and sources. The lookups themselves are in
macros/data/oppslag.py (re-exported here, so a renderer needs one import)."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..data.datasett import Datasett
from ..data.modeller import Lovbestemmelse
from ..data.oppslag import (aktor_navn, dimensjon, gjeldende_lov, niva, rolle,  # noqa: F401  (re-exported)
                            rollevisning, rutine, tjeneste, trinn)
from .lenker import Side, lenke_til
from .oppmerking import ekstern_lenke, lenke

STATUSNAVN = {"etablert": "Etablert", "planlagt": "Planlagt", "vurderes": "Vurderes"}


def aktor_html(ds: Datasett, side: Side, aid: str) -> Markup:
    """Services link to their page; roles are plain text."""
    if aid in ds.tjenester:
        t = ds.tjenester[aid]
        return lenke(lenke_til(side, t.side), t.navn)
    return Markup(escape(aktor_navn(ds, aid)))


def aktorer_html(ds: Datasett, side: Side, ider) -> Markup:
    return Markup(", ").join(aktor_html(ds, side, a) for a in ider)


def lov_tekst(lb: Lovbestemmelse) -> str:
    return f"{lb.lov} {lb.paragraf} ({lb.tittel})"


def lov_html(lb: Lovbestemmelse, kort: bool = False) -> Markup:
    tekst = f"{lb.lov} {lb.paragraf}" if kort else lov_tekst(lb)
    return ekstern_lenke(lb.lovdata, tekst) if lb.lovdata else Markup(escape(tekst))


def lover_html(ds: Datasett, ider) -> Markup:
    return Markup("; ").join(lov_html(gjeldende_lov(ds, i), kort=True) for i in ider)


def kilder_tekst(ds: Datasett, kilder) -> str:
    """Source ids as readers see them (data/nettsted.yml «kilder»; the loader has checked every id)."""
    navn = {k.id: k.navn for k in ds.nettsted.kilder}
    return ", ".join(navn[k] for k in kilder)
