"""What the reader gets: the routine header, the notices, the overview and the lists (built HTML).

One strict build of the fixture project (tests/fixtures/rutinestyring, README there) with the site's
real mkdocs.yml, overrides/ and macros/, «i dag» = 2025-03-01. Routines in every state:
melde-bekymring (gjeldende, overdue), samtale-med-foreldre (gjeldende, fresh), revisjon-snart
(under-revisjon, due in 45 days), anonym-drofting (utkast), gammel-rutine (utgått).
"""
import re

import pytest

import _rutinestyring as R

FORFALT = "Revisjon forfalt"
UTGATT = "Utgått – skal ikke brukes"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rutinesider")
    resultat = R.bygg(R.lag_prosjekt(tmp), tmp / "site")
    assert resultat.returncode == 0, resultat.stdout
    advarsler = [linje for linje in resultat.stdout.splitlines() if linje.startswith(("WARNING", "ERROR"))]
    assert advarsler == []
    return tmp / "site"


def hode(site, slug):
    """{dt text: dd element} of the routine header, and the page soup."""
    s = R.side(site, f"rutiner/{slug}")
    boks = s.select_one("div.rutinehode")
    assert boks is not None, f"rutinehodet mangler på {slug}"
    felt = {div.dt.get_text(strip=True): div.dd for div in boks.select("dl > div")}
    return felt, s


def tekst(el) -> str:
    return " ".join(el.get_text(" ", strip=True).split())


def test_hodet_star_rett_under_h1_med_alle_feltene(site):
    felt, s = hode(site, "melde-bekymring")
    # status, owner and next review on one compact line first; the rest in «Mer om rutinen»
    assert list(felt) == ["Status", "Eier", "Neste revisjon", "Godkjent", "Revisjonsintervall", "Gjelder for",
                          "Lovgrunnlag"]
    assert [dt.get_text(strip=True) for dt in s.select("div.rutinehode details.rutinehode__mer dt")] == [
        "Godkjent", "Revisjonsintervall", "Gjelder for", "Lovgrunnlag"]
    smuler = s.select("nav.hv-brodsmuler li")
    assert [li.get_text(strip=True) for li in smuler][0] == "Rutiner" and smuler[-1]["aria-current"] == "page"
    h1 = s.select("article h1")
    assert len(h1) == 1
    etter_h1 = [el for el in h1[0].find_next_siblings() if el.name][:2]
    assert "rutinevarsel" in etter_h1[0]["class"] and "rutinehode" in etter_h1[1]["class"]
    boks = s.select_one("div.rutinehode")
    # the id is unique per routine: the print version (macros/print/utskrift.py) puts many headers on one page
    assert boks["role"] == "group" and boks["aria-labelledby"] == "rutinehode-melde-bekymring"
    assert s.select_one("#rutinehode-melde-bekymring").get_text(strip=True) == "Om rutinen"


def test_hodet_for_gjeldende_fersk_rutine(site):
    felt, s = hode(site, "samtale-med-foreldre")
    assert tekst(felt["Eier"]) == "NAV"
    assert felt["Eier"].a["href"] == "../../tjenester/nav/"  # services link to their page
    assert tekst(felt["Status"]) == "Gjeldende"
    assert felt["Godkjent"].time["datetime"] == "2025-02-01" and tekst(felt["Godkjent"]) == "1. februar 2025"
    assert tekst(felt["Neste revisjon"]) == "1. februar 2026"
    assert tekst(felt["Revisjonsintervall"]) == "12 måneder"
    assert [(a.get_text(), a["href"]) for a in felt["Gjelder for"].find_all("a")] == [("NAV", "../../tjenester/nav/")]
    lov = felt["Lovgrunnlag"].a
    # external links are marked as leaving the intranet: class + hidden text (tests/test_eksterne_lenker.py)
    assert lov.get_text() == "helsepersonelloven § 10a (ekstern side)" and lov["href"].startswith("https://lovdata.no/")
    assert "hv-ekstern" in lov["class"] and lov.find("span", class_="hv-skjult")
    assert FORFALT not in s.get_text() and UTGATT not in s.get_text()


def test_forfalt_rutine_har_synlig_varsel(site):
    felt, s = hode(site, "melde-bekymring")
    varsel = s.select("article .rutinevarsel--forfalt")
    assert len(varsel) == 1 and varsel[0]["role"] == "note"
    assert tekst(varsel[0]).startswith("Revisjon forfalt. Rutinen skulle vært gjennomgått innen 31. januar 2025")
    assert "Virksomhetsleder er eier" in tekst(varsel[0])
    assert tekst(felt["Neste revisjon"]) == "31. januar 2025 – forfalt"
    assert tekst(felt["Eier"]) == "Virksomhetsleder" and felt["Eier"].a is None  # roles are plain text
    assert [a.get_text() for a in felt["Gjelder for"].find_all("a")] == ["NAV", "Barnehagene"]
    assert tekst(felt["Lovgrunnlag"]) == ("barnevernsloven § 13-2 (ekstern side) "
                                          "(Opplysningsplikt til barnevernstjenesten)")


