"""mkdocs-macros page hook (called by the adapter, macros/site/makroer.py): the routine header data.

For every page, after its macros are rendered, mkdocs-macros calls on_post_page_macros(env).
On a routine page (docs/rutiner/<id>.md with validated `rutine:` front matter) it puts the resolved
header into page.meta["hv_rutinehode"]; overrides/main.html then renders it with
overrides/partials/rutinehode.html. Nothing is typed or called in the routine pages themselves.
A withdrawn (utgått) routine is also left out of the search index (Material: search.exclude).

Why *post* and a prefixed key: mkdocs-macros exposes page.meta as Jinja variables while it renders the
page, so a meta key named like a macro (e.g. «rutinehode») would hide that macro on the page.

Called by the adapter (macros/site/makroer.py) with the build's Datasett; MkDocs' page is duck-typed.
"""
from __future__ import annotations

from datetime import date

from ..data.datasett import Datasett
from ..render.lenker import Side
from ..render.rutinehode import rutinehode_kontekst
from ..render.sist_endret import sist_endret_html

NOKKEL = "hv_rutinehode"   # page.meta key read by overrides/main.html and overrides/partials/rutinehode.html


def rutinehode(ds: Datasett, idag: date, page, side: Side) -> None:
    """On a routine page: the resolved header into page.meta[NOKKEL]; a withdrawn one leaves the search index."""
    rid, art = ds.rutine_for_side.get(side.src), "rutine"
    if rid is None:
        rid, art = ds.mal_for_side.get(side.src), "mal"   # a template (docs/maler/): the same header
    if rid is None:
        return
    hode = rutinehode_kontekst(ds, side, rid, idag, art)
    page.meta[NOKKEL] = hode
    if hode["utgatt"]:
        sok = page.meta.get("search")
        page.meta["search"] = {**(sok if isinstance(sok, dict) else {}), "exclude": True}


SIST_ENDRET = "hv_sist_endret"   # page.meta key read by overrides/partials/source-file.html


def sist_endret(historikk, page) -> None:
    """«Sist endret» from the build's one git pass (macros/data/sist_endret.py) into page.meta."""
    page.meta[SIST_ENDRET] = sist_endret_html(historikk.dato(page.file.abs_src_path))
