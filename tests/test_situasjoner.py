"""Situasjonsveilederne «Når du møter …» (data/situasjoner.yml, docs/situasjoner/, sak 14): datalaget og visningen
uten nettleser, så det bygde nettstedet: sidene, numrene som tel:-lenker, rutinene, lenkene fra forsiden, den
akutte siden, tjeneste- og rollesidene, og at hver veileder er høyst to klikk fra forsiden."""
from __future__ import annotations

import posixpath
import re
from collections import deque

import pytest
import yaml
from bs4 import BeautifulSoup

from _datalag import ROT, ekte_datasett, fixture_datasett

from macros.data.feil import MakroFeil
from macros.render.lenker import Side
from macros.render.situasjoner import situasjon, situasjoner_for, situasjonsliste

SIDEN = Side(src="situasjoner/ruspavirket-forelder.md", url="situasjoner/ruspavirket-forelder/")
MAPPE = ROT / "docs" / "situasjoner"
# Sak 14, punkt 1: situasjonene som skal finnes, og rutinen (eller rutinene) hver av dem skal lenke til.
PAKREVDE = {
    "ruspavirket-forelder": {"opplysningsplikt-til-barneverntjenesten"},
    "forelder-i-krise": {"barn-som-parorende-i-psykisk-helse-og-rustjenesten"},
    "vold-i-naere-relasjoner": {"opplysningsplikt-til-barneverntjenesten"},
    "barn-forteller": {"samtale-med-barn"},
    "gravid-og-rus": {"kartlegging-i-svangerskap-og-barseltid"},
    "gjeld-bolig-arbeid": {"nav-barn-i-familier-med-belastninger"},
}
# Nasjonale numre som sak 14 nevner for en situasjon (tel:-lenken uten mellomrom).
PAKREVDE_NUMRE = {"forelder-i-krise": {"113", "116117"}, "ruspavirket-forelder": {"112"},
                  "vold-i-naere-relasjoner": {"112"}}


# ---------- datalaget og visningen ----------
def test_fixturen_gir_situasjonen_med_alle_delene():
    md = situasjon(fixture_datasett(), SIDEN, "ruspavirket-forelder")
    forste = [md.index(t) for t in ('class="kort-fortalt"', '!!! danger akutt "Gjør dette nå"', "## Hva du ser",
                                    "## Hvem du kontakter", "## Etterpå", "## Dette skriver du ned",
                                    "## Samtykke og opplysningsplikt", "## Rutiner du følger")]
    assert forste == sorted(forste), "delene står i feil rekkefølge: «Gjør dette nå» skal komme rett etter «Kort fortalt»"
    assert 'href="tel:112"' in md and 'href="tel:113"' in md           # ring() fra kontakter.yml
    assert "mangler – fylles inn av barneverntjenesten" in md          # barnevernvakten har ikke noe nummer
    assert 'href="tel:62000000"' in md                                  # barnehagens nummer fra tjenester.yml
    assert "mangler – fylles inn av NAV" in md                          # NAV har ikke noe nummer i fixturen
    assert "(../rutiner/melde-bekymring.md)" in md and "(../tjenester/nav.md#kontakt)" in md
    assert "Kilde: Ikke beskrevet i kildene." in md and "Kilde: Lovverket." in md
    assert '!!! note "Ikke beskrevet i kildene"' in md
    assert '--8<-- "felles-tekst.md:opplysningsplikt-vilkar"' in md   # felles tekst fra maler/, ikke omskrevet


def test_verdier_fra_data_vises_som_tekst_aldri_som_markup():
    ds = fixture_datasett()
    md = situasjon(ds, SIDEN, "ruspavirket-forelder")
    assert "](javascript" not in md and "&#91;lenke&#93;" in md
    assert "&#42;ustødig&#42;" in md
    liste = situasjonsliste(ds, Side(src="index.md", url=""))
    assert "<b>" not in liste and "&lt;b&gt;ruset&lt;/b&gt;" in liste


def test_situasjonen_hører_til_sin_egen_side_og_ukjent_id_foreslar_riktig():
    ds = fixture_datasett()
    with pytest.raises(MakroFeil, match="hører til siden situasjoner/ruspavirket-forelder.md"):
        situasjon(ds, Side(src="situasjoner/annen.md", url="situasjoner/annen/"), "ruspavirket-forelder")
    with pytest.raises(MakroFeil, match="ukjent situasjon «ruspavirket».*Mente du «ruspavirket-forelder»"):
        situasjon(ds, SIDEN, "ruspavirket")


