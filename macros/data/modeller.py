"""Pydantic models for every data file in data/ (routine front matter: modeller_rutiner.py).

Strict and closed (extra="forbid") so typos and wrong types fail the build
instead of silently rendering nothing. Cross-references between files are
checked in kryssreferanser.py, not here, because a model only sees one file.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

# kebab-case ascii ids, as in the contract (æ→ae, ø→o, å→a)
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Tekst = Annotated[str, StringConstraints(min_length=1)]
# docs-relative page path, e.g. tjenester/nav.md
Sidesti = Annotated[str, StringConstraints(pattern=r"^([a-z0-9-]+/)*[a-z0-9-]+\.md$")]

Niva = Literal["kommune", "virksomhet", "individ"]
Dimensjon = Literal["kultur", "struktur"]
# Where a statement comes from: an id in data/nettsted.yml «kilder» (the municipality's own sources, the
# national evaluation, the law, and an explicit marker for what the sources do not describe). Which ids
# exist is content, so it is checked against that file (kryssreferanser.py), not fixed here.
Kilde = Id
Tiltaksstatus = Literal["etablert", "planlagt", "vurderes"]


class Streng(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


# ---------- nettsted.yml: what is the municipality's and not the engine's ----------
class KildeOppforing(Streng):
    id: Id = Field(description="id-en som står i feltene «kilde» i de andre datafilene")
    navn: Tekst = Field(description="slik kilden vises på sidene, f.eks. «Deloitte (2015)»")


class Samarbeidsoppsett(Streng):
    samordning: list[Id] = Field(description="tjeneste- eller arena-id-er øverst i samarbeidskartet (samordningen)")
    arenaer: list[Id] = Field(description="arena- eller tjeneste-id-er i midten av samarbeidskartet")


class Meldeplikt(Streng):
    tjeneste: Id = Field(description="tjenesten meldingene går til (den får ikke varselet på sin egen rollevisning)")
    trinn: Id = Field(description="trinnet i data/handlingsveileder.yml som sier hvordan du melder")
    tittel: Tekst = Field(description="overskriften på varselet i rollevisningene")
    tekst: Tekst = Field(description="varselet i rollevisningene, uten lenker (lenken til trinnet legges til)")


class NettstedFil(Streng):
    modellnavn: Tekst = Field(description="navnet på kommunens modell; brukes i figurtitler og overskrifter")
    kilder: list[KildeOppforing] = Field(min_length=1)
    samarbeidskart: Samarbeidsoppsett
    meldeplikt: Optional[Meldeplikt] = None   # without it the role views show no reporting warning


# ---------- modell.yml ----------
class ModellNiva(Streng):
    id: Niva
    tittel: Tekst
    kort: Tekst
    hvem: Tekst = Field(description="Hvem som hører til nivået (Deloittes definisjon)")
    deloitte_navn: Tekst
    kilde: list[Kilde] = Field(min_length=1)


class ModellDimensjon(Streng):
    id: Dimensjon
    tittel: Tekst
    definisjon: Tekst = Field(description="Deloittes definisjon, ordrett")
    kilde: list[Kilde] = Field(min_length=1)


class Modellelement(Streng):
    id: Id
    niva: Niva
    navn: Tekst
    type: Literal["styringsdokument", "veileder", "verktoy", "rutine"]
    beskrivelse: Optional[Tekst] = None
    verktoy: Optional[Id] = Field(default=None, description="id i data/verktoy.yml")
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class ModellFil(Streng):
    nivaer: list[ModellNiva] = Field(min_length=3, max_length=3)
    dimensjoner: list[ModellDimensjon] = Field(min_length=2, max_length=2)
    modellelementer: list[Modellelement]


# ---------- tjenester.yml ----------
class Kontakt(Streng):
    """All keys required so every gap is explicit (null) in the data file."""
    telefon: Optional[Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ]{8,16}$")]]
    epost: Optional[Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]]
    adresse: Optional[Tekst]
    apningstid: Optional[Tekst]
    nettside: Optional[Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"'()\[\]{}\\`]+$")]]


class Tjeneste(Streng):
    id: Id
    navn: Tekst
    type: Literal["tjeneste", "samarbeidsorgan"]
    kort: Tekst
    side: Sidesti
    ser_etter: list[Tekst] = []
    kontakt: Kontakt
    medlemmer: list[Id] = Field(default=[], description="rolle-id-er (samarbeidsorgan)")
    bemanning: list[Id] = Field(default=[], description="tjeneste-id-er som bemanner tilbudet")
    koordinert_av: Optional[Id] = Field(default=None, description="rolle-id")
    omfang: Optional[Tekst] = None
    sted: Optional[Tekst] = None
    alias: list[Tekst] = []
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None

    @model_validator(mode="after")
    def _side_folger_kontrakten(self):
        mappe = "tjenester" if self.type == "tjeneste" else "samarbeid"
        forventet = f"{mappe}/{self.id}.md"
        if self.side != forventet:
            raise ValueError(f"feltet «side» må være «{forventet}» (fra kontrakten), ikke «{self.side}»")
        return self


class TjenesterFil(Streng):
    tjenester: list[Tjeneste] = Field(min_length=1)


# ---------- roller.yml ----------
class Rolle(Streng):
    id: Id
    navn: Tekst
    tjeneste: Optional[Id] = Field(default=None, description="tjeneste-id rollen hører til")
    beskrivelse: Tekst
    alias: list[Tekst] = []
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class RollerFil(Streng):
    roller: list[Rolle] = Field(min_length=1)


# ---------- ansvar.yml ----------
class Ansvar(Streng):
    id: Id
    niva: Niva
    dimensjon: Dimensjon
    ansvarlig: list[Id] = Field(min_length=1, description="tjeneste- eller rolle-id-er")
    oppgave: Tekst
    rutiner: list[Id] = []
    lovgrunnlag: list[Id] = []
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class AnsvarFil(Streng):
    ansvar: list[Ansvar] = Field(min_length=1)


# ---------- lover.yml ----------
class Lovbestemmelse(Streng):
    id: Id
    lov: Tekst = Field(description="lovens korttittel, f.eks. barnevernsloven")
    lov_id: Annotated[str, StringConstraints(pattern=r"^LOV-\d{4}-\d{2}-\d{2}(-\d+)?$")]
    paragraf: Annotated[str, StringConstraints(pattern=r"^§ \d+( ?[a-z])?(-\d+( ?[a-z])?)?$")]
    tittel: Tekst
    lovdata: Optional[Annotated[str, StringConstraints(pattern=r"^https://lovdata\.no/[^\s<>\"'()\[\]{}\\`]+$")]] = None
    status: Literal["gjeldende", "opphevet"]
    erstattet_av: Optional[Id] = None
    ikrafttredelse: Optional[date] = None
    verifisert: Optional[Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"'{}\\`]+$")]] = Field(
        default=None, description="nettadresse der nummer og tittel er kontrollert")
    merknad: Optional[Tekst] = None

    @model_validator(mode="after")
    def _status_regler(self):
        if self.status == "gjeldende":
            if self.lovdata is None:
                raise ValueError("feltet «lovdata» må fylles ut for gjeldende bestemmelser")
            if self.erstattet_av is not None:
                raise ValueError("feltet «erstattet_av» kan bare brukes når status er «opphevet»")
        return self


class LoverFil(Streng):
    lover: list[Lovbestemmelse] = Field(min_length=1)


# ---------- arenaer.yml ----------
class Arena(Streng):
    id: Id
    navn: Tekst
    formal: Tekst
    deltakere: list[Id] = Field(default=[], description="tjeneste- eller rolle-id-er")
    deltakere_tekst: Optional[Tekst] = None
    hyppighet: Optional[Tekst]
    sted: Optional[Tekst] = None
    niva: list[Niva] = Field(min_length=1)
    side: Optional[Sidesti] = None
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class ArenaerFil(Streng):
    arenaer: list[Arena] = Field(min_length=1)


# ---------- arshjul.yml ----------
class Arshjulaktivitet(Streng):
    id: Id
    aktivitet: Tekst
    maned: Optional[Annotated[int, Field(ge=1, le=12)]] = None
    periode: Optional[Literal["var", "host", "var-eller-host", "lopende"]] = None
    ansvarlig: list[Id] = []
    arena: Optional[Id] = None
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None

    @model_validator(mode="after")
    def _enten_maned_eller_periode(self):
        if (self.maned is None) == (self.periode is None):
            raise ValueError("fyll ut nøyaktig ett av feltene «maned» (1–12) og «periode»")
        return self


class ArshjulFil(Streng):
    arshjul: list[Arshjulaktivitet] = Field(min_length=1)


# ---------- verktoy.yml ----------
class Verktoy(Streng):
    id: Id
    navn: Tekst
    type: Literal["digitalt-verktoy", "kartleggingsverktoy", "tilbakemeldingsverktoy",
                  "samtalemetode", "undervisningsmateriell", "sjekkliste", "skjema"]
    beskrivelse: Tekst
    brukes_av: list[Id] = Field(default=[], description="tjeneste-id-er")
    niva: list[Niva] = Field(min_length=1)
    status: Tiltaksstatus
    lovgrunnlag: list[Id] = []
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class VerktoyFil(Streng):
    verktoy: list[Verktoy] = Field(min_length=1)


# ---------- tiltak.yml ----------
class Tiltak(Streng):
    id: Id
    navn: Tekst
    beskrivelse: Tekst
    status: Tiltaksstatus
    involverte: list[Id] = Field(default=[], description="tjeneste-id-er")
    koordinert_av: Optional[Id] = None
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class TiltakFil(Streng):
    tiltak: list[Tiltak] = Field(min_length=1)


# ---------- kompetanse.yml ----------
class Kompetansetiltak(Streng):
    id: Id
    navn: Tekst
    innhold: Tekst
    malgruppe: Tekst
    malgruppe_tjenester: list[Id] = []
    tilbyder: Optional[Tekst]
    tilrettelegger: list[Id] = Field(default=[], description="rolle-id-er")
    tid: Optional[Tekst] = Field(description="slik planen sier det, f.eks. «Våren 2018»")
    gjentakende: bool
    for_nye_ansatte: bool
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class KompetanseFil(Streng):
    kompetanse: list[Kompetansetiltak] = Field(min_length=1)


# ---------- evaluering.yml ----------
class Evalueringsomrade(Streng):
    id: Id
    tekst: Tekst


class Evaluering(Streng):
    # empty = the sources do not say when (shown as a visible gap, never a guessed month)
    maneder: list[Annotated[int, Field(ge=1, le=12)]] = Field(default=[])
    ansvarlig: Id
    omrader: list[Evalueringsomrade] = Field(min_length=1)
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None


class EvalueringFil(Streng):
    evaluering: Evaluering


# ---------- handlingsveileder.yml ----------
class Trinn(Streng):
    """One step of «Fra bekymring til handling»; id is the heading anchor on handlingsveileder/index.md."""
    id: Annotated[str, StringConstraints(pattern=r"^trinn-[1-9][0-9]*$")] = Field(
        description="ankeret til trinnet på siden, trinn-<nummer>")
    nummer: Annotated[int, Field(ge=1)]
    tittel: Tekst = Field(description="overskriften etter «Trinn N: »")
    kort: Tekst
    bti_niva: Optional[Annotated[int, Field(ge=0, le=3)]] = Field(
        description="BTI-nivå 0–3 (Bedre tverrfaglig innsats); null = ikke knyttet til ett BTI-nivå")
    rutiner: list[Id] = Field(default=[], description="rutine-id-er (docs/rutiner/<id>.md)")

    @model_validator(mode="after")
    def _id_folger_nummer(self):
        if self.id != f"trinn-{self.nummer}":
            raise ValueError(f"feltet «id» må være «trinn-{self.nummer}» (trinn nummer {self.nummer}), "
                             f"ikke «{self.id}»")
        return self


class AkuttVei(Streng):
    """The acute fast path (its own page)."""
    id: Id
    tittel: Tekst
    kort: Tekst
    side: Sidesti


class BtiNiva(Streng):
    """One of BTI's levels 0–3 (Bedre tverrfaglig innsats) — never the model's organisational levels."""
    niva: Annotated[int, Field(ge=0, le=3)] = Field(description="BTI-nivå 0–3")
    beskrivelse: Tekst = Field(description="hva BTI-nivået handler om, i klarspråk")


class HandlingsveilederFil(Streng):
    trinn: list[Trinn] = Field(min_length=1)
    akutt: AkuttVei
    bti_nivaer: list[BtiNiva] = Field(min_length=1, description="BTI-nivå 0–3 med forklaring (tabellen på siden)")

    @model_validator(mode="after")
    def _bti_nivaer_finnes(self):
        nivaer = [b.niva for b in self.bti_nivaer]
        if len(set(nivaer)) != len(nivaer):
            raise ValueError(f"feltet «bti_nivaer» har samme BTI-nivå flere ganger: {nivaer}")
        for t in self.trinn:
            if t.bti_niva is not None and t.bti_niva not in nivaer:
                raise ValueError(f"trinn «{t.id}»: feltet «bti_niva» er {t.bti_niva}, men BTI-nivå {t.bti_niva} "
                                 "står ikke under «bti_nivaer»")
        return self

    @model_validator(mode="after")
    def _nummer_i_rekkefolge(self):
        nummer = [t.nummer for t in self.trinn]
        forventet = list(range(1, len(nummer) + 1))
        if nummer != forventet:
            raise ValueError("trinnene må være nummerert 1, 2, 3 … i rekkefølge uten hull eller dubletter; "
                             f"fant {', '.join(map(str, nummer))}")
        return self


# kontakter.yml and lenker.yml: modeller_kontakter.py (re-exported here for the register and the tests)
from .modeller_kontakter import Eksternlenke, KontakterFil, LenkerFil, Nasjonalkontakt  # noqa: E402,F401
