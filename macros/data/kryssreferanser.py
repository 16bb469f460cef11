"""Check that every id used in one file exists in the file it points to.

The table REFERANSER is the single list of links between files; adding a new
reference field means adding one line here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from .feil import ENTRY_NAVN, forslag, oppforing

if TYPE_CHECKING:  # pragma: no cover
    from .datasett import Kilder

# (file, collection path, field, target kind)
REFERANSER: list[tuple[str, tuple[str, ...], str, str]] = [
    ("nettsted.yml", (), "samordning", "samarbeid"),          # samarbeidskart.samordning
    ("nettsted.yml", (), "arenaer", "samarbeid"),             # samarbeidskart.arenaer
    ("nettsted.yml", (), "tjeneste", "tjeneste"),             # meldeplikt.tjeneste
    ("nettsted.yml", (), "trinn", "trinn"),                   # meldeplikt.trinn
    ("modell.yml", ("modellelementer",), "verktoy", "verktoy"),
    ("tjenester.yml", ("tjenester",), "medlemmer", "rolle"),
    ("tjenester.yml", ("tjenester",), "bemanning", "tjeneste"),
    ("tjenester.yml", ("tjenester",), "koordinert_av", "rolle"),
    ("tjenester.yml", ("tjenester",), "side", "side"),
    ("roller.yml", ("roller",), "tjeneste", "tjeneste"),
    ("ansvar.yml", ("ansvar",), "ansvarlig", "aktor"),
    ("ansvar.yml", ("ansvar",), "rutiner", "rutine"),
    ("ansvar.yml", ("ansvar",), "lovgrunnlag", "lov"),
    ("lover.yml", ("lover",), "erstattet_av", "lov"),
    ("arenaer.yml", ("arenaer",), "deltakere", "aktor"),
    ("arenaer.yml", ("arenaer",), "side", "side"),
    ("arshjul.yml", ("arshjul",), "ansvarlig", "aktor"),
    ("arshjul.yml", ("arshjul",), "arena", "arena"),
    ("verktoy.yml", ("verktoy",), "brukes_av", "tjeneste"),
    ("verktoy.yml", ("verktoy",), "lovgrunnlag", "lov"),
    ("tiltak.yml", ("tiltak",), "involverte", "tjeneste"),
    ("tiltak.yml", ("tiltak",), "koordinert_av", "rolle"),
    ("kompetanse.yml", ("kompetanse",), "malgruppe_tjenester", "tjeneste"),
    ("kompetanse.yml", ("kompetanse",), "tilrettelegger", "rolle"),
    ("evaluering.yml", (), "ansvarlig", "rolle"),
    ("handlingsveileder.yml", ("trinn",), "rutiner", "rutine"),
    ("handlingsveileder.yml", (), "side", "side"),          # akutt.side
    ("rollevisninger.yml", ("rollevisninger",), "tjeneste", "tjeneste"),
    ("rollevisninger.yml", ("rollevisninger",), "roller", "rolle"),
    ("rollevisninger.yml", ("rollevisninger", "forste_steg"), "lenke", "trinn"),
    ("ordliste.yml", ("ord",), "side", "side"),                  # may end in #anker (not checked here)
    ("ordliste.yml", ("ord",), "fylles_inn_av", "aktor"),
    ("kontakter.yml", ("kontakter",), "lenke", "lenke"),
    # «kilde» in every entry that has one: ids from nettsted.yml «kilder»
    ("modell.yml", ("nivaer",), "kilde", "kilde"),
    ("modell.yml", ("dimensjoner",), "kilde", "kilde"),
    ("modell.yml", ("modellelementer",), "kilde", "kilde"),
    ("tjenester.yml", ("tjenester",), "kilde", "kilde"),
    ("roller.yml", ("roller",), "kilde", "kilde"),
    ("ansvar.yml", ("ansvar",), "kilde", "kilde"),
    ("arenaer.yml", ("arenaer",), "kilde", "kilde"),
    ("arshjul.yml", ("arshjul",), "kilde", "kilde"),
    ("verktoy.yml", ("verktoy",), "kilde", "kilde"),
    ("tiltak.yml", ("tiltak",), "kilde", "kilde"),
    ("kompetanse.yml", ("kompetanse",), "kilde", "kilde"),
    ("evaluering.yml", (), "kilde", "kilde"),
    ("rollevisninger.yml", ("rollevisninger",), "kilde", "kilde"),
    # situasjoner.yml: whom each guide concerns, what it links to, what it rings, and the sources of each part
    ("situasjoner.yml", ("situasjoner",), "gjelder", "tjeneste"),
    ("situasjoner.yml", ("situasjoner",), "rutiner", "rutine"),
    ("situasjoner.yml", ("situasjoner", "gjor_na", "steg"), "ring", "kontakt"),
    ("situasjoner.yml", ("situasjoner", "gjor_na", "steg"), "tjeneste", "tjeneste"),
    ("situasjoner.yml", ("situasjoner", "gjor_na", "steg"), "lov", "lov"),
    ("situasjoner.yml", ("situasjoner", "hvem_du_kontakter", "kontakter"), "kontakt", "kontakt"),
    ("situasjoner.yml", ("situasjoner", "hvem_du_kontakter", "kontakter"), "tjeneste", "tjeneste"),
    ("situasjoner.yml", ("situasjoner", "hvem_du_kontakter", "kontakter"), "rolle", "rolle"),
    ("situasjoner.yml", ("situasjoner", "plikt"), "lovgrunnlag", "lov"),
    ("situasjoner.yml", ("situasjoner", "gjor_na"), "kilde", "kilde"),
    ("situasjoner.yml", ("situasjoner", "hva_du_ser"), "kilde", "kilde"),
    ("situasjoner.yml", ("situasjoner", "hvem_du_kontakter"), "kilde", "kilde"),
    ("situasjoner.yml", ("situasjoner", "mer"), "kilde", "kilde"),
    ("situasjoner.yml", ("situasjoner", "skriv_ned"), "kilde", "kilde"),
    ("situasjoner.yml", ("situasjoner", "plikt"), "kilde", "kilde"),
]

RUTINEREFERANSER = [("eier", "aktor"), ("gjelder", "tjeneste"), ("lovgrunnlag", "lov")]

_MALFILER = {
    "tjeneste": ["tjenester.yml"], "rolle": ["roller.yml"], "aktor": ["tjenester.yml", "roller.yml"],
    "lov": ["lover.yml"], "arena": ["arenaer.yml"], "verktoy": ["verktoy.yml"],
    "trinn": ["handlingsveileder.yml"], "kilde": ["nettsted.yml"], "samarbeid": ["tjenester.yml", "arenaer.yml"],
    "kontakt": ["kontakter.yml"],
    "lenke": ["lenker.yml"],
}


def _malfiler(art: str, kilder: "Kilder") -> str:
    if art == "rutine":
        return (kilder.vis(kilder.rutinekatalog) + "/") if kilder.rutinekatalog else "docs/rutiner/"
    return " eller ".join(kilder.vis(kilder.datakatalog / f) for f in _MALFILER[art])


def _id_er(data: Any, samling: str) -> set[str]:
    rader = data.get(samling) if isinstance(data, dict) else None
    return {r["id"] for r in rader or [] if isinstance(r, dict) and isinstance(r.get("id"), str)}


def _trinn_og_akutt(data: Any) -> set[str]:
    """Step ids (trinn-N) and the acute path's id in handlingsveileder.yml: what «lenke» may point to."""
    ider = _id_er(data, "trinn")
    akutt = data.get("akutt") if isinstance(data, dict) else None
    if isinstance(akutt, dict) and isinstance(akutt.get("id"), str):
        ider.add(akutt["id"])
    return ider