@pytest.mark.parametrize("slug", ["samtale-med-foreldre", "revisjon-snart", "anonym-drofting", "gammel-rutine"])
def test_bare_den_forfalte_har_forfalt_varsel(site, slug):
    _, s = hode(site, slug)
    assert FORFALT not in s.get_text() and not s.select(".rutinevarsel--forfalt")


def test_snart_forfalt_viser_dager_igjen(site):
    felt, _ = hode(site, "revisjon-snart")
    assert tekst(felt["Status"]) == "Under revisjon"
    assert tekst(felt["Neste revisjon"]) == "15. april 2025 (om 45 dager)"
    assert tekst(felt["Lovgrunnlag"]) == "Ikke angitt"


def test_utkast_viser_synlig_hull_ikke_dato(site):
    felt, s = hode(site, "anonym-drofting")
    assert tekst(felt["Status"]) == "Utkast"
    hull = felt["Godkjent"].select_one("span.mangler")
    assert hull is not None and hull.get_text() == "Ikke godkjent ennå – fylles inn av FOBU"
    assert felt["Godkjent"].time is None
    assert tekst(felt["Neste revisjon"]) == "Settes når rutinen er godkjent"
    assert tekst(felt["Revisjonsintervall"]) == "24 måneder"
    assert felt["Eier"].a["href"] == "../../samarbeid/fobu/"


def test_utgatt_rutine_har_varsel_og_er_ute_av_meny_og_sok(site):
    felt, s = hode(site, "gammel-rutine")
    varsel = s.select_one("article .rutinevarsel--utgatt")
    assert varsel is not None and varsel["role"] == "note"
    assert tekst(varsel).startswith("Utgått – skal ikke brukes.")
    assert varsel.a["href"] == "../"
    assert tekst(felt["Neste revisjon"]) == "Ikke aktuelt (utgått)"
    # not in the search index (search.exclude -> no data-pagefind-body), its words are not in the search data
    assert "data-pagefind-body" not in (site / "rutiner" / "gammel-rutine" / "index.html").read_text(encoding="utf-8")
    assert "kvasirutineord" not in (site / "pagefind" / "sok-ord.json").read_text(encoding="utf-8")
    # not in the menu of any page, not in previous/next
    for html in site.rglob("index.html"):
        if html.parent.name == "gammel-rutine":
            continue
        s2 = R.side(site, html.parent.relative_to(site).as_posix()) if html.parent != site else None
        if s2 is None:
            continue
        assert not s2.select('nav a[href*="gammel-rutine"]'), html
        assert not s2.select('.md-footer__link[href*="gammel-rutine"]'), html
    # the page is still built, so old links and bookmarks reach the notice
    assert (site / "rutiner" / "gammel-rutine" / "index.html").is_file()


def test_utgatt_er_ute_av_rutinelistene(site):
    for url in ["", "tjenester/nav", "tjenester/barnehage"]:
        s = R.side(site, url)
        lister = s.select("ul.rutineliste")
        assert lister, f"ingen rutineliste på /{url}"
        tekstene = " ".join(tekst(liste) for liste in lister)
        assert "Melde bekymring til barneverntjenesten" in tekstene
        assert "Gammel meldingsrutine" not in s.get_text()


