#!/usr/bin/env python3
"""`make bench`: hvor raskt bygges nettstedet, hvordan vokser byggetiden, og hvor tung er forsiden?

Måler (median av --runs kjøringer, standard 3):
  1. byggetiden for nettstedet slik det er;
  2. makroenes pris: samme Markdown bygd med og uten makro-utvidelsen (bare til informasjon: budsjettet
     på 1,2× er avviklet, se deploy/README.md);
  3. vekst: byggetid med 100, 500 og 2 000 syntetiske rutiner; budsjettet er at veksten ikke er verre
     enn lineær i antall sider;
  3b. `make serve`: tiden fra du lagrer en datafil, en side eller en makro til endringen vises (median);
  4. forsiden i Chromium bak vårt nginx-oppsett: forespørsler, bytes rå og gzip; Lighthouse (mobil,
     ytelse) for forsiden, veien fra bekymring, akuttsiden og én rutine bak samme nginx;
  5. hvor tiden går: områder av bygget (meny, Markdown, makroer, søk, git-datoer) og de dyreste
     funksjonene i macros/ (cProfile av ett bygg med 500 rutiner).
Skriver tabellene til benchmark/RESULTATER.md (committes, så utviklingen kan følges i git) og
avslutter med kode 1 hvis et budsjett (BUDGETS under, forklart i deploy/README.md) er brutt.
Alt skjer i midlertidige kataloger; prosjektet endres ikke (bortsett fra RESULTATER.md).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dist import precompress  # noqa: E402
from local_nginx import LocalNginx  # noqa: E402

BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
RESULT_FILE = ROOT / "benchmark" / "RESULTATER.md"

# Budsjettene. Endres de, endre også deploy/README.md («Ytelsesbudsjett»).
BUDGETS = {
    "home_gzip_kib": 100.0,   # forsiden med alt den laster, komprimert slik nginx sender den
    # CPU-tid 2 000 / 100 rutiner delt på sider 2 000 / 100 rutiner: 1,0 = lineært, under 1 = bedre
    "growth_vs_linear": 1.0,
    "serve_seconds": 3.0,     # `make serve`: lagret fil -> endringen synlig i nettleseren (median, veggklokke)
    "lighthouse": 100,        # Lighthouse mobil, ytelse: laveste av de fire sidene i LIGHTHOUSE_SIDER
}
# Lighthouse (npm-pakken i benchmark/lighthouse/, installert av `make bench` fra package-lock.json)
LIGHTHOUSE = ROOT / "benchmark" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_SIDER = {"Forsiden": "", "Jeg er bekymret for et barn": "handlingsveileder/",
                    "Er et barn i akutt fare?": "handlingsveileder/akutt/", "En rutine (Stafettlogg)": "rutiner/stafettlogg/"}
# Makroenes pris (≤ 1,2× et bygg uten makroer) er avviklet: utvidelsen og datalaget koster alene 1,19× før
# én makro er kjørt (målt i issue 8, deploy/README.md). Tabellen «Hva makroene koster» står der fortsatt.
SERVE_RUNS = 3
SIZES = (100, 500, 2000)
PROFILE_SIZE = 500


# --- bygg -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Timing:
    """Veggklokke er det en redaktør venter; CPU-tid (bygget og git-prosessene det starter) er det
    bygget koster, og påvirkes nesten ikke av andre jobber på en delt maskin. Budsjettene for
    forholdstall bruker CPU-tid, så de ikke svinger med hvem andre som bruker maskinen."""
    wall: float
    cpu: float


def build_seconds(config: Path, site: Path) -> Timing:
    """Ett `mkdocs build`, med oppstart av Python, slik en redaktør kjører det."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "mkdocs"), "build", "--clean", "-f", str(config), "-d", str(site)],
                            cwd=config.parent, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        lines = [l for l in (result.stdout + result.stderr).splitlines() if not l.startswith("INFO")]
        raise SystemExit(f"FEIL: bygget med {config.name} feilet:\n" + "\n".join(lines[-40:]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(elapsed, cpu)


def median_timing(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def median_build(config: Path, site: Path, runs: int) -> Timing:
    return median_timing([build_seconds(config, site) for _ in range(runs)])


def count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def html_bytes(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*.html"))


# --- et midlertidig prosjekt ------------------------------------------------------------------------

class _TolerantLoader(yaml.SafeLoader):
    """Leser mkdocs.yml uten MkDocs: !ENV og andre egne merkelapper blir bare None."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def make_workspace(tmp: Path) -> Path:
    """En kopi av docs/ (så vi kan legge til sider) med data/, macros/, overrides/ og maler/ lenket inn.

    Kopien er et eget git-depot med alt committet: «Sist endret» kjører `git log` (én gang per bygg), og
    det skal koste det samme som i det ekte prosjektet."""
    ws = tmp / "prosjekt"
    ws.mkdir()
    shutil.copytree(ROOT / "docs", ws / "docs")
    for name in ("data", "macros", "overrides", "maler"):
        (ws / name).symlink_to(ROOT / name)
    shutil.copyfile(ROOT / "mkdocs.yml", ws / "mkdocs.yml")
    _git(ws, "init", "-q")
    commit_all(ws)
    return ws


def _git(ws: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=make bench", "-c", "user.email=bench@invalid", *args],
                   cwd=ws, check=True, capture_output=True)


def commit_all(ws: Path) -> None:
    _git(ws, "add", "-A")
    _git(ws, "commit", "-q", "--allow-empty", "-m", "bench")


# Oppsettene for «hva koster makroene»: fra uten makro-utvidelsen, via dens faste pris, til hele bygget.
UTEN, TOM, DATA, ALT = "uten-makroer", "tom-modul", "bare-data", "med-makroer"
VARIANTER = {
    UTEN: "Uten makro-utvidelsen (makrokallene står igjen som tekst)",
    TOM: "Utvidelsen lastet med en tom modul; ingen side rendres (utvidelsens faste pris)",
    DATA: "Utvidelsen med vår modul: data lest og validert, sidekrokene kjører, men ingen makrokall rendres",
    ALT: "Alt, slik nettstedet bygges",
}
TOM_MODUL = "bench_tom_makromodul"


def write_variant(ws: Path, name: str) -> Path:
    """Et oppsett som arver mkdocs.yml (INHERIT) og bare bytter ut plugin-listen (se VARIANTER).

    Uten makro-utvidelsen ser MkDocs aldri Jinja: {{ lov("…") }} står igjen som vanlig tekst i
    Markdown-en og blir vanlig tekst i HTML. Alt annet (tema, søk, meny, Markdown-utvidelser) er likt.
    strict: false fordi makrokall som tekst kan gi advarsler; strict endrer ikke arbeidet som gjøres."""
    config = yaml.load((ws / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    plugins = []
    for p in config["plugins"]:
        navn = p if isinstance(p, str) else next(iter(p))
        if navn != "macros":
            plugins.append(p)
        elif name == ALT:
            plugins.append(p)
        elif name in (TOM, DATA):
            innstillinger = dict(p["macros"] or {}, render_by_default=False)
            if name == TOM:
                (ws / f"{TOM_MODUL}.py").write_text("def define_env(env):\n    pass\n", encoding="utf-8")
                innstillinger.update(module_name=TOM_MODUL, on_undefined="keep")
            plugins.append({"macros": innstillinger})
    path = ws / f"{name}.yml"
    path.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", "strict": False, "plugins": plugins},
                                   allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@dataclass
class Ids:
    roles: list[str]
    services: list[str]
    laws: list[str]


def load_ids() -> Ids:
    """Ekte id-er fra data/, så de syntetiske rutinene består den samme valideringen som ekte rutiner."""
    def rows(name, key):
        return yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))[key]
    return Ids(
        roles=[r["id"] for r in rows("roller.yml", "roller")],
        services=[t["id"] for t in rows("tjenester.yml", "tjenester") if t.get("type", "tjeneste") == "tjeneste"],
        laws=[lov["id"] for lov in rows("lover.yml", "lover") if lov.get("status") == "gjeldende"],
    )


def synthetic_routine(i: int, ids: Ids) -> str:
    """En rutineside på størrelse med de ekte (~700 ord), med front matter etter kontrakten og de
    samme makrokallene som ekte rutiner bruker (lov, rolle, tjeneste)."""
    rid = f"ytelsestest-rutine-{i:04d}"
    pick = lambda seq, k: [seq[(i * 7 + j * 3) % len(seq)] for j in range(k)]  # noqa: E731
    services, laws, role = sorted(set(pick(ids.services, 3))), sorted(set(pick(ids.laws, 3))), ids.roles[i % len(ids.roles)]
    avsnitt = ("Når du er bekymret for et barn, snakker du først med lederen din og deretter med foreldrene. "
               "Skriv ned hva du har sett og hørt, skill mellom observasjon og tolkning, og avtal hva som skal skje. ") * 3
    lov_kall = ", ".join(f'{{{{ lov("{law}") }}}}' for law in laws)
    steg = "\n".join(f"{n}. **Steg {n}.** {avsnitt}" for n in range(1, 7))
    return f"""---
title: Ytelsestest rutine {i:04d}
rutine:
  id: {rid}
  eier: {role}
  status: utkast
  godkjent: null
  revisjonsintervall_mnd: 12
  gjelder: [{", ".join(services)}]
  tema: [ytelsestest, samtykke]
  lovgrunnlag: [{", ".join(laws)}]
---
# Ytelsestest rutine {i:04d}

<div class="kort-fortalt" markdown>

**Kort fortalt:** {avsnitt}

</div>

## Formål {{ #formal }}

{avsnitt}Ansvarlig er {{{{ rolle("{role}") }}}} sammen med {{{{ tjeneste("{services[0]}") }}}}.

## Slik gjør du det {{ #slik-gjor-du-det }}

{steg}

!!! info "Kommunen må fylle inn"
    Fylles inn av eieren.

## Lovgrunnlag {{ #lovgrunnlag }}

Rutinen bygger på {lov_kall}. Se også [Fra bekymring til handling](../handlingsveileder/index.md) og [Lovverk](../lovverk.md).
"""


def add_routines(ws: Path, upto: int, ids: Ids, start: int = 1) -> None:
    for i in range(start, upto + 1):
        (ws / "docs" / "rutiner" / f"ytelsestest-rutine-{i:04d}.md").write_text(
            synthetic_routine(i, ids), encoding="utf-8")


# --- forsiden i Chromium ------------------------------------------------------------------------------

@dataclass
class Resource:
    path: str
    kind: str
    raw: int          # bytes etter dekomprimering (filen slik den ligger på tjeneren)
    sent: int         # body-bytes nginx sendte (gzip der det gjelder)
    headers: int      # svarhoder, bytes


def _kind(path: str) -> str:
    if path.endswith("/") or path.endswith(".html"):
        return "HTML"
    if "search_index" in path:
        return "søkeindeks"
    if "/workers/" in path or "/lunr/" in path:
        return "søk (JS)"
    return {".css": "CSS", ".js": "JS", ".svg": "bilde", ".png": "bilde"}.get(Path(path).suffix, "annet")


@contextlib.contextmanager
def som_i_dist(site: Path):
    """En midlertidig kopi av nettstedet med .gz-filene fra `make dist`, slik nginx skal servere det."""
    with tempfile.TemporaryDirectory(prefix="asnes-bench-") as tmp:
        served = Path(tmp) / "site"
        shutil.copytree(site, served)
        precompress(served)
        yield served


def measure_home_page(site: Path) -> list[Resource]:
    """Alt forsiden laster i en tom nettleser (ingen cache), slik nginx sender det med vårt oppsett.

    Chromium laster siden og venter til nettet er stille (skriptene kommer etter første tegning);
    bytene leses av nginx' egen logg ($body_bytes_sent / $bytes_sent), så hver forespørsel telles slik
    nginx sendte den. Rå størrelse = filen på disken."""
    from playwright.sync_api import sync_playwright

    with som_i_dist(site) as served:
        server = LocalNginx(served, served.parent / "nginx", access_log=True)
        with server as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
            context.new_page().goto(url, wait_until="networkidle")
            browser.close()
        # nginx har stoppet: loggen er komplett.
        return [_resource(served, line) for line in server.access_log.read_text().splitlines() if line]


def _resource(site: Path, log_line: str) -> Resource:
    uri, status, body, total = log_line.split()
    path = urlparse(uri).path
    file = site / path.lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    raw = file.stat().st_size if status == "200" and file.is_file() else int(body)
    return Resource(path, _kind(path), raw, int(body), int(total) - int(body))


# --- hvor går tiden --------------------------------------------------------------------------------------

@dataclass
class Hotspot:
    function: str
    where: str
    calls: int
    cumulative: float
    own: float


# Inngangspunkter som deler byggetiden mellom seg: (etikett, del av filsti, funksjonsnavn eller "on_*").
AREAS = [
    ("Menyen og innholdslisten i hver side (Material, block site_nav)", "material/templates/base.html", "block_site_nav"),
    ("Hele sidemalen, med menyen (Material, base.html)", "material/templates/base.html", "root"),
    ("Markdown til HTML (Python-Markdown)", "markdown/core.py", "convert"),
    ("Makroer: lese og validere data/ og rutiner (define_env)", "/macros/site/makroer.py", "define_env"),
    ("Makroer: Jinja og makrokall i hver side (mkdocs-macros)", "mkdocs_macros/plugin.py", "on_page_markdown"),
    ("Søkeindeksen (Material search)", "material/plugins/search/plugin.py", "on_*"),
    ("«Sist endret»: én git-kjøring for alle sider (macros/data/sist_endret.py)", "/macros/data/sist_endret.py",
     "les_sist_endret"),
    ("Våre MkDocs-kroker: meny for utgåtte rutiner, HTML-blokker tilbake (macros/site/mkdocs_hooks.py)",
     "/macros/site/mkdocs_hooks.py", "on_*"),
    ("Utskriftsversjonen satt sammen etter bygget (macros/print/utskrift.py)", "/macros/site/makroer.py", "on_post_build"),
]


def profile_build(config: Path, site: Path) -> tuple[float, list[tuple[str, float]], list[Hotspot]]:
    """Ett bygg under cProfile: total tid, tid per område (AREAS), og de dyreste funksjonene i macros/."""
    out = config.parent / "bygg.prof"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build", "-q",
                    "-f", str(config), "-d", str(site)], cwd=config.parent, env=env, check=True,
                   capture_output=True)
    stats = pstats.Stats(str(out)).stats
    total = max(ct for (_, _, _, ct, _) in stats.values())

    def area_time(path_part: str, func: str) -> float:
        return sum(ct for (file, _, name), (_, _, _, ct, _) in stats.items() if path_part in file
                   and (name.startswith("on_") if func == "on_*" else name == func))

    areas = [(label, area_time(part, func)) for label, part, func in AREAS]
    spots = [Hotspot(func, f"macros/{file.split('/macros/')[-1]}:{line}", nc, ct, tt)
             for (file, line, func), (_, nc, tt, ct, _) in stats.items()
             if "/macros/" in file and "site-packages" not in file and not func.startswith("<")]
    spots.sort(key=lambda h: -h.cumulative)
    return total, areas, spots[:10]


@dataclass(frozen=True)
class Fyrtarn:
    side: str
    sti: str
    poeng: int
    tbt: str
    lcp: str
    fcp: str
    cls: str
    tyngst: str     # skriptet som bruker hovedtråden lengst (Lighthouse «bootup-time»)
    spenn: str = ""  # laveste–høyeste poeng over LIGHTHOUSE_RUNDER målinger


LIGHTHOUSE_RUNDER = 3   # målinger per side; tabellen viser den midterste (medianen av poengene)


def _lighthouse_en_gang(url: str, sti: str, tmp: Path) -> dict:
    import json

    res = subprocess.run(
        [str(LIGHTHOUSE), url + sti, "--only-categories=performance", "--form-factor=mobile",
         "--output=json", "--output-path=stdout", "--quiet",
         "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS)],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "CHROME_PATH": CHROMIUM, "HOME": str(tmp)})
    if res.returncode != 0:
        raise SystemExit(f"FEIL: Lighthouse stoppet på /{sti}:\n{res.stderr[-1500:]}")
    return json.loads(res.stdout)


def measure_lighthouse(site: Path) -> list[Fyrtarn]:
    """Lighthouse mobil (standard struping) for LIGHTHOUSE_SIDER, bak nginx med .gz-filene fra `make dist`.
    Hver side måles LIGHTHOUSE_RUNDER ganger; raden er målingen med medianpoengene, med laveste og høyeste."""
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"FEIL: fant ikke {LIGHTHOUSE.relative_to(ROOT)}. Kjør `make bench` (installerer Lighthouse).")
    ut = []
    with som_i_dist(site) as served:
        tmp = served.parent
        with LocalNginx(served, tmp / "nginx") as url:
            for navn, sti in LIGHTHOUSE_SIDER.items():
                runder = sorted((_lighthouse_en_gang(url, sti, tmp) for _ in range(LIGHTHOUSE_RUNDER)),
                                key=lambda r: r["categories"]["performance"]["score"])
                alle = [round(r["categories"]["performance"]["score"] * 100) for r in runder]
                rapport = runder[len(runder) // 2]
                a = rapport["audits"]
                skript = sorted(a.get("bootup-time", {}).get("details", {}).get("items", []),
                                key=lambda x: -x.get("scripting", 0))
                tyngst = (f"{skript[0]['url'].removeprefix(url).removeprefix(sti) or 'selve HTML-siden'} ({skript[0]['scripting']:.0f} ms)"
                          if skript else "–")
                ut.append(Fyrtarn(navn, sti, round(rapport["categories"]["performance"]["score"] * 100),
                                  a["total-blocking-time"]["displayValue"], a["largest-contentful-paint"]["displayValue"],
                                  a["first-contentful-paint"]["displayValue"], a["cumulative-layout-shift"]["displayValue"],
                                  tyngst, f"{min(alle)}–{max(alle)}"))
    return ut


# --- make serve: fra lagret fil til synlig endring --------------------------------------------------------

def _ledig_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _hent(url: str) -> str:
    from urllib.request import urlopen
    try:
        with urlopen(url, timeout=5) as svar:
            return svar.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _vent_pa(url: str, tekst: str, frist: float) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < frist:
        if tekst in _hent(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    return None


# Hva som endres: (navn, fil i prosjektet, tekst som byttes, erstatning med {merke}, side der det skal vises).
SERVE_ENDRINGER = [
    ("Datafil (data/nettsted.yml, modellnavnet)", "data/nettsted.yml", "modellnavn: Åsnesmodellen",
     "modellnavn: Åsnesmodellen {merke}", "roller/barnehageansatt/"),
    ("Side (docs/index.md, nytt avsnitt)", "docs/index.md", "\n## Modellen på én side",
     "\n{merke}\n\n## Modellen på én side", ""),
    ("Makro (macros/render/sist_endret.py, datoteksten)", "macros/render/sist_endret.py",
     'data-dato="{}">{}</span>', 'data-dato="{{}}">{{}} {merke}</span>', ""),
]


def measure_serve(tmp: Path, runs: int) -> dict[str, list[float]]:
    """`mkdocs serve` slik `make serve` starter det, på en kopi; hver endring `runs` ganger (median i rapporten).
    Et forsøk der endringen ikke vises innen 60 s, teller som 60 s (og budsjettet brytes)."""
    ws = tmp / "serve"
    ws.mkdir()
    for navn in ("docs", "data", "macros", "overrides", "maler"):
        shutil.copytree(ROOT / navn, ws / navn, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "mkdocs.yml", ws / "mkdocs.yml")
    port = _ledig_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    tjener = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dev-addr", f"127.0.0.1:{port}",
                               "--watch", "data", "--watch", "macros", "--watch", "overrides"],
                              cwd=ws, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if _vent_pa(url, "<html", 300) is None:
            raise SystemExit("FEIL: mkdocs serve svarte ikke innen 300 s")
        resultater: dict[str, list[float]] = {}
        for navn, fil, gammel, ny, side in SERVE_ENDRINGER:
            sti = ws / fil
            original = sti.read_text(encoding="utf-8")
            if gammel not in original:
                raise SystemExit(f"FEIL: fant ikke «{gammel}» i {fil} (SERVE_ENDRINGER i scripts/bench.py)")
            for i in range(runs):
                merke = f"BENCHMERKE{i}{port}"
                time.sleep(1.0)   # tjeneren skal være ferdig med forrige bygg
                sti.write_text(original.replace(gammel, ny.format(merke=merke), 1), encoding="utf-8")
                tid = _vent_pa(url + side, merke, 60)
                resultater.setdefault(navn, []).append(60.0 if tid is None else tid)
            sti.write_text(original, encoding="utf-8")
            _vent_pa(url + side, "<html", 60)
        return resultater
    finally:
        tjener.terminate()
        try:
            tjener.wait(timeout=10)
        except subprocess.TimeoutExpired:
            tjener.kill()


# --- rapport --------------------------------------------------------------------------------------------

@dataclass
class BuildRow:
    label: str
    routines: int          # syntetiske rutiner lagt til
    pages: int
    time: Timing
    html: int              # bytes HTML i alt
    sist_endret: float = 0.0   # sekunder for «Sist endret» (én git-kjøring for alle sider), median

    @property
    def ms_per_page(self) -> float:
        return 1000 * self.time.cpu / self.pages


def sist_endret_seconds(docs: Path, runs: int) -> float:
    """«Sist endret» for alle sider slik bygget lager den (macros/data/sist_endret.py): én git log og tolkningen."""
    sys.path.insert(0, str(ROOT))
    from macros.data.sist_endret import les_sist_endret

    tider = []
    for _ in range(runs):
        start = time.perf_counter()
        les_sist_endret(docs, dt.date.today())
        tider.append(time.perf_counter() - start)
    return statistics.median(tider)


@dataclass
class Results:
    runs: int
    real: BuildRow
    variants: dict[str, Timing]            # VARIANTER -> median tid
    scaled: list[BuildRow]
    home: list[Resource]
    profile_size: int = 0
    profile_total: float = 0.0
    areas: list[tuple[str, float]] = field(default_factory=list)
    hotspots: list[Hotspot] = field(default_factory=list)
    serve: dict[str, list[float]] = field(default_factory=dict)   # hva som ble endret -> sekunder per forsøk
    lighthouse: list[Fyrtarn] = field(default_factory=list)

    @property
    def with_macros(self) -> Timing:
        return self.variants[ALT]

    @property
    def without_macros(self) -> Timing:
        return self.variants[UTEN]

    @property
    def macro_ratio(self) -> float:
        return self.with_macros.cpu / self.without_macros.cpu

    @property
    def growth_ratio(self) -> float:
        return self.scaled[-1].time.cpu / self.scaled[0].time.cpu

    @property
    def page_ratio(self) -> float:
        return self.scaled[-1].pages / self.scaled[0].pages

    @property
    def growth_vs_linear(self) -> float:
        return self.growth_ratio / self.page_ratio

    @property
    def serve_median(self) -> float:
        return max(statistics.median(v) for v in self.serve.values()) if self.serve else float("nan")

    @property
    def home_gzip_kib(self) -> float:
        return sum(r.sent for r in self.home) / 1024

    def budgets(self) -> list[tuple[str, str, str, bool]]:
        """(måling, verdi, budsjett, holdt)"""
        first, last = self.scaled[0].routines, self.scaled[-1].routines
        return [
            ("Forsiden, alt den laster, slik nginx sender det (gzip)", f"{self.home_gzip_kib:.1f} KiB",
             f"≤ {BUDGETS['home_gzip_kib']:.0f} KiB", self.home_gzip_kib <= BUDGETS["home_gzip_kib"]),
            (f"Vekst: byggetid {last} / {first} rutiner (CPU-tid {self.growth_ratio:.1f}× for "
             f"{self.page_ratio:.1f}× så mange sider), delt på lineær vekst", f"{self.growth_vs_linear:.2f}",
             f"≤ {BUDGETS['growth_vs_linear']:.1f}", self.growth_vs_linear <= BUDGETS["growth_vs_linear"]),
            ("`make serve`: lagret endring synlig (median, verste av datafil/side/makro)",
             f"{self.serve_median:.1f} s", f"≤ {BUDGETS['serve_seconds']:.0f} s",
             self.serve_median <= BUDGETS["serve_seconds"]),
            ("Lighthouse mobil, ytelse (laveste av forsiden, bekymringsveien, akuttsiden og en rutine)",
             str(min(x.poeng for x in self.lighthouse)) if self.lighthouse else "ikke målt",
             f"{BUDGETS['lighthouse']}", bool(self.lighthouse) and min(x.poeng for x in self.lighthouse)
             >= BUDGETS["lighthouse"]),
        ]


def _versions() -> str:
    from importlib.metadata import version
    described = subprocess.run(["git", "describe", "--tags", "--always", "--dirty"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip() or "ukjent"
    return (f"commit {described}, Python {platform.python_version()}, mkdocs {version('mkdocs')}, "
            f"Material {version('mkdocs-material')}, mkdocs-macros {version('mkdocs-macros-plugin')}, "
            f"{os.cpu_count()} kjerner, belastning {os.getloadavg()[0]:.1f} ved start")


def render_report(r: Results, versions: str) -> str:
    kib = lambda b: f"{b / 1024:.1f}"  # noqa: E731
    out = [
        "# Ytelsesmåling – Slik gjør vi det i Åsnes",
        "",
        f"Laget av `make bench` (scripts/bench.py) {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; "
        f"{versions}. Tider gjelder hele `mkdocs build` (med oppstart av Python), median av {r.runs}. "
        "Veggklokke er det redaktøren venter og svinger med annen last på maskinen; CPU-tid (bygget og "
        "git-prosessene det starter) gjør ikke det, og brukes for forholdstallene. Budsjettene er forklart "
        "i deploy/README.md.",
        "",
        "## Budsjett",
        "",
        "| Måling | Verdi | Budsjett | Holdt |",
        "| --- | ---: | ---: | --- |",
        *[f"| {name} | {value} | {limit} | {'ja' if ok else '**NEI**'} |" for name, value, limit, ok in r.budgets()],
        "",
        "## Byggetid",
        "",
        "| Bygg | Syntetiske rutiner | Sider | Veggklokke (s) | CPU (s) | CPU-ms per side | HTML i alt (MiB) | HTML per side (KiB) | «Sist endret» (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in [r.real, *r.scaled]:
        out.append(f"| {row.label} | {row.routines} | {row.pages} | {row.time.wall:.2f} | {row.time.cpu:.2f} | "
                   f"{row.ms_per_page:.0f} | "
                   f"{row.html / 2**20:.1f} | {row.html / row.pages / 1024:.0f} | "
                   + (f"{row.sist_endret:.2f}" if row.routines else "–") + " |")
    out += ["", "«Sist endret» er én `git log` for hele docs/ og tolkningen av den (macros/data/sist_endret.py), "
            "målt for seg på samme depot: ingen programtillegg, og tiden vokser med antall filer, ikke kvadratisk."]
    out += [
        "",
        "## `make serve`: fra lagret fil til synlig endring",
        "",
        "`mkdocs serve` som i `make serve` (med --watch data, macros og overrides) på en kopi av prosjektet. "
        "Tiden er fra filen er lagret til den endrede teksten står i siden tjeneren sender (veggklokke).",
        "",
        "| Endring | Forsøk (s) | Median (s) |",
        "| --- | --- | ---: |",
        *[f"| {navn} | {', '.join(f'{x:.1f}' for x in v)} | {statistics.median(v):.1f} |"
          for navn, v in r.serve.items()],
        "",
        "## Hva makroene koster (til informasjon; budsjettet på 1,2× er avviklet, se deploy/README.md)",
        "",
        "Samme Markdown bygd fire ganger; bare makro-utvidelsens oppsett er forskjellig. Radene imellom viser "
        "hvor mye som er fast pris før én eneste makro kjører.",
        "",
        "| Oppsett | CPU (s) | Veggklokke (s) | CPU over uten makroer |",
        "| --- | ---: | ---: | ---: |",
        *[f"| {VARIANTER[navn]} | {t.cpu:.2f} | {t.wall:.2f} | "
          + ("–" if navn == UTEN else f"+{t.cpu - r.without_macros.cpu:.2f} s "
             f"({100 * (t.cpu / r.without_macros.cpu - 1):+.0f} %)") + " |"
          for navn, t in r.variants.items()],
        "",
    ]
    out += [
        "## Forsiden",
        "",
        "Tom nettleser (Chromium), bak nginx med deploy/nginx/asnes-handlingsveileder.conf og .gz-filene fra "
        "`make dist`. «Sendt» er body-bytes nginx sendte; svarhodene kommer i tillegg.",
        "",
        "| Ressurs | Type | Rå (KiB) | Sendt (KiB) | Svarhoder (KiB) |",
        "| --- | --- | ---: | ---: | ---: |",
        *[f"| `{x.path}` | {x.kind} | {kib(x.raw)} | {kib(x.sent)} | {kib(x.headers)} |"
          for x in sorted(r.home, key=lambda x: -x.sent)],
        f"| **Sum: {len(r.home)} forespørsler** | | **{kib(sum(x.raw for x in r.home))}** | "
        f"**{kib(sum(x.sent for x in r.home))}** | **{kib(sum(x.headers for x in r.home))}** |",
        "",
        f"Herav søket (Pagefind-motoren og indeksen), som først hentes når noen går inn i søkefeltet: "
        f"{kib(sum(x.sent for x in r.home if x.kind.startswith('søk')))} KiB sendt.",
        "",
        "## Lighthouse (mobil, ytelse)",
        "",
        "Lighthouse 12 (benchmark/lighthouse/) med Debians Chromium, mobil med standard struping, bak nginx med "
        f".gz-filene fra `make dist`. {LIGHTHOUSE_RUNDER} målinger per side; raden er den midterste, «Spenn» er laveste "
        "og høyeste poeng. Skriptene hentes etter første tegning (macros/site/skriptlaster.py); Lighthouse fører tiden "
        "deres delvis på lasteren (`assets/js/skriptlaster.js`), fordi de startes fra den.",
        "",
        "| Side | Adresse | Poeng | Spenn | Blokkeringstid (TBT) | LCP | FCP | CLS | Skriptet som bruker hovedtråden mest |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        *[f"| {x.side} | `/{x.sti}` | {x.poeng} | {x.spenn} | {x.tbt} | {x.lcp} | {x.fcp} | {x.cls} | {x.tyngst} |"
          for x in r.lighthouse],
        "",
    ]
    if r.hotspots:
        share = lambda t: f"{100 * t / r.profile_total:.0f} %"  # noqa: E731
        out += [
            f"## Hvor tiden går (cProfile, ett bygg med {r.profile_size} syntetiske rutiner)",
            "",
            f"Hele bygget under cProfile: {r.profile_total:.1f} s. Profilering gjør alt tregere; se på andelene. "
            "Områdene er inngangspunkter i bygget; «hele sidemalen» inneholder menyen.",
            "",
            "| Område | Sekunder | Andel |",
            "| --- | ---: | ---: |",
            *[f"| {label} | {t:.2f} | {share(t)} |" for label, t in r.areas],
            "",
            "De dyreste funksjonene i macros/ (kumulativ tid):",
            "",
            "| Funksjon | Fil:linje | Kall | Kumulativ (s) | Andel | Egen tid (s) |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
            *[f"| `{h.function}` | {h.where} | {h.calls} | {h.cumulative:.2f} | {share(h.cumulative)} | "
              f"{h.own:.2f} |" for h in r.hotspots],
            "",
        ]
    return "\n".join(out)


# --- hovedprogram ----------------------------------------------------------------------------------------

def run(runs: int, sizes: tuple[int, ...], profile: bool) -> Results:
    ids = load_ids()
    with tempfile.TemporaryDirectory(prefix="asnes-bench-") as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        print(f"1/5 Nettstedet slik det er ({runs} bygg) …", flush=True)
        real_time = median_build(ROOT / "mkdocs.yml", site, runs)
        real = BuildRow("Nettstedet i dag", 0, count_pages(site), real_time, html_bytes(site))
        print("2/5 Forsiden i Chromium bak nginx, og Lighthouse for fire sider …", flush=True)
        home = measure_home_page(site)
        lighthouse = measure_lighthouse(site)

        print(f"3/5 Hva makroene koster ({len(VARIANTER)} oppsett × {runs} bygg, vekselvis) …", flush=True)
        ws = make_workspace(tmp)
        configs = {navn: write_variant(ws, navn) for navn in VARIANTER}
        commit_all(ws)
        times: dict[str, list[Timing]] = {navn: [] for navn in VARIANTER}
        for _ in range(runs):  # vekselvis, så annen last på maskinen rammer alle likt
            for navn, cfg in configs.items():
                times[navn].append(build_seconds(cfg, site))
        with_cfg = configs[ALT]

        scaled, total, areas, hotspots, done = [], 0.0, [], [], 0
        profile_at = min(sizes, key=lambda n: abs(n - PROFILE_SIZE)) if profile else None
        for n in sizes:
            print(f"4/5 {n} syntetiske rutiner ({runs} bygg) …", flush=True)
            add_routines(ws, n, ids, start=done + 1)
            commit_all(ws)
            done = n
            timing = median_build(with_cfg, site, runs)
            scaled.append(BuildRow(f"{n} rutiner", n, count_pages(site), timing, html_bytes(site),
                                   sist_endret_seconds(ws / "docs", runs)))
            if n == profile_at:
                print(f"    cProfile av ett bygg med {n} rutiner …", flush=True)
                total, areas, hotspots = profile_build(with_cfg, site)
        print(f"5/5 `make serve`: datafil, side og makro ({SERVE_RUNS} ganger hver) …", flush=True)
        serve = measure_serve(tmp, SERVE_RUNS)
    return Results(runs, real, {navn: median_timing(t) for navn, t in times.items()},
                   scaled, home, profile_at or 0, total, areas, hotspots, serve, lighthouse)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="bygg per måling (median); standard 3")
    p.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="antall syntetiske rutiner")
    p.add_argument("--no-profile", action="store_true", help="hopp over cProfile-bygget")
    p.add_argument("--out", type=Path, default=RESULT_FILE, help="hvor Markdown-tabellen skrives")
    args = p.parse_args(argv)
    versions = _versions()
    results = run(args.runs, tuple(sorted(args.sizes)), not args.no_profile)
    report = render_report(results, versions)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n", encoding="utf-8")
    print("\n" + report)
    import bench_sok  # søket: Pagefind mot lunr på data/sok/sporsmal.yml -> benchmark/SOK.md
    broken = [name for name, _, _, ok in results.budgets() if not ok]
    if bench_sok.main() != 0:
        broken.append("søket (se benchmark/SOK.md)")
    if broken:
        print(f"\nBUDSJETT BRUTT: {'; '.join(broken)}", file=sys.stderr)
        return 1
    print(f"\nAlle budsjetter holdt. Skrevet til {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
