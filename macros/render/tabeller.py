"""Every table view. All of them go through render_tabell(), which owns the markup."""
from __future__ import annotations

from typing import Optional, Sequence

from markupsafe import Markup

from . import oppslag
from ..data.datasett import Datasett
from ..data.datoer import manedsnavn, norsk_dato
from ..data.feil import MakroFeil, forslag
from .malmotor import render
from .lenker import HANDLINGSVEILEDERSIDE, Side, lenke_til
from .oppmerking import blokk, i_setning, lenke, mangler

def render_tabell(tittel: str, kolonner: Sequence[str], rader: Sequence[Sequence], klasse: Optional[str] = None,
                  tom_tekst: str = "Ingen oppføringer ennå.", rad_ider: Optional[Sequence[str]] = None) -> str:
    """Accessible table (caption, th scope) as a Markdown-safe HTML block.

    rad_ider: one id per row, so other pages can link to a row, e.g. #verktoy-stafettlogg. Callers prefix
    the data id with the kind of table, so row ids never clash with a page's own heading anchors.
    """
    if not rader:
        return blokk(Markup('<p class="hv-tom">{}: {}</p>').format(tittel, tom_tekst))
    kolonner, rader = _uten_tomme_kolonner(kolonner, rader)
    rader = [[_brytbar(c) for c in rad] for rad in rader]
    html = render("tabell.html", tittel=tittel, kolonner=kolonner, rader=rader, klasse=klasse, rad_ider=rad_ider)
    return blokk(html)


_TOM = ("", "–", "-")


def _uten_tomme_kolonner(kolonner: Sequence[str], rader: Sequence[Sequence]):
    """Drop a column that is «–» in every row: a column of dashes tells the reader nothing and costs width.
    The first column (the row header) always stays."""
    behold = [i for i in range(len(kolonner))
              if i == 0 or any(str(rad[i] or "").strip() not in _TOM for rad in rader if i < len(rad))]
    if len(behold) == len(kolonner):
        return kolonner, rader
    return [kolonner[i] for i in behold], [[rad[i] for i in behold if i < len(rad)] for rad in rader]


def _brytbar(celle):
    """Plain text may wrap after a slash («sjekkliste/samtaleguide»); words themselves never break (lesere.css).
    Markup cells are left alone: their slashes may be inside attributes."""
    if isinstance(celle, str) and not isinstance(celle, Markup) and "/" in celle:
        return Markup("/<wbr>").join(Markup.escape(d) for d in celle.split("/"))
    return celle


def _eller_mangler(verdi, hvem: str = "tjenesten"):
    return mangler(hvem) if verdi in (None, "", []) else verdi


# ---------- ansvar ----------
def _rutinelenker(ds: Datasett, side: Side, ider) -> Markup:
    return Markup(", ").join(lenke(lenke_til(side, ds.rutiner[r].side), ds.rutiner[r].tittel) for r in ider)


def ansvarstabell(ds: Datasett, side: Side, niva: str, dimensjon: Optional[str] = None) -> str:
    n = oppslag.niva(ds, niva)
    d = oppslag.dimensjon(ds, dimensjon) if dimensjon is not None else None
    rader = []
    for a in ds.ansvar:
        if a.niva != niva or (d is not None and a.dimensjon != dimensjon):
            continue
        rad = [a.oppgave, oppslag.aktorer_html(ds, side, a.ansvarlig)]
        if d is None:
            rad.append(ds.dimensjoner[a.dimensjon].tittel)
        rad += [_rutinelenker(ds, side, a.rutiner) if a.rutiner else "–",
                oppslag.lover_html(ds, a.lovgrunnlag) if a.lovgrunnlag else "–",
                oppslag.kilder_tekst(ds, a.kilde)]
        rader.append(rad)
    kolonner = ["Oppgave", "Ansvarlig"] + ([] if d else ["Dimensjon"]) + ["Rutiner", "Lovgrunnlag", "Kilde"]
    tittel = f"Ansvar på {n.tittel.lower()}" + (f" – {d.tittel.lower()}" if d else "")
    return render_tabell(tittel, kolonner, rader, klasse="ansvarstabell")


