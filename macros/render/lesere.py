"""Views for readers (issue 7): «Slik gjør jeg det som …», the list of them, and contact links.

    {{ rollevisning("laerer") }}   on docs/roller/<id>.md: everything one occupation needs, from data
    {{ rollevisningsliste() }}     on docs/roller/index.md: links to every role view
    {{ kontaktlenker() }}          on docs/ny-ansatt.md: one link per service to its «Kontakt» section

Links are Markdown links to .md files (relative to the page), so MkDocs validates every page and
anchor in the build. The responsibility table, routine list and contact card reuse the renderers
the service pages use, so a role view always says the same as its service page.
Plain functions, no mkdocs import.
"""
from __future__ import annotations

from markupsafe import Markup

from . import oppslag
from ..data.datasett import Datasett
from .oppmerking import md_tekst
from .lenker import HANDLINGSVEILEDERSIDE, Side, md_lenke
from .lister import kontaktkort, rutineliste
from .oppmerking import i_setning
from .tabeller import tjenesteansvar
from .situasjoner import situasjoner_for

VERKTOYSIDE = "verktoy-og-tiltak/index.md"
KONTAKTANKER = "kontakt"             # every service page has «## Kontakt {#kontakt}»


def _md(tekst: str) -> str:
    """Data text inside Markdown: the one escaping rule (oppmerking.md_tekst)."""
    return md_tekst(tekst)




def _verktoy(ds: Datasett, side: Side, tjeneste_id: str, tjenestenavn: str) -> str:
    utvalg = [v for v in ds.verktoy.values() if tjeneste_id in v.brukes_av]
    if not utvalg:
        return (f"Ingen verktøy er registrert for {_md(i_setning(tjenestenavn))} ennå. Se alle under "
                f"{md_lenke(side, VERKTOYSIDE, 'Verktøy og tiltak')}.")
    linjer = [f"- {md_lenke(side, VERKTOYSIDE, v.navn, f'verktoy-{v.id}')} – {_md(v.beskrivelse)} "
              f"*Status i planen: {oppslag.STATUSNAVN[v.status].lower()}.*" for v in utvalg]
    return "\n".join(linjer)


def rollevisning(ds: Datasett, side: Side, rid: str) -> str:
    r = oppslag.rollevisning(ds, rid)
    t = oppslag.tjeneste(ds, r.tjeneste)
    steg = "\n".join(f"{nr}. {_md(s.tekst)} Se {oppslag.steglenke(ds, side, s.lenke)}."
                     for nr, s in enumerate(r.forste_steg, start=1))
    deler = [
        str(Markup('<p class="rollevisning__innledning">{}</p>').format(r.innledning)),
        "## Når du er bekymret {#nar-du-er-bekymret}",
        "Dette gjør du først:",
        steg,
        f"Deretter følger du veien videre i {md_lenke(side, HANDLINGSVEILEDERSIDE, 'Fra bekymring til handling')}.",
    ]
    plikt = ds.nettsted.meldeplikt   # data/nettsted.yml: the reporting duty, and the step that says how
    if plikt is not None and t.id != plikt.tjeneste and plikt.trinn in ds.trinn:
        deler.append(oppslag.meldeplikt_varsel(ds, side))
    situasjoner = situasjoner_for(ds, side, t.id)   # «Situasjoner for deg» (data/situasjoner.yml «gjelder»)
    if situasjoner:
        deler.append(situasjoner)
    deler += [
        f"## Ansvaret ditt i {_md(ds.nettsted.modellnavn)} {{#ansvar}}",
        f"Dette er oppgavene {_md(i_setning(t.navn))} har i modellen, på alle modellnivåene:",
        tjenesteansvar(ds, side, t.id).strip(),
        "## Rutinene du bruker {#rutiner}",
        rutineliste(ds, side, tjeneste=t.id).strip(),
        "## Verktøyene dine {#verktoy}",
        _verktoy(ds, side, t.id, t.navn),
        "## Kontakt {#kontakt}",
        kontaktkort(ds, side, t.id).strip(),
        "## Les mer {#les-mer}",
        f"- {md_lenke(side, t.side, t.navn)} – hva du ser etter, hva planen sier, og hvem du samarbeider med.\n"
        f"- {md_lenke(side, HANDLINGSVEILEDERSIDE, 'Fra bekymring til handling')} – hele veien, trinn for trinn.\n"
        f"- {md_lenke(side, 'ny-ansatt.md', 'Ny ansatt')} – en kort vei gjennom veilederen på omtrent 20 minutter.",
    ]
    return "\n\n" + "\n\n".join(deler) + "\n\n"


def rollevisningsliste(ds: Datasett, side: Side) -> str:
    """Markdown list: one link per role view, with the service it belongs to."""
    linjer = []
    for r in ds.rollevisninger.values():
        t = oppslag.tjeneste(ds, r.tjeneste)
        linjer.append(f"- **{md_lenke(side, f'roller/{r.id}.md', r.tittel)}** – {_md(t.navn)}")
    return "\n\n" + "\n".join(linjer) + "\n\n"


def kontaktlenker(ds: Datasett, side: Side) -> str:
    """Markdown list: each service (not the coordinating bodies) linked to the «Kontakt» section of its page."""
    linjer = [f"- {md_lenke(side, t.side, t.navn, KONTAKTANKER)}"
              for t in ds.tjenester.values() if t.type == "tjeneste"]
    return "\n\n" + "\n".join(linjer) + "\n\n"