def test_lister_per_tjeneste_og_situasjoner_for_deg():
    ds = fixture_datasett()
    side = Side(src="tjenester/nav.md", url="tjenester/nav/")
    assert "(../situasjoner/ruspavirket-forelder.md)" in situasjonsliste(ds, side, tjeneste="nav")
    assert "Ingen situasjonsveiledere ennå." in situasjonsliste(ds, side, tjeneste="fobu")
    assert situasjoner_for(ds, side, "fobu") == ""
    assert situasjoner_for(ds, side, "nav").startswith("## Situasjoner for deg {#situasjoner}")
    with pytest.raises(MakroFeil, match="ukjent tjeneste «navv»"):
        situasjonsliste(ds, side, tjeneste="navv")


def test_ekte_data_har_situasjonene_fra_saken_med_sine_rutiner():
    ds = ekte_datasett()
    assert set(PAKREVDE) <= set(ds.situasjoner)
    for sid, rutiner in PAKREVDE.items():
        assert rutiner <= set(ds.situasjoner[sid].rutiner), sid


def test_hver_situasjon_har_sin_side_i_menyen_og_hver_side_sin_situasjon():
    ds = ekte_datasett()
    sider = {p.stem for p in MAPPE.glob("*.md")} - {"index"}
    assert sider == set(ds.situasjoner), "docs/situasjoner/*.md og data/situasjoner.yml må ha de samme id-ene"
    meny = yaml.safe_load((MAPPE / ".nav.yml").read_text(encoding="utf-8"))["nav"]
    i_menyen = {(list(x.values())[0] if isinstance(x, dict) else x)[:-3] for x in meny} - {"index"}
    assert i_menyen == set(ds.situasjoner), "docs/situasjoner/.nav.yml må ta med hver situasjon"
    assert "situasjoner" in (ROT / "docs" / ".nav.yml").read_text(encoding="utf-8")
    for sid, s in ds.situasjoner.items():
        tekst = (MAPPE / f"{sid}.md").read_text(encoding="utf-8")
        assert tekst.splitlines()[0] == f"# {s.tittel}", f"{sid}: overskriften må være tittelen i dataene"
        assert tekst.count(f'{{{{ situasjon("{sid}") }}}}') == 1


def test_ingen_telefonnumre_eller_paragrafer_skrevet_i_teksten():
    """Numrene kommer fra «ring» og «tjeneste», lovene fra «lov» og «lovgrunnlag» – aldri fra teksten."""
    data = yaml.safe_load((ROT / "data" / "situasjoner.yml").read_text(encoding="utf-8"))

    def tekster(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, list):
            for y in x:
                yield from tekster(y)
        elif isinstance(x, dict):
            for k, y in x.items():
                if k not in ("ring", "lov", "lovgrunnlag", "id", "kilde", "rutiner", "gjelder", "utdrag"):
                    yield from tekster(y)

    for t in tekster(data):
        assert not re.search(r"\d{3}", t), f"et tall som kan være et telefonnummer, står i teksten: {t}"
        assert "§" not in t, f"en paragraf står i teksten (bruk «lov» eller «lovgrunnlag»): {t}"


