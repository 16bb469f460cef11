"""Read the site's change history from git (for «Hva er nytt»). Plain functions, no mkdocs import.

les_historikk() returns None instead of raising when the history cannot be read (git missing, not
a git repository, an export without .git, "dubious ownership"…): the page then shows a visible
fallback text, and the build does not fail because of how the site was checked out.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional, Sequence

_POST = "\x1e"   # record separator between commits
_FELT = "\x1f"   # unit separator between fields


@dataclass(frozen=True)
class Filendring:
    status: str                      # A (ny), M (endret), D (slettet), R (flyttet/nytt navn)
    sti: str                         # path relative to the repository root (the new path for R)
    gammel_sti: Optional[str] = None


@dataclass(frozen=True)
class Endring:
    commit: str
    dato: date
    emne: str
    filer: tuple[Filendring, ...]


@dataclass(frozen=True)
class Historikk:
    rot: Path                        # repository root (paths in Filendring are relative to it)
    endringer: list[Endring]
    grunn: bool                      # shallow clone: older history is missing


def _git(katalog: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "core.quotePath=false", "-C", str(katalog), *args],
        check=True, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=30,
    ).stdout


def les_historikk(katalog: Path, antall: int = 20, stier: Sequence[Path] = ()) -> Optional[Historikk]:
    """The last `antall` commits (newest first) that touched any of `stier` (all paths when empty).

    `katalog` is any directory inside the working tree (e.g. docs/). Paths in `stier` outside the
    repository are ignored. Merge commits are skipped (their changes are in the merged commits).
    """
    katalog = Path(katalog)
    if not katalog.is_dir():
        return None
    try:
        # two git processes per build, not four: each costs a few ms of CPU in every build (make bench)
        toppniva, grunn_svar = _git(katalog, "rev-parse", "--show-toplevel", "--is-shallow-repository").splitlines()
        rot, grunn = Path(toppniva.strip()).resolve(), grunn_svar.strip() == "true"
        pathspec = []
        for sti in stier:
            try:
                pathspec.append(Path(sti).resolve().relative_to(rot).as_posix() or ".")
            except ValueError:
                continue  # outside this repository
        if stier and not pathspec:
            return Historikk(rot=rot, endringer=[], grunn=grunn)
        try:
            utdata = _git(rot, "log", f"-n{int(antall)}", "--no-merges", "-M", "--date=short",
                          f"--format={_POST}%H{_FELT}%ad{_FELT}%s", "--name-status", "--", *pathspec)
        except subprocess.CalledProcessError:
            # rev-parse above worked, so this is a repository; git log fails only when it has no commits yet
            return Historikk(rot=rot, endringer=[], grunn=grunn)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return Historikk(rot=rot, endringer=tolk_logg(utdata), grunn=grunn)


def tolk_logg(utdata: str) -> list[Endring]:
    endringer = []
    for post in utdata.split(_POST):
        if not post.strip():
            continue
        hode, _, resten = post.partition("\n")
        deler = hode.split(_FELT)
        if len(deler) != 3:
            continue
        commit, dato, emne = deler
        try:
            dag = date.fromisoformat(dato.strip())
        except ValueError:
            continue
        filer = []
        for linje in resten.splitlines():
            felt = linje.split("\t")
            if len(felt) < 2 or not felt[0]:
                continue
            status = felt[0][0]
            if status in ("R", "C") and len(felt) >= 3:
                filer.append(Filendring(status="R" if status == "R" else "A", sti=felt[2], gammel_sti=felt[1]))
            else:
                filer.append(Filendring(status=status, sti=felt[1]))
        endringer.append(Endring(commit=commit, dato=dag, emne=emne.strip(), filer=tuple(filer)))
    return endringer
