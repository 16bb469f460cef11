"""Diagrams (issue 5): the SVG generators on small data, and on a renamed copy of the real data.

No browser here; tests/test_diagrams_browser.py checks the built site in Chromium.
"""
from __future__ import annotations

import gzip
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from _datalag import GYLDIG, ROT, SIDE, bygg, fixture_datasett, kopier_data

from macros.render import diagrams
from macros.render.diagrams import svg
from macros.data.datasett import Kilder, last_datasett
from macros.data.feil import MakroFeil
from macros.render.lenker import Side

SVG_NS = "{http://www.w3.org/2000/svg}"
DS = fixture_datasett()
FORSIDE = Side(src="index.md", url="")
MODELLSIDE = Side(src="modellen/index.md", url="modellen/")
VEILEDER = Side(src="handlingsveileder/index.md", url="handlingsveileder/")
DYP = Side(src="handlingsveileder/akutt.md", url="handlingsveileder/akutt/")
SAMARBEID = Side(src="samarbeid/index.md", url="samarbeid/")
# the fixture has no ansvarsgruppe etc.: pass the joining arenas explicitly
FIXTURE_KART = {"arenaer": ["fobu-moter"], "samordning": []}


def figur(html: str) -> ET.Element:
    assert html.startswith("\n\n") and html.endswith("\n\n"), "block macros need blank lines around"
    assert "\n\n" not in html.strip(), "no blank lines inside an HTML block"
    assert not re.search(r"^\s{4}", html, flags=re.M), "nothing indented (would become a code block)"
    return ET.fromstring(html.strip())  # valid XML, or this raises


def svger(rot: ET.Element) -> list[ET.Element]:
    return rot.findall(f"{SVG_NS}svg")


def svg_lenker(element: ET.Element) -> list[tuple[str, str]]:
    """(href, accessible name from <title>) of every <a> in document order."""
    ut = []
    for a in element.iter(f"{SVG_NS}a"):
        tittel = a.find(f"{SVG_NS}title")
        ut.append((a.get("href"), tittel.text if tittel is not None else None))
    return ut


def liste_lenker(rot: ET.Element) -> list[tuple[str, str]]:
    liste = rot.find("./div[@class='diagram__lenker']/ul")
    return [(a.get("href"), "".join(a.itertext())) for a in liste.iter("a")]


def synlig_tekst(a: ET.Element) -> str:
    """The main visible label of a link (its .diagram__lenketekst lines), lines joined like a reader would."""
    tekst = ""
    for t in a.iter(f"{SVG_NS}text"):
        if "diagram__lenketekst" not in (t.get("class") or ""):
            continue
        for linje in (ts.text or "" for ts in t.iter(f"{SVG_NS}tspan")):
            tekst += linje if (not tekst or tekst.endswith("-")) else " " + linje
        tekst += " "
    return " ".join(tekst.split())


def _ord(tekst: str) -> str:
    """Words only (label-in-name matching ignores punctuation such as «–» and «:»)."""
    return " ".join(re.findall(r"[\w-]+", tekst.lower()))


ALLE = [
    ("modelldiagram", lambda side: diagrams.modelldiagram(DS, side), {}),
    ("handlingsveilederdiagram", lambda side: diagrams.handlingsveilederdiagram(DS, side), {}),
    ("samarbeidskart", lambda side: diagrams.samarbeidskart(DS, side, **FIXTURE_KART), FIXTURE_KART),
]


@pytest.mark.parametrize("navn,lag,kw", ALLE, ids=[a[0] for a in ALLE])
def test_gyldig_xml_med_tilgjengelig_omslag(navn, lag, kw):
    rot = figur(lag(FORSIDE))
    assert rot.tag == "figure" and "diagram" in rot.get("class")
    varianter = svger(rot)
    assert [v.get("class").split()[-1] for v in varianter] == ["diagram__svg--bred", "diagram__svg--smal"]
    for v in varianter:
        assert v.get("role") == "group", "role=group (not img, which would hide the links)"
        tittel = v.find(f"{SVG_NS}title")
        beskrivelse = v.find(f"{SVG_NS}desc")
        assert list(v)[0] is tittel and list(v)[1] is beskrivelse
        assert v.get("aria-labelledby") == tittel.get("id") and tittel.text.strip()
        assert v.get("aria-describedby") == beskrivelse.get("id") and beskrivelse.text.strip()
        bredde = float(v.get("viewBox").split()[2])
        assert bredde == (720 if "bred" in v.get("class") else 300)
    # ids unique within the figure
    ider = [e.get("id") for e in rot.iter() if e.get("id")]
    assert len(ider) == len(set(ider))
    assert rot.find("figcaption").text.startswith("Figur:")
    assert rot.find("./div[@class='diagram__lenker']/p").text == "Lenkene i figuren"


