"""The print version: the handlingsveileder, the acute page and every routine combined into one page.

    {{ utskriftsversjon() }}   on docs/utskrift/handlingsveileder.md (used for printing and for `make pdf`)

The pages are read from docs/ (so the print version can never drift from them), their macros are
rendered in the context of the print page, and the result is adjusted so the combined page is one
valid document:

* exactly one H1: each page's H1 becomes an H2 (a routine's an H3 under «Rutinene»), and every other
  heading moves down by the same amount (never below H6);
* unique ids: every id of an included page gets the page's prefix (handlingsveileder/akutt.md ->
  «handlingsveileder-akutt-…»): heading anchors (explicit, or generated exactly as MkDocs' toc
  extension does, so links to them keep working), attr_list ids, footnote labels, and ids in HTML from
  macros together with everything that points to them (for, aria-*, href="#…", url(#…));
* links: to an included page or one of its headings -> the anchor on this page; to any other page ->
  a relative path from this page (MkDocs validates both in the build);
* each routine gets its «Om rutinen» header exactly as on the routine page: the same page hook
  (macros/sidehooks.py) runs on a stand-in page, and the same theme partial
  (overrides/partials/rutinehode.html) renders it, so the metadata also prints.

Macros inside the included pages compute their links from the print page. That is only right when the
included pages lie at the same folder depth as the print page (docs/<mappe>/<side>.md); the macro stops
the build with a clear message if that ever changes.
Plain functions, no mkdocs import: registrer() passes in how to render Jinja and the routine header.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Callable, Optional

from markdown.extensions.toc import slugify, unique

from .markdown_linjer import linjer_utenfor_kode
from .data_loader import Datasett
from .dates import norsk_dato
from .errors import MakroFeil
from .links import Side, relativ_md_sti, side_url
from . import sidehooks

HANDLINGSVEILEDER = "handlingsveileder/index.md"
RUTINEGRUPPE_ID = "rutiner"
RUTINEHODE_MAL = "partials/rutinehode.html"

Render = Callable[[str], str]                 # Jinja text -> Markdown (the page's macros rendered)
Rutinehode = Callable[[Side, str], str]       # (print page, routine src) -> the header's HTML

_OVERSKRIFT = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
_ATTR_SLUTT = re.compile(r"[ \t]*\{:?[ \t]*([^{}]*?)[ \t]*\}[ \t]*$")
_ATTR_DEL = re.compile(r"""#[\w-]+|\.[\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+)""")
_ATTR_LISTE = re.compile(rf"(?:[ \t]*(?:{_ATTR_DEL.pattern}))+[ \t]*")
_ATTR_ID = re.compile(r"(\{:?[ \t]*(?:[^{}#]*?[ \t])?)#([\w-]+)(?=[ \t}])")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.S)
_MD_LENKE = re.compile(r"(!?\[(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*\])\(([^()\s]+)((?:[ \t]+\"[^\"]*\")?)\)")
_MD_REFERANSE = re.compile(r"^([ ]{0,3}\[[^\]^][^\]]*\]:[ \t]*<?)([^\s>]+)")
_FOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
_HTML_ID = re.compile(r"""(\s(?:id|for)=")([^"]+)(")""")
_HTML_IDLISTE = re.compile(
    r"""(\saria-(?:labelledby|describedby|controls|owns|flowto|details|errormessage|activedescendant)=")([^"]+)(")""")
_HTML_HREF = re.compile(r"""(\s(?:xlink:)?href=")([^"]*)(")""")
_URL_REF = re.compile(r"url\(#([^)\s]+)\)")
_SKJEMA = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")


@dataclass
class _Del:
    """One included page."""
    src: str                          # docs-relative, e.g. rutiner/anonym-drofting.md
    forskyvning: int                  # how many levels its headings move down
    rutine_id: Optional[str] = None
    prefiks: str = ""
    tekst: str = ""                   # rendered Markdown (front matter removed, macros rendered)
    tittel: str = ""                  # its H1, as text
    h1_id: str = ""                   # the id its H1 has on its own page
    ider: dict[int, str] = field(default_factory=dict)   # line number of a heading -> id on its own page


