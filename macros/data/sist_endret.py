"""«Sist endret» for every page from ONE git pass (no plugin). Plain functions, no mkdocs import.

One `git log --name-only` over the docs directory gives, newest first, every commit and the files it
touched; the first time a file is seen is its last change. That is one process per build whatever the
number of pages (the plugin it replaces ran git once per page and grew faster than the site).
Dates are author dates in Europe/Oslo. Without git, outside a repository, in a repository without
commits, or for a file not committed yet, the page gets the build date instead (no error, no warning).
A shallow clone just knows fewer commits: files older than the clone get the date of its oldest commit.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

_POST = "\x1e"   # record separator: starts each commit in the log output
TIDSSONE = ZoneInfo("Europe/Oslo")


@dataclass(frozen=True)
class SistEndret:
    """Last change per file (resolved absolute path -> date), and the date used when a file is not there."""
    datoer: dict[str, date] = field(default_factory=dict)
    byggedato: date = field(default_factory=date.today)

    def dato(self, fil: Path | str) -> date:
        return self.datoer.get(str(Path(fil).resolve()), self.byggedato)


def tolk_logg(utdata: str, rot: Path) -> dict[str, date]:
    """`git log --format=<_POST>%at --name-only` -> {absolute path: date of its newest commit}."""
    datoer: dict[str, date] = {}
    for post in utdata.split(_POST):
        hode, _, filer = post.partition("\n")
        if not hode.strip().isdigit():
            continue
        dato = datetime.fromtimestamp(int(hode.strip()), TIDSSONE).date()
        for linje in filer.splitlines():
            if linje:
                datoer.setdefault(str((rot / linje).resolve()), dato)   # newest first: keep the first
    return datoer


def les_sist_endret(katalog: Path, byggedato: date) -> SistEndret:
    """One git pass over `katalog` (e.g. docs/). Never raises because of how the site was checked out."""
    katalog = Path(katalog)
    try:
        kjor = dict(check=True, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=60)
        rot = Path(subprocess.run(["git", "-C", str(katalog), "rev-parse", "--show-toplevel"],
                                  **kjor).stdout.strip()).resolve()
        utdata = subprocess.run(["git", "-c", "core.quotePath=false", "-C", str(rot), "log", "--no-merges",
                                 f"--format={_POST}%at", "--name-only", "--", str(katalog.resolve())],
                                **kjor).stdout
    except (OSError, subprocess.SubprocessError, ValueError):
        # no git, not a repository, no commits yet, "dubious ownership" …: every page gets the build date
        return SistEndret(byggedato=byggedato)
    return SistEndret(datoer=tolk_logg(utdata, rot), byggedato=byggedato)
