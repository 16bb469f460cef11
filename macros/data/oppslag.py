"""Id -> object, once for every kind: an unknown id raises MakroFeil naming the file and suggesting the nearest id.

The renderers (macros/render/) and the routine checks use these; nothing else looks ids up by hand.
"""
from __future__ import annotations

from typing import Any, Mapping

from .datasett import Datasett, Rutine
from .feil import MakroFeil, forslag
from .modeller import Lovbestemmelse, Rolle, Tjeneste, Trinn
from .modeller_lesere import Rollevisning


def finn(samling: Mapping[str, Any], nokkel: str, hva: str, hvor: str) -> Any:
    """samling[nokkel], or «ukjent <hva> «<nokkel>»<hvor>.» with a suggestion."""
    if nokkel not in samling:
        raise MakroFeil(f"ukjent {hva} «{nokkel}»{hvor}.{forslag(nokkel, samling)}")
    return samling[nokkel]


def tjeneste(ds: Datasett, tid: str) -> Tjeneste:
    return finn(ds.tjenester, tid, "tjeneste", " (finnes ikke i data/tjenester.yml)")


def rolle(ds: Datasett, rid: str) -> Rolle:
    return finn(ds.roller, rid, "rolle", " (finnes ikke i data/roller.yml)")


def niva(ds: Datasett, nid: str):
    return finn(ds.nivaer, nid, "modellnivå", f"; gyldige er {', '.join(ds.nivaer)}")


def dimensjon(ds: Datasett, did: str):
    return finn(ds.dimensjoner, did, "dimensjon", f"; gyldige er {', '.join(ds.dimensjoner)}")


def trinn(ds: Datasett, trinn_id: str) -> Trinn:
    return finn(ds.trinn, trinn_id, "trinn", " (finnes ikke i data/handlingsveileder.yml)")


def rutine(ds: Datasett, rid: str) -> Rutine:
    return finn(ds.rutiner, rid, "rutine", f" (finnes ikke som docs/rutiner/{rid}.md)")


def rollevisning(ds: Datasett, rid: str) -> Rollevisning:
    return finn(ds.rollevisninger, rid, "rollevisning", " (finnes ikke i data/rollevisninger.yml)")


def gjeldende_lov(ds: Datasett, lid: str) -> Lovbestemmelse:
    lb = finn(ds.lover, lid, "lovbestemmelse", " (finnes ikke i data/lover.yml)")
    if lb.status == "opphevet":
        hint = f" Bruk «{lb.erstattet_av}» i stedet." if lb.erstattet_av else ""
        raise MakroFeil(f"«{lid}» ({lb.lov} {lb.paragraf}) er opphevet og kan ikke brukes.{hint}")
    return lb


def aktor_navn(ds: Datasett, aid: str) -> str:
    """The name of a service or a role (they share one id space)."""
    return finn({**ds.tjenester, **ds.roller}, aid, "tjeneste eller rolle", "").navn
