"""Rå HTML i sidenes Markdown: det tillatte utvalget (docs/om-nettstedet/konvensjoner.md) og det som stopper.

Sidene skrives av vedlikeholdere, ikke av utviklere. Et skript, en innebygd ramme, en hendelse (onerror=),
en stil eller et eksternt bilde i en side ville kjøre eller laste noe utenfor intranettet; CSP-en ville stoppe
noe av det i nettleseren, men bare med en engelsk melding i konsollen. Her stopper bygget med fil og linje.
Kodeblokker (``` … ```) og `kode` i teksten er eksempler og sjekkes ikke.
"""
from __future__ import annotations

import html
import re

FORBUDTE_ELEMENTER = ("script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "meta",
                      "link", "style", "form", "input", "button", "textarea", "select", "svg", "math", "template")

_KODEGJERDE = re.compile(r"^\s*(```|~~~)")
_INNEBYGD_KODE = re.compile(r"`+[^`]*`+")
_ELEMENT = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>?")
_HENDELSE = re.compile(r"(?:^|[\s\"'/])(on[a-z]+)\s*=", re.IGNORECASE)
_STIL = re.compile(r"(?:^|[\s\"'/])style\s*=", re.IGNORECASE)
# Bare der en adresse står: [x](…), [x]: …, href=…, <…>. «Uten JavaScript:» i en setning er lov.
_SKRIPT_URL = re.compile(r"(?:\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|=\s*[\"']?|<)\s*(?:(?:java|vb)script\s*:|data\s*:\s*text/html)",
                         re.IGNORECASE)
_EKSTERN_KILDE = re.compile(r"(?:^|[\s\"'/])(?:src|srcset|poster|data|href|action|background)\s*=\s*[\"']?\s*"
                            r"(?:https?:)?//", re.IGNORECASE)
# mkdocs-macros' feilsøkingsmakroer viser byggestier og hele konfigurasjonen; de er slått av (portvakt.py).
_FEILSOKING = re.compile(r"\{\{[^}]*\b(macros_info|context)\s*\(")
_EKSTERNT_BILDE_MD = re.compile(r"!\[[^\]]*\]\(\s*<?(?:https?:)?//", re.IGNORECASE)


def _linjer_utenfor_kode(tekst: str):
    i_kode = False
    for nr, linje in enumerate(tekst.splitlines(), start=1):
        if _KODEGJERDE.match(linje):
            i_kode = not i_kode
            continue
        if not i_kode:
            yield nr, _INNEBYGD_KODE.sub("", linje)


def sjekk_markdown(tekst: str, fil: str) -> list[str]:
    """Én melding per linje med noe som ikke er tillatt (den første grunnen på linjen)."""
    feil = []
    for nr, linje in _linjer_utenfor_kode(tekst):
        grunn = _grunn(linje)
        if grunn:
            feil.append(f"{fil}, linje {nr}: {grunn}")
    return feil


def _grunn(linje: str) -> str | None:
    if "&" in linje:
        linje = html.unescape(linje)  # «javascript&#58;» er det samme som «javascript:»
    feilsoking = _FEILSOKING.search(linje)
    if feilsoking:
        return (f"feilsøkingsmakroen {feilsoking.group(1)}() er slått av: den ville publisere byggestier og "
                "konfigurasjonen. Fjern den fra siden.")
    if _SKRIPT_URL.search(linje):
        return ("en lenke med «javascript:» (eller «data:text/html») er ikke tillatt. Lenk til en side "
                "på nettstedet eller en https-adresse.")
    if _EKSTERNT_BILDE_MD.search(linje):
        return ("bilder fra andre nettsteder lastes ikke (alt skal komme fra intranettet). Lagre bildet i "
                "docs/assets/bilder/ og lenk til det der.")
    for treff in _ELEMENT.finditer(linje):
        navn, attributter = treff.group(2).lower(), treff.group(3) or ""
        if navn in FORBUDTE_ELEMENTER:
            return (f"HTML-elementet <{navn}> er ikke tillatt i sidene. Skriv innholdet som vanlig Markdown; "
                    "se «Tillatt HTML» i docs/om-nettstedet/konvensjoner.md.")
        hendelse = _HENDELSE.search(attributter)
        if hendelse:
            return (f"attributtet «{hendelse.group(1)}=» på <{navn}> er ikke tillatt (det kjører skript). "
                    "Fjern det.")
        if _STIL.search(attributter):
            return (f"attributtet «style=» på <{navn}> er ikke tillatt. Utseendet står i stilarkene; bruk en "
                    "klasse fra konvensjonene eller vanlig Markdown.")
        if _EKSTERN_KILDE.search(attributter):
            return (f"<{navn}> henter noe fra et annet nettsted. Alt skal komme fra intranettet: lagre filen "
                    "i docs/assets/ og lenk til den der (vanlige lenker skrives [tekst](https://…)).")
    return None
