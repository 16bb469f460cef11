"""Lesere i ekte nettleser (Debians chromium), sak 13: hver side ved 360 og 1280 px, forsidens første
skjermbilde, tabeller som kort på mobil med tabellsemantikken i behold, hoppelenken, og skjermbilder
til test-resultater/. Én nettleser, én kontekst per bredde, så testen holder seg rask på to kjerner."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Per side: sideveis overflyt for dokumentet, tabeller som må rulles eller stikker ut av tekstspalten,
# og ord som er delt midt i (et ord med tekstbokser på to linjer). Bindestrek og skråstrek er lovlige
# bruddpunkter; kode (makronavn på redaktørsidene) telles ikke.
_MAL = """() => {
  const root = document.documentElement;
  const spalte = document.querySelector('.md-content').getBoundingClientRect();
  const ut = {bred: root.scrollWidth - root.clientWidth, tabeller: [], delte: []};
  document.querySelectorAll('.md-content table').forEach(t => {
    const ramme = t.closest('.hv-tabell, .md-typeset__scrollwrap') || t.parentElement;
    const navn = (t.querySelector('caption') || {textContent: '(uten overskrift)'}).textContent.trim();
    if (ramme.scrollWidth > ramme.clientWidth + 1 || t.getBoundingClientRect().right > spalte.right + 1)
      ut.tabeller.push(`${navn}: ${ramme.scrollWidth} > ${ramme.clientWidth}`);
    const gang = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = gang.nextNode())) {
      if (node.parentElement.closest('code, pre')) continue;
      const ord = /[^\\s\\-\\/]+/g;
      let m;
      while ((m = ord.exec(node.data))) {
        const r = document.createRange();
        r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
        const linjer = new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top)));
        if (linjer.size > 1) ut.delte.push(m[0]);
      }
    }
  });
  return ut;
}"""

SKJERMBILDER = {
    "forside": "",
    "bekymring": "handlingsveileder/",
    "akutt": "handlingsveileder/akutt/",
    "rutine": "rutiner/samtale-med-foreldre-ved-bekymring/",
    "tjeneste": "tjenester/barnehage/",
    "ansvarstabell": "modellen/kommuneniva/",
}


@pytest.fixture(scope="module", params=[360, 1280], ids=["mobil-360px", "skrivebord-1280px"])
def side_med_bredde(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 740}, locale="nb-NO")
    page = context.new_page()
    page.bredde = request.param
    yield page
    context.close()


def test_hver_side_passer_bredden_uten_sidelengs_rulling_eller_delte_ord(side_med_bredde, site_url, site_pages,
                                                                           resultater):
    page = side_med_bredde
    problemer = []
    for path in site_pages:
        if path == "404.html":
            continue
        page.goto(site_url + path, wait_until="load")
        r = page.evaluate(_MAL)
        if r["bred"] > 0:
            problemer.append(f"{path or '/'}: siden er {r['bred']} px for bred")
        for t in r["tabeller"]:
            problemer.append(f"{path or '/'}: tabellen må rulles sidelengs – {t}")
        if page.bredde >= 1280 and r["delte"]:
            problemer.append(f"{path or '/'}: ord delt midt i: {r['delte'][:5]}")
    for navn, path in SKJERMBILDER.items():
        page.goto(site_url + path, wait_until="load")
        page.screenshot(path=str(resultater / f"{navn}-{page.bredde}px.png"), full_page=True)
    assert problemer == []


def test_forsiden_viser_begge_veiene_inn_uten_rulling_pa_telefon(browser, site_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="nb-NO")
    page = context.new_page()
    page.goto(site_url, wait_until="load")
    for navn in ("Er et barn i akutt fare?", "Jeg er bekymret for et barn"):
        boks = page.get_by_role("link", name=navn, exact=True).first.bounding_box()
        assert boks is not None and boks["y"] >= 0 and boks["y"] + boks["height"] <= 740, (navn, boks)
    context.close()


def test_tabell_som_kort_pa_telefon_er_fortsatt_en_tabell_for_skjermlesere(browser, site_url):
    # Chromiums eget tilgjengelighetstre (det skjermlesere får), ikke bare axe eller våre egne attributter.
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="nb-NO")
    page = context.new_page()
    page.goto(site_url + "modellen/kommuneniva/", wait_until="load")
    tabell = page.locator("table.hv-tabell__tabell").first
    assert tabell.evaluate("t => getComputedStyle(t).display") == "block"   # kortvisning er i bruk
    assert tabell.evaluate("t => getComputedStyle(t.querySelector('td'), '::before').content").strip('"') != ""
    cdp = context.new_cdp_session(page)
    noder = cdp.send("Accessibility.getFullAXTree")["nodes"]
    roller = [n["role"]["value"] for n in noder if not n.get("ignored")]
    assert "table" in roller and "columnheader" in roller and "rowheader" in roller and "cell" in roller
    # leserekkefølgen: første rad er radoverskrift og så cellene, i kolonnenes rekkefølge
    forste_rad = tabell.locator("tbody tr").first
    celler = forste_rad.locator("th, td")
    etiketter = [celler.nth(i).get_attribute("data-label") for i in range(celler.count())]
    kolonner = [t.strip() for t in tabell.locator("thead th").all_inner_texts()]
    assert etiketter == kolonner
    context.close()


def test_hoppelenken_flytter_fokus_til_innholdet(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    page = context.new_page()
    for path in ("", "rutiner/anonym-drofting/"):
        page.goto(site_url + path, wait_until="networkidle")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Gå til innhold"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.tagName") == "H1", path
        assert page.evaluate("!!document.activeElement.closest('.md-content')")
    context.close()
