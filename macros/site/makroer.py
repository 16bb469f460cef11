"""mkdocs-macros adapter: reads settings, loads the data ONCE per build, registers the macros.

All real work is in plain modules (no mkdocs import there). Settings in mkdocs.yml:
  extra:
    datakatalog: data      # data dir, relative to mkdocs.yml (env ASNES_DATAKATALOG overrides)
    sjekk_sider: true      # fail when a data file points to a docs page that does not exist
Routine pages are read from <docs_dir>/rutiner/*.md.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

from ..render import diagrams, innebygd, lister, tabeller
from . import html_blokker
from ..data.datasett import Kilder, hent_datasett
from ..data.datoer import dagens_dato
from ..data.feil import DataError, MakroFeil
from ..render.lenker import Side
# routine governance (issue 6): header data hook, overview, «Hva er nytt», checks that need "today"
from ..render import historikk, oversikt
from ..data.rutinestyring import sjekk_rutiner
from .sidehooks import on_post_page_macros as _rutinehode_etter_makroer
# search (issue 7): glossary page, <abbr> on every page, «også kalt» lines, search boost
from ..render import ordliste, ordlisteside
# readers (issue 7): role views «Slik gjør jeg det som …», contact links, the print version
from ..render import lesere
from ..print import utskrift


def _kilder(conf) -> Kilder:
    prosjektrot = Path(conf["config_file_path"]).resolve().parent
    extra = conf.get("extra") or {}
    datakatalog = Path(os.environ.get("ASNES_DATAKATALOG") or extra.get("datakatalog", "data"))
    if not datakatalog.is_absolute():
        datakatalog = prosjektrot / datakatalog
    docs = Path(conf["docs_dir"])
    return Kilder(datakatalog=datakatalog, rutinekatalog=docs / "rutiner",
                  docs_katalog=docs if extra.get("sjekk_sider", True) else None, prosjektrot=prosjektrot)


def define_env(env):
    from mkdocs.exceptions import PluginError  # only the adapter knows about mkdocs

    kilder = _kilder(env.conf)
    docs_navn = os.path.relpath(env.conf["docs_dir"], kilder.prosjektrot)
    try:
        datasett = hent_datasett(kilder)
        idag = dagens_dato()
        sjekk_rutiner(datasett, idag, docs_navn)
    except (DataError, ValueError) as feil:
        raise PluginError(str(feil)) from None

    def side() -> Side:
        return Side(src=env.page.file.src_uri, url=env.page.url,
                    directory_urls=bool(env.conf.get("use_directory_urls", True)))

    # Finished HTML skips Markdown only when the hook that puts it back is loaded (macros/site/html_blokker.py);
    # a site without it (e.g. a test fixture) gets the same page, with Markdown passing the HTML through.
    hopp_over_markdown = html_blokker.hook_er_lastet(env.conf.get("hooks"))

    def registrer(navn, funksjon, *faste, html=False):
        """html=True: the macro returns a finished HTML block (no Markdown in it), which skips Markdown."""
        @functools.wraps(funksjon)
        def makro(*args, **kwargs):
            aktuell = side()
            try:
                resultat = funksjon(datasett, aktuell, *faste, *args, **kwargs)
            except MakroFeil as feil:
                argumenter = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
                raise MakroFeil(f"Feil på siden {docs_navn}/{aktuell.src} i {{{{ {navn}({', '.join(argumenter)}) }}}}: "
                                f"{feil}") from None
            return html_blokker.legg_til(env.page, navn, resultat) if html and hopp_over_markdown else resultat
        env.macro(makro, navn)

    # block macros: finished HTML (tables, lists, cards, diagrams)
    registrer("ansvarstabell", tabeller.ansvarstabell, html=True)
    registrer("tjenesteansvar", tabeller.tjenesteansvar, html=True)
    registrer("lovtabell", tabeller.lovtabell, html=True)
    registrer("arshjul", tabeller.arshjul, html=True)
    registrer("bti_tabell", tabeller.bti_tabell, html=True)
    registrer("modellelementer", tabeller.modellelementer, html=True)
    registrer("verktoyliste", tabeller.verktoyliste, html=True)
    registrer("tiltaksliste", tabeller.tiltaksliste, html=True)
    registrer("kompetanseplan", tabeller.kompetanseplan, html=True)
    registrer("arenaliste", tabeller.arenaliste, html=True)
    registrer("kontaktkort", lister.kontaktkort, html=True)
    registrer("rutineliste", lister.rutineliste, html=True)
    registrer("tjenesteliste", lister.tjenesteliste, html=True)
    registrer("evalueringsomrader", lister.evalueringsomrader, html=True)
    # inline macros
    registrer("lov", innebygd.lov)
    registrer("rolle", innebygd.rolle)
    registrer("tjeneste", innebygd.tjeneste)
    registrer("ordliste", ordlisteside.ordliste, Path(env.conf["docs_dir"]))
    # diagrams (issue 5): inline SVG from data/, and the step heading for handlingsveileder/index.md
    registrer("modelldiagram", diagrams.modelldiagram, html=True)
    registrer("handlingsveilederdiagram", diagrams.handlingsveilederdiagram, html=True)
    registrer("samarbeidskart", diagrams.samarbeidskart, html=True)
    registrer("trinn", diagrams.trinnoverskrift)

    # routine overview (docs/rutiner/index.md) and «Hva er nytt» (docs/om-nettstedet/hva-er-nytt.md)
    registrer("rutinesammendrag", oversikt.rutinesammendrag, idag, html=True)
    registrer("rutineoversikt", oversikt.rutineoversikt, idag)
    registrer("utgatte_rutiner", oversikt.utgatte_rutiner, idag, html=True)
    registrer("hva_er_nytt", historikk.hva_er_nytt, Path(env.conf["docs_dir"]), kilder.datakatalog, html=True)

    # readers (issue 7): docs/roller/*.md, docs/ny-ansatt.md, docs/utskrift/handlingsveileder.md
    registrer("rollevisning", lesere.rollevisning)
    registrer("rollevisningsliste", lesere.rollevisningsliste)
    registrer("kontaktlenker", lesere.kontaktlenker)
    # the print version: the macro leaves a placeholder, on_post_build() below fills it in
    utskrift_sider.clear()

    def utskriftsversjon(ds, aktuell: Side) -> str:
        utskrift_sider.append(aktuell)
        return utskrift.utskriftsversjon(ds, aktuell)

    registrer("utskriftsversjon", utskriftsversjon)

    env.variables["asnes_data"] = datasett
    env.variables["asnes_dagens_dato"] = idag


# Pages that called {{ utskriftsversjon() }} in this build (define_env runs again for every build).
utskrift_sider: list[Side] = []


def on_post_build(env):
    """mkdocs-macros calls this once, after every page is written: fill in the print version."""
    from mkdocs.exceptions import PluginError

    try:
        utskrift.skriv_utskriftsversjon(env.variables["asnes_data"], Path(env.conf["site_dir"]), utskrift_sider,
                                        env.variables["asnes_dagens_dato"],
                                        bool(env.conf.get("use_directory_urls", True)))
    except MakroFeil as feil:
        raise PluginError(f"Utskriftsversjonen: {feil}") from None


def on_post_page_macros(env):
    """mkdocs-macros calls this for every page, after the page's macros are rendered."""
    _rutinehode_etter_makroer(env)    # routine header data (macros/site/sidehooks.py)
    ordliste.etter_sidemakroer(env)   # <abbr>, «også kalt», search boost and keywords (macros/render/ordliste.py)
