"""Feil inndata (tests/feil_inndata.py): hver plantet feil stopper bygget med én norsk melding, eller gjøres harmløs.

Hvert tilfelle får sin egen kopi av prosjektet (mkdocs.yml, docs/, data/ og overrides/ kopieres; macros/ lenkes)
og bygges med scripts/bygg.py, slik `make build` gjør. Sjekkes: bygget stopper, svaret har meldingen og
fil/linje, er høyst 10 linjer, har ingen Python-sporing, og ingenting er publisert.
Feil som stopper før sidene bygges, tar under ett sekund; bare makro-, lenke- og «harmløs»-tilfellene bygger alt.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, TEST_ENV
from feil_inndata import TILFELLER, D, F, H, Tilfelle

BYGG = ROOT / "scripts" / "bygg.py"
# Publiseringsvakten sjekker kildene med portvakt.sjekk_kilder() før bygget (on_config). De fleste vakt-
# tilfellene kjøres derfor rett mot den funksjonen og formateres som scripts/bygg.py gjør; disse kjøres i
# tillegg som ekte bygg, så det er bevist at bygget faktisk stopper (én eller flere per klasse).
EKTE_BYGG = {"pn-tankestrek", "pn-datoform", "pn-data", "pn-mkdocs-yml", "pn-utf16", "symlenke-passwd", "stor-MD",
             "csv-latin1", "html-img-onerror", "html-javascript-lenke", "makro-macros-info"}
_BYGG_CACHE: dict[str, tuple[subprocess.CompletedProcess, Path]] = {}


def lag_prosjekt(tmp: Path) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    for navn in ("docs", "data", "overrides"):
        shutil.copytree(ROOT / navn, tmp / navn, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp / "macros").symlink_to(ROOT / "macros")
    return tmp


def bygg(prosjekt: Path, site: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, **TEST_ENV}
    env.pop("HV_DATAKATALOG", None)
    return subprocess.run([sys.executable, str(BYGG), "-f", str(prosjekt / "mkdocs.yml"), "-d", str(site)],
                          cwd=prosjekt, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=300)


def i_prosess(tmp: Path, tilfelle: Tilfelle) -> tuple[subprocess.CompletedProcess, Path]:
    from mkdocs.exceptions import PluginError

    from macros.site import meldinger, portvakt
    prosjekt = lag_prosjekt(tmp / "prosjekt")
    tilfelle.plant(prosjekt)
    try:
        portvakt._stopp(portvakt.sjekk_kilder(prosjekt, prosjekt / "docs"), "kildene")
        ut, kode = "", 0
    except PluginError as feil:
        ut, kode = meldinger.kort([str(feil)]), 1
    return subprocess.CompletedProcess([], kode, ut), tmp / "site"


def plant_og_bygg(tmp: Path, tilfelle: Tilfelle) -> tuple[subprocess.CompletedProcess, Path]:
    if tilfelle.stopp == "vakt" and tilfelle.klasse in ("personnummer", "filer", "rå HTML") \
            and tilfelle.id not in EKTE_BYGG:
        return i_prosess(tmp, tilfelle)
    nokkel = tilfelle.gruppe or tilfelle.id
    if nokkel not in _BYGG_CACHE:
        prosjekt = lag_prosjekt(tmp / "prosjekt")
        for t in TILFELLER:
            if t.id == tilfelle.id or (tilfelle.gruppe and t.gruppe == tilfelle.gruppe):
                t.plant(prosjekt)
        site = tmp / "site"
        _BYGG_CACHE[nokkel] = (bygg(prosjekt, site), site)
    return _BYGG_CACHE[nokkel]


def _innhold(site: Path) -> str:
    if not site.exists():
        return ""
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in site.rglob("*") if p.is_file())


def test_ekte_bygg_dekker_hver_klasse_av_vakten():
    ekte = {t.klasse for t in TILFELLER if t.id in EKTE_BYGG}
    assert ekte == {"personnummer", "filer", "rå HTML"}
    assert EKTE_BYGG <= {t.id for t in TILFELLER}


def test_tabellen_har_minst_60_tilfeller_i_alle_klasser():
    assert len(TILFELLER) >= 60
    assert len({t.id for t in TILFELLER}) == len(TILFELLER)
    assert {t.klasse for t in TILFELLER} >= {"personnummer", "filer", "rå HTML", "data", "makro", "utgått rutine",
                                             "data med markup", "ingen falsk alarm", "kontaktopplysninger"}


@pytest.mark.parametrize("tilfelle", TILFELLER, ids=[t.id for t in TILFELLER])
def test_feil_inndata(tmp_path, tilfelle: Tilfelle):
    resultat, site = plant_og_bygg(tmp_path, tilfelle)
    ut = resultat.stdout
    assert "Traceback" not in ut and "File \"" not in ut, ut
    if tilfelle.stopp == "ufarlig":
        assert resultat.returncode == 0, ut
        innhold = _innhold(site)
        if tilfelle.ikke_i_site:
            assert tilfelle.ikke_i_site not in innhold
        assert tilfelle.i_site in innhold  # den harmløse formen er faktisk publisert (testen kan feile)
        return
    assert resultat.returncode != 0, f"bygget skulle stoppet:\n{ut}"
    linjer = ut.strip().splitlines()
    assert len(linjer) <= 10, ut
    assert linjer[0] == "Bygget stoppet. Rett dette og bygg på nytt:", ut
    assert tilfelle.melding in ut, ut
    assert tilfelle.hvor in ut, ut
    for nummer in (F, D, H):  # meldingen viser aldri selve nummeret, heller ikke i et filnavn
        assert nummer not in ut and nummer[:6] not in ut
    # ingenting publisert: ingen side, og ingenting av det som ble plantet
    assert not (site / "index.html").exists(), "nettstedet ble publisert selv om bygget stoppet"
    assert not any(p.is_file() for p in site.rglob("*")) if site.exists() else True


def test_siden_for_vedlikeholdere_er_laget_fra_tabellen():
    import lag_feilside
    assert lag_feilside.SIDE.read_text(encoding="utf-8") == lag_feilside.lag(), \
        "Kjør python scripts/lag_feilside.py: docs/om-nettstedet/nar-bygget-stopper.md er ikke oppdatert"
