"""Small HTML building blocks shared by all renderers (escaping, gaps, links)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup, escape

# Characters that start Markdown syntax (links, images, emphasis, code, headings' {#anchor}, raw HTML after
# unescaping). As numeric entities they are inert in every Markdown context (inline, headings, tables, link
# text) and still show as the character itself.
_MARKDOWN_TEGN = {ord(t): f"&#{ord(t)};" for t in "\\`*_[]!{}|"}
# A URL from data is written into Markdown or an attribute: nothing that could end it or start markup.
_URL_TEGN = re.compile(r"^[A-Za-z0-9\-._~:/?#@!$&*+,;=%§]+$")
# Hosts every site may link to without its own register (the law register points to Lovdata).
STANDARD_VERTER = frozenset({"lovdata.no"})


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
    vert = (deler.hostname or "").lower()
    if deler.scheme != "https" or not _URL_TEGN.match(str(url)):
        raise UtryggAdresse(f"adressen {escape(str(url))[:80]} må begynne med https:// og kan ikke ha mellomrom, "
                            "anførselstegn, parenteser eller < >")
    if not any(vert == v or vert.endswith("." + v) for v in verter):
        raise UtryggAdresse(f"nettstedet lenker ikke til {vert or 'adressen'}: verten står ikke i registeret "
                            f"over eksterne nettsteder ({', '.join(sorted(verter))})")
    return str(url)

def mangler(hvem: str = "tjenesten") -> Markup:
    """A visible gap. The lead's CSS styles .mangler; the text itself says what to do."""
    return Markup('<span class="mangler">mangler – fylles inn av {}</span>').format(hvem)


def lenke(href: str, tekst: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, tekst)


def ekstern_lenke(href: str, tekst: str) -> Markup:
    # opens in the same tab on purpose (no target=_blank): predictable for screen-reader users
    return Markup('<a href="{}">{}</a>').format(href, tekst)


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
