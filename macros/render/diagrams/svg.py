"""Shared SVG primitives for the diagrams (plain functions, no mkdocs import).

- text measuring and line wrapping (labels never overflow their boxes),
- XML escaping of every text and attribute,
- small shape/link builders,
- THE accessible wrapper, `diagramfigur`: <figure> with one <svg role="group"> per layout variant
  (title/desc wired with aria-labelledby/-describedby), a caption, and the same links as a plain list.

Two layout variants per diagram: «bred» (viewBox 720 wide, shown from 720 CSS px and in print) and
«smal» (viewBox 300 wide, a vertical layout for phones and zoom). CSS (overrides/assets/stilark/diagram.css)
shows exactly one; the hidden one is display:none, so it is out of the tab order and the accessibility tree.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from markupsafe import escape

# ---------- palette (the --hv-* colours of the main stylesheet in overrides/assets/stilark/) ----------
GRONN = "#12545a"        # --hv-gronn: boundaries, arrows, chips (8.3:1 on white)
GRONN_MORK = "#0b3b40"   # --hv-gronn-mork: text
GRONN_LYS = "#e6f0f0"    # --hv-gronn-lys: outer band
GRONN_SVAK = "#f3f8f8"   # middle band
HVIT = "#ffffff"
ORANSJE = "#a13d00"      # --hv-oransje: the child and family (white text 6.1:1)
ROD = "#a4161a"          # --hv-rod: the acute path
ROD_LYS = "#fbe9e9"      # acute box fill (as .akutt admonition title)

# (foreground, background, minimum ratio, what) – checked by tests/test_diagrams.py
KONTRASTPAR = [
    (GRONN_MORK, HVIT, 4.5, "tekst på hvit"),
    (GRONN_MORK, GRONN_LYS, 4.5, "tekst på ytre ramme"),
    (GRONN_MORK, GRONN_SVAK, 4.5, "tekst på midtre ramme"),
    (HVIT, GRONN, 4.5, "BTI-merke"),
    (HVIT, ORANSJE, 4.5, "barnet og familien"),
    (ROD, ROD_LYS, 4.5, "akutt-overskrift"),
    (GRONN_MORK, ROD_LYS, 4.5, "tekst i akutt-boksen"),
    (GRONN, HVIT, 3.0, "rammer og piler på hvit"),
    (GRONN, GRONN_LYS, 3.0, "rammer på ytre ramme"),
    (ROD, HVIT, 3.0, "akutt-ramme på hvit"),
    (ORANSJE, HVIT, 3.0, "fokusmarkering på hvit"),
]

# ---------- text metrics ----------
# Advance widths in 1/1000 em, Helvetica/Arial metrics: the site's font stack is
# -apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif (theme font: false).
# The characters both tables cover, in the order of their widths below.
_TEGN = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789 .,:;–-—()/«»'!?&§½\"+"
_NORMAL = dict(zip(
    _TEGN,
    [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500,
     722, 500, 500, 500, 889, 611, 556, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
     667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 1000, 778, 667] + [556] * 10
    + [278, 278, 278, 278, 278, 556, 333, 1000, 333, 333, 278, 556, 556, 191, 278, 556, 667, 556, 834, 355, 584]))
_FET = dict(zip(
    _TEGN,
    [556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556,
     778, 556, 556, 500, 889, 611, 556, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
     667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 1000, 778, 722] + [556] * 10
    + [278, 278, 333, 333, 278, 556, 333, 1000, 333, 333, 278, 556, 556, 238, 333, 611, 722, 556, 834, 474, 584]))
# Other fonts in the stack (San Francisco, Segoe UI via fallbacks, DejaVu) run up to ~8 % wider.
SIKKERHET = 1.08


def tekstbredde(tekst: str, storrelse: float, fet: bool = False) -> float:
    """Estimated rendered width of `tekst` in user units at font size `storrelse`."""
    tabell = _FET if fet else _NORMAL
    return sum(tabell.get(tegn, 600) for tegn in tekst) / 1000 * storrelse * SIKKERHET


def _deler(ord_: str) -> list[str]:
    """Break opportunities inside one word: after a hyphen between letters («Pedagogisk-|psykologisk»)."""
    deler, start = [], 0
    for i, tegn in enumerate(ord_):
        if tegn == "-" and 0 < i < len(ord_) - 1:
            deler.append(ord_[start:i + 1])
            start = i + 1
    deler.append(ord_[start:])
    return deler


def bryt(tekst: str, maks: float, storrelse: float, fet: bool = False) -> list[str]:
    """Greedy line breaking so that no line is wider than `maks` (breaks at spaces, then hyphens,
    and as a last resort inside a word with a hyphen added)."""
    linjer: list[str] = []
    linje = ""

    def passer(t: str) -> bool:
        return tekstbredde(t, storrelse, fet) <= maks

    for ord_ in tekst.split():
        forsok = f"{linje} {ord_}" if linje else ord_
        if passer(forsok):
            linje = forsok
            continue
        # try to keep the first hyphen-parts of the word on the current line
        deler = _deler(ord_)
        rest = ord_
        if len(deler) > 1:
            for n in range(len(deler) - 1, 0, -1):
                hode = "".join(deler[:n])
                if passer(f"{linje} {hode}" if linje else hode):
                    linjer.append(f"{linje} {hode}" if linje else hode)
                    linje = ""
                    rest = "".join(deler[n:])
                    break
        if linje:
            linjer.append(linje)
            linje = ""
        # the rest of the word starts a new line; split it further if it is still too wide
        while not passer(rest):
            deler = _deler(rest)
            kuttet = False
            for n in range(len(deler) - 1, 0, -1):
                hode = "".join(deler[:n])
                if passer(hode):
                    linjer.append(hode)
                    rest = "".join(deler[n:])
                    kuttet = True
                    break
            if kuttet:
                continue
            n = len(rest) - 1
            while n > 1 and not passer(rest[:n] + "-"):
                n -= 1
            linjer.append(rest[:n] + "-")
            rest = rest[n:]
        linje = rest
    if linje:
        linjer.append(linje)
    return linjer or [""]


# ---------- markup helpers ----------
def esc(tekst: object) -> str:
    """XML-escape text and attribute values (&, <, >, both quotes)."""
    return str(escape(str(tekst)))


def tall(verdi: float) -> str:
    """Compact number: 12, 12.5 (one decimal)."""
    avrundet = round(float(verdi), 1)
    return str(int(avrundet)) if avrundet == int(avrundet) else f"{avrundet:.1f}"


def attrs(**verdier: object) -> str:
    """' a="1" b="x"' – None is left out; trailing _ is dropped, other _ become -."""
    deler = []
    for navn, verdi in verdier.items():
        if verdi is None:
            continue
        navn = navn.rstrip("_").replace("_", "-")
        if isinstance(verdi, float) or isinstance(verdi, int) and not isinstance(verdi, bool):
            verdi = tall(verdi)
        deler.append(f' {navn}="{esc(verdi)}"')
    return "".join(deler)


def rekt(x: float, y: float, b: float, h: float, *, rx: float = 6, fyll: str = HVIT, strek: Optional[str] = GRONN,
         strekbredde: float = 2, klasse: Optional[str] = None, stiplet: Optional[str] = None) -> str:
    return (f"<rect{attrs(class_=klasse, x=x, y=y, width=b, height=h, rx=rx, fill=fyll, stroke=strek, stroke_width=strekbredde if strek else None, stroke_dasharray=stiplet)}/>")


def linje(x1: float, y1: float, x2: float, y2: float, *, farge: str = GRONN, bredde: float = 2,
          pil: Optional[str] = None) -> str:
    markor = f"url(#{pil})" if pil else None
    return f"<path{attrs(d=f'M{tall(x1)} {tall(y1)}L{tall(x2)} {tall(y2)}', stroke=farge, stroke_width=bredde, fill='none', marker_end=markor)}/>"


def sti(d: str, *, farge: str = GRONN, bredde: float = 2, pil: Optional[str] = None) -> str:
    markor = f"url(#{pil})" if pil else None
    return f"<path{attrs(d=d, stroke=farge, stroke_width=bredde, fill='none', stroke_linejoin='round', marker_end=markor)}/>"


def pilhode(id_: str, farge: str = GRONN) -> str:
    """<marker> for arrow ends (inside <defs>)."""
    return (f'<marker id="{esc(id_)}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" '
            f'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{farge}"/></marker>')


@dataclass(frozen=True)
class Tekststil:
    storrelse: float
    linjehoyde: float
    fet: bool = False
    farge: str = GRONN_MORK


def tekst(linjer: list[str], x: float, y_topp: float, stil: Tekststil, *, anker: str = "start",
          klasse: Optional[str] = None, id_: Optional[str] = None) -> str:
    """A <text> block whose first line box starts at y_topp (one <tspan> per line)."""
    if not linjer:
        return ""
    forste = y_topp + stil.linjehoyde / 2 + stil.storrelse * 0.35
    spenn = []
    for i, l in enumerate(linjer):
        dy = "" if i == 0 else f' dy="{tall(stil.linjehoyde)}"'
        # Left-aligned plain text keeps a space between lines so that screen readers (aria-describedby,
        # reading the group) do not run the words together; a line broken at a hyphen gets none.
        # Centred text and link labels get none (a trailing space would shift the centring or extend
        # the underline); links take their accessible name from <title>, not from these lines.
        skille = (" " if anker == "start" and "lenketekst" not in (klasse or "") and i < len(linjer) - 1
                  and not l.endswith("-") else "")
        spenn.append(f'<tspan x="{tall(x)}"{dy}>{esc(l)}</tspan>{skille}')
    return (f"<text{attrs(id=id_, class_=klasse, x=x, y=forste, font_size=stil.storrelse, font_weight='bold' if stil.fet else None, fill=stil.farge, text_anchor=None if anker == 'start' else anker)}>"
            + "".join(spenn) + "</text>")


def tekstblokkhoyde(antall_linjer: int, stil: Tekststil) -> float:
    return antall_linjer * stil.linjehoyde


def lenke(href: str, navn: str, innhold: Iterable[str], *, beskrevet_av: Optional[str] = None,
          klasse: str = "diagram__lenke") -> str:
    """An SVG link: real <a href>, accessible name from its <title> (also a tooltip)."""
    return (f"<a{attrs(href=href, class_=klasse, aria_describedby=beskrevet_av)}><title>{esc(navn)}</title>"
            + "".join(innhold) + "</a>")


# ---------- the accessible wrapper ----------
@dataclass
class Lenke:
    """One link in a diagram: href (relative to the current page) and accessible name.
    The name is also the link text in the plain list under the figure."""
    href: str
    navn: str


@dataclass
class Listepunkt:
    """An entry in the link list: a link, or a plain group label, with optional children."""
    lenke: Optional[Lenke] = None
    etikett: Optional[str] = None
    under: list["Listepunkt"] = field(default_factory=list)


@dataclass
class Variant:
    navn: str          # "bred" | "smal"
    bredde: float
    hoyde: float
    innhold: list[str]  # SVG elements, in reading order
    defs: list[str] = field(default_factory=list)


# Terms that must not wrap at their hyphen in the link list («BTI-|nivå 1» reads badly).
_UDELELIG = re.compile(r"BTI-nivå \d")


def _udelelig(tekst: str) -> str:
    return _UDELELIG.sub(lambda m: f'<span class="diagram__udelelig">{m.group(0)}</span>', esc(tekst))


def _liste(punkter: list[Listepunkt]) -> str:
    deler = ["<ul>"]
    for p in punkter:
        if p.lenke is not None:
            hode = f'<a href="{esc(p.lenke.href)}">{_udelelig(p.lenke.navn)}</a>'
        else:
            hode = esc(p.etikett or "")
        deler.append(f"<li>{hode}{_liste(p.under) if p.under else ''}</li>")
    deler.append("</ul>")
    return "".join(deler)


def diagramfigur(*, id_: str, modifikator: str, tittel: str, beskrivelse: str, varianter: list[Variant],
                 listepunkter: list[Listepunkt], bildetekst: str) -> str:
    """The one accessible wrapper for every diagram (HTML block, one element per line)."""
    linjer = [f'<figure class="diagram diagram--{esc(modifikator)}">']
    for v in varianter:
        pid = f"{id_}-{v.navn}"
        linjer.append(
            f'<svg xmlns="http://www.w3.org/2000/svg" class="diagram__svg diagram__svg--{v.navn}" '
            f'viewBox="0 0 {tall(v.bredde)} {tall(v.hoyde)}" width="{tall(v.bredde)}" height="{tall(v.hoyde)}" '
            f'role="group" aria-labelledby="{esc(pid)}-tittel" aria-describedby="{esc(pid)}-beskrivelse">')
        linjer.append(f'<title id="{esc(pid)}-tittel">{esc(tittel)}</title>')
        linjer.append(f'<desc id="{esc(pid)}-beskrivelse">{esc(beskrivelse)}</desc>')
        if v.defs:
            linjer.append("<defs>" + "".join(v.defs) + "</defs>")
        linjer.extend(e for e in v.innhold if e)
        linjer.append("</svg>")
    linjer.append(f'<figcaption class="diagram__bildetekst">{esc(bildetekst)}</figcaption>')
    linjer.append('<div class="diagram__lenker">')
    linjer.append(f'<p class="diagram__lenketittel" id="{esc(id_)}-lenker">Lenkene i figuren</p>')
    linjer.append(_liste(listepunkter).replace("<ul>", f'<ul aria-labelledby="{esc(id_)}-lenker">', 1))
    linjer.append("</div>")
    linjer.append("</figure>")
    return "\n".join(linjer)


def flat(punkter: list[Listepunkt]) -> list[Lenke]:
    """All links of a list, depth first (tests compare this with the SVG links)."""
    ut: list[Lenke] = []
    for p in punkter:
        if p.lenke is not None:
            ut.append(p.lenke)
        ut.extend(flat(p.under))
    return ut


def relativ_luminans(farge: str) -> float:
    r, g, b = (int(farge[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def kanal(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else math.pow((c + 0.055) / 1.055, 2.4)
    return 0.2126 * kanal(r) + 0.7152 * kanal(g) + 0.0722 * kanal(b)


def kontrast(a: str, b: str) -> float:
    la, lb = sorted((relativ_luminans(a), relativ_luminans(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
