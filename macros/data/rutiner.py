"""Routine status: next review date and the overdue flag (look a routine up with oppslag.rutine)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from .datasett import Rutine
from .datoer import legg_til_maneder

STATUSTEKST = {"utkast": "Utkast", "gjeldende": "Gjeldende", "under-revisjon": "Under revisjon",
               "utgatt": "Utgått"}


def neste_revisjon(rutine: Rutine) -> Optional[date]:
    meta = rutine.meta
    return legg_til_maneder(meta.godkjent, meta.revisjonsintervall_mnd) if meta.godkjent else None


def er_forfalt(rutine: Rutine, idag: date) -> bool:
    """Overdue = review date has passed. Drafts and retired routines are never 'overdue'."""
    neste = neste_revisjon(rutine)
    return rutine.meta.status in ("gjeldende", "under-revisjon") and neste is not None and idag > neste

