"""Leveransetest: nettstedet bak det ekte nginx-oppsettet (deploy/nginx/asnes-handlingsveileder.conf).

Debians nginx (/usr/sbin/nginx) startes som egen prosess på 127.0.0.1 med en tilfeldig ledig port og
et lite toppnivå-nginx.conf i en midlertidig katalog som inkluderer vårt oppsett. Nettstedet som
serveres, er det bygde nettstedet med de ferdig komprimerte .gz-filene som `make dist` legger til,
altså det kommunen får. Så sjekkes det kommunen trenger å stole på: null CSP-brudd i Chromium, ingen
forespørsler ut av huset, sikkerhetshoder, caching, komprimering, egen 404-side, ingen katalogoppføring,
og at `make dist` gir samme arkiv to ganger.
"""
from __future__ import annotations

import gzip
import hashlib
import http.client
import io
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
import csp_hashes  # noqa: E402
import dist  # noqa: E402
from local_nginx import NGINX, LocalNginx  # noqa: E402
from render_nginx import TEMPLATE  # noqa: E402

# Materials filer med innholdshash i navnet; de og bare de skal caches i et år.
FINGERPRINTED = re.compile(r"^assets/(javascripts|stylesheets)/(.+/)?[^/]+\.[0-9a-f]{8}\.min\.(js|css)$")
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-robots-tag": "noindex, nofollow",
}
# Skrives til konsollen av en lytter vi legger inn før sidens egne skript (Playwright omgår CSP for den).
CSP_LISTENER = """document.addEventListener('securitypolicyviolation', e =>
  console.error('CSP-BRUDD ' + e.effectiveDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));"""


# --- oppsett ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served_site(built_site, tmp_path_factory) -> Path:
    """En kopi av det bygde nettstedet med .gz-filene fra `make dist` (gzip_static skal brukes)."""
    site = tmp_path_factory.mktemp("nginx-site") / "site"
    shutil.copytree(built_site, site)
    assert dist.precompress(site) > 0
    return site


@pytest.fixture(scope="module")
def nginx(served_site, tmp_path_factory) -> LocalNginx:
    if not Path(NGINX).exists():
        pytest.fail(f"Fant ikke nginx på {NGINX}. Kjør `make test` (installerer den) eller apt-get install nginx.")
    return LocalNginx(served_site, tmp_path_factory.mktemp("nginx"))


@pytest.fixture(scope="module")
def nginx_url(nginx):
    try:
        with nginx as url:
            yield url
    except RuntimeError as feil:  # oppstart feilet: vis nginx' egen melding
        pytest.fail(str(feil))


def fetch(url: str, path: str, headers: dict | None = None) -> tuple[int, dict[str, str], bytes]:
    """Én GET uten å følge omdirigeringer og uten automatisk dekomprimering."""
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def _assets(site: Path) -> dict[str, str]:
    """Et representativt utvalg filer fra det bygde nettstedet, funnet i bygget (ikke hardkodede hasher)."""
    files = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    fingerprinted = sorted(f for f in files if FINGERPRINTED.match(f))
    assert any(f.endswith(".js") for f in fingerprinted) and any(f.endswith(".css") for f in fingerprinted)
    return {
        "js": next(f for f in fingerprinted if "/bundle." in f),
        "css": next(f for f in fingerprinted if "/main." in f),
        "search_engine": "pagefind/pagefind.js",
        "own_css": "assets/stilark/hv.css",
        "search_index": "pagefind/sok-ord.json",
    }


# --- oppsettet i seg selv ---------------------------------------------------------------------

def test_nginx_accepts_the_configuration(nginx):
    result = nginx.check()
    assert result.returncode == 0, result.stderr


def test_template_has_exactly_three_placeholders_and_no_unsafe_csp():
    text = TEMPLATE.read_text(encoding="utf-8")
    assert sorted(set(re.findall(r"@[A-Z_]+@", text))) == ["@LISTEN@", "@ROOT@", "@SERVER_NAME@"]
    assert "unsafe-inline" not in re.sub(r"#.*", "", text)
    assert "'unsafe-eval'" not in re.sub(r"#.*", "", text)
    for directive in ("autoindex off;", "server_tokens off;", "gzip_static on;", "error_page 403 404 =404 /404.html;"):
        assert directive in text


def test_csp_hashes_match_the_inline_scripts_of_the_build(built_site):
    """Hashene i CSP-en = nøyaktig de innebygde skriptene i bygget; ingen innebygde stiler/hendelser.

    Feiler den: kjør `python scripts/csp_hashes.py SITE` og se deploy/README.md («Når Material oppgraderes»)."""
    assert csp_hashes.avvik(built_site, TEMPLATE) == []


# --- HTTP ---------------------------------------------------------------------------------------

