"""«Ny ansatt» i Chromium: avkrysningslisten (overrides/assets/js/ny-ansatt.js) som huskes i nettleseren.

Uten skript er siden en vanlig, komplett liste. Med skript har hvert steg en ekte avkrysningsboks med
etiketten «Ferdig: …», fremgangen står som tekst og <progress> med tilgjengelig navn («3 av 9 steg
fullført»), den leses opp høflig (role=status), kryssene overlever omlasting, og «Nullstill» tømmer dem.
"""
from __future__ import annotations

import re

import pytest
from test_browser import _violations

pytestmark = pytest.mark.browser

SIDE = "ny-ansatt/"
NOKKEL = "asnes-ny-ansatt-v1"


@pytest.fixture
def ny_side(browser):
    """A fresh context (empty localStorage) where everything outside 127.0.0.1 is blocked."""
    from conftest import OfflineGuard

    def lag(**kw):
        kontekst = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO", **kw)
        vakt = OfflineGuard()
        kontekst.route("**/*", vakt)
        side = kontekst.new_page()
        side.guard = vakt
        kontekster.append(kontekst)
        return side

    kontekster = []
    yield lag
    for k in kontekster:
        k.close()


def _antall_steg(page) -> int:
    return page.locator("[data-ny-ansatt-vei] > ol > li").count()


def test_uten_skript_er_siden_en_vanlig_komplett_liste(ny_side, site_url):
    page = ny_side(java_script_enabled=False)
    page.goto(site_url + SIDE, wait_until="load")
    assert _antall_steg(page) == 9
    assert page.get_by_role("checkbox").count() == 0
    assert page.get_by_role("progressbar").count() == 0
    assert page.get_by_role("button", name="Nullstill").count() == 0
    # hvert steg har lenken sin og tiden
    for li in page.locator("[data-ny-ansatt-vei] > ol > li").all():
        assert li.locator("a").count() >= 1 and re.search(r"\(ca\. \d+ min\)", li.inner_text())
    assert page.guard.blocked == []


def test_avkrysning_fremgang_omlasting_og_nullstill(ny_side, site_url, resultater):
    page = ny_side()
    page.goto(site_url + SIDE, wait_until="networkidle")
    n = _antall_steg(page)
    status = page.get_by_role("status")
    assert status.inner_text() == f"0 av {n} steg fullført"
    assert status.get_attribute("aria-live") == "polite"
    assert page.get_by_role("progressbar", name=f"0 av {n} steg fullført").count() == 1
    bokser = page.get_by_role("checkbox")
    assert bokser.count() == n
    # etiketten er «Ferdig: » + stegets lenketekst, og er knyttet til boksen
    forste = page.get_by_role("checkbox", name="Ferdig: Om Åsnesmodellen")
    akutt = page.get_by_role("checkbox", name="Ferdig: Akutt fare")
    assert forste.count() == 1 and akutt.count() == 1

    page.get_by_text("Ferdig: Om Åsnesmodellen").click()            # klikk på etiketten
    akutt.focus()
    page.keyboard.press("Space")                                     # og med tastaturet
    assert forste.is_checked() and akutt.is_checked()
    assert status.inner_text() == f"2 av {n} steg fullført"
    maler = page.get_by_role("progressbar", name=f"2 av {n} steg fullført")
    assert maler.get_attribute("value") == "2" and maler.get_attribute("max") == str(n)
    assert page.locator("li.ny-ansatt-steg--ferdig").count() == 2
    assert page.evaluate(f"JSON.parse(localStorage.getItem('{NOKKEL}')).length") == 2
    assert _violations(page) == []
    page.screenshot(path=str(resultater / "ny-ansatt-fremgang.png"), full_page=True)

    page.reload(wait_until="networkidle")
    assert page.get_by_role("checkbox", name="Ferdig: Om Åsnesmodellen").is_checked()
    assert page.get_by_role("checkbox", name="Ferdig: Akutt fare").is_checked()
    assert page.get_by_role("status").inner_text() == f"2 av {n} steg fullført"

    page.get_by_role("button", name="Nullstill").click()
    assert page.get_by_role("status").inner_text() == f"0 av {n} steg fullført"
    assert not any(b.is_checked() for b in page.get_by_role("checkbox").all())
    assert page.evaluate(f"localStorage.getItem('{NOKKEL}')") is None
    assert page.guard.blocked == []


def test_alle_steg_ferdig(ny_side, site_url):
    page = ny_side()
    page.goto(site_url + SIDE, wait_until="networkidle")
    for boks in page.get_by_role("checkbox").all():
        boks.check()
    n = _antall_steg(page)
    assert page.get_by_role("status").inner_text().startswith(f"{n} av {n} steg fullført")


def test_uten_lagring_virker_listen_og_sier_fra(ny_side, site_url):
    page = ny_side()
    # som i et privat vindu der nettstedet ikke får lagre noe
    page.add_init_script("Object.defineProperty(window, 'localStorage', { get() { throw new Error('blokkert'); } });")
    page.goto(site_url + SIDE, wait_until="networkidle")
    assert page.get_by_text("Nettleseren din lar ikke siden lagre kryssene").count() == 1
    page.get_by_role("checkbox", name="Ferdig: Individnivå").check()
    assert page.get_by_role("status").inner_text().startswith("1 av ")
