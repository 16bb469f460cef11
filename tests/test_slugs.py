"""Filnavnsjekken (scripts/sjekk_filnavn.py): bare a–z, 0–9 og bindestrek i docs/, data/ og maler/."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

import sjekk_filnavn  # noqa: E402


def test_real_file_names_are_kebab_case():
    feil = []
    for mappe in sjekk_filnavn.STANDARDMAPPER:
        if (ROOT / mappe).is_dir():
            feil.extend(sjekk_filnavn.finn_feil(ROOT / mappe, ROOT))
    if feil:
        pytest.fail(sjekk_filnavn.rapport(feil), pytrace=False)


@pytest.mark.parametrize("navn, forslag", [
    ("Ny Rutine.md", "ny-rutine.md"),
    ("barnevern_melding.md", "barnevern-melding.md"),
    ("Øvrig.md", "ovrig.md"),
    ("Anonym drøfting.md", "anonym-drofting.md"),
    ("Årshjul for 2026.yml", "arshjul-for-2026.yml"),
    ("Særlige tiltak.MD", "saerlige-tiltak.md"),
    ("  rutine -- ny .md", "rutine-ny.md"),
    ("café.md", "cafe.md"),
])
def test_suggestion_for_bad_file_names(navn, forslag):
    assert not sjekk_filnavn.er_gyldig(navn, er_mappe=False)
    assert sjekk_filnavn.foreslå_navn(navn) == forslag
    assert sjekk_filnavn.er_gyldig(forslag, er_mappe=False)


@pytest.mark.parametrize("navn", [
    "anonym-drofting.md", "index.md", "lover.yml", "lover.schema.json", "favicon.svg", ".nav.yml",
    "trinn-2.md", "2026-plan.md",
])
def test_good_file_names_pass(navn):
    assert sjekk_filnavn.er_gyldig(navn, er_mappe=False)


@pytest.mark.parametrize("navn, gyldig", [
    ("rutiner", True), ("om-nettstedet", True), ("Øvrig", False), ("ny_mappe", False), ("Rutiner", False),
    ("mappe.md", False),
])
def test_folder_names(navn, gyldig):
    assert sjekk_filnavn.er_gyldig(navn, er_mappe=True) is gyldig


def _plant(tmp_path):
    docs = tmp_path / "docs"
    (docs / "rutiner").mkdir(parents=True)
    (docs / "Øvrig").mkdir()
    for navn in ["rutiner/Ny Rutine.md", "rutiner/anonym-drofting.md", "barnevern_melding.md", "Øvrig/Øvrig.md",
                 "index.md", ".nav.yml", ".DS_Store"]:
        (docs / navn).write_text("# X\n", encoding="utf-8")
    return docs


def test_planted_bad_names_are_reported_with_file_and_suggestion(tmp_path):
    docs = _plant(tmp_path)
    feil = sjekk_filnavn.finn_feil(docs, tmp_path)
    meldinger = {f.sti: f.melding() for f in feil}
    assert set(meldinger) == {"docs/.DS_Store", "docs/barnevern_melding.md", "docs/rutiner/Ny Rutine.md",
                              "docs/Øvrig", "docs/Øvrig/Øvrig.md"}
    assert "barnevern-melding.md" in meldinger["docs/barnevern_melding.md"]
    assert "gi mappen nytt navn: ovrig" in meldinger["docs/Øvrig"]
    # En rutine: id-en i front matter skal følge filnavnet.
    assert "id: ny-rutine" in meldinger["docs/rutiner/Ny Rutine.md"]
    assert "slett" in meldinger["docs/.DS_Store"]


def test_command_line_exit_codes(tmp_path):
    docs = _plant(tmp_path)
    skript = [sys.executable, str(ROOT / "scripts" / "sjekk_filnavn.py")]
    dårlig = subprocess.run([*skript, str(docs)], capture_output=True, text=True)
    assert dårlig.returncode == 1
    assert "docs/rutiner/Ny Rutine.md: ugyldig navn – gi filen nytt navn: ny-rutine.md" in dårlig.stdout
    assert "æ→ae, ø→o, å→a" in dårlig.stdout
    god = tmp_path / "god"
    (god / "rutiner").mkdir(parents=True)
    (god / "rutiner" / "anonym-drofting.md").write_text("# X\n", encoding="utf-8")
    ok = subprocess.run([*skript, str(god)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout
    assert "i orden" in ok.stdout
