"""Which data files exist (data/<navn>.yml) and what they are called in error messages."""
from __future__ import annotations

import re

from .modeller import (AnsvarFil, ArenaerFil, ArshjulFil, EvalueringFil, HandlingsveilederFil, KompetanseFil,
                       LoverFil, ModellFil, RollerFil, Streng, TiltakFil, TjenesterFil, VerktoyFil)
from .modeller_lesere import OrdlisteFil, RollevisningerFil

# file name (in data/) -> (model, collection key, label for one entry)
DATAFILER: dict[str, type[Streng]] = {
    "modell.yml": ModellFil,
    "tjenester.yml": TjenesterFil,
    "roller.yml": RollerFil,
    "ansvar.yml": AnsvarFil,
    "lover.yml": LoverFil,
    "arenaer.yml": ArenaerFil,
    "arshjul.yml": ArshjulFil,
    "verktoy.yml": VerktoyFil,
    "tiltak.yml": TiltakFil,
    "kompetanse.yml": KompetanseFil,
    "evaluering.yml": EvalueringFil,
    "handlingsveileder.yml": HandlingsveilederFil,
    "rollevisninger.yml": RollevisningerFil,
    "ordliste.yml": OrdlisteFil,
}

# how one entry of a collection is named in error messages
ENTRY_NAVN = {
    "nivaer": "nivå", "dimensjoner": "dimensjon", "modellelementer": "modellelement",
    "tjenester": "tjeneste", "roller": "rolle", "ansvar": "ansvar", "lover": "lovbestemmelse",
    "arenaer": "arena", "arshjul": "årshjulaktivitet", "verktoy": "verktøy", "tiltak": "tiltak",
    "kompetanse": "kompetansetiltak", "omrader": "evalueringsområde", "evaluering": "evaluering",
    "rutine": "rutine", "trinn": "trinn", "akutt": "akutt",
    "rollevisninger": "rollevisning", "forste_steg": "første steg",
    "ord": "ord",
}

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
