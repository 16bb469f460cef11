"""Error types and plain-Norwegian error messages.

Every data problem becomes one line naming file, entry and field, so the person
editing YAML can fix it without reading a traceback. All problems are collected
and raised together as one DataError.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from .register import ENTRY_NAVN


class DataError(Exception):
    """One or more problems in data/*.yml or routine front matter."""

    def __init__(self, feil: Iterable[str]):
        self.feil = list(feil)
        super().__init__(self._melding())

    def _melding(self) -> str:
        antall = len(self.feil)
        hode = "Fant 1 feil i dataene:" if antall == 1 else f"Fant {antall} feil i dataene:"
        linjer = [f"  {nr}. {tekst}" for nr, tekst in enumerate(self.feil, start=1)]
        return "\n".join([hode, *linjer])


class MakroFeil(ValueError):
    """A macro was called with something that does not exist (unknown id, repealed law…)."""


def forslag(verdi: str, kandidater: Iterable[str]) -> str:
    """' Mente du «x»?' for the closest candidate, or '' when nothing is close."""
    treff = difflib.get_close_matches(str(verdi), sorted(set(kandidater)), n=1, cutoff=0.6)
    return f" Mente du «{treff[0]}»?" if treff else ""


def oppforing(samling: str, nr: int, rad: Any) -> str:
    """'ansvar «id»' or 'ansvar nr. 3' when the entry has no usable id."""
    navn = ENTRY_NAVN.get(samling, samling)
    if isinstance(rad, dict) and isinstance(rad.get("id"), str) and rad["id"]:
        return f"{navn} «{rad['id']}»"
    return f"{navn} nr. {nr + 1}"


_TYPENAVN = {
    "string_type": "tekst", "int_type": "et heltall", "int_parsing": "et heltall",
    "bool_type": "ja/nei (true/false)", "list_type": "en liste", "dict_type": "en gruppe med felter",
    "model_type": "en gruppe med felter", "model_attributes_type": "en gruppe med felter",
    "date_type": "en dato på formen ÅÅÅÅ-MM-DD", "date_parsing": "en dato på formen ÅÅÅÅ-MM-DD",
    "date_from_datetime_inexact": "en dato på formen ÅÅÅÅ-MM-DD (uten klokkeslett)",
    "none_required": "tom (null)",
}


def _vis(verdi: Any) -> str:
    if verdi is None:
        return "null"
    tekst = str(verdi)
    return f"«{tekst[:60]}…»" if len(tekst) > 60 else f"«{tekst}»"


def _feltnavn(deler: list[Any]) -> str:
    tekst = ""
    for del_ in deler:
        if isinstance(del_, int):
            tekst += f" (element {del_ + 1})"
        else:
            tekst += ("." if tekst else "") + str(del_)
    return tekst


def _modellfelt(modell: type[BaseModel], sti: list[Any]) -> list[str]:
    """Field names valid at `sti` inside `modell` (used to suggest a fix for unknown keys)."""
    gjeldende: Any = modell
    for del_ in sti:
        if isinstance(del_, int):
            continue
        felt = getattr(gjeldende, "model_fields", {}).get(del_)
        if felt is None:
            return []
        gjeldende = _indre_modell(felt.annotation)
    return list(getattr(gjeldende, "model_fields", {}).keys())


def _indre_modell(annotasjon: Any) -> Any:
    if isinstance(annotasjon, type) and issubclass(annotasjon, BaseModel):
        return annotasjon
    for arg in getattr(annotasjon, "__args__", ()) or ():
        funnet = _indre_modell(arg)
        if funnet is not None:
            return funnet
    return None


def pydantic_til_norsk(feil: ValidationError, fil: str, modell: type[BaseModel], raa: Any,
                       samlingsnavn: str | None = None) -> list[str]:
    """Translate a pydantic ValidationError into one Norwegian line per problem.

    `samlingsnavn` is used when the whole document is one entry (routine front matter).
    """
    linjer = []
    for e in feil.errors(include_url=False):
        loc = list(e["loc"])
        # which entry: loc = (samling, indeks, felt...) for list files
        hvor = fil
        felt_start = 0
        if samlingsnavn:
            hvor = f"{fil}, {ENTRY_NAVN.get(samlingsnavn, samlingsnavn)}"
            if isinstance(raa, dict) and samlingsnavn in raa and isinstance(raa[samlingsnavn], dict):
                rid = raa[samlingsnavn].get("id")
                if isinstance(rid, str):
                    hvor += f" «{rid}»"
        elif len(loc) >= 2 and isinstance(loc[1], int) and isinstance(raa, dict):
            samling = loc[0]
            rader = raa.get(samling) if isinstance(raa.get(samling), list) else []
            rad = rader[loc[1]] if loc[1] < len(rader) else None
            hvor = f"{fil}, {oppforing(samling, loc[1], rad)}"
            felt_start = 2
        elif len(loc) >= 1 and loc[0] == "evaluering":
            hvor = f"{fil}, evaluering"
            felt_start = 1
            if len(loc) >= 3 and loc[1] == "omrader" and isinstance(loc[2], int):
                hvor = f"{fil}, evalueringsområde nr. {loc[2] + 1}"
                felt_start = 3
        feltdeler = loc[felt_start:]
        felt = _feltnavn(feltdeler)
        linjer.append(f"{hvor}: {_beskriv(e, felt, modell, loc)}")
    return _slå_sammen_feilstavet(linjer)


_FEILSTAVET = re.compile(r"^(.*): ukjent felt «([^»]+)»\. Mente du «([^»]+)»\?$")


def _slå_sammen_feilstavet(linjer: list[str]) -> list[str]:
    """One misspelt key is one mistake: «ukjent felt «nvn»» and «feltet «navn» mangler» become one message."""
    ut = list(linjer)
    for linje in linjer:
        treff = _FEILSTAVET.match(linje)
        if not treff:
            continue
        hvor, feil_navn, riktig = treff.groups()
        mangler = f"{hvor}: feltet «{riktig}» mangler, men er påkrevd"
        if mangler in ut:
            ut.remove(mangler)
            ut[ut.index(linje)] = f"{linje} Skriv «{riktig}:» i stedet for «{feil_navn}:»."
    return ut


def _beskriv(e: dict, felt: str, modell: type[BaseModel], loc: list[Any]) -> str:
    typ = e["type"]
    verdi = e.get("input")
    if typ == "missing":
        return f"feltet «{felt}» mangler, men er påkrevd"
    if typ == "extra_forbidden":
        nokkel = str(loc[-1])
        gyldige = _modellfelt(modell, loc[:-1])
        return f"ukjent felt «{nokkel}».{forslag(nokkel, gyldige)}".rstrip()
    if typ in ("date_type", "date_parsing", "date_from_datetime_inexact", "date_from_datetime_parsing"):
        return _datofeil(felt, verdi)
    if typ == "literal_error":
        gyldige = _norske_alternativer(str(e.get("ctx", {}).get("expected", "")))
        return f"feltet «{felt}» har ugyldig verdi {_vis(verdi)}; gyldige verdier er {gyldige}"
    if typ == "string_pattern_mismatch":
        if e.get("ctx", {}).get("pattern", "").startswith("^[a-z0-9]+(-[a-z0-9]+)*$"):
            return (f"feltet «{felt}» har ugyldig id {_vis(verdi)}: id-er skrives med små bokstaver a–z, "
                    "tall og bindestrek (æ→ae, ø→o, å→a)")
        return f"feltet «{felt}» har feil form: {_vis(verdi)}. {_form(e.get('ctx', {}).get('pattern', ''), felt)}"
    if typ in ("string_too_short", "too_short"):
        return f"feltet «{felt}» kan ikke være tomt"
    if typ == "too_long":
        return f"feltet «{felt}» har for mange elementer"
    if typ in ("greater_than_equal", "less_than_equal"):
        return f"feltet «{felt}» har verdien {_vis(verdi)}, som er utenfor tillatt område"
    if typ == "value_error":
        melding = str(e.get("ctx", {}).get("error", e["msg"]))
        return melding
    if typ in ("string_type",) and isinstance(verdi, (int, float)) and not isinstance(verdi, bool):
        return _i_anforselstegn(felt, verdi)
    if typ in ("bool_type", "bool_parsing"):
        return (f"feltet «{felt}» er et ja/nei-felt, men er {_vis(verdi)}. Skriv true (ja) eller false (nei), "
                f"uten anførselstegn: {_siste(felt)}: true")
    if typ in _TYPENAVN:
        return (f"feltet «{felt}» har feil type: forventet {_TYPENAVN[typ]}, "
                f"men fikk {_vis(verdi)} ({_typenavn(verdi)})")
    return f"feltet «{felt}» er ugyldig ({e['msg']})"


def _typenavn(verdi: Any) -> str:
    return {str: "tekst", int: "heltall", float: "desimaltall", bool: "ja/nei", list: "liste",
            dict: "gruppe med felter", type(None): "tom"}.get(type(verdi), type(verdi).__name__)


def _norske_alternativer(tekst: str) -> str:
    """pydantic's "'a', 'b' or 'c'" -> "«a», «b» eller «c»"."""
    tekst = re.sub(r"'([^']*)'", r"«\1»", tekst)
    return tekst.replace(" or ", " eller ")


_DATO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember")


def _siste(felt: str) -> str:
    return felt.rsplit(".", 1)[-1].split(" (")[0]


def _datofeil(felt: str, verdi: Any) -> str:
    """A date that is written right but does not exist is told so; only a wrong form gets the form."""
    treff = _DATO.match(str(verdi)) if isinstance(verdi, str) else None
    if treff:
        ar, maned, dag = (int(x) for x in treff.groups())
        import datetime as _dt
        try:
            _dt.date(ar, maned, dag)
        except ValueError:
            if 1 <= maned <= 12:
                return (f"feltet «{felt}»: {verdi} finnes ikke ({_MANEDER[maned - 1]} {ar} har ikke {dag} dager). "
                        "Sjekk dag og måned.")
            return f"feltet «{felt}»: {verdi} finnes ikke (måned {maned} finnes ikke). Sjekk dag og måned."
        return (f"feltet «{felt}»: datoen står i anførselstegn og leses da som tekst. Skriv den uten: "
                f"{_siste(felt)}: {verdi}")
    return (f"feltet «{felt}» må være en dato på formen ÅÅÅÅ-MM-DD, men er "
            f"{_vis(verdi)}")


def _i_anforselstegn(felt: str, verdi: Any) -> str:
    navn = _siste(felt)
    tekst = str(verdi)
    if navn == "telefon":
        par = " ".join(tekst[i:i + 2] for i in range(0, len(tekst), 2)) if len(tekst) == 8 else tekst
        return f"Skriv telefonnummeret i anførselstegn: {navn}: \"{par}\" (feltet «{felt}»)"
    return f"feltet «{felt}» er tekst, men {tekst} leses som et tall. Skriv det i anførselstegn: {navn}: \"{tekst}\""


# What a pattern means, in words (never the regex itself).
_FORMER = (
    ("lovdata", "Skriv en adresse som begynner med https://lovdata.no/ (kopier den fra Lovdata)."),
    ("LOV-", "Skriv lovens id slik Lovdata skriver den: LOV-ÅÅÅÅ-MM-DD-NR."),
    ("§", "Skriv paragrafen som § 13-2 (paragraftegn, mellomrom, nummer)."),
    ("https", "Skriv en hel nettadresse som begynner med https:// (uten mellomrom)."),
    ("@", "Skriv en e-postadresse på formen navn@domene.no."),
    ("[0-9 ]{8", "Skriv telefonnummeret med minst 8 siffer, gjerne i par med mellomrom, i anførselstegn."),
    ("trinn-", "Skriv trinn-1, trinn-2 og så videre."),
    (".md$", "Skriv stien til en side i docs/, med små bokstaver og .md til slutt, for eksempel tjenester/nav.md."),
)


def _form(monster: str, felt: str) -> str:
    for kjennetegn, forklaring in _FORMER:
        if kjennetegn in monster:
            return forklaring
    return "Se forklaringen øverst i datafilen, eller en annen oppføring i samme fil."
