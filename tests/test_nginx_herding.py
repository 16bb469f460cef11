"""nginx-herding (deploy/nginx/asnes-handlingsveileder.conf): skjulte filer, sikkerhetskopier, kildekart og
symbolske lenker sendes aldri, og sikkerhetshodene følger med på alle svar, også 4xx.

En liten katalog med plantede filer serveres av det ekte oppsettet (samme mal som i drift), så testen er
rask og trenger ikke hele bygget. Hver fil har et kjennetegn i innholdet som aldri skal komme i et svar.
"""
from __future__ import annotations

import http.client
import os
from pathlib import Path

import pytest
from local_nginx import NGINX, LocalNginx

HEMMELIG = "HEMMELIG-INNHOLD-SOM-ALDRI-SKAL-UT"
HODER = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-robots-tag": "noindex, nofollow",
}
PLANTET = [
    ".env", ".git/config", ".git/HEAD", ".htpasswd", "assets/.DS_Store", "rutiner/.skjult.html",
    "index.html~", "rutiner/side.html.bak", "rutiner/side.html.orig", "rutiner/.side.html.swp",
    "assets/javascripts/bundle.12345678.min.js.map", "assets/stilark/hv.css.old",
]


@pytest.fixture(scope="module")
def nginx_url(tmp_path_factory):
    if not Path(NGINX).exists():
        pytest.fail(f"Fant ikke nginx på {NGINX}. Kjør `make nginx` eller apt-get install nginx.")
    rot = tmp_path_factory.mktemp("herding")
    site = rot / "site"
    (site / "rutiner").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>Forsiden</title><p>Forsiden</p>", encoding="utf-8")
    (site / "404.html").write_text("<!doctype html><title>Fant ikke siden</title><p>Fant ikke siden</p>",
                                   encoding="utf-8")
    (site / "rutiner" / "index.html").write_text("<p>Rutiner</p>", encoding="utf-8")
    for rel in PLANTET:
        sti = site / rel
        sti.parent.mkdir(parents=True, exist_ok=True)
        sti.write_text(HEMMELIG, encoding="utf-8")
    # utenfor katalogen, nådd via symbolske lenker (en fil og en katalog)
    utenfor = rot / "utenfor"
    utenfor.mkdir()
    (utenfor / "passord.txt").write_text(HEMMELIG, encoding="utf-8")
    (utenfor / "index.html").write_text(HEMMELIG, encoding="utf-8")
    os.symlink(utenfor / "passord.txt", site / "lenke.txt")
    os.symlink(utenfor, site / "lenket-mappe")
    os.symlink(site / "rutiner" / "index.html", site / "intern-lenke.html")
    nginx = LocalNginx(site, rot / "nginx")
    try:
        with nginx as url:
            yield url
    except RuntimeError as feil:
        pytest.fail(str(feil))


def hent(url: str, sti: str) -> tuple[int, dict[str, str], bytes]:
    vert, port = url.split("//")[1].rstrip("/").split(":")
    forbindelse = http.client.HTTPConnection(vert, int(port), timeout=10)
    forbindelse.request("GET", sti)
    svar = forbindelse.getresponse()
    return svar.status, {k.lower(): v for k, v in svar.getheaders()}, svar.read()


def test_oppsettet_har_herdingen():
    mal = (Path(__file__).resolve().parents[1] / "deploy/nginx/asnes-handlingsveileder.conf").read_text()
    assert "disable_symlinks on;" in mal
    # hver add_header gjelder også feilsvar
    linjer = [linje.strip() for linje in mal.splitlines() if linje.strip().startswith("add_header")]
    assert linjer and all(linje.endswith("always;") for linje in linjer), linjer


def test_vanlig_side_svarer(nginx_url):
    status, hoder, kropp = hent(nginx_url, "/")
    assert status == 200 and b"Forsiden" in kropp
    for navn, verdi in HODER.items():
        assert hoder.get(navn) == verdi


@pytest.mark.parametrize("rel", PLANTET)
def test_skjulte_filer_sikkerhetskopier_og_kildekart_gir_404_med_hoder(nginx_url, rel):
    status, hoder, kropp = hent(nginx_url, "/" + rel)
    assert status == 404, rel
    assert HEMMELIG.encode() not in kropp
    assert b"Fant ikke siden" in kropp  # nettstedets egen 404-side
    for navn, verdi in HODER.items():
        assert hoder.get(navn) == verdi, (rel, navn)
    assert "content-security-policy" in hoder


@pytest.mark.parametrize("sti", ["/lenke.txt", "/lenket-mappe/", "/lenket-mappe/index.html",
                                 "/lenket-mappe/passord.txt", "/intern-lenke.html"])
def test_symbolske_lenker_folges_ikke(nginx_url, sti):
    status, hoder, kropp = hent(nginx_url, sti)
    assert status in (403, 404), sti
    assert HEMMELIG.encode() not in kropp and b"Rutiner" not in kropp
    for navn, verdi in HODER.items():
        assert hoder.get(navn) == verdi, (sti, navn)


@pytest.mark.parametrize("sti", ["/finnes-ikke", "/%2e%2e/%2e%2e/etc/passwd", "/rutiner/../.env"])
def test_ukjente_og_lure_adresser_gir_feilsvar_med_hoder(nginx_url, sti):
    status, hoder, kropp = hent(nginx_url, sti)
    assert 400 <= status < 500, sti
    assert HEMMELIG.encode() not in kropp and b"root:" not in kropp
    for navn, verdi in HODER.items():
        assert hoder.get(navn) == verdi, (sti, navn)


def test_bygget_publiserer_ingen_kildekart(built_site):
    # Material legger .map ved siden av skriptene; portvakt.on_post_build tar dem bort (nginx nekter dem også)
    assert not list(built_site.rglob("*.map"))
    assert list(built_site.rglob("*.min.js")), "testen ser på et bygg uten Materials skript"
