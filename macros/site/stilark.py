"""One stylesheet request instead of six: the stylesheets in mkdocs.yml `extra_css` that sit in
assets/stilark/ are published as one file, samlet.css, in the same order, and pages link only that file.

Every <link rel="stylesheet"> in <head> holds back the first paint. Lighthouse (mobile, `make bench`) counted
about 300 ms for each of ours. Maintainers still add a stylesheet with one line in `extra_css`; the parts are
published too, so old links keep working. Only files in assets/stilark/ are joined: relative url(...) in them
then means the same in samlet.css. The print rules stay inside their @media print in utskrift.css.
"""
from __future__ import annotations

from pathlib import Path

MAPPE = "assets/stilark/"
SAMLET = MAPPE + "samlet.css"
_DELER: dict[str, list[str]] = {}   # mkdocs.yml path -> the parts, from on_config to on_post_build


def on_config(config):
    alle = [str(x) for x in config.extra_css]
    deler = [x for x in alle if x.startswith(MAPPE) and x != SAMLET]
    _DELER[config.config_file_path] = deler
    if deler:
        forst = alle.index(deler[0])
        config.extra_css[:] = [x for x in alle[:forst] if x not in deler] + [SAMLET] + \
            [x for x in alle[forst:] if x not in deler]
    return config


def on_post_build(config):
    deler = _DELER.get(config.config_file_path) or []
    if not deler:
        return
    site = Path(config["site_dir"])
    tekst = [f"/* {d} */\n" + (site / d).read_text(encoding="utf-8").strip() + "\n" for d in deler]
    (site / SAMLET).write_text("\n".join(tekst), encoding="utf-8")
