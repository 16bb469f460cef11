"""{{ modelldiagram() }}: model levels × dimensions around the child and family (data/modell.yml)."""
from __future__ import annotations

from ...data.datasett import Datasett
from ...data.feil import MakroFeil
from ..lenker import Side
from ..oppmerking import blokk
from . import svg as s
from .felles import (BRED, DIMENSJONSANKER, NIVASIDER, SMAL, T_BROD, T_LENKE, T_TITTEL, 
                     _boks_med_tekst, _hjerte, _oppramsing, href)


# ======================================================================================
# 1. Modelldiagram
# ======================================================================================
def _dimensjon_kortnavn(tittel: str) -> str:
    """«Kulturdimensjon» -> «Kultur» (short label for the small boxes)."""
    kort = tittel[:-len("dimensjon")] if tittel.lower().endswith("dimensjon") else tittel
    return kort.rstrip(" -–") or tittel


def _modell_lenker(ds: Datasett, side: Side) -> tuple[list[tuple[s.Lenke, list[tuple[s.Lenke, str]]]], list[s.Listepunkt]]:
    nivaer = []
    punkter = []
    for niva in ds.nivaer.values():
        sidesti = NIVASIDER[niva.id]
        hoved = s.Lenke(href(side, sidesti), niva.tittel)
        dims = []
        for dim in ds.dimensjoner.values():
            kort = _dimensjon_kortnavn(dim.tittel)
            dims.append((s.Lenke(href(side, sidesti, DIMENSJONSANKER.format(id=dim.id)),
                                 f"{kort} på {niva.tittel[:1].lower()}{niva.tittel[1:]}"), kort))
        nivaer.append((hoved, dims))
        punkter.append(s.Listepunkt(lenke=hoved, under=[s.Listepunkt(lenke=lenke) for lenke, _ in dims]))
    return nivaer, punkter


