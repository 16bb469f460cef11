"""`make rapport` / scripts/rapport.py: overdue, due soon and unapproved drafts per owner, «i dag» fixed."""
import os
import shutil
import subprocess
import sys

import pytest

import _rutinestyring as R
from _datalag import GYLDIG, ROT

SKRIPT = ROT / "scripts" / "rapport.py"


@pytest.fixture
def prosjekt(tmp_path):
    shutil.copytree(GYLDIG, tmp_path / "data")
    shutil.copytree(R.FIX / "docs" / "rutiner", tmp_path / "docs" / "rutiner")
    return tmp_path


def rapport(prosjekt, *args, dato=R.DAG):
    env = {**os.environ, "HV_DAGENS_DATO": dato}
    env.pop("HV_DATAKATALOG", None)
    return subprocess.run([sys.executable, str(SKRIPT), "--prosjekt", str(prosjekt), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def test_rapport_gruppert_etter_eier(prosjekt):
    r = rapport(prosjekt)
    assert r.returncode == 0, r.stderr  # overdue does not fail by default
    assert r.stdout.splitlines()[:2] == [
        "Rutinerapport 1. mars 2025",
        "Forfalt revisjon, revisjon innen 60 dager (til og med 30. april 2025) og utkast uten godkjenning, "
        "gruppert etter eier.",
    ]
    blokker = [b.splitlines() for b in r.stdout.strip().split("\n\n")[1:]]
    assert blokker == [
        ["Virksomhetsleder (virksomhetsleder)",
         "  FORFALT  skulle vært revidert 31. januar 2025 (29 dager siden): Melde bekymring til "
         "barneverntjenesten – docs/rutiner/melde-bekymring.md"],
        ["FOBU (fobu)",
         "  UTKAST   ikke godkjent ennå: Anonym drøfting – docs/rutiner/anonym-drofting.md"],
        ["Veileder i NAV (veileder-nav)",
         "  SNART    revideres 15. april 2025 (om 45 dager): Rutine som snart skal revideres [under revisjon] – "
         "docs/rutiner/revisjon-snart.md"],
        ["Sammendrag: 1 med forfalt revisjon, 1 med revisjon innen 60 dager, 1 utkast uten godkjenning."],
    ]
    # fresh and withdrawn routines are not in the report
    assert "Samtale med foreldre" not in r.stdout and "Gammel meldingsrutine" not in r.stdout


def test_dager_styrer_vinduet(prosjekt):
    r = rapport(prosjekt, "--dager", "30")
    assert r.returncode == 0
    assert "Rutine som snart skal revideres" not in r.stdout
    assert "0 med revisjon innen 30 dager" in r.stdout
    r = rapport(prosjekt, "--dager", "400")
    assert "Samtale med foreldre" in r.stdout and "om 337 dager" in r.stdout


def test_streng_feiler_bare_nar_noe_er_forfalt(prosjekt):
    r = rapport(prosjekt, "--streng")
    assert r.returncode == 1
    assert "--streng: 1 rutine har forfalt revisjon." in r.stderr
    # before the review date passed, nothing is overdue: --streng exits 0
    tidlig = rapport(prosjekt, "--streng", dato="2025-01-31")
    assert tidlig.returncode == 0, tidlig.stderr
    assert "FORFALT" not in tidlig.stdout and "SNART    revideres 31. januar 2025 (i dag)" in tidlig.stdout


def test_datafeil_gir_norsk_melding_og_kode_2(prosjekt):
    fil = prosjekt / "docs" / "rutiner" / "anonym-drofting.md"
    fil.write_text(fil.read_text(encoding="utf-8").replace("eier: fobu", "eier: fobuu"), encoding="utf-8")
    r = rapport(prosjekt)
    assert r.returncode == 2
    assert "FEIL: Fant 1 feil i dataene:" in r.stderr
    assert "feltet «eier» viser til «fobuu», som ikke finnes" in r.stderr and "Mente du «fobu»?" in r.stderr


def test_ugyldig_dagens_dato_gir_norsk_melding(prosjekt):
    r = rapport(prosjekt, dato="1.3.2025")
    assert r.returncode == 2 and "HV_DAGENS_DATO må være en dato på formen ÅÅÅÅ-MM-DD" in r.stderr


def test_make_rapport_streng(prosjekt):
    """The Makefile target passes DAGER and STRENG through (the real project, so only the exit code contract)."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make er ikke installert")
    tekst = (ROT / "Makefile").read_text(encoding="utf-8")
    assert "rapport: $(VENV)/.installert ## " in tekst
    r = subprocess.run([make, "-s", "-n", "rapport", "STRENG=1", "DAGER=30"], cwd=ROT, capture_output=True,
                       text=True, timeout=60)
    assert "scripts/rapport.py --dager 30 --streng" in r.stdout
    r = subprocess.run([make, "-s", "-n", "rapport"], cwd=ROT, capture_output=True, text=True, timeout=60)
    assert "scripts/rapport.py --dager 60" in r.stdout and "--streng" not in r.stdout
