"""Finished HTML from block macros skips Markdown, and comes back unchanged after it.

Most block macros (tables, cards, lists of routines, the diagrams) return finished HTML. Left in the
Markdown, Python-Markdown would run all of it through its HTML parser only to copy it through
unchanged – that was the largest part of what the macros cost a build (issue 8, `make bench`). So the
adapter (macros/site/makroer.py, `registrer(..., html=True)`) leaves a placeholder paragraph in the
Markdown and keeps the HTML here, in page.meta; after Markdown, the MkDocs hook on_page_content below
(loaded through macros/site/mkdocs_hooks.py) puts it back where the placeholder is. A site without the
hook does not build (the adapter says what to add to mkdocs.yml).

Only for output with no Markdown in it (no headings, links to .md files, lists or **): Markdown would
not have touched such HTML anyway, so the page is the same.
"""
from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

NOKKEL = "hv_html_blokker"   # page.meta key, written by legg_til() and read by on_page_content(), both below


# The placeholder «HVHTMLBLOKK<n>SLUTT», alone in its paragraph after Markdown (or inline, if it had to be).
_FOR, _ETTER = "HVHTMLBLOKK", "SLUTT"
_PLASSHOLDER = re.compile(rf"<p>{_FOR}(\d+){_ETTER}</p>|{_FOR}(\d+){_ETTER}")


class Blokker:
    """The HTML blocks of one page, in the order the macros produced them."""

    def __init__(self) -> None:
        self.blokker: list[tuple[str, str]] = []   # (macro name, HTML)

    def legg_til(self, navn: str, html: str) -> str:
        self.blokker.append((navn, html))
        # Letters and digits only: nothing Markdown, the glossary's <abbr> or typography would change.
        return f"\n\n{_FOR}{len(self.blokker) - 1}{_ETTER}\n\n"

    def sett_inn(self, html: str, side: str) -> str:
        """Put every block back; a placeholder that is missing means the call stood where a block cannot."""
        funnet: set[int] = set()

        def inn(m: re.Match) -> str:
            nr = int(m.group(1) or m.group(2))
            funnet.add(nr)
            return self.blokker[nr][1]

        html = _PLASSHOLDER.sub(inn, html)
        mangler = [navn for nr, (navn, _) in enumerate(self.blokker) if nr not in funnet]
        if mangler:
            raise ValueError(
                f"{side}: resultatet av {', '.join('{{ ' + n + '() }}' for n in mangler)} kom ikke med på siden. "
                "Makroen lager en hel blokk (tabell, kort, liste eller figur) og må stå alene på en egen linje, "
                "ikke i en overskrift, en tabellcelle eller en kodeblokk.")
        return html

    def ider(self) -> set[str]:
        """The anchors in the blocks. MkDocs collects anchors from the Markdown (and the raw HTML in it) to
        check links like side.md#anker; HTML that skipped Markdown must be added to that set by hand."""
        return {m.group(1) or m.group(2) for _, html in self.blokker for m in _ANKER.finditer(html)}


_ANKER = re.compile(r"""<[a-zA-Z][^>]*?\sid=["']([^"']+)["']|<a\s[^>]*?\bname=["']([^"']+)["']""")


def on_page_content(html, page, config, files):
    """MkDocs hook (re-exported by macros/site/mkdocs_hooks.py): put the page's blocks back after Markdown, then
    mark every link that leaves the intranet (and stop the build on one to a site outside the register)."""
    blokker = page.meta.pop(NOKKEL, None)
    if blokker is not None:
        if getattr(page, "present_anchor_ids", None) is not None:   # so MkDocs can check links to them
            page.present_anchor_ids |= blokker.ider()
        try:
            html = blokker.sett_inn(html, f"docs/{page.file.src_uri}")
        except ValueError as feil:
            raise PluginError(str(feil)) from None
    return merk_eksterne(html, f"docs/{page.file.src_uri}")


def merk_eksterne(html: str, side: str) -> str:
    """Every external link on a page marked as leaving the intranet; hosts from the build's register."""
    from ..render.oppmerking import UtryggAdresse, merk_eksterne_lenker
    from . import makroer
    bygg = makroer.gjeldende()
    if bygg is None:
        return html
    try:
        return merk_eksterne_lenker(html, bygg.datasett.verter)
    except UtryggAdresse as feil:
        raise PluginError(f"{side}: en lenke på siden går ut av intranettet, men {feil}. Lenker til andre "
                          "nettsteder skrives med {{ ekstern(\"id\") }} fra data/lenker.yml.") from None


def kroken_er_lastet(hooks) -> bool:
    """Is on_page_content above among MkDocs' loaded hooks (mkdocs.yml `hooks:`)? Without it the placeholders
    would stay on the page, so the adapter stops the build instead."""
    return any(getattr(getattr(modul, "on_page_content", None), "hv_html_blokker", False)
               for modul in (hooks or {}).values())


def legg_til(page, navn: str, html: str) -> str:
    """The placeholder for `html` on `page` (mkdocs-macros' env.page); the HTML itself outside a page."""
    meta = getattr(page, "meta", None)
    if not isinstance(meta, dict):
        return html
    blokker = meta.get(NOKKEL)
    if not isinstance(blokker, Blokker):
        blokker = meta[NOKKEL] = Blokker()
    return blokker.legg_til(navn, html)
