#!/usr/bin/env python3
"""Bygg nettstedet strengt og vis feil på norsk (make build). Argumentene går videre til `mkdocs build`.

MkDocs' egne meldinger er engelske og kan ha Python-sporing; her blir hver feil én norsk linje med fil og
linje (macros/site/meldinger.py), høyst 10 linjer. HV_BYGG_RAA=1 viser MkDocs' utdata urørt (for utviklere).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

from macros.site import meldinger


def _site_dir(argv: list[str], config: Path) -> Path:
    for flagg in ("-d", "--site-dir"):
        if flagg in argv:
            return Path(argv[argv.index(flagg) + 1])
    for linje in config.read_text(encoding="utf-8").splitlines() if config.is_file() else []:
        if linje.startswith("site_dir:"):
            return config.parent / linje.split(":", 1)[1].strip().strip("'\"")
    return config.parent / "site"


def _tom(site: Path) -> None:
    if site.is_dir() and ((site / "sitemap.xml").exists() or (site / "index.html").exists()):
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True, exist_ok=True)


def main(argv: list[str]) -> int:
    # HV_BYGGER=properdocs (make build MKDOCS=properdocs) bygger med den vedlikeholdte avleggeren, samme utdata.
    mkdocs = Path(sys.executable).parent / os.environ.get("HV_BYGGER", "mkdocs")
    kommando = [str(mkdocs), "build", "--strict", *argv]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    prosess = subprocess.run(kommando, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    if os.environ.get("HV_BYGG_RAA") or prosess.returncode == 0:
        if prosess.returncode == 0:
            print("Bygget er ferdig uten feil.")
        else:
            print(prosess.stdout)
        return prosess.returncode
    config = Path(argv[argv.index("-f") + 1]) if "-f" in argv else Path("mkdocs.yml")
    # --strict stops AFTER writing site/ when there are warnings (broken links): nothing is published then
    _tom(_site_dir(argv, config))
    print(meldinger.forklar(prosess.stdout, config.parent / "docs"), file=sys.stderr)
    return prosess.returncode or 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
