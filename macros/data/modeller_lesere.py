"""Pydantic models for the readers' data files: role views (rollevisninger.yml), the glossary (ordliste.yml)
and «Hva er nytt» (nytt.yml).

Split from modeller.py (same rules: strict and closed); the shared types are there.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

from pydantic import Field, StringConstraints, field_validator, model_validator

from .modeller import Id, Kilde, Streng, Tekst


# ---------- rollevisninger.yml ----------
ROLLETITTEL = "Slik gjør jeg det som "


class ForsteSteg(Streng):
    """One of the first things to do when worried, linked to a step of the handlingsveileder or the acute page."""
    tekst: Tekst = Field(description="hva du gjør, i klarspråk, uten lenker (lenken lages fra «lenke»)")
    lenke: Annotated[str, StringConstraints(pattern=r"^(trinn-[1-9][0-9]*|akutt)$")] = Field(
        description="trinn-N (trinnet i data/handlingsveileder.yml) eller akutt (den akutte veien)")


class Rollevisning(Streng):
    """A short page «Slik gjør jeg det som …» for one occupation: docs/roller/<id>.md."""
    id: Id = Field(description="filnavnet til siden: docs/roller/<id>.md")
    tittel: Tekst = Field(description="«Slik gjør jeg det som …»; samme tekst som overskriften (#) på siden",
                          json_schema_extra={"pattern": f"^{ROLLETITTEL}\\S.*[^.]$"})
    tjeneste: Id = Field(description="tjeneste-id; ansvar, rutiner, verktøy og kontakt hentes fra tjenesten")
    roller: list[Id] = Field(default=[], description="rolle-id-er i data/roller.yml som visningen gjelder")
    innledning: Tekst = Field(description="noen få setninger i klarspråk, uten lenker")
    forste_steg: list[ForsteSteg] = Field(description="de tre første tingene du gjør når du er bekymret",
                                          json_schema_extra={"minItems": 3, "maxItems": 3})
    kilde: list[Kilde] = Field(min_length=1)
    merknad: Optional[Tekst] = None

    # field validators (not Field constraints) so the message says exactly what to write
    @field_validator("tittel")
    @classmethod
    def _tittel_folger_malen(cls, tittel: str) -> str:
        if not tittel.startswith(ROLLETITTEL) or not tittel[len(ROLLETITTEL):].strip() or tittel.endswith("."):
            raise ValueError(f"feltet «tittel» må ha formen «{ROLLETITTEL}…», med yrket til slutt og uten "
                             f"punktum (for eksempel «{ROLLETITTEL}lærer»), ikke «{tittel}»")
        return tittel

    @field_validator("forste_steg")
    @classmethod
    def _tre_steg(cls, steg: list) -> list:
        if len(steg) != 3:
            raise ValueError(f"feltet «forste_steg» må ha nøyaktig tre steg, men har {len(steg)}")
        return steg


class RollevisningerFil(Streng):
    rollevisninger: list[Rollevisning] = Field(min_length=1)


# ---------- ordliste.yml ----------
# docs-relative page path with an optional anchor, e.g. lovverk.md#samtykke
SidestiMedAnker = Annotated[str, StringConstraints(pattern=r"^([a-z0-9-]+/)*[a-z0-9-]+\.md(#[a-z0-9-]+)?$")]
# an abbreviation as it is written: BTI, KOR/FIT, bv.tj., IS-2826, KoRus
Forkortelse = Annotated[str, StringConstraints(pattern=r"^[A-Za-zÆØÅæøå0-9]([A-Za-zÆØÅæøå0-9./-]*[A-Za-zÆØÅæøå0-9.])?$",
                                                max_length=20)]


class Ord(Streng):
    """One word or abbreviation staff use, and the page that answers it (data/ordliste.yml)."""
    id: Id = Field(description="ankeret til ordet på ordlistesiden (ordliste/#<id>)")
    term: Tekst = Field(description="ordet slik nettstedet skriver det (gjeldende navn og tittel)")
    forklaring: Tekst = Field(description="kort forklaring med vanlige ord")
    forkortelse: Optional[Forkortelse] = None
    utskrevet: Optional[Tekst] = Field(
        default=None, description="hva forkortelsen står for; påkrevd når det er en forkortelse, null = ukjent")
    fylles_inn_av: Optional[Id] = Field(
        default=None, description="tjeneste- eller rolle-id som fyller inn «utskrevet» når den er null")
    synonymer: list[Tekst] = Field(default=[], description="ord ansatte søker med; vises som «Også kalt» på siden")
    side: SidestiMedAnker = Field(description="siden med svaret, eventuelt med anker: lovverk.md#samtykke")
    merknad: Optional[Tekst] = None

    @model_validator(mode="after")
    def _forkortelse_regler(self):
        if self.forkortelse is None:
            for felt in ("utskrevet", "fylles_inn_av"):
                if getattr(self, felt) is not None:
                    raise ValueError(f"feltet «{felt}» kan bare brukes når ordet har en «forkortelse»")
            return self
        if "utskrevet" not in self.model_fields_set:
            raise ValueError(f"feltet «utskrevet» mangler: skriv hva «{self.forkortelse}» står for, eller null "
                             "hvis kildene ikke sier det (da vises det som en mangel)")
        if self.utskrevet is None and self.fylles_inn_av is None:
            raise ValueError("feltet «fylles_inn_av» må fylles ut når «utskrevet» er null: hvem skal fylle inn "
                             f"hva «{self.forkortelse}» står for?")
        if self.utskrevet is not None and self.fylles_inn_av is not None:
            raise ValueError("feltet «fylles_inn_av» skal bare brukes når «utskrevet» er null")
        return self

    @model_validator(mode="after")
    def _synonymer_regler(self):
        sett: set[str] = set()
        for syn in self.synonymer:
            nokkel = syn.casefold()
            if nokkel in sett:
                raise ValueError(f"synonymet «{syn}» står to ganger")
            if nokkel in (self.term.casefold(), (self.forkortelse or "").casefold()):
                raise ValueError(f"synonymet «{syn}» er det samme som «term» eller «forkortelse»")
            sett.add(nokkel)
        return self


class OrdlisteFil(Streng):
    ord: list[Ord] = Field(min_length=1)

    @model_validator(mode="after")
    def _entydige_ord(self):
        """A word (term, abbreviation or synonym) may lead to one entry only, or search would be ambiguous."""
        brukt: dict[str, str] = {}
        for o in self.ord:
            for ordet in {o.term, *([o.forkortelse] if o.forkortelse else []), *o.synonymer}:
                nokkel = ordet.casefold()
                if nokkel in brukt and brukt[nokkel] != o.id:
                    raise ValueError(f"«{ordet}» står både under ord «{brukt[nokkel]}» og ord «{o.id}»; "
                                     "et ord kan bare lede til ett sted")
                brukt[nokkel] = o.id
        return self


# ---------- nytt.yml ----------
class Nyhet(Streng):
    """One change, told to readers: what is new for them, not what the programmer did."""
    dato: date = Field(description="datoen endringen ble publisert (år-måned-dag, norsk tid)")
    tekst: Tekst = Field(description="én setning til leserne om hva som er nytt eller endret")
    side: Optional[Annotated[str, StringConstraints(pattern=r"^[a-z0-9/._-]+\.md(#[a-z0-9-]+)?$")]] = Field(
        default=None, description="siden endringen gjelder, som sti i docs/, f.eks. rutiner/anonym-drofting.md")


class NyttFil(Streng):
    nytt: list[Nyhet] = Field(min_length=1)


# ---------- offentlige-nummer.yml ----------
class OffentligeNummerFil(Streng):
    """Known public numbers and shared addresses that may stand in text (the publishing gate's allow-list,
    macros/vakt/kontakt.py). Empty lists: no exceptions."""
    nummer: list[Annotated[str, StringConstraints(pattern=r"^\+?[0-9 ]{5,20}$")]] = Field(
        default_factory=list, description="offentlige numre slik de sies, f.eks. «22 22 22 22»")
    epost: list[Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]] = Field(
        default_factory=list, description="fellesadresser som er publisert, f.eks. postmottak@kommune.no")
# ---------- situasjoner.yml ----------
class Steg(Streng):
    """One thing to do now, in the action box first on the page. Numbers come from data, never from the text."""
    tekst: Tekst = Field(description="hva du gjør, i klarspråk, uten telefonnumre (de lages fra «ring»)")
    ring: list[Id] = Field(default=[], description="kontakt-id-er i data/kontakter.yml; vises som tel:-lenker")
    tjeneste: Optional[Id] = Field(
        default=None, description="tjeneste-id i data/tjenester.yml du kontakter; lenke til kontaktinformasjonen")
    lov: list[Id] = Field(default=[], description="lov-id-er i data/lover.yml som steget bygger på")


class Kontaktpunkt(Streng):
    """Whom you contact: exactly one of a national number, a municipal service or a role."""
    kontakt: Optional[Id] = Field(default=None, description="kontakt-id i data/kontakter.yml (nasjonale numre)")
    tjeneste: Optional[Id] = Field(default=None, description="tjeneste-id i data/tjenester.yml")
    rolle: Optional[Id] = Field(default=None, description="rolle-id i data/roller.yml")
    nar: Tekst = Field(description="når du kontakter dem, i én setning")

    @model_validator(mode="after")
    def _akkurat_en(self):
        fylt = [f for f in ("kontakt", "tjeneste", "rolle") if getattr(self, f) is not None]
        if len(fylt) != 1:
            raise ValueError("skriv akkurat ett av feltene «kontakt», «tjeneste» eller «rolle»"
                             + (f", ikke {' og '.join(f'«{f}»' for f in fylt)}" if fylt else ""))
        return self


class Avsnitt(Streng):
    """A list of plain-language points and where they come from."""
    punkter: list[Tekst] = Field(min_length=1, description="korte punkter i klarspråk, uten lenker")
    kilde: list[Kilde] = Field(min_length=1, description="kilde-id-er i data/nettsted.yml «kilder»")


class GjorNa(Streng):
    steg: list[Steg] = Field(min_length=1, description="det du gjør nå, i rekkefølge (første skjermbilde)")
    kilde: list[Kilde] = Field(min_length=1)


class HvemDuKontakter(Streng):
    kontakter: list[Kontaktpunkt] = Field(min_length=1)
    kilde: list[Kilde] = Field(min_length=1)


class EkstraAvsnitt(Avsnitt):
    id: Id = Field(description="ankeret til avsnittet på siden")
    tittel: Tekst = Field(description="overskriften (##) på avsnittet")


class Plikt(Streng):
    """What consent and the duty to report mean in this situation. The law is cited through «lovgrunnlag» only."""
    punkter: list[Tekst] = Field(min_length=1, description="klarspråk, uten paragrafer (de lages fra «lovgrunnlag»)")
    lovgrunnlag: list[Id] = Field(min_length=1, description="lov-id-er i data/lover.yml")
    kilde: list[Kilde] = Field(min_length=1)


class Situasjon(Streng):
    """A situation guide «Når du møter …»: docs/<mappe>/<id>.md calls {{ situasjon("<id>") }}."""
    id: Id = Field(description="filnavnet til siden: <mappe>/<id>.md (mappen står øverst i filen)")
    tittel: Tekst = Field(description="samme tekst som overskriften (#) på siden")
    kort_tittel: Tekst = Field(description="kort navn i lister og på tjeneste- og rollesidene")
    kort_fortalt: Tekst = Field(description="boksen «Kort fortalt» øverst, noen få setninger uten lenker")
    gjelder: list[Id] = Field(min_length=1, description="tjeneste-id-er: sidene deres lister situasjonen")
    gjor_na: GjorNa
    hva_du_ser: Avsnitt
    hvem_du_kontakter: HvemDuKontakter
    mer: list[EkstraAvsnitt] = Field(default=[], description="flere avsnitt, for eksempel hva barna trenger")
    skriv_ned: Avsnitt
    plikt: Plikt
    rutiner: list[Id] = Field(min_length=1, description="rutine-id-er (docs/rutiner/<id>.md) du følger")
    ikke_i_kildene: Optional[Tekst] = Field(
        default=None, description="råd som ikke står i kommunens kilder; vises i en egen merknadsboks")


class Vilkar(Streng):
    """The conditions of the duty to report, as shared text in maler/ (pymdownx.snippets), shown folded."""
    tittel: Tekst = Field(description="overskriften på den sammenfoldede boksen")
    utdrag: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+\.md:[a-z0-9-]+$")] = Field(
        description="utdraget i maler/, f.eks. felles-tekst.md:opplysningsplikt-vilkar")


class SituasjonerFil(Streng):
    mappe: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")] = Field(
        description="mappen under docs/ der sidene ligger, f.eks. situasjoner")
    merknadstittel: Tekst = Field(description="overskriften på merknadsboksen for «ikke_i_kildene»")
    vilkar: Optional[Vilkar] = Field(default=None, description="vilkårene for opplysningsplikt, fra maler/")
    situasjoner: list[Situasjon] = Field(default=[], description="tom liste = ingen situasjonsveiledere")