@pytest.mark.parametrize("navn,lag,kw", ALLE, ids=[a[0] for a in ALLE])
def test_lenker_i_leserekkefolge_og_samme_i_begge_utgaver_og_listen(navn, lag, kw):
    for side in (FORSIDE, DYP, SAMARBEID):
        rot = figur(lag(side))
        forventet = [(l.href, l.navn) for l in diagrams.svg_lenkerekkefolge(DS, side, navn, **kw)]
        bred, smal = svger(rot)
        assert svg_lenker(bred) == forventet
        assert svg_lenker(smal) == forventet
        assert sorted(liste_lenker(rot)) == sorted(forventet), "the plain list has the same links"
        assert len(set(h for h, _ in forventet)) == len(forventet), "one link per element"
        for a in bred.iter(f"{SVG_NS}a"):
            assert list(a)[0].tag == f"{SVG_NS}title", "accessible name first"
            synlig = _ord(synlig_tekst(a))
            navn_ = a.find(f"{SVG_NS}title").text
            assert synlig and synlig in _ord(navn_), f"label in name (WCAG 2.5.3): «{synlig}» ⊄ «{navn_}»"


def test_modelldiagram_hrefs_fra_forsiden_og_fra_en_dyp_side():
    hrefs = [h for h, _ in svg_lenker(svger(figur(diagrams.modelldiagram(DS, FORSIDE)))[0])]
    assert hrefs == ["modellen/kommuneniva/", "modellen/kommuneniva/#kulturdimensjon",
                     "modellen/kommuneniva/#strukturdimensjon",
                     "modellen/virksomhetsniva/", "modellen/virksomhetsniva/#kulturdimensjon",
                     "modellen/virksomhetsniva/#strukturdimensjon",
                     "modellen/individniva/", "modellen/individniva/#kulturdimensjon",
                     "modellen/individniva/#strukturdimensjon"]
    dyp = [h for h, _ in svg_lenker(svger(figur(diagrams.modelldiagram(DS, DYP)))[0])]
    assert dyp[0] == "../../modellen/kommuneniva/" and dyp[1] == "../../modellen/kommuneniva/#kulturdimensjon"
    fra_modell = [h for h, _ in svg_lenker(svger(figur(diagrams.modelldiagram(DS, MODELLSIDE)))[0])]
    assert fra_modell[:2] == ["kommuneniva/", "kommuneniva/#kulturdimensjon"]
    navn = [n for _, n in svg_lenker(svger(figur(diagrams.modelldiagram(DS, FORSIDE)))[0])]
    assert navn[:3] == ["Kommunenivå", "Kultur på kommunenivå", "Struktur på kommunenivå"]


def test_handlingsveilederdiagram_hrefs_pa_egen_side_og_andre_sider():
    egen = svg_lenker(svger(figur(diagrams.handlingsveilederdiagram(DS, VEILEDER)))[0])
    assert egen == [("akutt/", "Akutt fare: gå rett hit – Akutt fare"),
                    ("#trinn-1", "Trinn 1: Du legger merke til noe (BTI-nivå 0)"),
                    ("#trinn-2", "Trinn 2: Meld til barneverntjenesten når vilkårene er oppfylt"),
                    ("#trinn-3", "Trinn 3: Samarbeid & <følg> opp (BTI-nivå 2)")]
    forside = [h for h, _ in svg_lenker(svger(figur(diagrams.handlingsveilederdiagram(DS, FORSIDE)))[0])]
    assert forside == ["handlingsveileder/akutt/", "handlingsveileder/#trinn-1", "handlingsveileder/#trinn-2",
                       "handlingsveileder/#trinn-3"]
    dyp = [h for h, _ in svg_lenker(svger(figur(diagrams.handlingsveilederdiagram(DS, DYP)))[0])]
    assert dyp == ["./", "../#trinn-1", "../#trinn-2", "../#trinn-3"]