def _modell_variant(ds: Datasett, nivaer, smal: bool) -> s.Variant:
    W = SMAL if smal else BRED
    innrykk, pad, bunn = (9, 10, 10) if smal else (24, 14, 12)
    fyll = [s.GRONN_LYS, s.GRONN_SVAK, s.HVIT]
    antall_dim = max(len(d) for _, d in nivaer)
    gap = 8 if smal else 10
    # wide: dimension boxes in fixed columns (aligned across levels, like a grid), left of them the title
    # and the short text; narrow: title, text and dimension boxes stacked.
    innerst = W - 2 * (len(nivaer) - 1) * innrykk - 2 * pad
    dim_b = 128.0
    x_dim0 = W - (len(nivaer) - 1) * innrykk - pad - antall_dim * dim_b - (antall_dim - 1) * gap
    ramme, innhold = [], []
    y = 0.0
    topper = []
    for i, ((hoved, dims), niva) in enumerate(zip(nivaer, ds.nivaer.values())):
        bx = i * innrykk
        topper.append(y)
        topp = y + pad
        x0 = bx + pad
        indre_b = W - 2 * bx - 2 * pad
        if smal:
            tittel_b = indre_b
            tittel_linjer = s.bryt(hoved.navn, tittel_b - 20, T_TITTEL.storrelse, True)
            tittel_h = max(38.0, s.tekstblokkhoyde(len(tittel_linjer), T_TITTEL) + 16)
            innhold.append(s.lenke(hoved.href, hoved.navn, _boks_med_tekst(
                x0, topp, tittel_b, tittel_h, tittel_linjer, T_TITTEL, sentrert=False, innrykk=10)))
            kort = s.bryt(niva.kort, indre_b - 4, T_BROD.storrelse)
            ky = topp + tittel_h + 6
            innhold.append(s.tekst(kort, x0 + 2, ky, T_BROD))
            dy = ky + s.tekstblokkhoyde(len(kort), T_BROD) + 8
            db = (indre_b - (len(dims) - 1) * gap) / len(dims)
            dim_linjer = [s.bryt(kortnavn, db - 16, T_LENKE.storrelse, True) for _, kortnavn in dims]
            dh = max(40.0, max(s.tekstblokkhoyde(len(l), T_LENKE) for l in dim_linjer) + 16)
            for j, ((lenke, _), linjer) in enumerate(zip(dims, dim_linjer)):
                innhold.append(s.lenke(lenke.href, lenke.navn, _boks_med_tekst(
                    x0 + j * (db + gap), dy, db, dh, linjer, T_LENKE)))
            y = dy + dh + pad
        else:
            tekst_b = x_dim0 - 16 - x0
            tittel_linjer = s.bryt(hoved.navn, tekst_b - 24, T_TITTEL.storrelse, True)
            tittel_b = min(tekst_b, max(s.tekstbredde(l, T_TITTEL.storrelse, True) for l in tittel_linjer) + 28)
            tittel_h = max(38.0, s.tekstblokkhoyde(len(tittel_linjer), T_TITTEL) + 16)
            kort = s.bryt(niva.kort, tekst_b, T_BROD.storrelse)
            hode_h = tittel_h + 6 + s.tekstblokkhoyde(len(kort), T_BROD)
            dim_linjer = [s.bryt(kortnavn, dim_b - 16, T_LENKE.storrelse, True) for _, kortnavn in dims]
            dh = max(44.0, max(s.tekstblokkhoyde(len(l), T_LENKE) for l in dim_linjer) + 16)
            hode_h = max(hode_h, dh)
            innhold.append(s.lenke(hoved.href, hoved.navn, _boks_med_tekst(
                x0, topp, tittel_b, tittel_h, tittel_linjer, T_TITTEL, sentrert=False, innrykk=14)))
            innhold.append(s.tekst(kort, x0 + 2, topp + tittel_h + 6, T_BROD))
            dy = topp + (hode_h - dh) / 2
            for j, ((lenke, _), linjer) in enumerate(zip(dims, dim_linjer)):
                innhold.append(s.lenke(lenke.href, lenke.navn, _boks_med_tekst(
                    x_dim0 + j * (dim_b + gap), dy, dim_b, dh, linjer, T_LENKE)))
            y = topp + hode_h + pad
    # the child and family at the centre
    hjerte_h = 44.0 if smal else 48.0
    hjerte_b = min(innerst, 220.0 if smal else 260.0)
    innhold.extend(_hjerte(W / 2, y + 2, hjerte_b, hjerte_h))
    y += hjerte_h + 2 + pad
    # close the bands from the inside out
    bunner = []
    for i in reversed(range(len(nivaer))):
        bunner.append((i, y))
        y += bunn
    for i, bunnlinje in sorted(bunner):
        bx = i * innrykk
        ramme.append(s.rekt(bx + 1, topper[i] + 1, W - 2 * bx - 2, bunnlinje - topper[i] - 1,
                            rx=10 if smal else 14, fyll=fyll[min(i, len(fyll) - 1)], strek=s.GRONN, strekbredde=1.5))
    hoyde = y - bunn + 2
    return s.Variant("smal" if smal else "bred", W, hoyde, ramme + innhold)


def modelldiagram(ds: Datasett, side: Side, id: str = "modelldiagram") -> str:
    if not ds.nivaer or not ds.dimensjoner:
        raise MakroFeil("modelldiagram() trenger modellnivåer og dimensjoner i data/modell.yml")
    nivaer, punkter = _modell_lenker(ds, side)
    niva_navn = [n.tittel for n in ds.nivaer.values()]
    dim_navn = [d.tittel for d in ds.dimensjoner.values()]
    tittel = f"{ds.nettsted.modellnavn}: {len(niva_navn)} modellnivåer og {len(dim_navn)} dimensjoner rundt barnet og familien"
    beskrivelse = (f"{_oppramsing(niva_navn)} er tegnet som rammer utenpå hverandre, med barnet og familien i midten. "
                   f"Hvert modellnivå lenker til sin side, og på hvert nivå er det lenker til "
                   f"{_oppramsing([d.lower() for d in dim_navn])}.")
    varianter = [_modell_variant(ds, nivaer, smal=False), _modell_variant(ds, nivaer, smal=True)]
    return blokk(s.diagramfigur(
        id_=id, modifikator="modell", tittel=tittel, beskrivelse=beskrivelse, varianter=varianter,
        listepunkter=punkter,
        bildetekst=f"Figur: {ds.nettsted.modellnavn}. Velg et modellnivå eller en dimensjon for å lese mer."))
