"""{{ ordliste() }}: the glossary page «Ord og forkortelser» (docs/ordliste.md) from data/ordliste.yml.

Markdown, not HTML, so MkDocs checks every «Les mer» link and anchor in the strict build: a word
whose «side» or anchor disappears stops the build. One definition list per initial letter
(## A, ## B …, Norwegian order: … Z, Æ, Ø, Å); every word is a <dt> with the id from the data
(ordliste/#bti), its explanation, «Også kalt» and a link to the page with the answer.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from ..data.modeller_lesere import Ord
from ..data.feil import MakroFeil
from .lenker import Side, relativ_md_sti
from .oppmerking import mangler
from .ordliste import del_side

_NORSK = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "é": "e", "è": "e", "ü": "u"})
_BOKSTAVANKER = {"Æ": "ae", "Ø": "oe", "Å": "aa"}


def etikett(o: Ord) -> str:
    """What the glossary shows as the word: «BTI – Bedre tverrfaglig innsats», «FOBU», «Samtykke»."""
    if o.forkortelse and o.utskrevet:
        return f"{o.forkortelse} – {o.utskrevet}"
    if o.forkortelse and o.forkortelse != o.term:
        return f"{o.forkortelse} – {o.term}"
    return o.term


def sorteringsnokkel(tekst: str) -> str:
    """Norwegian alphabetical order (æ, ø, å after z), ignoring quotes and case."""
    return tekst.lstrip("«»\"'(").casefold().translate(_NORSK)


def forbokstav(tekst: str) -> str:
    bokstav = tekst.lstrip("«»\"'(")[:1].upper()
    return bokstav if bokstav.isalpha() else "#"


def bokstavanker(bokstav: str) -> str:
    return "bokstav-" + _BOKSTAVANKER.get(bokstav, bokstav.lower() if bokstav.isascii() and bokstav.isalpha() else "andre")


# ---------- titles of the pages the words point to (read from the Markdown sources) ----------
_FRONT_TITTEL = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
_ATTR = re.compile(r"\s*\{:?\s*[#.][^}]*\}\s*$")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def _ren(tekst: str) -> str:
    tekst = _JINJA.sub("", tekst)
    tekst = _ATTR.sub("", tekst)
    return tekst.strip().strip('"').strip("'").strip()


def sidetittel(docs_katalog: Path, src: str) -> Optional[str]:
    """The page's title: front matter «title», else its first «# » line."""
    try:
        tekst = (docs_katalog / src).read_text(encoding="utf-8")
    except OSError:
        return None
    if tekst.startswith("---"):
        slutt = tekst.find("\n---", 3)
        if slutt != -1:
            treff = _FRONT_TITTEL.search(tekst[:slutt])
            if treff:
                return _ren(treff.group(1)) or None
            tekst = tekst[slutt + 4:]
    for linje in tekst.splitlines():
        if linje.startswith("# "):
            return _ren(linje[2:]) or None
    return None


def ankertittel(docs_katalog: Path, src: str, anker: str) -> Optional[str]:
    """The text of the heading (or definition term) that carries {#anker} in the page source."""
    try:
        tekst = (docs_katalog / src).read_text(encoding="utf-8")
    except OSError:
        return None
    monster = re.compile(r"\{:?\s*#" + re.escape(anker) + r"(\s[^}]*)?\}\s*$")
    for linje in tekst.splitlines():
        if monster.search(linje):
            return _ren(linje.lstrip("#").strip()) or None
    return None


def _lenketekst(docs_katalog: Path, o: Ord) -> str:
    src, anker = del_side(o.side)
    tittel = sidetittel(docs_katalog, src) or src
    if anker:
        del_tittel = ankertittel(docs_katalog, src, anker)
        if del_tittel and del_tittel.casefold() not in tittel.casefold():
            return f"{del_tittel} ({tittel})"
    return tittel


def _md_tekst(tekst: str) -> str:
    """Plain data text safe inside Markdown (no accidental emphasis, links or Jinja)."""
    tekst = " ".join(tekst.split()).replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"([\\`*_\[\]])", r"\\\1", tekst)


def _aktor_navn(ds, aktor_id: str) -> str:
    if aktor_id in ds.tjenester:
        return ds.tjenester[aktor_id].navn
    if aktor_id in ds.roller:
        navn = ds.roller[aktor_id].navn
        return navn[:1].lower() + navn[1:]
    return aktor_id


def ordliste(ds, side: Side, docs_katalog: Path) -> str:
    """{{ ordliste() }}: all words, grouped by initial letter, each with an anchor and a link to its answer."""
    if not ds.ordliste:
        raise MakroFeil("data/ordliste.yml har ingen ord")
    ordene = sorted(ds.ordliste.values(), key=lambda o: sorteringsnokkel(etikett(o)))
    grupper: dict[str, list[Ord]] = {}
    for o in ordene:
        grupper.setdefault(forbokstav(etikett(o)), []).append(o)

    ut: list[str] = []
    hopp = " · ".join(f"[{b}](#{bokstavanker(b)})" for b in grupper)
    ut += [f"**Hopp til bokstav:** {hopp}", "{: .ordliste-bokstaver }", ""]
    for bokstav, liste in grupper.items():
        ut += [f"## {bokstav} {{#{bokstavanker(bokstav)}}}", ""]
        for o in liste:
            ut.append(f"{_md_tekst(etikett(o))} {{: #{o.id} }}")
            ut.append(f":   {_md_tekst(o.forklaring)}")
            if o.forkortelse and o.utskrevet is None:
                hvem = _aktor_navn(ds, o.fylles_inn_av or "")
                ut += ["", f"    **Hva forkortelsen {_md_tekst(o.forkortelse)} står for:** {mangler(hvem)}"]
            if o.synonymer:
                ut += ["", f"    **Også kalt:** {_md_tekst(', '.join(o.synonymer))}"]
            src, anker = del_side(o.side)
            href = relativ_md_sti(side.src, src) + (f"#{anker}" if anker else "")
            ut += ["", f"    **Les mer:** [{_md_tekst(_lenketekst(docs_katalog, o))}]({href})", ""]
    return "\n\n" + "\n".join(ut).rstrip() + "\n\n"
