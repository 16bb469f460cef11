"""Utskrift: utskriftsversjonen (macros/print/utskrift.py), stilarket for papir (utskrift.css) og PDF-en
(scripts/lag_pdf.py, `make pdf`).

1. Sammensetningen uten MkDocs: én H1, unike id-er, lenker som peker riktig.
2. Det bygde nettstedet: utskriftsversjonen er komplett og gyldig, og står utenfor søket.
3. I Chromium med utskriftsmedier: meny og topp borte, rutinehodet med, adresser etter eksterne lenker,
   sideskift før hvert trinn.
4. PDF-en lages fra det serverte nettstedet og sjekkes med ren Python: %PDF, antall sider, bokmerkene.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from _datalag import ekte_datasett, fixture_datasett

from macros.data.feil import MakroFeil
from macros.render.lenker import Side
from macros.print import utskrift
from macros.print.utskrift import prefiks_for

import lag_pdf  # noqa: E402

UTSKRIFT = Side(src="utskrift/handlingsveileder.md", url="utskrift/handlingsveileder/")
PLASS = '<div class="utskrift-samling" data-hv-utskrift></div>'


def _side(innhold: str) -> str:
    """A built page as overrides/main.html writes it: theme around, the content between the markers."""
    return ('<html><body><nav><a href="../">Meny</a></nav><article><a class="md-content__button" href="x">Rediger</a>'
            f"<!--hv:innhold-->\n{innhold}\n<!--/hv:innhold-->"
            '<aside class="md-source-file">Sist endret</aside></article></body></html>')


# HTML as Python-Markdown, the macros and the theme render it (handlingsveileder/index.md -> handlingsveileder/)
VEILEDER = """\
<h1 id="fra-bekymring-til-handling">Fra bekymring til handling<a class="headerlink" href="#fra-bekymring-til-handling">¶</a></h1>
<p>Gå til <a href="akutt/">den akutte veien</a> eller <a href="#trinn-2">trinn 2</a>. Se
<a href="../rutiner/anonym-drofting/#formal">Anonym</a> og <a href="../tjenester/nav/#kontakt">NAV</a>,
<a href="https://lovdata.no/x">Lovdata</a>, <a href="mailto:a@b.no">e-post</a> og <a href="/abs/">rot</a>.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>
<img alt="Logo" src="../assets/bilder/logo.svg"></p>
<h2 id="trinn-1">Trinn 1: Du legger merke til noe<a class="headerlink" href="#trinn-1">¶</a></h2>
<h3 id="gjr-dette">Gjør dette</h3>
<svg aria-labelledby="fig-tittel"><title id="fig-tittel">Figur</title><a href="#trinn-2">2</a>
<path marker-end="url(#fig-pil)" fill="#ffffff"/><a xlink:href="akutt/">akutt</a></svg>
<h2 id="trinn-2">Trinn 2: Drøft bekymringen</h2>
<h3 id="gjr-dette_1">Gjør dette</h3>
<pre><code>&lt;h1 id="x"&gt;ikke en overskrift&lt;/h1&gt; &lt;a href="akutt/"&gt;</code></pre>
<label for="sjekk">Sjekk</label><input id="sjekk" type="checkbox">
<div class="footnote"><ol><li id="fn:1"><p>En fotnote.<a class="footnote-backref" href="#fnref:1">↩</a></p></li></ol></div>"""
AKUTT = """\
<h1 id="akutt-fare">Akutt <abbr title="fare">fare</abbr></h1>
<p>Tilbake til <a href="../#trinn-1">veien</a>, <a href="../">toppen</a> og <a href="../../">forsiden</a>.</p>
<h2 id="ring">Ring 112</h2>
<p id="avsnitt">Avsnitt med id.</p>"""
RUTINE = """\
<h1 id="anonym-drofting">Anonym drøfting</h1>
<div class="kort-fortalt"><p>Kort.</p></div>
<div class="rutinehode" role="group" aria-labelledby="rutinehode-tittel"><p id="rutinehode-tittel">Om rutinen</p>
<a href="../../lovverk/#bvl">bvl</a></div>
<h2 id="formal">Formål</h2>
<p>Se <a href="../melde-bekymring/">meld</a> og <a href="../../handlingsveileder/#trinn-1">trinn 1</a>.</p>"""
MELDE = """\
<h1 id="melde-bekymring">Melde bekymring</h1>
<div class="rutinehode" role="group" aria-labelledby="rutinehode-tittel"><p id="rutinehode-tittel">Om rutinen</p></div>
<h2 id="formal">Formål</h2><p>Tekst.</p>"""


def _bygd(tmp_path, sider: dict[str, str], brukt_pa=(UTSKRIFT,)) -> Path:
    for url, innhold in sider.items():
        fil = tmp_path / url / "index.html"
        fil.parent.mkdir(parents=True, exist_ok=True)
        fil.write_text(innhold, encoding="utf-8")
    utskrift.skriv_utskriftsversjon(fixture_datasett(), tmp_path, list(brukt_pa), date(2025, 3, 1))
    return tmp_path / "utskrift/handlingsveileder/index.html"


@pytest.fixture
def sammensatt(tmp_path) -> str:
    fil = _bygd(tmp_path, {"handlingsveileder": _side(VEILEDER), "handlingsveileder/akutt": _side(AKUTT),
                           "rutiner/anonym-drofting": _side(RUTINE), "rutiner/melde-bekymring": _side(MELDE),
                           "utskrift/handlingsveileder": _side(f"<h1>Utskrift</h1>{PLASS}")})
    return fil.read_text(encoding="utf-8")


@pytest.fixture
def soup(sammensatt) -> BeautifulSoup:
    return BeautifulSoup(sammensatt, "html.parser")


# ---------- 1. sammensetningen ----------
def test_prefiks_for_sider():
    assert prefiks_for("handlingsveileder/index.md") == "handlingsveileder"
    assert prefiks_for("handlingsveileder/akutt.md") == "handlingsveileder-akutt"
    assert prefiks_for("rutiner/anonym-drofting.md") == "rutiner-anonym-drofting"


def test_en_h1_og_overskriftene_flyttes_ned(soup):
    overskrifter = [(h.name, h.get("id"), " ".join(h.get("class", [])), h.get_text("").rstrip("¶"))
                    for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert overskrifter == [
        ("h1", None, "", "Utskrift"),
        ("h2", "innhold", "", "Innhold"),
        ("h2", "handlingsveileder", "utskrift-del utskrift-side", "Fra bekymring til handling"),
        ("h3", "handlingsveileder-trinn-1", "", "Trinn 1: Du legger merke til noe"),
        ("h4", "handlingsveileder-gjr-dette", "", "Gjør dette"),
        ("h3", "handlingsveileder-trinn-2", "", "Trinn 2: Drøft bekymringen"),
        ("h4", "handlingsveileder-gjr-dette_1", "", "Gjør dette"),
        ("h2", "handlingsveileder-akutt", "utskrift-del utskrift-side", "Akutt fare"),
        ("h3", "handlingsveileder-akutt-ring", "", "Ring 112"),
        ("h2", "rutiner", "utskrift-del utskrift-side", "Rutinene"),
        ("h3", "rutiner-anonym-drofting", "utskrift-del utskrift-rutine", "Anonym drøfting"),
        ("h4", "rutiner-anonym-drofting-formal", "", "Formål"),
        ("h3", "rutiner-melde-bekymring", "utskrift-del utskrift-rutine", "Melde bekymring"),
        ("h4", "rutiner-melde-bekymring-formal", "", "Formål"),
    ]


def test_bare_innholdet_mellom_merkene_tas_med(sammensatt, soup):
    assert sammensatt.count("Rediger") == 1 and sammensatt.count("Sist endret") == 1   # bare sidens egne
    assert soup.select_one(".utskrift-samling h2#innhold") is not None
    assert PLASS not in sammensatt and "data-hv-utskrift" not in sammensatt


def test_lenker_peker_inn_i_siden_eller_til_riktig_side(soup):
    lenker = {a.get_text(): a["href"] for a in soup.select(".utskrift-samling a[href]")}
    assert lenker["den akutte veien"] == "#handlingsveileder-akutt"
    assert lenker["trinn 2"] == "#handlingsveileder-trinn-2"
    assert lenker["Anonym"] == "#rutiner-anonym-drofting-formal"
    assert lenker["NAV"] == "../../tjenester/nav/#kontakt"          # ikke med: relativ sti fra utskriften
    assert lenker["Lovdata"] == "https://lovdata.no/x" and lenker["e-post"] == "mailto:a@b.no"
    assert lenker["rot"] == "/abs/"
    assert lenker["veien"] == "#handlingsveileder-trinn-1" and lenker["toppen"] == "#handlingsveileder"
    assert lenker["forsiden"] == "../../"
    assert lenker["meld"] == "#rutiner-melde-bekymring" and lenker["trinn 1"] == "#handlingsveileder-trinn-1"
    assert lenker["bvl"] == "../../lovverk/#bvl"                    # fra rutinehodet
    assert soup.find("img")["src"] == "../../assets/bilder/logo.svg"


def test_id_er_blir_unike_og_pekerne_folger_med(sammensatt, soup):
    ider = Counter(el["id"] for el in soup.find_all(id=True))
    assert [i for i, n in ider.items() if n > 1] == []
    interne = [a["href"][1:] for a in soup.select(".utskrift-samling a[href^='#']")]
    assert interne and [h for h in interne if h not in ider] == []
    svg = soup.find("svg")
    assert svg["aria-labelledby"] == "handlingsveileder-fig-tittel" and svg.title["id"] == svg["aria-labelledby"]
    assert svg.path["marker-end"] == "url(#handlingsveileder-fig-pil)" and svg.path["fill"] == "#ffffff"
    assert 'xlink:href="#handlingsveileder-akutt"' in sammensatt
    assert soup.find("label")["for"] == soup.find("input")["id"] == "handlingsveileder-sjekk"
    assert soup.select_one("sup#handlingsveileder-fnref\\:1 a")["href"] == "#handlingsveileder-fn:1"
    assert soup.select_one("p#handlingsveileder-akutt-avsnitt") is not None
    # rutinehodet: én per rutine, med id-er som ikke kolliderer
    hoder = soup.select(".rutinehode")
    assert [h["aria-labelledby"] for h in hoder] == ["rutiner-anonym-drofting-rutinehode-tittel",
                                                      "rutiner-melde-bekymring-rutinehode-tittel"]


def test_kodeblokker_er_urort(sammensatt):
    assert '&lt;h1 id="x"&gt;ikke en overskrift&lt;/h1&gt; &lt;a href="akutt/"&gt;' in sammensatt


def test_innhold_og_dato(soup):
    assert "Utskriftsversjonen er laget 1. mars 2025." in soup.select_one(".utskrift-dato").get_text()
    innhold = soup.find("h2", id="innhold").find_next_sibling("ul")
    assert [(a.get_text(), a["href"]) for a in innhold.find_all("a")] == [
        ("Fra bekymring til handling", "#handlingsveileder"), ("Akutt fare", "#handlingsveileder-akutt"),
        ("Rutinene", "#rutiner"), ("Anonym drøfting", "#rutiner-anonym-drofting"),
        ("Melde bekymring", "#rutiner-melde-bekymring")]


def test_feil_gir_klar_melding(tmp_path):
    sider = {"handlingsveileder": _side(VEILEDER), "handlingsveileder/akutt": _side(AKUTT),
             "rutiner/anonym-drofting": _side(RUTINE), "utskrift/handlingsveileder": _side(PLASS)}
    with pytest.raises(MakroFeil, match=r"docs/rutiner/melde-bekymring\.md, men siden ble ikke bygd"):
        _bygd(tmp_path / "a", sider)
    sider["rutiner/melde-bekymring"] = "<html>ingen merker</html>"
    with pytest.raises(MakroFeil, match=r"bygd fra docs/rutiner/melde-bekymring\.md\) mangler merkene"):
        _bygd(tmp_path / "b", sider)
    sider["rutiner/melde-bekymring"] = _side("<p>Ingen overskrift</p>")
    with pytest.raises(MakroFeil, match="melde-bekymring.md har ingen hovedoverskrift"):
        _bygd(tmp_path / "c", sider)
    sider["rutiner/melde-bekymring"] = _side(MELDE)
    sider["utskrift/handlingsveileder"] = _side("<h1>Uten plassholder</h1>")
    with pytest.raises(MakroFeil, match="plassholder"):
        _bygd(tmp_path / "d", sider)


def test_uten_makrokall_endres_ingenting(tmp_path):
    fil = _bygd(tmp_path, {"utskrift/handlingsveileder": _side(PLASS)}, brukt_pa=())
    assert PLASS in fil.read_text(encoding="utf-8")


# ---------- 2. det bygde nettstedet ----------

def test_bygd_utskriftsversjon_er_komplett_og_gyldig(built_site):
    ds = ekte_datasett()
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
    # the templates (docs/maler/) follow in their own part, each with the same header (tests/test_maler.py)
    maler = {m.tittel for m in ds.maler.values() if m.meta.status != "utgatt"}
    assert {h.get_text("").rstrip("¶").strip() for h in artikkel.select(".utskrift-mal")} == maler
    assert len(artikkel.select(".rutinehode")) == len(gjeldende) + len(maler)
    trinn = [h["id"] for h in artikkel.select("h3[id^='handlingsveileder-trinn-']")]
    assert trinn == [f"handlingsveileder-{t}" for t in ds.trinn]
    assert artikkel.select_one("#handlingsveileder-akutt") is not None
    utskrift = (built_site / "utskrift" / "handlingsveileder" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" not in utskrift, "utskriftsversjonen skal ikke gi dobbelttreff i søket"


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
    ds = ekte_datasett()
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
    ds = ekte_datasett()
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
    # Ingen nesten tomme sider: bare den siste siden i en del (før et nytt trinn, en ny rutine …) kan være
    # mindre enn en firedel full. Fyllingen leses fra PDF-ens egne tekstlinjer (lag_pdf.sidefyll).
    fyll = lag_pdf.sidefyll(data)
    assert len(fyll) == sider and sum(s["ny_del"] for s in fyll) >= len(ds.trinn) + len(rutiner)
    assert lag_pdf.nesten_tomme_sider(data) == [], [round(s["fyll"], 2) for s in fyll]


@pytest.mark.browser
def test_en_rutine_skrives_ut_uten_nesten_tomme_sider_og_uten_sokeordlinjer(offline_page, site_url):
    # Rett fra rutinesiden (Ctrl+P): «også kalt»-linjene og «Lenkene i figuren» er bare for skjermen.
    offline_page.goto(site_url + "rutiner/anonym-drofting/", wait_until="networkidle")
    offline_page.emulate_media(media="print")
    for skjult in (".ogsa-kalt", ".diagram__lenker", ".hv-brodsmuler"):
        assert all(not el.is_visible() for el in offline_page.locator(skjult).all()), skjult
    assert offline_page.locator(".rutinehode__felt dt").first.is_visible()   # «Mer om rutinen» på papir
    data = offline_page.pdf(format="A4")
    fyll = lag_pdf.sidefyll(data)
    assert [i + 1 for i, s in enumerate(fyll[:-1]) if s["fyll"] < 0.25] == [], [round(s["fyll"], 2) for s in fyll]
