"""`make serve` (scripts/vis.py): feil på norsk, og tjeneren kommer tilbake når feilen er rettet.

mkdocs-macros avslutter `mkdocs serve` ved en makrofeil, og MkDocs skriver engelsk med Python-sporing. Her
startes vis.py slik Makefile gjør, på et lite testprosjekt med nettstedets egne makroer og mkdocs.yml.
"""
from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.request import urlopen

from _datalag import ROT
from _rutinestyring import DAG, lag_prosjekt


class Tjener:
    def __init__(self, prosjekt: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        env = {**os.environ, "HV_DATAKATALOG": str(prosjekt / "data"), "HV_DAGENS_DATO": DAG}
        self.prosess = subprocess.Popen(
            [sys.executable, str(ROT / "scripts" / "vis.py"), "--dev-addr", f"127.0.0.1:{self.port}",
             "--watch", "data", "--watch", "macros"],
            cwd=prosjekt, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.linjer: queue.Queue[str] = queue.Queue()
        self.alt: list[str] = []
        threading.Thread(target=lambda: [self.linjer.put(x) for x in self.prosess.stdout], daemon=True).start()

    def vent_pa(self, tekst: str, frist: float = 90) -> list[str]:
        """Linjene fram til og med den første som inneholder `tekst`."""
        start, lest = time.monotonic(), []
        while time.monotonic() - start < frist:
            try:
                linje = self.linjer.get(timeout=0.5)
            except queue.Empty:
                continue
            lest.append(linje.rstrip("\n"))
            self.alt.append(lest[-1])
            if tekst in linje:
                return lest
        raise AssertionError(f"vis.py skrev ikke «{tekst}» innen {frist} s. Utdata:\n" + "\n".join(self.alt))

    def hent(self, sti: str = "") -> str:
        with urlopen(f"http://127.0.0.1:{self.port}/{sti}", timeout=10) as svar:
            return svar.read().decode("utf-8")

    def barn(self) -> list[int]:
        """Prosessene vis.py har startet (mkdocs serve)."""
        ut = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.prosess.pid)], capture_output=True, text=True)
        return [int(x) for x in ut.stdout.split()]

    def stopp(self) -> None:
        self.prosess.terminate()
        try:
            self.prosess.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.prosess.kill()


def _engelsk_eller_sporing(linjer: list[str]) -> list[str]:
    return [x for x in linjer if "Traceback" in x or "ERROR" in x or "WARNING" in x or "Error" in x]


def test_feil_under_make_serve_blir_norske_og_tjeneren_kommer_tilbake(tmp_path):
    config = lag_prosjekt(tmp_path)
    prosjekt = config.parent
    forside = prosjekt / "docs" / "index.md"
    original = forside.read_text(encoding="utf-8")
    tjener = Tjener(prosjekt)
    try:
        tjener.vent_pa("Nettstedet vises på")
        assert "<html" in tjener.hent()
        time.sleep(1.5)   # filovervåkingen er i gang

        # 1. makrosyntaks: mkdocs-macros avslutter mkdocs serve; vis.py forklarer og venter
        forside.write_text(original + '\n{{ ring("112" }}\n', encoding="utf-8")
        linjer = tjener.vent_pa("Rett feilen og lagre filen")
        melding = linjer[linjer.index("Bygget stoppet. Rett dette og bygg på nytt:"):]
        assert any(x.startswith("docs/index.md, linje ") and "makrosyntaksen er feil" in x for x in melding), melding
        assert len(melding) <= 11 and not _engelsk_eller_sporing(linjer), linjer

        # 2. rettet og lagret: tjeneren starter av seg selv og viser siden igjen
        forside.write_text(original + "\nRettet MERKE1.\n", encoding="utf-8")
        tjener.vent_pa("Nettstedet vises på")
        assert "MERKE1" in tjener.hent()
        time.sleep(1.5)

        # 3. en tabulator i en datafil: MkDocs fortsetter, vis.py sier at nettleseren viser forrige versjon
        roller = prosjekt / "data" / "roller.yml"
        gammel = roller.read_text(encoding="utf-8")
        roller.write_text(gammel + "\t\n", encoding="utf-8")
        linjer = tjener.vent_pa("Nettleseren viser forrige versjon")
        assert any("data/roller.yml, linje" in x and "tabulator" in x for x in linjer), linjer
        assert not _engelsk_eller_sporing(linjer), linjer
        roller.write_text(gammel, encoding="utf-8")
        tjener.vent_pa("Ferdig på")
        assert "MERKE1" in tjener.hent()

        # 4. stoppet (SIGTERM): mkdocs serve stopper også, og porten er ledig igjen
        barn = tjener.barn()
        assert barn, "fant ikke mkdocs serve under vis.py"
        tjener.stopp()
        frist = time.monotonic() + 10
        while time.monotonic() < frist and any(_lever(b) for b in barn):
            time.sleep(0.2)
        assert not [b for b in barn if _lever(b)], "mkdocs serve ble gående etter at vis.py stoppet"
    finally:
        tjener.stopp()


def _lever(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # en avsluttet prosess som ikke er hentet ennå (zombie), lever ikke
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")