def prefiks_for(src: str) -> str:
    """handlingsveileder/index.md -> handlingsveileder; rutiner/anonym-drofting.md -> rutiner-anonym-drofting."""
    stamme = src[:-3] if src.endswith(".md") else src
    if stamme.endswith("/index"):
        stamme = stamme[: -len("/index")]
    return stamme.replace("/", "-")


def fjern_front_matter(tekst: str) -> str:
    return _FRONT_MATTER.sub("", tekst, count=1)


def _ren_tekst(overskrift: str) -> str:
    """Heading text roughly as the toc extension sees it (after inline Markdown)."""
    tekst = re.sub(r"!?\[((?:[^\[\]\\]|\\.)*)\]\([^)]*\)", r"\1", overskrift)
    tekst = re.sub(r"<[^>]+>", "", tekst)
    tekst = re.sub(r"\\(.)", r"\1", tekst.replace("**", "").replace("`", ""))
    tekst = re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", tekst)
    return html.unescape(tekst).strip()


def _del_opp_overskrift(innhold: str) -> tuple[str, Optional[str], list[str]]:
    """'Title {#id .kl}' -> ('Title', 'id', ['.kl'])."""
    treff = _ATTR_SLUTT.search(innhold)
    if not treff or not _ATTR_LISTE.fullmatch(treff.group(1)):
        return innhold.strip(), None, []
    deler = _ATTR_DEL.findall(treff.group(1))
    anker = next((d[1:] for d in deler if d.startswith("#")), None)
    return innhold[: treff.start()].strip(), anker, [d for d in deler if not d.startswith("#")]


def _les_overskrifter(d: _Del) -> None:
    """Find the H1 and give every heading the id it has on its own page (as MkDocs' toc would)."""
    linjer = d.tekst.split("\n")
    overskrifter = [(nr, _OVERSKRIFT.match(linje)) for nr, linje in linjer_utenfor_kode(linjer)]
    overskrifter = [(nr, m) for nr, m in overskrifter if m]
    brukt: set[str] = set()
    for _, m in overskrifter:
        _, anker, _ = _del_opp_overskrift(m.group(2))
        if anker:
            brukt.add(anker)
    for nr, m in overskrifter:
        tekst, anker, _ = _del_opp_overskrift(m.group(2))
        d.ider[nr] = anker or unique(slugify(_ren_tekst(tekst), "-"), brukt)
        if len(m.group(1)) == 1 and not d.tittel:
            d.tittel, d.h1_id = _ren_tekst(tekst), d.ider[nr]
    if not d.tittel:
        raise MakroFeil(f"siden {d.src} har ingen hovedoverskrift (# Tittel) og kan ikke tas med i utskriften")


