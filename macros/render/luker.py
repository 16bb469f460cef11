"""«Hva mangler før nettstedet tas i bruk»: every visible gap on the built site, grouped by who must fill it in.

Read from the built pages (which are made from data/ and docs/), so the list can never drift from what readers
see: a «mangler – fylles inn av …» field (<span class="mangler">) and a «Kommunen må fylle inn» box.
Plain Python, no MkDocs: on_post_build fills the page in, scripts/rapport.py --luker prints the same list.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

MARKOR_TEKST = "HV-ARBEIDSLISTE-FYLLES-INN-ETTER-BYGGET"
# pages that explain the gap markup, the print copy of other pages, and the work list itself
UTELATT = ("om-nettstedet/", "utskrift/")

_FELT = re.compile(r'<span class="mangler">mangler – fylles inn av (.*?)</span>', re.S)
_BOKS = re.compile(r'<p class="admonition-title">Kommunen må fylle inn</p>\s*(.*?)</div>', re.S)
_HVEM = re.compile(r"[Ff]ylles inn av (.+?)(?:\.|$)")
_TAGG = re.compile(r"<[^>]+>")
_TITTEL = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)


@dataclass(frozen=True)
class Luke:
    url: str        # page URL relative to the site root, e.g. tjenester/nav/
    tittel: str     # the page's heading
    hvem: str       # who must fill it in
    slag: str       # «felt» or «boks»
    tekst: str      # what is missing (for boxes: the box text)


def _ren(tekst: str) -> str:
    return " ".join(html.unescape(_TAGG.sub("", tekst)).split())


def finn_luker(site: Path) -> list[Luke]:
    luker: list[Luke] = []
    for fil in sorted(site.rglob("index.html")):
        url = fil.parent.relative_to(site).as_posix()
        url = "" if url == "." else url + "/"
        if url.startswith(UTELATT) or url.startswith(("404", "assets/")):
            continue
        kilde = fil.read_text(encoding="utf-8")
        innhold = kilde.split('<article', 1)[-1]
        m = _TITTEL.search(innhold)
        tittel = _ren(m.group(1)).rstrip("¶").strip() if m else url
        for felt in _FELT.finditer(innhold):
            hvem = _ren(felt.group(1))
            luker.append(Luke(url, tittel, hvem, "felt", f"mangler – fylles inn av {hvem}"))
        for boks in _BOKS.finditer(innhold):
            tekst = _ren(boks.group(1))
            h = _HVEM.search(tekst)
            luker.append(Luke(url, tittel, h.group(1).strip() if h else "ikke oppgitt", "boks", tekst))
    return luker


def grupper(luker: list[Luke]) -> dict[str, list[Luke]]:
    per: dict[str, list[Luke]] = defaultdict(list)
    for luke in luker:
        per[luke.hvem[:1].lower() + luke.hvem[1:]].append(luke)
    return dict(sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _sider(luker: list[Luke]) -> dict[str, tuple[str, int, int]]:
    sider: dict[str, list] = {}
    for luke in luker:
        rad = sider.setdefault(luke.url, [luke.tittel, 0, 0])
        rad[1 if luke.slag == "felt" else 2] += 1
    return {u: tuple(v) for u, v in sider.items()}


def som_tekst(luker: list[Luke]) -> str:
    felt = sum(1 for luke in luker if luke.slag == "felt")
    ut = [f"Hva mangler før nettstedet tas i bruk: {len(luker)} luker ({felt} felt «mangler – fylles inn av …», "
          f"{len(luker) - felt} bokser «Kommunen må fylle inn») på {len({luke.url for luke in luker})} sider.", ""]
    for hvem, rader in grupper(luker).items():
        ut.append(f"{hvem} ({len(rader)}):")
        for url, (tittel, f, b) in _sider(rader).items():
            deler = ([f"{f} felt"] if f else []) + ([f"{b} boks" + ("er" if b > 1 else "")] if b else [])
            ut.append(f"  {tittel} – /{url} – {', '.join(deler)}")
        ut.append("")
    return "\n".join(ut)


def som_html(luker: list[Luke], href) -> Markup:
    """href(url) -> relative link from the work list page to the page at url."""
    felt = sum(1 for luke in luker if luke.slag == "felt")
    deler = [Markup("<p>{} luker: {} felt «mangler – fylles inn av …» og {} bokser «Kommunen må fylle inn», "
                    "på {} sider.</p>").format(len(luker), felt, len(luker) - felt, len({lk.url for lk in luker}))]
    for hvem, rader in grupper(luker).items():
        deler.append(Markup("<h2>{} ({})</h2>\n<ul>").format(hvem[:1].upper() + hvem[1:], len(rader)))
        for url, (tittel, f, b) in _sider(rader).items():
            antall = ([f"{f} felt"] if f else []) + ([f"{b} boks" + ("er" if b > 1 else "")] if b else [])
            deler.append(Markup('<li><a href="{}">{}</a>: {}</li>').format(href(url), tittel, ", ".join(antall)))
        deler.append(Markup("</ul>"))
    return Markup("\n").join(deler)