def test_every_page_has_security_headers_short_cache_and_gzip(nginx_url, site_pages):
    problems = []
    for page in site_pages:
        status, headers, _ = fetch(nginx_url, "/" + page, {"Accept-Encoding": "gzip"})
        missing = {k: headers.get(k) for k, v in SECURITY_HEADERS.items() if headers.get(k) != v}
        if status != 200 or missing:
            problems.append(f"/{page}: HTTP {status}, feil/manglende hoder {missing}")
        if "default-src 'self'" not in headers.get("content-security-policy", ""):
            problems.append(f"/{page}: mangler CSP")
        if headers.get("cache-control") != "no-cache":
            problems.append(f"/{page}: Cache-Control {headers.get('cache-control')!r}, ventet no-cache")
        if headers.get("content-encoding") != "gzip":
            problems.append(f"/{page}: ikke komprimert")
    assert not problems, "\n".join(problems)


def test_csp_allows_only_the_site_itself(nginx_url):
    _, headers, _ = fetch(nginx_url, "/")
    csp = dict(d.strip().split(" ", 1) for d in headers["content-security-policy"].split(";"))
    assert csp["default-src"] == "'self'"
    assert "worker-src" not in csp                  # søket kjører uten Web Worker (noWorker i sok.js)
    assert csp["connect-src"] == "'self'"           # søkeindeksen
    assert csp["frame-ancestors"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert csp["style-src"] == "'self'"
    assert csp["img-src"] == "'self' data:"         # Materials ikoner er data:-SVG-er i stilarket
    script = csp["script-src"].split()
    # Søket (Pagefind) kjører WebAssembly: nøyaktig 'wasm-unsafe-eval', ikke det videre 'unsafe-eval'.
    assert script[:2] == ["'self'", "'wasm-unsafe-eval'"] and all(s.startswith("'sha256-") for s in script[2:])


def test_assets_have_headers_compression_and_the_right_cache(nginx_url, served_site):
    assets = _assets(served_site)
    for kind, path in assets.items():
        status, headers, body = fetch(nginx_url, "/" + path, {"Accept-Encoding": "gzip"})
        assert status == 200, path
        for k, v in SECURITY_HEADERS.items():
            assert headers.get(k) == v, f"{path}: {k}"
        assert headers.get("content-encoding") == "gzip", f"{path} ble ikke komprimert"
        assert gzip.decompress(body) == (served_site / path).read_bytes()
        cache = headers.get("cache-control", "")
        if kind in ("js", "css"):
            assert cache == "public, max-age=31536000, immutable", f"{path}: {cache}"
        elif kind == "own_css":
            # Fast filnavn: kort cache, så en endring når alle innen en time.
            max_age = int(re.search(r"max-age=(\d+)", cache).group(1))
            assert 0 < max_age <= 3600 and "immutable" not in cache, f"{path}: {cache}"
        else:
            assert cache == "no-cache", f"{path}: {cache}"


def test_precompressed_files_are_sent_as_they_are(nginx_url, served_site):
    """gzip_static: .gz-filen fra `make dist` sendes direkte (fast lengde, ingen komprimering i farten)."""
    status, headers, body = fetch(nginx_url, "/", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert body == (served_site / "index.html.gz").read_bytes()
    assert int(headers["content-length"]) == len(body)


def test_clients_without_gzip_get_plain_files(nginx_url, served_site):
    status, headers, body = fetch(nginx_url, "/pagefind/sok-ord.json")
    assert status == 200 and "content-encoding" not in headers
    assert body == (served_site / "pagefind" / "sok-ord.json").read_bytes()
    assert "accept-encoding" in headers.get("vary", "").lower()


def test_unknown_path_gets_404_with_the_sites_own_page(nginx_url):
    status, headers, body = fetch(nginx_url, "/finnes-ikke/her/")
    assert status == 404
    assert "<h1>Fant ikke siden</h1>" in body.decode("utf-8")
    for k, v in SECURITY_HEADERS.items():
        assert headers.get(k) == v, k
    assert "nginx/" not in body.decode("utf-8")       # server_tokens off


@pytest.mark.parametrize("directory", ["/assets/", "/assets/javascripts/", "/search/"])
def test_directories_without_index_are_not_listed(nginx_url, directory):
    status, _, body = fetch(nginx_url, directory)
    assert status in (403, 404)
    assert b"Index of" not in body and b"Fant ikke siden" in body


def test_directory_without_slash_redirects_relatively(nginx_url):
    status, headers, _ = fetch(nginx_url, "/tjenester")
    assert status == 301 and headers["location"] == "/tjenester/"
    assert headers.get("x-frame-options") == "DENY"


# --- i nettleseren --------------------------------------------------------------------------------

def _watch(page) -> list[str]:
    """Samle CSP-brudd, skriptfeil og konsollfeil fra siden."""
    problems: list[str] = []
    page.add_init_script(CSP_LISTENER)
    page.on("console", lambda m: problems.append(f"konsoll {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"skriptfeil: {e}"))
    return problems


@pytest.mark.browser
def test_every_page_loads_in_chromium_without_csp_violations(offline_page, nginx_url, site_pages):
    problems = _watch(offline_page)
    report = {}
    for path in site_pages:
        response = offline_page.goto(nginx_url + path, wait_until="load")
        assert response.status == 200, f"{path}: HTTP {response.status}"
        offline_page.wait_for_load_state("networkidle")
        found = list(problems) + [f"forespørsel ut av huset: {u}" for u in offline_page.guard.blocked]
        problems.clear()
        offline_page.guard.blocked.clear()
        if found:
            report[path or "/"] = found
    assert not report, "\n".join(f"{p}: {v}" for p, v in report.items())


@pytest.mark.browser
def test_404_page_in_chromium_has_no_csp_violations(offline_page, nginx_url):
    problems = _watch(offline_page)
    response = offline_page.goto(nginx_url + "finnes/ikke/", wait_until="networkidle")
    assert response.status == 404
    assert offline_page.locator("h1").inner_text() == "Fant ikke siden"
    # Den ene forventede feilen er 404-svaret selv; alt annet (CSP, skript) er en feil.
    rest = [p for p in problems if "status of 404" not in p]
    assert rest == [] and offline_page.guard.blocked == []


@pytest.mark.browser
def test_search_worker_runs_under_the_csp(offline_page, nginx_url):
    """Søket (Pagefind) kjører WebAssembly og henter indeksen: alt må tillates av CSP-en."""
    problems = _watch(offline_page)
    offline_page.goto(nginx_url, wait_until="networkidle")
    box = offline_page.get_by_role("searchbox", name="Søk")
    box.click()
    box.fill("barnehage")
    offline_page.wait_for_selector(".sok__treff", timeout=15000)
    assert problems == [] and offline_page.guard.blocked == []


# --- make dist ----------------------------------------------------------------------------------

def _run_dist(out: Path) -> Path:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "dist.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    archives = list(out.glob("*.tar.gz"))
    assert len(archives) == 1, archives
    return archives[0]


def test_dist_twice_gives_byte_identical_archives(tmp_path):
    first, second = _run_dist(tmp_path / "a"), _run_dist(tmp_path / "b")
    assert first.name == second.name
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest(), \
        "samme kilde ga to forskjellige arkiver"
    raw = first.read_bytes()
    assert raw[4:8] == b"\0\0\0\0", "gzip-hodet skal ha mtime 0"
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        members = tar.getmembers()
        names = [m.name for m in members]
        assert names == sorted(names)
        assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "root", "root")}
        assert len({m.mtime for m in members}) == 1
        assert {m.mode for m in members} <= {0o644, 0o755}
        prefix = names[0].split("/")[0]
        for needed in ("site/index.html", "site/index.html.gz", "site/404.html", "site/sitemap.xml",
                       "VERSJON", "README.md", "nginx/asnes-handlingsveileder.conf"):
            assert f"{prefix}/{needed}" in names, needed
        conf = tar.extractfile(f"{prefix}/nginx/asnes-handlingsveileder.conf").read().decode()
        assert not re.search(r"@[A-Z_]+@", conf)


def test_dist_har_den_ekte_adressen_og_aldri_127_0_0_1(tmp_path, monkeypatch):
    """Arkivet er for intranettet: sidene (kanonisk lenke, som utskriften viser øverst på arket) har adressen fra
    ASNES_SITE_URL, aldri adressen til et lokalt bygg."""
    adresse = "https://veileder.intranett.example.invalid/"
    monkeypatch.setenv("ASNES_SITE_URL", adresse)
    monkeypatch.delenv("HV_SITE_URL", raising=False)
    arkiv = _run_dist(tmp_path / "ut")
    med_lokal, sider, med_adresse = [], 0, 0
    with tarfile.open(arkiv) as tar:
        for m in tar.getmembers():
            if not m.isfile() or "/site/" not in m.name or m.name.endswith((".gz", ".pagefind", ".pf_index", ".pf_fragment", ".pf_meta",
                                                   ".woff2", ".png", ".ico")):
                continue
            tekst = tar.extractfile(m).read().decode("utf-8", errors="replace")
            if "127.0.0.1" in tekst or "localhost:8000" in tekst:
                med_lokal.append(m.name)
            if m.name.endswith(".html") and not m.name.endswith("/site/404.html"):   # 404 has no address of its own
                sider += 1
                med_adresse += adresse in tekst
    assert not med_lokal, med_lokal
    assert sider > 50 and med_adresse == sider, f"{med_adresse} av {sider} sider har {adresse}"


def test_dist_med_feil_i_dataene_gir_norsk_melding_og_pakker_ingenting(tmp_path, monkeypatch):
    """`make dist` sier det samme som `make build` når dataene er feil: fil, oppføring og felt på norsk, ingen
    Python-sporing, og det lages ikke noe arkiv."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    lenker = data / "lenker.yml"
    tekst = lenker.read_text(encoding="utf-8")
    dato = re.search(r"kontrollert: (\d{4}-\d{2})-\d{2}", tekst)
    lenker.write_text(tekst.replace(dato.group(0), f"kontrollert: {dato.group(1)}-33", 1), encoding="utf-8")
    monkeypatch.setenv("HV_DATAKATALOG", str(data))
    out = tmp_path / "ut"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "dist.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert "lenker.yml" in result.stderr and f"{dato.group(1)}-33 finnes ikke" in result.stderr, result.stderr
    assert result.stderr.count("finnes ikke") == 1, result.stderr   # én feil, én melding
    assert "Traceback" not in result.stdout + result.stderr
    assert not list(out.glob("*.tar.gz"))
