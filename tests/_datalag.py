"""Shared helpers for the data-layer tests (test_data_*.py, test_macros_*.py)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROT = Path(__file__).resolve().parent.parent

from macros.data.datasett import Datasett, Kilder, last_datasett  # noqa: E402
from macros.data.feil import DataError  # noqa: E402

FIXTURES = ROT / "tests" / "fixtures"
GYLDIG = FIXTURES / "data" / "gyldig"
FEIL = FIXTURES / "data" / "feil"
SIDE = FIXTURES / "site-data"


def fixture_kilder(datakatalog: Path = GYLDIG, prosjektrot: Path | None = None, med_rutiner: bool = True) -> Kilder:
    return Kilder(datakatalog=datakatalog,
                  rutinekatalog=SIDE / "docs" / "rutiner" if med_rutiner else None,
                  docs_katalog=SIDE / "docs",
                  prosjektrot=prosjektrot or datakatalog.parent)


def fixture_datasett() -> Datasett:
    return last_datasett(fixture_kilder())


def ekte_datasett(med_rutiner: bool = True, sjekk_sider: bool = False) -> Datasett:
    """The site's real data/ (and docs/rutiner/), as the build reads it. sjekk_sider: also check that every
    page a data file points to exists in docs/ (the build does this with extra.sjekk_sider)."""
    return last_datasett(Kilder(datakatalog=ROT / "data",
                                rutinekatalog=ROT / "docs" / "rutiner" if med_rutiner else None,
                                malkatalog=ROT / "docs" / "maler" if med_rutiner else None,
                                docs_katalog=ROT / "docs" if sjekk_sider else None, prosjektrot=ROT))


def kopier_data(tmp_path: Path, feil: str | None = None) -> Path:
    """Copy the valid fixture data to tmp_path/data, optionally overlaid with one bad fixture."""
    mål = tmp_path / "data"
    shutil.copytree(GYLDIG, mål)
    if feil:
        for fil in (FEIL / feil).iterdir():
            shutil.copy(fil, mål / fil.name)
    return mål


def datafeil(tmp_path: Path, feil: str) -> DataError:
    """Load the valid fixture data overlaid with the bad fixture `feil`; return the DataError it must raise."""
    import pytest  # only the tests need it

    data = kopier_data(tmp_path, feil)
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))
    return info.value


def bygg(mkdocs_yml: Path, utkatalog: Path, **miljo: str) -> subprocess.CompletedProcess:
    """conftest.mkdocs_build (den ene byggehjelperen) med fixturenes «i dag» og miljøvariabler som nøkkelord."""
    from conftest import mkdocs_build

    return mkdocs_build(mkdocs_yml, utkatalog, env={"HV_DAGENS_DATO": "2025-03-01", **miljo})
