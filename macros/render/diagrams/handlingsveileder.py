"""{{ handlingsveilederdiagram() }} (the steps as a flow + the acute fast path) and {{ trinn() }} (data/handlingsveileder.yml)."""
from __future__ import annotations

import math
from typing import Optional

from ...data import oppslag
from ...data.datasett import Datasett
from ...data.feil import MakroFeil
from ..lenker import Side
from ..oppmerking import blokk
from . import svg as s
from ..lenker import HANDLINGSVEILEDERSIDE
from .felles import BRED, SMAL, T_BROD, T_ETIKETT, T_LENKE, T_NAVN, T_TITTEL, href


# ======================================================================================
# 2. Handlingsveilederdiagram
# ======================================================================================
def trinnoverskrift(ds: Datasett, side: Side, trinn_id: str) -> str:
    """Heading text for a step: «Trinn 1: Du legger merke til noe {#trinn-1}» (use as `## {{ trinn("trinn-1") }}`)."""
    t = oppslag.trinn(ds, trinn_id)
    return f"Trinn {t.nummer}: {t.tittel} {{#{t.id}}}"



def _bti_tekst(niva: Optional[int]) -> Optional[str]:
    return None if niva is None else f"BTI-nivå {niva}"


AKUTT_OVERSKRIFT = "Akutt fare: gå rett hit"
VANLIG_VEI = "Ellers: trinn for trinn"


def _varseltrekant(x: float, y: float, st: float) -> str:
    """Decorative warning triangle with «!» (the text says the same; not colour alone)."""
    h = st * 0.9
    return (f'<path d="M{s.tall(x + st / 2)} {s.tall(y)}L{s.tall(x + st)} {s.tall(y + h)}H{s.tall(x)}Z" '
            f'fill="{s.ROD}"/>'
            f'<text x="{s.tall(x + st / 2)}" y="{s.tall(y + h - st * 0.14)}" font-size="{s.tall(st * 0.6)}" '
            f'font-weight="bold" fill="#fff" text-anchor="middle" aria-hidden="true">!</text>')


def _akuttboks(ds: Datasett, side: Side, x: float, y: float, b: float, smal: bool, id_: str) -> tuple[list[str], float]:
    a = ds.akutt
    ikon = 30.0 if smal else 36.0
    tx = x + 12 + ikon + 12
    tb = x + b - 14 - tx
    over = s.bryt(AKUTT_OVERSKRIFT, tb, T_TITTEL.storrelse, True)
    tit = s.bryt(a.tittel, tb, T_LENKE.storrelse, True)
    kort = s.bryt(a.kort, tb, T_BROD.storrelse)
    st_over = s.Tekststil(T_TITTEL.storrelse, T_TITTEL.linjehoyde, True, s.ROD)
    h_over, h_tit, h_kort = (s.tekstblokkhoyde(len(over), st_over), s.tekstblokkhoyde(len(tit), T_LENKE),
                            s.tekstblokkhoyde(len(kort), T_BROD))
    h = 12 + h_over + 2 + h_tit + 4 + h_kort + 12
    kort_id = f"{id_}-akutt-kort"
    deler = [s.rekt(x + 1.5, y + 1.5, b - 3, h - 3, rx=8, fyll=s.ROD_LYS, strek=s.ROD, strekbredde=3,
                    klasse="diagram__boks diagram__boks--akutt"),
             _varseltrekant(x + 12, y + 14, ikon),
             s.tekst(over, tx, y + 12, st_over, klasse="diagram__lenketekst"),
             s.tekst(tit, tx, y + 12 + h_over + 2, T_LENKE, klasse="diagram__lenketekst"),
             s.tekst(kort, tx, y + 12 + h_over + 2 + h_tit + 4, T_BROD, id_=kort_id)]
    navn = f"{AKUTT_OVERSKRIFT} – {a.tittel}"
    return [s.lenke(href(side, a.side), navn, deler, beskrevet_av=kort_id)], h


def _trinnboks(t, lenke: s.Lenke, x: float, y: float, b: float, h: float, linjer: list[str], smal: bool) -> str:
    r = 15.0
    deler = [s.rekt(x + 1, y + 1, b - 2, h - 2, rx=8, fyll=s.HVIT, strek=s.GRONN, strekbredde=2, klasse="diagram__boks"),
             f'<circle cx="{s.tall(x + 12 + r)}" cy="{s.tall(y + 12 + r)}" r="{s.tall(r)}" fill="{s.GRONN}"/>',
             s.tekst([str(t.nummer)], x + 12 + r, y + 12 + r - T_ETIKETT.linjehoyde / 2 + 0.5,
                     s.Tekststil(15, 16, True, s.HVIT), anker="middle")]
    bti = _bti_tekst(t.bti_niva)
    if smal:
        tx = x + 12 + 2 * r + 12
        deler.append(s.tekst(linjer, tx, y + 12 + (0 if len(linjer) > 1 else (2 * r - T_NAVN.linjehoyde) / 2),
                             T_NAVN, klasse="diagram__lenketekst"))
        if bti:
            ty = y + 12 + max(2 * r, s.tekstblokkhoyde(len(linjer), T_NAVN)) + 6
            deler.extend(_bti_merke(bti, tx, ty))
    else:
        if bti:
            bredde = s.tekstbredde(bti, T_ETIKETT.storrelse, True) + 14
            deler.extend(_bti_merke(bti, x + b - 10 - bredde, y + 12 + r - 12))
        deler.append(s.tekst(linjer, x + 10, y + 12 + 2 * r + 8, T_NAVN, klasse="diagram__lenketekst"))
    return s.lenke(lenke.href, lenke.navn, deler)


