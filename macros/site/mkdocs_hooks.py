"""MkDocs hooks (mkdocs.yml: `hooks: [macros/site/mkdocs_hooks.py]`). MkDocs loads this file by its path,
so it first makes the macros package importable (the same package mkdocs-macros loads) and then uses the
build the adapter has loaded (macros/site/makroer.py); it reads no source file itself.

1. on_nav: a withdrawn routine (docs/rutiner/<id>.md with `rutine: status: utgatt`) is taken out of
   the menu and out of the previous/next links. The page is still built, so old links and bookmarks
   reach it and show «Utgått – skal ikke brukes» (macros/render/templates/rutinehode.html). Which routines
   are withdrawn is worked out once by the data layer (Datasett.utgatte_sider).
2. on_page_content: block macros that return finished HTML leave a placeholder in the Markdown, so
   Markdown does not parse that HTML again; here it is put back (macros/site/html_blokker.py explains why).
3. on_config: under `make serve` an edited macros/ package is imported again; heading anchors get the
   file-name rule; the publishing gate (macros/site/portvakt.py) checks the sources. on_files and
   on_post_build: the gate checks the files to publish and, last of all, every file of site/.
"""
from __future__ import annotations

import sys
from pathlib import Path

_PROSJEKT = str(Path(__file__).resolve().parents[2])
if _PROSJEKT not in sys.path:
    sys.path.insert(0, _PROSJEKT)

import importlib  # noqa: E402

from mkdocs.plugins import event_priority  # noqa: E402


def _site(modul: str):
    """The current macros.site.<modul>. Looked up on every call, not imported once: after a macro is edited
    under `make serve` the package is imported again (on_config below), and the old modules are stale."""
    return importlib.import_module(f"macros.site.{modul}")


def _kildetid() -> int:
    return max((f.stat().st_mtime_ns for f in (Path(_PROSJEKT) / "macros").rglob("*")
                if f.is_file() and "__pycache__" not in f.parts), default=0)


@event_priority(100)   # before mkdocs-macros' on_config, which imports the package by name and calls define_env
def on_config(config):
    """`make serve` keeps one Python process, and MkDocs loads this file once; Python keeps the imported
    macros package, so an edited macro would not show until serve was restarted. When a file in macros/
    has changed since the package was imported, the package is dropped from sys.modules, and mkdocs-macros
    imports it fresh. Unchanged (every `make build`, most rebuilds): nothing is imported again."""
    if _PROSJEKT not in sys.path:   # MkDocs restores sys.path after loading this file
        sys.path.insert(0, _PROSJEKT)
    tid = _kildetid()
    lastet = sys.modules.get("macros")
    if lastet is not None and getattr(lastet, "_hv_kildetid", tid) != tid:
        for navn in [n for n in sys.modules if n == "macros" or n.startswith("macros.")]:
            del sys.modules[navn]
    importlib.import_module("macros")._hv_kildetid = tid
    # Heading anchors follow the file-name rule (æ → ae, ø → o, å → a): macros/render/ankre.py. Set here
    # because mkdocs.yml's !!python/name: is resolved before the macros package is importable.
    from macros.render.ankre import slugify
    config["mdx_configs"].setdefault("toc", {})["slugify"] = slugify
    # Snippets (the template page shows maler/rutine.md): base_path in mkdocs.yml is relative to the
    # working directory; made absolute here from the project this file belongs to, so builds started
    # elsewhere (tests, make dist) find the same template.
    snippets = config["mdx_configs"].get("pymdownx.snippets")
    if snippets is not None:
        snippets["base_path"] = [str(Path(_PROSJEKT) / p) for p in snippets.get("base_path", ["maler"])]
    # One stylesheet file instead of six (macros/site/stilark.py).
    _site("stilark").on_config(config)
    # The publishing gate checks the sources before anything is built (macros/site/portvakt.py).
    return _site("portvakt").on_config(config)


def on_files(files, config):
    return _site("portvakt").on_files(files, config)


def on_page_context(context, page, config, nav):
    return _site("sok_hooks").on_page_context(context, page, config, nav)


@event_priority(-100)   # after the plugins' post-build steps
def on_post_build(config):
    # First the joined stylesheet, the scripts handed to the loader (macros/site/skriptlaster.py) and the
    # search index (Pagefind, macros/sok), then the gate, which scans every file of site/, the index included.
    _site("stilark").on_post_build(config)
    _site("skriptlaster").on_post_build(config)
    _site("sok_hooks").on_post_build(config)
    return _site("portvakt").on_post_build(config)


def on_page_content(html, page, config, files):
    return _site("html_blokker").on_page_content(html, page, config, files)


on_page_content.hv_html_blokker = True   # the adapter checks for it (html_blokker.kroken_er_lastet)


def _fjern(elementer: list, utgatte: set[str]) -> list:
    igjen = []
    for el in elementer:
        fil = getattr(el, "file", None)
        if fil is not None and fil.src_uri in utgatte:
            el.parent = None
            el.previous_page = el.next_page = None
            continue
        barn = getattr(el, "children", None)
        if isinstance(barn, list):
            el.children = _fjern(barn, utgatte)
        igjen.append(el)
    return igjen


def on_nav(nav, config, files):
    bygg = _site("makroer").gjeldende()
    utgatte = bygg.datasett.utgatte_sider if bygg is not None else frozenset()
    if not utgatte:
        return nav
    nav.items = _fjern(nav.items, utgatte)
    nav.pages = [p for p in nav.pages if p.file.src_uri not in utgatte]
    for forrige, side, neste in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None]):
        side.previous_page, side.next_page = forrige, neste
    return nav
