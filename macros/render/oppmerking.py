"""Small HTML building blocks shared by all renderers (escaping, gaps, links)."""
from __future__ import annotations

from markupsafe import Markup, escape

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
