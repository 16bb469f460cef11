"""The routine page header: resolved to plain values, rendered with templates/rutinehode.html, and placed
right after «Kort fortalt» in the page's Markdown.

The template only prints; all lookups (owner name, service links, legal references from the register, next
review date, overdue) happen here, from the validated front matter. The site adapter (macros/site/sidehooks.py)
passes the HTML on as a finished-HTML block, so no theme template has to find a place for it.
Hrefs are relative to the page the header is shown on. Plain functions, no mkdocs import.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Optional

from . import oppslag
from ..data.datasett import Datasett
from ..data.datoer import norsk_dato
from .lenker import Side, lenke_til
from .malmotor import render
from ..data.rutinestyring import revisjon

OVERSIKT = "rutiner/index.md"
MALOVERSIKT = "maler/index.md"   # the templates (docs/maler/)


def _dato(d: Optional[date]) -> Optional[dict[str, str]]:
    return {"iso": d.isoformat(), "tekst": norsk_dato(d)} if d else None


def intervall_tekst(maneder: int) -> str:
    return "1 måned" if maneder == 1 else f"{maneder} måneder"


def rutinehode_kontekst(ds: Datasett, side: Side, rid: str, idag: date, art: str = "rutine") -> dict[str, Any]:
    """art «mal»: a template in docs/maler/ (the same governance; the header says «Om malen», and a draft is
    marked as a proposal the owner must approve)."""
    r = ds.maler[rid] if art == "mal" else oppslag.rutine(ds, rid)
    meta = r.meta
    rev = revisjon(ds, r, idag)
    eier_href = lenke_til(side, ds.tjenester[meta.eier].side) if meta.eier in ds.tjenester else None
    gjelder = [{"navn": ds.tjenester[t].navn, "href": lenke_til(side, ds.tjenester[t].side)}
               for t in dict.fromkeys(meta.gjelder)]
    lover = []
    for lid in dict.fromkeys(meta.lovgrunnlag):
        lb = oppslag.gjeldende_lov(ds, lid)  # repealed ids are stopped by the data layer already
        lover.append({"tekst": f"{lb.lov} {lb.paragraf}", "tittel": lb.tittel, "href": lb.lovdata})
    return {
        "id": rid,
        "art": art,
        "om": "Om malen" if art == "mal" else "Om rutinen",
        "mer": "Mer om malen" if art == "mal" else "Mer om rutinen",
        # a template that is not approved yet: «Forslag – må godkjennes av <eier>» on the page and on paper
        "forslag": art == "mal" and rev.mangler_godkjenning,
        "tittel": r.tittel,
        "eier": {"id": meta.eier, "navn": rev.eier_navn, "href": eier_href},
        "status": {"id": meta.status, "tekst": rev.status_tekst},
        "godkjent": _dato(meta.godkjent),
        # the contract's visible gap for drafts; never a made-up date
        "godkjent_mangler": f"Ikke godkjent ennå – fylles inn av {rev.eier_navn}",
        "neste_revisjon": _dato(rev.neste),
        "intervall": intervall_tekst(meta.revisjonsintervall_mnd),
        "gjelder": gjelder,
        "lovgrunnlag": lover,
        "forfalt": rev.forfalt,
        "dager_forfalt": -rev.dager if rev.forfalt and rev.dager is not None else 0,
        "snart": rev.snart,                       # due within SNART_DAGER days, not yet overdue
        "dager_igjen": rev.dager if rev.snart else None,
        "utgatt": rev.utgatt,
        "utkast": rev.mangler_godkjenning,
        # the breadcrumb: routines are not in the menu, so the page says where it belongs
        "oversikt_href": lenke_til(side, MALOVERSIKT if art == "mal" else OVERSIKT),
        "oversikt_tekst": "Maler til utskrift" if art == "mal" else "Rutiner",
    }


def rutinehode_html(hode: dict[str, Any]) -> str:
    return render("rutinehode.html", h=hode)


# «Kort fortalt» in a page's Markdown: <div class="kort-fortalt" markdown> … </div> (md_in_html)
_INGRESS = re.compile(r'^<div class="kort-fortalt"[^>]*>.*?^</div>[ \t]*$', re.MULTILINE | re.DOTALL)
_H1 = re.compile(r"^# .*$", re.MULTILINE)


def sett_inn_etter_ingressen(markdown: str, blokk: str) -> str:
    """`blokk` right after «Kort fortalt» (else after the title, else first): whoever is in a hurry reads what
    the routine is for first, then who owns it and whether it is valid."""
    treff = _INGRESS.search(markdown) or _H1.search(markdown)
    if treff is None:
        return blokk + markdown
    return markdown[:treff.end()] + blokk + markdown[treff.end():]
