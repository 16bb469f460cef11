"""LinkChecker med ankersjekk over HTTP: null feil på hele nettstedet."""
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def test_linkchecker_finds_no_broken_links_or_anchors(site_url, site_pages):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "linkchecker"), "-f", str(HERE / "linkcheckerrc"),
         "--no-status", "-o", "text", site_url],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600,
    )
    assert result.returncode == 0, f"LinkChecker fant feil:\n{result.stdout[-8000:]}"
    # Sjekk at den faktisk gikk gjennom nettstedet, ikke bare forsiden.
    match = re.search(r"(\d+) links in (\d+) URLs checked", result.stdout)
    assert match, result.stdout[-2000:]
    assert int(match.group(2)) >= len(site_pages), f"LinkChecker nådde bare {match.group(2)} URL-er"
    assert " 0 errors found" in result.stdout
