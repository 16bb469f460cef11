"""The three clickable diagrams, drawn as inline SVG from data/ at build time (no JavaScript).

    {{ modelldiagram() }}             modellnivåer × dimensjoner around the child and family (modell.yml)
    {{ handlingsveilederdiagram() }}  the steps as a flow + the acute fast path (handlingsveileder.yml)
    {{ samarbeidskart() }}            services around the child and family + the arenas that join them
                                      (tjenester.yml, arenaer.yml)
    {{ trinn("trinn-1") }}            heading text «Trinn 1: <tittel> {#trinn-1}» for handlingsveileder/index.md

Every element is a real <a href> computed with links.py from the current page, in reading order
(DOM order = visual order: top to bottom, left to right). Markup primitives and the accessible
wrapper are in svg.py. Each diagram has a wide (720) and a narrow (300) layout.
"""
from __future__ import annotations

import math
from typing import Optional

from . import svg as s
from .data_loader import Datasett
from .errors import MakroFeil, forslag
from .links import Side, lenke_til, side_url
from .markup import blokk

# Pages and anchors the diagrams link to (contract page map; the level pages have
# «## Kulturdimensjon {: #kulturdimensjon}» and «## Strukturdimensjon {: #strukturdimensjon}»).
NIVASIDER = {"kommune": "modellen/kommuneniva.md", "virksomhet": "modellen/virksomhetsniva.md",
             "individ": "modellen/individniva.md"}
DIMENSJONSANKER = "{id}dimensjon"
HANDLINGSVEILEDERSIDE = "handlingsveileder/index.md"
# The arenas that join the services around the child (brief for issue 5). Ids in tjenester.yml or arenaer.yml.
SAMORDNING = ["fobu"]
SAMARBEIDSARENAER = ["ansvarsgruppe", "tverrfaglig-konsultasjonsteam", "familiestasjonen", "barne-og-familieteamet"]
BARNET_OG_FAMILIEN = "Barnet og familien"

BRED, SMAL = 720.0, 300.0

# text styles (user units; the wide layout is never shown below 720 CSS px wide, the narrow one is
# at least 288 CSS px wide, so 13 units is at least 12.4 CSS px on screen)
T_TITTEL = s.Tekststil(16, 20, fet=True)
T_LENKE = s.Tekststil(15, 19, fet=True)
T_BRØD = s.Tekststil(14, 18)
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
            kort = s.bryt(niva.kort, indre_b - 4, T_BRØD.storrelse)
            ky = topp + tittel_h + 6
            innhold.append(s.tekst(kort, x0 + 2, ky, T_BRØD))
            dy = ky + s.tekstblokkhoyde(len(kort), T_BRØD) + 8
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
            kort = s.bryt(niva.kort, tekst_b, T_BRØD.storrelse)
            hode_h = tittel_h + 6 + s.tekstblokkhoyde(len(kort), T_BRØD)
            dim_linjer = [s.bryt(kortnavn, dim_b - 16, T_LENKE.storrelse, True) for _, kortnavn in dims]
            dh = max(44.0, max(s.tekstblokkhoyde(len(l), T_LENKE) for l in dim_linjer) + 16)
            hode_h = max(hode_h, dh)
            innhold.append(s.lenke(hoved.href, hoved.navn, _boks_med_tekst(
                x0, topp, tittel_b, tittel_h, tittel_linjer, T_TITTEL, sentrert=False, innrykk=14)))
            innhold.append(s.tekst(kort, x0 + 2, topp + tittel_h + 6, T_BRØD))
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
    tittel = f"Åsnesmodellen: {len(niva_navn)} modellnivåer og {len(dim_navn)} dimensjoner rundt barnet og familien"
    beskrivelse = (f"{_oppramsing(niva_navn)} er tegnet som rammer utenpå hverandre, med barnet og familien i midten. "
                   f"Hvert modellnivå lenker til sin side, og på hvert nivå er det lenker til "
                   f"{_oppramsing([d.lower() for d in dim_navn])}.")
    varianter = [_modell_variant(ds, nivaer, smal=False), _modell_variant(ds, nivaer, smal=True)]
    return blokk(s.diagramfigur(
        id_=id, modifikator="modell", tittel=tittel, beskrivelse=beskrivelse, varianter=varianter,
        listepunkter=punkter,
        bildetekst=f"Figur: Åsnesmodellen. Velg et modellnivå eller en dimensjon for å lese mer."))


