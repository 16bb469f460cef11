"""The three clickable diagrams, drawn as inline SVG from data/ at build time (no JavaScript).

    {{ modelldiagram() }}             modellnivåer × dimensjoner around the child and family (modell.yml)
    {{ handlingsveilederdiagram() }}  the steps as a flow + the acute fast path (handlingsveileder.yml)
    {{ samarbeidskart() }}            services around the child and family + the arenas that join them
                                      (tjenester.yml, arenaer.yml)
    {{ trinn("trinn-1") }}            heading text «Trinn 1: <tittel> {#trinn-1}» for handlingsveileder/index.md

Every element is a real <a href> computed with ../lenker.py from the current page, in reading order
(DOM order = visual order: top to bottom, left to right). Markup primitives and the accessible
wrapper are in svg.py. Each diagram has a wide (720) and a narrow (300) layout.
"""
from __future__ import annotations

from typing import Optional

from . import svg as s
from ..lenker import Side, lenke_til, side_url

# Pages and anchors the diagrams link to (contract page map; the level pages have
# «## Kulturdimensjon {: #kulturdimensjon}» and «## Strukturdimensjon {: #strukturdimensjon}»).
NIVASIDER = {"kommune": "modellen/kommuneniva.md", "virksomhet": "modellen/virksomhetsniva.md",
             "individ": "modellen/individniva.md"}
DIMENSJONSANKER = "{id}dimensjon"
BARNET_OG_FAMILIEN = "Barnet og familien"

BRED, SMAL = 720.0, 300.0

# text styles (user units; the wide layout is never shown below 720 CSS px wide, the narrow one is
# at least 288 CSS px wide, so 13 units is at least 12.4 CSS px on screen)
T_TITTEL = s.Tekststil(16, 20, fet=True)
T_LENKE = s.Tekststil(15, 19, fet=True)
T_BROD = s.Tekststil(14, 18)
T_NAVN = s.Tekststil(14.5, 18.5)
T_ETIKETT = s.Tekststil(13, 16, fet=True)
T_HJERTE = s.Tekststil(16, 20, fet=True, farge=s.HVIT)


def href(side: Side, til_src: str, anker: Optional[str] = None) -> str:
    """Relative href; a link to the current page itself becomes just «#anker»."""
    if anker and side_url(til_src, side.directory_urls) == side.url:
        return f"#{anker}"
    return lenke_til(side, til_src, anker)


def _boks_med_tekst(x: float, y: float, b: float, h: float, linjer: list[str], stil: s.Tekststil, *,
                    fyll: str = s.HVIT, strek: str = s.GRONN, strekbredde: float = 2, rx: float = 6,
                    sentrert: bool = True, innrykk: float = 10) -> list[str]:
    tekst_h = s.tekstblokkhoyde(len(linjer), stil)
    ty = y + (h - tekst_h) / 2
    tx, anker = (x + b / 2, "middle") if sentrert else (x + innrykk, "start")
    return [s.rekt(x, y, b, h, fyll=fyll, strek=strek, strekbredde=strekbredde, rx=rx, klasse="diagram__boks"),
            s.tekst(linjer, tx, ty, stil, anker=anker, klasse="diagram__lenketekst")]


def _hjerte(x_midt: float, y: float, b: float, h: float) -> list[str]:
    """The child and family: orange pill, white text (not a link)."""
    return [s.rekt(x_midt - b / 2, y, b, h, rx=h / 2, fyll=s.ORANSJE, strek=None),
            s.tekst([BARNET_OG_FAMILIEN], x_midt, y + (h - T_HJERTE.linjehoyde) / 2, T_HJERTE, anker="middle")]



def _oppramsing(deler: list[str]) -> str:
    deler = list(deler)
    if len(deler) <= 1:
        return "".join(deler)
    return ", ".join(deler[:-1]) + " og " + deler[-1]