def _rader(data: dict, sti: tuple[str, ...]) -> Iterator[tuple[str, dict]]:
    """(where in the file, entry) for each entry at `sti`. Each further step goes into the field of that name
    inside each entry: a list gives one entry per element (rollevisninger -> forste_steg), a group of fields
    gives one entry (situasjoner -> gjor_na -> steg)."""
    if not sti:  # the file is one object (evaluering.yml)
        for nokkel, verdi in data.items():
            if isinstance(verdi, dict):
                yield nokkel, verdi
        return
    rader = data.get(sti[0]) or []
    for nr, rad in enumerate(rader if isinstance(rader, list) else []):
        if isinstance(rad, dict):
            yield from _inn_i(oppforing(sti[0], nr, rad), rad, sti[1:])


def _inn_i(hvor: str, rad: dict, sti: tuple[str, ...]) -> Iterator[tuple[str, dict]]:
    if not sti:
        yield hvor, rad
        return
    indre = rad.get(sti[0])
    if isinstance(indre, dict):
        yield from _inn_i(f"{hvor}, {ENTRY_NAVN.get(sti[0], sti[0])}", indre, sti[1:])
    elif isinstance(indre, list):
        for nr, underrad in enumerate(indre):
            if isinstance(underrad, dict):
                yield from _inn_i(f"{hvor}, {oppforing(sti[0], nr, underrad)}", underrad, sti[1:])


