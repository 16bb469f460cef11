"""Søket slik de ansatte bruker det: spørsmålssettet (data/sok/sporsmal.yml) skrives i nettstedets egen
søkeboks i chromium, mot det bygde nettstedet over HTTP. Under kravene på den justerte delen feiler testen;
den holdt-ute delen skrives ut ved siden av (og til test-resultater/sok.md), så overtilpasning synes.
Bommer et søk: rett data/sok/ord.yml eller ordlyden på siden, ikke svaret i spørsmålssettet.
"""
from __future__ import annotations


import pytest


from bench_sok import KRAV, del_av, kjor_sett, les_sporsmal, pagefind_sok, tall, url_for

pytestmark = pytest.mark.browser

# Feilene som er listet i issue 12: en ny bruker skal få riktig side blant de tre første.
ISSUE_FEIL = {
    "barne- og familieteamet": "tjenester/barne-og-familieteamet.md",
    "psykisk helse- og rustjeneste": "tjenester/psykisk-helse-og-rustjeneste.md",
    "stafetlogg": "rutiner/stafettlogg.md",
    "taushetplikt": "lovverk.md",
    "barnevernsvakt": "handlingsveileder/akutt.md",
    "parorende": "rutiner/barn-som-parorende-i-psykisk-helse-og-rustjenesten.md",
    "barnehagelaerer": "roller/barnehageansatt.md",
    "vold": "handlingsveileder/akutt.md",
    "112": "handlingsveileder/akutt.md",
    "politiet": "handlingsveileder/akutt.md",
}


