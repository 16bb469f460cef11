"""Lag søkeindeksen av det bygde nettstedet: merk innholdet, kjør Pagefind, skriv orddataene.

1. merk_html: bare artikkelen (innholdet) skal i indeksen, ikke meny, topptekst og bunntekst; ellers
   treffer hvert ord i menyen alle sider. Sider med `search: exclude` (utskriftsversjonen, utgåtte
   rutiner) får ingen merking og kommer ikke med.
2. kjor_pagefind: binærfilen fra hjul-pakken pagefind-bin (requirements.lock), ingen nettilgang.
   Språket tvinges til «no»: Material skriver <html lang="nb">, og Pagefinds norske stammer heter «no».
3. skriv_orddata: data/sok/ord.yml (+ synonymene i data/ordliste.yml) som JSON ved siden av indeksen;
   sok.js henter den først når noen søker.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import yaml

PROSJEKT = Path(__file__).resolve().parents[2]
# The words are the municipality's, so they are read from the data dir of the site being built
# (the adapter passes it); this default is the repository's own data/.
DATAKATALOG = PROSJEKT / "data"
UTELATT = ("404.html", "pagefind/")   # aldri søketreff; resten sier front matter (search: exclude)
_ARTIKKEL = re.compile(r'<article class="md-content__inner md-typeset"')
_H1 = re.compile(r"<h1([ >])")
_H1_TAGG = re.compile(r"<h1[ >][^>]*>?")


class SokFeil(RuntimeError):
    """Én norsk melding om hva som er galt med søkeindeksen."""


def _sider(nettsted: Path, utelatt: frozenset[str]):
    for fil in sorted(nettsted.rglob("*.html")):
        rel = fil.relative_to(nettsted).as_posix()
        if not rel.startswith(UTELATT) and rel not in utelatt:
            yield fil


def merk_html(nettsted: Path, utelatt: frozenset[str] = frozenset()) -> int:
    antall = 0
    for fil in _sider(nettsted, utelatt):
        tekst = fil.read_text(encoding="utf-8")
        if "data-pagefind-body" in tekst:
            continue
        ny, n = _ARTIKKEL.subn('<article data-pagefind-body class="md-content__inner md-typeset"', tekst, count=1)
        if not n:
            continue
        # Tittelen teller mest: søker man på sidens navn, skal siden komme først. En side kan selv be om mindre
        # vekt på tittelen ({: data-pagefind-weight="…" } etter overskriften), slik malene til utskrift gjør:
        # de skal ikke gå foran rutinen de hører til.
        h1 = _H1_TAGG.search(ny)
        if h1 is None or "data-pagefind-weight" not in h1.group(0):
            ny = _H1.sub(r'<h1 data-pagefind-weight="10"\1', ny, count=1)
        fil.write_text(ny, encoding="utf-8")
        antall += 1
    return antall


def pagefind_program() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as feil:  # pragma: no cover - lås-filen har den
        raise SokFeil("Fant ikke pakken pagefind-bin. Kjør `make .venv/.installert`.") from feil
    return Path(get_executable())


def kjor_pagefind(nettsted: Path) -> None:
    kommando = [str(pagefind_program()), "--site", str(nettsted), "--force-language", "no",
                "--exclude-selectors", ".headerlink", "--quiet"]
    res = subprocess.run(kommando, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        raise SokFeil(f"Pagefind klarte ikke å lage søkeindeksen for {nettsted}:\n{res.stdout}\n{res.stderr}")


def _ordliste_synonymer(datakatalog: Path) -> list[dict]:
    """Synonymene i data/ordliste.yml, så de ikke må skrives to ganger: søkes synonymet, søkes også termen."""
    ordliste = datakatalog / "ordliste.yml"
    if not ordliste.is_file():
        return []
    ut = []
    for o in yaml.safe_load(ordliste.read_text(encoding="utf-8")).get("ord") or []:
        term = str(o.get("term") or "")
        side = str(o.get("side") or "")
        for s in [*(o.get("synonymer") or []), o.get("forkortelse"), term]:
            if s:
                ut.append({"ord": str(s), "betyr": term, "side": side})
    return ut


def _side_url(docs_sti: str) -> str:
    """docs-relativ .md-sti -> URL-sti under nettstedets rot (use_directory_urls), uten anker."""
    stamme = docs_sti.split("#")[0].removesuffix(".md")
    if stamme == "index":
        return ""
    return (stamme.removesuffix("index") if stamme.endswith("/index") else stamme + "/")


def les_orddata(datakatalog: Path = DATAKATALOG) -> dict:
    ord_fil = datakatalog / "sok" / "ord.yml"
    if not ord_fil.is_file():
        raise SokFeil(f"{datakatalog.name}/sok/ord.yml mangler: søket trenger den (se data/sok/ord.yml i motoren "
                      "for hvordan den skrives).")
    data = yaml.safe_load(ord_fil.read_text(encoding="utf-8")) or {}
    for felt in ("stoppord", "synonymer", "fare", "stoy", "bokstaver"):
        if felt not in data:
            raise SokFeil(f"data/sok/ord.yml: feltet «{felt}» mangler. Skriv «{felt}:» med en liste (kan være tom).")
    synonymer, sider = {}, {}
    for rad in _ordliste_synonymer(datakatalog):
        if rad["ord"].casefold() != rad["betyr"].casefold():
            synonymer.setdefault(rad["ord"].casefold(), rad["betyr"])
        # Ordlisten sier hvor svaret på ordet står; søket setter den siden høyt.
        if rad["side"]:
            sider.setdefault(rad["ord"].casefold(), _side_url(rad["side"]))
    fra_ordlisten = dict(synonymer)
    for i, rad in enumerate(data["synonymer"] or []):
        if not isinstance(rad, dict) or "ord" not in rad or "betyr" not in rad:
            raise SokFeil(f"data/sok/ord.yml: synonymer, oppføring {i + 1}: skriv «ord:» og «betyr:».")
        for o in rad["ord"] if isinstance(rad["ord"], list) else [rad["ord"]]:
            if str(o).casefold() in fra_ordlisten:
                raise SokFeil(f"data/sok/ord.yml: synonymer, oppføring {i + 1}: «{o}» står allerede i data/ordliste.yml "
                              f"(betyr «{fra_ordlisten[str(o).casefold()]}» der). Ta det bort her; ordlisten gjelder.")
            synonymer[str(o).casefold()] = str(rad["betyr"])
    return {
        "synonymer": synonymer,
        "sider": sider,
        "fare": {"ord": [str(o).casefold() for o in data["fare"]["ord"]], "side": data["fare"]["side"]},
        "stoy": {str(k).casefold(): [str(x) for x in v] for k, v in (data["stoy"] or {}).items()},
        "bokstaver": data["bokstaver"] or {},
        "stoppord": [str(o).casefold() for o in data["stoppord"] or []],
    }


def skriv_orddata(nettsted: Path, utelatt: frozenset[str] = frozenset(), datakatalog: Path = DATAKATALOG) -> Path:
    ut = nettsted / "pagefind" / "sok-ord.json"
    data = les_orddata(datakatalog)
    data["ordforrad"] = ordforrad(nettsted, utelatt)
    ut.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return ut


_ORD = re.compile(r"[a-zæøåéü0-9]+")
_TAG = re.compile(r"<[^>]+>")


def ordforrad(nettsted: Path, utelatt: frozenset[str] = frozenset()) -> list[str]:
    """Ordene i de indekserte artiklene (≥ 5 bokstaver): grunnlaget for retting av skrivefeil i sok.js."""
    ord_ = set()
    for fil in _sider(nettsted, utelatt):
        tekst = fil.read_text(encoding="utf-8")
        start = tekst.find("data-pagefind-body")
        if start < 0:
            continue
        slutt = tekst.find("</article>", start)
        ord_.update(w for w in _ORD.findall(_TAG.sub(" ", tekst[start:slutt]).casefold()) if len(w) >= 5)
    return sorted(ord_)


def lag_indeks(nettsted: Path, utelatt: frozenset[str] = frozenset(), datakatalog: Path = DATAKATALOG) -> None:
    """utelatt: sider (sti i nettstedet, f.eks. utskrift/handlingsveileder/index.html) som ikke skal være treff."""
    nettsted = Path(nettsted)
    if merk_html(nettsted, utelatt) == 0:
        # Ingen Material-artikkel (små testnettsteder med et annet tema): ingenting å søke i, ingen indeks.
        return
    kjor_pagefind(nettsted)
    skriv_orddata(nettsted, utelatt, datakatalog)
