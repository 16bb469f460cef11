"""I ekte nettleser (Debians chromium): ingen forespørsler ut av intranettet, null axe-brudd,
tastaturbruk. Hver side i det bygde nettstedet gås gjennom."""
import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

# WCAG 2.0, 2.1 og 2.2, nivå A og AA, og axes beste praksis (landmark-unique, target-size m.m.).
# WCAG 2.1 AA er kravet i loven; 2.2 er dit loven går. Ingen regler er slått av; et unntak krever en
# skriftlig begrunnelse her.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],
}
AXE = Axe()


def _violations(page, options=AXE_OPTIONS) -> list[str]:
    result = AXE.run(page, options=options)
    out = []
    for v in result.response["violations"]:
        targets = [" ".join(map(str, n["target"])) for n in v["nodes"]][:5]
        out.append(f"{v['id']} ({v['impact']}): {v['help']} – {targets}")
    return out


@pytest.mark.parametrize("bredde", [1280, 320], ids=["skrivebord", "mobil-320px"])
def test_every_page_loads_without_leaving_the_intranet_and_passes_axe(offline_page, site_url, site_pages, bredde):
    # Både skrivebord og 320 px (WCAG 1.4.10): smale skjermer gir rullerammer og andre oppsett.
    offline_page.set_viewport_size({"width": bredde, "height": 900})
    problems = {}
    for path in site_pages:
        response = offline_page.goto(site_url + path, wait_until="load")
        if path != "404.html":
            assert response.status == 200, f"{path}: HTTP {response.status}"
        offline_page.wait_for_load_state("networkidle")
        found = _violations(offline_page)
        if offline_page.guard.blocked:
            found.append(f"forespørsler ut av intranettet: {offline_page.guard.blocked}")
            offline_page.guard.blocked.clear()
        if found:
            problems[path or "/"] = found
    assert not problems, "\n".join(f"{p}: {v}" for p, v in problems.items())


def test_search_dialog_with_results_passes_axe(offline_page, site_url):
    offline_page.goto(site_url, wait_until="networkidle")
    box = offline_page.get_by_role("searchbox", name="Søk")
    box.click()
    box.press_sequentially("barnehage", delay=30)
    offline_page.wait_for_selector(".sok__treff", timeout=15000)
    assert offline_page.get_by_role("search", name="Søk i veilederen").count() == 1
    assert _violations(offline_page) == []
    assert offline_page.guard.blocked == []


def test_first_tab_reaches_skip_link_and_it_moves_focus_to_content(offline_page, site_url):
    offline_page.goto(site_url, wait_until="networkidle")
    offline_page.keyboard.press("Tab")
    focused = offline_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Gå til innhold"
    offline_page.keyboard.press("Enter")
    assert offline_page.evaluate("location.hash") != ""


def test_phone_width_home_page_passes_axe_and_has_no_horizontal_scroll(browser, site_url, resultater):
    context = browser.new_context(viewport={"width": 320, "height": 740}, locale="nb-NO")
    page = context.new_page()
    page.goto(site_url, wait_until="networkidle")
    page.screenshot(path=str(resultater / "forside-320px.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"siden ruller sidelengs {overflow}px på 320 px bredde (WCAG 1.4.10)"
    assert _violations(page) == []
    context.close()


def test_search_index_is_fetched_only_when_search_is_used(offline_page, site_url):
    # Søkemotoren og indeksen (pagefind/) skal ikke lastes for alle som bare leser en side.
    hentet = []
    offline_page.on("request", lambda r: hentet.append(r.url) if "/pagefind/" in r.url else None)
    offline_page.goto(site_url, wait_until="networkidle")
    offline_page.wait_for_timeout(500)
    assert hentet == [], "søkeindeksen ble hentet før noen brukte søket"
    box = offline_page.get_by_role("searchbox", name="Søk")
    box.click()
    box.press_sequentially("samtykke", delay=30)
    offline_page.wait_for_selector(".sok__treff", timeout=15000)
    assert any(u.endswith("/pagefind/pagefind.js") for u in hentet)
