"""Felles fixtures: bygg nettstedet én gang, server det på 127.0.0.1, start Debians chromium.

Sidene testene går gjennom finnes ved å lese det bygde nettstedet, aldri fra en håndskrevet liste,
så portene vokser med nettstedet.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Skjermbilder og rapporter fra testkjøringen havner her (ignoreres av git).
RESULTATER = ROOT / "test-resultater"
# Fast «dagens dato» gjør revisjonsfrister, «forfalt» og byggedatoen i «Sist endret» like fra dag til dag.
# Satt i miljøet til selve testprosessen også (setdefault: HV_DAGENS_DATO=... pytest kan overstyre), så
# funksjoner som kalles direkte i testene, ser den samme dagen som byggene. Tester av «i dag» bruker monkeypatch.
DAGENS_DATO = "2026-12-01"
os.environ.setdefault("HV_DAGENS_DATO", DAGENS_DATO)
TEST_ENV = {"NO_MKDOCS_2_WARNING": "1", "HV_DAGENS_DATO": os.environ["HV_DAGENS_DATO"]}


def mkdocs_build(config: Path, site_dir: Path, env: dict | None = None,
                 program: str = "mkdocs") -> subprocess.CompletedProcess:
    """Bygg et MkDocs-prosjekt strengt; returner prosessen (utdata i .stdout, samlet).

    program="properdocs" bygger med ProperDocs (tests/test_properdocs.py)."""
    return subprocess.run(
        [str(BIN / program), "build", "--strict", "--clean", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent,
        env={**os.environ, **TEST_ENV, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
    )


def make_project(tmp: Path, pages: dict[str, str], data: Path | None = None) -> Path:
    """Et lite prosjekt med nettstedets egen mkdocs.yml, overrides og macros, men egne sider. Det eneste
    prosjektbyggeren testene har (tests/_rutinestyring.py bruker den også).

    Slik bevises det at det er *vår* konfigurasjon som stopper feil, ikke en forenklet kopi.
    data: en egen kopi av denne datakatalogen (som testen kan endre); uten den lenkes nettstedets data/.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "overrides", "macros", "data"):
        src = ROOT / name
        if name == "data" and data is not None:
            shutil.copytree(data, tmp / name)
        elif src.exists():
            (tmp / name).symlink_to(src)
    docs = tmp / "docs"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    for rel, text in pages.items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp / "mkdocs.yml"


def pytest_collection_modifyitems(items):
    # nginx-testene starter Debians nginx: de hører ikke med i `make test-fast`
    for item in items:
        if item.path.name == "test_nginx.py":
            item.add_marker(pytest.mark.nginx)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    # Med pytest -n 2 (make test) bygger hver arbeider nettstedet én gang i sin egen tmp-katalog.
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, f"mkdocs build --strict feilet:\n{result.stdout}"
    return site


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """Alle HTML-sider i det bygde nettstedet, som URL-stier ('' for forsiden, 'a/b/' osv.)."""
    pages = []
    for path in sorted(built_site.rglob("*.html")):
        rel = path.relative_to(built_site).as_posix()
        if rel == "404.html":
            pages.append(rel)
        elif rel.endswith("index.html"):
            pages.append(rel[: -len("index.html")])
    assert len(pages) > 5, "fant nesten ingen sider i det bygde nettstedet"
    return pages


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # testutdata skal ikke drukne i tilgangslogg
        pass

    def end_headers(self):
        # LinkChecker venter 0,1–0,6 s mellom forespørsler til samme vert, med mindre verten svarer med en
        # «LinkChecker»-header (slik en eier sier at egen tjener tåler full fart). Uten den tar lenkesjekken
        # av nettstedet flere minutter; med den noen sekunder.
        self.send_header("LinkChecker", "testtjener")
        super().end_headers()


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Fant ikke chromium på {CHROMIUM}. Kjør `make test` (installerer den) eller apt-get install chromium.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        with _goto_venter_pa_skriptene():
            yield b
        b.close()


# Sidene henter skriptene sine etter første tegning (macros/site/skriptlaster.py), altså kanskje etter at
# «load» har kommet. Hver page.goto og page.reload i testene venter derfor også til <html> har
# data-hv-skript="klar", så en test aldri ser en side der Materials skript ikke har kjørt ennå.
def vent_pa_skript(page, timeout: float = 15000) -> None:
    from macros.site.skriptlaster import KLAR_JS
    if not page.evaluate(KLAR_JS):   # én gang først: med JavaScript av venter wait_for_function forgjeves
        page.wait_for_function(KLAR_JS, timeout=timeout)


@contextlib.contextmanager
def _goto_venter_pa_skriptene():
    from playwright.sync_api import Page
    opprinnelig = {navn: getattr(Page, navn) for navn in ("goto", "reload")}

    def venter(gammel):
        def ny(page, *args, **kwargs):
            svar = gammel(page, *args, **kwargs)
            vent_pa_skript(page)
            return svar
        return ny
    for navn, f in opprinnelig.items():
        setattr(Page, navn, venter(f))
    try:
        yield
    finally:
        for navn, f in opprinnelig.items():
            setattr(Page, navn, f)


class OfflineGuard:
    """Stopper og noterer hver forespørsel som ikke går til 127.0.0.1."""

    def __init__(self):
        self.blocked: list[str] = []

    def __call__(self, route):
        url = route.request.url
        host = urlparse(url).hostname
        if url.startswith(("data:", "blob:", "about:")) or host == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def offline_page(browser):
    """En ny side der alt utenfor 127.0.0.1 blokkeres; guard.blocked sier hva som ble forsøkt."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nb-NO")
    guard = OfflineGuard()
    context.route("**/*", guard)
    page = context.new_page()
    page.guard = guard
    yield page
    context.close()


@pytest.fixture(scope="session")
def resultater() -> Path:
    RESULTATER.mkdir(exist_ok=True)
    return RESULTATER
