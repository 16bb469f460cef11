"""MkDocs hooks (mkdocs.yml: `hooks: [macros/site/mkdocs_hooks.py]`). Loaded by MkDocs itself, not by
mkdocs-macros, so this file imports nothing from the macros package.

1. on_nav: a withdrawn routine (docs/rutiner/<id>.md with `rutine: status: utgatt`) is taken out of
   the menu and out of the previous/next links. The page is still built, so old links and bookmarks
   reach it and show «Utgått – skal ikke brukes» (overrides/partials/rutinehode.html). The front
   matter is validated by the data layer (macros/data/datasett.py); here it is only read.
2. on_page_content: block macros that return finished HTML leave a placeholder in the Markdown, so
   Markdown does not parse that HTML again; here it is put back (macros/site/html_blokker.py explains why).
3. (at load time) git-revision-date-localized warns on shallow clones in CI (e.g. GitLab's default
   GIT_DEPTH). Under `mkdocs build --strict` that warning would stop the build although the dates
   fall back cleanly; it is logged as INFO instead. Fix the dates with a full clone (GIT_DEPTH: 0).
"""
from __future__ import annotations

import logging

from mkdocs.utils.meta import get_data

RUTINEMAPPE = "rutiner/"
_GIT_CI_LOGGER = "mkdocs.plugins.mkdocs_git_revision_date_localized_plugin.ci"


def er_utgatt(sti: str) -> bool:
    try:
        with open(sti, encoding="utf-8-sig") as fil:
            tekst = fil.read()
    except (OSError, UnicodeDecodeError):
        return False
    # Cheap pre-check (this runs for every routine page in every build): YAML can only spell the value
    # «utgatt» with those letters, or with an escape («\x61»…), which needs a backslash. Without either the
    # page cannot be withdrawn, and its front matter is not parsed.
    if "utgatt" not in tekst and "\\" not in tekst:
        return False
    _, meta = get_data(tekst)
    rutine = meta.get("rutine") if isinstance(meta, dict) else None
    return isinstance(rutine, dict) and rutine.get("status") == "utgatt"


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
    utgatte = {f.src_uri for f in files.documentation_pages()
               if f.src_uri.startswith(RUTINEMAPPE) and f.abs_src_path and er_utgatt(f.abs_src_path)}
    if not utgatte:
        return nav
    nav.items = _fjern(nav.items, utgatte)
    nav.pages = [p for p in nav.pages if p.file.src_uri not in utgatte]
    for forrige, side, neste in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None]):
        side.previous_page, side.next_page = forrige, neste
    return nav


HTML_BLOKKER = "hv_html_blokker"   # = macros/site/html_blokker.py NOKKEL


def on_page_content(html, page, config, files):
    blokker = page.meta.pop(HTML_BLOKKER, None)
    if blokker is None:
        return html
    if getattr(page, "present_anchor_ids", None) is not None:   # so MkDocs can check links to them
        page.present_anchor_ids |= blokker.ider()
    try:
        return blokker.sett_inn(html, f"docs/{page.file.src_uri}")
    except ValueError as feil:
        from mkdocs.exceptions import PluginError
        raise PluginError(str(feil)) from None


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
