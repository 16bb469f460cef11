"""Malene til utskrift (docs/maler/): samtykke, referat fra foreldresamtale, observasjonsnotat og sjekkliste før
bekymringsmelding (issue 14, punkt 3).

1. Styringen er rutinenes: samme felt øverst (med «art: mal»), samme kontroller, eier, status, revisjon og
   godkjenning i hodet, og «Forslag – må godkjennes av …» til malen er godkjent. `make rapport` tar dem med.
2. Det bygde nettstedet: sidene finnes, står i menyen og i utskriftsversjonen, er lenket fra rutinene, og
   lovhenvisningene går gjennom lovregisteret.
3. I Chromium: hver mal får plass på ett eller to A4-ark, og ingen side ruller sidelengs på 360 px.
"""
from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
import yaml

from _datalag import GYLDIG, ROT, SIDE
from macros.data.datasett import Kilder, last_datasett
from macros.data.feil import DataError
from macros.data.rutinestyring import alle_revisjoner, rutinefeil
from macros.render import maler as malrender
from macros.render.lenker import Side
from macros.render.rutinehode import rutinehode_kontekst

from test_eksterne_lenker import _sider_i_pdf, skriv_ut

MALER = {
    "samtykke": "Samtykke til å dele opplysninger mellom tjenester",
    "referat-foreldresamtale": "Referat fra samtale med foreldre",
    "observasjonsnotat": "Observasjonsnotat",
    "sjekkliste-bekymringsmelding": "Sjekkliste før bekymringsmelding",
}
FORSLAG = "Forslag – må godkjennes av FOBU."
IDAG = date(2026, 12, 3)


def _med_maler():  # the build reads docs/maler too (as _datalag.ekte_datasett)
    return last_datasett(Kilder(datakatalog=ROT / "data", rutinekatalog=ROT / "docs" / "rutiner",
                                malkatalog=ROT / "docs" / "maler", docs_katalog=None, prosjektrot=ROT))


# ---------- 1. styringen ----------
def test_malene_er_styrt_som_rutinene():
    ds = _med_maler()
    assert {mid: m.tittel for mid, m in ds.maler.items()} == MALER
    for mid, m in ds.maler.items():
        assert m.side == f"maler/{mid}.md" and m.meta.art == "mal"
        assert m.meta.eier == "fobu" and m.meta.revisjonsintervall_mnd == 12
        assert m.meta.status == "utkast" and m.meta.godkjent is None   # a proposal until FOBU approves it
        assert ds.mal_for_side[m.side] == mid
    assert not set(ds.maler) & set(ds.rutiner)      # the routine overview and lists are unchanged
    assert rutinefeil(ds, IDAG) == []


def test_hodet_sier_om_malen_og_forslag():
    ds = _med_maler()
    hode = rutinehode_kontekst(ds, Side(src="maler/samtykke.md", url="maler/samtykke/"), "samtykke", IDAG, "mal")
    assert hode["om"] == "Om malen" and hode["forslag"] is True
    assert hode["eier"]["navn"] == "FOBU" and hode["intervall"] == "12 måneder"
    assert hode["godkjent"] is None and "fylles inn av FOBU" in hode["godkjent_mangler"]
    assert {lov["tekst"] for lov in hode["lovgrunnlag"]} == {"forvaltningsloven § 13", "helsepersonelloven § 21"}


def test_rapporten_tar_med_malene():
    ds = _med_maler()
    med = {r.id for r in alle_revisjoner(ds, IDAG, med_maler=True)}
    assert set(MALER) <= med and not set(MALER) & {r.id for r in alle_revisjoner(ds, IDAG)}