def test_handlingsveilederdiagram_akutt_for_seg_selv_med_tekst_og_rod_ramme():
    html = diagrams.handlingsveilederdiagram(DS, VEILEDER)
    for v in svger(figur(html)):
        forste = next(v.iter(f"{SVG_NS}a"))
        assert forste.get("href") == "akutt/"
        ramme = forste.find(f"{SVG_NS}rect")
        assert ramme.get("stroke") == svg.ROD and float(ramme.get("stroke-width")) >= 3
        tekster = " ".join("".join(t.itertext()) for t in forste.iter(f"{SVG_NS}text"))
        assert "Akutt fare: gå rett hit" in tekster, "not colour alone: the text says it"
        # described by the short text inside the box
        beskrivelse = v.find(f".//*[@id='{forste.get('aria-describedby')}']")
        assert "".join(beskrivelse.itertext()).strip() == "Ring 112 ved fare."
        # no arrow starts inside the acute box: it is apart from the flow
        boks_bunn = float(ramme.get("y")) + float(ramme.get("height"))
        for sti in v.iter(f"{SVG_NS}path"):
            if sti.get("marker-end"):
                start_y = float(re.match(r"M[\d.]+ ([\d.]+)", sti.get("d")).group(1))
                assert start_y > boks_bunn
    assert "BTI-nivå 0" in html and "BTI-nivå 2" in html
    assert not re.search(r"(?<!BTI-)nivå", html), "never a bare «nivå» in the step diagram"
    assert "Samarbeid &amp; &lt;følg&gt; opp" in html, "text is XML-escaped"


def test_trinn_uten_bti_niva_far_ikke_merke():
    bred = svger(figur(diagrams.handlingsveilederdiagram(DS, VEILEDER)))[0]
    trinn2 = [a for a in bred.iter(f"{SVG_NS}a") if a.get("href") == "#trinn-2"][0]
    assert "BTI" not in " ".join(trinn2.itertext())


def test_samarbeidskart_tjenester_og_arenaer():
    lenker = svg_lenker(svger(figur(diagrams.samarbeidskart(DS, SAMARBEID, **FIXTURE_KART)))[0])
    assert lenker == [("../tjenester/nav/", "NAV"), ("fobu/", "Møter i FOBU"),
                      ("../tjenester/barnehage/", "Barnehagene")]
    med_samordning = svg_lenker(svger(figur(diagrams.samarbeidskart(DS, SAMARBEID, arenaer=[],
                                                                     samordning=["fobu"])))[0])
    assert med_samordning[0] == ("fobu/", "FOBU")
    assert "Barnet og familien" in diagrams.samarbeidskart(DS, SAMARBEID, **FIXTURE_KART)


def test_samarbeidskart_ukjent_arena_gir_norsk_feil():
    with pytest.raises(MakroFeil, match=r"ukjent tjeneste eller arena «fobu-moterr».*Mente du «fobu-moter»"):
        diagrams.samarbeidskart(DS, SAMARBEID, arenaer=["fobu-moterr"])
    # an arena without a page cannot be a link
    with pytest.raises(MakroFeil, match="«konsultasjonsteam»"):
        diagrams.samarbeidskart(DS, SAMARBEID, arenaer=["konsultasjonsteam"])


def test_trinn_overskrift():
    assert diagrams.trinnoverskrift(DS, VEILEDER, "trinn-1") == "Trinn 1: Du legger merke til noe {#trinn-1}"
    with pytest.raises(MakroFeil, match=r"ukjent trinn «trinn-9».*Mente du"):
        diagrams.trinnoverskrift(DS, VEILEDER, "trinn-9")


@pytest.mark.parametrize("navn,lag,kw", ALLE, ids=[a[0] for a in ALLE])
def test_tekst_er_stor_nok_og_diagrammet_er_lite(navn, lag, kw):
    html = lag(FORSIDE)
    for v in svger(figur(html)):
        for t in v.iter(f"{SVG_NS}text"):
            if t.get("aria-hidden") == "true":
                continue  # the «!» in the warning sign is decoration
            # 13 user units: ≥ 12.4 CSS px with the wide layout at 688 px and the narrow at 288 px
            assert float(t.get("font-size")) >= 13, "".join(t.itertext())
    assert len(gzip.compress(html.encode())) < 6 * 1024


def test_lange_etiketter_brytes_innenfor_bredden():
    for tekst in ["Pedagogisk-psykologisk tjeneste (PPT)", "Meld til barneverntjenesten når vilkårene er oppfylt",
                  "Psykisk helse- og rustjeneste", "Et ord som er altfor langt: Supercalifragilisticexpialidocious"]:
        for maks in (60, 120, 200):
            linjer = svg.bryt(tekst, maks, 15)
            assert all(svg.tekstbredde(l, 15) <= maks for l in linjer), (tekst, maks, linjer)
            assert "".join(linjer).replace("-", "").replace(" ", "") == tekst.replace("-", "").replace(" ", "")
    assert svg.bryt("Psykisk helse- og rustjeneste", 116, 14) == ["Psykisk helse-", "og rustjeneste"]
    assert svg.bryt("Pedagogisk-psykologisk tjeneste", 100, 15)[0] == "Pedagogisk-"


