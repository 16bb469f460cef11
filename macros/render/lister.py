"""List- and card-shaped views: routines, services, contact card, evaluation, routine header."""
from __future__ import annotations

from typing import Optional

from markupsafe import Markup

from . import oppslag
from ..data.datasett import Datasett
from ..data.datoer import manedsnavn
from ..data.feil import MakroFeil
from .lenker import Side, lenke_til
from .oppmerking import blokk, ekstern_lenke, lenke, mangler, status_merke
from ..data.rutiner import STATUSTEKST


def rutineliste(ds: Datasett, side: Side, tjeneste: Optional[str] = None, tema: Optional[str] = None) -> str:
    if tjeneste is not None:
        oppslag.tjeneste(ds, tjeneste)  # unknown id -> MakroFeil
    utvalg = sorted((r for r in ds.rutiner.values()
                     if r.meta.status != "utgatt"
                     and (tjeneste is None or tjeneste in r.meta.gjelder)
                     and (tema is None or tema in r.meta.tema)), key=lambda r: r.tittel.lower())
    if not utvalg:
        return blokk(Markup('<p class="hv-tom">Ingen rutiner er registrert her ennå.</p>'))
    punkter = []
    for r in utvalg:
        eier = oppslag.aktor_navn(ds, r.meta.eier)
        punkter.append(Markup('<li>{} {} <span class="rutineeier">Eier: {}</span></li>').format(
            lenke(lenke_til(side, r.side), r.tittel), status_merke(r.meta.status, STATUSTEKST[r.meta.status]), eier))
    return blokk(Markup('<ul class="rutineliste">') + Markup("").join(punkter) + Markup("</ul>"))


def tjenesteliste(ds: Datasett, side: Side, type: str = "tjeneste") -> str:
    if type not in ("tjeneste", "samarbeidsorgan", "alle"):
        raise MakroFeil(f"ukjent type «{type}»; bruk «tjeneste», «samarbeidsorgan» eller «alle»")
    punkter = [Markup('<li>{}<br>{}</li>').format(lenke(lenke_til(side, t.side), t.navn), t.kort)
               for t in ds.tjenester.values() if type == "alle" or t.type == type]
    return blokk(Markup('<ul class="tjenesteliste">') + Markup("").join(punkter) + Markup("</ul>"))


_KONTAKTFELT = [("telefon", "Telefon"), ("epost", "E-post"), ("adresse", "Adresse"),
                ("apningstid", "Åpningstid"), ("nettside", "Nettside")]


def kontaktkort(ds: Datasett, side: Side, tjeneste_id: str) -> str:
    t = oppslag.tjeneste(ds, tjeneste_id)
    rader = []
    for felt, etikett in _KONTAKTFELT:
        verdi = getattr(t.kontakt, felt)
        if verdi is None:
            innhold = mangler()
        elif felt == "telefon":
            innhold = Markup('<a href="tel:{}">{}</a>').format(verdi.replace(" ", ""), verdi)
        elif felt == "epost":
            innhold = Markup('<a href="mailto:{}">{}</a>').format(verdi, verdi)
        elif felt == "nettside":
            innhold = ekstern_lenke(verdi, verdi, ds.verter)
        else:
            innhold = verdi
        rader.append(Markup("<dt>{}</dt><dd>{}</dd>").format(etikett, innhold))
    for felt, etikett in (("omfang", "Når"), ("sted", "Sted")):
        if getattr(t, felt):
            rader.append(Markup("<dt>{}</dt><dd>{}</dd>").format(etikett, getattr(t, felt)))
    if t.koordinert_av:
        rader.append(Markup("<dt>Koordineres av</dt><dd>{}</dd>").format(oppslag.aktor_navn(ds, t.koordinert_av)))
    html = (Markup('<div class="kontaktkort" role="group" aria-label="Kontakt: {}">').format(t.navn)
            + Markup('<p class="kontaktkort__navn"><strong>{}</strong></p><dl>').format(t.navn)
            + Markup("").join(rader) + Markup("</dl></div>"))
    return blokk(html)


def evalueringsomrader(ds: Datasett, side: Side) -> str:
    ev = ds.evaluering
    maneder = " og ".join(manedsnavn(m) for m in ev.maneder)
    ansvarlig = oppslag.aktor_navn(ds, ev.ansvarlig)
    punkter = Markup("").join(Markup("<li>{}</li>").format(o.tekst) for o in ev.omrader)
    nar = (Markup("Evalueringen gjøres i {}.").format(maneder) if maneder
           else Markup("Når evalueringen gjøres, er ikke beskrevet i kildene."))
    html = (Markup('<div class="evaluering"><p>{} Ansvarlig: {}.</p>').format(nar, ansvarlig)
            + Markup('<ol class="evalueringsomrader">') + punkter + Markup("</ol>"))
    if ev.merknad:
        html += Markup('<p class="merknad">{}</p>').format(ev.merknad)
    return blokk(html + Markup("</div>"))
