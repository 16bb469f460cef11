"""The routine overview on docs/rutiner/index.md, generated from the routines' front matter.

  {{ rutinesammendrag() }}   counts per status, overdue and due soon, and the overdue routines by name
  {{ rutineoversikt() }}     one section per service (### heading + table), overdue first in each
  {{ utgatte_rutiner() }}    withdrawn routines, listed separately (they are in no other list)

A routine is listed under every service in its «gjelder» (a head of service sees everything that
applies to the staff); routines without «gjelder» get their own section. Plain functions, no mkdocs import.
"""
from __future__ import annotations

from datetime import date
from markupsafe import Markup

from . import oppslag
from ..data.datasett import Datasett
from ..data.datoer import norsk_dato
from .lenker import Side, lenke_til
from .oppmerking import md_tekst, blokk, lenke, status_merke
from .tabeller import render_tabell
from ..data.rutinestyring import SNART_DAGER, Revisjon, alle_revisjoner, i_bruk, sorteringsnokkel


def _tid(d: date) -> Markup:
    return Markup('<time datetime="{}">{}</time>').format(d.isoformat(), norsk_dato(d))


def neste_revisjon_celle(r: Revisjon) -> Markup:
    if r.utgatt:
        return Markup("Ikke aktuelt (utgått)")
    if r.neste is None:
        return Markup("Settes når rutinen er godkjent")
    if r.forfalt:
        return Markup('<strong class="rutine-forfalt">Forfalt</strong> {}').format(_tid(r.neste))
    if r.snart:
        dager = "i dag" if r.dager == 0 else ("om 1 dag" if r.dager == 1 else f"om {r.dager} dager")
        return Markup('{} <span class="rutine-snart">({})</span>').format(_tid(r.neste), dager)
    return _tid(r.neste)


def _rad(ds: Datasett, side: Side, r: Revisjon) -> list:
    return [lenke(lenke_til(side, r.rutine.side), r.tittel), oppslag.aktor_html(ds, side, r.rutine.meta.eier),
            status_merke(r.status, r.status_tekst), neste_revisjon_celle(r)]


_KOLONNER = ["Rutine", "Eier", "Status", "Neste revisjon"]


def rutinesammendrag(ds: Datasett, side: Side, idag: date, dager: int = SNART_DAGER) -> str:
    alle = alle_revisjoner(ds, idag, dager)
    bruk = i_bruk(alle)

    def antall(betingelse) -> int:
        return sum(1 for r in alle if betingelse(r))

    rader = [
        ["Gjeldende", antall(lambda r: r.status == "gjeldende")],
        ["Under revisjon", antall(lambda r: r.status == "under-revisjon")],
        ["Utkast (ikke godkjent ennå)", antall(lambda r: r.status == "utkast")],
        ["Revisjon forfalt", antall(lambda r: r.forfalt)],
        [f"Revisjon innen {dager} dager", antall(lambda r: r.snart)],
        ["Utgått (skal ikke brukes)", antall(lambda r: r.utgatt)],
    ]
    html = Markup('<p class="rutinesammendrag">Per {} har veilederen {} {} (utgåtte ikke medregnet).</p>').format(
        norsk_dato(idag), len(bruk), "rutine" if len(bruk) == 1 else "rutiner")
    html += Markup(render_tabell("Rutinene i tall", ["Status", "Antall"], rader, klasse="rutinesammendrag-tabell"))
    forfalte = [r for r in bruk if r.forfalt]
    if forfalte:
        punkter = Markup("").join(
            Markup("<li>{} – eier: {}, skulle vært gjennomgått {}</li>").format(
                lenke(lenke_til(side, r.rutine.side), r.tittel), oppslag.aktor_html(ds, side, r.rutine.meta.eier),
                _tid(r.neste))
            for r in forfalte)
        html += Markup('<div class="rutinevarsel rutinevarsel--forfalt" role="note"><p><strong>Revisjon forfalt '
                       'for {} {}:</strong></p><ul>{}</ul></div>').format(
            len(forfalte), "rutine" if len(forfalte) == 1 else "rutiner", punkter)
    return blokk(html)


def rutineoversikt(ds: Datasett, side: Side, idag: date, niva: int = 3, dager: int = SNART_DAGER) -> str:
    bruk = i_bruk(alle_revisjoner(ds, idag, dager))
    if not bruk:
        return blokk(Markup('<p class="hv-tom">Ingen rutiner er registrert ennå.</p>'))
    merke = "#" * niva
    deler: list[str] = []
    grupper: list[tuple[str, str, list[Revisjon]]] = []
    for tid, t in ds.tjenester.items():
        utvalg = [r for r in bruk if tid in r.rutine.meta.gjelder]
        if utvalg:
            grupper.append((f"rutiner-{tid}", t.navn, utvalg))
    uten = [r for r in bruk if not r.rutine.meta.gjelder]
    if uten:
        grupper.append(("rutiner-uten-tjeneste", "Ikke knyttet til en bestemt tjeneste", uten))
    for anker, navn, utvalg in grupper:
        utvalg = sorted(utvalg, key=sorteringsnokkel)
        forfalt = sum(1 for r in utvalg if r.forfalt)
        tillegg = f" ({forfalt} med forfalt revisjon)" if forfalt else ""
        deler.append(f"\n\n{merke} {md_tekst(navn)} {{ #{anker} }}\n\n")
        deler.append(render_tabell(f"Rutiner som gjelder {navn}{tillegg}", _KOLONNER,
                                   [_rad(ds, side, r) for r in utvalg], klasse="rutineoversikt"))
    return "".join(deler)


def utgatte_rutiner(ds: Datasett, side: Side, idag: date) -> str:
    utgatte = [r for r in alle_revisjoner(ds, idag) if r.utgatt]
    if not utgatte:
        return blokk(Markup('<p class="hv-tom">Ingen rutiner er utgått.</p>'))
    punkter = Markup("").join(
        Markup('<li>{} {} <span class="rutineeier">Eier: {}</span></li>').format(
            lenke(lenke_til(side, r.rutine.side), r.tittel), status_merke("utgatt", "Utgått – skal ikke brukes"),
            r.eier_navn)
        for r in sorted(utgatte, key=lambda r: r.tittel.lower()))
    return blokk(Markup('<ul class="rutineliste rutineliste--utgatt">') + punkter + Markup("</ul>"))
