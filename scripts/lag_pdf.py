#!/usr/bin/env python3
"""`make pdf`: hele handlingsveilederen som én PDF, laget av Chromium (utskrift til PDF).

Skriver ut siden utskrift/handlingsveileder/ (docs/utskrift/handlingsveileder.md: veien fra bekymring
til handling, den akutte veien og alle rutinene) fra et bygd nettsted:

    python scripts/lag_pdf.py [--nettsted site] [--ut dist/handlingsveileder.pdf]
    python scripts/lag_pdf.py --url http://127.0.0.1:8000/ --ut /tmp/veileder.pdf   # et nettsted som kjører

Nettstedet serveres på 127.0.0.1 (ledig port) og åpnes i Debians chromium (CHROMIUM=/sti overstyrer),
uten nett: alle forespørsler som ikke går til 127.0.0.1, stoppes. Utskriften bruker stilarket for
papir (overrides/assets/stilark/utskrift.css): A4, marger, topptekst med tittel og utskriftsdato, bunntekst
med «Side X av Y» og – når HV_SITE_URL er satt, eller --adresse er gitt – nettadressen til siden.
PDF-en får bokmerker fra overskriftene og er merket (tagged) for skjermlesere.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import html
import http.server
import os
import re
import sys
import threading
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from macros.data.datoer import norsk_dato  # noqa: E402  (samme datoformat som nettstedet: «3. mars 2026»)
from macros.site.skriptlaster import KLAR_JS  # noqa: E402  (skriptene kommer etter første tegning)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SIDE = "utskrift/handlingsveileder/"
TITTEL = "Slik gjør vi det i Åsnes – Handlingsveilederen"
MARGER = {"top": "20mm", "bottom": "20mm", "left": "16mm", "right": "16mm"}

# Topp- og bunntekst: Chromium fyller inn .pageNumber og .totalPages (datoen setter vi selv: Chromiums
# .date er på amerikansk form). Malene trenger egen skriftstørrelse og marg (de arver ingenting fra siden).
# De hører til PDF-en, ikke til nettstedet.
_STIL = ("font-family: system-ui, Arial, sans-serif; font-size: 8pt; color: #000; width: 100%; "
         "margin: 0 16mm; display: flex; justify-content: space-between; gap: 8mm;")
TOPPTEKST = (f'<div style="{_STIL}"><span>{html.escape(TITTEL)}</span>'
             '<span>Skrevet ut {dato}</span></div>')
BUNNTEKST = (f'<div style="{_STIL}"><span>{{adresse}}</span>'
             '<span>Side <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>')


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def server(nettsted: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (free port); yields the base URL."""
    handler = functools.partial(_StilleHandler, directory=str(nettsted))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    tråd = threading.Thread(target=srv.serve_forever, daemon=True)
    tråd.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}/"
    finally:
        srv.shutdown()
        srv.server_close()


def offentlig_adresse() -> Optional[str]:
    """The print page's address on the intranet, when the site is built for it (HV_SITE_URL)."""
    base = os.environ.get("HV_SITE_URL")
    return base.rstrip("/") + "/" + SIDE if base else None


def lag_pdf(base_url: str, ut: Path, adresse: Optional[str] = None, chromium: str = CHROMIUM,
            nettleser=None) -> dict:
    """Print <base_url>utskrift/handlingsveileder/ to `ut`. Returns {"blokkert": [...], "url": ...}.

    `nettleser`: a running Playwright Browser (the tests' session browser); otherwise Chromium is started here.
    """
    if nettleser is not None:
        return _skriv_ut(nettleser, base_url, ut, adresse)
    from playwright.sync_api import sync_playwright

    if not Path(chromium).exists():
        raise SystemExit(f"FEIL: fant ikke chromium på {chromium}. Kjør `make chromium`, eller sett CHROMIUM=/sti.")
    with sync_playwright() as pw:
        nettleser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            return _skriv_ut(nettleser, base_url, ut, adresse)
        finally:
            nettleser.close()


def _skriv_ut(nettleser, base_url: str, ut: Path, adresse: Optional[str]) -> dict:
    url = base_url.rstrip("/") + "/" + SIDE
    blokkert: list[str] = []

    def bare_lokalt(route):
        adr = route.request.url
        if adr.startswith(("data:", "blob:", "about:")) or urlparse(adr).hostname == "127.0.0.1":
            route.continue_()
        else:
            blokkert.append(adr)
            route.abort()

    ut.parent.mkdir(parents=True, exist_ok=True)
    kontekst = nettleser.new_context(locale="nb-NO", timezone_id="Europe/Oslo")
    try:
        kontekst.route("**/*", bare_lokalt)
        side = kontekst.new_page()
        svar = side.goto(url, wait_until="networkidle")
        if svar is None or svar.status != 200:
            raise SystemExit(f"FEIL: {url} svarte {svar.status if svar else 'ikke'}. Er nettstedet bygget?")
        side.wait_for_function(KLAR_JS, timeout=15_000)
        side.emulate_media(media="print")
        idag = dt.datetime.now(ZoneInfo("Europe/Oslo")).date()
        side.pdf(path=str(ut), format="A4", margin=MARGER, print_background=False,
                 display_header_footer=True, header_template=TOPPTEKST.format(dato=norsk_dato(idag)),
                 footer_template=BUNNTEKST.format(adresse=html.escape(adresse or "")),
                 outline=True, tagged=True)
    finally:
        kontekst.close()
    return {"url": url, "blokkert": blokkert}


