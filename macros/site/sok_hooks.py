"""MkDocs-kroken for søket: etter bygget lages Pagefind-indeksen av det ferdige nettstedet (macros/sok)."""
from __future__ import annotations

from macros.sok.indeks import SokFeil, lag_indeks


def on_post_build(config, **kwargs):
    from mkdocs.exceptions import PluginError

    try:
        lag_indeks(config["site_dir"])
    except SokFeil as feil:
        raise PluginError(str(feil)) from None
