"""Situation guides «Når du møter …» (data/situasjoner.yml): the page, the lists of them, and «Situasjoner for deg».

    {{ situasjon("id") }}                   on <mappe>/<id>.md: «Kort fortalt», the action box, then the sections
    {{ situasjonsliste() }}                 every guide as a link list (the section's index, the home page)
    {{ situasjonsliste(tjeneste="nav") }}   the guides one service meets (its page); ider=[…] picks some
    situasjoner_for(ds, side, "nav")        the same list with a heading, for the role views (lesere.py)

Every value from data goes through oppmerking.md_tekst; numbers come from ring() (data/kontakter.yml) and the
services' contact data, so a number is never typed into a page. Links are Markdown links to .md files, so
MkDocs checks every page and anchor in the strict build. Plain functions, no mkdocs import.
"""
from __future__ import annotations

from typing import Optional, Sequence


from . import oppslag
from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from ..data.oppslag import finn
from ..data.modeller_lesere import Situasjon
from .kontakter import ring, tel_lenke
from .lenker import Side, md_lenke
from .oppmerking import i_setning, mangler, md_tekst

KONTAKTANKER = "kontakt"          # every service page has «## Kontakt {#kontakt}»
HVEM_RINGER_JEG = "hvem-ringer-jeg.md"
INNRYKK = "    "



def situasjonsside(ds: Datasett, sid: str) -> str:
    """The docs-relative page of one guide: <mappe>/<id>.md."""
    return f"{ds.situasjonsoppsett.mappe}/{sid}.md"


def _situasjon(ds: Datasett, sid: str) -> Situasjon:
    return finn(ds.situasjoner, sid, "situasjon", " (finnes ikke i data/situasjoner.yml)")


def _kilder(ds: Datasett, kilder: Sequence[str]) -> str:
    return f"*Kilde: {md_tekst(oppslag.kilder_tekst(ds, kilder))}.*"


def _tjeneste_kontakt(ds: Datasett, side: Side, tid: str) -> str:
    """«[Barneverntjenesten](…#kontakt), telefon 62 …» or the visible gap when the number is not filled in."""
    t = oppslag.tjeneste(ds, tid)
    nummer = tel_lenke(t.kontakt.telefon) if t.kontakt.telefon else mangler(i_setning(t.navn))
    return f"{md_lenke(side, t.side, t.navn, KONTAKTANKER)}, telefon {nummer}"


def _ringe(ds: Datasett, side: Side, ider: Sequence[str]) -> str:
    """«Alarmtelefonen for barn og unge: 116 111» per national number, with the tel: link from ring()."""
    return "; ".join(f"{md_tekst(ds.kontakter[k].navn)}: **{ring(ds, side, k)}**" for k in ider) + "."


def _steg(ds: Datasett, side: Side, steg) -> str:
    tekst = md_tekst(steg.tekst)
    if steg.lov:
        tekst += f" ({oppslag.lover_html(ds, steg.lov)})"
    # the numbers on a line of their own under the step: the municipal service first, then the national numbers
    numre = []
    if steg.tjeneste:
        numre.append(f"{_tjeneste_kontakt(ds, side, steg.tjeneste)}.")
    if steg.ring:
        numre.append(_ringe(ds, side, steg.ring))
    return tekst + "".join(f"<br>\n{INNRYKK}{n}" for n in numre)


def _kontaktpunkt(ds: Datasett, side: Side, k) -> str:
    if k.kontakt:
        nk = ds.kontakter[k.kontakt]
        hvem = f"**{md_tekst(nk.navn)}, {ring(ds, side, nk.id)}**"
    elif k.tjeneste:
        hvem = f"**{_tjeneste_kontakt(ds, side, k.tjeneste)}**"
    else:
        hvem = f"**{md_tekst(oppslag.rolle(ds, k.rolle).navn)}**"
    return f"- {hvem} – {md_tekst(k.nar)}"


def _punkter(punkter: Sequence[str]) -> str:
    return "\n".join(f"- {md_tekst(p)}" for p in punkter)


def _innrykket(tekst: str) -> str:
    return "\n".join(INNRYKK + linje if linje.strip() else "" for linje in tekst.split("\n"))