def tjenesteansvar(ds: Datasett, side: Side, tjeneste_id: str) -> str:
    t = oppslag.tjeneste(ds, tjeneste_id)
    # a service is responsible for its own entries and for those of roles that belong to it
    egne = {t.id} | {r.id for r in ds.roller.values() if r.tjeneste == t.id}
    rader = []
    for nivaid in ds.nivaer:
        for a in ds.ansvar:
            if a.niva == nivaid and egne & set(a.ansvarlig):
                # level and dimension share a column: five columns do not fit a desk-width text column
                # without breaking words
                # the source goes with the task (not in a fifth column): a recommendation must read as one
                rader.append([f"{a.oppgave} (Kilde: {oppslag.kilder_tekst(ds, a.kilde)})",
                              f"{ds.nivaer[a.niva].tittel}, {ds.dimensjoner[a.dimensjon].tittel.lower()}",
                              oppslag.aktorer_html(ds, side, a.ansvarlig),
                              oppslag.lover_html(ds, a.lovgrunnlag) if a.lovgrunnlag else "–"])
    return render_tabell(f"Ansvar for {i_setning(t.navn)}", ["Oppgave", "Nivå og dimensjon", "Ansvarlig", "Lovgrunnlag"],
                         rader, klasse="tjenesteansvar")


# ---------- lover ----------
def lovtabell(ds: Datasett, side: Side, ider: Optional[Sequence[str]] = None, opphevede: bool = False) -> str:
    if opphevede:
        rader = []
        for lb in ds.lover.values():
            if lb.status != "opphevet":
                continue
            ny = ds.lover.get(lb.erstattet_av) if lb.erstattet_av else None
            rader.append([f"{lb.lov} {lb.paragraf}", lb.tittel,
                          oppslag.lov_html(ny) if ny else (lb.merknad or "–")])
        return render_tabell("Opphevede bestemmelser og hva som gjelder nå",
                             ["Opphevet bestemmelse", "Tittel", "Gjelder nå"], rader, klasse="lovtabell")
    if ider is None:
        valgte = [lb for lb in ds.lover.values() if lb.status == "gjeldende"]
    else:
        if isinstance(ider, str):
            ider = [ider]
        valgte = [oppslag.gjeldende_lov(ds, i) for i in ider]
    rader = [[oppslag.lov_html(lb, kort=True), lb.tittel,
              norsk_dato(lb.ikrafttredelse) if lb.ikrafttredelse else "–"] for lb in valgte]
    return render_tabell("Lovbestemmelser", ["Bestemmelse", "Tittel", "I kraft fra"], rader, klasse="lovtabell")


# ---------- årshjul ----------
_PERIODER = {"var": "Vår (måned ikke fastsatt)", "host": "Høst (måned ikke fastsatt)",
             "var-eller-host": "Vår eller høst", "lopende": "Løpende gjennom året"}


def arshjul(ds: Datasett, side: Side) -> str:
    def nokkel(x):
        return (x.maned, "") if x.maned else (13 + list(_PERIODER).index(x.periode), "")
    rader = []
    for x in sorted(ds.arshjul, key=nokkel):
        tid = manedsnavn(x.maned).capitalize() if x.maned else _PERIODER[x.periode]
        arena = ds.arenaer[x.arena].navn if x.arena else "–"
        rader.append([tid, x.aktivitet,
                      oppslag.aktorer_html(ds, side, x.ansvarlig) if x.ansvarlig else mangler(),
                      arena])
    return render_tabell("Årshjul", ["Når", "Aktivitet", "Ansvarlig", "Arena"], rader, klasse="arshjul")


# ---------- modell ----------
_ELEMENTTYPE = {"styringsdokument": "Styringsdokument", "veileder": "Veileder", "verktoy": "Verktøy",
                "rutine": "Rutine"}


def modellelementer(ds: Datasett, side: Side, niva: str) -> str:
    n = oppslag.niva(ds, niva)
    rader = [[e.navn, _ELEMENTTYPE[e.type], e.beskrivelse or "–",
              oppslag.kilder_tekst(ds, e.kilde) + (f" – {e.merknad}" if e.merknad else "")]
             for e in ds.modellelementer if e.niva == niva]
    return render_tabell(f"Styringsdokumenter, veiledere og verktøy på {n.tittel.lower()}",
                         ["Dokument eller verktøy", "Type", "Beskrivelse", "Kilde"], rader, klasse="modellelementer")


# ---------- verktøy, tiltak, kompetanse, arenaer ----------
def _tjenester_html(ds: Datasett, side: Side, ider) -> Markup:
    return oppslag.aktorer_html(ds, side, ider) if ider else Markup("–")


def _status_og_merknad(status: str, merknad: Optional[str]) -> str:
    # one column instead of two, so the table fits a desk-width text column without breaking words
    return f"{oppslag.STATUSNAVN[status]}. {merknad}" if merknad else oppslag.STATUSNAVN[status]


