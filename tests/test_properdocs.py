"""ProperDocs (vedlikeholdt avlegger av MkDocs 1.6) er utgangen den dagen MkDocs ikke kan brukes: det samme
prosjektet bygd med `properdocs` og med `mkdocs` gir de samme filene med det samme innholdet. Eneste
forskjell er generator-taggen (<meta name="generator">), som normaliseres. `make build MKDOCS=properdocs`."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from conftest import ROOT, mkdocs_build

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
# Fast dato: «i dag» brukes av rutinestyringen, og begge byggene skal se den samme dagen.
MILJO = {"HV_DAGENS_DATO": "2026-01-15"}


def _innhold(fil: Path) -> bytes:
    data = fil.read_bytes()
    if fil.suffix == ".gz":
        data = gzip.decompress(data)   # gzip-hodet har tidspunktet filen ble skrevet
    return GENERATOR.sub(b'<meta name="generator">', data)


@pytest.fixture(scope="module")
def to_bygg(tmp_path_factory):
    bygg = {}
    for program in ("mkdocs", "properdocs"):
        site = tmp_path_factory.mktemp(program)
        resultat = mkdocs_build(ROOT / "mkdocs.yml", site, env=MILJO, program=program)
        assert resultat.returncode == 0, f"{program} build --strict feilet:\n{resultat.stdout}"
        bygg[program] = site
    return bygg


def test_properdocs_gir_de_samme_filene(to_bygg):
    filer = {p: sorted(f.relative_to(s).as_posix() for f in s.rglob("*") if f.is_file()) for p, s in to_bygg.items()}
    assert len(filer["mkdocs"]) > 50
    assert filer["mkdocs"] == filer["properdocs"]


def test_properdocs_gir_det_samme_innholdet_utenom_generator_taggen(to_bygg):
    mk, pd = to_bygg["mkdocs"], to_bygg["properdocs"]
    ulike = [f.relative_to(mk).as_posix() for f in sorted(mk.rglob("*"))
             if f.is_file() and _innhold(f) != _innhold(pd / f.relative_to(mk))]
    assert not ulike, f"{len(ulike)} filer er ulike, f.eks. {ulike[:5]}"


def test_generator_taggen_er_den_eneste_forskjellen_som_normaliseres(to_bygg):
    # normaliseringen kan ikke skjule noe annet: uten den er forsiden ulik, og forskjellen er bare taggen
    mk, pd = (s / "index.html" for s in (to_bygg["mkdocs"], to_bygg["properdocs"]))
    assert mk.read_bytes() != pd.read_bytes()
    assert b"ProperDocs" in GENERATOR.search(pd.read_bytes()).group(0)
