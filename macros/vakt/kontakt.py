"""Mobilnumre og personlige e-postadresser utenfor kontaktfeltene: en advarsel, som streng modus gjør til feil.

En guide om rutiner trenger tjenestenes numre og fellesadresser (postmottak@…), ikke en ansatts mobil eller
e-post: de skifter når folk slutter, og de er personopplysninger. Kontaktfeltene i data/ (telefon, mobil, epost)
er unntatt; kjente offentlige numre og adresser kan stå i data/offentlige-nummer.yml (lister «nummer» og
«epost»), som leses her hvis den finnes.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .personnummer import normaliser

_MELLOM = r"[ \u00a0\u202f.\-]?"
MOBIL = re.compile(rf"(?<![\d+])(?:\+47{_MELLOM})?([49](?:{_MELLOM}\d){{7}})(?![\d])")
EPOST = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
# Fellesadresser er ikke personlige; et punktum eller understrek i navnet (ola.nordmann@) eller en
# privat e-posttjeneste er det.
PRIVATE_TJENESTER = {"gmail.com", "hotmail.com", "outlook.com", "live.no", "online.no", "yahoo.com", "icloud.com",
                     "hotmail.no", "yahoo.no"}
KONTAKTFELT = re.compile(r"(?:^|[\s{,])(?:telefon|mobil|epost)\s*:")
TILLATT_FIL = "offentlige-nummer.yml"


def _siffer(tekst: str) -> str:
    return re.sub(r"\D", "", tekst)[-8:]


class Tillattliste(ValueError):
    """data/offentlige-nummer.yml cannot be read: one message, instead of a traceback."""


def tillatt(data: Path) -> tuple[set[str], set[str]]:
    fil = data / TILLATT_FIL
    if not fil.is_file():
        return set(), set()
    try:
        innhold = yaml.safe_load(fil.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as feil:
        merke = getattr(feil, "problem_mark", None)
        hvor = f", linje {merke.line + 1}" if merke is not None else ""
        raise Tillattliste(f"data/{TILLATT_FIL}{hvor}: filen kan ikke leses. Skriv den slik: "
                           'nummer: ["22 22 22 22"] og epost: ["postmottak@kommune.no"] (mellomrom, ikke tabulator; '
                           "lagret som UTF-8).") from None
    if not isinstance(innhold, dict) or set(innhold) - {"nummer", "epost"} or not all(
            isinstance(innhold.get(k) or [], list) for k in ("nummer", "epost")):
        raise Tillattliste(f"data/{TILLATT_FIL}: filen skal ha to lister, «nummer» og «epost», for eksempel "
                           'nummer: ["22 22 22 22"]. Andre felt er ikke lov.')
    return ({_siffer(str(n)) for n in innhold.get("nummer") or []},
            {str(e).lower() for e in innhold.get("epost") or []})


def er_personlig(lokal: str, domene: str) -> bool:
    return domene.lower() in PRIVATE_TJENESTER or bool(re.search(r"[._]", lokal))


def finn(tekst: str, fil: str, nummer_ok: set[str], epost_ok: set[str], datafil: bool = False) -> list[str]:
    funn = []
    for nr, linje in enumerate(normaliser(tekst).splitlines(), start=1):
        if datafil and KONTAKTFELT.search(linje):
            continue
        for treff in MOBIL.finditer(linje):
            if _siffer(treff.group(1)) not in nummer_ok:
                funn.append(f"{fil}, linje {nr}: et mobilnummer (8 siffer som begynner med {treff.group(1)[0]}) står "
                            "utenfor kontaktfeltene. Skriv tjenestens nummer i data/, eller før nummeret opp i "
                            f"data/{TILLATT_FIL} hvis det er et offentlig nummer.")
        for treff in EPOST.finditer(linje):
            adresse = treff.group(0).lower()
            if adresse not in epost_ok and er_personlig(treff.group(1), treff.group(2)):
                funn.append(f"{fil}, linje {nr}: «{treff.group(0)}» ser ut som en personlig e-postadresse. Bruk "
                            "tjenestens felles adresse (feltet epost i data/), eller før den opp i "
                            f"data/{TILLATT_FIL}.")
    return funn


def sjekk(prosjekt: Path, docs: Path) -> list[str]:
    data = prosjekt / "data"
    try:
        nummer_ok, epost_ok = tillatt(data)
    except Tillattliste as feil:
        return [str(feil)]
    funn = []
    for side in sorted(docs.rglob("*.md")):
        if side.is_file() and not side.is_symlink():
            funn += finn(side.read_text(encoding="utf-8", errors="replace"), f"docs/{side.relative_to(docs).as_posix()}",
                         nummer_ok, epost_ok)
    if data.is_dir():
        for fil in sorted(data.glob("*.yml")):
            if fil.name != TILLATT_FIL:
                funn += finn(fil.read_text(encoding="utf-8", errors="replace"), f"data/{fil.name}", nummer_ok, epost_ok,
                             datafil=True)
    return funn
