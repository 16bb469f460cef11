"""Utskrift: utskriftsversjonen (macros/utskrift.py), stilarket for papir (utskrift.css) og PDF-en
(scripts/lag_pdf.py, `make pdf`).

1. Sammensetningen uten MkDocs: én H1, unike id-er, lenker som peker riktig.
2. Det bygde nettstedet: utskriftsversjonen er komplett og gyldig, og står utenfor søket.
3. I Chromium med utskriftsmedier: meny og topp borte, rutinehodet med, adresser etter eksterne lenker,
   sideskift før hvert trinn.
4. PDF-en lages fra det serverte nettstedet og sjekkes med ren Python: %PDF, antall sider, bokmerkene.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import _datalag  # noqa: F401  (sets sys.path)
from _datalag import ROT, fixture_datasett

from macros.data_loader import Kilder, last_datasett
from macros.errors import MakroFeil
from macros.links import Side
from macros.utskrift import prefiks_for, utskriftsversjon

sys.path.insert(0, str(ROT / "scripts"))
import lag_pdf  # noqa: E402

UTSKRIFT = Side(src="utskrift/handlingsveileder.md", url="utskrift/handlingsveileder/")

VEILEDER = """\
# Fra bekymring til handling

Gå til [den akutte veien](akutt.md) eller [trinn 2](#trinn-2). Se [Anonym](../rutiner/anonym-drofting.md#formal)
og [NAV](../tjenester/nav.md#kontakt), [Lovdata](https://lovdata.no/x) og [e-post](mailto:a@b.no).[^1]

## Trinn 1: Du legger merke til noe {#trinn-1}

### Gjør dette

<svg aria-labelledby="fig-tittel"><title id="fig-tittel">Figur</title><a href="#trinn-2">2</a>
<path marker-end="url(#fig-pil)"/><a href="../../handlingsveileder/akutt/">akutt</a></svg>

## Trinn 2: Drøft bekymringen {#trinn-2}

### Gjør dette

```text
# ikke en overskrift [ikke](akutt.md) id="x"
```

[^1]: En fotnote.
"""
AKUTT = """\
# Akutt fare

Tilbake til [veien](index.md#trinn-1) og [toppen](index.md).

## Ring 112 {: #ring }

Avsnitt med id.
{: #avsnitt }
"""
RUTINE = """\
---
title: Anonym drøfting
rutine: {id: anonym-drofting}
---
# Anonym drøfting

## Formål {#formal}

Se [meld](melde-bekymring.md) og [trinn 1](../handlingsveileder/index.md#trinn-1).[^1]

[^1]: En annen fotnote.
"""
MELDE = "# Melde bekymring\n\n## Formål {#formal}\n\nTekst.\n"


def _rutinehode(side, src):
    return ('<div class="rutinehode" role="group" aria-labelledby="rutinehode-tittel">\n'
            '  <p id="rutinehode-tittel">Om rutinen</p>\n</div>')


@pytest.fixture
def sammensatt(tmp_path) -> str:
    ds = fixture_datasett()
    for sti, tekst in {"handlingsveileder/index.md": VEILEDER, "handlingsveileder/akutt.md": AKUTT,
                       "rutiner/anonym-drofting.md": RUTINE, "rutiner/melde-bekymring.md": MELDE}.items():
        (tmp_path / sti).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / sti).write_text(tekst, encoding="utf-8")
    return utskriftsversjon(ds, UTSKRIFT, tmp_path, lambda tekst: tekst, _rutinehode, date(2025, 3, 1))


# ---------- 1. sammensetningen ----------
def test_prefiks_for_sider():
    assert prefiks_for("handlingsveileder/index.md") == "handlingsveileder"
    assert prefiks_for("handlingsveileder/akutt.md") == "handlingsveileder-akutt"
    assert prefiks_for("rutiner/anonym-drofting.md") == "rutiner-anonym-drofting"


def test_en_h1_og_overskriftene_flyttes_ned(sammensatt):
    linjer = sammensatt.splitlines()
    assert [x for x in linjer if x.startswith("# ")] == ['# ikke en overskrift [ikke](akutt.md) id="x"']  # kode
    assert "## Fra bekymring til handling {#handlingsveileder .utskrift-del .utskrift-side}" in linjer
    assert "### Trinn 1: Du legger merke til noe {#handlingsveileder-trinn-1}" in linjer
    # id-en en overskrift uten anker har på sin egen side (MkDocs: gjr-dette, gjr-dette_1), med prefiks
    assert "#### Gjør dette {#handlingsveileder-gjr-dette}" in linjer
    assert "#### Gjør dette {#handlingsveileder-gjr-dette_1}" in linjer
    assert "## Rutinene {#rutiner .utskrift-del .utskrift-side}" in linjer
    assert "### Anonym drøfting {#rutiner-anonym-drofting .utskrift-del .utskrift-rutine}" in linjer
    assert "#### Formål {#rutiner-anonym-drofting-formal}" in linjer
    assert "#### Formål {#rutiner-melde-bekymring-formal}" in linjer
    assert "title: Anonym drøfting" not in sammensatt   # front matter er fjernet


def test_lenker_peker_inn_i_siden_eller_til_riktig_side(sammensatt):
    assert "[den akutte veien](#handlingsveileder-akutt)" in sammensatt
    assert "[trinn 2](#handlingsveileder-trinn-2)" in sammensatt
    assert "[Anonym](#rutiner-anonym-drofting-formal)" in sammensatt
    assert "[NAV](../tjenester/nav.md#kontakt)" in sammensatt          # ikke med: relativ sti herfra
    assert "[Lovdata](https://lovdata.no/x)" in sammensatt and "(mailto:a@b.no)" in sammensatt
    assert "[veien](#handlingsveileder-trinn-1)" in sammensatt and "[toppen](#handlingsveileder)" in sammensatt
    assert "[meld](#rutiner-melde-bekymring)" in sammensatt
    assert "[trinn 1](#handlingsveileder-trinn-1)" in sammensatt


def test_html_id_er_fotnoter_og_attr_list_blir_unike(sammensatt):
    assert '<svg aria-labelledby="handlingsveileder-fig-tittel"><title id="handlingsveileder-fig-tittel">' in sammensatt
    assert '<a href="#handlingsveileder-trinn-2">' in sammensatt
    assert 'url(#handlingsveileder-fig-pil)' in sammensatt
    assert '<a href="#handlingsveileder-akutt">akutt</a>' in sammensatt    # HTML-lenke fra en makro
    assert "[^handlingsveileder-1]" in sammensatt and "[^rutiner-anonym-drofting-1]:" in sammensatt
    assert "{: #handlingsveileder-akutt-avsnitt }" in sammensatt
    assert "### Ring 112 {#handlingsveileder-akutt-ring}" in sammensatt
    # rutinehodet: én per rutine, med id-er som ikke kolliderer
    assert sammensatt.count('class="rutinehode"') == 2
    assert 'id="rutiner-anonym-drofting-rutinehode-tittel"' in sammensatt
    assert 'aria-labelledby="rutiner-melde-bekymring-rutinehode-tittel"' in sammensatt


def test_kodeblokker_er_urort(sammensatt):
    assert '# ikke en overskrift [ikke](akutt.md) id="x"' in sammensatt


def test_innhold_og_dato(sammensatt):
    assert "Utskriftsversjonen er laget 1. mars 2025." in sammensatt
    assert "- [Akutt fare](#handlingsveileder-akutt)" in sammensatt
    assert "    - [Melde bekymring](#rutiner-melde-bekymring)" in sammensatt


def test_sider_pa_annen_dybde_stoppes(tmp_path):
    ds = fixture_datasett()
    with pytest.raises(MakroFeil, match="like dypt"):
        utskriftsversjon(ds, Side(src="utskrift.md", url="utskrift/"), tmp_path, str, None, None)


# ---------- 2. det bygde nettstedet ----------
def _ekte():
    return last_datasett(Kilder(datakatalog=ROT / "data", rutinekatalog=ROT / "docs" / "rutiner",
                                docs_katalog=None, prosjektrot=ROT))


def test_bygd_utskriftsversjon_er_komplett_og_gyldig(built_site):
    ds = _ekte()
    s = BeautifulSoup((built_site / "utskrift/handlingsveileder/index.html").read_text(encoding="utf-8"),
                      "html.parser")
    assert len(s.find_all("h1")) == 1
    ider = Counter(el["id"] for el in s.find_all(id=True))
    assert not [i for i, n in ider.items() if n > 1], "like id-er på utskriftsversjonen"
    artikkel = s.find("article")
    interne = [a["href"][1:] for a in artikkel.find_all("a", href=True) if a["href"].startswith("#")]
    assert interne and not [h for h in interne if h not in ider], "lenker til ankre som ikke finnes"
    titler = {h.get_text("").rstrip("¶").strip() for h in artikkel.select(".utskrift-rutine")}
    gjeldende = {r.tittel for r in ds.rutiner.values() if r.meta.status != "utgatt"}
    assert titler == gjeldende
    assert len(artikkel.select(".rutinehode")) == len(gjeldende)
    trinn = [h["id"] for h in artikkel.select("h3[id^='handlingsveileder-trinn-']")]
    assert trinn == [f"handlingsveileder-{t}" for t in ds.trinn]
    assert artikkel.select_one("#handlingsveileder-akutt") is not None
    søk = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "utskrift/handlingsveileder/" not in søk, "utskriftsversjonen skal ikke gi dobbelttreff i søket"


# ---------- 3. utskriftsmedier i Chromium ----------
def _synlig(page, selektor: str) -> bool:
    return page.evaluate("""s => [...document.querySelectorAll(s)].some(el => {
        const r = el.getBoundingClientRect(); return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0;
    })""", selektor)


@pytest.mark.browser
def test_rutine_skrives_ut_uten_meny_med_rutinehode_og_adresser(offline_page, site_url, resultater):
    page = offline_page
    page.emulate_media(media="print")
    page.goto(site_url + "rutiner/anonym-drofting/", wait_until="networkidle")
    for borte in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
                  ".md-content__button", ".headerlink"):
        assert not _synlig(page, borte), f"{borte} skal ikke skrives ut"
    assert _synlig(page, "article h1") and _synlig(page, ".rutinehode")
    etter = page.evaluate("""() => {
        const ut = {}; for (const a of document.querySelectorAll('article a[href]')) {
          const c = getComputedStyle(a, '::after').content;
          (a.href.startsWith(location.origin) ? (ut.intern ??= []) : (ut.ekstern ??= [])).push([a.getAttribute('href'), c]);
        } return ut; }""")
    assert etter["ekstern"] and all(href in innhold for href, innhold in etter["ekstern"]
                                    if href.startswith("http")), "eksterne lenker skal vise adressen"
    assert all(innhold in ("none", "normal", "") for _, innhold in etter["intern"]), "interne lenker skal ikke"
    # innholdet fyller bredden, teksten er svart, og sidens adresse står øverst
    bredde = page.evaluate("[document.querySelector('article').getBoundingClientRect().width, innerWidth]")
    assert bredde[0] >= 0.9 * bredde[1]
    assert page.evaluate("getComputedStyle(document.querySelector('article p')).color") == "rgb(0, 0, 0)"
    adresse = page.evaluate("getComputedStyle(document.querySelector('link[rel=canonical]'), '::before').content")
    assert "Nettadresse: " in adresse and "rutiner/anonym-drofting/" in adresse
    page.screenshot(path=str(resultater / "utskrift-rutine.png"), full_page=True)
    assert page.guard.blocked == []


@pytest.mark.browser
def test_handlingsveilederen_har_sideskift_for_hvert_trinn(offline_page, site_url):
    ds = _ekte()
    page = offline_page
    page.emulate_media(media="print")
    page.goto(site_url + "handlingsveileder/", wait_until="networkidle")
    skift = page.evaluate("""() => [...document.querySelectorAll('article h2[id^="trinn-"]')]
        .map(h => [h.id, getComputedStyle(h).breakBefore])""")
    assert [i for i, _ in skift] == list(ds.trinn) and {b for _, b in skift} == {"page"}
    ikke_del = page.evaluate("""() => [...document.querySelectorAll('article .admonition, article table, article figure')]
        .map(el => getComputedStyle(el).breakInside)""")
    assert ikke_del and set(ikke_del) == {"avoid"}


# ---------- 4. PDF ----------
def _pdf_streng(rå: bytes) -> str:
    """A PDF string object (literal or hex) as text."""
    if rå.startswith(b"<"):
        data = bytes.fromhex(re.sub(rb"\s", b"", rå[1:-1]).decode("ascii"))
        return data[2:].decode("utf-16-be") if data.startswith(b"\xfe\xff") else data.decode("latin-1")
    tekst = re.sub(rb"\\([0-7]{1,3})", lambda m: bytes([int(m.group(1), 8)]), rå[1:-1])
    tekst = re.sub(rb"\\(.)", rb"\1", tekst)
    return tekst.decode("latin-1")


def pdf_info(data: bytes) -> tuple[int, list[str]]:
    """(number of pages, outline titles) – enough to check the PDF without a PDF library."""
    sider = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    titler = [_pdf_streng(t) for t in re.findall(rb"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)", data)]
    return sider, titler


@pytest.mark.browser
def test_pdf_av_hele_handlingsveilederen(browser, site_url, resultater):
    ds = _ekte()
    ut = resultater / "handlingsveileder.pdf"
    info = lag_pdf.lag_pdf(site_url, ut, adresse="https://intranett.asnes.invalid/utskrift/handlingsveileder/",
                           nettleser=browser)
    assert info["blokkert"] == [], "PDF-en prøvde å hente noe utenfra"
    data = ut.read_bytes()
    assert data.startswith(b"%PDF-")
    sider, titler = pdf_info(data)
    rutiner = [r.tittel for r in ds.rutiner.values() if r.meta.status != "utgatt"]
    # hvert trinn og hver rutine begynner på ny side, pluss innholdet, veilederen, akuttsiden og «Rutinene»
    assert sider >= len(ds.trinn) + len(rutiner) + 3, sider
    forventet = (["Handlingsveilederen – utskriftsversjon", "Fra bekymring til handling", ds.akutt.tittel, "Rutinene"]
                 + [f"Trinn {t.nummer}: {t.tittel}" for t in ds.trinn.values()] + rutiner)
    # Chromium tar bort mellomrommet der en lang overskrift brytes over to linjer: sammenlign uten mellomrom
    uten = {re.sub(r"\s+", "", x) for x in titler}
    mangler = [t for t in forventet if re.sub(r"\s+", "", t) not in uten]
    assert not mangler, f"mangler i PDF-ens bokmerker/metadata: {mangler}"
    assert b"/StructTreeRoot" in data, "PDF-en skal være merket (tagged) for skjermlesere"