def sjekk_kryssreferanser(validert: dict[str, Any], raa: dict[str, Any], rutiner_raa: dict,
                          kilder: "Kilder", maler_raa: dict | None = None) -> list[str]:
    tjenester = _id_er(raa.get("tjenester.yml"), "tjenester")
    roller = _id_er(raa.get("roller.yml"), "roller")
    lover_rader = {r["id"]: r for r in (raa.get("lover.yml") or {}).get("lover") or []
                   if isinstance(r, dict) and isinstance(r.get("id"), str)}
    maal = {
        "tjeneste": tjenester, "rolle": roller, "aktor": tjenester | roller,
        "lov": set(lover_rader), "arena": _id_er(raa.get("arenaer.yml"), "arenaer"),
        "verktoy": _id_er(raa.get("verktoy.yml"), "verktoy"), "rutine": set(rutiner_raa),
        "trinn": _trinn_og_akutt(raa.get("handlingsveileder.yml")),
        "kilde": _id_er(raa.get("nettsted.yml"), "kilder"),
        "samarbeid": tjenester | _id_er(raa.get("arenaer.yml"), "arenaer"),
        "kontakt": _id_er(raa.get("kontakter.yml"), "kontakter"),
        "lenke": _id_er(raa.get("lenker.yml"), "lenker"),
    }

    def sjekk(hvor: str, felt: str, verdier: Any, art: str, kilde_er_lov: bool = False) -> list[str]:
        ut = []
        for verdi in verdier if isinstance(verdier, list) else [verdier]:
            if verdi is None:
                continue
            if art == "rutine" and kilder.rutinekatalog is None:
                continue  # routine pages were not read (data-only load): nothing to check against
            if art == "side":
                verdi = verdi.split("#", 1)[0]  # ordliste.yml: «side» may carry an anchor
                if kilder.docs_katalog is not None and not (kilder.docs_katalog / verdi).is_file():
                    ut.append(f"{hvor}: feltet «{felt}» viser til siden "
                              f"{kilder.vis(kilder.docs_katalog / verdi)}, som ikke finnes")
                continue
            if verdi not in maal[art]:
                hint = forslag(verdi, maal[art])
                ut.append(f"{hvor}: feltet «{felt}» viser til «{verdi}», som ikke finnes i "
                          f"{_malfiler(art, kilder)}" + (f".{hint}" if hint else ""))
                continue
            if art == "lov":
                rad = lover_rader[verdi]
                if rad.get("status") == "opphevet":
                    navn = f"{rad.get('lov', '')} {rad.get('paragraf', '')}".strip()
                    ny = rad.get("erstattet_av")
                    tillegg = f" og erstattet av «{ny}»" if ny else ""
                    if kilde_er_lov:
                        ut.append(f"{hvor}: feltet «{felt}» viser til «{verdi}» ({navn}), som selv er "
                                  "opphevet; en bestemmelse kan bare erstattes av en gjeldende bestemmelse")
                    else:
                        ut.append(f"{hvor}: feltet «{felt}» viser til «{verdi}» ({navn}), som er opphevet"
                                  f"{tillegg}. Vis til den gjeldende bestemmelsen i stedet")
        return ut

    feil: list[str] = []
    for filnavn, sti, felt, art in REFERANSER:
        if filnavn not in validert:
            continue  # structural errors already reported for this file
        vis = kilder.vis(kilder.datakatalog / filnavn)
        for hvor_i_filen, rad in _rader(raa[filnavn], sti):
            hvor = f"{vis}, {hvor_i_filen}"
            feil.extend(sjekk(hvor, felt, rad.get(felt), art, kilde_er_lov=(filnavn == "lover.yml")))

    styrte = [("rutine", rid, side, vis) for rid, (_, side, vis) in rutiner_raa.items()]
    styrte += [("mal", mid, side, vis) for mid, (_, side, vis) in (maler_raa or {}).items()]
    for art_navn, rid, side, vis in styrte:
        if side is None:
            continue
        hvor = f"{vis}, {art_navn} «{rid}»"
        for felt, art in RUTINEREFERANSER:
            feil.extend(sjekk(hvor, felt, getattr(side.rutine, felt), art))
    return feil
