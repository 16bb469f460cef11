"""The print version: the handlingsveileder, the acute page and every routine combined into one page.

    {{ utskriftsversjon() }}   on docs/utskrift/handlingsveileder.md (used for printing and for `make pdf`)

The macro only leaves a placeholder. After the build (mkdocs-macros' on_post_build, see the adapter)
the placeholder is filled with the pages *as they were rendered*: what overrides/main.html writes
between the markers <!--hv:innhold--> and <!--/hv:innhold--> on each included page, so the
print version shows exactly what the pages show (abbreviations, routine header and all) and can
never drift from them. Nothing is rendered twice: this used to re-render every routine's Markdown
and was the largest single cost of the build (issue 8).

The pages' HTML is adjusted so the combined page is one valid document:

* exactly one H1: each page's H1 becomes an H2 (a routine's an H3 under «Rutinene»), and every other
  heading moves down by the same amount (never below H6);
* unique ids: every id of an included page gets the page's prefix (handlingsveileder/akutt.md ->
  «handlingsveileder-akutt-…»), together with everything that points to it (for, aria-*, href="#…",
  url(#…)); the page's H1 gets the prefix itself as id;
* links and images: to an included page or one of its anchors -> the anchor on this page; to anything
  else on the site -> a path relative to this page; external links are left alone.

Plain functions, no mkdocs import: the adapter reads and writes the files.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..data.datasett import Datasett
from ..data.datoer import norsk_dato
from ..data.feil import MakroFeil
from ..render.lenker import HANDLINGSVEILEDERSIDE, Side, relativ_url, side_url

RUTINEGRUPPE_ID = "rutiner"
MALGRUPPE_ID = "maler"
START, SLUTT = "<!--hv:innhold-->", "<!--/hv:innhold-->"   # written by overrides/main.html
PLASSHOLDER = '<div class="utskrift-samling" data-hv-utskrift></div>'
PERMALENKE = "Lenke til denne delen"   # as `permalink_title` in mkdocs.yml

_STARTTAG = re.compile(r"<([a-zA-Z][\w:-]*)((?:\s+[^\s=<>/\"']+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s<>\"']+))?)*)\s*(/?)>")
_SLUTTAG = re.compile(r"</h([1-6])\s*>")
_ATTR = re.compile(r"""(\s+)([^\s=<>/"']+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s<>"']+))?""")
_IDLISTE = {"aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-flowto", "aria-details",
            "aria-errormessage"}
_ID = {"id", "for", "aria-activedescendant"}
_LENKE = {"href", "xlink:href"}
_URL_REF = re.compile(r"url\(#([^)\s]+)\)")
_SKJEMA = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")
_H1 = re.compile(r"<h1[\s>].*?</h1\s*>", re.S)
_TAGG = re.compile(r"<[^>]+>")


@dataclass
class Del:
    """One included page."""
    src: str               # docs-relative, e.g. rutiner/anonym-drofting.md
    url: str               # its URL, relative to the site root, e.g. rutiner/anonym-drofting/
    forskyvning: int       # how many levels its headings move down
    rutine: bool = False
    mal: bool = False      # a template (docs/maler/), in its own group after the routines
    prefiks: str = ""
    innhold: str = ""      # its rendered content, between the markers
    tittel: str = ""       # its H1, as text
    h1_id: str = ""        # the id its H1 has on its own page


def prefiks_for(src: str) -> str:
    """handlingsveileder/index.md -> handlingsveileder; rutiner/anonym-drofting.md -> rutiner-anonym-drofting."""
    stamme = src[:-3] if src.endswith(".md") else src
    if stamme.endswith("/index"):
        stamme = stamme[: -len("/index")]
    return stamme.replace("/", "-")


# --- the macro ---------------------------------------------------------------------------------------

def utskriftsversjon(ds: Datasett, side: Side) -> str:
    """The placeholder that fill_in() replaces after the build."""
    return f"\n\n{PLASSHOLDER}\n\n"


# --- which pages, from the data ---------------------------------------------------------------------------

def deler(ds: Datasett, directory_urls: bool = True) -> list[Del]:
    """The handlingsveileder, the acute page, then every routine and every template that is not withdrawn, by title."""
    ut = [Del(HANDLINGSVEILEDERSIDE, "", 1)]
    if ds.akutt is not None:
        ut.append(Del(ds.akutt.side, "", 1))
    rutiner = sorted((r for r in ds.rutiner.values() if r.meta.status != "utgatt"), key=lambda r: r.tittel.lower())
    ut += [Del(r.side, "", 2, rutine=True) for r in rutiner]
    maler = sorted((m for m in ds.maler.values() if m.meta.status != "utgatt"), key=lambda m: m.tittel.lower())
    ut += [Del(m.side, "", 2, mal=True) for m in maler]
    for d in ut:
        d.url, d.prefiks = side_url(d.src, directory_urls), prefiks_for(d.src)
    return ut


def _normaliser(url: str) -> str:
    return posixpath.normpath(url.split("#", 1)[0].removesuffix("index.html") or ".")


# --- reading one rendered page -------------------------------------------------------------------------------

def les_innhold(d: Del, side_html: str, fil: str) -> None:
    """Take the content between the markers, its H1 text and the H1's id. `fil` is only for the message."""
    start, slutt = side_html.find(START), side_html.find(SLUTT)
    if start < 0 or slutt < start:
        raise MakroFeil(f"{fil} (bygd fra docs/{d.src}) mangler merkene {START} … {SLUTT} som "
                        "overrides/main.html skriver; utskriftsversjonen kan ikke lages")
    d.innhold = side_html[start + len(START):slutt].strip()
    h1 = _H1.search(d.innhold)
    if not h1:
        raise MakroFeil(f"siden docs/{d.src} har ingen hovedoverskrift (# Tittel) og kan ikke tas med i utskriften")
    d.tittel = html.unescape(_TAGG.sub("", h1.group(0))).replace("¶", "").strip()
    m = re.search(r"""\sid=["']([^"']+)""", h1.group(0)[: h1.group(0).find(">") + 1])
    d.h1_id = m.group(1) if m else ""


# --- rewriting one page's HTML --------------------------------------------------------------------------

class _Omskriver:
    """Rewrites headings, ids and links of one included page for the combined page."""

    def __init__(self, side_url: str, etter_url: dict[str, Del], d: Del):
        self.side_url, self.d = side_url, d
        self.etter_url = etter_url    # normalised URL -> included page; the same map for every page
        self.mappe = d.url if d.url.endswith("/") or not d.url else posixpath.dirname(d.url) + "/"
        self.h1_sett = False

    def anker(self, maal: Del, anker: str) -> str:
        return maal.prefiks if anker in ("", maal.h1_id) else f"{maal.prefiks}-{anker}"

    def id(self, verdi: str) -> str:
        return self.d.prefiks if (verdi == self.d.h1_id and verdi) else f"{self.d.prefiks}-{verdi}"

    def href(self, href: str, kan_vaere_anker: bool = True) -> str:
        if not href or _SKJEMA.match(href) or href.startswith("/"):
            return href
        if href.startswith("#"):
            return f"#{self.anker(self.d, href[1:])}" if kan_vaere_anker and len(href) > 1 else href
        sti, _, anker = href.partition("#")
        maal = _normaliser(posixpath.join(self.mappe, sti))
        if kan_vaere_anker and maal in self.etter_url:
            return f"#{self.anker(self.etter_url[maal], anker)}"
        til = "" if maal == "." else maal + ("/" if sti.endswith("/") or sti in (".", "..") else "")
        ny = relativ_url(self.side_url, til)
        return f"{ny}#{anker}" if anker else ny

    def attributt(self, navn: str, verdi: str) -> str:
        n = navn.lower()
        if n in _ID:
            return self.id(verdi)
        if n in _IDLISTE:
            return " ".join(self.id(v) for v in verdi.split())
        if n in _LENKE:
            return self.href(verdi)
        if n == "src":
            return self.href(verdi, kan_vaere_anker=False)
        return _URL_REF.sub(lambda m: f"url(#{self.id(m.group(1))})", verdi)

    def starttag(self, m: re.Match) -> str:
        tagg, attrs, lukk = m.group(1), m.group(2), m.group(3)
        niva = int(tagg[1]) if re.fullmatch(r"[hH][1-6]", tagg) else 0
        er_h1 = niva == 1 and not self.h1_sett

        def attr(a: re.Match) -> str:
            mellom, navn, lik, verdi = a.groups()
            if verdi is None:
                return a.group(0)
            sitat = verdi[0] if verdi[0] in "\"'" else ""
            raa = html.unescape(verdi[1:-1] if sitat else verdi)
            ny = html.escape(self.attributt(navn, raa), quote=True)
            return f'{mellom}{navn}{lik}"{ny}"'

        attrs = _ATTR.sub(attr, attrs)
        if niva:
            tagg = f"h{min(6, niva + self.d.forskyvning)}"
        if er_h1:
            self.h1_sett = True
            klasser = f"utskrift-del {'utskrift-rutine' if self.d.rutine else 'utskrift-mal' if self.d.mal else 'utskrift-side'}"
            attrs = re.sub(r'\s+id="[^"]*"', "", attrs)
            if re.search(r'\sclass="', attrs):
                attrs = re.sub(r'\sclass="([^"]*)"', lambda k: f' class="{k.group(1)} {klasser}"', attrs, count=1)
            else:
                attrs += f' class="{klasser}"'
            attrs = f' id="{self.d.prefiks}"' + attrs
        return f"<{tagg}{attrs}{' /' if lukk else ''}>"

    def skriv(self, innhold: str) -> str:
        ut = _STARTTAG.sub(self.starttag, innhold)
        return _SLUTTAG.sub(lambda m: f"</h{min(6, int(m.group(1)) + self.d.forskyvning)}>", ut)


def _overskrift(niva: int, ident: str, tekst: str, klasser: str = "") -> str:
    kl = f' class="{klasser}"' if klasser else ""
    return (f'<h{niva} id="{ident}"{kl}>{html.escape(tekst)}<a class="headerlink" href="#{ident}" '
            f'title="{PERMALENKE}">¶</a></h{niva}>')


def sett_sammen(utskrift_url: str, alle: list[Del], idag: date) -> str:
    """The combined content (HTML) for the placeholder, from pages whose `innhold` has been read."""
    etter_url = {_normaliser(d.url): d for d in alle}   # once per print page, not once per included page
    sider = [d for d in alle if not d.rutine and not d.mal]
    rutiner = [d for d in alle if d.rutine]
    maler = [d for d in alle if d.mal]
    lenke = lambda d: f'<a href="#{d.prefiks}">{html.escape(d.tittel)}</a>'  # noqa: E731
    punkter = [f"<li>{lenke(d)}</li>" for d in sider]
    if rutiner:
        punkter.append(f'<li><a href="#{RUTINEGRUPPE_ID}">Rutinene</a><ul>'
                       + "".join(f"<li>{lenke(d)}</li>" for d in rutiner) + "</ul></li>")
    if maler:
        punkter.append(f'<li><a href="#{MALGRUPPE_ID}">Malene</a><ul>'
                       + "".join(f"<li>{lenke(d)}</li>" for d in maler) + "</ul></li>")
    ut = [
        f'<p class="utskrift-dato">Utskriftsversjonen er laget {norsk_dato(idag)}. Den gjeldende versjonen står '
        "alltid på nettstedet – sjekk der før du bruker en utskrift.</p>",
        _overskrift(2, "innhold", "Innhold"),
        f"<ul>{''.join(punkter)}</ul>",
    ]
    for d in sider:
        ut.append(_Omskriver(utskrift_url, etter_url, d).skriv(d.innhold))
    if rutiner:
        ut += [_overskrift(2, RUTINEGRUPPE_ID, "Rutinene", "utskrift-del utskrift-side"),
               "<p>Rutinene står i alfabetisk rekkefølge etter tittel. Utgåtte rutiner er ikke med.</p>"]
        ut += [_Omskriver(utskrift_url, etter_url, d).skriv(d.innhold) for d in rutiner]
    if maler:
        ut += [_overskrift(2, MALGRUPPE_ID, "Malene", "utskrift-del utskrift-side"),
               "<p>Malene til utskrift står i alfabetisk rekkefølge etter tittel, hver på nytt ark.</p>"]
        ut += [_Omskriver(utskrift_url, etter_url, d).skriv(d.innhold) for d in maler]
    return "\n".join(ut)


def fyll_inn(side_html: str, samlet: str, fil: str) -> str:
    if side_html.count(PLASSHOLDER) != 1:
        raise MakroFeil(f"{fil}: fant ikke nøyaktig én plassholder for utskriftsversjonen "
                        "({{ utskriftsversjon() }} skal stå én gang på siden)")
    return side_html.replace(PLASSHOLDER, f'<div class="utskrift-samling">\n{samlet}\n</div>')


# --- after the build: files in, file out ------------------------------------------------------------------

def _html_fil(site: Path, url: str) -> Path:
    return site / (url if url.endswith(".html") else url + "index.html")


def skriv_utskriftsversjon(ds: Datasett, site: Path, brukt_pa: list[Side], idag: date,
                           directory_urls: bool = True) -> None:
    """Fill the placeholder on every page that called {{ utskriftsversjon() }} (normally one)."""
    if not brukt_pa:
        return
    alle = deler(ds, directory_urls)
    for d in alle:
        fil = _html_fil(site, d.url)
        if not fil.is_file():
            raise MakroFeil(f"utskriftsversjonen skal ta med docs/{d.src}, men siden ble ikke bygd ({fil})")
        les_innhold(d, fil.read_text(encoding="utf-8"), str(fil))
    for side in brukt_pa:
        fil = _html_fil(site, side.url)
        samlet = sett_sammen(side.url, alle, idag)
        fil.write_text(fyll_inn(fil.read_text(encoding="utf-8"), samlet, str(fil)), encoding="utf-8")
