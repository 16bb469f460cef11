#!/usr/bin/env python3
"""Rutinerapport til evalueringsmøtene i mai og september (make rapport).

Viser, gruppert etter eier:
  - rutiner med forfalt revisjon,
  - rutiner som skal revideres innen N dager (standard 60, endres med --dager N),
  - utkast som ikke er godkjent ennå.
Bruker datalaget (macros/) direkte, uten MkDocs. «I dag» kan settes med HV_DAGENS_DATO=ÅÅÅÅ-MM-DD.

Avslutningskode: 0 som standard, så bygg og CI ikke stopper den dagen en frist passeres.
Med --streng (make rapport STRENG=1): 1 når minst én rutine har forfalt revisjon.
Feil i dataene gir avslutningskode 2 og den samme norske feilmeldingen som bygget.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

ROT = Path(__file__).resolve().parent.parent
if str(ROT) not in sys.path:
    sys.path.insert(0, str(ROT))

from macros.data.datasett import kilder_fra_katalog, last_datasett  # noqa: E402
from macros.data.datoer import dagens_dato, norsk_dato  # noqa: E402
from macros.data.feil import DataError  # noqa: E402
from macros.data.rutinestyring import SNART_DAGER, Revisjon, alle_revisjoner, rutinefeil  # noqa: E402


def _dager(n: int) -> str:
    return "1 dag" if n == 1 else f"{n} dager"


def linje(r: Revisjon) -> str:
    if r.forfalt:
        hva = f"FORFALT  skulle vært revidert {norsk_dato(r.neste)} ({_dager(-r.dager)} siden)"
    elif r.snart:
        hva = f"SNART    revideres {norsk_dato(r.neste)} ({'i dag' if r.dager == 0 else 'om ' + _dager(r.dager)})"
    else:
        hva = "UTKAST   ikke godkjent ennå"
    status = f" [{r.status_tekst.lower()}]" if r.status == "under-revisjon" else ""
    return f"  {hva}: {r.tittel}{status} – docs/{r.rutine.side}"


def lag_rapport(revisjoner: list[Revisjon], idag, dager: int) -> tuple[str, int]:
    """(tekst, antall forfalte)."""
    aktuelle = [r for r in revisjoner if not r.utgatt and (r.forfalt or r.snart or r.mangler_godkjenning)]
    frist = idag + timedelta(days=dager)
    ut = [f"Rutinerapport {norsk_dato(idag)}",
          f"Forfalt revisjon, revisjon innen {_dager(dager)} (til og med {norsk_dato(frist)}) "
          "og utkast uten godkjenning, gruppert etter eier.", ""]
    if not aktuelle:
        ut.append("Ingen rutiner har forfalt revisjon, skal revideres snart eller mangler godkjenning.")
    per_eier: dict[tuple[str, str], list[Revisjon]] = defaultdict(list)
    for r in aktuelle:
        per_eier[(r.eier_navn, r.rutine.meta.eier)].append(r)
    rekkefolge = {"forfalt": 0, "snart": 1, "utkast": 2}
    for (navn, eier_id), rader in sorted(per_eier.items(), key=lambda kv: (not any(r.forfalt for r in kv[1]),
                                                                           kv[0][0].lower())):
        ut.append(f"{navn} ({eier_id})")
        rader.sort(key=lambda r: (rekkefolge["forfalt" if r.forfalt else "snart" if r.snart else "utkast"],
                                  r.neste or idag, r.tittel.lower()))
        ut.extend(linje(r) for r in rader)
        ut.append("")
    forfalt = sum(1 for r in aktuelle if r.forfalt)
    snart = sum(1 for r in aktuelle if r.snart)
    utkast = sum(1 for r in aktuelle if r.mangler_godkjenning)
    ut.append(f"Sammendrag: {forfalt} med forfalt revisjon, {snart} med revisjon innen {_dager(dager)}, "
              f"{utkast} utkast uten godkjenning.")
    return "\n".join(ut).rstrip() + "\n", forfalt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Rutiner med forfalt eller snarlig revisjon, og utkast uten godkjenning, gruppert etter eier.")
    parser.add_argument("--dager", type=int, default=SNART_DAGER, metavar="N",
                        help=f"ta med rutiner som skal revideres innen N dager (standard {SNART_DAGER})")
    parser.add_argument("--streng", action="store_true",
                        help="avslutt med kode 1 hvis minst én rutine har forfalt revisjon")
    parser.add_argument("--prosjekt", type=Path, default=ROT, metavar="MAPPE",
                        help="prosjektmappen med data/ og docs/ (standard: denne)")
    parser.add_argument("--site", type=Path, default=None, metavar="MAPPE",
                        help="det bygde nettstedet lukene leses fra (standard: site/ i prosjektmappen, lag det "
                             "med make build)")
    args = parser.parse_args(argv)
    if args.dager < 0:
        parser.error("--dager må være 0 eller mer")
    try:
        idag = dagens_dato()
        ds = last_datasett(kilder_fra_katalog(args.prosjekt.resolve(), sjekk_sider=False))
    except (DataError, ValueError) as feil:
        print(f"FEIL: {feil}", file=sys.stderr)
        return 2
    advarsler = rutinefeil(ds, idag)
    tekst, forfalt = lag_rapport(alle_revisjoner(ds, idag, args.dager, med_maler=True), idag, args.dager)
    sys.stdout.write(tekst)
    # the gap work list, read from the built pages exactly as on «Hva mangler før nettstedet tas i bruk»
    from macros.render.luker import finn_luker, som_tekst
    site = args.site or args.prosjekt.resolve() / "site"
    if (site / "index.html").exists():
        sys.stdout.write("\n" + som_tekst(finn_luker(site)))
    else:
        print(f"\nLukene (hva som mangler) leses fra det bygde nettstedet i {site}: kjør make build først.",
              file=sys.stderr)
    if advarsler:
        print("\nDessuten stopper disse feilene bygget:", file=sys.stderr)
        for nr, a in enumerate(advarsler, 1):
            print(f"  {nr}. {a}", file=sys.stderr)
    if args.streng and forfalt:
        print(f"\n--streng: {forfalt} {'rutine' if forfalt == 1 else 'rutiner'} har forfalt revisjon.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