@pytest.fixture(scope="module")
def sokeside(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    page = context.new_page()
    feil = []
    page.on("pageerror", lambda e: feil.append(str(e)))
    page.goto(site_url, wait_until="networkidle")
    page.locator("#sok-felt").click()
    page.feil = feil
    yield page
    context.close()


def _tabell(rader):
    linjer = ["| Søk | Del | Riktig | Topp 3 | Topp-1 | Topp-3 |", "|---|---|---|---|---|---|"]
    linjer += [f"| {r['q']} | {r['del']} | {r['svar'][0]} | {', '.join(s or '/' for s in r['topp'])} "
               f"| {'ja' if r['topp1'] else 'nei'} | {'ja' if r['topp3'] else '**NEI**'} |" for r in rader]
    return "\n".join(linjer)


def test_sporsmalssettet_i_sokeboksen_holder_kravene(sokeside, resultater):
    rader = kjor_sett(sokeside, pagefind_sok, les_sporsmal())
    justert, holdt = tall(del_av(rader, "justert")), tall(del_av(rader, "holdt-ute"))
    sammendrag = (f"Justert ({justert['n']}): topp-1 {justert['topp1']:.1%}, topp-3 {justert['topp3']:.1%}, "
                  f"uten treff {justert['uten_treff']:.1%}\nHoldt ute ({holdt['n']}): topp-1 {holdt['topp1']:.1%}, "
                  f"topp-3 {holdt['topp3']:.1%}, uten treff {holdt['uten_treff']:.1%}")
    (resultater / "sok.md").write_text(f"# Søketest\n\n{sammendrag}\n\n{_tabell(rader)}\n", encoding="utf-8")
    print("\n" + sammendrag)
    bom = [f"{r['q']} -> {r['topp']}" for r in del_av(rader, "justert") if not r["topp3"]]
    assert sokeside.feil == []
    assert justert["topp3"] >= KRAV["topp3"], f"topp-3 {justert['topp3']:.1%} < {KRAV['topp3']:.0%}: {bom}"
    assert justert["topp1"] >= KRAV["topp1"], f"topp-1 {justert['topp1']:.1%} < {KRAV['topp1']:.0%}"
    assert justert["uten_treff"] <= KRAV["uten_treff"]


# Hverdagsordene og prefiksstøyen fra issue 12 («gjeld» ga sider med «gjelder», «politi» ga «politisk»):
# riktige sider er de samme som i spørsmålssettet.
ISSUE_HVERDAGSORD = ("drikker", "rusmisbruk", "alkohol", "depresjon", "selvmord", "slår barnet", "gjeld", "politi")


def test_feilene_fra_issuet_finner_riktig_side_blant_de_tre_forste(sokeside):
    svar = {s["q"]: [url_for(x) for x in s["svar"]] for s in les_sporsmal()}
    assert set(ISSUE_HVERDAGSORD) <= set(svar), "hvert hverdagsord fra issuet står i spørsmålssettet"
    bom = {}
    for q, riktige in [*((q, [url_for(side)]) for q, side in ISSUE_FEIL.items()),
                       *((q, svar[q]) for q in ISSUE_HVERDAGSORD)]:
        topp, _ = pagefind_sok(sokeside, q)
        if not set(riktige) & set(topp[:3]):
            bom[q] = topp[:3]
    assert not bom, bom


def test_fareord_setter_akuttsiden_forst(sokeside):
    for q in ("vold", "slår", "overgrep", "112", "politi", "akutt"):
        topp, _ = pagefind_sok(sokeside, q)
        assert topp and topp[0] == "handlingsveileder/akutt/", (q, topp)


def test_tastatur_tab_til_treffene_antall_varsles_og_esc_lukker(sokeside):
    side = sokeside
    pagefind_sok(side, "stafettlogg")
    antall = side.locator(".sok__antall")
    assert antall.get_attribute("aria-live") == "polite" and "treff" in antall.text_content()
    side.locator("#sok-felt").focus()
    side.keyboard.press("Tab")
    aktiv = side.evaluate("document.activeElement.className")
    assert "sok__treff" in aktiv.split(), f"Tab fra søkefeltet gikk til {aktiv!r}, ikke til første treff"
    assert side.locator(".sok__resultater").is_visible()
    side.keyboard.press("Escape")
    assert side.locator(".sok__resultater").is_hidden()
    assert side.evaluate("document.activeElement.id") == "sok-felt"
    # Delresultatene peker på overskriften (ankeret), ikke bare siden.
    pagefind_sok(side, "samtykke")
    deler = side.eval_on_selector_all(".sok__del", "els => els.map(a => a.getAttribute('href'))")
    assert deler and all("#" in d for d in deler)


def test_snarveien_slash_setter_fokus_i_sokefeltet(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    side = context.new_page()
    side.goto(site_url + "lovverk/", wait_until="networkidle")
    hentet = []
    side.on("request", lambda r: hentet.append(r.url) if "/pagefind/" in r.url else None)
    side.wait_for_timeout(300)
    assert hentet == [], "søkemotoren ble hentet før noen søkte"
    side.keyboard.press("/")
    assert side.evaluate("document.activeElement.id") == "sok-felt"
    assert side.locator("#sok-felt").input_value() == ""
    context.close()


@pytest.mark.parametrize("bredde", [1280, 360])
def test_apne_sokeresultater_har_null_axe_brudd_og_ingen_sidelengs_rulling(browser, site_url, bredde):
    from axe_playwright_python.sync_playwright import Axe

    from test_browser import AXE_OPTIONS

    context = browser.new_context(viewport={"width": bredde, "height": 800}, locale="nb-NO")
    side = context.new_page()
    side.goto(site_url, wait_until="networkidle")
    side.locator("#sok-felt").click()
    pagefind_sok(side, "samtykke")
    assert side.locator(".sok__resultater").is_visible()
    brudd = Axe().run(side, options=AXE_OPTIONS).response["violations"]
    assert brudd == [], [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in brudd]
    rull = side.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert rull <= 0, f"{rull}px sidelengs rulling på {bredde} px"
    context.close()


def test_uten_javascript_lenker_boksen_til_rutineoversikten_og_a_til_a(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    side = context.new_page()
    side.goto(site_url + "lovverk/")
    lenker = side.eval_on_selector_all(".sok__uten-js a", "els => els.map(a => new URL(a.href).pathname)")
    assert lenker == ["/rutiner/", "/a-a/"]
    assert side.locator(".sok__uten-js").is_visible()
    side.locator("#sok-felt").fill("samtykke")
    side.locator(".sok__knapp").click()
    side.wait_for_load_state()
    assert side.url.split("?")[0].endswith("/a-a/")
    context.close()
