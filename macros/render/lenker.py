"""Relative URLs between pages.

Links inside generated HTML are not checked or rewritten by MkDocs, so every
href is computed here, from the current page's URL, in one place.
With use_directory_urls: docs/a/b.md -> a/b/, docs/a/index.md -> a/, docs/index.md -> ''.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Optional


# The handlingsveileder's main page (its steps are anchors there: trinn-1 …). Diagrams, tables, role views
# and the print version link to it.
HANDLINGSVEILEDERSIDE = "handlingsveileder/index.md"

@dataclass(frozen=True)
class Side:
    """The page a macro is rendered on."""
    src: str   # docs-relative source path, e.g. tjenester/nav.md
    url: str   # page URL as MkDocs gives it, e.g. tjenester/nav/
    directory_urls: bool = True


def side_url(src: str, directory_urls: bool = True) -> str:
    """URL (relative to the site root) of the page built from docs-relative `src`."""
    src = src.lstrip("/")
    if not src.endswith(".md"):
        raise ValueError(f"«{src}» er ikke en Markdown-side (.md)")
    stamme = src[:-3]
    mappe, navn = posixpath.split(stamme)
    if navn in ("index", "README"):
        return f"{mappe}/" if mappe else ""
    if not directory_urls:
        return f"{stamme}.html"
    return f"{stamme}/"


def relativ_url(fra_url: str, til_url: str) -> str:
    """Relative href from the page at `fra_url` to `til_url` (both relative to the site root)."""
    fra_mappe = fra_url if (fra_url == "" or fra_url.endswith("/")) else posixpath.dirname(fra_url) + "/"
    fra_mappe = fra_mappe.rstrip("/") or "."
    maal = til_url.rstrip("/") or "."
    rel = posixpath.relpath(maal, fra_mappe)
    if til_url.endswith("/") or til_url == "":
        rel = "./" if rel == "." else rel + "/"
    return rel


def lenke_til(side: Side, til_src: str, anker: Optional[str] = None) -> str:
    """href from the current page to the page built from `til_src` (docs-relative .md path)."""
    href = relativ_url(side.url, side_url(til_src, side.directory_urls))
    return f"{href}#{anker}" if anker else href


def relativ_md_sti(fra_src: str, til_src: str) -> str:
    """Relative .md path for Markdown links (MkDocs validates and rewrites these itself)."""
    return posixpath.relpath(til_src, posixpath.dirname(fra_src) or ".")


def md_lenke(side: Side, til_src: str, tekst: str, anker: Optional[str] = None) -> str:
    """A Markdown link from the current page to another page (and anchor); the text from data is escaped with
    the one rule (oppmerking.md_tekst), and MkDocs checks the target in the strict build."""
    from .oppmerking import md_tekst

    return f"[{md_tekst(tekst)}]({relativ_md_sti(side.src, til_src)}{f'#{anker}' if anker else ''})"