def test_oversikten_grupperer_per_tjeneste_med_forfalt_forst(site):
    s = R.side(site, "rutiner")
    assert len(s.select("article h1")) == 1 and s.select_one("article h1").find(string=True) == "Rutiner"
    assert s.select_one(".kort-fortalt")
    nav = s.select_one("#rutiner-nav").find_next("table")
    assert tekst(nav.caption) == "Rutiner som gjelder NAV (1 med forfalt revisjon)"
    rader = [[tekst(c) for c in tr.find_all(["th", "td"])] for tr in nav.tbody.find_all("tr")]
    assert rader == [
        ["Melde bekymring til barneverntjenesten", "Virksomhetsleder", "Gjeldende", "Forfalt 31. januar 2025"],
        ["Rutine som snart skal revideres", "Veileder i NAV", "Under revisjon", "15. april 2025 (om 45 dager)"],
        ["Samtale med foreldre", "NAV", "Gjeldende", "1. februar 2026"],
        ["Anonym drøfting", "FOBU", "Utkast", "Settes når rutinen er godkjent"],
    ]
    assert [th["scope"] for th in nav.thead.find_all("th")] == ["col"] * 4
    assert all(tr.th["scope"] == "row" for tr in nav.tbody.find_all("tr"))
    assert nav.tbody.tr.th.a["href"] == "melde-bekymring/"
    barnehage = s.select_one("#rutiner-barnehage").find_next("table")
    assert [tekst(tr.th) for tr in barnehage.tbody.find_all("tr")] == [
        "Melde bekymring til barneverntjenesten", "Anonym drøfting"]
    # FOBU has no routines that apply to it: no empty section
    assert s.select_one("#rutiner-fobu") is None
    # withdrawn routines only in their own section at the bottom
    assert "Gammel meldingsrutine" not in tekst(s.select_one("#rutiner-nav").find_next("table"))
    utgatte = s.select_one("#utgatte").find_next("ul")
    assert tekst(utgatte).startswith("Gammel meldingsrutine Utgått – skal ikke brukes Eier: Prosjektleder")
    tabeller = " ".join(tekst(t) for t in s.select("table"))
    assert "Gammel meldingsrutine" not in tabeller


def test_oversikten_har_sammendrag(site):
    s = R.side(site, "rutiner")
    assert tekst(s.select_one("p.rutinesammendrag")) == \
        "Per 1. mars 2025 har veilederen 4 rutiner (utgåtte ikke medregnet)."
    tabell = s.select_one("#status").find_next("table")
    assert tekst(tabell.caption) == "Rutinene i tall"
    tall = {tekst(tr.th): tekst(tr.td) for tr in tabell.tbody.find_all("tr")}
    assert tall == {"Gjeldende": "2", "Under revisjon": "1", "Utkast (ikke godkjent ennå)": "1",
                    "Revisjon forfalt": "1", "Revisjon innen 60 dager": "1", "Utgått (skal ikke brukes)": "1"}
    varsel = s.select_one("#status").find_next(class_="rutinevarsel--forfalt")
    assert re.search(r"Revisjon forfalt for 1 rutine: Melde bekymring til barneverntjenesten – eier: "
                     r"Virksomhetsleder, skulle vært gjennomgått 31\. januar 2025", tekst(varsel))


def test_sist_endret_vises_pa_norsk_pa_hver_side(site):
    sider = [p for p in site.rglob("index.html")]
    assert len(sider) > 8
    for html in sider:
        innhold = html.read_text(encoding="utf-8")
        treff = re.search(r'<span class="sist-endret__etikett">Sist endret:</span>\s*<span[^>]*>([^<]+)</span>',
                          innhold)
        assert treff, f"«Sist endret» mangler på {html}"
        # not a git repo here: the build date, written the Norwegian way («22. november 2026»)
        assert re.fullmatch(r"\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|"
                            r"november|desember) \d{4}", treff.group(1).strip()), treff.group(1)


def test_hva_er_nytt_kommer_fra_data_nyeste_forst_ogsa_uten_git(site):
    # data/nytt.yml, not commit subjects: the list is the same with or without git history
    s = R.side(site, "om-nettstedet/hva-er-nytt")
    punkter = s.select("ul.endringslogg > li")
    assert [p.time["datetime"] for p in punkter] == ["2026-01-15", "2025-12-01"]
    assert tekst(punkter[0]) == "15. januar 2026 : En ny side for testen. Forside"
    assert punkter[0].a is not None and punkter[1].a is None
    assert s.select_one(".endringslogg-mangler") is None


@pytest.mark.browser
def test_rutinesidene_og_oversikten_har_null_axe_brudd(site, browser):
    """The real site has only drafts; here every state (overdue, withdrawn, badges, gaps) is checked with axe."""
    import functools
    import http.server
    import threading

    from conftest import _QuietHandler
    from test_browser import _violations

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    try:
        page = context.new_page()
        problemer = {}
        for url in ["rutiner/", "rutiner/melde-bekymring/", "rutiner/samtale-med-foreldre/", "rutiner/revisjon-snart/",
                    "rutiner/anonym-drofting/", "rutiner/gammel-rutine/", "om-nettstedet/hva-er-nytt/"]:
            svar = page.goto(f"http://127.0.0.1:{server.server_address[1]}/{url}", wait_until="load")
            assert svar.status == 200, url
            funn = _violations(page)
            if funn:
                problemer[url] = funn
        assert not problemer, "\n".join(f"{u}: {v}" for u, v in problemer.items())
    finally:
        context.close()
        server.shutdown()