def _oppramsing(deler: list[str]) -> str:
    deler = list(deler)
    if len(deler) <= 1:
        return "".join(deler)
    return ", ".join(deler[:-1]) + " og " + deler[-1]


# ======================================================================================
# 2. Handlingsveilederdiagram
# ======================================================================================
def trinnoverskrift(ds: Datasett, side: Side, trinn_id: str) -> str:
    """Heading text for a step: «Trinn 1: Du legger merke til noe {#trinn-1}» (use as `## {{ trinn("trinn-1") }}`)."""
    t = _trinn(ds, trinn_id)
    return f"Trinn {t.nummer}: {t.tittel} {{#{t.id}}}"


def _trinn(ds: Datasett, trinn_id: str):
    if trinn_id not in ds.trinn:
        raise MakroFeil(f"ukjent trinn «{trinn_id}» (finnes ikke i data/handlingsveileder.yml)."
                        f"{forslag(trinn_id, ds.trinn)}")
    return ds.trinn[trinn_id]


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
    kort = s.bryt(a.kort, tb, T_BRØD.storrelse)
    st_over = s.Tekststil(T_TITTEL.storrelse, T_TITTEL.linjehoyde, True, s.ROD)
    h_over, h_tit, h_kort = (s.tekstblokkhoyde(len(over), st_over), s.tekstblokkhoyde(len(tit), T_LENKE),
                            s.tekstblokkhoyde(len(kort), T_BRØD))
    h = 12 + h_over + 2 + h_tit + 4 + h_kort + 12
    kort_id = f"{id_}-akutt-kort"
    deler = [s.rekt(x + 1.5, y + 1.5, b - 3, h - 3, rx=8, fyll=s.ROD_LYS, strek=s.ROD, strekbredde=3,
                    klasse="diagram__boks diagram__boks--akutt"),
             _varseltrekant(x + 12, y + 14, ikon),
             s.tekst(over, tx, y + 12, st_over, klasse="diagram__lenketekst"),
             s.tekst(tit, tx, y + 12 + h_over + 2, T_LENKE, klasse="diagram__lenketekst"),
             s.tekst(kort, tx, y + 12 + h_over + 2 + h_tit + 4, T_BRØD, id_=kort_id)]
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
    arenaer = list(SAMARBEIDSARENAER if arenaer is None else arenaer)
    samordning = list(SAMORDNING if samordning is None else samordning)
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


def svg_lenkerekkefolge(ds: Datasett, side: Side, diagram: str, **kw) -> list[s.Lenke]:
    """The links of a diagram in SVG (reading) order – for tests and documentation."""
    if diagram == "modelldiagram":
        nivaer, _ = _modell_lenker(ds, side)
        return [l for hoved, dims in nivaer for l in [hoved] + [d for d, _ in dims]]
    if diagram == "handlingsveilederdiagram":
        akutt, trinn = _trinn_lenker(ds, side)
        return [akutt] + [l for _, l in trinn]
    if diagram == "samarbeidskart":
        arenaer = list(SAMARBEIDSARENAER if kw.get("arenaer") is None else kw["arenaer"])
        samordning = list(SAMORDNING if kw.get("samordning") is None else kw["samordning"])
        topp, tjenester, midt = _samarbeid_lenker(ds, side, arenaer, samordning)
        halv = math.ceil(len(tjenester) / 2)
        return topp + tjenester[:halv] + midt + tjenester[halv:]
    raise ValueError(diagram)
