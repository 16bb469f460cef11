"""mkdocs-macros page hook (imported by the adapter, macros/site/makroer.py): the routine header data.

For every page, after its macros are rendered, mkdocs-macros calls on_post_page_macros(env).
On a routine page (docs/rutiner/<id>.md with validated `rutine:` front matter) it puts the resolved
header into page.meta["hv_rutinehode"]; overrides/main.html then renders it with
overrides/partials/rutinehode.html. Nothing is typed or called in the routine pages themselves.
A withdrawn (utgått) routine is also left out of the search index (Material: search.exclude).

Why *post* and a prefixed key: mkdocs-macros exposes page.meta as Jinja variables while it renders the
page, so a meta key named like a macro (e.g. «rutinehode») would hide that macro on the page.

Uses only env.page / env.variables / env.conf (duck typing), no mkdocs import.
"""
from __future__ import annotations

from ..render.lenker import Side
from ..render.rutinehode import rutine_id_for_side, rutinehode_kontekst


def on_post_page_macros(env) -> None:
    ds = env.variables.get("asnes_data")
    idag = env.variables.get("asnes_dagens_dato")
    page = env.page
    if ds is None or idag is None or page is None or page.file is None:
        return
    src = page.file.src_uri
    rid = rutine_id_for_side(ds, src)
    if rid is None:
        return
    side = Side(src=src, url=page.url, directory_urls=bool(env.conf.get("use_directory_urls", True)))
    hode = rutinehode_kontekst(ds, side, rid, idag)
    page.meta["hv_rutinehode"] = hode
    if hode["utgatt"]:
        sok = page.meta.get("search")
        page.meta["search"] = {**(sok if isinstance(sok, dict) else {}), "exclude": True}
