"""MkDocs-, Jinja- og makrofeil på norsk: fil, linje og hva du gjør, uten Python-sporing (scripts/bygg.py).

MkDocs og mkdocs-macros skriver engelsk og hele tracebacks. Vedlikeholderen trenger én linje per feil.
Reglene under kjenner de feilene en vedlikeholder møter: ukjent side, ødelagt anker, makrosyntaks, ukjent
argument og ukjent makro eller variabel. Resten vises med den første linjen av den engelske meldingen.
"""
from __future__ import annotations

import re
from pathlib import Path

MAKS_LINJER = 10
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_NIVA = re.compile(r"^(ERROR|WARNING|INFO|DEBUG)\s*-\s+(.*)$")
_MAKRO = re.compile(r"_File_: `([^`]+)`\s*\n\s*_(\w+)_: (.*)")
_SYNTAKS = re.compile(r"_File_: `([^`]+)`\s*\n\s*_Line (\d+) in Markdown file:_ \*\*(.*?)\*\*")
_MAL_LINJE = re.compile(r'File "<template>", line (\d+)')
_LENKE = re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the target (?:'([^']*)' )?is not found")
_ANKER = re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but (?:the doc '([^']+)' does not contain an "
                    r"anchor '#([^']+)'|there is no such anchor on this page)")
_KONFIG = re.compile(r"Config value '([^']+)': (.*)")
_STOY = ("Aborted with", "Error: ", "Traceback", "```")


def _linje_for(docs: Path, fil: str, tekst: str) -> str:
    try:
        for nr, linje in enumerate((docs / fil).read_text(encoding="utf-8").splitlines(), start=1):
            if tekst in linje:
                return f", linje {nr}"
    except OSError:
        pass
    return ""


def _makrofeil(fil: str, typ: str, tekst: str, linje: str) -> str:
    hvor = f"docs/{fil}" + (f", linje {linje}" if linje else "")
    if typ in ("MakroFeil", "DataError", "ValueError") and "Feil på siden" in tekst:
        return re.sub(r"Feil på siden \S+ i ", f"{hvor}: ", tekst, count=1)
    ukjent = re.match(r"'([^']+)' is undefined", tekst)
    if ukjent:
        return (f"{hvor}: «{ukjent.group(1)}» finnes ikke (ukjent makro eller variabel). Sjekk stavemåten mot "
                "makrotabellen i docs/om-nettstedet/konvensjoner.md.")
    felt = re.match(r"'[^']+' (?:object )?has no attribute '([^']+)'", tekst)
    if felt:
        return f"{hvor}: «{felt.group(1)}» finnes ikke på verdien foran punktumet. Sjekk stavemåten."
    arg = re.search(r"unexpected keyword argument '([^']+)'", tekst)
    if arg:
        return f"{hvor}: makroen kjenner ikke argumentet «{arg.group(1)}». Se makrotabellen i konvensjonene."
    if "required positional argument" in tekst or "positional argument" in tekst:
        return f"{hvor}: makroen fikk for få eller for mange verdier i parentesen. Se makrotabellen i konvensjonene."
    if typ == "TemplateSyntaxError":
        return (f"{hvor}: makrosyntaksen er feil ({tekst}). En makro skrives {{{{ navn(\"verdi\") }}}}, med like "
                "mange parenteser og anførselstegn på hver side.")
    return f"{hvor}: makroen stoppet: {tekst}"


def oversett(utdata: str, docs: Path) -> list[str]:
    """Norske meldinger fra MkDocs' utdata, én per feil, i rekkefølge og uten gjentakelser."""
    utdata = _ANSI.sub("", utdata)
    meldinger: list[str] = []

    def legg_til(m: str) -> None:
        if m not in meldinger:
            meldinger.append(m)

    for treff in _SYNTAKS.finditer(utdata):
        legg_til(_makrofeil(treff.group(1), "TemplateSyntaxError", treff.group(3), treff.group(2)))
    for treff in _MAKRO.finditer(utdata):
        rest = utdata[treff.end():treff.end() + 4000]
        linje = _MAL_LINJE.findall(rest.split("_File_:")[0])
        legg_til(_makrofeil(treff.group(1), treff.group(2), treff.group(3).strip(), linje[-1] if linje else ""))
    blokk: list[str] | None = None
    for rå in utdata.splitlines():
        niva = _NIVA.match(rå)
        if niva:
            blokk = None
            hva, tekst = niva.groups()
            if hva not in ("ERROR", "WARNING") or "[macros] - ERROR" in tekst or "Macro Rendering Error" in tekst:
                continue
            lenke, anker, konfig = _LENKE.search(tekst), _ANKER.search(tekst), _KONFIG.search(tekst)
            if lenke:
                fil, href, _ = lenke.groups()
                legg_til(f"docs/{fil}{_linje_for(docs, fil, href)}: lenken «{href}» peker til en side som ikke "
                         "finnes. Rett lenken (stien er relativ til siden), eller lag siden.")
            elif anker:
                fil, href = anker.group(1), anker.group(2)
                legg_til(f"docs/{fil}{_linje_for(docs, fil, href)}: lenken «{href}» peker til et anker som ikke "
                         "finnes på siden. Sjekk overskriften eller {#anker} på målsiden.")
            elif konfig:
                legg_til(f"mkdocs.yml: innstillingen «{konfig.group(1)}» er feil: {konfig.group(2)}")
            elif "in strict mode" in tekst:
                continue
            else:
                blokk = [tekst]
                meldinger.append(tekst)  # allerede norsk (data, publiseringsvakt) eller en ukjent feil
            continue
        if blokk is not None and rå.startswith("  ") and not rå.lstrip().startswith(_STOY):
            meldinger[-1] += "\n" + rå
        elif not rå.strip():
            blokk = None
    return meldinger


def kort(meldinger: list[str], maks: int = MAKS_LINJER) -> str:
    """Høyst `maks` linjer: overskrift, meldingene, og hvor mange som ikke fikk plass."""
    linjer = ["Bygget stoppet. Rett dette og bygg på nytt:"]
    for m in meldinger:
        linjer += m.splitlines()
    if len(linjer) > maks:
        igjen = len(linjer) - (maks - 1)
        linjer = linjer[: maks - 1] + [f"… og {igjen} linjer til. Rett det første først; ofte forsvinner resten."]
    return "\n".join(linjer)


def forklar(utdata: str, docs: Path) -> str:
    """MkDocs' output for a build that stopped, as the short Norwegian message (`make build`, `make serve`):
    the translated errors, or, when none is known, the last lines MkDocs wrote."""
    funnet = oversett(utdata, docs)
    if not funnet:
        siste = [linje.rstrip() for linje in _ANSI.sub("", utdata).splitlines() if linje.strip()][-3:]
        funnet = ["MkDocs stoppet uten en melding vi kjenner. Det siste den skrev:", *siste]
    return kort(funnet)
