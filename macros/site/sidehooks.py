"""mkdocs-macros page hook (called by the adapter, macros/site/makroer.py): the routine header data.

For every page, after its macros are rendered, mkdocs-macros calls on_post_page_macros(env).
On a routine page (docs/rutiner/<id>.md with validated `rutine:` front matter) it renders the header
(macros/render/rutinehode.py) and puts it after «Kort fortalt» as a finished-HTML block
(macros/site/html_blokker.py). Nothing is typed or called in the routine pages themselves. The breadcrumb's
link to the routine overview goes into page.meta["hv_brodsmule"] for overrides/main.html.
A withdrawn (utgått) routine is also left out of the search index (Material: search.exclude).

Why *post* and a prefixed key: mkdocs-macros exposes page.meta as Jinja variables while it renders the
page, so a meta key named like a macro would hide that macro on the page.

Called by the adapter (macros/site/makroer.py) with the build's Datasett; MkDocs' page is duck-typed.
"""
from __future__ import annotations

from datetime import date

from ..data.datasett import Datasett
from ..render.lenker import Side
from ..render.rutinehode import rutinehode_html, rutinehode_kontekst, sett_inn_etter_ingressen
from . import html_blokker
from ..render.sist_endret import sist_endret_html

BRODSMULE = "hv_brodsmule"   # page.meta key read by overrides/main.html: {"href", "tekst"} of the overview


def rutinehode(ds: Datasett, idag: date, page, side: Side, markdown: str) -> str:
    """On a routine or template page: the page's Markdown with the header after «Kort fortalt»; a withdrawn
    routine leaves the search index. Any other page: the Markdown unchanged."""
    rid, art = ds.rutine_for_side.get(side.src), "rutine"
    if rid is None:
        rid, art = ds.mal_for_side.get(side.src), "mal"   # a template (docs/maler/): the same header
    if rid is None:
        return markdown
    hode = rutinehode_kontekst(ds, side, rid, idag, art)
    page.meta[BRODSMULE] = {"href": hode["oversikt_href"], "tekst": hode["oversikt_tekst"]}
    markdown = sett_inn_etter_ingressen(markdown, html_blokker.legg_til(page, "rutinehode",
                                                                         rutinehode_html(hode)))
    if hode["utgatt"]:
        sok = page.meta.get("search")
        page.meta["search"] = {**(sok if isinstance(sok, dict) else {}), "exclude": True}
    return markdown


SIST_ENDRET = "hv_sist_endret"   # page.meta key read by overrides/partials/source-file.html


def sist_endret(historikk, page) -> None:
    """«Sist endret» from the build's one git pass (macros/data/sist_endret.py) into page.meta."""
    page.meta[SIST_ENDRET] = sist_endret_html(historikk.dato(page.file.abs_src_path))