@pytest.mark.parametrize("forgrunn,bakgrunn,minst,hva", svg.KONTRASTPAR, ids=[p[3] for p in svg.KONTRASTPAR])
def test_fargekontrast(forgrunn, bakgrunn, minst, hva):
    assert svg.kontrast(forgrunn, bakgrunn) >= minst


def test_css_har_fokus_smal_utgave_og_utskrift():
    css = (ROT / "overrides" / "assets" / "stilark" / "diagram.css").read_text(encoding="utf-8")
    assert "a:focus-visible" in css and "@media print" in css and "max-width: 44.9375em" in css
    assert "forced-colors" in css


# ---------- renaming in data changes the diagram ----------
def _ekte_kopi(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    return data


def _erstatt(fil: Path, gammel: str, ny: str) -> None:
    tekst = fil.read_text(encoding="utf-8")
    assert tekst.count(gammel) == 1, gammel
    fil.write_text(tekst.replace(gammel, ny), encoding="utf-8")


def test_nytt_navn_pa_modellniva_og_trinn_i_data_endrer_diagrammene(tmp_path):
    data = _ekte_kopi(tmp_path)
    _erstatt(data / "modell.yml", "    tittel: Kommunenivå\n", "    tittel: Kommuneledelsen\n")
    _erstatt(data / "handlingsveileder.yml", "    tittel: Drøft bekymringen\n", "    tittel: Snakk med en kollega\n")
    ds = last_datasett(Kilder(datakatalog=data, rutinekatalog=ROT / "docs" / "rutiner", docs_katalog=ROT / "docs",
                              prosjektrot=ROT))
    modell = diagrams.modelldiagram(ds, FORSIDE)
    assert "Kommuneledelsen" in modell and "Kommunenivå" not in modell
    assert ("modellen/kommuneniva/", "Kommuneledelsen") in svg_lenker(svger(figur(modell))[1])
    veileder = diagrams.handlingsveilederdiagram(ds, VEILEDER)
    assert "Snakk med en kollega" in veileder and "Drøft bekymringen" not in veileder
    assert diagrams.trinnoverskrift(ds, VEILEDER, "trinn-2") == "Trinn 2: Snakk med en kollega {#trinn-2}"


def test_bygget_side_far_ny_overskrift_og_nytt_diagram_nar_trinnet_far_nytt_navn(tmp_path):
    """End to end with mkdocs build --strict: heading and diagram both come from data."""
    side = tmp_path / "a" / "b" / "site-data"
    shutil.copytree(SIDE, side)
    (tmp_path / "macros").symlink_to(ROT / "macros")
    konfig = side / "mkdocs.yml"
    konfig.write_text(konfig.read_text(encoding="utf-8") + "markdown_extensions:\n  - attr_list\n", encoding="utf-8")
    (side / "docs" / "handlingsveileder" / "index.md").write_text(
        "# Fra bekymring til handling\n\n{{ handlingsveilederdiagram() }}\n\n"
        '## {{ trinn("trinn-1") }}\n\nTekst.\n\n## {{ trinn("trinn-2") }}\n\nTekst.\n\n'
        '## {{ trinn("trinn-3") }}\n\nTekst.\n', encoding="utf-8")
    data = kopier_data(tmp_path)
    _erstatt(data / "handlingsveileder.yml", "tittel: Du legger merke til noe,", "tittel: Du ser noe som uroer deg,")
    res = bygg(konfig, tmp_path / "site", HV_DATAKATALOG=str(data))
    assert res.returncode == 0, res.stdout
    html = (tmp_path / "site" / "handlingsveileder" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<h2 id="trinn-1">Trinn 1: Du ser noe som uroer deg', html)
    assert "<title>Trinn 1: Du ser noe som uroer deg (BTI-nivå 0)</title>" in html
    assert 'href="#trinn-1"' in html and 'href="akutt/"' in html
    assert "Du legger merke til noe" not in html
    assert GYLDIG.joinpath("handlingsveileder.yml").read_text(encoding="utf-8").count("Du legger merke til noe") == 1
