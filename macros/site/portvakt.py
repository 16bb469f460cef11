"""Portvakten: publiseringsvakten koblet inn i MkDocs, så `make build`, `make serve`, `make dist` og CI
alle kjører den (mkdocs.yml laster den via macros/site/mkdocs_hooks.py).

- on_config (først av alle): kildene. Filene i docs/ (filtype, UTF-8, symlenker, utenfor prosjektet,
  personnummer i innhold og filnavn), rå HTML i sidene, og personnummer i data/, overrides/, maler/ og
  mkdocs.yml. Stopper før noe blir bygd.
- on_files: feilsøkingsmakroene i mkdocs-macros (macros_info, context) tas bort, og Materials lunr-søk
  (assets/javascripts/lunr/, workers/search*) publiseres ikke når søke-tillegget er av (søket er Pagefind):
  ca. 1 MiB som ingen side bruker.
- on_post_build (sist av alle): hver fil i det ferdige nettstedet, også søkeindeksen, Pagefind-indeksen
  (site/pagefind/), «Hva er nytt» og utskriftsversjonen. Kildekart (.map) fjernes: de viser bare
  Materials egen kildekode og trengs ikke for å bruke nettstedet. Finner vakten noe, tømmes site/, så
  ingenting blir publisert.
"""
from __future__ import annotations

import logging
import os
import posixpath
import re
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from macros.vakt import filer, html_regler, kontakt, personnummer

LOGG = logging.getLogger("mkdocs.plugins.portvakt")
KILDEMAPPER = ("data", "overrides", "maler")
KILDEFILER = ("mkdocs.yml",)
FEILSOKINGSMAKROER = ("macros_info", "context")
MAKS_LINJER = 8


def _stopp(feil: list[str], hva: str) -> None:
    if not feil:
        return
    vis = feil[:MAKS_LINJER]
    if len(feil) > MAKS_LINJER:
        vis.append(f"… og {len(feil) - MAKS_LINJER} til av samme slag.")
    hode = f"Publiseringsvakten stoppet bygget ({hva}):" if len(feil) > 1 else "Publiseringsvakten stoppet bygget:"
    raise PluginError("\n".join([hode, *("  " + f for f in vis)]))


def _filer_i(mappe: Path):
    for sti in sorted(mappe.rglob("*")):
        if sti.is_file() and "__pycache__" not in sti.parts:
            yield sti


def sjekk_kilder(prosjekt: Path, docs: Path) -> list[str]:
    feil = filer.sjekk_docs(docs, prosjekt)
    for side in sorted(docs.rglob("*.md")):
        if side.is_file() and not side.is_symlink():
            tekst, _ = personnummer.dekod(side.read_bytes())
            feil += html_regler.sjekk_markdown(tekst, personnummer.masker_sti(f"docs/{side.relative_to(docs).as_posix()}"))
    for navn in KILDEMAPPER:
        mappe = prosjekt / navn
        if mappe.is_dir():
            for sti in _filer_i(mappe):
                rel = f"{navn}/{sti.relative_to(mappe).as_posix()}"
                vis = personnummer.masker_sti(rel)
                feil += [f.melding() for f in personnummer.finn_i_filnavn(rel)]
                feil += [f.melding() for f in personnummer.finn_i_bytes(sti.read_bytes(), vis)]
    for navn in KILDEFILER:
        if (prosjekt / navn).is_file():
            feil += [f.melding() for f in personnummer.finn_i_bytes((prosjekt / navn).read_bytes(), navn)]
    return feil


def sjekk_nettsted(site: Path) -> list[str]:
    feil = []
    for sti in _filer_i(site):
        rel = f"site/{sti.relative_to(site).as_posix()}"
        vis = personnummer.masker_sti(rel)
        funn = personnummer.finn_i_filnavn(rel) + personnummer.finn_i_bytes(sti.read_bytes(), vis)
        feil += [f"{f.melding()} (i det ferdige nettstedet: kommer fra en side, en datafil eller "
                 "Git-historikken)" for f in funn]
    return feil


