"""Build the tiny fixture site with the real macros (subprocess, mkdocs build --strict)."""
import shutil

import _datalag
from _datalag import ROT, SIDE, bygg, kopier_data


def test_fixture_siden_bygger_og_viser_data(tmp_path):
    res = bygg(SIDE / "mkdocs.yml", tmp_path / "site")
    assert res.returncode == 0, res.stdout
    nav = (tmp_path / "site" / "tjenester" / "nav" / "index.html").read_text(encoding="utf-8")
    assert '<span class="mangler">mangler – fylles inn av tjenesten</span>' in nav
    assert "<caption>Ansvar for NAV</caption>" in nav
    forside = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<a href="tjenester/nav/">NAV</a>' in forside  # Markdown link rewritten by MkDocs
    rutine = (tmp_path / "site" / "rutiner" / "melde-bekymring" / "index.html").read_text(encoding="utf-8")
    assert "<h1 id=\"melde-bekymring-til-barneverntjenesten\">Melde bekymring til barneverntjenesten</h1>" in rutine


def test_endret_verdi_i_datafil_vises_pa_siden(tmp_path):
    data = kopier_data(tmp_path)
    fil = data / "tjenester.yml"
    tekst = fil.read_text(encoding="utf-8")
    fil.write_text(tekst.replace("kontakt: {telefon: null", 'kontakt: {telefon: "62 95 11 22"', 1), encoding="utf-8")
    res = bygg(SIDE / "mkdocs.yml", tmp_path / "site", HV_DATAKATALOG=str(data))
    assert res.returncode == 0, res.stdout
    nav = (tmp_path / "site" / "tjenester" / "nav" / "index.html").read_text(encoding="utf-8")
    assert '<a href="tel:62951122">62 95 11 22</a>' in nav


def test_brutt_referanse_stopper_bygget_med_norsk_melding(tmp_path):
    data = kopier_data(tmp_path, "ukjent-referanse")
    res = bygg(SIDE / "mkdocs.yml", tmp_path / "site", HV_DATAKATALOG=str(data))
    assert res.returncode != 0
    utdata = res.stdout
    assert "Fant 1 feil i dataene" in utdata
    assert "feltet «ansvarlig» viser til «barnehager», som ikke finnes i" in utdata
    assert "Mente du «barnehage»?" in utdata


def test_ukjent_id_i_makro_stopper_bygget_og_navngir_siden(tmp_path):
    # copy the site so a page can be added; module_name ../../../macros must still resolve
    side = tmp_path / "a" / "b" / "site-data"
    shutil.copytree(SIDE, side)
    (tmp_path / "macros").symlink_to(ROT / "macros")
    (side / "docs" / "feil.md").write_text('# Feil\n\nRing {{ tjeneste("navv") }}.\n', encoding="utf-8")
    res = bygg(side / "mkdocs.yml", tmp_path / "site", HV_DATAKATALOG=str(_datalag.GYLDIG))
    assert res.returncode != 0
    utdata = res.stdout
    assert "Feil på siden docs/feil.md i {{ tjeneste('navv') }}: ukjent tjeneste «navv»" in utdata
    assert "Mente du «nav»?" in utdata
