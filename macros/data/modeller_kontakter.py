"""Pydantic models for the addresses the site publishes: national numbers (kontakter.yml) and the register of
external web addresses (lenker.yml). Strict and closed like every model in modeller.py."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

from pydantic import Field, StringConstraints, model_validator

from .modeller import Id, Streng, Tekst


# ---------- kontakter.yml ----------
Telefon = Annotated[str, StringConstraints(pattern=r"^\+?[0-9]{2,3}( ?[0-9]{2,3})*$")]


class Nasjonalkontakt(Streng):
    """A number or address on «Hvem ringer jeg?». Every published value has a stored public source and a check date."""
    id: Id
    navn: Tekst
    telefon: Optional[Telefon] = Field(default=None, description="slik det sies på norsk, f.eks. «116 111»")
    lenke: Optional[Id] = Field(default=None, description="id i data/lenker.yml (registeret over eksterne adresser)")
    brukes_til: Tekst = Field(description="hva nummeret eller adressen er til, i én setning")
    apningstid: Optional[Tekst] = None
    kilde_url: Optional[Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]] = Field(
        default=None, description="lagret offentlig side der nummeret eller adressen er kontrollert")
    kontrollert: Optional[date] = Field(default=None, description="datoen kilden ble kontrollert")
    mangler: Optional[Tekst] = Field(default=None, description="hvem som må fylle inn det som ikke er kontrollert")

    @model_validator(mode="after")
    def _kilde_eller_mangler(self):
        if self.telefon is None and self.lenke is None and not self.mangler:
            raise ValueError("verken «telefon» eller «lenke» er fylt inn; skriv hvem som fyller inn, i «mangler»")
        if self.telefon and not (self.kilde_url and self.kontrollert):
            raise ValueError("et nummer må ha «kilde_url» (lagret offentlig side) og «kontrollert» (dato)")
        return self


class KontakterFil(Streng):
    kontakter: list[Nasjonalkontakt] = Field(min_length=1)


# ---------- lenker.yml: the register of external addresses ----------
HttpsAdresse = Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"'()\[\]{}\\`]+$")]


class Eksternlenke(Streng):
    """An external web address the site links to. Every published address has a stored public source and a check
    date; an address nobody has verified is null with «mangler» (who fills it in), never a guess."""
    id: Id
    tittel: Tekst = Field(description="slik lenken vises på sidene")
    url: Optional[HttpsAdresse] = Field(description="hele adressen, bare https://; null når den ikke er kontrollert")
    utgiver: Tekst = Field(description="hvem som står bak nettstedet")
    brukes_til: Tekst = Field(description="hva ansatte bruker adressen til, i én setning")
    kilde_url: Optional[Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]] = Field(
        default=None, description="lagret offentlig side der adressen er kontrollert")
    kontrollert: Optional[date] = Field(default=None, description="datoen adressen ble kontrollert")
    mangler: Optional[Tekst] = Field(default=None, description="hvem som fyller inn adressen når den ikke er kontrollert")
    merknad: Optional[Tekst] = None

    @model_validator(mode="after")
    def _kilde_eller_mangler(self):
        if self.url is None and not self.mangler:
            raise ValueError("feltet «url» er null; skriv hvem som fyller inn adressen, i «mangler»")
        if self.url is not None and not (self.kilde_url and self.kontrollert):
            raise ValueError("en adresse må ha «kilde_url» (den lagrede offentlige siden der den er kontrollert) "
                             "og «kontrollert» (datoen, ÅÅÅÅ-MM-DD)")
        return self


class LenkerFil(Streng):
    lenker: list[Eksternlenke] = Field(min_length=1)