def _bti_merke(tekst: str, x: float, y: float) -> list[str]:
    b = s.tekstbredde(tekst, T_ETIKETT.storrelse, True) + 14
    return [s.rekt(x, y, b, 24, rx=12, fyll=s.GRONN, strek=None),
            s.tekst([tekst], x + b / 2, y + (24 - T_ETIKETT.linjehoyde) / 2, s.Tekststil(13, 16, True, s.HVIT),
                    anker="middle")]


def _trinn_lenker(ds: Datasett, side: Side) -> tuple[s.Lenke, list[tuple[object, s.Lenke]]]:
    a = ds.akutt
    akutt = s.Lenke(href(side, a.side), f"{AKUTT_OVERSKRIFT} – {a.tittel}")
    trinn = []
    for t in ds.trinn.values():
        navn = f"Trinn {t.nummer}: {t.tittel}"
        if t.bti_niva is not None:
            navn += f" ({_bti_tekst(t.bti_niva)})"
        trinn.append((t, s.Lenke(href(side, HANDLINGSVEILEDERSIDE, t.id), navn)))
    return akutt, trinn


def _handling_variant(ds: Datasett, side: Side, id_: str, smal: bool) -> s.Variant:
    W = SMAL if smal else BRED
    navn = "smal" if smal else "bred"
    pil = f"{id_}-{navn}-pil"
    _, trinn = _trinn_lenker(ds, side)
    innhold, y = [], 0.0
    akutt, h = _akuttboks(ds, side, 0, 0, W, smal, f"{id_}-{navn}")
    innhold.extend(akutt)
    y = h + (22 if smal else 26)
    innhold.append(s.tekst([VANLIG_VEI], 2, y, s.Tekststil(14, 18, True)))
    y += 18 + 10
    if smal:
        tx_b = W - (12 + 30 + 12) - 12
        for nr, (t, lenke) in enumerate(trinn):
            linjer = s.bryt(t.tittel, tx_b, T_NAVN.storrelse)
            tekst_h = s.tekstblokkhoyde(len(linjer), T_NAVN)
            h = 12 + max(30.0, tekst_h) + (6 + 24 if t.bti_niva is not None else 0) + 12
            innhold.append(_trinnboks(t, lenke, 0, y, W, h, linjer, smal=True))
            if nr < len(trinn) - 1:
                innhold.append(s.linje(27, y + h, 27, y + h + 24, pil=pil))
            y += h + 26
        y -= 26
    else:
        kol, gap, radgap = 4, 24.0, 46.0
        b = (W - (kol - 1) * gap) / kol
        alle_linjer = [s.bryt(t.tittel, b - 20, T_NAVN.storrelse) for t, _ in trinn]
        h = 12 + 30 + 8 + max(s.tekstblokkhoyde(len(l), T_NAVN) for l in alle_linjer) + 12
        rader = math.ceil(len(trinn) / kol)
        for nr, ((t, lenke), linjer) in enumerate(zip(trinn, alle_linjer)):
            rad, k = divmod(nr, kol)
            x, ty = k * (b + gap), y + rad * (h + radgap)
            innhold.append(_trinnboks(t, lenke, x, ty, b, h, linjer, smal=False))
            if nr < len(trinn) - 1:
                if k < kol - 1:
                    innhold.append(s.linje(x + b + 3, ty + h / 2, x + b + gap - 3, ty + h / 2, pil=pil))
                else:  # to the first box of the next row
                    midt = x + b / 2
                    neste = b / 2
                    ym = ty + h + radgap / 2
                    innhold.append(s.sti(f"M{s.tall(midt)} {s.tall(ty + h + 1)}V{s.tall(ym)}H{s.tall(neste)}"
                                         f"V{s.tall(ty + h + radgap - 3)}", pil=pil))
        y += rader * h + (rader - 1) * radgap
    return s.Variant(navn, W, y + 2, innhold, defs=[s.pilhode(pil)])


def handlingsveilederdiagram(ds: Datasett, side: Side, id: str = "handlingsveilederdiagram") -> str:
    if not ds.trinn or ds.akutt is None:
        raise MakroFeil("handlingsveilederdiagram() trenger trinn og akutt i data/handlingsveileder.yml")
    akutt, trinn = _trinn_lenker(ds, side)
    tittel = f"Fra bekymring til handling: {len(trinn)} trinn, og den akutte veien"
    beskrivelse = (f"Øverst, for seg selv i en rød ramme: «{AKUTT_OVERSKRIFT}», lenke til {ds.akutt.tittel}. "
                   f"Under den går trinnene i rekkefølge fra trinn 1 til trinn {len(trinn)}, med piler mellom. "
                   "Hvert trinn er en lenke til trinnet lenger ned på siden om veilederen, og viser BTI-nivået "
                   "trinnet svarer til når det er knyttet til ett BTI-nivå.")
    varianter = [_handling_variant(ds, side, id, smal=False), _handling_variant(ds, side, id, smal=True)]
    punkter = [s.Listepunkt(lenke=akutt)] + [s.Listepunkt(lenke=l) for _, l in trinn]
    return blokk(s.diagramfigur(
        id_=id, modifikator="handlingsveileder", tittel=tittel, beskrivelse=beskrivelse, varianter=varianter,
        listepunkter=punkter,
        bildetekst="Figur: Veien fra bekymring til handling. Er barnet i akutt fare, gå rett til den akutte veien."))
