"""Én tabell over alle feilfixturer (tests/fixtures/data/feil/<navn>/): hver skal stoppe innlastingen med de
norske meldingene i tabellen (fil, oppføring, felt og hva du skal skrive), og hver fixtur i mappen står i
tabellen. En ny feilfixtur = en mappe + en linje her (og navnet i macros/data/register.py)."""
from __future__ import annotations

import pytest

from _datalag import FEIL, datafeil

FORVENTET: dict[str, tuple[str, ...]] = {
    "ukjent-referanse": (
        "data/ansvar.yml, ansvar «individ-struktur-melde»: feltet «ansvarlig» viser til «barnehager», "
        "som ikke finnes i data/tjenester.yml eller data/roller.yml. Mente du «barnehage»?",),
    "mangler-felt": ("data/roller.yml, rolle «prosjektleder»: feltet «beskrivelse» mangler, men er påkrevd",),
    "duplikat-id": ("data/tjenester.yml, tjeneste «nav»: id-en «nav» er brukt mer enn én gang i «tjenester»",),
    "feil-type": (
        "data/kompetanse.yml, kompetansetiltak «bir-kurs»: "
        "feltet «gjentakende» er et ja/nei-felt, men er «ja». Skriv true (ja) eller false (nei)",),
    "feil-dato": (
        "data/lover.yml, lovbestemmelse «bvl-13-2»: feltet «ikrafttredelse»: "
        "2023-13-01 finnes ikke (måned 13 finnes ikke)",),
    "opphevet-lov": (
        "data/ansvar.yml, ansvar «individ-struktur-melde»: feltet «lovgrunnlag» viser til «bvl1992-6-4» "
        "(barnevernloven (1992) § 6-4), som er opphevet og erstattet av «bvl-13-2»",),
    "ugyldig-yaml": ("data/arenaer.yml, linje 5, kolonne", "YAML-feil, filen kan ikke leses"),
    "ukjent-nokkel": (
        "data/tiltak.yml, tiltak «home-start»: ukjent felt «beskrivels». Mente du «beskrivelse»?",
        "Skriv «beskrivelse:» i stedet for «beskrivels:»."),
    "handlingsveileder-referanse": (
        "data/handlingsveileder.yml, trinn «trinn-1»: feltet «rutiner» viser til «anonym-drofing», som ikke finnes i ",
        "Mente du «anonym-drofting»?",
        "data/handlingsveileder.yml, akutt: feltet «side» viser til siden ",
        "handlingsveileder/akut.md, som ikke finnes"),
    "handlingsveileder-trinn": (
        "data/handlingsveileder.yml, trinn «trinn-1»: feltet «bti_niva» har verdien «4», som er utenfor tillatt område",
        "data/handlingsveileder.yml, trinn «trinn-4»: feltet «id» må være «trinn-3» (trinn nummer 3), ikke «trinn-4»"),
    "handlingsveileder-duplikat": (
        "data/handlingsveileder.yml, trinn «trinn-1»: id-en «trinn-1» er brukt mer enn én gang i «trinn»",
        "data/handlingsveileder.yml: trinnene må være nummerert 1, 2, 3 … i rekkefølge uten hull eller "
        "dubletter; fant 1, 1, 2"),
    "ordliste-referanse": (
        "data/ordliste.yml, ord «samtykke»: feltet «side» viser til siden",
        "lovverk.md, som ikke finnes",
        "data/ordliste.yml, ord «fobu»: feltet «fylles_inn_av» viser til «fobuu», som ikke finnes i "
        "data/tjenester.yml eller data/roller.yml. Mente du «fobu»?"),
    "ordliste-forkortelse": (
        "ord «ffi»: feltet «utskrevet» mangler: skriv hva «FFI» står for, eller null hvis kildene ikke sier det",
        "ord «fobu»: feltet «fylles_inn_av» må fylles ut når «utskrevet» er null",
        "ord «ansvarsgruppe»: feltet «side» har feil form: «samarbeid/fobu.md#medlemmer?»"),
    "ordliste-tvetydig": (
        "«Barnevernet» står både under ord «barneverntjenesten» og ord «opplysningsplikt»; "
        "et ord kan bare lede til ett sted",),
    "rollevisning-referanse": (
        "data/rollevisninger.yml, rollevisning «nav-veileder»: feltet «tjeneste» viser til «navv», som ikke "
        "finnes i data/tjenester.yml. Mente du «nav»?",
        "data/rollevisninger.yml, rollevisning «nav-veileder»: feltet «roller» viser til «veileder-naav», "
        "som ikke finnes i data/roller.yml. Mente du «veileder-nav»?",
        "data/rollevisninger.yml, rollevisning «nav-veileder», første steg nr. 3: feltet «lenke» viser til "
        "«trinn-9», som ikke finnes i data/handlingsveileder.yml. Mente du «trinn-3»?"),
    "rollevisning-form": (
        "rollevisning «laerer»: feltet «tittel» må ha formen «Slik gjør jeg det som …», med yrket til "
        "slutt og uten punktum (for eksempel «Slik gjør jeg det som lærer»), ikke «Lærer»",
        "rollevisning «laerer»: feltet «forste_steg» må ha nøyaktig tre steg, men har 2",
        "rollevisning «nav-veileder»: feltet «forste_steg (element 3).lenke» har feil form"),
    "situasjon-referanse": (
        "data/situasjoner.yml, situasjon «ruspavirket-forelder»: feltet «gjelder» viser til «barnehager», som ikke "
        "finnes i data/tjenester.yml. Mente du «barnehage»?",
        "data/situasjoner.yml, situasjon «ruspavirket-forelder», gjør dette nå, steg nr. 1: feltet «ring» viser til "
        "«politi-nodd», som ikke finnes i data/kontakter.yml. Mente du «politi-nod»?",
        "data/situasjoner.yml, situasjon «ruspavirket-forelder», hvem du kontakter, kontakt nr. 1: feltet «kontakt» "
        "viser til «legevakta», som ikke finnes i data/kontakter.yml. Mente du «legevakt»?",
        "data/situasjoner.yml, situasjon «ruspavirket-forelder», samtykke og opplysningsplikt: feltet «lovgrunnlag» "
        "viser til «bvl-13-3», som ikke finnes i data/lover.yml. Mente du «bvl-13-2»?",
        "feltet «rutiner» viser til «melde-bekymringer», som ikke finnes i ",
        "Mente du «melde-bekymring»?"),
    "lenke-feil": (
        "data/lenker.yml, lenke «alarmtelefonen»: feltet «url» har feil form: «http://www.116111.no/omalarmtelefonen». "
        "Skriv en hel nettadresse som begynner med https://",
        "data/lenker.yml, lenke «digital-bekymringsmelding»: en adresse må ha «kilde_url» (den lagrede offentlige "
        "siden der den er kontrollert) og «kontrollert»",
        "data/tjenester.yml, tjeneste «barnehage»: feltet «kontakt.nettside» går til example.no, som ikke står i "
        "registeret over eksterne nettsteder (data/lenker.yml). Legg adressen inn i data/lenker.yml med "
        "«kilde_url» og «kontrollert», eller skriv «nettside: null»"),
}


def test_hver_feilfixtur_star_i_tabellen():
    mapper = {m.name for m in FEIL.iterdir() if m.is_dir()}
    assert mapper == set(FORVENTET), (f"uten linje i tabellen: {sorted(mapper - set(FORVENTET))}; "
                                      f"i tabellen uten mappe: {sorted(set(FORVENTET) - mapper)}")


@pytest.mark.parametrize("navn", sorted(FORVENTET))
def test_feilfixturen_gir_de_norske_meldingene(tmp_path, navn):
    melding = str(datafeil(tmp_path, navn))
    mangler = [f for f in FORVENTET[navn] if f not in melding]
    assert not mangler, f"{navn}: fant ikke\n  " + "\n  ".join(mangler) + f"\ni meldingen:\n{melding}"
    assert "Traceback" not in melding and "pydantic" not in melding.lower()
