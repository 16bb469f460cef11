"""mkdocs-macros adapter: reads settings, loads the data ONCE per build, registers the macros.

All real work is in plain modules (no mkdocs import there). The build's Datasett lives here (gjeldende()),
not in the template variables: the page hooks, the MkDocs hooks and on_post_build ask this module for it.
Settings in mkdocs.yml:
  extra:
    datakatalog: data      # data dir, relative to mkdocs.yml (env HV_DATAKATALOG overrides)
    sjekk_sider: true      # fail when a data file points to a docs page that does not exist
Routine pages are read from <docs_dir>/rutiner/*.md.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

from ..render import diagrams, innebygd, lister, luker, tabeller
from . import html_blokker
from ..data.datasett import Datasett, Kilder, hent_datasett
from ..data.datoer import dagens_dato
from ..data.sist_endret import SistEndret, les_sist_endret
from ..data.register import REGISTER
from ..data.feil import DataError, MakroFeil
from ..render.lenker import Side, relativ_url
# routine governance (issue 6): header data hook, overview, «Hva er nytt», checks that need "today"
from ..render import historikk, oversikt
from ..data.rutinestyring import sjekk_rutiner
from . import sidehooks
# search (issue 7): glossary page, <abbr> on every page, «også kalt» lines, search boost
from ..render import ordliste, ordlisteside
# readers (issue 7): role views «Slik gjør jeg det som …», contact links, the print version
from ..render import lesere, situasjoner
from ..render import kontakter
from ..render import eksterne
from ..render import maler
from ..print import utskrift


def _kilder(conf) -> Kilder:
    prosjektrot = Path(conf["config_file_path"]).resolve().parent
    extra = conf.get("extra") or {}
    datakatalog = Path(os.environ.get("HV_DATAKATALOG") or extra.get("datakatalog", "data"))
    if not datakatalog.is_absolute():
        datakatalog = prosjektrot / datakatalog
    docs = Path(conf["docs_dir"])
    return Kilder(datakatalog=datakatalog, rutinekatalog=docs / "rutiner", malkatalog=docs / "maler",
                  docs_katalog=docs if extra.get("sjekk_sider", True) else None, prosjektrot=prosjektrot)


def datakatalog(conf) -> Path:
    """The data dir of the site being built (also used by the search index, macros/site/sok_hooks.py)."""
    return _kilder(conf).datakatalog


@dataclass(frozen=True)
class Makro:
    """One registered macro, as maintainers see it in docs/om-nettstedet/konvensjoner.md ({{ makrotabell() }})."""
    navn: str
    bruk: str            # an example call, without the braces
    hjelp: str           # what it shows, in plain Norwegian (Markdown)


@dataclass
class Bygg:
    """What one build knows once define_env has run: the data, today, and how pages are addressed."""
    datasett: Datasett
    idag: date
    docs_navn: str                    # docs dir as shown in messages, e.g. «docs»
    directory_urls: bool
    utskrift_sider: list[Side] = field(default_factory=list)      # pages that called {{ utskriftsversjon() }}
    arbeidsliste_sider: list[Side] = field(default_factory=list)  # pages that called {{ arbeidsliste() }}
    makroer: list[Makro] = field(default_factory=list)         # every registered macro, in registration order
    sist_endret: SistEndret = field(default_factory=SistEndret)  # «Sist endret» per page, one git pass per build

    def side(self, page) -> Side:
        return Side(src=page.file.src_uri, url=page.url, directory_urls=self.directory_urls)


_BYGG: Optional[Bygg] = None


def gjeldende() -> Optional[Bygg]:
    """The current build (None before define_env has run). define_env runs again for every build."""
    return _BYGG


def define_env(env):
    global _BYGG
    from mkdocs.exceptions import PluginError  # only the adapter knows about mkdocs

    kilder = _kilder(env.conf)
    docs_navn = os.path.relpath(env.conf["docs_dir"], kilder.prosjektrot)
    _BYGG = None
    try:
        datasett = hent_datasett(kilder)
        idag = dagens_dato()
        sjekk_rutiner(datasett, idag, docs_navn)
    except (DataError, ValueError) as feil:
        raise PluginError(str(feil)) from None
    if not html_blokker.kroken_er_lastet(env.conf.get("hooks")):
        raise PluginError("mkdocs.yml: «hooks:» mangler macros/site/mkdocs_hooks.py. Uten den kommer ikke "
                          "tabellene, kortene og figurene fra makroene med på sidene. Skriv:\n"
                          "hooks:\n  - macros/site/mkdocs_hooks.py")
    bygg = _BYGG = Bygg(datasett=datasett, idag=idag, docs_navn=docs_navn,
                        directory_urls=bool(env.conf.get("use_directory_urls", True)),
                        sist_endret=les_sist_endret(Path(env.conf["docs_dir"]), idag))

    def registrer(navn, funksjon, *faste, bruk: Optional[str] = None, hjelp: Optional[str] = None, html=False):
        """html=True: the macro returns a finished HTML block (no Markdown in it), which skips Markdown.
        bruk/hjelp: an example call and what it shows, in Norwegian, for maintainers (the macro table on
        konvensjoner.md); without them the table shows «navn()» and the first line of the docstring, and
        tests/test_motor.py fails until the macro has a description."""
        forklaring = hjelp or (funksjon.__doc__ or "").strip().split("\n")[0]
        bygg.makroer.append(Makro(navn=navn, bruk=bruk or f"{navn}()", hjelp=forklaring))
        @functools.wraps(funksjon)
        def makro(*args, **kwargs):
            aktuell = bygg.side(env.page)
            try:
                resultat = funksjon(datasett, aktuell, *faste, *args, **kwargs)
            except MakroFeil as feil:
                argumenter = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
                raise MakroFeil(f"Feil på siden {docs_navn}/{aktuell.src} i {{{{ {navn}({', '.join(argumenter)}) }}}}: "
                                f"{feil}") from None
            return html_blokker.legg_til(env.page, navn, resultat) if html else resultat
        env.macro(makro, navn)

    # block macros: finished HTML (tables, lists, cards, diagrams)
    registrer("ansvarstabell", tabeller.ansvarstabell, html=True, bruk='ansvarstabell("kommune")', hjelp='Ansvarstabellen for ett modellnivå (`kommune`, `virksomhet` eller `individ`). Med `"kultur"` eller `"struktur"` som andre verdi: bare den dimensjonen.')
    registrer("tjenesteansvar", tabeller.tjenesteansvar, html=True, bruk='tjenesteansvar("nav")', hjelp='Alt én tjeneste eller ett samarbeidsorgan har ansvar for, på alle modellnivåene.')
    registrer("lovtabell", tabeller.lovtabell, html=True, bruk='lovtabell()', hjelp='Tabell over lovhenvisningene i registeret, eventuelt bare noen: `{{ lovtabell(["hpl-10a", "hpl-10b"]) }}`.')
    registrer("arshjul", tabeller.arshjul, html=True, bruk='arshjul()', hjelp='Årshjulet, måned for måned.')
    registrer("bti_tabell", tabeller.bti_tabell, html=True, bruk='bti_tabell()', hjelp='Trinnene ved siden av BTI-nivå 0–3.')
    registrer("modellelementer", tabeller.modellelementer, html=True, bruk='modellelementer("kommune")', hjelp='Styringsdokumenter og verktøy for ett modellnivå.')
    registrer("verktoyliste", tabeller.verktoyliste, html=True, bruk='verktoyliste()', hjelp='Verktøyene tjenestene bruker.')
    registrer("tiltaksliste", tabeller.tiltaksliste, html=True, bruk='tiltaksliste()', hjelp='Tiltakene kommunen har.')
    registrer("kompetanseplan", tabeller.kompetanseplan, html=True, bruk='kompetanseplan()', hjelp='Kursene og opplæringen i kompetanseplanen.')
    registrer("arenaliste", tabeller.arenaliste, html=True, bruk='arenaliste()', hjelp='Møtearenaene for samarbeid.')
    registrer("kontaktkort", lister.kontaktkort, html=True, bruk='kontaktkort("nav")', hjelp='Kontaktkortet til en tjeneste. Det som mangler, vises tydelig.')
    registrer("rutineliste", lister.rutineliste, html=True, bruk='rutineliste()', hjelp='Liste over rutinene. Kan avgrenses: `tjeneste="nav"` eller `tema="samtykke"`. Utgåtte rutiner vises ikke.')
    registrer("tjenesteliste", lister.tjenesteliste, html=True, bruk='tjenesteliste()', hjelp='Alle tjenestene med lenker.')
    registrer("evalueringsomrader", lister.evalueringsomrader, html=True, bruk='evalueringsomrader()', hjelp='Det som evalueres, og når.')
    # inline macros
    registrer("hvem_ringer_jeg", kontakter.hvem_ringer_jeg, html=True, bruk='hvem_ringer_jeg()', hjelp='Alle numre og adresser på én side: nasjonale fra `data/kontakter.yml`, kommunens fra `data/tjenester.yml`.')
    registrer("ekstern", eksterne.ekstern, bruk='ekstern("digital-bekymringsmelding")', hjelp='En lenke til en adresse i registeret `data/lenker.yml`, merket som ekstern side. Egen lenketekst: `tekst="…"`. Er adressen ikke kontrollert, vises en luke.')
    registrer("nasjonale_ressurser", eksterne.nasjonale_ressurser, html=True, bruk='nasjonale_ressurser()', hjelp='Listen over nasjonale ressurser fra `data/lenker.yml` (alle, eller bare noen: `nasjonale_ressurser(["snakke-med-barn"])`).')
    registrer("skrivefelt", maler.skrivefelt, html=True, bruk='skrivefelt("Hva du så", linjer=4)', hjelp='Et felt å skrive i på en mal (docs/maler/): etiketten og tomme linjer som skrives ut. Kort hjelpetekst: `hjelp="…"`.')
    registrer("skrivefelter", maler.skrivefelter, html=True, bruk='skrivefelter(["Dato", "Sted"])', hjelp='Korte felt ved siden av hverandre på en mal (dato, klokkeslett, sted …).')
    registrer("malliste", maler.malliste, html=True, bruk='malliste()', hjelp='Malene i `docs/maler/` med status og eier. Utgåtte maler vises ikke.')
    registrer("ring", kontakter.ring, bruk='ring("113")', hjelp='En tel:-lenke i teksten, skrevet på norsk vis («116 111»), fra `data/kontakter.yml`.')
    registrer("lov", innebygd.lov, bruk='lov("bvl-13-2")', hjelp='En lovhenvisning i teksten, med lenke til Lovdata.')
    registrer("rolle", innebygd.rolle, bruk='rolle("barneansvarlig")', hjelp='Navnet på en rolle, inne i en setning.')
    registrer("tjeneste", innebygd.tjeneste, bruk='tjeneste("nav")', hjelp='Lenke til siden for en tjeneste, inne i en setning.')
    registrer("ordliste", ordlisteside.ordliste, Path(env.conf["docs_dir"]), bruk='ordliste()', hjelp='Ordlisten med forkortelser og forklaringer.')
    from ..render import a_til_a  # noqa: E402  (søket, issue 12)
    registrer("a_til_a", a_til_a.a_til_a, bruk='a_til_a()', hjelp='A–Å-oversikten: ord, tjenester og rutiner i alfabetisk rekkefølge, med lenker.')
    # diagrams (issue 5): inline SVG from data/, and the step heading for handlingsveileder/index.md
    registrer("modelldiagram", diagrams.modelldiagram, html=True, bruk='modelldiagram()', hjelp='Den klikkbare figuren av modellen (modellnivåene × dimensjonene).')
    registrer("handlingsveilederdiagram", diagrams.handlingsveilederdiagram, html=True, bruk='handlingsveilederdiagram()', hjelp='Den klikkbare figuren av trinnene, med den akutte veien for seg.')
    registrer("samarbeidskart", diagrams.samarbeidskart, html=True, bruk='samarbeidskart()', hjelp='Den klikkbare figuren av tjenestene og arenaene rundt barnet og familien. Hvilke arenaer som står hvor, står i `data/nettsted.yml`.')
    registrer("trinn", diagrams.trinnoverskrift, bruk='trinn("trinn-1")', hjelp='Overskriften til et trinn, med tittel og anker fra data. Brukes bare i handlingsveilederen.')

    # routine overview (docs/rutiner/index.md) and «Hva er nytt» (docs/om-nettstedet/hva-er-nytt.md)
    registrer("rutinesammendrag", oversikt.rutinesammendrag, idag, html=True, bruk='rutinesammendrag()', hjelp='Rutinene i tall (gjeldende, under revisjon, utkast, forfalt, utgått) og en liste over rutiner med forfalt revisjon (bare på rutineoversikten).')
    registrer("rutineoversikt", oversikt.rutineoversikt, idag, bruk='rutineoversikt()', hjelp='Alle rutiner gruppert per tjeneste, forfalte først (bare på rutineoversikten).')
    registrer("utgatte_rutiner", oversikt.utgatte_rutiner, idag, html=True, bruk='utgatte_rutiner()', hjelp='Rutinene som er utgått og ikke skal brukes, med eier (bare på rutineoversikten).')
    registrer("hva_er_nytt", historikk.hva_er_nytt, Path(env.conf["docs_dir"]), kilder.datakatalog, html=True, bruk='hva_er_nytt(20)', hjelp='De siste endringene i sidene og i `data/`, fra Git (bare på «Hva er nytt»).')

    # readers (issue 7): docs/roller/*.md, docs/ny-ansatt.md, docs/utskrift/handlingsveileder.md
    registrer("rollevisning", lesere.rollevisning, bruk='rollevisning("laerer")', hjelp='Innholdet på en «Slik gjør jeg det som …»-side.')
    registrer("rollevisningsliste", lesere.rollevisningsliste, bruk='rollevisningsliste()', hjelp='Lenker til alle «Slik gjør jeg det som …»-sidene.')
    # situation guides «Når du møter …» (issue 14): data/situasjoner.yml
    registrer("situasjon", situasjoner.situasjon, bruk='situasjon("ruspavirket-forelder")', hjelp='Innholdet på en situasjonsveileder («Når du møter …»): «Kort fortalt», «Gjør dette nå» med numrene, hva du ser, hvem du kontakter, hva du skriver ned, samtykke og opplysningsplikt, og rutinene.')
    registrer("situasjonsliste", situasjoner.situasjonsliste, bruk='situasjonsliste(tjeneste="nav")', hjelp='Lenker til situasjonsveilederne. Uten verdi: alle. `tjeneste="nav"`: de som gjelder tjenesten (feltet `gjelder`). `ider=["forelder-i-krise"]`: bare disse.')
    registrer("kontaktlenker", lesere.kontaktlenker, bruk='kontaktlenker()', hjelp='Én lenke per tjeneste til kontaktinformasjonen på tjenestesiden.')
    # the print version: the macro leaves a placeholder, on_post_build() below fills it in
    def utskriftsversjon(ds, aktuell: Side) -> str:
        bygg.utskrift_sider.append(aktuell)
        return utskrift.utskriftsversjon(ds, aktuell)

    # the gap work list: the macro leaves a marker, on_post_build() fills it in from the built pages
    def arbeidsliste(ds, aktuell: Side) -> str:
        bygg.arbeidsliste_sider.append(aktuell)
        return "\n\n" + luker.MARKOR_TEKST + "\n\n"

    registrer("arbeidsliste", arbeidsliste, bruk='arbeidsliste()', hjelp='Alle lukene på nettstedet («mangler – fylles inn av …» og «Kommunen må fylle inn»), gruppert etter hvem som skal fylle dem inn (bare på «Hva mangler»).')
    registrer("utskriftsversjon", utskriftsversjon, bruk='utskriftsversjon()', hjelp='Hele handlingsveilederen, den akutte siden og alle rutinene på én side, for utskrift og PDF (bare på utskriftssiden).')

    registrer("datafiltabell", lambda ds, aktuell: datafiltabell(), bruk="datafiltabell()",
              hjelp="Hvilke opplysninger som står i hvilken fil i `data/`, laget fra `macros/data/register.py`.")
    # the macro table on docs/om-nettstedet/konvensjoner.md, from the registrations above (itself included)
    registrer("makrotabell", lambda ds, aktuell: makrotabell(bygg.makroer), bruk="makrotabell()",
              hjelp="Denne tabellen: alle makroene, laget fra registreringen i `macros/site/makroer.py`.")


def makrotabell(makroer: list[Makro]) -> str:
    """Markdown table of the registered macros: an example call and what it shows."""
    linjer = ["| Makro | Hva den viser |", "|---|---|"]
    for m in makroer:
        linjer.append(f"| `{{{{ {m.bruk} }}}}` | {m.hjelp or '–'} |")
    return "\n\n" + "\n".join(linjer) + "\n\n"


def datafiltabell() -> str:
    """Markdown table: what each data file holds, from the register (one entry per data file)."""
    linjer = ["| Opplysning | Fil |", "|---|---|"]
    linjer += [f"| {d.etikett[:1].upper()}{d.etikett[1:]} | `data/{d.navn}` |" for d in REGISTER]
    return "\n\n" + "\n".join(linjer) + "\n\n"


def on_post_build(env):
    """mkdocs-macros calls this once, after every page is written: fill in the print version."""
    from mkdocs.exceptions import PluginError

    bygg = gjeldende()
    if bygg is None:
        return
    try:
        utskrift.skriv_utskriftsversjon(bygg.datasett, Path(env.conf["site_dir"]), bygg.utskrift_sider, bygg.idag,
                                        bygg.directory_urls)
    except MakroFeil as feil:
        raise PluginError(f"Utskriftsversjonen: {feil}") from None
    site = Path(env.conf["site_dir"])
    liste = luker.finn_luker(site)
    for s in bygg.arbeidsliste_sider:
        fil = site / (s.url + "index.html" if s.url.endswith("/") or s.url == "" else s.url)
        tekst = fil.read_text(encoding="utf-8")
        innhold = luker.som_html(liste, lambda url, fra=s.url: relativ_url(fra, url))
        fil.write_text(tekst.replace(f"<p>{luker.MARKOR_TEKST}</p>", str(innhold)), encoding="utf-8")


def on_post_page_macros(env):
    """mkdocs-macros calls this for every page, after the page's macros are rendered."""
    bygg = gjeldende()
    page = env.page
    if bygg is None or page is None or getattr(page, "file", None) is None:
        return
    # routine header after «Kort fortalt», as a finished-HTML block (sidehooks.py)
    env.markdown = sidehooks.rutinehode(bygg.datasett, bygg.idag, page, bygg.side(page), env.markdown)
    sidehooks.sist_endret(bygg.sist_endret, page)                             # «Sist endret» (one git pass)
    # <abbr>, «også kalt», search boost and keywords (macros/render/ordliste.py)
    env.markdown = ordliste.etter_sidemakroer(bygg.datasett, page.file.src_uri, env.markdown, page.meta,
                                              ordliste.har_abbr(env.conf))
