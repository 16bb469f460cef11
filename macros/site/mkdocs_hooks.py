"""MkDocs hooks (mkdocs.yml: `hooks: [macros/site/mkdocs_hooks.py]`). MkDocs loads this file by its path,
so it first makes the macros package importable (the same package mkdocs-macros loads) and then uses the
build the adapter has loaded (macros/site/makroer.py); it reads no source file itself.

1. on_nav: a withdrawn routine (docs/rutiner/<id>.md with `rutine: status: utgatt`) is taken out of
   the menu and out of the previous/next links. The page is still built, so old links and bookmarks
   reach it and show «Utgått – skal ikke brukes» (overrides/partials/rutinehode.html). Which routines
   are withdrawn is worked out once by the data layer (Datasett.utgatte_sider).
2. on_page_content: block macros that return finished HTML leave a placeholder in the Markdown, so
   Markdown does not parse that HTML again; here it is put back (macros/site/html_blokker.py explains why).
3. (at load time) git-revision-date-localized warns on shallow clones in CI (e.g. GitLab's default
   GIT_DEPTH). Under `mkdocs build --strict` that warning would stop the build although the dates
   fall back cleanly; it is logged as INFO instead. Fix the dates with a full clone (GIT_DEPTH: 0).
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

_PROSJEKT = str(Path(__file__).resolve().parents[2])
if _PROSJEKT not in sys.path:
    sys.path.insert(0, _PROSJEKT)

from macros.site import makroer  # noqa: E402
from macros.site.html_blokker import on_page_content  # noqa: E402,F401  (the hook itself)
from macros.site.sok_hooks import on_page_context, on_post_build  # noqa: E402,F401  (søket, macros/sok)

_GIT_CI_LOGGER = "mkdocs.plugins.mkdocs_git_revision_date_localized_plugin.ci"


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
    bygg = makroer.gjeldende()
    utgatte = bygg.datasett.utgatte_sider if bygg is not None else frozenset()
    if not utgatte:
        return nav
    nav.items = _fjern(nav.items, utgatte)
    nav.pages = [p for p in nav.pages if p.file.src_uri not in utgatte]
    for forrige, side, neste in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None]):
        side.previous_page, side.next_page = forrige, neste
    return nav


class _CiTilInfo(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING:
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_FILTER = _CiTilInfo()


def _demp_ci_varsler() -> None:
    logger = logging.getLogger(_GIT_CI_LOGGER)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


# Installed when MkDocs loads this file (while reading mkdocs.yml), i.e. before any plugin's on_config.
_demp_ci_varsler()


def on_startup(command, dirty):
    _demp_ci_varsler()
