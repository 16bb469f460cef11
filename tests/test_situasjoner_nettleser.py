"""Situasjonsveilederne i ekte nettleser (Debians chromium), sak 14: på en telefon (360 × 740) står «Gjør dette nå»
og det første steget med nummeret på første skjermbilde, uten rulling og uten sidelengs rulling. (Axe og 360/1280 px
for alle sider står i test_browser.py og test_lesere_browser.py.)"""
from __future__ import annotations

import pytest

from _datalag import ekte_datasett

pytestmark = pytest.mark.browser

HOYDE = 740


def test_gjor_dette_na_er_pa_forste_skjermbilde_pa_telefon(browser, site_url, resultater):
    context = browser.new_context(viewport={"width": 360, "height": HOYDE}, locale="nb-NO")
    page = context.new_page()
    problemer = []
    for sid in ekte_datasett().situasjoner:
        page.goto(f"{site_url}situasjoner/{sid}/", wait_until="load")
        tittel = page.locator("article .admonition.danger > .admonition-title").first.bounding_box()
        steg = page.locator("article .admonition.danger ol > li").first.bounding_box()
        tel = page.locator("article .admonition.danger ol > li a[href^='tel:']").first.bounding_box()
        for navn, boks in (("«Gjør dette nå»", tittel), ("første steg", steg), ("første nummer", tel)):
            if boks is None or boks["y"] < 0 or boks["y"] + boks["height"] > HOYDE:
                problemer.append(f"{sid}: {navn} er ikke på første skjermbilde ({boks})")
        bred = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if bred > 0:
            problemer.append(f"{sid}: siden er {bred} px for bred")
        if sid == "ruspavirket-forelder":
            page.screenshot(path=str(resultater / "situasjon-360px.png"))
    context.close()
    assert problemer == []
