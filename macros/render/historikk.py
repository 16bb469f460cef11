"""«Hva er nytt».

  {{ hva_er_nytt() }} / {{ hva_er_nytt(30) }}

The page lists data/nytt.yml: one line per change written for readers, with its date and a link to the
page it concerns (hva_er_nytt). hva_er_nytt_html lists the git history (commit subjects, changed pages and
data files) for maintainers; the reader page no longer uses it.
Plain functions, no mkdocs import.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from markupsafe import Markup

from ..data.datasett import Datasett
from ..data.datoer import norsk_dato
from ..data.feil import MakroFeil
from ..data.git_historikk import Endring, Historikk
from ..data.register import REGISTER
from .lenker import Side, lenke_til
from .oppmerking import blokk, lenke

MAKS_SIDER = 10  # pages named per change; the rest are counted
_ETIKETTER = {d.navn: d.etikett for d in REGISTER}   # data/register.py


UTEN_GIT = ("Endringshistorikken kan ikke vises her, fordi nettstedet ble bygget uten Git-historikk "
            "(for eksempel fra en kopi uten .git-mappen). Datoen «Sist endret» nederst på hver side er da "
            "datoen nettstedet ble bygget.")

_OVERSKRIFT = re.compile(r"^#\s+(.+?)\s*(\{[^}]*\})?\s*$")


def sidetittel(ds: Datasett, docs_katalog: Path, src: str) -> str:
    """The page's title: routine title, else front matter «title:», else its first «# » heading."""
    if src in ds.rutine_for_side:
        return ds.rutiner[ds.rutine_for_side[src]].tittel
    try:
        tekst = (docs_katalog / src).read_text(encoding="utf-8")
    except OSError:
        return src
    linjer = tekst.splitlines()
    if linjer and linjer[0].strip() == "---":
        for linje in linjer[1:]:
            if linje.strip() == "---":
                break
            if linje.startswith("title:"):
                return linje[len("title:"):].strip().strip("\"'") or src
    for linje in linjer:
        treff = _OVERSKRIFT.match(linje)
        if treff:
            return treff.group(1)
    return src


def _relativ(rot: Path, sti: str, katalog: Path) -> Optional[str]:
    try:
        return (rot / sti).resolve().relative_to(katalog.resolve()).as_posix()
    except ValueError:
        return None


def _endring_html(ds: Datasett, side: Side, docs_katalog: Path, datakatalog: Path, rot: Path,
                  e: Endring) -> Markup:
    sider: list[Markup] = []
    data: list[str] = []
    andre = 0
    for f in e.filer:
        src = _relativ(rot, f.sti, docs_katalog)
        if src is not None and src.endswith(".md"):
            if f.status == "D" or not (docs_katalog / src).is_file():
                sider.append(Markup("{} (slettet)").format(src))
                continue
            tekst = lenke(lenke_til(side, src), sidetittel(ds, docs_katalog, src))
            sider.append(tekst + Markup(" (ny)") if f.status == "A" else tekst)
            continue
        datafil = _relativ(rot, f.sti, datakatalog)
        if datafil is not None and "/" not in datafil and datafil.endswith(".yml"):
            navn = _ETIKETTER.get(datafil)
            data.append(f"{navn} ({datafil})" if navn else datafil)
            continue
        andre += 1
    deler: list[Markup] = []
    if sider:
        vist = Markup(", ").join(sider[:MAKS_SIDER])
        rest = len(sider) - MAKS_SIDER
        if rest > 0:
            vist += Markup(" og {} {} til").format(rest, "side" if rest == 1 else "sider")
        deler.append(Markup("Sider: {}.").format(vist))
    if data:
        deler.append(Markup("Data: {}.").format(", ".join(dict.fromkeys(data))))
    if andre:
        deler.append(Markup("{} {} (bilder, stilark o.l.).").format(
            andre, "annen fil" if andre == 1 else "andre filer"))
    filer = Markup('<p class="endring__filer">{}</p>').format(Markup(" ").join(deler)) if deler else Markup("")
    return Markup('<li class="endring"><p><time datetime="{}">{}</time>: <span class="endring__emne">{}</span>'
                  '</p>{}</li>').format(e.dato.isoformat(), norsk_dato(e.dato), e.emne, filer)


def hva_er_nytt_html(ds: Datasett, side: Side, docs_katalog: Path, datakatalog: Path,
                     historikk: Optional[Historikk]) -> str:
    if historikk is None:
        return blokk(Markup('<p class="hv-tom endringslogg-mangler">{}</p>').format(UTEN_GIT))
    html = Markup("")
    if historikk.grunn:
        html += Markup('<p class="merknad">Denne kopien av nettstedet har bare en del av Git-historikken, '
                       'så eldre endringer vises ikke.</p>')
    if not historikk.endringer:
        return blokk(html + Markup('<p class="hv-tom">Ingen endringer er registrert ennå.</p>'))
    punkter = Markup("").join(_endring_html(ds, side, docs_katalog, datakatalog, historikk.rot, e)
                              for e in historikk.endringer)
    return blokk(html + Markup('<ul class="endringslogg">') + punkter + Markup("</ul>"))


def hva_er_nytt(ds: Datasett, side: Side, docs_katalog: Path, datakatalog: Path, antall: int = 20) -> str:
    """«Hva er nytt» for readers, from data/nytt.yml (one line per change), newest first. Not from git:
    commit subjects are written for maintainers («byggeporten bruker testdatasettet»)."""
    nyheter = sorted(ds.nytt, key=lambda n: n.dato, reverse=True)[:antall]
    if not nyheter:
        return blokk(Markup('<p class="hv-tom">Ingen endringer er registrert ennå.</p>'))
    punkter = Markup("")
    for n in nyheter:
        lenket = Markup("")
        if n.side:
            src, _, anker = n.side.partition("#")
            if not (docs_katalog / src).is_file():
                raise MakroFeil(f"data/nytt.yml, endringen {n.dato.isoformat()} («{n.tekst[:40]}…»), feltet side: "
                                f"siden docs/{src} finnes ikke. Skriv stien til en side i docs/, "
                                "f.eks. rutiner/anonym-drofting.md, eller ta bort feltet.")
            lenket = Markup(" ") + lenke(lenke_til(side, src, anker or None), sidetittel(ds, docs_katalog, src))
        punkter += Markup('<li class="endring"><p><time datetime="{}">{}</time>: {}{}</p></li>').format(
            n.dato.isoformat(), norsk_dato(n.dato), n.tekst, lenket)
    return blokk(Markup('<ul class="endringslogg">') + punkter + Markup("</ul>"))