class _Omskriver:
    """Rewrites ids and links of one included page for the combined page."""

    def __init__(self, side: Side, deler: dict[str, _Del], d: _Del, url_til_src: Optional[dict[str, str]] = None):
        self.side, self.deler, self.d = side, deler, d
        # the same for every included page: computed once per print page (see _url_til_src), not per page
        self.url_til_src = url_til_src if url_til_src is not None else _url_til_src(side, deler)

    def anker(self, src: str, anker: str) -> str:
        mål = self.deler[src]
        return mål.prefiks if anker in ("", mål.h1_id) else f"{mål.prefiks}-{anker}"

    def md_url(self, url: str) -> str:
        if _SKJEMA.match(url):
            return url
        sti, _, anker = url.partition("#")
        if not sti:
            return f"#{self.anker(self.d.src, anker)}" if anker else url
        mål = posixpath.normpath(posixpath.join(posixpath.dirname(self.d.src), sti))
        if mål in self.deler:
            return f"#{self.anker(mål, anker)}"
        ny = relativ_md_sti(self.side.src, mål)
        return f"{ny}#{anker}" if anker else ny

    def html_href(self, href: str) -> str:
        if href.startswith("#"):
            return f"#{self.anker(self.d.src, href[1:])}" if len(href) > 1 else href
        if _SKJEMA.match(href) or href.startswith("/"):
            return href
        sti, _, anker = href.partition("#")
        mål = posixpath.normpath(posixpath.join(self.side.url, sti))
        if mål in self.url_til_src:
            return f"#{self.anker(self.url_til_src[mål], anker)}"
        return href

    def id(self, verdi: str) -> str:
        return f"{self.d.prefiks}-{verdi}"

    def linje(self, linje: str) -> str:
        linje = _MD_LENKE.sub(lambda m: f"{m.group(1)}({self.md_url(m.group(2))}{m.group(3)})", linje)
        linje = _MD_REFERANSE.sub(lambda m: m.group(1) + self.md_url(m.group(2)), linje)
        linje = _FOTNOTE.sub(lambda m: f"[^{self.d.prefiks}-{m.group(1)}]", linje)
        linje = _ATTR_ID.sub(lambda m: f"{m.group(1)}#{self.id(m.group(2))}", linje)
        linje = _HTML_ID.sub(lambda m: m.group(1) + self.id(m.group(2)) + m.group(3), linje)
        linje = _HTML_IDLISTE.sub(lambda m: m.group(1) + " ".join(self.id(v) for v in m.group(2).split())
                                  + m.group(3), linje)
        linje = _HTML_HREF.sub(lambda m: m.group(1) + self.html_href(m.group(2)) + m.group(3), linje)
        return _URL_REF.sub(lambda m: f"url(#{self.id(m.group(1))})", linje)

    def overskrift(self, nr: int, m: re.Match, klasser: list[str]) -> str:
        tekst, _, egne_klasser = _del_opp_overskrift(m.group(2))
        tekst = _MD_LENKE.sub(lambda t: f"{t.group(1)}({self.md_url(t.group(2))}{t.group(3)})", tekst)
        niva = min(6, len(m.group(1)) + self.d.forskyvning)
        anker = self.anker(self.d.src, self.d.ider[nr])
        attr = " ".join([f"#{anker}", *klasser, *egne_klasser])
        return f"{'#' * niva} {tekst} {{{attr}}}"


def _url_til_src(side: Side, deler: dict[str, _Del]) -> dict[str, str]:
    """URL of every included page (relative to the site root, normalised) -> its src."""
    return {posixpath.normpath(side_url(src, side.directory_urls) or "."): src for src in deler}


def _juster(side: Side, deler: dict[str, _Del], d: _Del, rutinehode: str,
            url_til_src: Optional[dict[str, str]] = None) -> str:
    om = _Omskriver(side, deler, d, url_til_src)
    linjer = d.tekst.split("\n")
    utenfor = dict(linjer_utenfor_kode(linjer))
    ut: list[str] = []
    for nr, linje in enumerate(linjer):
        if nr not in utenfor:
            ut.append(linje)
            continue
        m = _OVERSKRIFT.match(linje)
        if not m:
            ut.append(om.linje(linje))
            continue
        er_h1 = d.ider[nr] == d.h1_id and len(m.group(1)) == 1
        klasser = [".utskrift-del", ".utskrift-rutine" if d.rutine_id else ".utskrift-side"] if er_h1 else []
        ut.append(om.overskrift(nr, m, klasser))
        if er_h1 and rutinehode:
            ut += ["", *(om.linje(x.strip()) for x in rutinehode.splitlines() if x.strip()), ""]
    return "\n".join(ut)


