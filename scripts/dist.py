#!/usr/bin/env python3
"""`make dist`: bygg nettstedet og pakk det i et versjonert, reproduserbart arkiv i dist/.

Samme kildekode gir byte for byte samme arkiv, uansett når eller på hvilken maskin det lages:
  * tiden i bygget er SOURCE_DATE_EPOCH (standard: tidspunktet for siste git-commit). MkDocs bruker
    den for <lastmod> i sitemap.xml og for sitemap.xml.gz; uten den får sitemap dagens dato;
  * «dagens dato» i makroene (revisjonsfrister o.l.) er datoen til SOURCE_DATE_EPOCH, med mindre
    HV_DAGENS_DATO er satt; ellers ville arkivet endret seg ved midnatt;
  * filene i arkivet står sortert, med fast tid, eier root/root (0/0) og mode 0644/0755;
  * gzip-hodet har mtime 0 og ikke noe filnavn.
Tekstfilene får en ferdig komprimert .gz ved siden av seg (for nginx' gzip_static).

    python scripts/dist.py [--out dist]

Arkivet: asnes-handlingsveileder-<versjon>/{site/, nginx/asnes-handlingsveileder.conf, VERSJON, README.md}
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_nginx import DEFAULTS, render  # noqa: E402

NAME = "asnes-handlingsveileder"
# Tekstformater som nginx kan sende komprimert. Kildekart (.map) lastes bare av utviklerverktøy: hoppes over.
PRECOMPRESS = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


def git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH hvis satt (standarden for reproduserbare bygg), ellers siste commit."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    stamp = git("log", "-1", "--format=%ct")
    if not stamp:
        sys.exit("FEIL: ingen git-historikk å ta tiden fra. Sett SOURCE_DATE_EPOCH (sekunder siden 1970).")
    return int(stamp)


def version() -> str:
    """En git-tag (v1.2.0 -> 1.2.0, eller 1.2.0-3-gabc1234 etter taggen); uten tag pyproject-versjonen
    + kort commit: 0.1.0-gabc1234. «-dirty» betyr at arkivet har endringer som ikke er committet."""
    described = git("describe", "--tags", "--always", "--dirty", "--abbrev=7")
    has_tag = git("describe", "--tags", "--abbrev=0") is not None
    if described and has_tag:
        return described.removeprefix("v")
    base = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    return f"{base}-g{described}" if described else base


def build(site: Path, epoch: int) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": str(epoch)}
    env.setdefault("HV_DAGENS_DATO", dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date().isoformat())
    # The archive is for the intranet: its pages (canonical link, print header) carry the real address,
    # never the 127.0.0.1 of a local build. ASNES_SITE_URL, else the same server name as nginx.conf.
    if "ASNES_SITE_URL" in os.environ:
        env["HV_SITE_URL"] = os.environ["ASNES_SITE_URL"]
    elif "HV_SITE_URL" not in os.environ:
        navn = os.environ.get("ASNES_SERVER_NAME", "handlingsveileder.asnes-kommune.invalid")
        env["HV_SITE_URL"] = f"https://{navn}/"
    mkdocs = Path(sys.executable).parent / "mkdocs"
    result = subprocess.run([str(mkdocs), "build", "--strict", "--clean", "-f", str(ROOT / "mkdocs.yml"),
                             "-d", str(site)], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        # the same Norwegian messages as `make build` (scripts/bygg.py); nothing is packed
        sys.path.insert(0, str(ROOT))
        from macros.site import meldinger
        sys.exit(meldinger.forklar(result.stdout + result.stderr, ROOT / "docs"))


def precompress(site: Path) -> int:
    """Legg fil.gz ved siden av hver tekstfil når det sparer bytes; returner antall nye .gz-filer.

    Finnes .gz fra før (MkDocs lager sitemap.xml.gz selv), står den urørt."""
    count = 0
    for path in sorted(site.rglob("*")):
        target = path.with_name(path.name + ".gz")
        if not path.is_file() or path.suffix not in PRECOMPRESS or target.exists():
            continue
        raw = path.read_bytes()
        packed = gzip.compress(raw, compresslevel=9, mtime=0)
        if len(packed) < len(raw):
            target.write_bytes(packed)
            count += 1
    return count


def _entry(name: str, epoch: int, *, size: int = 0, directory: bool = False) -> tarfile.TarInfo:
    """Et arkivhode uten noe fra maskinen som lager det: fast tid, eier og rettigheter."""
    info = tarfile.TarInfo(name)
    info.mtime = epoch
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.type = tarfile.DIRTYPE if directory else tarfile.REGTYPE
    info.mode = 0o755 if directory else 0o644
    info.size = size
    return info


def write_archive(tree: Path, archive: Path, epoch: int) -> None:
    """tree/<prefix>/… -> archive (.tar.gz), sortert og med faste metadata."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(tree.rglob("*"), key=lambda p: p.relative_to(tree).as_posix()):
            name = path.relative_to(tree).as_posix()
            if path.is_symlink():
                raise SystemExit(f"FEIL: symbolsk lenke i nettstedet: {name}")
            if path.is_dir():
                tar.addfile(_entry(name, epoch, directory=True))
            else:
                data = path.read_bytes()
                tar.addfile(_entry(name, epoch, size=len(data)), io.BytesIO(data))
    with open(archive, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                                     compresslevel=9) as gz:
        gz.write(buffer.getvalue())


def make_dist(out: Path) -> Path:
    epoch, ver = source_date_epoch(), version()
    if ver.endswith("-dirty"):
        print(f"ADVARSEL: arbeidskopien har endringer som ikke er committet; versjonen blir {ver}.",
              file=sys.stderr)
    prefix = f"{NAME}-{ver}"
    with tempfile.TemporaryDirectory(prefix="asnes-dist-") as tmp:
        tree = Path(tmp) / "tree"
        site = tree / prefix / "site"
        build(site, epoch)
        gz_count = precompress(site)
        nginx_dir = tree / prefix / "nginx"
        nginx_dir.mkdir()
        (nginx_dir / f"{NAME}.conf").write_text(
            render(DEFAULTS["LISTEN"], DEFAULTS["SERVER_NAME"], DEFAULTS["ROOT"]), encoding="utf-8")
        shutil.copyfile(ROOT / "deploy" / "README.md", tree / prefix / "README.md")
        built = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).isoformat()
        (tree / prefix / "VERSJON").write_text(
            f"versjon: {ver}\ncommit: {git('rev-parse', 'HEAD') or 'ukjent'}\n"
            f"SOURCE_DATE_EPOCH: {epoch} ({built})\n", encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        archive = out / f"{prefix}.tar.gz"
        write_archive(tree, archive, epoch)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    (out / f"{archive.name}.sha256").write_text(f"{digest}  {archive.name}\n", encoding="utf-8")
    print(f"{archive}  ({archive.stat().st_size // 1024} KiB, {gz_count} .gz-filer, sha256 {digest[:16]}…)")
    return archive


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "dist", help="katalogen arkivet skrives til")
    make_dist(p.parse_args(argv).out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
