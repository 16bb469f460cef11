"""External addresses from the register (data/lenker.yml): one link inside a sentence, and a short list of
national resources. Every link is marked as leaving the intranet (oppmerking.ekstern_lenke)."""
from __future__ import annotations

from typing import Optional

from markupsafe import Markup

from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from ..data.modeller import Eksternlenke
from .lenker import Side
from .oppmerking import blokk, ekstern_lenke, mangler, md_tekst


def _oppslag(ds: Datasett, lenke_id: str) -> Eksternlenke:
    if lenke_id not in ds.lenker:
        from ..data.feil import forslag
        raise MakroFeil(f"ukjent lenke «{lenke_id}» i data/lenker.yml.{forslag(lenke_id, ds.lenker)} "
                        f"Kjente: {', '.join(ds.lenker)}. En ny adresse legges inn i data/lenker.yml med "
                        "«kilde_url» og «kontrollert».")
    return ds.lenker[lenke_id]


def _lenke(ds: Datasett, lenke: Eksternlenke, tekst: Optional[str] = None) -> Markup:
    if lenke.url is None:
        return Markup("{} ").format(tekst or lenke.tittel) + mangler(lenke.mangler or "tjenesten")
    return ekstern_lenke(lenke.url, tekst or lenke.tittel, ds.verter)


def ekstern(ds: Datasett, side: Side, lenke_id: str, tekst: Optional[str] = None) -> str:
    """A link to an address in the register, inside a sentence; a visible gap when the address is not verified."""
    lenke = _oppslag(ds, lenke_id)
    # inside Markdown: the text is shown as text, never as emphasis or a link (md_tekst)
    return str(_lenke(ds, lenke, Markup(md_tekst(tekst or lenke.tittel))))


def nasjonale_ressurser(ds: Datasett, side: Side, ider: Optional[list[str]] = None) -> str:
    """The register's addresses (or the ones named) as a list: title (link), what it is for, publisher."""
    utvalg = [_oppslag(ds, i) for i in ider] if ider is not None else list(ds.lenker.values())
    punkter = [Markup('<li>{}<br>{} <span class="hv-ressurs__utgiver">Fra: {}.</span></li>').format(
                   _lenke(ds, lenke), lenke.brukes_til, lenke.utgiver.rstrip("."))
               for lenke in utvalg]
    return blokk(Markup('<ul class="hv-ressurser">') + Markup("").join(punkter) + Markup("</ul>"))
