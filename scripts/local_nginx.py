"""Start Debians nginx med vårt oppsett på 127.0.0.1, for testen (tests/test_nginx.py) og `make bench`.

Ingenting på maskinen endres: et lite toppnivå-nginx.conf i en midlertidig katalog inkluderer
deploy/nginx/asnes-handlingsveileder.conf (utfylt med port og katalog), og pid, logg og midlertidige
filer havner i samme katalog. nginx kjører i forgrunnen (daemon off) som barneprosess og stoppes med
SIGTERM når with-blokken slutter.

    with LocalNginx(Path("/tmp/site")) as url:    # url = "http://127.0.0.1:<port>/"
        ...
"""
from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from render_nginx import render

NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def top_level_conf(workdir: Path, site_conf: Path, access_log: bool = False) -> str:
    """Et minimalt nginx.conf rundt vårt oppsett, slik Debians /etc/nginx/nginx.conf gjør det.

    access_log=True: én linje per forespørsel med bytene nginx faktisk sendte (brukes av `make bench`)."""
    # Som root ville arbeidsprosessen ellers byttet til nobody/www-data og ikke fått lese midlertidige
    # kataloger (pytest lager dem med 0700). Som vanlig bruker kjører alt som den brukeren uansett.
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(f"    {kind}_temp_path {workdir}/tmp/{kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    log = (f"log_format asnes_bytes '$request_uri $status $body_bytes_sent $bytes_sent';\n"
           f"    access_log {workdir}/access.log asnes_bytes;") if access_log else "access_log off;"
    return f"""{user}daemon off;
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 128; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    {log}
    sendfile on;
{temp}
    include {site_conf};
}}
"""


class LocalNginx:
    """Kontekstbehandler: nginx med vårt oppsett som serverer `site` på en ledig port."""

    def __init__(self, site: Path, workdir: Path | None = None, access_log: bool = False):
        self.site = Path(site)
        self._tmp = None if workdir else tempfile.TemporaryDirectory(prefix="asnes-nginx-")
        self.workdir = Path(workdir or self._tmp.name)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        (self.workdir / "tmp").mkdir(parents=True, exist_ok=True)
        self.site_conf = self.workdir / "asnes-handlingsveileder.conf"
        self.site_conf.write_text(render(f"127.0.0.1:{self.port}", "localhost", str(self.site)), encoding="utf-8")
        self.conf = self.workdir / "nginx.conf"
        self.conf.write_text(top_level_conf(self.workdir, self.site_conf, access_log), encoding="utf-8")
        self.log = self.workdir / "error.log"
        self.access_log = self.workdir / "access.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def command(self, *extra: str) -> list[str]:
        # -e: ellers åpner nginx /var/log/nginx/error.log før det har lest konfigurasjonen.
        return [NGINX, *extra, "-e", str(self.log), "-p", str(self.workdir), "-c", str(self.conf)]

    def check(self) -> subprocess.CompletedProcess:
        """`nginx -t` på oppsettet."""
        return subprocess.run(self.command("-t"), capture_output=True, text=True)

    def __enter__(self) -> str:
        if not Path(NGINX).exists():
            raise RuntimeError(f"Fant ikke nginx på {NGINX}: kjør `make nginx` eller apt-get install nginx")
        self.proc = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        self._wait_until_listening()
        return self.url

    def _wait_until_listening(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = self.log.read_text() if self.log.exists() else ""
                raise RuntimeError(f"nginx stoppet med kode {self.proc.returncode}:\n{log}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"nginx svarte ikke på port {self.port} innen {timeout} s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM = rask stopp av master- og arbeidsprosessen
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._tmp:
            self._tmp.cleanup()