def _deler(ds: Datasett, side: Side, docs: Path) -> list[_Del]:
    deler = [_Del(HANDLINGSVEILEDER, 1)]
    if ds.akutt is not None:
        deler.append(_Del(ds.akutt.side, 1))
    rutiner = sorted((r for r in ds.rutiner.values() if r.meta.status != "utgatt"), key=lambda r: r.tittel.lower())
    deler += [_Del(r.side, 2, rutine_id=r.meta.id) for r in rutiner]
    dybde = len(PurePosixPath(side.src).parent.parts)
    for d in deler:
        if len(PurePosixPath(d.src).parent.parts) != dybde:
            raise MakroFeil(f"utskriftsversjonen kan bare ta med sider som ligger like dypt i docs/ som "
                            f"{side.src} (lenker fra makroer regnes fra denne siden); {d.src} gjør ikke det")
        if not (docs / d.src).is_file():
            raise MakroFeil(f"siden {d.src} finnes ikke og kan ikke tas med i utskriften")
        d.prefiks = prefiks_for(d.src)
    return deler


def utskriftsversjon(ds: Datasett, side: Side, docs: Path, render: Render, rutinehode: Optional[Rutinehode],
                     idag: date) -> str:
    deler = {d.src: d for d in _deler(ds, side, docs)}
    for d in deler.values():
        d.tekst = render(fjern_front_matter((docs / d.src).read_text(encoding="utf-8")))
        _les_overskrifter(d)

    sider = [d for d in deler.values() if not d.rutine_id]
    rutiner = [d for d in deler.values() if d.rutine_id]
    innhold = [f"- [{d.tittel}](#{d.prefiks})" for d in sider]
    if rutiner:
        innhold.append(f"- [Rutinene](#{RUTINEGRUPPE_ID})")
        innhold += [f"    - [{d.tittel}](#{d.prefiks})" for d in rutiner]

    ut = [
        f'<p class="utskrift-dato">Utskriftsversjonen er laget {norsk_dato(idag)}. Den gjeldende versjonen står '
        "alltid på nettstedet – sjekk der før du bruker en utskrift.</p>",
        "## Innhold {#innhold}",
        "\n".join(innhold),
    ]
    url_til_src = _url_til_src(side, deler)
    for d in sider:
        ut.append(_juster(side, deler, d, "", url_til_src))
    if rutiner:
        ut += [f"## Rutinene {{#{RUTINEGRUPPE_ID} .utskrift-del .utskrift-side}}",
               "Rutinene står i alfabetisk rekkefølge, som i menyen. Utgåtte rutiner er ikke med."]
        for d in rutiner:
            ut.append(_juster(side, deler, d, rutinehode(side, d.src) if rutinehode else "", url_til_src))
    return "\n\n" + "\n\n".join(ut) + "\n\n"


def registrer(env, registrer_makro, idag: date) -> None:
    """Wire the macro into mkdocs-macros (called by the adapter, macros/__init__.py). Duck-typed env."""
    docs = Path(env.conf["docs_dir"])

    def render(tekst: str) -> str:
        return env.render(tekst, force_rendering=True)

    # The theme's Jinja environment and the header template, created on first use and then kept for this
    # build (registrer() runs once per build, from define_env, so `mkdocs serve` still sees edits to the
    # partial on the next build). theme.get_env() builds a new environment every time it is called, and
    # get_template() on a new environment compiles the template again (~7 ms per routine).
    mal_cache: dict[str, object] = {}

    def hodemal():
        if "mal" not in mal_cache:
            mal_cache["mal"] = env.conf["theme"].get_env().get_template(RUTINEHODE_MAL)
        return mal_cache["mal"]

    def rutinehode(side: Side, src: str) -> str:
        # a stand-in for the routine page, at the print page's URL so the header's links fit this page
        stand_in = SimpleNamespace(file=SimpleNamespace(src_uri=src, src_path=src), url=side.url, meta={},
                                   title=None)
        sidehooks.on_post_page_macros(SimpleNamespace(variables=env.variables, conf=env.conf, page=stand_in))
        if not stand_in.meta:
            return ""
        return hodemal().render(page=stand_in, config=env.conf)

    registrer_makro("utskriftsversjon", utskriftsversjon, docs, render, rutinehode, idag)
