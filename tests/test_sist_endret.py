"""«Sist endret» uten programtillegg (macros/data/sist_endret.py): én git-kjøring for alle filer, datoer i
norsk tid, og byggedatoen uten Git, i grunne kloner og for filer som ikke er lagt inn. Ingen nettverk."""
from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest

from macros.data import sist_endret as se
from macros.render.sist_endret import sist_endret_html

BYGGEDATO = date(2026, 1, 15)


def _git(repo: Path, *args: str, **miljo: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.invalid", **miljo}
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env=env).stdout


def _commit(repo: Path, tidspunkt: str, *filer: str) -> None:
    for f in filer:
        sti = repo / f
        sti.parent.mkdir(parents=True, exist_ok=True)
        sti.write_text(f"{f} {tidspunkt}\n", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", f"endring {tidspunkt}", GIT_AUTHOR_DATE=tidspunkt, GIT_COMMITTER_DATE=tidspunkt)


@pytest.fixture
def repo(tmp_path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _commit(repo, "2025-01-10T10:00:00+01:00", "docs/a.md", "docs/b.md", "data/x.yml")
    _commit(repo, "2025-02-14T10:00:00+01:00", "docs/b.md")
    # 23:30 UTC nyttårsaften er 00:30 1. januar i Oslo: datoen skal være norsk
    _commit(repo, "2025-12-31T23:30:00+00:00", "docs/under/c.md")
    return repo


def test_siste_endring_per_fil_i_norsk_tid(repo):
    h = se.les_sist_endret(repo / "docs", BYGGEDATO)
    assert h.dato(repo / "docs" / "a.md") == date(2025, 1, 10)
    assert h.dato(repo / "docs" / "b.md") == date(2025, 2, 14)
    assert h.dato(repo / "docs" / "under" / "c.md") == date(2026, 1, 1)
    # bare docs/ leses: filer utenfor er ikke med
    assert str((repo / "data" / "x.yml").resolve()) not in h.datoer


def test_fil_som_ikke_er_lagt_inn_far_byggedatoen(repo):
    (repo / "docs" / "ny.md").write_text("ny\n", encoding="utf-8")
    assert se.les_sist_endret(repo / "docs", BYGGEDATO).dato(repo / "docs" / "ny.md") == BYGGEDATO


def test_uten_git_far_alle_byggedatoen(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("a\n", encoding="utf-8")
    h = se.les_sist_endret(docs, BYGGEDATO)
    assert h.datoer == {} and h.dato(docs / "a.md") == BYGGEDATO


def test_depot_uten_commits_gir_ingen_feil(tmp_path):
    _git(tmp_path, "init", "-q")
    (tmp_path / "docs").mkdir()
    assert se.les_sist_endret(tmp_path / "docs", BYGGEDATO).datoer == {}


def test_grunn_klone_gir_datoen_klonen_kjenner(repo, tmp_path):
    klon = tmp_path / "klon"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.resolve().as_uri(), str(klon)], check=True)
    h = se.les_sist_endret(klon / "docs", BYGGEDATO)
    # bare den siste commiten finnes: alle filene får datoen den kjenner, ingen feil
    assert {h.dato(klon / "docs" / f) for f in ("a.md", "b.md", "under/c.md")} == {date(2026, 1, 1)}


def test_tolk_logg_holder_den_nyeste():
    logg = f"{se._POST}1739523600\n\ndocs/b.md\n{se._POST}1736499600\n\ndocs/a.md\ndocs/b.md\n"
    datoer = se.tolk_logg(logg, Path("/r"))
    assert datoer[str(Path("/r/docs/b.md").resolve())] == date(2025, 2, 14)
    assert datoer[str(Path("/r/docs/a.md").resolve())] == date(2025, 1, 10)


def test_visningen_er_norsk_og_maskinlesbar():
    assert str(sist_endret_html(date(2026, 12, 2))) == \
        '<span class="sist-endret__dato" data-dato="2026-12-02">2. desember 2026</span>'