# ---------- det bygde nettstedet ----------
def _side(built_site, url: str) -> BeautifulSoup:
    return BeautifulSoup((built_site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def _lenker(soup: BeautifulSoup, fra_url: str) -> set[str]:
    """Artikkelens lenker som nettstedsstier («situasjoner/x/»), uten anker."""
    ut = set()
    for a in soup.select("article a[href]"):
        href = a["href"].split("#")[0]
        if not href or ":" in href:
            continue
        sti = posixpath.normpath(posixpath.join(fra_url or ".", href))
        ut.add("" if sti == "." else sti.rstrip("/") + "/")
    return ut


@pytest.fixture(scope="module")
def ds():
    return ekte_datasett()


def test_hver_situasjonsside_har_numrene_som_tel_lenker_og_lenker_til_rutinene(built_site, ds):
    for sid, s in ds.situasjoner.items():
        url = f"situasjoner/{sid}/"
        soup = _side(built_site, url)
        tel = {a["href"][4:] for a in soup.select("article a[href^='tel:']")}
        numre = {ds.kontakter[k].telefon for st in s.gjor_na.steg for k in st.ring}
        numre |= {ds.kontakter[k.kontakt].telefon for k in s.hvem_du_kontakter.kontakter if k.kontakt}
        forventet = {n.replace(" ", "") for n in numre if n} | PAKREVDE_NUMRE.get(sid, set())
        assert forventet and forventet <= tel, f"{sid}: mangler tel:-lenker {forventet - tel}"
        lenker = _lenker(soup, url)
        for rid in s.rutiner:
            assert f"rutiner/{rid}/" in lenker, f"{sid}: lenker ikke til rutinen {rid}"
        # «Gjør dette nå» rett etter «Kort fortalt», før første overskrift under h1
        artikkel = soup.select_one("article")
        blokker = [el for el in artikkel.find_all(["div", "h2"], recursive=False)
                   if el.name == "h2" or "kort-fortalt" in el.get("class", []) or "admonition" in el.get("class", [])]
        assert "kort-fortalt" in blokker[0]["class"] and "danger" in blokker[1]["class"], sid
        assert blokker[1].select("ol > li a[href^='tel:']"), f"{sid}: «Gjør dette nå» har ingen tel:-lenke"
        assert "Kilde:" in artikkel.get_text(), sid
        if s.ikke_i_kildene:
            assert soup.select_one("article .admonition.note"), f"{sid}: merknaden om kildene mangler"


def test_forsiden_og_oversikten_lenker_til_hver_situasjon(built_site, ds):
    forsiden = _lenker(_side(built_site, ""), "")
    oversikten = _lenker(_side(built_site, "situasjoner/"), "situasjoner/")
    assert "situasjoner/" in forsiden
    for sid in ds.situasjoner:
        assert f"situasjoner/{sid}/" in forsiden, f"forsiden lenker ikke til {sid}"
        assert f"situasjoner/{sid}/" in oversikten, f"oversikten lenker ikke til {sid}"


def test_den_akutte_siden_lenker_til_de_akutte_situasjonene(built_site):
    lenker = _lenker(_side(built_site, "handlingsveileder/akutt/"), "handlingsveileder/akutt/")
    for sid in ("ruspavirket-forelder", "forelder-i-krise", "vold-i-naere-relasjoner", "barn-forteller"):
        assert f"situasjoner/{sid}/" in lenker, sid


def test_tjeneste_og_rollesidene_lenker_til_situasjonene_de_gjelder(built_site, ds):
    for sid, s in ds.situasjoner.items():
        for tid in s.gjelder:
            t = ds.tjenester[tid]
            url = t.side[:-3] + "/"
            assert f"situasjoner/{sid}/" in _lenker(_side(built_site, url), url), f"{t.side} lenker ikke til {sid}"
        roller = [r for r in ds.rollevisninger.values() if r.tjeneste in s.gjelder]
        for r in roller:
            url = f"roller/{r.id}/"
            soup = _side(built_site, url)
            assert soup.select_one("h2#situasjoner"), f"{url}: «Situasjoner for deg» mangler"
            assert f"situasjoner/{sid}/" in _lenker(soup, url), f"{url} lenker ikke til {sid}"
    # og ikke til situasjoner som ikke gjelder dem
    ikke = [sid for sid, s in ds.situasjoner.items() if "barneverntjenesten" not in s.gjelder]
    lenker = _lenker(_side(built_site, "tjenester/barneverntjenesten/"), "tjenester/barneverntjenesten/")
    assert ikke and not any(f"situasjoner/{sid}/" in lenker for sid in ikke)


def test_hver_situasjon_er_hoyst_to_klikk_fra_forsiden(built_site, ds):
    dybde = {"": 0}
    ko = deque([""])
    while ko:
        url = ko.popleft()
        if dybde[url] >= 2 or not (built_site / url / "index.html").is_file():
            continue
        for neste in _lenker(_side(built_site, url), url):
            if neste not in dybde:
                dybde[neste] = dybde[url] + 1
                ko.append(neste)
    for sid in ds.situasjoner:
        assert dybde.get(f"situasjoner/{sid}/", 99) <= 2, f"{sid} er mer enn to klikk fra forsiden"
