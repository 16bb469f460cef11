"""One entry per data file (data/<navn>.yml): its model, its collections, its label, who uses it, its bad fixtures.

A new data file is one new `Datafil` here plus its model (modeller.py) and its typed field in Datasett
(datasett.py). Everything else reads this table: the loader (which files, how to build the Datasett),
the error messages (how one entry is named), the JSON schemas (skjemaeksport.py), «Hva er nytt»
(the label), ARCHITECTURE.md and the tests (every bad fixture under tests/fixtures/data/feil/ belongs
to the entry of the file it breaks).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .modeller import (AnsvarFil, ArenaerFil, ArshjulFil, EvalueringFil, HandlingsveilederFil, KompetanseFil,
                       KontakterFil, LenkerFil, LoverFil, ModellFil, NettstedFil, RollerFil, Streng, TiltakFil,
                       TjenesterFil, VerktoyFil)
from .modeller_lesere import NyttFil, OffentligeNummerFil, OrdlisteFil, RollevisningerFil, SituasjonerFil


@dataclass(frozen=True)
class Datafil:
    navn: str                                   # file name in data/
    modell: type[Streng]                        # the pydantic model of the whole file
    samlinger: dict[str, str]                   # collection key -> how one entry is named in messages
    bygg: Callable[[Any], dict[str, Any]]       # Datasett fields from the validated file
    etikett: str                                # what the file holds, for readers («Hva er nytt»)
    brukes_av: tuple[str, ...]                  # macros (and pages) that read it
    feilfixturer: tuple[str, ...] = ()          # tests/fixtures/data/feil/<mappe> that break this file


def _etter_id(rader) -> dict[str, Any]:
    return {r.id: r for r in rader}


REGISTER: tuple[Datafil, ...] = (
    Datafil("nettsted.yml", NettstedFil, {"kilder": "kilde"},
            lambda f: {"nettsted": f},
            "modellnavnet, kildene og faste tekster",
            ("alle makroer som viser kilder, modellnavnet eller samarbeidskartet",)),
    Datafil("modell.yml", ModellFil,
            {"nivaer": "nivå", "dimensjoner": "dimensjon", "modellelementer": "modellelement"},
            lambda f: {"nivaer": _etter_id(f.nivaer), "dimensjoner": _etter_id(f.dimensjoner),
                       "modellelementer": list(f.modellelementer)},
            "modellen", ("modelldiagram", "modellelementer", "ansvarstabell")),
    Datafil("tjenester.yml", TjenesterFil, {"tjenester": "tjeneste"},
            lambda f: {"tjenester": _etter_id(f.tjenester)},
            "tjenester og kontaktinformasjon",
            ("tjeneste", "tjenesteliste", "kontaktkort", "tjenesteansvar", "samarbeidskart", "kontaktlenker"),
            ("duplikat-id",)),
    Datafil("roller.yml", RollerFil, {"roller": "rolle"},
            lambda f: {"roller": _etter_id(f.roller)},
            "roller", ("rolle", "ansvarstabell"), ("mangler-felt",)),
    Datafil("ansvar.yml", AnsvarFil, {"ansvar": "ansvar"},
            lambda f: {"ansvar": list(f.ansvar)},
            "ansvar", ("ansvarstabell", "tjenesteansvar", "rollevisning"), ("opphevet-lov", "ukjent-referanse")),
    Datafil("lover.yml", LoverFil, {"lover": "lovbestemmelse"},
            lambda f: {"lover": _etter_id(f.lover)},
            "lovhenvisninger", ("lov", "lovtabell", "rutinehodet"), ("feil-dato",)),
    Datafil("arenaer.yml", ArenaerFil, {"arenaer": "arena"},
            lambda f: {"arenaer": _etter_id(f.arenaer)},
            "møtearenaer", ("arenaliste", "samarbeidskart"), ("ugyldig-yaml",)),
    Datafil("arshjul.yml", ArshjulFil, {"arshjul": "årshjulaktivitet"},
            lambda f: {"arshjul": list(f.arshjul)},
            "årshjulet", ("arshjul",)),
    Datafil("verktoy.yml", VerktoyFil, {"verktoy": "verktøy"},
            lambda f: {"verktoy": _etter_id(f.verktoy)},
            "verktøy", ("verktoyliste", "rollevisning")),
    Datafil("tiltak.yml", TiltakFil, {"tiltak": "tiltak"},
            lambda f: {"tiltak": _etter_id(f.tiltak)},
            "tiltak", ("tiltaksliste",), ("ukjent-nokkel",)),
    Datafil("kompetanse.yml", KompetanseFil, {"kompetanse": "kompetansetiltak"},
            lambda f: {"kompetanse": list(f.kompetanse)},
            "kompetanseplanen", ("kompetanseplan",), ("feil-type",)),
    Datafil("evaluering.yml", EvalueringFil, {"omrader": "evalueringsområde", "evaluering": "evaluering"},
            lambda f: {"evaluering": f.evaluering},
            "evalueringen", ("evalueringsomrader",)),
    Datafil("handlingsveileder.yml", HandlingsveilederFil, {"trinn": "trinn", "akutt": "akutt"},
            lambda f: {"trinn": _etter_id(f.trinn), "akutt": f.akutt, "bti_nivaer": list(f.bti_nivaer)},
            "trinnene i handlingsveilederen", ("handlingsveilederdiagram", "trinn", "bti_tabell", "rollevisning"),
            ("handlingsveileder-duplikat", "handlingsveileder-referanse", "handlingsveileder-trinn")),
    Datafil("rollevisninger.yml", RollevisningerFil, {"rollevisninger": "rollevisning", "forste_steg": "første steg"},
            lambda f: {"rollevisninger": _etter_id(f.rollevisninger)},
            "rollevisningene («Slik gjør jeg det som …»)", ("rollevisning", "rollevisningsliste"),
            ("rollevisning-form", "rollevisning-referanse")),
    Datafil("ordliste.yml", OrdlisteFil, {"ord": "ord"},
            lambda f: {"ordliste": _etter_id(f.ord)},
            "ordlisten", ("ordliste", "forkortelser og søkeord på alle sider"),
            ("ordliste-forkortelse", "ordliste-referanse", "ordliste-tvetydig")),
    Datafil("nytt.yml", NyttFil, {"nytt": "endring"},
            lambda f: {"nytt": list(f.nytt)},
            "«Hva er nytt»", ("hva_er_nytt",)),
    Datafil("kontakter.yml", KontakterFil, {"kontakter": "kontakt"},
            lambda f: {"kontakter": _etter_id(f.kontakter)},
            "nasjonale numre og adresser («Hvem ringer jeg?»)", ("hvem_ringer_jeg", "ring")),
    Datafil("offentlige-nummer.yml", OffentligeNummerFil, {"nummer": "nummer", "epost": "e-postadresse"},
            lambda f: {"offentlige_nummer": f},
            "kjente offentlige numre og fellesadresser (tillatt i tekst)",
            ("publiseringsvakten (macros/vakt/kontakt.py)",)),
    Datafil("situasjoner.yml", SituasjonerFil,
            {"situasjoner": "situasjon", "gjor_na": "gjør dette nå", "steg": "steg",
             "hvem_du_kontakter": "hvem du kontakter", "mer": "avsnitt", "hva_du_ser": "hva du ser",
             "skriv_ned": "skriv ned", "plikt": "samtykke og opplysningsplikt"},
            lambda f: {"situasjoner": _etter_id(f.situasjoner), "situasjonsoppsett": f},
            "situasjonsveilederne («Når du møter …»)",
            ("situasjon", "situasjonsliste", "situasjoner_for", "rollevisning"), ("situasjon-referanse",)),
    Datafil("lenker.yml", LenkerFil, {"lenker": "lenke"},
            lambda f: {"lenker": _etter_id(f.lenker)},
            "eksterne nettadresser (registeret over nettstedene vi lenker til)",
            ("ekstern", "nasjonale_ressurser", "hvem_ringer_jeg", "kontaktkort", "alle eksterne lenker"),
            ("lenke-feil",)),
)

DATAFILER: dict[str, type[Streng]] = {d.navn: d.modell for d in REGISTER}

# how one entry of a collection is named in error messages (routine front matter is not a data file)
ENTRY_NAVN: dict[str, str] = {k: v for d in REGISTER for k, v in d.samlinger.items()} | {"rutine": "rutine", "mal": "mal"}