def verktoyliste(ds: Datasett, side: Side) -> str:
    rader = [[v.navn, v.beskrivelse, _tjenester_html(ds, side, v.brukes_av), _status_og_merknad(v.status, v.merknad)]
             for v in ds.verktoy.values()]
    return render_tabell("Verktøy og metoder", ["Verktøy", "Beskrivelse", "Brukes av", "Status i planen"],
                         rader, klasse="verktoyliste", rad_ider=[f"verktoy-{i}" for i in ds.verktoy])


def tiltaksliste(ds: Datasett, side: Side, status: Optional[str] = None) -> str:
    if status is not None and status not in oppslag.STATUSNAVN:
        raise MakroFeil(f"ukjent status «{status}»; gyldige er {', '.join(oppslag.STATUSNAVN)}."
                        f"{forslag(status, oppslag.STATUSNAVN)}")
    utvalg = [t for t in ds.tiltak.values() if status is None or t.status == status]
    rader = [[t.navn, t.beskrivelse, _tjenester_html(ds, side, t.involverte), _status_og_merknad(t.status, t.merknad)]
             for t in utvalg]
    return render_tabell("Tiltak for barn og familier", ["Tiltak", "Beskrivelse", "Involverte", "Status i planen"],
                         rader, klasse="tiltaksliste",
                         rad_ider=[f"tiltak-{t.id}" for t in utvalg])


def kompetanseplan(ds: Datasett, side: Side, nye_ansatte: bool = False) -> str:
    utvalg = [k for k in ds.kompetanse if k.for_nye_ansatte or not nye_ansatte]
    # who and when share a column, and «for new employees» is a word in the name cell: six columns do not
    # fit a desk-width text column without breaking words
    rader = [[Markup("{}<br>(for nye ansatte)").format(k.navn) if k.for_nye_ansatte else k.navn,
              k.innhold, k.malgruppe,
              Markup("{}<br>Når: {}").format(_eller_mangler(k.tilbyder), _eller_mangler(k.tid))] for k in utvalg]
    tittel = "Opplæring for nye ansatte" if nye_ansatte else "Kompetanseplan"
    return render_tabell(tittel, ["Tiltak", "Innhold", "Målgruppe", "Holdes av, og når (slik planen sier)"],
                         rader, klasse="kompetanseplan",
                         rad_ider=None if nye_ansatte else [f"kurs-{k.id}" for k in utvalg])


def arenaliste(ds: Datasett, side: Side) -> str:
    rader = []
    for a in ds.arenaer.values():
        navn = lenke(lenke_til(side, a.side), a.navn) if a.side else a.navn
        deltakere = oppslag.aktorer_html(ds, side, a.deltakere) if a.deltakere else (a.deltakere_tekst or mangler())
        hvor_ofte = _eller_mangler(a.hyppighet)
        # frequency and place share a column, so the table fits a desk-width column without breaking words
        rader.append([navn, a.formal, deltakere,
                      Markup("{}<br>Sted: {}").format(hvor_ofte, a.sted) if a.sted else hvor_ofte])
    return render_tabell("Møte- og samarbeidsarenaer", ["Arena", "Formål", "Deltakere", "Hvor ofte og hvor"],
                         rader, klasse="arenaliste")




def bti_tabell(ds: Datasett, side: Side) -> str:
    """BTI-nivå 0–3 next to the steps of the handlingsveileder; both columns come from handlingsveileder.yml,
    so the mapping lives only in bti_niva on each step."""
    def trinnlenker(trinn) -> Markup:
        return Markup(", ").join(
            Markup('<a href="{}">Trinn {}: {}</a>').format(lenke_til(side, HANDLINGSVEILEDERSIDE, t.id), t.nummer,
                                                          t.tittel) for t in trinn)

    rader = [[f"BTI-nivå {b.niva}", b.beskrivelse,
              trinnlenker([t for t in ds.trinn.values() if t.bti_niva == b.niva]) or "–"] for b in ds.bti_nivaer]
    uten = [t for t in ds.trinn.values() if t.bti_niva is None]
    if uten:
        rader.append(["Ikke knyttet til ett BTI-nivå", "Kan bli aktuelt når som helst i forløpet.",
                      trinnlenker(uten)])
    return render_tabell("Trinnene i veilederen og BTI-nivå 0–3", ["BTI-nivå", "Hva BTI-nivået handler om",
                                                                  "Trinn i denne veilederen"], rader,
                         klasse="bti-tabell")
