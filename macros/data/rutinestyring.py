"""Routine governance (internkontroll): review status of every routine, and the checks that need 'today'.

One place computes "is it overdue / due soon / a draft without approval", so the page header,
the overview (docs/rutiner/index.md) and `make rapport` (scripts/rapport.py) always agree.
Plain functions, no mkdocs import.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from . import oppslag
from .datasett import Datasett, Rutine
from .feil import DataError
from .rutiner import STATUSTEKST, er_forfalt, neste_revisjon

# "Soon due" window: a review due within this many days shows up in the report and the overview.
SNART_DAGER = 60

# Statuses that are in use (everything except utgatt), in the order the summary lists them.
I_BRUK = ("gjeldende", "under-revisjon", "utkast")


@dataclass(frozen=True)
class Revisjon:
    """The review situation of one routine on one day."""
    rutine: Rutine
    eier_navn: str
    neste: Optional[date]          # next review date (None for drafts: not approved yet)
    forfalt: bool                  # review date has passed (only gjeldende / under-revisjon)
    snart: bool                    # due within the window, not yet overdue
    dager: Optional[int]           # days until the review date; negative when overdue

    @property
    def id(self) -> str:
        return self.rutine.meta.id

    @property
    def tittel(self) -> str:
        return self.rutine.tittel

    @property
    def status(self) -> str:
        return self.rutine.meta.status

    @property
    def status_tekst(self) -> str:
        return STATUSTEKST[self.status]

    @property
    def utgatt(self) -> bool:
        return self.status == "utgatt"

    @property
    def mangler_godkjenning(self) -> bool:
        return self.status == "utkast"


def revisjon(ds: Datasett, rutine: Rutine, idag: date, dager: int = SNART_DAGER) -> Revisjon:
    neste = neste_revisjon(rutine)
    forfalt = er_forfalt(rutine, idag)
    igjen = (neste - idag).days if neste is not None else None
    aktiv = rutine.meta.status in ("gjeldende", "under-revisjon")
    snart = aktiv and not forfalt and igjen is not None and igjen <= dager
    return Revisjon(rutine=rutine, eier_navn=oppslag.aktor_navn(ds, rutine.meta.eier), neste=neste,
                    forfalt=forfalt, snart=snart, dager=igjen)


def sorteringsnokkel(r: Revisjon):
    """Overdue first (most overdue at the top), then by next review date, drafts last, then title."""
    return (not r.forfalt, r.neste or date.max, r.tittel.lower())


def alle_revisjoner(ds: Datasett, idag: date, dager: int = SNART_DAGER, med_maler: bool = False) -> list[Revisjon]:
    """Every routine's review situation; med_maler: the templates (docs/maler/) too, for `make rapport`."""
    styrte = [*ds.rutiner.values(), *(ds.maler.values() if med_maler else ())]
    return sorted((revisjon(ds, r, idag, dager) for r in styrte), key=sorteringsnokkel)


def i_bruk(revisjoner: Iterable[Revisjon]) -> list[Revisjon]:
    return [r for r in revisjoner if not r.utgatt]


# ---------------------------------------------------------------- checks beyond the schema
def rutinefeil(ds: Datasett, idag: date, docs_navn: str = "docs") -> list[str]:
    """Routine metadata mistakes that the per-file schema cannot see (they need 'today' or other files).

    - godkjent in the future (a typo such as 2062 would hide a missing review for decades);
    - utkast with an approval date (contradictory: is it approved or not?);
    - the same id twice in gjelder / tema / lovgrunnlag;
    - a withdrawn (utgått) routine still pointed to from data/ansvar.yml or data/handlingsveileder.yml.
    """
    feil: list[str] = []
    styrte = [(rid, r, "rutine") for rid, r in sorted(ds.rutiner.items())]
    styrte += [(mid, r, "mal") for mid, r in sorted(getattr(ds, "maler", {}).items())]
    for rid, r, art in styrte:
        hvor = f"{docs_navn}/{r.side}, {art} «{rid}»"
        meta = r.meta
        if meta.godkjent is not None and meta.godkjent > idag:
            feil.append(f"{hvor}: feltet «godkjent» er {meta.godkjent.isoformat()}, som er etter dagens dato "
                        f"({idag.isoformat()}). Skriv datoen rutinen faktisk ble godkjent")
        if meta.status == "utkast" and meta.godkjent is not None:
            feil.append(f"{hvor}: status er «utkast», men feltet «godkjent» har en dato "
                        f"({meta.godkjent.isoformat()}). Et utkast er ikke godkjent: sett «godkjent: null», "
                        f"eller sett status til «gjeldende» hvis {'malen' if art == 'mal' else 'rutinen'} er godkjent")
        for felt in ("gjelder", "tema", "lovgrunnlag"):
            verdier = getattr(meta, felt)
            doble = sorted({v for v in verdier if verdier.count(v) > 1})
            if doble:
                feil.append(f"{hvor}: feltet «{felt}» har {', '.join(f'«{v}»' for v in doble)} mer enn én gang")
    utgatte = {rid for rid, r in ds.rutiner.items() if r.meta.status == "utgatt"}
    if utgatte:
        for a in ds.ansvar:
            for rid in a.rutiner:
                if rid in utgatte:
                    feil.append(f"data/ansvar.yml, ansvar «{a.id}»: feltet «rutiner» viser til «{rid}», som er "
                                "utgått. Fjern den, eller vis til rutinen som erstatter den")
        for tid, t in (getattr(ds, "trinn", None) or {}).items():
            for rid in getattr(t, "rutiner", []):
                if rid in utgatte:
                    feil.append(f"data/handlingsveileder.yml, trinn «{tid}»: feltet «rutiner» viser til «{rid}», "
                                "som er utgått. Fjern den, eller vis til rutinen som erstatter den")
    return feil


def sjekk_rutiner(ds: Datasett, idag: date, docs_navn: str = "docs") -> None:
    """Raise DataError (same Norwegian format as the data layer) when rutinefeil() finds anything."""
    feil = rutinefeil(ds, idag, docs_navn)
    if feil:
        raise DataError(feil)
