"""Scripts load after the first paint: every external <script src> of a built page is replaced by one
<script src=".../assets/js/skriptlaster.js" data-skript="..."> before </body>, which fetches them, in the
same order, once the page has been drawn. The loader is skriptlaster.js beside this file; the step writes
it into site/, so any project built with the engine has it, theme overrides or not.

Why: Material's bundle reads the scroll position as it starts. Run from the page, that happens before the
first paint and makes the browser lay out the whole page inside the script's task. On the longest page
(the worry path) that was the longest main-thread block in Lighthouse (mobile, `make bench`), and the text
waited for ~50 KiB of script. A step after the build, on the finished files, so it needs no theme template
and keeps working with any generator that writes the same HTML.
"""
from __future__ import annotations

import re
from pathlib import Path

LASTER = "assets/js/skriptlaster.js"
MERKE = "data-skript="
KILDE = Path(__file__).with_name("skriptlaster.js")
# For a browser that drives the site (tests, the PDF): true once the loader has run every script (it then
# sets <html data-hv-skript="klar">), at once on a page without the loader, and at once when JavaScript is
# off (then the loader never runs; the HTML standard parses <noscript> content as elements only then).
KLAR_JS = """() => {
  if (!document.querySelector("script[data-skript]") || document.documentElement.dataset.hvSkript === "klar") return true;
  const n = document.createElement("noscript");
  n.innerHTML = "<p></p>";
  return n.children.length > 0;
}"""
# An external classic script: <script src="..."> with no type, or a JavaScript type; defer/async allowed.
_SKRIPT = re.compile(
    r'<script\s+src="(?P<src>[^"]+)"(?:\s+(?:defer|async|type="(?:text/javascript|application/javascript)"))*'
    r'\s*>\s*</script>\s*')


def utsett_skript(html: str) -> str:
    """The page with its external scripts handed to the loader. A page without them, or already done,
    comes back unchanged."""
    return _utsett(html)[0]


def _utsett(html: str) -> tuple[str, list[str]]:
    """(the page, the scripts handed to the loader); (the page unchanged, []) when there is nothing to do."""
    if MERKE in html or "</body>" not in html:
        return html, []
    kilder = [m.group("src") for m in _SKRIPT.finditer(html)]
    kilder = [k for k in kilder if "://" not in k and not k.startswith("//")]
    # The loader sits where the other scripts do: the part of the first src before "assets/".
    forste = next((k for k in kilder if "assets/" in k), None)
    if forste is None:
        return html, []
    rot = forste[:forste.index("assets/")]
    ut = _SKRIPT.sub(lambda m: "" if m.group("src") in kilder else m.group(0), html)
    laster = f'<script src="{rot}{LASTER}" {MERKE}"{" ".join(kilder)}"></script>\n'
    i = ut.rindex("</body>")
    return ut[:i] + laster + ut[i:], kilder


def on_post_build(config) -> None:
    site = Path(config["site_dir"])
    endret = 0
    mangler: set[str] = set()
    for fil in site.rglob("*.html"):
        tekst = fil.read_text(encoding="utf-8")
        ny, kilder = _utsett(tekst)
        if kilder:
            fil.write_text(ny, encoding="utf-8")
            endret += 1
            # A misspelt extra_javascript line: MkDocs links it without a word, and the page would silently
            # lack the script. (Absolute paths only on 404.html, which lists the same scripts.)
            mangler |= {(fil.parent / k).resolve().relative_to(site.resolve()).as_posix()
                        for k in kilder if not k.startswith("/") and not (fil.parent / k).is_file()}
    if mangler:
        from mkdocs.exceptions import PluginError

        from ..data.feil import forslag
        finnes = [f.relative_to(site).as_posix() for f in site.rglob("*.js")]
        raise PluginError("\n".join(
            f"mkdocs.yml, extra_javascript: skriptet «{m}» finnes ikke. Skriv stien til en fil i overrides/ "
            f"(temaets filer) eller docs/.{forslag(m, finnes)}" for m in sorted(mangler)))
    if endret:
        (site / LASTER).parent.mkdir(parents=True, exist_ok=True)
        (site / LASTER).write_bytes(KILDE.read_bytes())
