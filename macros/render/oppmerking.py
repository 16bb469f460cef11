"""Small HTML building blocks shared by all renderers (escaping, gaps, links)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from ..data.eksterne import LOVREGISTER_VERT, tillatt, vert

# Characters that start Markdown syntax (links, images, emphasis, code, headings' {#anchor}, raw HTML after
# unescaping). As numeric entities they are inert in every Markdown context (inline, headings, tables, link
# text) and still show as the character itself.
_MARKDOWN_TEGN = {ord(t): f"&#{ord(t)};" for t in "\\`*_[]!{}|"}
# A URL from data is written into Markdown or an attribute: nothing that could end it or start markup.
_URL_TEGN = re.compile(r"^[A-Za-z0-9\-._~:/?#@!$&*+,;=%§]+$")
# Hosts every site may link to without its own register (the law register points to Lovdata). The build's full
# list is Datasett.verter: this plus the hosts of data/lenker.yml (macros/data/eksterne.py).
STANDARD_VERTER = frozenset({LOVREGISTER_VERT})
# How a link that leaves the intranet is marked: a class (an arrow on screen, the address on paper, hv.css and
# utskrift.css) and text for screen readers, hidden on screen.
EKSTERN_KLASSE = "hv-ekstern"
EKSTERN_TEKST = " (ekstern side)"


def md_tekst(verdi) -> str:
    """THE rule for every data value that ends up in Markdown (inline macros, headings, titles, link text):
    HTML-escaped, and Markdown syntax shown as text. `<script>`, `[x](javascript:…)` and `![](https://…)` in a
    name are shown as those characters, never as markup."""
    return str(escape(str(verdi))).translate(_MARKDOWN_TEGN)


class UtryggAdresse(ValueError):
    """A URL from data that is not https, has an unknown host, or has characters that could break out."""


def trygg_url(url: str, verter=STANDARD_VERTER) -> str:
    """https only, host (or a subdomain of it) from the register, no characters that end a link."""
    deler = urlsplit(str(url))
    vertsnavn = vert(url)
    if deler.scheme != "https" or not _URL_TEGN.match(str(url)):
        raise UtryggAdresse(f"adressen {escape(str(url))[:80]} må begynne med https:// og kan ikke ha mellomrom, "
                            "anførselstegn, parenteser eller < >")
    if not tillatt(vertsnavn, verter):
        raise UtryggAdresse(f"nettstedet lenker ikke til {vertsnavn or 'adressen'}: verten står ikke i registeret "
                            f"over eksterne nettsteder, data/lenker.yml ({', '.join(sorted(verter))}). Legg "
                            "adressen inn der med «kilde_url» og «kontrollert»")
    return str(url)

def mangler(hvem: str = "tjenesten") -> Markup:
    """A visible gap. The lead's CSS styles .mangler; the text itself says what to do."""
    return Markup('<span class="mangler">mangler – fylles inn av {}</span>').format(hvem)


def lenke(href: str, tekst: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, tekst)


def ekstern_lenke(href: str, tekst: str, verter=STANDARD_VERTER) -> Markup:
    """A link that leaves the intranet: https, host from the register, marked (class + hidden text).
    Opens in the same tab on purpose (no target=_blank): predictable for screen-reader users."""
    return Markup('<a class="{}" href="{}">{}<span class="hv-skjult">{}</span></a>').format(
        EKSTERN_KLASSE, trygg_url(href, verter), tekst, EKSTERN_TEKST)


_A_TAGG = re.compile(r"<a\s([^>]*)>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_KLASSE = re.compile(r"""\bclass\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


def merk_eksterne_lenker(html: str, verter=STANDARD_VERTER) -> str:
    """Mark every link to another site in a finished page the way ekstern_lenke() does: the class, and the hidden
    text before </a>. Links already marked are left alone. An address that is not https, or whose host is not in
    the register, raises UtryggAdresse (the caller says which page)."""
    deler: list[str] = []
    pos = 0
    for treff in _A_TAGG.finditer(html):
        attributter = treff.group(1)
        href = _HREF.search(attributter)
        if not href or not re.match(r"(?i)https?://", href.group(2)):
            continue
        trygg_url(escape_fri(href.group(2)), verter)
        klasse = _KLASSE.search(attributter)
        if klasse and EKSTERN_KLASSE in klasse.group(2).split():
            continue
        slutt = html.find("</a>", treff.end())
        if slutt < 0:
            continue
        if klasse:
            nye = (attributter[:klasse.start(2)] + klasse.group(2) + " " + EKSTERN_KLASSE + attributter[klasse.end(2):])
        else:
            nye = f'class="{EKSTERN_KLASSE}" ' + attributter
        deler.append(html[pos:treff.start()])
        deler.append(f"<a {nye}>" + html[treff.end():slutt] + f'<span class="hv-skjult">{EKSTERN_TEKST}</span>')
        pos = slutt
    deler.append(html[pos:])
    return "".join(deler)


def escape_fri(href: str) -> str:
    """An href as written in HTML, with &amp; back to & (the address itself)."""
    return href.replace("&amp;", "&")


def komma(deler) -> Markup:
    deler = [escape(d) for d in deler]
    return Markup(", ").join(deler) if deler else Markup("")


def blokk(html: str) -> str:
    """Block macro output: blank lines around, no blank lines inside, nothing indented."""
    linjer = [linje.strip() for linje in str(html).splitlines() if linje.strip()]
    return "\n\n" + "\n".join(linjer) + "\n\n"


def status_merke(status: str, tekst: str) -> Markup:
    """A routine's status badge (styled by rutiner.css). The routine header's template draws the same markup."""
    return Markup('<span class="rutinestatus rutinestatus--{}">{}</span>').format(status, tekst)


def i_setning(navn: str) -> str:
    """A service or role name mid-sentence: «oppgavene barnehagene har», not «… Barnehagene har».
    Abbreviations (NAV, PPT, FOBU) keep their capitals: a second capital letter marks them."""
    if len(navn) > 1 and navn[0].isupper() and not navn[1].isupper():
        return navn[0].lower() + navn[1:]
    return navn
