"""Words staff search with (data/ordliste.yml) put to work on every page: abbreviations, synonyms, search weight.

Called once per page by the adapter's on_post_page_macros hook (macros/site/makroer.py), after the
page's macros are rendered and before MkDocs turns the Markdown into HTML:

1. Abbreviations: `*[BTI]: Bedre tverrfaglig innsats` lines are appended to the Markdown, so the
   `abbr` extension wraps every «BTI» in running text, tables and headings in <abbr title="…">
   (not in code). Only abbreviations whose expansion is known; an unknown one (utskrevet: null)
   is shown as a gap on the glossary page instead, never guessed.
2. Synonyms: the page in an entry's «side» gets a visible line «<term> – også kalt: a, b, c» at the
   top of the section the anchor points to (or at the end of the page when there is no anchor).
   Material's lunr search has no synonyms; this line puts the words staff type into the index, in
   the section that answers them, and tells every reader why they landed there.
3. Search weight: every page that is the answer to an entry («side») gets Material's per-page
   `search: boost` (page.meta["search"]["boost"], read by material/plugins/search/plugin.py when
   the page is indexed). A boost in the page's own front matter wins.
4. Search keywords: the same page gets the entries' term, abbreviation and synonyms as
   page.meta["tags"] (minus words that already are a heading there). Material indexes tags as a
   field of its own, weighted in mkdocs.yml (search: fields: tags: boost: 400 – between body text, 1,
   and headings, 1000), and shows them as labels on the search result. The tags plugin is not used,
   so they are not shown on the page; the «også kalt» line is. Why not only the line: body text
   weighs 1, and a query word that merely starts a heading elsewhere («til» → «Tilgjengelighets-
   erklæring») weighs 1000, so «melde til barnevernet» would not find the routine.

Plain functions of (data, Markdown text, page meta); the adapter passes them in.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Iterable, Optional

from ..data.modeller_lesere import Ord
from .markdown_linjer import linjer_utenfor_kode

# The glossary page itself (docs/ordliste.md): it lists the synonyms itself, so no «også kalt» lines.
ORDLISTESIDE = "ordliste.md"
# Search weight for a page that is the canonical answer to a word in data/ordliste.yml. Material
# multiplies the page's lunr score by this (default 1). 2 lifts the answer page above pages that
# merely mention the word, without drowning a page whose title matches the query.
SOKEVEKT = 2

_OVERSKRIFT = re.compile(r"^(#{1,6})\s+(.*?)\s*$")


def del_side(side: str) -> tuple[str, Optional[str]]:
    """'lovverk.md#samtykke' -> ('lovverk.md', 'samtykke'); no anchor -> (path, None)."""
    sti, _, anker = side.partition("#")
    return sti, (anker or None)


def abbr_nokkel(forkortelse: str) -> str:
    """Text the abbr extension looks for. It matches between word boundaries (\\b…\\b), so a trailing
    dot («bv.tj.») would never match before a space; «bv.tj» matches and leaves the dot as it is."""
    return forkortelse.rstrip(".")


def forkortelser(ordliste: dict[str, Ord]) -> dict[str, str]:
    """abbreviation as written in the text -> expansion, for abbreviations with a known expansion."""
    ut: dict[str, str] = {}
    for o in ordliste.values():
        if o.forkortelse and o.utskrevet:
            ut[abbr_nokkel(o.forkortelse)] = o.utskrevet
    return ut


def abbr_definisjoner(ordliste: dict[str, Ord], tekst: Optional[str] = None) -> str:
    """Markdown abbreviation definitions to append to a page ('' when there are none). With `tekst`
    (the page's Markdown) only those that occur in it: the abbr extension builds one regex of every
    definition and runs it over every text node of the page, so unused ones cost time on every page."""
    linjer = []
    for nokkel, tittel in sorted(forkortelser(ordliste).items()):
        if tekst is not None and nokkel not in tekst:
            continue
        tittel = " ".join(tittel.split())
        linjer.append(f"*[{nokkel}]: {tittel}")
    return ("\n\n" + "\n".join(linjer) + "\n") if linjer else ""


def kanoniske_sider(ordliste: dict[str, Ord]) -> set[str]:
    """docs paths that are the answer to at least one entry."""
    return {del_side(o.side)[0] for o in ordliste.values()}


def synonymer_for_side(ordliste: dict[str, Ord], src: str) -> dict[Optional[str], list[Ord]]:
    """anchor (None = the page itself) -> entries with synonyms whose answer is on page `src`."""
    ut: dict[Optional[str], list[Ord]] = defaultdict(list)
    for o in ordliste.values():
        sti, anker = del_side(o.side)
        if sti == src and o.synonymer:
            ut[anker].append(o)
    return dict(ut)


def overskrifter(markdown: str) -> set[str]:
    """Texts of the page's headings (casefolded, without attribute lists), outside code fences."""
    ut: set[str] = set()
    for _, linje in linjer_utenfor_kode(markdown.split("\n")):
        treff = _OVERSKRIFT.match(linje)
        if treff:
            tekst = re.sub(r"\s*\{:?\s*[#.][^}]*\}\s*$", "", treff.group(2))
            ut.add(" ".join(tekst.replace("*", "").split()).casefold())
    return ut


def sokeord(ordliste: dict[str, Ord], src: str, overskrifter_: set[str]) -> list[str]:
    """Search keywords for page `src`: term, abbreviation and synonyms of every entry answered there,
    except words that already are a heading on the page (those weigh as titles already).
    They go into page.meta["tags"]; Material indexes tags as their own field (see mkdocs.yml,
    search: fields: tags: boost) and shows them on the search result, not on the page."""
    ut: list[str] = []
    sett: set[str] = set()
    for o in ordliste.values():
        if del_side(o.side)[0] != src:
            continue
        for ordet in [o.term, *([o.forkortelse] if o.forkortelse else []), *o.synonymer]:
            nokkel = ordet.casefold()
            if nokkel in sett or nokkel in overskrifter_:
                continue
            sett.add(nokkel)
            ut.append(ordet)
    return ut


def ogsa_kalt_linje(o: Ord) -> str:
    """The visible line, e.g. «<strong>Helsesykepleier – også kalt:</strong> helsesøster, ledende helsesøster».
    Plain HTML (a paragraph with class ogsa-kalt, so the theme may style it): it needs no Markdown
    extension, and the search index reads it like any other paragraph."""
    return (f'<p class="ogsa-kalt"><strong>{html.escape(o.term)} – også kalt:</strong> '
            f'{html.escape(", ".join(o.synonymer))}</p>')


def _anker_i_linje(linje: str) -> Optional[str]:
    """The id in a heading's attribute list: «## Samtykke {#samtykke}», «## X {: #x .klasse }»."""
    treff = re.search(r"\{:?\s*#([A-Za-z0-9_-]+)[^}]*\}\s*$", linje)
    return treff.group(1) if treff else None


def sett_inn_ogsa_kalt(markdown: str, innslag: dict[Optional[str], list[Ord]]) -> str:
    """Insert the «også kalt» lines: under the heading with the anchor, or (no anchor, or an anchor
    that is not on a heading, e.g. a definition term) at the end of the page."""
    if not innslag:
        return markdown
    linjer = markdown.split("\n")
    overskrift_anker: dict[str, int] = {}
    for nr, linje in linjer_utenfor_kode(linjer):
        if _OVERSKRIFT.match(linje):
            anker = _anker_i_linje(linje)
            if anker:
                overskrift_anker.setdefault(anker, nr)

    # line number -> text to insert after it (-1 = before the first line)
    etter: dict[int, list[str]] = defaultdict(list)
    # Words for the whole page go last, not at the top: at the top they pushed the action boxes and the
    # steps below the first screen on a phone. The tags (point 4) still weigh them in search.
    sidetopp = len(linjer) - 1
    for anker, ordene in innslag.items():
        nr = overskrift_anker.get(anker, sidetopp) if anker else sidetopp
        etter[nr].extend(ogsa_kalt_linje(o) for o in ordene)

    ut: list[str] = []
    if -1 in etter:
        ut.extend(_avsnitt(etter[-1]))
    for nr, linje in enumerate(linjer):
        ut.append(linje)
        if nr in etter:
            ut.extend(_avsnitt(etter[nr]))
    return "\n".join(ut)


def _avsnitt(tekster: Iterable[str]) -> list[str]:
    ut = [""]
    for tekst in tekster:
        ut.extend([tekst, ""])
    return ut


def har_abbr(conf) -> bool:
    """Is Python-Markdown's abbr extension on? Without it the definitions would show as text."""
    utvidelser = (conf or {}).get("markdown_extensions") or []
    return any(isinstance(u, str) and u.rsplit(".", 1)[-1] == "abbr" for u in utvidelser)


def etter_sidemakroer(ds, src: str, markdown: str, meta: dict, abbr: bool) -> str:
    """One page after its macros: abbreviations, synonyms, search weight and keywords; returns the Markdown."""
    ordliste: dict[str, Ord] = getattr(ds, "ordliste", None) or {}
    if not ordliste:
        return markdown
    if src != ORDLISTESIDE:
        markdown = sett_inn_ogsa_kalt(markdown, synonymer_for_side(ordliste, src))
    if abbr:
        markdown += abbr_definisjoner(ordliste, markdown)
    if src in kanoniske_sider(ordliste):
        sok = meta.get("search")
        sok = dict(sok) if isinstance(sok, dict) else {}
        sok.setdefault("boost", SOKEVEKT)
        meta["search"] = sok
        nye = sokeord(ordliste, src, overskrifter(markdown))
        if nye:
            tags = meta.get("tags")
            tags = list(tags) if isinstance(tags, list) else []
            har = {str(t).casefold() for t in tags}
            meta["tags"] = tags + [t for t in nye if t.casefold() not in har]
    return markdown
