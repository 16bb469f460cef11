"""Resolve ids to names and links; unknown ids raise MakroFeil with a suggestion."""
from __future__ import annotations

from markupsafe import Markup, escape

from ..data.datasett import Datasett
from ..data.feil import MakroFeil, forslag
from .lenker import Side, lenke_til
from .oppmerking import ekstern_lenke, lenke
from ..data.modeller import Lovbestemmelse, Rolle, Tjeneste

KILDENAVN = {
    "asnes-plan-2017": "Åsnes kommunes plan (2017)",
    "asnes-presentasjon": "Åsnesmodellen (presentasjon)",
    "deloitte-2015": "Deloitte (2015)",
    "sola": "Sola kommune",
    "lovverk": "Lovverket",
    "mangler-kilde": "Ikke beskrevet i kildene",
}

STATUSNAVN = {"etablert": "Etablert", "planlagt": "Planlagt", "vurderes": "Vurderes"}


def tjeneste(ds: Datasett, tid: str) -> Tjeneste:
    if tid not in ds.tjenester:
        raise MakroFeil(f"ukjent tjeneste «{tid}» (finnes ikke i data/tjenester.yml).{forslag(tid, ds.tjenester)}")
    return ds.tjenester[tid]


def rolle(ds: Datasett, rid: str) -> Rolle:
    if rid not in ds.roller:
        raise MakroFeil(f"ukjent rolle «{rid}» (finnes ikke i data/roller.yml).{forslag(rid, ds.roller)}")
    return ds.roller[rid]


def niva(ds: Datasett, nid: str):
    if nid not in ds.nivaer:
        raise MakroFeil(f"ukjent modellnivå «{nid}»; gyldige er {', '.join(ds.nivaer)}.{forslag(nid, ds.nivaer)}")
    return ds.nivaer[nid]


def dimensjon(ds: Datasett, did: str):
    if did not in ds.dimensjoner:
        raise MakroFeil(f"ukjent dimensjon «{did}»; gyldige er {', '.join(ds.dimensjoner)}."
                        f"{forslag(did, ds.dimensjoner)}")
    return ds.dimensjoner[did]


def gjeldende_lov(ds: Datasett, lid: str) -> Lovbestemmelse:
    if lid not in ds.lover:
        raise MakroFeil(f"ukjent lovbestemmelse «{lid}» (finnes ikke i data/lover.yml).{forslag(lid, ds.lover)}")
    lb = ds.lover[lid]
    if lb.status == "opphevet":
        hint = f" Bruk «{lb.erstattet_av}» i stedet." if lb.erstattet_av else ""
        raise MakroFeil(f"«{lid}» ({lb.lov} {lb.paragraf}) er opphevet og kan ikke brukes.{hint}")
    return lb


def aktor_navn(ds: Datasett, aid: str) -> str:
    if aid in ds.tjenester:
        return ds.tjenester[aid].navn
    if aid in ds.roller:
        return ds.roller[aid].navn
    raise MakroFeil(f"ukjent tjeneste eller rolle «{aid}».{forslag(aid, [*ds.tjenester, *ds.roller])}")


def aktor_html(ds: Datasett, side: Side, aid: str) -> Markup:
    """Services link to their page; roles are plain text."""
    if aid in ds.tjenester:
        t = ds.tjenester[aid]
        return lenke(lenke_til(side, t.side), t.navn)
    return Markup(escape(aktor_navn(ds, aid)))


def aktorer_html(ds: Datasett, side: Side, ider) -> Markup:
    return Markup(", ").join(aktor_html(ds, side, a) for a in ider)


def lov_tekst(lb: Lovbestemmelse) -> str:
    return f"{lb.lov} {lb.paragraf} ({lb.tittel})"


def lov_html(lb: Lovbestemmelse, kort: bool = False) -> Markup:
    tekst = f"{lb.lov} {lb.paragraf}" if kort else lov_tekst(lb)
    return ekstern_lenke(lb.lovdata, tekst) if lb.lovdata else Markup(escape(tekst))


def lover_html(ds: Datasett, ider) -> Markup:
    return Markup("; ").join(lov_html(gjeldende_lov(ds, i), kort=True) for i in ider)


def kilder_tekst(kilder) -> str:
    return ", ".join(KILDENAVN[k] for k in kilder)