def situasjon(ds: Datasett, side: Side, sid: str) -> str:
    """Everything on one guide's page after the heading, in the order a reader needs it in."""
    s = _situasjon(ds, sid)
    oppsett = ds.situasjonsoppsett
    forventet = situasjonsside(ds, sid)
    if side.src != forventet:
        raise MakroFeil(f"situasjonen «{sid}» hører til siden {forventet}, ikke {side.src}")
    steg = "\n".join(f"{nr}. {_steg(ds, side, st)}" for nr, st in enumerate(s.gjor_na.steg, start=1))
    deler = [
        '<div class="kort-fortalt" markdown>',
        f"**Kort fortalt:** {md_tekst(s.kort_fortalt)}",
        "</div>",
        '!!! danger akutt "Gjør dette nå"\n'
        + _innrykket(steg + "\n\n"
                     + f"Alle numrene står på {md_lenke(side, HVEM_RINGER_JEG, 'Hvem ringer jeg?')}. "
                     + _kilder(ds, s.gjor_na.kilde)),
        "## Hva du ser {#hva-du-ser}",
        _punkter(s.hva_du_ser.punkter),
        _kilder(ds, s.hva_du_ser.kilde),
        "## Hvem du kontakter {#hvem-du-kontakter}",
        "\n".join(_kontaktpunkt(ds, side, k) for k in s.hvem_du_kontakter.kontakter),
        _kilder(ds, s.hvem_du_kontakter.kilde),
    ]
    for a in s.mer:
        deler += [f"## {md_tekst(a.tittel)} {{#{a.id}}}", _punkter(a.punkter), _kilder(ds, a.kilde)]
    deler += [
        "## Dette skriver du ned {#skriv-ned}",
        _punkter(s.skriv_ned.punkter),
        _kilder(ds, s.skriv_ned.kilde),
        "## Samtykke og opplysningsplikt {#samtykke-og-opplysningsplikt}",
        _punkter(s.plikt.punkter),
        f"Lovgrunnlag: {oppslag.lover_html(ds, s.plikt.lovgrunnlag)}. " + _kilder(ds, s.plikt.kilde),
    ]
    # Shared text, the same on every guide and written once: the role views' reporting warning (nettsted.yml)
    # and the law's conditions from maler/ (pymdownx.snippets). Kept out of the search index: its answer is the
    # reporting routine, and six copies of it would outrank that routine.
    felles = [varsel] if (varsel := oppslag.meldeplikt_varsel(ds, side)) else []
    if oppsett.vilkar is not None:
        felles.append(f'??? info "{md_tekst(oppsett.vilkar.tittel)}"\n'
                      f'{INNRYKK}--8<-- "{oppsett.vilkar.utdrag}"')
    if felles:
        deler += ['<div class="hv-felles-tekst" data-pagefind-ignore markdown>', *felles, "</div>"]
    if s.ikke_i_kildene:
        deler.append(f'!!! note "{md_tekst(oppsett.merknadstittel)}"\n{INNRYKK}{md_tekst(s.ikke_i_kildene)}')
    rutiner = []
    for rid in s.rutiner:
        r = oppslag.rutine(ds, rid)
        rutiner.append(f"- {md_lenke(side, r.side, r.tittel)}")
    deler += [
        "## Rutiner du følger {#rutiner}",
        "\n".join(rutiner),
        "## Se også {#se-ogsa}",
        f"- {md_lenke(side, f'{oppsett.mappe}/index.md', 'Alle situasjonene')}\n"
        f"- {md_lenke(side, HVEM_RINGER_JEG, 'Hvem ringer jeg?')}\n"
        f"- {md_lenke(side, 'handlingsveileder/index.md', 'Fra bekymring til handling')}",
    ]
    return "\n\n" + "\n\n".join(deler) + "\n\n"


def _utvalg(ds: Datasett, tjeneste: Optional[str], ider: Optional[Sequence[str]]) -> list[Situasjon]:
    if tjeneste is not None:
        oppslag.tjeneste(ds, tjeneste)
    if ider is not None:
        return [_situasjon(ds, i) for i in ider]
    return [s for s in ds.situasjoner.values() if tjeneste is None or tjeneste in s.gjelder]


def situasjonsliste(ds: Datasett, side: Side, tjeneste: Optional[str] = None,
                    ider: Optional[Sequence[str]] = None) -> str:
    """Markdown list of guides, each linked by its short title. An empty selection says so."""
    utvalg = _utvalg(ds, tjeneste, ider)
    if not utvalg:
        return "\n\nIngen situasjonsveiledere ennå.\n\n"
    linjer = [f"- {md_lenke(side, situasjonsside(ds, s.id), s.kort_tittel)}" for s in utvalg]
    return "\n\n" + "\n".join(linjer) + "\n\n"


def situasjoner_for(ds: Datasett, side: Side, tjeneste: str) -> str:
    """«Situasjoner for deg» with the guides one service meets, or nothing when there are none."""
    if not _utvalg(ds, tjeneste, None):
        return ""
    return ("## Situasjoner for deg {#situasjoner}\n\n"
            "Når du møter noe rutinene ikke nevner med navn:\n\n" + situasjonsliste(ds, side, tjeneste).strip())
