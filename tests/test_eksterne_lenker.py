"""Registeret over eksterne adresser (data/lenker.yml) og lenkene som går ut av intranettet.

1. Registeret: bare https, hver adresse har kilde og dato, det som ikke er kontrollert er en synlig luke.
2. Vertene kommer fra registeret (Datasett.verter): lovdata.no pluss vertene i data/lenker.yml.
3. Hver ekstern lenke på nettstedet er merket (klassen hv-ekstern og skjult tekst «(ekstern side)»), går til
   https og til en vert i registeret. Sjekken er uten nett: formen, aldri svaret fra nettstedet.
4. «Hvem ringer jeg?» får plass på ett A4-ark.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from _datalag import ROT, ekte_datasett, fixture_datasett
from macros.data.eksterne import LOVREGISTER_VERT, tillatt
from macros.data.feil import MakroFeil
from macros.data.modeller import LenkerFil
from macros.render import eksterne, kontakter
from macros.render.lenker import Side
from macros.render.oppmerking import UtryggAdresse, merk_eksterne_lenker, trygg_url

import lag_pdf  # noqa: E402

FORSIDE = Side(src="index.md", url="")
# the national resources issue 14 asks for; each is verified against a stored public page, or a visible gap
NASJONALE = ("digital-bekymringsmelding", "alarmtelefonen", "snakke-med-barn", "tidlig-oppdagelse", "parorendeveileder")


# ---------- 1. registeret ----------
def test_registeret_har_de_nasjonale_ressursene_med_kilde_og_dato():
    fil = LenkerFil.model_validate(yaml.safe_load((ROT / "data/lenker.yml").read_text(encoding="utf-8")))
    lenker = {lenke.id: lenke for lenke in fil.lenker}
    assert set(NASJONALE) <= set(lenker)
    for lenke in lenker.values():
        if lenke.url is None:
            assert lenke.mangler, lenke.id
            continue
        assert lenke.url.startswith("https://"), lenke.id
        assert lenke.kilde_url and isinstance(lenke.kontrollert, date), lenke.id
    # IS-2826 is the guideline «Tidlig oppdagelse av utsatte barn og unge» (not the pårørendeveileder)
    assert "IS-2826" in lenker["tidlig-oppdagelse"].tittel
    assert "Tidlig oppdagelse av utsatte barn og unge" in lenker["tidlig-oppdagelse"].tittel


def test_adresse_uten_kilde_eller_med_http_avvises():
    from pydantic import ValidationError
    grunn = {"id": "x", "tittel": "X", "utgiver": "Y", "brukes_til": "Noe."}
    with pytest.raises(ValidationError, match="kilde_url"):
        LenkerFil.model_validate({"lenker": [{**grunn, "url": "https://example.no/"}]})
    with pytest.raises(ValidationError):
        LenkerFil.model_validate({"lenker": [{**grunn, "url": "http://example.no/", "kilde_url": "https://example.no/",
                                              "kontrollert": date(2026, 12, 3)}]})
    with pytest.raises(ValidationError, match="mangler"):
        LenkerFil.model_validate({"lenker": [{**grunn, "url": None}]})


def test_kontaktene_peker_til_registeret():
    ds = ekte_datasett(med_rutiner=False)
    assert ds.kontakter["digital-bekymringsmelding"].lenke == "digital-bekymringsmelding"
    assert ds.kontakter["alarmtelefonen"].lenke == "alarmtelefonen"


# ---------- 2. vertene ----------
def test_vertene_kommer_fra_registeret():
    ds = ekte_datasett(med_rutiner=False)
    forventet = {LOVREGISTER_VERT} | {urlsplit(lenke.url).hostname for lenke in ds.lenker.values() if lenke.url}
    assert ds.verter == frozenset(forventet)
    assert "bekymringsmelding.fiks.ks.no" in ds.verter and "www.helsedirektoratet.no" in ds.verter


def test_trygg_url_sier_hva_du_skal_skrive():
    verter = frozenset({"lovdata.no", "www.116111.no"})
    assert trygg_url("https://lovdata.no/lov/x", verter)
    assert tillatt("www.lovdata.no", verter) and not tillatt("lovdata.no.example.com", verter)
    with pytest.raises(UtryggAdresse, match="data/lenker.yml"):
        trygg_url("https://example.com/", verter)
    with pytest.raises(UtryggAdresse, match="https://"):
        trygg_url("http://lovdata.no/", verter)


def test_merkingen_av_ferdige_sider():
    verter = frozenset({"lovdata.no"})
    html = '<p><a href="https://lovdata.no/x">Lovdata</a> <a href="../intern/">intern</a> <a href="tel:113">113</a></p>'
    merket = merk_eksterne_lenker(html, verter)
    assert ('<a class="hv-ekstern" href="https://lovdata.no/x">Lovdata<span class="hv-skjult"> (ekstern side)</span></a>'
            in merket)
    assert '<a href="../intern/">intern</a>' in merket and '<a href="tel:113">113</a>' in merket
    assert merk_eksterne_lenker(merket, verter) == merket   # already marked: left alone
    with pytest.raises(UtryggAdresse):
        merk_eksterne_lenker('<a href="https://example.com/">x</a>', verter)


def test_ekstern_makroen():
    ds = fixture_datasett()
    html = eksterne.ekstern(ds, FORSIDE, "snakke-med-barn")
    assert html.startswith('<a class="hv-ekstern" href="https://www.snakkemedbarn.no/om-snakkemedbarn/">')
    assert "(ekstern side)" in html
    assert "Øv her" in eksterne.ekstern(ds, FORSIDE, "snakke-med-barn", tekst="Øv her")
    with pytest.raises(MakroFeil, match="Mente du «snakke-med-barn»"):
        eksterne.ekstern(ds, FORSIDE, "snakke-med-barnn")
    liste = eksterne.nasjonale_ressurser(ds, FORSIDE, ["alarmtelefonen", "tidlig-oppdagelse"])
    assert liste.count("<li>") == 2 and "Fra: Helsedirektoratet" in liste


def test_adresse_som_ikke_er_kontrollert_er_en_luke():
    ds = fixture_datasett()
    lenke = ds.lenker["digital-bekymringsmelding"].model_copy(update={"url": None, "mangler": "barneverntjenesten"})
    ds.lenker = {**ds.lenker, "digital-bekymringsmelding": lenke}
    assert "mangler – fylles inn av barneverntjenesten" in eksterne.ekstern(ds, FORSIDE, "digital-bekymringsmelding")
    assert "mangler – fylles inn av barneverntjenesten" in kontakter.hvem_ringer_jeg(ds, FORSIDE)


# ---------- 3. det bygde nettstedet ----------
def test_hver_ekstern_lenke_er_merket_https_og_fra_registeret(built_site):
    ds = ekte_datasett(med_rutiner=False)
    sett = 0
    for fil in sorted(built_site.rglob("*.html")):
        suppe = BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser")
        for a in suppe.find_all("a", href=re.compile(r"^https?://")):
            hvor = f"{fil.relative_to(built_site)}: {a['href']}"
            assert a["href"].startswith("https://"), hvor
            assert tillatt(urlsplit(a["href"]).hostname or "", ds.verter), hvor
            assert "hv-ekstern" in (a.get("class") or []), hvor
            skjult = a.find("span", class_="hv-skjult")
            assert skjult is not None and skjult.get_text() == " (ekstern side)", hvor
            sett += 1
    assert sett > 50   # Lovdata on many pages, the register on a few


def test_nasjonale_ressurser_pa_sidene(built_site):
    lovverk = (built_site / "lovverk/index.html").read_text(encoding="utf-8")
    for url in ("https://bekymringsmelding.fiks.ks.no/offentlig", "https://www.snakkemedbarn.no/om-snakkemedbarn/",
                "https://www.helsedirektoratet.no/veiledere/parorendeveileder/om-veilederen"):
        assert f'href="{url}"' in lovverk, url
    hvem = (built_site / "hvem-ringer-jeg/index.html").read_text(encoding="utf-8")
    assert 'href="https://bekymringsmelding.fiks.ks.no/offentlig"' in hvem
    rutine = (built_site / "rutiner/opplysningsplikt-til-barneverntjenesten/index.html").read_text(encoding="utf-8")
    assert 'class="hv-ekstern" href="https://bekymringsmelding.fiks.ks.no/offentlig"' in rutine


def _sider_i_pdf(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def skriv_ut(page, url: str) -> bytes:
    """The page on A4 as `make pdf` prints (Chromium, print media, the same margins as scripts/lag_pdf.py)."""
    page.goto(url, wait_until="networkidle")
    page.emulate_media(media="print")
    return page.pdf(format="A4", margin=lag_pdf.MARGER, print_background=False)


@pytest.mark.browser
def test_hvem_ringer_jeg_pa_ett_a4_ark(offline_page, site_url, resultater):
    data = skriv_ut(offline_page, site_url + "hvem-ringer-jeg/")
    (resultater / "hvem-ringer-jeg.pdf").write_bytes(data)
    assert data.startswith(b"%PDF-")
    assert _sider_i_pdf(data) == 1, "«Hvem ringer jeg?» skal få plass på ett A4-ark"
    assert offline_page.guard.blocked == []
