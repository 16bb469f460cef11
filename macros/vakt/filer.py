"""Hvilke filer under docs/ som kan publiseres: kjente filtyper, UTF-8-tekst, ingen symlenker, ingenting utenfor.

MkDocs kopierer alt i docs/ som ikke er Markdown rett til nettstedet. En symlenke til /etc/passwd eller
.git/config, en «.MD» (kopieres rå, med front matter og Jinja) eller en CSV i Latin-1 ville da bli publisert.
"""
from __future__ import annotations

import os
from pathlib import Path

from . import personnummer

# Filtyper nettstedet bruker. Tekstfilene må være UTF-8.
TEKSTTYPER = {".md", ".css", ".js", ".svg", ".yml"}
BINAERTYPER = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".ico", ".pdf"}
KJENTE = TEKSTTYPER | BINAERTYPER
# Filer med punktum først: bare menyfilene (awesome-nav).
KJENTE_PUNKTUMFILER = {".nav.yml"}
# Nesten riktig: hva filen skal hete i stedet.
NESTEN = {".markdown": ".md", ".mdown": ".md", ".txt": ".md", ".yaml": ".yml", ".htm": ".md", ".html": ".md",
          ".jpe": ".jpg", ".tif": ".png", ".tiff": ".png"}


def _forslag(navn: str, endelse: str) -> str:
    riktig = endelse.lower() if endelse.lower() in KJENTE else NESTEN.get(endelse.lower())
    if riktig:
        return f" Gi filen navnet «{navn[: len(navn) - len(endelse)]}{riktig}»."
    return (" Nettstedet publiserer bare Markdown (.md), bilder (.png, .jpg, .webp, .gif, .svg, .ico), PDF og "
            "nettstedets egne .css/.js; flytt filen ut av docs/ eller lagre den som en av disse.")


def sjekk_docs(docs: Path, prosjekt: Path) -> list[str]:
    """Én melding per fil som ikke kan publiseres, og per personnummer i innhold eller filnavn."""
    feil: list[str] = []
    prosjekt = prosjekt.resolve()
    for mappe, undermapper, filer in os.walk(docs, followlinks=False):
        mappe_sti = Path(mappe)
        for navn in sorted(undermapper + filer):
            sti = mappe_sti / navn
            rel = sti.relative_to(docs).as_posix()
            vis = personnummer.masker_sti(f"docs/{rel}")
            feil += [f.melding() for f in personnummer.finn_i_filnavn(f"docs/{rel}")]
            if sti.is_symlink():
                feil.append(f"{vis}: er en symbolsk lenke (til {os.readlink(sti)}). Bygget publiserer ikke "
                            "lenker; legg selve filen i docs/.")
                if navn in undermapper:
                    undermapper.remove(navn)
                continue
            try:
                sti.resolve().relative_to(prosjekt)
            except ValueError:
                feil.append(f"{vis}: ligger utenfor prosjektmappen. Legg selve filen i docs/.")
                continue
            if navn in undermapper:
                continue
            feil += _sjekk_fil(sti, navn, vis)
        undermapper[:] = sorted(u for u in undermapper if not (mappe_sti / u).is_symlink())
    return feil


def _sjekk_fil(sti: Path, navn: str, vis: str) -> list[str]:
    if not sti.is_file():
        return [f"{vis}: er ikke en vanlig fil. Fjern den fra docs/."]
    endelse = Path(navn).suffix
    if navn.startswith(".") and navn not in KJENTE_PUNKTUMFILER:
        return [f"{vis}: filer som begynner med punktum publiseres ikke (bare .nav.yml). Fjern filen fra docs/."]
    if endelse not in KJENTE:
        return [f"{vis}: filtypen «{endelse or 'ingen'}» publiseres ikke.{_forslag(navn, endelse)}"]
    data = sti.read_bytes()
    feil = []
    if endelse in TEKSTTYPER:
        tekst, koding = personnummer.dekod(data)
        if koding is not None:
            feil.append(f"{vis}: filen er ikke lagret som UTF-8 ({koding}). Åpne den og lagre som «UTF-8».")
        feil += [f.melding() for f in personnummer.finn_i_tekst(tekst, vis)]
    else:
        feil += [f.melding() for f in personnummer.finn_i_bytes(data, vis)]
    return feil
