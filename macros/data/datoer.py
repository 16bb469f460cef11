"""Date helpers. 'Today' is injectable via HV_DAGENS_DATO so builds and tests are deterministic."""
from __future__ import annotations

import calendar
import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

# Every date on the site is the date in Norway, also when the build machine runs in UTC.
TIDSSONE = ZoneInfo("Europe/Oslo")

MANEDER = ["januar", "februar", "mars", "april", "mai", "juni", "juli",
           "august", "september", "oktober", "november", "desember"]


def dagens_dato() -> date:
    verdi = os.environ.get("HV_DAGENS_DATO")
    if not verdi:
        return datetime.now(TIDSSONE).date()
    try:
        return date.fromisoformat(verdi)
    except ValueError:
        raise ValueError(f"Miljøvariabelen HV_DAGENS_DATO må være en dato på formen ÅÅÅÅ-MM-DD, "
                         f"men er «{verdi}»") from None


def legg_til_maneder(start: date, maneder: int) -> date:
    """2024-01-31 + 1 month = 2024-02-29: clamp to the last day of the target month."""
    indeks = start.month - 1 + maneder
    ar, maned = start.year + indeks // 12, indeks % 12 + 1
    dag = min(start.day, calendar.monthrange(ar, maned)[1])
    return date(ar, maned, dag)


def norsk_dato(d: date) -> str:
    """1. februar 2025 – the written form, unambiguous for all readers."""
    return f"{d.day}. {MANEDER[d.month - 1]} {d.year}"


def manedsnavn(maned: int) -> str:
    return MANEDER[maned - 1]
