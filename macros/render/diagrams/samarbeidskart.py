"""{{ samarbeidskart() }}: services around the child and family + the arenas that join them (tjenester.yml, arenaer.yml)."""
from __future__ import annotations

import math
from typing import Optional

from ...data.datasett import Datasett
from ...data.feil import MakroFeil, forslag
from ..lenker import Side
from ..oppmerking import blokk
from . import svg as s
from .felles import (BRED, SMAL, T_LENKE, T_NAVN, 
                     _boks_med_tekst, _hjerte, _oppramsing, href)


# ======================================================================================
# 3. Samarbeidskart
# ======================================================================================
def _aktor(ds: Datasett, side: Side, aid: str) -> s.Lenke:
    if aid in ds.tjenester:
        t = ds.tjenester[aid]
        return s.Lenke(href(side, t.side), t.navn)
    arena = ds.arenaer.get(aid)
    if arena is not None and arena.side:
        return s.Lenke(href(side, arena.side), arena.navn)
    kandidater = list(ds.tjenester) + [a for a, v in ds.arenaer.items() if v.side]
    raise MakroFeil(f"ukjent tjeneste eller arena «{aid}» (finnes ikke i data/tjenester.yml, eller i "
                    f"data/arenaer.yml med en side).{forslag(aid, kandidater)}")


def _samarbeid_lenker(ds: Datasett, side: Side, arenaer: list[str], samordning: list[str]):
    topp = [_aktor(ds, side, a) for a in samordning]
    midt = [_aktor(ds, side, a) for a in arenaer]
    utelatt = set(arenaer) | set(samordning)
    tjenester = [s.Lenke(href(side, t.side), t.navn) for t in ds.tjenester.values()
                 if t.type == "tjeneste" and t.id not in utelatt]
    return topp, tjenester, midt


def _rader(elementer: list, per_rad: int) -> list[list]:
    return [elementer[i:i + per_rad] for i in range(0, len(elementer), per_rad)]


def _boksrad(lenker: list[s.Lenke], x0: float, y: float, bredde: float, per_rad: int, gap: float,
             stil: s.Tekststil) -> tuple[list[str], float, list[list[tuple[float, float, float]]]]:
    """Rows of equal boxes (centred when a row is short). Returns the elements, the bottom y, and
    per row the (x_centre, top, bottom) of each box (for the spokes)."""
    ut, rader = [], []
    b = (bredde - (per_rad - 1) * gap) / per_rad
    for rad in _rader(lenker, per_rad):
        linjer = [s.bryt(l.navn, b - 10, stil.storrelse, stil.fet) for l in rad]
        h = max(44.0, max(s.tekstblokkhoyde(len(li), stil) for li in linjer) + 18)
        start = x0 + (bredde - (len(rad) * b + (len(rad) - 1) * gap)) / 2
        kanter = []
        rader.append(kanter)
        for j, (lenke, li) in enumerate(zip(rad, linjer)):
            x = start + j * (b + gap)
            ut.append(s.lenke(lenke.href, lenke.navn, _boks_med_tekst(x, y, b, h, li, stil)))
            kanter.append((x + b / 2, y, y + h))
        y += h + gap
    return ut, y - gap, rader