def _prosjekt(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(GYLDIG, data)
    rutiner = tmp_path / "docs" / "rutiner"
    shutil.copytree(SIDE / "docs" / "rutiner", rutiner)
    maler = tmp_path / "docs" / "maler"
    maler.mkdir()
    return Kilder(datakatalog=data, rutinekatalog=rutiner, malkatalog=maler, prosjektrot=tmp_path), maler


def _mal(mappe, navn: str, **felt) -> None:
    meta = {"id": navn, "art": "mal", "eier": "fobu", "status": "utkast", "godkjent": None,
            "revisjonsintervall_mnd": 12, **felt}
    tekst = "---\n" + yaml.safe_dump({"title": felt.pop("title", f"Mal {navn}"), "rutine": meta},
                                     allow_unicode=True) + "---\n# Mal\n"
    (mappe / f"{navn}.md").write_text(tekst, encoding="utf-8")


def test_feil_i_en_mal_gir_norske_meldinger(tmp_path):
    kilder, maler = _prosjekt(tmp_path)
    _mal(maler, "samtykke", art="rutine")
    _mal(maler, "referat", eier="fobuu")
    rutine = next(iter(sorted(kilder.rutinekatalog.glob("*.md")))).stem
    _mal(maler, rutine)
    with pytest.raises(DataError) as info:
        last_datasett(kilder)
    melding = str(info.value)
    assert "docs/maler/samtykke.md, mal «samtykke»: feltet «art» må være «mal» for sider i docs/maler/" in melding
    assert "docs/maler/referat.md, mal «referat»: feltet «eier» viser til «fobuu», som ikke finnes" in melding
    assert f"docs/maler/{rutine}.md, mal «{rutine}»: id-en «{rutine}» er også brukt av rutinen" in melding
    assert "Traceback" not in melding


def test_skrivefelt_er_linjer_ikke_skjemafelt():
    ds = _med_maler()
    side = Side(src="maler/samtykke.md", url="maler/samtykke/")
    html = malrender.skrivefelt(ds, side, "Dato", linjer=3, hjelp="Skriv datoen.")
    assert html.count('class="hv-skrivefelt__linje"') == 3 and 'aria-hidden="true"' in html
    assert "<input" not in html and "<form" not in html and "Skriv datoen." in html
    rad = malrender.skrivefelter(ds, side, ["Dato", "Sted"])
    assert rad.count('class="hv-skrivefelt"') == 2


# ---------- 2. det bygde nettstedet ----------
def _tekst(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("mid", sorted(MALER))
def test_malsiden_viser_styringen_og_forslag(built_site, mid):
    html = (built_site / "maler" / mid / "index.html").read_text(encoding="utf-8")
    tekst = _tekst(html)
    assert f">{MALER[mid]}<" in html or f"{MALER[mid]}</h1>" in html
    assert FORSLAG in tekst
    for del_ in ("Om malen", "Status", "Utkast", "Eier", "FOBU", "Neste revisjon", "Settes når malen er godkjent",
                 "Godkjent", "Ikke godkjent ennå – fylles inn av FOBU", "Revisjonsintervall", "12 måneder"):
        assert del_ in tekst, (mid, del_)
    assert 'class="hv-skrivefelt"' in html or 'class="hv-sjekkliste"' in html
    assert re.search(r'<nav class="hv-brodsmuler"[^>]*>\s*<ol>\s*<li><a href="\.\./">Maler til utskrift</a>', html)
    assert "Kilder for denne malen" in tekst
    # law only through the register: every Lovdata link is marked as external and comes from lov()
    for href in re.findall(r'href="(https://lovdata\.no/[^"]+)"', html):
        assert f'class="hv-ekstern" href="{href}"' in html


def test_oversikten_menyen_og_rutinene_lenker_til_malene(built_site):
    oversikt = (built_site / "maler/index.html").read_text(encoding="utf-8")
    for mid, tittel in MALER.items():
        assert f'href="{mid}/"' in oversikt and tittel in oversikt
    forside = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Maler til utskrift" in forside   # in the menu on every page
    lenker = {"rutiner/samtale-med-foreldre-ved-bekymring": ("samtykke", "referat-foreldresamtale"),
              "rutiner/opplysningsplikt-til-barneverntjenesten": ("sjekkliste-bekymringsmelding",),
              "rutiner/samtale-med-barn": ("observasjonsnotat",), "lovverk": ("samtykke",)}
    for side, maler in lenker.items():
        html = (built_site / side / "index.html").read_text(encoding="utf-8")
        for mid in maler:
            assert re.search(rf'href="(\.\./)+maler/{mid}/"', html), (side, mid)


def test_malene_er_i_utskriftsversjonen(built_site):
    html = (built_site / "utskrift/handlingsveileder/index.html").read_text(encoding="utf-8")
    assert 'href="#maler">Malene</a>' in html
    for mid, tittel in MALER.items():
        assert f'id="maler-{mid}"' in html and tittel in html, mid
    assert _tekst(html).count(FORSLAG) == len(MALER)
    # the routine template for maintainers (maler/rutine.md) is something else, and not in the print version
    assert "Skriv tittelen her" not in html


def test_rutinemalen_for_vedlikeholdere_er_fortsatt_egen(built_site):
    html = (built_site / "om-nettstedet/ny-rutine-mal/index.html").read_text(encoding="utf-8")
    assert "Skriv tittelen her" in html and re.search(r'href="\.\./\.\./maler/"', html)


# ---------- 3. i nettleseren ----------
@pytest.mark.browser
@pytest.mark.parametrize("mid", sorted(MALER))
def test_malen_far_plass_pa_ett_eller_to_a4_ark(offline_page, site_url, resultater, mid):
    data = skriv_ut(offline_page, site_url + f"maler/{mid}/")
    (resultater / f"mal-{mid}.pdf").write_bytes(data)
    assert 1 <= _sider_i_pdf(data) <= 2, f"{mid}: {_sider_i_pdf(data)} sider"
    assert offline_page.guard.blocked == []


@pytest.mark.browser
def test_malene_ruller_ikke_sidelengs_pa_360_px(browser, site_url, resultater):
    kontekst = browser.new_context(viewport={"width": 360, "height": 740}, locale="nb-NO")
    try:
        side = kontekst.new_page()
        for sti in ["maler/", *(f"maler/{mid}/" for mid in MALER), "hvem-ringer-jeg/", "lovverk/"]:
            side.goto(site_url + sti, wait_until="networkidle")
            over = side.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert over <= 0, f"{sti} ruller {over}px sidelengs på 360 px"
        side.goto(site_url + "maler/samtykke/", wait_until="networkidle")
        side.screenshot(path=str(resultater / "mal-samtykke-360px.png"), full_page=True)
    finally:
        kontekst.close()
