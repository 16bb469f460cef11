#!/usr/bin/env python3
"""Finn innebygde skript og stiler i et bygd nettsted, og sjekk dem mot CSP-en i nginx-oppsettet.

Hvorfor: CSP-en i deploy/nginx/asnes-handlingsveileder.conf tillater bare skript fra nettstedet selv
pluss noen få innebygde skript som Material legger i hver side. De slippes inn med sha256-hasher,
ikke med 'unsafe-inline'. Hashene må stemme nøyaktig med det bygget inneholder, så dette skriptet
regner dem ut fra det bygde nettstedet i stedet for at noen skal gjøre det for hånd.

    python scripts/csp_hashes.py SITE                 # skriv ut hashene og hvor de brukes
    python scripts/csp_hashes.py SITE --check CONF    # avvik mellom bygget og CONF gir exit 1

Se deploy/README.md («Når Material oppgraderes») for når og hvordan listen oppdateres.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

# Typer som nettleseren kjører som skript; alt annet (f.eks. Materials application/json-konfig) er data
# og omfattes ikke av script-src.
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}


@dataclass
class Funn:
    """Det CSP-en bryr seg om i én side."""
    skript: list[str] = field(default_factory=list)        # innholdet i kjørbare <script> uten src
    stilblokker: list[str] = field(default_factory=list)   # innholdet i <style>
    stilattributter: list[str] = field(default_factory=list)  # style="..."
    hendelser: list[str] = field(default_factory=list)     # onclick="..." o.l.
    javascript_lenker: list[str] = field(default_factory=list)  # href="javascript:..."


class _Leser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.funn = Funn()
        self._i: str | None = None     # "script" eller "style" mens vi er inne i en slik blokk
        self._tekst: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        for navn, verdi in a.items():
            if navn == "style":
                self.funn.stilattributter.append(verdi)
            elif navn.startswith("on"):
                self.funn.hendelser.append(f"{navn}={verdi}")
            elif navn == "href" and verdi.strip().lower().startswith("javascript:"):
                self.funn.javascript_lenker.append(verdi)
        if tag == "script" and "src" not in a and a.get("type", "").strip().lower() in _JS_TYPES:
            self._i, self._tekst = "script", []
        elif tag == "style":
            self._i, self._tekst = "style", []

    def handle_data(self, data):
        if self._i:
            self._tekst.append(data)

    def handle_endtag(self, tag):
        if self._i and tag == self._i:
            (self.funn.skript if tag == "script" else self.funn.stilblokker).append("".join(self._tekst))
            self._i = None


def les_side(html: str) -> Funn:
    leser = _Leser()
    leser.feed(html)
    leser.close()
    return leser.funn


def csp_hash(tekst: str) -> str:
    """'sha256-…' slik CSP regner den: over UTF-8-bytene mellom <script> og </script>."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(tekst.encode("utf-8")).digest()).decode() + "'"


def sider(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def skripthasher(site: Path) -> dict[str, list[str]]:
    """hash -> sidene (relative stier) der skriptet står."""
    hasher: dict[str, list[str]] = {}
    for side in sider(site):
        for tekst in les_side(side.read_text(encoding="utf-8")).skript:
            hasher.setdefault(csp_hash(tekst), []).append(side.relative_to(site).as_posix())
    return hasher


def annet_innebygd(site: Path) -> dict[str, list[str]]:
    """Innebygde stiler, hendelsesattributter og javascript:-lenker; CSP-en vår tillater ingen av dem."""
    out: dict[str, list[str]] = {}
    for side in sider(site):
        f = les_side(side.read_text(encoding="utf-8"))
        rel = side.relative_to(site).as_posix()
        for art, liste in (("<style>", f.stilblokker), ("style=", f.stilattributter),
                           ("on…=", f.hendelser), ("javascript:", f.javascript_lenker)):
            for verdi in liste:
                out.setdefault(f"{art} {verdi[:80]}", []).append(rel)
    return out


def hasher_i_conf(conf: Path) -> set[str]:
    return set(re.findall(r"'sha256-[A-Za-z0-9+/=]+'", conf.read_text(encoding="utf-8")))


def avvik(site: Path, conf: Path) -> list[str]:
    """Tom liste når CONF tillater nøyaktig de innebygde skriptene bygget har, og ikke noe annet innebygd."""
    bygget, tillatt = skripthasher(site), hasher_i_conf(conf)
    meldinger = [f"mangler i CSP: {h} (brukt i {len(bygget[h])} sider, f.eks. {bygget[h][0]})"
                 for h in sorted(set(bygget) - tillatt)]
    meldinger += [f"ubrukt hash i CSP (fjern den): {h}" for h in sorted(tillatt - set(bygget))]
    meldinger += [f"innebygd {hva} i {len(s)} sider, f.eks. {s[0]} – CSP-en tillater ikke dette"
                  for hva, s in sorted(annet_innebygd(site).items())]
    return meldinger


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("site", type=Path, help="katalogen med det bygde nettstedet")
    p.add_argument("--check", type=Path, metavar="CONF", help="nginx-oppsettet som skal sjekkes")
    args = p.parse_args(argv)
    if args.check:
        feil = avvik(args.site, args.check)
        for linje in feil:
            print(linje)
        if not feil:
            print(f"OK: {args.check} tillater nøyaktig de innebygde skriptene i {args.site}")
        return 1 if feil else 0
    for h, brukt in sorted(skripthasher(args.site).items(), key=lambda kv: -len(kv[1])):
        print(f"{h}  # {len(brukt)} sider, f.eks. {brukt[0]}")
    for hva, s in sorted(annet_innebygd(args.site).items()):
        print(f"ADVARSEL innebygd {hva} i {len(s)} sider, f.eks. {s[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
