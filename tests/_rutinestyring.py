"""Shared helpers for tests/test_rutine_*.py: a small project built with the site's REAL mkdocs.yml,
overrides/ and macros/ (conftest.make_project), the fixture data (tests/fixtures/data/gyldig) and the
routines in tests/fixtures/rutinestyring/docs, plus the real docs/rutiner/index.md and
docs/om-nettstedet/hva-er-nytt.md. «I dag» is fixed at 2025-03-01.
"""
from __future__ import annotations

import posixpath
import re
import subprocess
from pathlib import Path

from bs4 import BeautifulSoup

from _datalag import GYLDIG, ROT
from conftest import make_project, mkdocs_build

DAG = "2025-03-01"
FIX = ROT / "tests" / "fixtures" / "rutinestyring"
EKTE_SIDER = ["rutiner/index.md", "om-nettstedet/hva-er-nytt.md"]

_LENKE = re.compile(r"\]\(([^)\s#]+\.md)(?:#([^)\s]+))?\)")
_SIDE_I_DATA = re.compile(r"\bside:\s*['\"]?([a-z0-9/-]+\.md)")


def fixture_sider() -> dict[str, str]:
    sider = {p.relative_to(FIX / "docs").as_posix(): p.read_text(encoding="utf-8")
             for p in sorted((FIX / "docs").rglob("*.md"))}
    for rel in EKTE_SIDER:
        sider[rel] = (ROT / "docs" / rel).read_text(encoding="utf-8")
    return sider


def _stubber(sider: dict[str, str], data: Path) -> dict[str, str]:
    """Stub pages for link targets that are missing (the real pages and the template link to pages outside the
    fixture) and for «side:» in the data, with the anchors that are linked to."""
    ankre: dict[str, set[str]] = {}
    for rel, tekst in sider.items():
        for mål, anker in _LENKE.findall(tekst):
            if "://" in mål:
                continue
            sti = posixpath.normpath(posixpath.join(posixpath.dirname(rel), mål))
            ankre.setdefault(sti, set())
            if anker:
                ankre[sti].add(anker)
    for fil in sorted(data.glob("*.yml")):
        for sti in _SIDE_I_DATA.findall(fil.read_text(encoding="utf-8")):
            ankre.setdefault(sti, set())
    stubber = {}
    for sti, a in ankre.items():
        if sti in sider:
            continue
        tittel = "Testside " + sti[:-3].replace("/", " ")
        deler = [f"# {tittel}\n"] + [f"## Del {x} {{#{x}}}\n\nTekst.\n" for x in sorted(a)]
        stubber[sti] = "\n".join(deler)
    return stubber


def lag_prosjekt(tmp: Path, ekstra: dict[str, str] | None = None, uten: tuple[str, ...] = ()) -> Path:
    """Project in tmp/prosjekt with its own data/ (a copy of the fixture data). Returns mkdocs.yml."""
    sider = fixture_sider()
    sider.update(ekstra or {})
    for rel in uten:
        sider.pop(rel, None)
    sider.update(_stubber(sider, GYLDIG))
    return make_project(tmp / "prosjekt", sider, data=GYLDIG)


def bygg(config: Path, site: Path, **miljo: str) -> subprocess.CompletedProcess:
    env = {"HV_DATAKATALOG": str(config.parent / "data"), "HV_DAGENS_DATO": DAG, **miljo}
    return mkdocs_build(config, site, env=env)


def side(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def git(katalog: Path, *args: str, **miljo: str) -> str:
    import os
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid", **miljo}
    return subprocess.run(["git", "-C", str(katalog), *args], check=True, capture_output=True, text=True,
                          env=env).stdout
