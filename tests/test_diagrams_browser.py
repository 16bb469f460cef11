"""The diagrams in a real browser (Debian's chromium) on the built site: links resolve, keyboard order,
visible focus, axe, JavaScript off, 320 px, print, page weight, and screenshots for review
(test-resultater/diagram-<side>-<bredde>px.png)."""
from __future__ import annotations

import gzip
from urllib.parse import urldefrag, urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe

from _datalag import ekte_datasett

from macros.render import diagrams
from macros.render.lenker import Side

pytestmark = pytest.mark.browser

# (url path, docs source, diagram, name used for screenshots)
DIAGRAMSIDER = [
    ("", "index.md", "modelldiagram", "forside"),
    ("modellen/", "modellen/index.md", "modelldiagram", "modellen"),
    ("handlingsveileder/", "handlingsveileder/index.md", "handlingsveilederdiagram", "handlingsveileder"),
    ("samarbeid/", "samarbeid/index.md", "samarbeidskart", "samarbeid"),
]
IDS = [d[3] for d in DIAGRAMSIDER]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
AXE = Axe()
ORANSJE = "rgb(161, 61, 0)"


@pytest.fixture(scope="module")
def ds():
    return ekte_datasett(sjekk_sider=True)


def forventet(ds, site_url: str, sti: str, src: str, diagram: str) -> list[str]:
    """Absolute URLs of the diagram's links in reading order, computed from data (not from the page)."""
    side = Side(src=src, url=sti)
    return [urljoin(site_url + sti, l.href) for l in diagrams.svg_lenkerekkefolge(ds, side, diagram)]


def _kontekst(browser, bredde: int, **kw):
    return browser.new_context(viewport={"width": bredde, "height": 900}, locale="nb-NO", **kw)


SYNLIGE_LENKER = """() => {
  const svg = [...document.querySelectorAll('figure.diagram svg.diagram__svg')].filter(s => s.getClientRects().length);
  return svg.map(s => [...s.querySelectorAll('a')].map(a => new URL(a.getAttribute('href'), location.href).href));
}"""


@pytest.mark.parametrize("sti,src,diagram,navn", DIAGRAMSIDER, ids=IDS)
def test_hver_diagramlenke_finnes_og_ankeret_finnes(offline_page, site_url, ds, sti, src, diagram, navn):
    page = offline_page
    page.goto(site_url + sti, wait_until="load")
    assert page.locator("figure.diagram").count() == 1
    alle = page.evaluate("""() => [...document.querySelectorAll('figure.diagram a')]
        .map(a => new URL(a.getAttribute('href'), location.href).href)""")
    assert set(alle) == set(forventet(ds, site_url, sti, src, diagram)), "both layouts and the list, same links"
    sider: dict[str, set[str]] = {}
    for url in sorted(set(alle)):
        adresse, anker = urldefrag(url)
        if adresse not in sider:
            svar = page.request.get(adresse)
            assert svar.status == 200, f"{url}: HTTP {svar.status}"
            page.goto(adresse, wait_until="load")
            sider[adresse] = set(page.evaluate("() => [...document.querySelectorAll('[id]')].map(e => e.id)"))
        if anker:
            assert anker in sider[adresse], f"{url}: fant ikke elementet #{anker}"
    assert page.guard.blocked == []


