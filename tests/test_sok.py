"""Det som gjør søket godt, sjekket på det bygde nettstedet: ordlisten (data/ordliste.yml) som <abbr>,
«også kalt»-linjer, spørsmålssettet (data/sok/sporsmal.yml) og Pagefind-indeksen med orddataene.
Søkene selv kjøres i den ekte søkeboksen i tests/test_sok_nettleser.py.
"""
from __future__ import annotations

import json

import yaml
from bs4 import BeautifulSoup

from conftest import ROOT

from bench_sok import les_sporsmal, url_for

KATEGORIER = {"bøying", "sammensetning", "bindestrek", "æøå", "skrivefeil", "hverdagsord", "spørsmål", "rolle", "fare"}


def _ordliste() -> list[dict]:
    return yaml.safe_load((ROOT / "data" / "ordliste.yml").read_text(encoding="utf-8"))["ord"]


def test_sporsmalssettet_har_minst_150_sok_alle_kategorier_og_en_holdt_ute_del():
    sett = les_sporsmal()
    assert len(sett) >= 150
    assert len({s["q"].casefold() for s in sett}) == len(sett), "samme søk står to ganger"
    for s in sett:
        assert s["del"] in ("justert", "holdt-ute"), s
        for side in s["svar"]:
            assert (ROOT / "docs" / side).is_file(), f"{s['q']}: {side} finnes ikke"
    assert KATEGORIER <= {s["kategori"] for s in sett}
    holdt_ute = [s for s in sett if s["del"] == "holdt-ute"]
    assert 0.25 <= len(holdt_ute) / len(sett) <= 0.4
    for kat in KATEGORIER:
        assert any(s["kategori"] == kat for s in holdt_ute), f"ingen holdt-ute søk i kategorien {kat}"


def test_pagefind_indekserer_bare_artikkelen_og_ikke_utskriften(built_site):
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["no"], "Pagefind skal bruke den norske stammeren"
    sider = [p for p in built_site.rglob("index.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert entry["languages"]["no"]["page_count"] == len(sider) > 40
    assert "data-pagefind-body" not in (built_site / "utskrift" / "handlingsveileder" / "index.html").read_text(encoding="utf-8")
    forside = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert forside.select_one("article[data-pagefind-body]") is not None
    assert forside.select_one("header [data-pagefind-body], nav [data-pagefind-body]") is None


def test_orddataene_har_ordlistens_synonymer_og_fareordene(built_site):
    data = json.loads((built_site / "pagefind" / "sok-ord.json").read_text(encoding="utf-8"))
    for o in _ordliste():
        for syn in o.get("synonymer") or []:
            if syn.casefold() != o["term"].casefold():
                assert data["synonymer"][syn.casefold()] == o["term"], syn
    assert {"vold", "112", "politi", "overgrep", "akutt", "slår"} <= set(data["fare"]["ord"])
    assert (built_site / data["fare"]["side"] / "index.html").is_file()
    assert "stafettlogg" in data["ordforrad"] and all(len(w) >= 5 for w in data["ordforrad"])


def test_a_til_a_har_alle_gjeldende_rutiner_og_lenker_som_virker(built_site):
    s = BeautifulSoup((built_site / "a-a" / "index.html").read_text(encoding="utf-8"), "html.parser")
    lenker = {a["href"].split("#")[0] for a in s.select("article li a[href]")}
    rutiner = [p.parent.name for p in (built_site / "rutiner").glob("*/index.html")]
    for r in rutiner:
        if "Utgått" in (built_site / "rutiner" / r / "index.html").read_text(encoding="utf-8"):
            continue
        assert f"../rutiner/{r}/" in lenker, f"A–Å mangler rutinen {r}"
    for a in lenker:
        assert (built_site / "a-a" / a / "index.html").resolve().is_file(), a


# ---------- det bygde nettstedet: ordliste, <abbr>, «også kalt», søkeindeksen ----------

def _soup(built_site, docs_sti: str) -> BeautifulSoup:
    return BeautifulSoup((built_site / url_for(docs_sti) / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_ordlistesiden_har_ett_anker_per_ord_og_synlige_mangler(built_site):
    s = _soup(built_site, "ordliste.md")
    assert len(s.find_all("h1")) == 1 and s.find("h1").get_text(strip=True).startswith("Ord og forkortelser")
    assert s.select_one(".kort-fortalt")
    for o in _ordliste():
        dt = s.find("dt", id=o["id"])
        assert dt is not None, f"ordlisten mangler #{o['id']}"
        dd = dt.find_next_sibling("dd")
        assert dd.find("a", href=True), f"#{o['id']} har ingen lenke til svaret"
        if o.get("forkortelse") and o.get("utskrevet") is None:
            assert "mangler – fylles inn av" in dd.get_text(), f"#{o['id']}: ukjent forkortelse vises ikke som mangel"
    assert s.find("dt", id="fobu").get_text(strip=True) == "FOBU"


def test_forkortelser_blir_abbr_men_aldri_i_kode(built_site, site_pages):
    kjente = {o["forkortelse"].rstrip("."): o["utskrevet"] for o in _ordliste() if o.get("forkortelse") and o.get("utskrevet")}
    ukjente = {o["forkortelse"] for o in _ordliste() if o.get("forkortelse") and not o.get("utskrevet")}
    sett = set()
    for sti in site_pages:
        if sti == "404.html":
            continue
        s = BeautifulSoup((built_site / sti / "index.html").read_text(encoding="utf-8"), "html.parser")
        innhold = s.select_one("article") or s
        for abbr in innhold.find_all("abbr"):
            tekst = abbr.get_text()
            assert not abbr.find_parent(["code", "pre"]), f"{sti}: <abbr> i kode"
            assert tekst not in ukjente, f"{sti}: {tekst} har ingen kjent forklaring, men fikk <abbr>"
            if tekst in kjente:
                assert abbr["title"] == " ".join(kjente[tekst].split())
                sett.add(tekst)
            nabo = abbr.next_sibling
            assert not (tekst == "IP" and isinstance(nabo, str) and nabo.startswith("-adresse")), \
                f"{sti}: «IP-adresse» er ikke individuell plan"
    assert {"BTI", "NAV", "PPT", "IP"} <= sett


def test_ogsa_kalt_linjen_star_der_svaret_er(built_site):
    for o in _ordliste():
        if not o.get("synonymer"):
            continue
        sti, _, anker = o["side"].partition("#")
        s = _soup(built_site, sti)
        linjer = [p for p in s.select("p.ogsa-kalt") if p.get_text().startswith(o["term"])]
        assert len(linjer) == 1, f"{sti}: fant ikke «{o['term']} – også kalt» én gang"
        for synonym in o["synonymer"]:
            assert synonym in linjer[0].get_text()
        if anker and s.find(["h2", "h3", "h4"], id=anker):
            overskrift = linjer[0].find_previous(["h1", "h2", "h3", "h4"])
            assert overskrift.get("id") == anker, f"{sti}: «også kalt» for {o['id']} står ikke under #{anker}"
