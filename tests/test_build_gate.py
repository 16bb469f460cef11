"""Byggeporten: det ekte nettstedet bygger strengt, og porten stopper feil (bevist med plantede feil).

Testprosjektene bruker nettstedets egen mkdocs.yml, overrides og makroer (via _rutinestyring.lag_prosjekt,
med det lille testdatasettet), så det er *vår* port som stopper feilene, ikke en forenklet kopi.
"""
from _rutinestyring import bygg, lag_prosjekt
from conftest import ROOT

GYLDIG = "# Kontroll\n\nEn helt vanlig side med en [lenke](annen.md#del).\n"
ANNEN = "# Annen side\n\n## Del\n\nTekst.\n"


def test_real_site_builds_strictly(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "404.html").is_file()


def test_egne_stilark_er_en_fil_i_samme_rekkefolge(built_site):
    """Hvert stilark i <head> holder igjen første visning (Lighthouse): sidene lenker bare samlet.css, som har
    delene fra mkdocs.yml `extra_css` i samme rekkefølge."""
    import re

    import yaml

    tekst = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    deler = yaml.safe_load(re.search(r"^extra_css:\n((?:  - .*\n)+)", tekst, re.M).group(1))
    assert len(deler) > 1
    for side in ("index.html", "handlingsveileder/index.html", "rutiner/stafettlogg/index.html"):
        html = (built_site / side).read_text(encoding="utf-8")
        egne = re.findall(r'<link rel="stylesheet" href="[./]*(assets/stilark/[^"]+)"', html)
        assert egne == ["assets/stilark/samlet.css"], (side, egne)
    samlet = (built_site / "assets" / "stilark" / "samlet.css").read_text(encoding="utf-8")
    plass = [samlet.index(f"/* {d} */") for d in deler]
    assert plass == sorted(plass)
    for d in deler:
        assert (built_site / d).read_text(encoding="utf-8").strip() in samlet, d


def test_ubrukt_lunr_sok_og_kildekart_publiseres_ikke(built_site):
    """Søket er Pagefind: Materials lunr-filer (ca. 1 MiB) og kildekartene har ingen side som bruker dem."""
    js = built_site / "assets" / "javascripts"
    assert list(js.glob("bundle.*.min.js")), "Materials hovedskript skal fortsatt publiseres"
    assert not (js / "lunr").exists() and not list(js.glob("workers/search*"))
    assert not list(built_site.rglob("*.map"))
    assert (built_site / "pagefind").is_dir()


def _build(tmp_path, index_text):
    # Den plantede siden skrives inn etter at lag_prosjekt har laget stubber for manglende lenkemål,
    # ellers ville stubbene «reparere» den ødelagte lenken.
    config = lag_prosjekt(tmp_path, {"annen.md": ANNEN})
    (config.parent / "docs" / "index.md").write_text(index_text, encoding="utf-8")
    return bygg(config, tmp_path / "ut")


def test_control_fixture_builds(tmp_path):
    # Kontrollen: samme prosjekt uten plantet feil bygger. Da skyldes feilene under den plantede feilen.
    result = _build(tmp_path, GYLDIG)
    assert result.returncode == 0, result.stdout


def test_broken_link_fails_the_build(tmp_path):
    result = _build(tmp_path, "# Feil\n\nSe [siden som ikke finnes](finnes-ikke.md).\n")
    assert result.returncode != 0
    assert "finnes-ikke.md" in result.stdout


def test_broken_anchor_fails_the_build(tmp_path):
    result = _build(tmp_path, "# Feil\n\nSe [en del som ikke finnes](annen.md#ingen-slik-del).\n")
    assert result.returncode != 0
    assert "ingen-slik-del" in result.stdout


def test_absolute_link_fails_the_build(tmp_path):
    result = _build(tmp_path, "# Feil\n\nSe [absolutt lenke](/annen/).\n")
    assert result.returncode != 0
    assert "/annen/" in result.stdout


def test_failing_macro_fails_the_build(tmp_path):
    result = _build(tmp_path, "# Feil\n\nResultat: {{ 1 / 0 }}\n")
    assert result.returncode != 0
    assert "ZeroDivisionError" in result.stdout or "division by zero" in result.stdout


def test_undefined_variable_fails_the_build(tmp_path):
    result = _build(tmp_path, "# Feil\n\nVerdi: {{ ingen_slik_variabel }}\n")
    assert result.returncode != 0
    assert "ingen_slik_variabel" in result.stdout
