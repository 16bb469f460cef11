"""Skriptene hentes etter første tegning (macros/site/skriptlaster.py og skriptlaster.js ved siden av).

Ytelsen måles i `make bench` (Lighthouse); her testes at ombyttingen er riktig: ingen side har andre
eksterne skript enn lasteren, hver adresse i lista finnes, skriptene kjører (Material, søket, tabellene),
og siden flytter seg ikke når de kommer.
"""
from __future__ import annotations

import re

import pytest

from macros.site.skriptlaster import KILDE, LASTER, utsett_skript

SIDE = """<html><head><script>var a=1</script><script src="../assets/js/sok.js" defer></script></head>
<body><p>x</p><script id="__config" type="application/json">{"a": 1}</script>
<script src="../assets/javascripts/bundle.abc.min.js"></script>
<script src="../assets/js/ny-ansatt.js"></script>
</body></html>"""


def test_external_scripts_go_to_the_loader_in_page_order():
    ut = utsett_skript(SIDE)
    assert re.findall(r'<script src="([^"]+)"', ut) == [f"../{LASTER}"]
    assert ('data-skript="../assets/js/sok.js ../assets/javascripts/bundle.abc.min.js ../assets/js/ny-ansatt.js"'
            in ut)
    # Innebygde skript og Materials konfigurasjon (JSON) blir stående der de var.
    assert "<script>var a=1</script>" in ut and '<script id="__config" type="application/json">' in ut
    assert ut.index("data-skript") > ut.index("<p>x</p>") and ut.rstrip().endswith("</body></html>")


def test_a_page_is_changed_once_and_a_page_without_scripts_not_at_all():
    en_gang = utsett_skript(SIDE)
    assert utsett_skript(en_gang) == en_gang
    uten = "<html><body><p>Ingen skript</p><script>var a=1</script></body></html>"
    assert utsett_skript(uten) == uten


def test_a_script_from_another_host_is_left_alone():
    side = SIDE.replace("../assets/js/ny-ansatt.js", "https://cdn.example.org/x.js")
    ut = utsett_skript(side)
    assert '<script src="https://cdn.example.org/x.js"></script>' in ut   # portvakten stopper den uansett
    assert "cdn.example.org" not in ut.split("data-skript=")[1].split(">")[0]


def test_every_built_page_loads_its_scripts_through_the_loader(built_site, site_pages):
    sjekket = 0
    for sti in site_pages:
        fil = built_site / sti if sti.endswith(".html") else built_site / sti / "index.html"
        html = fil.read_text(encoding="utf-8")
        eksterne = re.findall(r'<script\b[^>]*\bsrc="([^"]+)"[^>]*>', html)
        assert len(eksterne) == 1 and eksterne[0].endswith(LASTER), f"/{sti}: {eksterne}"
        liste = re.search(r'data-skript="([^"]*)"', html).group(1).split()
        assert any("assets/javascripts/bundle." in k for k in liste), f"/{sti}: Materials skript mangler: {liste}"
        for k in liste:
            skript = built_site / k.lstrip("/") if k.startswith("/") else (fil.parent / k).resolve()
            assert skript.is_file(), f"/{sti}: {k} finnes ikke i det bygde nettstedet"
        sjekket += 1
    assert sjekket == len(site_pages) > 50
    assert (built_site / LASTER).read_bytes() == KILDE.read_bytes()


# Det leserne møter først: forsiden, bekymringsveien, akuttsiden, en rutine og en tjenesteside.
SIDER = ["", "handlingsveileder/", "handlingsveileder/akutt/", "rutiner/samtale-med-barn/", "tjenester/barnehage/"]
STARTET = """() => new Promise(ferdig => {
  document$.subscribe(() => ferdig(true));
  setTimeout(() => ferdig(false), 200);
})"""
FORSKYVNING = """() => new Promise(ferdig => {
  let sum = 0;
  new PerformanceObserver(liste => { for (const e of liste.getEntries()) if (!e.hadRecentInput) sum += e.value; })
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => ferdig(sum), 300);
})"""


@pytest.mark.browser
@pytest.mark.parametrize("bredde,hoyde", [(360, 740), (1280, 900)], ids=["mobil", "skrivebord"])
def test_scripts_run_after_loading_and_the_page_does_not_move(offline_page, site_url, bredde, hoyde):
    side = offline_page
    side.set_viewport_size({"width": bredde, "height": hoyde})
    for sti in SIDER:
        side.goto(site_url + sti)   # conftest: venter også til data-hv-skript="klar"
        klasser = side.evaluate("document.documentElement.className").split()
        # Materials skript har kjørt (det bytter no-js med js) og fått DOMContentLoaded fra lasteren.
        assert "js" in klasser and "no-js" not in klasser, f"/{sti}: {klasser}"
        assert "sok-js" in klasser, f"/{sti}: søket (sok.js) kjørte ikke"
        # … og har startet komponentene sine: document$ har sendt dokumentet (ellers mangler bl.a. rullerammene).
        assert side.evaluate(STARTET), f"/{sti}: Materials document$ har ikke startet (fikk skriptet DOMContentLoaded?)"
        hentet = side.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
        assert sum("bundle." in h for h in hentet) == 1, f"/{sti}: Materials skript hentet {hentet}"
        # Rekkefølgen, ikke tiden: første tegning er vist før noe skript utenom lasteren blir bedt om.
        tegnet, forste_skript = side.evaluate("""() => [
          performance.getEntriesByName("first-contentful-paint")[0].startTime,
          Math.min(...performance.getEntriesByType("resource")
            .filter(e => e.initiatorType === "script" && !e.name.endsWith("/skriptlaster.js")).map(e => e.startTime))]""")
        assert forste_skript >= tegnet, f"/{sti}: et skript ble hentet ({forste_skript} ms) før første tegning ({tegnet} ms)"
        # Summen av forskyvninger (Cumulative Layout Shift): skriptene som kommer etter tegningen, flytter
        # ikke det leseren allerede ser. 0 målt; 0,01 er langt under «god» (0,1).
        assert side.evaluate(FORSKYVNING) < 0.01, f"/{sti}: siden flytter seg når skriptene kommer"
    assert side.guard.blocked == []


@pytest.mark.browser
def test_tables_get_keyboard_access_after_the_delayed_scripts(offline_page, site_url, built_site):
    # tabeller.js følger Materials document$: rammene Material legger rundt tabeller, får tabindex og navn.
    sider = sorted(p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")
                   if re.search(r"<table(?![^>]*hv-)", p.read_text(encoding="utf-8")))
    assert sider, "fant ingen side med en vanlig Markdown-tabell"
    sti = "" if sider[0] == "." else sider[0] + "/"
    offline_page.goto(site_url + sti)
    rammer = offline_page.locator(".md-typeset__scrollwrap")
    assert rammer.count() > 0
    for i in range(rammer.count()):
        assert rammer.nth(i).get_attribute("tabindex") == "0"
        assert rammer.nth(i).get_attribute("aria-label", timeout=1000).startswith("Tabell")