def _samarbeid_variant(ds: Datasett, side: Side, arenaer: list[str], samordning: list[str], smal: bool) -> s.Variant:
    W = SMAL if smal else BRED
    topp, tjenester, midt = _samarbeid_lenker(ds, side, arenaer, samordning)
    pad = 8.0 if smal else 16.0
    t_tjeneste = s.Tekststil(13.5, 17.5) if smal else T_NAVN
    gap = 8.0 if smal else 12.0
    eiker = 22.0 if smal else 26.0
    innhold, ramme = [], []
    y = 0.0
    # coordinating body on top, joined to the frame by a line
    if topp:
        innhold.append(s.tekst(["Samordning"], W / 2, y, s.Tekststil(14, 18, True), anker="middle"))
        y += 18 + 6
        tb = W - 60 if smal else 300.0
        elementer, y_slutt, _ = _boksrad(topp, (W - tb) / 2, y, tb, 1 if smal else len(topp), gap, T_LENKE)
        innhold.extend(elementer)
        ramme.append(s.linje(W / 2, y_slutt, W / 2, y_slutt + 24))
        y = y_slutt + 24
    ramme_topp = y
    y += pad
    innhold.append(s.tekst(["Tjenestene rundt barnet og familien"], pad, y, s.Tekststil(14, 18, True)))
    y += 18 + 8
    per_rad = 2 if smal else 4
    halv = math.ceil(len(tjenester) / 2)
    over, under = tjenester[:halv], tjenester[halv:]
    elementer, y_slutt, rader_over = _boksrad(over, pad, y, W - 2 * pad, per_rad, gap, t_tjeneste)
    innhold.extend(elementer)
    y = y_slutt + eiker
    # the ring of arenas around the child and family
    ring_x = pad + (6 if smal else 26)
    ring_b = W - 2 * ring_x
    ring_topp = y
    for xm, _, bunn in (rader_over[-1] if rader_over else []):  # spokes: last row above -> ring
        ramme.append(s.linje(xm, bunn, xm, ring_topp))
    y += 12
    innhold.append(s.tekst(["Arenaer der tjenestene møtes"], W / 2, y, s.Tekststil(14, 18, True), anker="middle"))
    y += 18 + 10
    a_per_rad = 1 if smal else 2
    a_bredde = ring_b - 2 * (10 if smal else 24)
    ahalv = math.ceil(len(midt) / 2)
    for gruppe, er_over in ((midt[:ahalv], True), (midt[ahalv:], False)):
        if not er_over:
            innhold.extend(_hjerte(W / 2, y, min(a_bredde, 240.0), 46.0))
            y += 46 + gap
        if gruppe:
            elementer, y_slutt, _ = _boksrad(gruppe, ring_x + (ring_b - a_bredde) / 2, y, a_bredde, a_per_rad, gap,
                                             T_LENKE)
            innhold.extend(elementer)
            y = y_slutt + gap
    y += 12 - gap
    ring_bunn = y
    ramme.append(s.rekt(ring_x, ring_topp, ring_b, ring_bunn - ring_topp, rx=24 if not smal else 16,
                        fyll=s.HVIT, strek=s.GRONN, strekbredde=2, stiplet="6 4"))
    y += eiker
    if under:
        elementer, y_slutt, rader_under = _boksrad(under, pad, y, W - 2 * pad, per_rad, gap, t_tjeneste)
        for xm, topp_y, _ in rader_under[0]:  # spokes: ring -> first row below
            ramme.append(s.linje(xm, ring_bunn, xm, topp_y))
        innhold.extend(elementer)
        y = y_slutt
    y += pad
    ramme.insert(0, s.rekt(1, ramme_topp + 1, W - 2, y - ramme_topp - 2, rx=14 if not smal else 10,
                           fyll=s.GRONN_LYS, strek=s.GRONN, strekbredde=1.5))
    return s.Variant("smal" if smal else "bred", W, y, ramme + innhold)


def samarbeidskart(ds: Datasett, side: Side, arenaer: Optional[list[str]] = None,
                   samordning: Optional[list[str]] = None, id: str = "samarbeidskart") -> str:
    oppsett = ds.nettsted.samarbeidskart   # data/nettsted.yml
    arenaer = list(oppsett.arenaer if arenaer is None else arenaer)
    samordning = list(oppsett.samordning if samordning is None else samordning)
    topp, tjenester, midt = _samarbeid_lenker(ds, side, arenaer, samordning)
    tittel = "Samarbeidskart: tjenestene rundt barnet og familien, og arenaene der de møtes"
    beskrivelse = ((f"Øverst {_oppramsing([l.navn for l in topp])}, som samordner arbeidet. " if topp else "")
                   + f"Under står {len(tjenester)} tjenester, halvparten over og halvparten under en ring med "
                   f"arenaene der tjenestene møtes: {_oppramsing([l.navn for l in midt])}. "
                   "Barnet og familien står i midten av ringen. Hver tjeneste og arena er en lenke til sin side.")
    varianter = [_samarbeid_variant(ds, side, arenaer, samordning, smal=False),
                 _samarbeid_variant(ds, side, arenaer, samordning, smal=True)]
    punkter = []
    if topp:
        punkter.append(s.Listepunkt(etikett="Samordning", under=[s.Listepunkt(lenke=l) for l in topp]))
    punkter.append(s.Listepunkt(etikett="Tjenestene", under=[s.Listepunkt(lenke=l) for l in tjenester]))
    punkter.append(s.Listepunkt(etikett="Arenaer der tjenestene møtes", under=[s.Listepunkt(lenke=l) for l in midt]))
    return blokk(s.diagramfigur(
        id_=id, modifikator="samarbeid", tittel=tittel, beskrivelse=beskrivelse, varianter=varianter,
        listepunkter=punkter,
        bildetekst="Figur: Samarbeidskart. Velg en tjeneste eller en arena for å lese mer."))
