"""Inline macros: return short Markdown/HTML to be used inside a sentence."""
from __future__ import annotations

from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from . import oppslag
from .lenker import Side, relativ_md_sti
from .oppmerking import UtryggAdresse, trygg_url
from .oppmerking import md_tekst as _md_tekst


def lov(ds: Datasett, side: Side, lov_id: str, kort: bool = False) -> str:
    """[barnevernsloven § 13-2 (Opplysningsplikt …)](https://lovdata.no/…) – normal link, same tab."""
    lb = oppslag.gjeldende_lov(ds, lov_id)
    tekst = f"{lb.lov} {lb.paragraf}" if kort else oppslag.lov_tekst(lb)
    try:
        href = trygg_url(lb.lovdata, ds.verter)
    except UtryggAdresse as feil:
        raise MakroFeil(f"data/lover.yml, lovhenvisning «{lov_id}», feltet «lovdata»: {feil}") from None
    return f"[{_md_tekst(tekst)}]({href})"


def rolle(ds: Datasett, side: Side, rolle_id: str) -> str:
    return _md_tekst(oppslag.rolle(ds, rolle_id).navn)


def tjeneste(ds: Datasett, side: Side, tjeneste_id: str, tekst: str | None = None) -> str:
    """Markdown link to the service page as a relative .md path, so MkDocs itself validates it."""
    t = oppslag.tjeneste(ds, tjeneste_id)
    return f"[{_md_tekst(tekst or t.navn)}]({relativ_md_sti(side.src, t.side)})"
