"""`make bench` måler ikke i testene (ytelse hører hjemme i scripts/bench.py), men oppsettene den sammenligner
må være de riktige: ellers måler budsjettet noe annet enn det sier. Sjekkes uten å bygge."""
from __future__ import annotations

import shutil

import yaml

from conftest import ROOT

import bench  # noqa: E402


def _plugins(ws, navn):
    sti = bench.write_variant(ws, navn)
    konfig = yaml.safe_load(sti.read_text(encoding="utf-8"))
    assert konfig["INHERIT"] == "mkdocs.yml"
    return {(p if isinstance(p, str) else next(iter(p))): (None if isinstance(p, str) else next(iter(p.values())))
            for p in konfig["plugins"]}


def test_oppsettene_skiller_seg_bare_i_makroutvidelsen(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copyfile(ROOT / "mkdocs.yml", ws / "mkdocs.yml")
    ekte = _plugins(ws, bench.ALT)
    uten = _plugins(ws, bench.UTEN)
    tom = _plugins(ws, bench.TOM)
    data = _plugins(ws, bench.DATA)
    assert ekte["macros"]["module_name"] == "macros" and ekte["macros"].get("render_by_default", True)
    assert "macros" not in uten
    andre = {k: v for k, v in ekte.items() if k != "macros"}
    for variant in (uten, tom, data):
        assert {k: v for k, v in variant.items() if k != "macros"} == andre   # søk, meny, git-datoer like
    assert tom["macros"]["module_name"] == bench.TOM_MODUL and tom["macros"]["render_by_default"] is False
    assert (ws / f"{bench.TOM_MODUL}.py").read_text(encoding="utf-8").startswith("def define_env(env):")
    assert data["macros"]["module_name"] == "macros" and data["macros"]["render_by_default"] is False
    assert list(bench.VARIANTER)[0] == bench.UTEN and list(bench.VARIANTER)[-1] == bench.ALT
