"""«Hvem ringer jeg?»: national numbers from data/kontakter.yml and the municipal services from tjenester.yml."""
from __future__ import annotations

from markupsafe import Markup

from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from .lenker import Side, lenke_til
from .oppmerking import ekstern_lenke, lenke, mangler
from .tabeller import render_tabell


def tel_lenke(nummer: str) -> Markup:
    # written the Norwegian way for reading aloud («116 111»), dialled without spaces
    return Markup('<a class="tel" href="tel:{}">{}</a>').format(nummer.replace(" ", ""), nummer)


def ring(ds: Datasett, side: Side, id_eller_nummer: str) -> Markup:
    """A tel: link inside a sentence: an id from data/kontakter.yml («amk») or a number in it («113»)."""
    for k in ds.kontakter.values():
        if id_eller_nummer in (k.id, k.telefon):
            if k.telefon is None:
                return mangler(k.mangler or "tjenesten")
            return tel_lenke(k.telefon)
    kjente = ", ".join(f"{k.id} ({k.telefon})" for k in ds.kontakter.values() if k.telefon)
    raise MakroFeil(f"«{id_eller_nummer}» står ikke i data/kontakter.yml. Kjente: {kjente}. "
                    "Et nytt nummer legges i data/kontakter.yml med kilde_url og kontrollert.")


def hvem_ringer_jeg(ds: Datasett, side: Side) -> str:
    """Every number and address in one table: national first, then the municipal services with their gaps."""
    rader = []
    for k in ds.kontakter.values():
        deler = []
        if k.telefon:
            deler.append(tel_lenke(k.telefon))
        if k.lenke:
            adresse = ds.lenker[k.lenke]   # the loader has checked the id
            deler.append(ekstern_lenke(adresse.url, adresse.tittel, ds.verter) if adresse.url
                         else mangler(adresse.mangler or "tjenesten"))
        if not deler:
            deler.append(mangler(k.mangler or "tjenesten"))
        rader.append([k.navn, Markup("<br>").join(deler), k.brukes_til, k.apningstid or mangler(k.mangler or "tjenesten")])
    for t in ds.tjenester.values():
        if t.type != "tjeneste":
            continue
        rader.append([lenke(lenke_til(side, t.side), t.navn),
                      tel_lenke(t.kontakt.telefon) if t.kontakt.telefon else mangler(),
                      t.kort, t.kontakt.apningstid or mangler()])
    return render_tabell("Numre og adresser – nasjonale først, så kommunens tjenester",
                         ["Hvem", "Nummer eller adresse", "Brukes til", "Åpent"], rader, klasse="hvem-ringer-jeg")