@pytest.mark.parametrize("bredde", [1280, 320])
@pytest.mark.parametrize("sti,src,diagram,navn", DIAGRAMSIDER, ids=IDS)
def test_tab_gar_gjennom_lenkene_i_rekkefolge_med_synlig_fokus(browser, site_url, ds, sti, src, diagram, navn, bredde):
    context = _kontekst(browser, bredde)
    page = context.new_page()
    page.goto(site_url + sti, wait_until="networkidle")
    # start just before the diagram: the figure itself (made focusable for the test only)
    page.evaluate("() => { const f = document.querySelector('figure.diagram'); f.tabIndex = -1; f.focus(); }")
    besokt, fokus = [], []
    for _ in range(60):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const a = document.activeElement;
            if (!a || !a.closest('svg.diagram__svg')) return null;
            const boks = a.querySelector('.diagram__boks');
            return {href: new URL(a.getAttribute('href'), location.href).href,
                    omriss: getComputedStyle(a).outlineStyle,
                    strek: boks ? getComputedStyle(boks).stroke : null}; }""")
        if info is None:
            break
        besokt.append(info["href"])
        fokus.append(info)
    assert besokt == forventet(ds, site_url, sti, src, diagram)
    for info in fokus:
        assert info["omriss"] == "solid", f"{info['href']}: no visible focus outline"
        assert info["strek"] in (ORANSJE, "rgb(0, 0, 0)"), f"{info['href']}: box border does not change on focus"
    context.close()


@pytest.mark.parametrize("bredde", [1280, 320])
@pytest.mark.parametrize("sti,src,diagram,navn", DIAGRAMSIDER, ids=IDS)
def test_axe_finner_ingenting_og_figuren_leses_pa_320_px(browser, site_url, resultater, sti, src, diagram, navn,
                                                         bredde):
    context = _kontekst(browser, bredde)
    page = context.new_page()
    page.goto(site_url + sti, wait_until="networkidle")
    result = AXE.run(page, options=AXE_OPTIONS)
    brudd = [f"{v['id']}: {v['help']} – {[n['target'] for n in v['nodes']][:5]}"
             for v in result.response["violations"]]
    assert brudd == []
    # exactly one layout visible: the wide one from 720 px, the narrow one below
    synlige = page.evaluate("""() => [...document.querySelectorAll('figure.diagram svg.diagram__svg')]
        .filter(s => s.getClientRects().length).map(s => s.classList.contains('diagram__svg--bred') ? 'bred' : 'smal')""")
    assert synlige == (["bred"] if bredde >= 720 else ["smal"])
    maal = page.evaluate("""() => {
        const svg = [...document.querySelectorAll('figure.diagram svg.diagram__svg')].find(s => s.getClientRects().length);
        const fig = svg.getBoundingClientRect();
        let minst = 1000;
        for (const t of svg.querySelectorAll('text')) {
            if (t.getAttribute('aria-hidden') === 'true') continue;
            minst = Math.min(minst, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
        }
        return {minst, hoyre: fig.right, bredde: document.documentElement.clientWidth,
                overflyt: document.documentElement.scrollWidth - document.documentElement.clientWidth};
    }""")
    assert maal["overflyt"] <= 0, f"siden ruller sidelengs {maal['overflyt']} px"
    assert maal["hoyre"] <= maal["bredde"]
    assert maal["minst"] >= 12, f"tekst i figuren er bare {maal['minst']:.1f} CSS px"
    boks = page.evaluate("""() => { const r = document.querySelector('figure.diagram').getBoundingClientRect();
        return {x: Math.max(0, r.x + scrollX - 8), y: Math.max(0, r.y + scrollY - 8), width: r.width + 16,
                height: r.height + 16}; }""")
    boks["width"] = min(boks["width"], bredde - boks["x"])
    page.screenshot(path=str(resultater / f"diagram-{navn}-{bredde}px.png"), full_page=True, clip=boks)
    context.close()


@pytest.mark.parametrize("sti,src,diagram,navn", DIAGRAMSIDER, ids=IDS)
def test_lenkene_virker_uten_javascript(browser, site_url, ds, sti, src, diagram, navn):
    context = _kontekst(browser, 1280, java_script_enabled=False)
    page = context.new_page()
    mal = forventet(ds, site_url, sti, src, diagram)
    page.goto(site_url + sti, wait_until="load")
    assert page.evaluate(SYNLIGE_LENKER) == [mal]
    for nr, url in enumerate(mal):
        page.goto(site_url + sti, wait_until="load")
        page.locator("figure.diagram svg.diagram__svg--bred a").nth(nr).click()
        page.wait_for_load_state("load")
        assert page.url == url
        adresse, anker = urldefrag(url)
        if anker:
            assert page.evaluate("id => !!document.getElementById(id)", anker), url
    context.close()


@pytest.mark.parametrize("sti,src,diagram,navn", DIAGRAMSIDER, ids=IDS)
def test_utskrift_viser_den_brede_utgaven(browser, site_url, sti, src, diagram, navn):
    context = _kontekst(browser, 1280)
    page = context.new_page()
    page.goto(site_url + sti, wait_until="load")
    page.emulate_media(media="print")
    synlige = page.evaluate("""() => [...document.querySelectorAll('figure.diagram svg.diagram__svg')]
        .map(s => getComputedStyle(s).display)""")
    assert synlige == ["block", "none"]
    context.close()


def test_forsiden_holder_seg_under_100_kib_komprimert(browser, site_url):
    """Everything the home page loads, gzipped. The search index and its worker load in the background,
    are shared by every page and grow with the content, so they are reported but not counted."""
    context = _kontekst(browser, 1280)
    page = context.new_page()
    svar = []
    page.on("response", lambda r: svar.append(r))
    page.goto(site_url, wait_until="networkidle")
    talt, sok = 0, 0
    for s in svar:
        try:
            storrelse = len(gzip.compress(s.body(), 9))
        except Exception:  # redirects etc. have no body
            continue
        if "/search/" in s.url or "/workers/" in s.url or "/lunr/" in s.url:
            sok += storrelse
        else:
            talt += storrelse
    context.close()
    print(f"forsiden: {talt / 1024:.1f} KiB komprimert (+ søk {sok / 1024:.1f} KiB i bakgrunnen)")
    assert talt <= 100 * 1024, f"forsiden er {talt / 1024:.1f} KiB komprimert"
