"""MkDocs-krokene for søket. Selve indeksen lages av det ferdige nettstedet (macros/sok), så søket
overlever et bytte av generator; her samles bare det MkDocs vet og HTML-en ikke viser: hvilke sider
som skal holdes utenfor søket (front matter `search: exclude: true`, også satt for utgåtte rutiner
i macros/site/sidehooks.py).
"""
from __future__ import annotations

from macros.site.makroer import datakatalog
from macros.sok.indeks import SokFeil, lag_indeks

_UTELATT: set[str] = set()


def on_page_context(context, page, config, nav):
    sok = page.meta.get("search")
    if isinstance(sok, dict) and sok.get("exclude"):
        _UTELATT.add(page.file.dest_uri)
    return context


def on_post_build(config, **kwargs):
    from mkdocs.exceptions import PluginError

    try:
        lag_indeks(config["site_dir"], utelatt=frozenset(_UTELATT), datakatalog=datakatalog(config))
    except SokFeil as feil:
        raise PluginError(str(feil)) from None
    finally:
        _UTELATT.clear()