# Text in Chromium's PDF: «/F4 12 Tf» sets the font size, «1 0 0 -1 x y Tm» places a line at y (CSS px, in
# the paginated layout). Every page draws the same long layout, shifted up by the page's offset and clipped
# to the content area: «x y w h re W* n q 3.125 0 0 3.125 tx ty cm».
_KLIPP = re.compile(r"[\d.]+ ([\d.]+) [\d.]+ ([\d.]+) re\nW\* n\nq\n3\.125 0 0 3\.125 [-\d.]+ ([-\d.]+) cm")
_TEKST = re.compile(r"/F\d+ ([\d.]+) Tf|1 0 0 -1 [-\d.]+ ([-\d.]+) Tm")
# A part (the guide, each step, the acute page, «Rutinene», each routine) starts on a new page with a heading
# of at least 15 pt (20 px); the page before it may be short.
DELOVERSKRIFT_PX = 19.5


def sidefyll(pdf: bytes) -> list[dict]:
    """Per page: how far down the text reaches (0–1 of the content area), and whether the page opens a part
    (its first line is a heading of DELOVERSKRIFT_PX or more). Reads only what Chromium writes; no PDF library
    (pypdf is not in the lock)."""
    objekter = {int(n): b for n, b in re.findall(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)}

    def strom(b: bytes) -> str:
        m = re.search(rb"stream\r?\n(.*?)\r?\nendstream", b, re.S)
        return zlib.decompress(m.group(1)).decode("latin-1") if m else ""

    sider: list[bytes] = []

    def ga(nr: int) -> None:
        b = objekter[nr]
        if re.search(rb"/Type\s*/Pages", b):
            for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", b, re.S).group(1)):
                ga(int(k))
        else:
            sider.append(b)

    rot = int(re.search(rb"/Root (\d+) 0 R", pdf).group(1))
    ga(int(re.search(rb"/Pages (\d+) 0 R", objekter[rot]).group(1)))
    ut = []
    for b in sider:
        innhold = strom(objekter[int(re.search(rb"/Contents\s*(\d+) 0 R", b).group(1))])
        m = _KLIPP.search(innhold)
        if m is None:
            ut.append({"fyll": 0.0, "ny_del": False})
            continue
        topp = (float(m.group(1)) - float(m.group(3))) / 3.125
        hoyde = float(m.group(2)) / 3.125
        storrelse, linjer = 0.0, []
        for t in _TEKST.finditer(innhold, m.end()):
            if t.group(1):
                storrelse = float(t.group(1))
            elif topp - 1 <= float(t.group(2)) <= topp + hoyde + 1:
                linjer.append((float(t.group(2)), storrelse))
        forste = min(linjer) if linjer else None
        ut.append({"fyll": (max(y for y, _ in linjer) - topp) / hoyde if linjer else 0.0,
                   "ny_del": bool(forste and forste[1] >= DELOVERSKRIFT_PX and forste[0] - topp < 80)})
    return ut


def nesten_tomme_sider(pdf: bytes, grense: float = 0.25) -> list[int]:
    """Page numbers (from 1) that are less than `grense` full although the next page does not open a part."""
    fyll = sidefyll(pdf)
    return [i + 1 for i, s in enumerate(fyll[:-1]) if s["fyll"] < grense and not fyll[i + 1]["ny_del"]]


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description="Lag hele handlingsveilederen som PDF (Chromium).")
    p.add_argument("--nettsted", type=Path, default=ROOT / "site", help="bygd nettsted (standard: site/)")
    p.add_argument("--url", help="bruk et nettsted som allerede kjører, f.eks. http://127.0.0.1:8000/")
    p.add_argument("--ut", type=Path, default=ROOT / "dist" / "handlingsveileder.pdf", help="PDF-filen som lages")
    p.add_argument("--adresse", default=offentlig_adresse(),
                   help="nettadressen som står i bunnteksten (standard: fra HV_SITE_URL, ellers ingen)")
    a = p.parse_args(argv)

    if a.url:
        info = lag_pdf(a.url, a.ut, a.adresse)
    else:
        if not (a.nettsted / SIDE / "index.html").is_file():
            print(f"FEIL: fant ikke {a.nettsted / SIDE / 'index.html'}. Bygg nettstedet først (make build).",
                  file=sys.stderr)
            return 1
        with server(a.nettsted) as base:
            info = lag_pdf(base, a.ut, a.adresse)
    if info["blokkert"]:
        print("FEIL: siden prøvde å hente noe utenfra (stoppet): " + ", ".join(info["blokkert"]), file=sys.stderr)
        return 1
    print(f"Skrev {a.ut} ({a.ut.stat().st_size // 1024} kB) fra {info['url']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
