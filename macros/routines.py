"""Routine status: next review date, overdue flag, and the resolved header info."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from .data_loader import Datasett, Rutine
from .dates import legg_til_maneder
from .errors import MakroFeil, forslag

STATUSTEKST = {"utkast": "Utkast", "gjeldende": "Gjeldende", "under-revisjon": "Under revisjon",
               "utgatt": "Utgått"}


def neste_revisjon(rutine: Rutine) -> Optional[date]:
    meta = rutine.meta
    return legg_til_maneder(meta.godkjent, meta.revisjonsintervall_mnd) if meta.godkjent else None


def er_forfalt(rutine: Rutine, idag: date) -> bool:
    """Overdue = review date has passed. Drafts and retired routines are never 'overdue'."""
    neste = neste_revisjon(rutine)
    return rutine.meta.status in ("gjeldende", "under-revisjon") and neste is not None and idag > neste


@dataclass(frozen=True)
class Rutinehode:
    id: str
    tittel: str
    eier_id: str
    eier_navn: str
    status: str
    status_tekst: str
    godkjent: Optional[date]
    neste_revisjon: Optional[date]
    forfalt: bool


def hent_rutine(ds: Datasett, rid: str) -> Rutine:
    if rid not in ds.rutiner:
        raise MakroFeil(f"ukjent rutine «{rid}» (finnes ikke som docs/rutiner/{rid}.md).{forslag(rid, ds.rutiner)}")
    return ds.rutiner[rid]


def rutinehode(ds: Datasett, rid: str, idag: date) -> Rutinehode:
    """Everything a routine's header needs, resolved (for the governance pages and templates)."""
    r = hent_rutine(ds, rid)
    eier = r.meta.eier
    eier_navn = ds.roller[eier].navn if eier in ds.roller else ds.tjenester[eier].navn
    return Rutinehode(id=rid, tittel=r.tittel, eier_id=eier, eier_navn=eier_navn, status=r.meta.status,
                      status_tekst=STATUSTEKST[r.meta.status], godkjent=r.meta.godkjent,
                      neste_revisjon=neste_revisjon(r), forfalt=er_forfalt(r, idag))
