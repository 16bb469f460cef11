"""The hosts the site may link to: the law register's host plus the hosts of data/lenker.yml.

Computed once per build by the loader (Datasett.verter) and passed to every renderer that writes an external
address. A URL in another data file whose host is not in the register stops the build with one message
(file, entry, field, what to write). Nothing here fetches anything: the check is of form only.
Plain functions, no mkdocs import.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional
from urllib.parse import urlsplit

from .feil import oppforing

if TYPE_CHECKING:  # pragma: no cover
    from .datasett import Kilder

# The law register (data/lover.yml «lovdata») always points here; the model allows no other host.
LOVREGISTER_VERT = "lovdata.no"


def vert(url: str) -> str:
    """The host of an address, lower case, without port; '' when there is none."""
    return (urlsplit(str(url)).hostname or "").lower()


def tillatt(vertsnavn: str, verter: Iterable[str]) -> bool:
    """A host is allowed when it is in the register, or is a subdomain of a host there."""
    return any(vertsnavn == v or vertsnavn.endswith("." + v) for v in verter)


def register_verter(adresser: Iterable[Any]) -> frozenset[str]:
    """lovdata.no plus the host of every https address in data/lenker.yml (entries with url: null add none)."""
    return frozenset({LOVREGISTER_VERT} | {vert(a) for a in adresser if isinstance(a, str) and a.startswith("https://")})


def sjekk_verter(validert: dict[str, Any], raa: dict[str, Any], kilder: "Kilder") -> list[str]:
    """Every external address in the other data files must go to a host from the register."""
    if "lenker.yml" not in raa:
        return []   # the register could not be read; its own message says why
    # from the file as written, so one broken entry in the register (its own message) does not also make
    # every address elsewhere «unknown»; only https addresses count, as in the model
    rader = [r for r in (raa["lenker.yml"] or {}).get("lenker") or [] if isinstance(r, dict)]
    verter = register_verter(r.get("url") for r in rader)
    vis_register = kilder.vis(kilder.datakatalog / "lenker.yml")
    feil: list[str] = []
    tjenester = raa.get("tjenester.yml") if "tjenester.yml" in validert else None
    for nr, rad in enumerate((tjenester or {}).get("tjenester") or []):
        if not isinstance(rad, dict):
            continue
        adresse: Optional[str] = (rad.get("kontakt") or {}).get("nettside")
        if adresse and not tillatt(vert(adresse), verter):
            feil.append(f"{kilder.vis(kilder.datakatalog / 'tjenester.yml')}, {oppforing('tjenester', nr, rad)}: "
                        f"feltet «kontakt.nettside» går til {vert(adresse) or adresse}, som ikke står i registeret "
                        f"over eksterne nettsteder ({vis_register}). Legg adressen inn i {vis_register} med "
                        "«kilde_url» og «kontrollert», eller skriv «nettside: null»")
    return feil
