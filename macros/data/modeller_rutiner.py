"""Pydantic model for a routine page's front matter (docs/rutiner/<id>.md: title + «rutine:»).

Strict and closed like the data files' models (modeller.py); whether the owner, services and legal ids
exist is checked against data/ in kryssreferanser.py.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .modeller import Id, Streng, Tekst

Rutinestatus = Literal["utkast", "gjeldende", "under-revisjon", "utgatt"]


class RutineMeta(Streng):
    id: Id
    # «rutine» (docs/rutiner/) or «mal»: a template staff print or copy (docs/maler/), governed the same way
    art: Literal["rutine", "mal"] = "rutine"
    eier: Id
    status: Rutinestatus
    godkjent: Optional[date]
    revisjonsintervall_mnd: Annotated[int, Field(ge=1, le=60)]
    gjelder: list[Id] = []
    tema: list[Id] = []
    lovgrunnlag: list[Id] = []

    @model_validator(mode="after")
    def _godkjent_krevd(self):
        if self.status != "utkast" and self.godkjent is None:
            raise ValueError(f"feltet «godkjent» må være en dato når status er «{self.status}» "
                             "(bare utkast kan mangle godkjenningsdato)")
        return self


class RutineSide(BaseModel):
    """Page front matter: title + rutine; other keys (Material's hide, tags…) are allowed."""
    model_config = ConfigDict(strict=True, extra="allow", frozen=True)
    title: Tekst
    rutine: RutineMeta
