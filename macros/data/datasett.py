"""Load and validate data/*.yml and routine front matter into one Datasett.

Called once per build (the result is cached on the files' mtimes), never per
macro call. All problems are collected and raised together as DataError.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from . import modeller as m
from . import modeller_rutiner as mr
from .eksterne import LOVREGISTER_VERT, register_verter, sjekk_verter
from .feil import DataError, pydantic_til_norsk
from .kryssreferanser import sjekk_kryssreferanser
from .modeller_lesere import Nyhet, OffentligeNummerFil, Ord, Rollevisning, Situasjon, SituasjonerFil
from .register import DATAFILER, ENTRY_NAVN, REGISTER
from .yaml_lesing import YamlFeil, les_front_matter, les_yaml_fil


@dataclass(frozen=True)
class Rutine:
    """A routine page: its docs-relative path, title and validated metadata."""
    side: str          # e.g. rutiner/anonym-drofting.md
    tittel: str
    meta: mr.RutineMeta


@dataclass
class Datasett:
    """Everything the pages need, validated and indexed once per build (fields are filled from data/register.py)."""
    nettsted: Optional[m.NettstedFil] = None
    nivaer: dict[str, m.ModellNiva] = field(default_factory=dict)
    dimensjoner: dict[str, m.ModellDimensjon] = field(default_factory=dict)
    modellelementer: list[m.Modellelement] = field(default_factory=list)
    tjenester: dict[str, m.Tjeneste] = field(default_factory=dict)
    roller: dict[str, m.Rolle] = field(default_factory=dict)
    ansvar: list[m.Ansvar] = field(default_factory=list)
    lover: dict[str, m.Lovbestemmelse] = field(default_factory=dict)
    arenaer: dict[str, m.Arena] = field(default_factory=dict)
    arshjul: list[m.Arshjulaktivitet] = field(default_factory=list)
    verktoy: dict[str, m.Verktoy] = field(default_factory=dict)
    tiltak: dict[str, m.Tiltak] = field(default_factory=dict)
    kompetanse: list[m.Kompetansetiltak] = field(default_factory=list)
    kontakter: dict[str, m.Nasjonalkontakt] = field(default_factory=dict)
    # lenker.yml: the register of external addresses (id -> entry), and the hosts every renderer may link to
    lenker: dict[str, m.Eksternlenke] = field(default_factory=dict)
    verter: frozenset[str] = frozenset({LOVREGISTER_VERT})
    evaluering: Optional[m.Evaluering] = None
    rutiner: dict[str, Rutine] = field(default_factory=dict)
    # docs/maler/*.md: templates (samtykke, referat …), governed like routines (same front matter, art: mal)
    maler: dict[str, Rutine] = field(default_factory=dict)
    # handlingsveileder.yml: steps in order (id -> step) and the acute fast path
    trinn: dict[str, m.Trinn] = field(default_factory=dict)
    akutt: Optional[m.AkuttVei] = None
    bti_nivaer: list[m.BtiNiva] = field(default_factory=list)
    # rollevisninger.yml: «Slik gjør jeg det som …» (docs/roller/<id>.md), in the file's order
    rollevisninger: dict[str, Rollevisning] = field(default_factory=dict)
    # ordliste.yml: words and abbreviations staff use (id -> entry), in the file's order
    ordliste: dict[str, Ord] = field(default_factory=dict)
    # nytt.yml: «Hva er nytt», one reader-facing line per change, in the file's order
    nytt: list[Nyhet] = field(default_factory=list)
    # offentlige-nummer.yml: the publishing gate's allow-list (read by macros/vakt/kontakt.py before the build too)
    offentlige_nummer: Optional[OffentligeNummerFil] = None
    # situasjoner.yml: situation guides «Når du møter …» (docs/<mappe>/<id>.md), in the file's order
    situasjoner: dict[str, "Situasjon"] = field(default_factory=dict)
    situasjonsoppsett: Optional["SituasjonerFil"] = None
    # precomputed from the routines, for the page hooks: docs-relative page -> routine id, withdrawn pages
    rutine_for_side: dict[str, str] = field(default_factory=dict)
    mal_for_side: dict[str, str] = field(default_factory=dict)
    utgatte_sider: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Kilder:
    """Where to read from, and how paths are shown in messages."""
    datakatalog: Path
    rutinekatalog: Optional[Path] = None      # docs/rutiner
    malkatalog: Optional[Path] = None         # docs/maler (templates, governed like routines)
    docs_katalog: Optional[Path] = None       # enables the "page exists" check
    prosjektrot: Optional[Path] = None        # paths in messages are relative to this

    def vis(self, sti: Path) -> str:
        if self.prosjektrot is not None:
            try:
                return sti.resolve().relative_to(self.prosjektrot.resolve()).as_posix()
            except ValueError:
                pass
        return (Path(self.datakatalog.name) / sti.name).as_posix() if sti.parent == self.datakatalog \
            else sti.as_posix()


_CACHE: dict[tuple, Datasett] = {}


def _fingeravtrykk(kilder: Kilder) -> tuple:
    filer = sorted(kilder.datakatalog.glob("*.yml"))
    for katalog in (kilder.rutinekatalog, kilder.malkatalog):
        if katalog and katalog.is_dir():
            filer += sorted(katalog.glob("*.md"))
    avtrykk = []
    for f in filer:
        st = f.stat()
        avtrykk.append((str(f), st.st_mtime_ns, st.st_size))
    return (str(kilder.datakatalog.resolve()), str(kilder.rutinekatalog), str(kilder.malkatalog), str(kilder.docs_katalog),
            str(kilder.prosjektrot), tuple(avtrykk))


def hent_datasett(kilder: Kilder) -> Datasett:
    """Cached load: re-reads only when a data or routine file changed."""
    nokkel = _fingeravtrykk(kilder)
    if nokkel not in _CACHE:
        _CACHE.clear()
        _CACHE[nokkel] = last_datasett(kilder)
    return _CACHE[nokkel]


def last_datasett(kilder: Kilder) -> Datasett:
    feil: list[str] = []
    raa: dict[str, Any] = {}
    validert: dict[str, Any] = {}

    if not kilder.datakatalog.is_dir():
        raise DataError([f"Datakatalogen {kilder.vis(kilder.datakatalog)} finnes ikke"])

    for filnavn, modell in DATAFILER.items():
        sti = kilder.datakatalog / filnavn
        vis = kilder.vis(sti)
        if not sti.is_file():
            feil.append(f"{vis}: filen mangler")
            continue
        try:
            data = les_yaml_fil(sti, vis)
        except YamlFeil as e:
            feil.append(str(e))
            continue
        if not isinstance(data, dict):
            feil.append(f"{vis}: filen må inneholde felter på øverste nivå (f.eks. «{filnavn[:-4]}:»), "
                        "ikke en tom fil eller en liste")
            continue
        raa[filnavn] = data
        try:
            validert[filnavn] = modell.model_validate(data)
        except ValidationError as e:
            feil.extend(pydantic_til_norsk(e, vis, modell, data))

    rutiner_raa = _les_rutiner(kilder, feil)
    maler_raa = _les_rutiner(kilder, feil, art="mal")
    feil.extend(_sjekk_felles_navn(rutiner_raa, maler_raa))
    syntaks = [f for f in feil if "YAML-feil" in f]
    if syntaks:
        # one mistake, one message: an unreadable file makes every reference to it «finnes ikke» (200 knock-on
        # lines for one tab); report the syntax error alone and stop before the other checks
        raise DataError(syntaks)
    feil.extend(_sjekk_unike_id(raa, kilder))

    feil.extend(sjekk_kryssreferanser(validert, raa, rutiner_raa, kilder, maler_raa))
    feil.extend(sjekk_verter(validert, raa, kilder))

    if feil:
        raise DataError(feil)
    return _bygg(validert, rutiner_raa, maler_raa)


_ART = {"rutine": ("rutinesiden", "rutine"), "mal": ("malsiden", "mal")}


def _les_rutiner(kilder: Kilder, feil: list[str], art: str = "rutine") -> dict[str, tuple[str, Optional[mr.RutineSide], str]]:
    """id -> (docs-relative path, validated page or None, display path). art «mal»: docs/maler (same front matter,
    with «art: mal»)."""
    resultat: dict[str, tuple[str, Optional[mr.RutineSide], str]] = {}
    katalog = kilder.malkatalog if art == "mal" else kilder.rutinekatalog
    sidenavn, samlingsnavn = _ART[art]
    if katalog is None or not katalog.is_dir():
        return resultat
    for sti in sorted(katalog.glob("*.md")):
        if sti.name == "index.md":
            continue
        vis = kilder.vis(sti)
        relativ = f"{katalog.name}/{sti.name}"
        try:
            data = les_front_matter(sti, vis)
        except YamlFeil as e:
            feil.append(str(e))
            resultat[sti.stem] = (relativ, None, vis)
            continue
        if data is None:
            feil.append(f"{vis}: {sidenavn} mangler front matter (--- … ---) med «title» og «rutine»")
            resultat[sti.stem] = (relativ, None, vis)
            continue
        try:
            side = mr.RutineSide.model_validate(data)
        except ValidationError as e:
            # the front matter's block is «rutine:» for both; the message names the page a template when it is one
            feil.extend(linje.replace(f"{vis}, rutine", f"{vis}, {samlingsnavn}", 1)
                        for linje in pydantic_til_norsk(e, vis, mr.RutineSide, data, samlingsnavn="rutine"))
            resultat[sti.stem] = (relativ, None, vis)
            continue
        if side.rutine.id != sti.stem:
            feil.append(f"{vis}, {samlingsnavn} «{side.rutine.id}»: feltet «id» må være lik filnavnet «{sti.stem}»")
        if side.rutine.art != art:
            feil.append(f"{vis}, {samlingsnavn} «{side.rutine.id}»: feltet «art» må være «{art}» for sider i "
                        f"{kilder.vis(katalog)}/ (skriv «art: {art}»" + (" eller ta bort feltet)" if art == "rutine" else ")"))
        resultat[sti.stem] = (relativ, side, vis)
    # titles must be unique: the routine list and search show titles only
    sett: dict[str, str] = {}
    for rid, (_, side, vis) in resultat.items():
        if side is None:
            continue
        if side.title in sett:
            feil.append(f"{vis}, {samlingsnavn} «{rid}»: tittelen «{side.title}» er allerede brukt av {sett[side.title]}")
        else:
            sett[side.title] = vis
    return resultat


def _sjekk_felles_navn(rutiner_raa, maler_raa) -> list[str]:
    """A template and a routine may not share an id or a title (the report, search and links name them alike)."""
    feil = []
    titler = {side.title: vis for _, side, vis in rutiner_raa.values() if side is not None}
    for mid, (_, side, vis) in maler_raa.items():
        if mid in rutiner_raa:
            feil.append(f"{vis}, mal «{mid}»: id-en «{mid}» er også brukt av rutinen {rutiner_raa[mid][2]}; "
                        "gi malen et annet filnavn")
        if side is not None and side.title in titler:
            feil.append(f"{vis}, mal «{mid}»: tittelen «{side.title}» er allerede brukt av {titler[side.title]}")
    return feil


def _sjekk_unike_id(raa: dict[str, Any], kilder: Kilder) -> list[str]:
    feil = []
    # ids in tjenester and roller share one namespace: «ansvarlig» may point to either
    delt: dict[str, str] = {}
    for filnavn, data in raa.items():
        vis = kilder.vis(kilder.datakatalog / filnavn)
        for samling, rader in _samlinger(data):
            sett: set[str] = set()
            for rad in rader:
                rid = rad.get("id") if isinstance(rad, dict) else None
                if not isinstance(rid, str):
                    continue
                navn = ENTRY_NAVN.get(samling, samling)
                if rid in sett:
                    feil.append(f"{vis}, {navn} «{rid}»: id-en «{rid}» er brukt mer enn én gang i «{samling}»")
                sett.add(rid)
                if filnavn in ("tjenester.yml", "roller.yml"):
                    if rid in delt and delt[rid] != filnavn:
                        feil.append(f"{vis}, {navn} «{rid}»: id-en «{rid}» er også brukt i "
                                    f"{kilder.vis(kilder.datakatalog / delt[rid])}; tjenester og roller "
                                    "må ha forskjellige id-er")
                    delt.setdefault(rid, filnavn)
    return feil


def _samlinger(data: Any):
    if not isinstance(data, dict):
        return
    for nokkel, verdi in data.items():
        if isinstance(verdi, list):
            yield nokkel, verdi
        elif isinstance(verdi, dict):
            yield from _samlinger(verdi)


def _bygg(v: dict[str, Any], rutiner_raa, maler_raa=None) -> Datasett:
    felter: dict[str, Any] = {}
    for datafil in REGISTER:
        felter.update(datafil.bygg(v[datafil.navn]))
    ds = Datasett(**felter)
    ds.verter = register_verter(lenke.url for lenke in ds.lenker.values())
    for rid, (relativ, side, _) in rutiner_raa.items():
        if side is not None:
            ds.rutiner[rid] = Rutine(side=relativ, tittel=side.title, meta=side.rutine)
            ds.rutine_for_side.setdefault(relativ, rid)
    for mid, (relativ, side, _) in (maler_raa or {}).items():
        if side is not None:
            ds.maler[mid] = Rutine(side=relativ, tittel=side.title, meta=side.rutine)
            ds.mal_for_side.setdefault(relativ, mid)
    ds.utgatte_sider = frozenset(r.side for r in (*ds.rutiner.values(), *ds.maler.values())
                                 if r.meta.status == "utgatt")
    return ds


def kilder_fra_katalog(prosjektrot: Path, datakatalog: str = "data", docs_katalog: str = "docs",
                       sjekk_sider: bool = True) -> Kilder:
    """Convenience for tests and scripts: the standard layout under one project root.

    HV_DATAKATALOG (absolute or relative to the project root) overrides the data dir.
    """
    overstyrt = os.environ.get("HV_DATAKATALOG")
    data = Path(overstyrt) if overstyrt else Path(datakatalog)
    if not data.is_absolute():
        data = prosjektrot / data
    docs = prosjektrot / docs_katalog
    return Kilder(datakatalog=data, rutinekatalog=docs / "rutiner", malkatalog=docs / "maler",
                  docs_katalog=docs if sjekk_sider else None, prosjektrot=prosjektrot)
