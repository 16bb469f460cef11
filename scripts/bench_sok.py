#!/usr/bin/env python3
"""Søket målt på spørsmålssettet (data/sok/sporsmal.yml): Pagefind (nettstedets søk) mot Materials lunr-søk.

For hver motor: topp-1, topp-3 og andel søk uten treff, for den justerte delen og den holdt-ute delen
hver for seg; hva et første søk henter (motor + indeks, gzip); tid fra siste tastetrykk til første
treff vises (median). Pluss hva et første søk henter med 2 000 syntetiske rutiner.
Lunr-søket bygges i en midlertidig kopi av mkdocs.yml med Materials search-plugin slått på igjen.
Skriver benchmark/SOK.md. Brukes av `make bench` (scripts/bench.py) og kan kjøres alene:
    .venv/bin/python scripts/bench_sok.py
Funksjonene som kjører søkene i nettleseren brukes også av tests/test_sok_nettleser.py.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SPORSMAL = ROOT / "data" / "sok" / "sporsmal.yml"
RESULTAT = ROOT / "benchmark" / "SOK.md"
# Budsjettene (forklart i deploy/README.md, «Søk»). Endres de, endre også der.
KRAV = {"topp3": 0.97, "topp1": 0.85, "uten_treff": 0.02, "forste_sok_kib": 150.0, "ms": 300.0}


def les_sporsmal() -> list[dict]:
    return yaml.safe_load(SPORSMAL.read_text(encoding="utf-8"))["sporsmal"]


def url_for(docs_sti: str) -> str:
    """docs-relativ .md-sti -> URL-sti på nettstedet (use_directory_urls), uten innledende /."""
    stamme = docs_sti.split("#")[0][:-3]
    if stamme == "index":
        return ""
    if stamme.endswith("/index"):
        return stamme[: -len("index")]
    return stamme + "/"


# ---------- nettsøk i den ekte søkeboksen ----------

_FERDIG = "q => document.querySelector('[data-sok]').getAttribute('data-sok-ferdig') === q"
_TOPP = "els => els.map(a => new URL(a.href).pathname)"


def pagefind_sok(side, q: str) -> tuple[list[str], float]:
    """Skriv q i søkeboksen; returner treffenes stier (uten /) og ms til treffene vises."""
    felt = side.locator("#sok-felt")
    start = time.perf_counter()
    felt.fill(q)
    side.wait_for_function(_FERDIG, arg=q, timeout=15_000)
    ms = (time.perf_counter() - start) * 1000
    stier = side.eval_on_selector_all("ol.sok__liste > li > a.sok__treff", _TOPP)
    # «Ingen treff» viser en lenke til A–Å; den teller ikke som treff.
    if side.locator(".sok__antall").text_content().startswith("Ingen treff"):
        stier = []
    return [s.removeprefix("/") for s in stier], ms


_LUNR_LYTTER = """
(() => {
  const Ekte = window.Worker;
  window.__sok = {sendt: [], svar: 0};
  window.Worker = function (url, valg) {
    const w = new Ekte(url, valg);
    const post = w.postMessage.bind(w);
    w.postMessage = (melding, ...resten) => {
      if (melding && melding.type === 2) window.__sok.sendt.push(melding.data);
      return post(melding, ...resten);
    };
    w.addEventListener("message", ev => { if (ev.data && ev.data.type === 3) window.__sok.svar++; });
    return w;
  };
  window.Worker.prototype = Ekte.prototype;
})();
"""
_LUNR_SVAR = """q => { const s = window.__sok;
  return s.sendt.length > 0 && s.sendt[s.sendt.length - 1] === q && s.svar === s.sendt.length; }"""


def lunr_sok(side, q: str) -> tuple[list[str], float]:
    boks = side.get_by_role("textbox", name="Søk")
    boks.press("Control+a")
    boks.press("Backspace")
    start = time.perf_counter()
    boks.press_sequentially(q)
    boks.press("End")   # Materials søk lytter på keyup; æøå fra Playwright gir ingen keyup
    side.wait_for_function(_LUNR_SVAR, arg=q, timeout=15_000)
    ms = (time.perf_counter() - start) * 1000
    stier = side.eval_on_selector_all("li.md-search-result__item > a.md-search-result__link:first-child", _TOPP)
    return [s.removeprefix("/") for s in stier], ms


def kjor_sett(side, sok, sporsmal: list[dict]) -> list[dict]:
    rader = []
    for s in sporsmal:
        stier, ms = sok(side, s["q"])
        riktige = [url_for(x) for x in s["svar"]]
        rader.append({**s, "topp": stier[:3], "topp1": bool(stier) and stier[0] in riktige,
                      "topp3": any(x in riktige for x in stier[:3]), "null": not stier, "ms": ms})
    return rader


def tall(rader: list[dict]) -> dict:
    n = len(rader) or 1
    return {"n": len(rader), "topp1": sum(r["topp1"] for r in rader) / n, "topp3": sum(r["topp3"] for r in rader) / n,
            "uten_treff": sum(r["null"] for r in rader) / n, "ms": statistics.median(r["ms"] for r in rader) if rader else 0}


def del_av(rader, navn):
    return [r for r in rader if r["del"] == navn]


# ---------- bygg, tjener, nettleser ----------

class _Stille(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


class Tjener:
    """Et bygd nettsted på 127.0.0.1; teller bytes (gzip) for alt som hentes fra /pagefind/ eller /search/."""

    def __init__(self, nettsted: Path):
        h = functools.partial(_Stille, directory=str(nettsted))
        self.srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), h)
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.srv.server_address[1]}/"
        self.nettsted = nettsted

    def stopp(self):
        self.srv.shutdown()


def bygg(config: Path, ut: Path) -> None:
    res = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--clean", "-f", str(config), "-d", str(ut)],
                         cwd=config.parent, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
    if res.returncode != 0:
        raise SystemExit(f"Bygget feilet ({config}):\n{res.stdout[-3000:]}")


def lunr_config(tmp: Path) -> Path:
    """mkdocs.yml med Materials søk (slik det var konfigurert før Pagefind) slått på igjen."""
    tekst = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    lunr = ("  - search:\n      lang: ['no']\n"
            "      separator: \"[\\\\s\\\\-–—,:;!?«»\\\"“”()\\\\[\\\\]/§'’]+|\\\\.(?!\\\\d)\"\n"
            "      fields:\n        tags:\n          boost: 400\n")
    tekst = tekst.replace("plugins:\n", "plugins:\n" + lunr, 1)
    ut = ROOT / ".mkdocs-lunr-bench.yml"   # i prosjektet, så relative stier (docs/, overrides/) virker
    ut.write_text(tekst, encoding="utf-8")
    return ut


def forste_sok_bytes(side, tjener: Tjener, sok, q: str, felt) -> float:
    """KiB (gzip) for motor + indeks + treffdata som et første søk henter: fra første klikk i feltet."""
    hentet: list[str] = []
    side.on("request", lambda r: hentet.append(r.url))
    felt.click()
    sok(side, q)
    total = 0
    for url in set(hentet):
        sti = url.split("?")[0].removeprefix(tjener.url)
        if sti.startswith(("pagefind/", "search/")):
            fil = tjener.nettsted / sti
            if fil.is_file():
                data = fil.read_bytes()
                # Pagefinds indeksfiler er allerede gzip; nginx sender dem som de er.
                total += len(data) if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 9))
    return total / 1024


def forsiden_kib(side, tjener: Tjener) -> float:
    hentet: list[str] = []
    side.on("request", lambda r: hentet.append(r.url))
    side.goto(tjener.url, wait_until="networkidle")
    total = 0
    for url in set(hentet):
        sti = url.split("?")[0].removeprefix(tjener.url) or "index.html"
        fil = tjener.nettsted / (sti + "index.html" if sti.endswith("/") else sti)
        if fil.is_file():
            total += len(gzip.compress(fil.read_bytes(), 9))
    return total / 1024


def syntetisk_kib(tmp: Path, antall: int = 2000) -> float:
    """Pagefinds indeks for nettstedet + 2 000 syntetiske rutinesider: hva et første søk henter."""
    import shutil

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from macros.sok import indeks

    kilde = tmp / "pagefind-site"
    nettsted = tmp / "syntetisk"
    shutil.copytree(kilde, nettsted, ignore=shutil.ignore_patterns("pagefind"))
    mal = (nettsted / "rutiner" / "stafettlogg" / "index.html").read_text(encoding="utf-8")
    ord_ = ["barnehage", "skole", "foreldre", "samtale", "melding", "oppfølging", "plan", "møte", "tiltak", "vurdering"]
    for i in range(antall):
        d = nettsted / "rutiner" / f"syntetisk-{i}"
        d.mkdir(parents=True)
        tekst = mal.replace("Stafettlogg i Sampro", f"Syntetisk rutine {i} om {ord_[i % 10]} og {ord_[(i * 7) % 10]}")
        (d / "index.html").write_text(tekst, encoding="utf-8")
    indeks.lag_indeks(nettsted)
    tjener = Tjener(nettsted)
    try:
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            side = b.new_page()
            side.goto(tjener.url, wait_until="networkidle")
            kib = forste_sok_bytes(side, tjener, pagefind_sok, "bekymringsmelding", side.locator("#sok-felt"))
            b.close()
    finally:
        tjener.stopp()
    return kib


def maal() -> dict:
    from playwright.sync_api import sync_playwright

    sporsmal = les_sporsmal()
    ut = {}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        bygg(ROOT / "mkdocs.yml", tmp / "pagefind-site")
        cfg = lunr_config(tmp)
        try:
            bygg(cfg, tmp / "lunr-site")
        finally:
            cfg.unlink(missing_ok=True)
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for motor, mappe, sok, init in (("Pagefind (nettstedets søk)", "pagefind-site", pagefind_sok, None),
                                            ("Materials lunr-søk (før)", "lunr-site", lunr_sok, _LUNR_LYTTER)):
                tjener = Tjener(tmp / mappe)
                side = b.new_page(viewport={"width": 1280, "height": 900})
                if init:
                    side.add_init_script(init)
                hjem = forsiden_kib(side, tjener)
                felt = side.locator("#sok-felt") if sok is pagefind_sok else side.get_by_role("textbox", name="Søk")
                kib = forste_sok_bytes(side, tjener, sok, sporsmal[0]["q"], felt)
                rader = kjor_sett(side, sok, sporsmal)
                ut[motor] = {"justert": tall(del_av(rader, "justert")), "holdt-ute": tall(del_av(rader, "holdt-ute")),
                             "kib": kib, "hjem": hjem, "rader": rader}
                side.close()
                tjener.stopp()
            b.close()
        ut["syntetisk_kib"] = syntetisk_kib(tmp)
    return ut


def rapport(ut: dict) -> tuple[str, list[str]]:
    linjer = ["| Motor | Del | Søk | Topp-1 | Topp-3 | Uten treff | Første søk (KiB gzip) | Median ms til treff | Forside (KiB gzip) |",
              "|---|---|---|---|---|---|---|---|---|"]
    for motor, m in ut.items():
        if not isinstance(m, dict):
            continue
        for d in ("justert", "holdt-ute"):
            t = m[d]
            linjer.append(f"| {motor} | {d} | {t['n']} | {t['topp1']:.1%} | {t['topp3']:.1%} | {t['uten_treff']:.1%} "
                          f"| {m['kib']:.0f} | {t['ms']:.0f} | {m['hjem']:.0f} |")
    linjer.append(f"\nPagefind, første søk med 2 000 syntetiske rutiner: {ut['syntetisk_kib']:.0f} KiB gzip.")
    pf = ut["Pagefind (nettstedets søk)"]
    brudd = []
    j = pf["justert"]
    if j["topp3"] < KRAV["topp3"]:
        brudd.append(f"topp-3 {j['topp3']:.1%} < {KRAV['topp3']:.0%}")
    if j["topp1"] < KRAV["topp1"]:
        brudd.append(f"topp-1 {j['topp1']:.1%} < {KRAV['topp1']:.0%}")
    if j["uten_treff"] > KRAV["uten_treff"]:
        brudd.append(f"uten treff {j['uten_treff']:.1%} > {KRAV['uten_treff']:.0%}")
    if pf["kib"] > KRAV["forste_sok_kib"]:
        brudd.append(f"første søk {pf['kib']:.0f} KiB > {KRAV['forste_sok_kib']:.0f}")
    if j["ms"] > KRAV["ms"]:
        brudd.append(f"median {j['ms']:.0f} ms > {KRAV['ms']:.0f}")
    if pf["hjem"] > 100:
        brudd.append(f"forsiden {pf['hjem']:.0f} KiB > 100")
    bom = [f"- {r['q']} ({r['del']}): {', '.join(r['topp']) or 'ingen treff'}" for r in pf["rader"] if not r["topp3"]]
    tekst = "\n".join(linjer) + "\n\nPagefind, søk uten riktig side blant de tre første:\n" + ("\n".join(bom) or "- ingen")
    return tekst, brudd


def main() -> int:
    ut = maal()
    tekst, brudd = rapport(ut)
    print(tekst)
    RESULTAT.write_text("# Søk: motorene side om side (make bench)\n\nSpørsmålssett: data/sok/sporsmal.yml. "
                        "Kravene står i deploy/README.md («Søk»).\n\n" + tekst + "\n", encoding="utf-8")
    if brudd:
        print("BUDSJETT BRUTT: " + "; ".join(brudd))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
