#!/usr/bin/env python3
"""Vis nettstedet mens du skriver (make serve), med feil på norsk. Argumentene går videre til `mkdocs serve`.

`mkdocs serve` skriver engelsk, og en feil i en makro eller en datafil avslutter den (mkdocs-macros stopper
hele prosessen). Her blir hver feil høyst 10 norske linjer med fil og linje (macros/site/meldinger.py), og
tjeneren startes igjen av seg selv når du har rettet feilen og lagret. HV_BYGG_RAA=1 viser MkDocs' utdata urørt.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROT))

from macros.site import meldinger  # noqa: E402

# Det MkDocs sier når alt går bra, på norsk; resten av INFO-linjene er støy for en redaktør.
_NORSK = [
    (re.compile(r"Building documentation"), lambda m: "Bygger nettstedet …"),
    (re.compile(r"Documentation built in ([\d.]+) seconds"), lambda m: f"Ferdig på {m.group(1)} s."),
    (re.compile(r"Serving on (\S+)"), lambda m: f"Nettstedet vises på {m.group(1)}  (Ctrl+C stopper)"),
    (re.compile(r"Detected file changes"), lambda m: "Endring lagret – bygger på nytt …"),
]
_INFO = re.compile(r"^INFO\s*-\s+(.*)$")
# MkDocs keeps serving after a failed rebuild (a data or page error), but says so only in English.
_FEIL_I_BYGG = "An error happened during the rebuild"
_FULGT = ("docs", "data", "macros", "overrides", "maler", "mkdocs.yml")


def _kildetid(prosjekt: Path) -> int:
    tider = [0]
    for navn in _FULGT:
        sti = prosjekt / navn
        filer = [sti] if sti.is_file() else sti.rglob("*") if sti.is_dir() else []
        tider += [f.stat().st_mtime_ns for f in filer if f.is_file() and "__pycache__" not in f.parts]
    return max(tider)


def kjor_en_gang(kommando: list[str], prosjekt: Path, env: dict[str, str], ut=sys.stdout) -> tuple[int, int]:
    """Én `mkdocs serve` til den stopper. Advarsler og feil samles per bygg og skrives på norsk.
    Gir (returkoden, kildenes endringstid da den stoppet): tiden leses før feilmeldingen skrives, så en
    rettelse som lagres mens eller etter at meldingen vises, alltid starter tjeneren igjen."""
    prosess = subprocess.Popen(kommando, cwd=prosjekt, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, bufsize=1)
    bygg: list[str] = []
    try:
        for linje in prosess.stdout:
            if _FEIL_I_BYGG in linje:
                print(_melding(bygg, prosjekt) + "\nNettleseren viser forrige versjon til du har rettet feilen og "
                      "lagret.", file=ut, flush=True)
                bygg = []
                continue
            info = _INFO.match(linje.rstrip())
            if info is None:
                bygg.append(linje)
                continue
            for monster, norsk in _NORSK:
                treff = monster.search(info.group(1))
                if treff:
                    if monster.pattern.startswith("Documentation built"):
                        advarsler = meldinger.oversett("".join(bygg), prosjekt / "docs")
                        if advarsler:
                            print("Advarsler (make build stopper på dem):\n  "
                                  + "\n  ".join(meldinger.kort(advarsler).splitlines()[1:]), file=ut, flush=True)
                        bygg = []
                    print(norsk(treff), file=ut, flush=True)
                    break
        kode = prosess.wait()
        tid = _kildetid(prosjekt)
        if kode not in (0, -15):
            print(_melding(bygg, prosjekt), file=ut, flush=True)
        return kode, tid
    except KeyboardInterrupt:
        prosess.terminate()
        prosess.wait()
        raise


def _melding(bygg: list[str], prosjekt: Path) -> str:
    return meldinger.forklar("".join(bygg), prosjekt / "docs")


def _som_ctrl_c(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str]) -> int:
    mkdocs = Path(sys.executable).parent / os.environ.get("HV_BYGGER", "mkdocs")
    kommando = [str(mkdocs), "serve", *argv]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}
    prosjekt = Path.cwd()
    if os.environ.get("HV_BYGG_RAA"):
        return subprocess.call(kommando, env=env)
    # Stoppet med SIGTERM (kill, en tjenestestyrer, testene) som med Ctrl+C: mkdocs serve stoppes også, ellers
    # blir den gående alene og holder porten.
    signal.signal(signal.SIGTERM, _som_ctrl_c)
    try:
        while True:
            kode, etter_feil = kjor_en_gang(kommando, prosjekt, env)
            if kode == 0:
                return 0
            # Feilen er skrevet; vent til noe er lagret på nytt, og start igjen.
            print("Rett feilen og lagre filen; nettstedet bygges på nytt da.", flush=True)
            while _kildetid(prosjekt) == etter_feil:
                time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nStoppet.")
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