@event_priority(100)
def on_config(config):
    # not resolve(): a test project may link mkdocs.yml in from the repository
    prosjekt = Path(os.path.abspath(config.config_file_path)).parent
    _stopp(sjekk_kilder(prosjekt, Path(config["docs_dir"])), "kildene")
    # warnings; strict mode (mkdocs.yml `strict: true`, --strict) makes them errors, and then the build stops
    # here, before any page is built, instead of after the whole build
    advarsler = kontakt.sjekk(prosjekt, Path(config["docs_dir"]))
    if config.get("strict"):
        _stopp(advarsler, "kontaktopplysninger")
    for advarsel in advarsler:
        LOGG.warning("Publiseringsvakten: %s", advarsel)
    return config


_MD_LENKE = re.compile(r"\]\(\s*<?([^)\s>#]+\.md)(?:#[^)\s]*)?>?\s*\)|href=[\"']([^\"'#]+\.md)")


def sjekk_utgatte_lenker(docs: Path, utgatte: frozenset[str], ordliste: dict) -> list[str]:
    """Valgt regel: en lenke til en utgått rutine stopper bygget (docs/om-nettstedet/nar-bygget-stopper.md).
    En merket lenke ville fortsatt sende den som har det travelt, til en rutine som ikke skal brukes.
    Lenkene som makroene lager (rutineoversikten, «Utgåtte rutiner»), er merket «Utgått» og sjekkes ikke her."""
    feil = []
    if not utgatte:
        return feil
    for side in sorted(docs.rglob("*.md")):
        rel = side.relative_to(docs).as_posix()
        if rel in utgatte:
            continue
        for nr, linje in enumerate(side.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            for treff in _MD_LENKE.finditer(linje):
                maal = posixpath.normpath(posixpath.join(posixpath.dirname(rel), treff.group(1) or treff.group(2)))
                if maal in utgatte:
                    feil.append(f"docs/{rel}, linje {nr}: lenken går til den utgåtte rutinen {maal}. Lenk til "
                                "rutinen som gjelder nå, eller fjern lenken.")
    for oid, ord_ in ordliste.items():
        maal = str(getattr(ord_, "side", "") or "").split("#")[0]
        if maal in utgatte:
            feil.append(f"data/ordliste.yml, ord «{oid}», feltet «side»: {maal} er en utgått rutine. Skriv siden "
                        "som gjelder nå.")
    return feil


UBRUKT_LUNR = ("assets/javascripts/lunr/", "assets/javascripts/workers/search")


def on_files(files, config):
    if "search" not in config.plugins and "material/search" not in config.plugins:
        for f in [f for f in files if f.src_uri.startswith(UBRUKT_LUNR)]:
            files.remove(f)
    from macros.site import (
        makroer as adapter,  # the build the macros plugin has just loaded
    )
    bygg = adapter.gjeldende()
    if bygg is not None:
        _stopp(sjekk_utgatte_lenker(Path(config["docs_dir"]), bygg.datasett.utgatte_sider,
                                    bygg.datasett.ordliste), "lenker til utgåtte rutiner")
    makroer = config.plugins.get("macros")
    if makroer is not None:
        for navn in FEILSOKINGSMAKROER:
            makroer.macros.pop(navn, None)
            getattr(makroer, "env", None) is not None and makroer.env.globals.pop(navn, None)
    return files


@event_priority(-100)
def on_post_build(config):
    site = Path(config["site_dir"])
    for kart in site.rglob("*.map"):
        kart.unlink()
    feil = sjekk_nettsted(site)
    if feil:
        # ingenting publiseres: et halvt nettsted med et personnummer i er verre enn ingen
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True, exist_ok=True)
    _stopp(feil, "det ferdige nettstedet")
