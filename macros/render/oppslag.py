"""Ids as HTML and Markdown: names and links for services, roles, laws, sources and steps. The lookups themselves are in
macros/data/oppslag.py (re-exported here, so a renderer needs one import)."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from ..data.modeller import Lovbestemmelse
from ..data.oppslag import (aktor_navn, dimensjon, gjeldende_lov, niva, rolle,  # noqa: F401  (re-exported)
                            rollevisning, rutine, tjeneste, trinn)
from .lenker import HANDLINGSVEILEDERSIDE, Side, lenke_til, md_lenke
from .oppmerking import ekstern_lenke, lenke, md_tekst

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


def steglenke(ds: Datasett, side: Side, mal: str) -> str:
    """«Trinn 2: Drøft bekymringen» or the acute page, as a Markdown link."""
    if mal == "akutt" or (ds.akutt is not None and mal == ds.akutt.id):
        if ds.akutt is None:
            raise MakroFeil("den akutte veien mangler i data/handlingsveileder.yml")
        return md_lenke(side, ds.akutt.side, ds.akutt.tittel)
    t = trinn(ds, mal)
    return md_lenke(side, HANDLINGSVEILEDERSIDE, f"Trinn {t.nummer}: {t.tittel}", t.id)


def meldeplikt_varsel(ds: Datasett, side: Side) -> str:
    """The reporting duty (data/nettsted.yml «meldeplikt») as a warning box linking the step that says how;
    '' when the site has none. Shown on the role views and the situation guides, written once."""
    plikt = ds.nettsted.meldeplikt
    if plikt is None or plikt.trinn not in ds.trinn:
        return ""
    return (f'!!! warning "{md_tekst(plikt.tittel)}"\n'
            f"    {md_tekst(plikt.tekst)} Slik gjør du det: {steglenke(ds, side, plikt.trinn)}.")
