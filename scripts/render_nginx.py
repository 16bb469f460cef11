#!/usr/bin/env python3
"""Fyll inn plassholderne i deploy/nginx/asnes-handlingsveileder.conf.

Malen har tre plassholdere, og bare tre: hvor nginx lytter, tjenernavnet og katalogen med nettstedet.
Alt annet (hoder, CSP, caching, komprimering) er likt i test og drift – det er det testen skal bevise.
Brukes av scripts/dist.py (verdier for intranettjeneren) og tests/test_nginx.py (tilfeldig port, tmp).

    python scripts/render_nginx.py --root /var/www/asnes-handlingsveileder/current/site > asnes.conf
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx" / "asnes-handlingsveileder.conf"

# Standardverdier i arkivet fra `make dist`. «.invalid» finnes aldri: kommunen må sette sitt eget
# navn (ASNES_SERVER_NAME eller rett i filen), slik som for repo_url i mkdocs.yml.
DEFAULTS = {
    "LISTEN": os.environ.get("ASNES_LISTEN", "80"),
    "SERVER_NAME": os.environ.get("ASNES_SERVER_NAME", "handlingsveileder.asnes-kommune.invalid"),
    "ROOT": os.environ.get("ASNES_ROOT", "/var/www/asnes-handlingsveileder/current/site"),
}


def render(listen: str, server_name: str, root: str, template: Path = TEMPLATE) -> str:
    for navn, verdi in (("listen", listen), ("server_name", server_name), ("root", root)):
        # Verdiene havner rett i nginx-syntaks: ingen anførselstegn, semikolon, klammer eller linjeskift.
        if not verdi.strip() or re.search(r'[;"\'{}\n\r]', verdi):
            raise ValueError(f"ugyldig {navn} for nginx: {verdi!r}")
    tekst = template.read_text(encoding="utf-8")
    tekst = tekst.replace("@LISTEN@", listen).replace("@SERVER_NAME@", server_name).replace("@ROOT@", root)
    rest = re.findall(r"@[A-Z_]+@", tekst)
    if rest:
        raise ValueError(f"plassholdere uten verdi i {template}: {sorted(set(rest))}")
    return tekst


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--listen", default=DEFAULTS["LISTEN"], help="f.eks. 80 eller 127.0.0.1:8080")
    p.add_argument("--server-name", default=DEFAULTS["SERVER_NAME"])
    p.add_argument("--root", default=DEFAULTS["ROOT"], help="katalogen med index.html og 404.html")
    args = p.parse_args(argv)
    sys.stdout.write(render(args.listen, args.server_name, args.root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
