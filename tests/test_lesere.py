"""Lesere på telefon, ved skrivebordet og på papir (sak 13), sjekket i det bygde nettstedet uten nettleser:
ankre, malen for ny rutine, kildekodelenken, bunnlenkene og ord som bare redaktører trenger."""
from __future__ import annotations


from bs4 import BeautifulSoup

from conftest import ROOT, mkdocs_build
from macros.render.ankre import slugify


def _sider(site):
    for sti in sorted(site.rglob("*.html")):
        if sti.name == "404.html" or "assets" in sti.parts:
            continue
        yield sti.relative_to(site).as_posix(), BeautifulSoup(sti.read_text(encoding="utf-8"), "html.parser")


def _synlig_tekst(soup) -> str:
    """Det leseren ser: uten kodeblokker (der står makroer og snippets med vilje som eksempler)."""
    kopi = BeautifulSoup(str(soup.select_one("article") or soup), "html.parser")
    for el in kopi.select("pre, code, script, style"):
        el.decompose()
    return kopi.get_text(" ")


def test_ankre_folger_filnavnregelen():
    assert slugify("Før drøftingen", "-") == "for-droftingen"
    assert slugify("Ansvarsgruppe: oppstart og møter", "-") == "ansvarsgruppe-oppstart-og-moter"
    assert slugify("Særlige hensyn – «barn» på skolen", "-") == "saerlige-hensyn-barn-pa-skolen"


def test_overskrifter_i_bygget_beholder_bokstavene(built_site):
    soup = BeautifulSoup((built_site / "rutiner/anonym-drofting/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    ider = {h["id"] for h in soup.select("article h2[id], article h3[id]")}
    assert "for-droftingen" in ider and "fr-drftingen" not in ider


def test_ingen_side_viser_ukjorte_snippets_eller_makroer(built_site):
    funn = []
    for navn, soup in _sider(built_site):
        tekst = _synlig_tekst(soup)
        for merke in ("--8<--", "{{", "{%", "%}", "}}"):
            if merke in tekst:
                funn.append(f"{navn}: «{merke}»")
        # heller ikke i kodeblokker: et snippet-merke der betyr at malen ikke ble hentet inn
        if "--8<--" in soup.get_text():
            funn.append(f"{navn}: --8<-- i kodeblokk")
    assert funn == []


def test_malsiden_viser_den_ekte_malen_fra_maler(built_site):
    soup = BeautifulSoup((built_site / "om-nettstedet/ny-rutine-mal/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    kode = "\n".join(pre.get_text() for pre in soup.select("article pre"))
    mal = (ROOT / "maler/rutine.md").read_text(encoding="utf-8")
    for linje in mal.splitlines()[:12]:
        assert linje.strip() in kode


def test_uten_repo_adresse_ingen_kildekodelenke_eller_blyant(built_site):
    for navn, soup in _sider(built_site):
        assert soup.select(".md-source, a[rel=edit], .md-content__button[href*='edit']") == [], navn
        assert ".invalid" not in str(soup), navn


def test_med_repo_adresse_kildekodelenke_og_blyant(tmp_path):
    site = tmp_path / "site"
    res = mkdocs_build(ROOT / "mkdocs.yml", site, env={"HV_REPO_URL": "https://git.eksempel.no/hv/",
                                                       "HV_EDIT_URI": "-/edit/main/docs/"})
    assert res.returncode == 0, res.stdout
    soup = BeautifulSoup((site / "rutiner/anonym-drofting/index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one("a.md-source")["href"] == "https://git.eksempel.no/hv/"
    assert soup.select_one("a[rel=edit]")["href"] == (
        "https://git.eksempel.no/hv/-/edit/main/docs/rutiner/anonym-drofting.md")


def test_bunnlenkene_star_pa_hver_side(built_site):
    for navn, soup in _sider(built_site):
        lenker = [a.get_text(strip=True) for a in soup.select("footer nav.hv-bunnlenker a")]
        assert lenker == ["Tilgjengelighetserklæring", "Om nettstedet", "Ord og forkortelser"], navn


def test_redaktorord_star_ikke_pa_lesersider(built_site):
    # Slikt hører hjemme på «Om nettstedet», konvensjonssidene og i CONTRIBUTING.md.
    redaktorsider = ("om-nettstedet/",)
    funn = []
    for navn, soup in _sider(built_site):
        if navn.startswith(redaktorsider):
            continue
        tekst = _synlig_tekst(soup)
        for ord_ in ("make rapport", "data/", ".yml"):
            if ord_ in tekst:
                funn.append(f"{navn}: «{ord_}»")
    assert funn == []


def test_hoppelenken_peker_pa_en_fokuserbar_tittel(built_site):
    for navn, soup in _sider(built_site):
        skip = soup.select_one("a.md-skip")
        if skip is None:
            continue
        mal = soup.find(id=skip["href"].lstrip("#"))
        assert mal is not None and mal.get("tabindex") == "-1", navn


def test_tabeller_har_kolonnenavn_i_hver_celle_og_ingen_tom_kolonne(built_site):
    for navn, soup in _sider(built_site):
        for tabell in soup.select("table.hv-tabell__tabell"):
            navn_ = [th.get_text(strip=True) for th in tabell.select("thead th")]
            rader = tabell.select("tbody tr")
            for i, kolonne in enumerate(navn_):
                celler = [r.find_all(["th", "td"], recursive=False)[i] for r in rader]
                assert all(c.get("data-label") == kolonne for c in celler), (navn, kolonne)
                if i:
                    assert any(c.get_text(strip=True) not in ("", "–") for c in celler), (
                        f"{navn}: kolonnen «{kolonne}» er tom i alle rader")


def test_navn_midt_i_setningen_har_liten_forbokstav_men_forkortelser_beholdes():
    from macros.render.oppmerking import i_setning
    assert i_setning("Barnehagene") == "barnehagene"
    assert i_setning("Psykisk helse- og rustjeneste") == "psykisk helse- og rustjeneste"
    assert i_setning("NAV") == "NAV" and i_setning("FOBU") == "FOBU"


def test_generert_tekst_skriver_tjenestenavn_med_liten_forbokstav(built_site):
    soup = BeautifulSoup((built_site / "roller/barnehageansatt/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    tekst = soup.select_one("article").get_text(" ")
    assert "oppgavene barnehagene har" in tekst and "oppgavene Barnehagene har" not in tekst
