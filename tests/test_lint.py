"""Lint: Markdown (pymarkdown), YAML (yamllint) og innrykk i lister. Kravet er null funn.

Funnene skrives ut på norsk med fil, linje og hvordan du retter, fordi de som leser dem, er
redaktører og ikke programmerere. Reglene (og hvorfor noen er endret) står i .pymarkdown.yml og
.yamllint. Testene med plantede feil viser at oppsettet faktisk fanger feilene.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from yamllint import linter
from yamllint.config import YamlLintConfig

from conftest import BIN, ROOT

PYMARKDOWN_CONFIG = ROOT / ".pymarkdown.yml"
YAMLLINT_CONFIG = ROOT / ".yamllint"

# Markdown som redaktørene skriver og leser. (PR-malene i .github/ og .gitlab/ er ikke med: de vises
# i pull requesten, ikke på nettstedet, og bruker <!-- kommentarer --> med vilje.)
MARKDOWN_STIER = ["docs", "maler", "CONTRIBUTING.md"]
# YAML: dataene, konfigurasjonen, menyfilene (docs/**/.nav.yml) og CI-filene.
YAML_STIER = ["data", "mkdocs.yml", "docs", ".github", ".gitlab-ci.yml", ".yamllint", ".pymarkdown.yml"]


@dataclass(frozen=True)
class Funn:
    fil: str
    linje: int
    regel: str      # f.eks. MD022, empty-values, INNRYKK
    hjelp: str      # norsk forklaring og hvordan man retter

    def __str__(self) -> str:
        return f"  {self.fil}, linje {self.linje}: {self.hjelp} [{self.regel}]"


def _rapport(tittel: str, funn: list[Funn], slutt: str) -> str:
    return "\n".join([f"{tittel} fant {len(funn)} ting å rette:", "", *map(str, funn), "", slutt])


def _eksisterende(stier: list[str], rot: Path = ROOT) -> list[str]:
    return [s for s in stier if (rot / s).exists()]


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

MD_HJELP = {
    "MD001": "Overskriftene hopper over et nivå. Bruk ## under #, og ### under ##.",
    "MD003": "Skriv overskrifter med # foran (## Tittel), ikke med streker under.",
    "MD004": "Bruk samme tegn (-) foran alle punktene i listen.",
    "MD005": "Punktene i samme liste må ha likt innrykk.",
    "MD009": "Fjern mellomrommene på slutten av linjen.",
    "MD010": "Bytt tabulatortegnet med mellomrom.",
    "MD011": "Lenken er snudd. Skriv [tekst](adresse).",
    "MD012": "Fjern den ekstra tomme linjen (bare én tom linje om gangen).",
    "MD014": "Fjern $ foran kommandoene i kodeblokken.",
    "MD018": "Sett ett mellomrom mellom # og overskriftsteksten.",
    "MD019": "Bruk bare ett mellomrom mellom # og overskriftsteksten.",
    "MD020": "Sett ett mellomrom mellom # og overskriftsteksten.",
    "MD021": "Bruk bare ett mellomrom mellom # og overskriftsteksten.",
    "MD022": "Sett en tom linje før og etter overskriften.",
    "MD023": "Overskriften må starte helt til venstre (ingen mellomrom foran #).",
    "MD024": "To overskrifter på siden har samme tekst. Gi dem ulike navn, så ankrene og "
             "skjermleserens liste over overskrifter blir entydige.",
    "MD025": "Siden har mer enn én hovedoverskrift (#). Bare sidetittelen skal ha én #; bruk ## for resten.",
    "MD026": "Fjern punktum, komma, kolon eller utropstegn på slutten av overskriften.",
    "MD027": "Bruk bare ett mellomrom etter > i sitatet.",
    "MD028": "Tom linje inne i et sitat deler det i to. Sett > også på den tomme linjen.",
    "MD029": "Nummereringen i listen er ujevn. Bruk 1. 2. 3. Nettsiden teller alltid fra 1 i hver liste, "
             "uansett hvilket tall du skriver; avbrytes listen av tekst eller en overskrift, begynner den på 1 igjen.",
    "MD030": "Bruk ett mellomrom etter - eller 1. i listen.",
    "MD031": "Sett en tom linje før og etter kodeblokken (```).",
    "MD032": "Sett en tom linje før og etter listen. Uten den blir listen en del av avsnittet over.",
    "MD033": "HTML er ikke lov her (bare <div> og <span>); bruk Markdown. Notater til andre redaktører "
             "skrives i pull requesten, ikke som <!-- kommentar --> (den publiseres i kildekoden).",
    "MD034": "Nettadressen står naken og blir ikke en lenke. Skriv [Lovdata](https://lovdata.no).",
    "MD035": "Bruk samme slags skillelinje (---) overalt.",
    "MD036": "Et helt avsnitt i fet eller kursiv ser ut som en overskrift, men er det ikke for skjermlesere. "
             "Bruk en ekte overskrift (### Gjør dette), eller skriv det som vanlig tekst.",
    "MD037": "Fjern mellomrommet innenfor * eller ** (skriv **viktig**, ikke ** viktig **).",
    "MD038": "Fjern mellomrommet innenfor `kode`.",
    "MD039": "Fjern mellomrommet innenfor [lenketeksten].",
    "MD040": "Skriv hva slags innhold kodeblokken har rett etter ```, f.eks. ```yaml eller ```text.",
    "MD041": "Siden må begynne med hovedoverskriften (# Tittel), rett etter front matter.",
    "MD042": "Lenken er tom. Skriv adressen inni ( ).",
    "MD043": "Overskriftene følger ikke den faste malen.",
    "MD044": "Et navn er skrevet med feil store/små bokstaver.",
    "MD045": "Bildet mangler alternativ tekst. Skriv hva bildet viser: ![Årshjulet for samarbeidet](bilde.png).",
    "MD047": "Filen skal slutte med et linjeskift (trykk Enter etter siste linje).",
    "MD048": "Bruk ``` for alle kodeblokker (ikke ~~~).",
    "MD049": "Bruk samme tegn for kursiv overalt: *kursiv*.",
    "MD050": "Bruk samme tegn for fet skrift overalt: **fet**.",
    "MD052": "Lenken viser til en lenkedefinisjon som ikke finnes.",
    "MD053": "En lenkedefinisjon ([navn]: adresse) brukes ikke. Fjern den.",
    "MD054": "Skriv lenker på vanlig måte: [tekst](adresse).",
    "MD055": "Noen rader i tabellen har | i kantene og andre ikke. Gjør alle rader like.",
    "MD056": "En rad i tabellen har feil antall kolonner. Tell |-tegnene.",
    "MD058": "Sett en tom linje før og etter tabellen.",
    "MD059": "Lenketeksten sier ikke hvor lenken går («her», «les mer»). Skriv hva leseren finner, "
             "f.eks. [Anonym drøfting](../rutiner/anonym-drofting.md).",
}

PYMARKDOWN_LINJE = re.compile(r"^(?P<fil>.+?):(?P<linje>\d+):(?P<kol>\d+): (?P<regel>\w+): (?P<tekst>.*)$")


def _detalj(tekst: str) -> str:
    """Det konkrete i pymarkdowns melding, på norsk: hvilket HTML-element, hvilket nummer."""
    if m := re.search(r"\[Element: ([^\]]+)\]", tekst):
        return f" Her står det <{m.group(1)}>."
    if m := re.search(r"Expected: (\d+); Actual: (\d+)", tekst):
        return f" (her skulle det stått {m.group(1)}, ikke {m.group(2)})"
    return ""


def pymarkdown(stier: list[str], cwd: Path = ROOT) -> list[Funn]:
    """Kjør pymarkdown med prosjektets regler; gi funnene på norsk."""
    result = subprocess.run(
        [str(BIN / "pymarkdown"), "--config", str(PYMARKDOWN_CONFIG), "--strict-config",
         "scan", "--recurse", *stier],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )
    funn = []
    for linje in result.stdout.splitlines():
        treff = PYMARKDOWN_LINJE.match(linje)
        if treff:
            regel = treff["regel"].upper()
            fil = Path(treff["fil"])
            fil = fil.relative_to(cwd) if fil.is_absolute() and fil.is_relative_to(cwd) else fil
            hjelp = MD_HJELP.get(regel, treff["tekst"]) + _detalj(treff["tekst"])
            funn.append(Funn(fil.as_posix(), int(treff["linje"]), regel, hjelp))
    # Noe annet gikk galt (feil i .pymarkdown.yml, en fil som ikke kan leses): stopp med utdataene.
    assert result.returncode == 0 or funn, f"pymarkdown feilet:\n{result.stdout}\n{result.stderr}"
    return funn


# Python-Markdown (som lager nettsidene) krever 4 mellomrom for et underpunkt. Med 2 eller 3
# blir underpunktet et vanlig punkt eller en del av teksten. (Erstatter MD007, se .pymarkdown.yml.)
LISTEPUNKT = re.compile(r"^(?P<innrykk> +)(?:[-*+]|\d+[.)])(?: |$)")
KODEGJERDE = re.compile(r"^\s*(```|~~~)")


def listeinnrykk(tekst: str, fil: str) -> list[Funn]:
    funn = []
    linjer = tekst.splitlines()
    start = 0
    if linjer and linjer[0].strip() == "---":  # hopp over front matter
        for i in range(1, len(linjer)):
            if linjer[i].strip() in ("---", "..."):
                start = i + 1
                break
    i_kode = None
    for nr, linje in enumerate(linjer[start:], start=start + 1):
        gjerde = KODEGJERDE.match(linje)
        if gjerde:
            if i_kode is None:
                i_kode = gjerde.group(1)
            elif gjerde.group(1) == i_kode:
                i_kode = None
            continue
        if i_kode:
            continue
        treff = LISTEPUNKT.match(linje)
        if treff and len(treff["innrykk"]) % 4:
            n = len(treff["innrykk"])
            riktig = 4 * round(n / 4) or 4
            funn.append(Funn(fil, nr, "INNRYKK",
                             f"Punktet er rykket inn {n} mellomrom. Bruk {riktig} "
                             "(underpunkter trenger 4 mellomrom per nivå, ellers blir listen feil på nettsiden)."))
    return funn


def markdownfiler(stier: list[str], rot: Path = ROOT) -> list[Path]:
    filer = []
    for s in stier:
        p = rot / s
        filer.extend(sorted(p.rglob("*.md")) if p.is_dir() else [p])
    return filer


MD_SLUTT = ("Reglene og hvorfor noen er endret: .pymarkdown.yml. Konvensjonene for sidene: "
            "docs/om-nettstedet/konvensjoner.md. Prøv selv: .venv/bin/pymarkdown scan -r docs")


def test_markdown_lint():
    stier = _eksisterende(MARKDOWN_STIER)
    funn = pymarkdown(stier)
    for fil in markdownfiler(stier):
        funn.extend(listeinnrykk(fil.read_text(encoding="utf-8"), fil.relative_to(ROOT).as_posix()))
    if funn:
        pytest.fail(_rapport("Markdown-sjekken", sorted(funn, key=lambda f: (f.fil, f.linje)), MD_SLUTT),
                    pytrace=False)


GOD_SIDE = """---
title: Anonym drøfting
rutine:
  id: anonym-drofting
  status: utkast
---

# Anonym drøfting

<div class="kort-fortalt" markdown>

**Kort fortalt:** Drøft saken uten navn. Se [samtykke](#samtykke).

</div>

## Er barnet i akutt fare?

!!! danger akutt "Er barnet i akutt fare?"
    Ring 112.

    Andre avsnitt i boksen, med en liste:

    - punkt
        - underpunkt

Tekst med {{ lov("bvl-13-2") }} inne i setningen.

{{ ansvarstabell("kommune") }}

## Samtykke {#samtykke}

| Kolonne | Annen |
|---|---|
| a | b |

1. Første
    - underpunkt med fire mellomrom
2. Andre

- [ ] gjøremål

```yaml
id: anonym-drofting
```

Se [Lovdata](https://lovdata.no) og <https://lovdata.no>.
"""

DÅRLIG_SIDE = """Tekst før overskriften.

# Første

# Andre hovedoverskrift
Tekst rett under overskriften.

**Gjør dette**

Les [her](annen.md).

<!-- et hemmelig notat -->

Se https://lovdata.no.

1. Første
   - bare tre mellomrom
2. Andre
"""


def test_markdown_rules_accept_a_correct_page(tmp_path):
    (tmp_path / "god.md").write_text(GOD_SIDE, encoding="utf-8")
    funn = pymarkdown(["god.md"], cwd=tmp_path) + listeinnrykk(GOD_SIDE, "god.md")
    assert funn == [], "\n".join(map(str, funn))


def test_markdown_rules_catch_planted_errors(tmp_path):
    (tmp_path / "dårlig.md").write_text(DÅRLIG_SIDE, encoding="utf-8")
    funn = pymarkdown(["dårlig.md"], cwd=tmp_path) + listeinnrykk(DÅRLIG_SIDE, "dårlig.md")
    regler = {f.regel for f in funn}
    forventet = {"MD041", "MD025", "MD022", "MD036", "MD059", "MD033", "MD034", "INNRYKK"}
    assert forventet <= regler, f"mangler {forventet - regler}; fant {sorted(regler)}"
    assert all(f.regel in MD_HJELP or f.regel == "INNRYKK" for f in funn), "norsk hjelpetekst mangler"
    innrykk = [f for f in funn if f.regel == "INNRYKK"]
    assert [f.linje for f in innrykk] == [17] and "Bruk 4" in innrykk[0].hjelp


def test_list_indent_check_ignores_code_and_front_matter():
    tekst = "---\ngjelder:\n  - skole\n---\n\n# T\n\n```yaml\nnav:\n  - a\n```\n\n- ok\n    - ok\n"
    assert listeinnrykk(tekst, "x.md") == []


# --------------------------------------------------------------------------------------------
# YAML
# --------------------------------------------------------------------------------------------

YAML_HJELP = {
    "syntax": "YAML-feil: filen kan ikke leses. Se etter et kolon som mangler, feil innrykk eller et "
              "anførselstegn som ikke er lukket.",
    "key-duplicates": "Samme nøkkel står to ganger. Bare den siste ville blitt brukt – slett eller slå sammen.",
    "truthy": "Skriv true eller false. yes/no/on/off leses som sant/usant; er det tekst, sett den i "
              "anførselstegn ('no').",
    "indentation": "Feil innrykk. Bruk mellomrom (ikke tabulator), 2 per nivå, likt med linjene over.",
    "trailing-spaces": "Fjern mellomrommene på slutten av linjen.",
    "empty-values": "Verdien er tom. Skriv null når opplysningen mangler (siden viser da «mangler – fylles "
                    "inn av tjenesten»).",
    "octal-values": "Et tall med 0 foran (f.eks. postnummer 0150) leses feil. Sett det i anførselstegn: '0150'.",
    "new-line-at-end-of-file": "Trykk Enter etter siste linje.",
    "empty-lines": "Fjern de ekstra tomme linjene (i starten, på slutten eller flere på rad).",
    "colons": "Skriv ett mellomrom etter kolon og ingen foran.",
    "commas": "Skriv ett mellomrom etter komma og ingen foran.",
    "hyphens": "Skriv ett mellomrom etter - i en liste.",
    "brackets": "Feil mellomrom innenfor [ ].",
    "braces": "Feil mellomrom innenfor { }.",
    "comments": "Kommentarer: to mellomrom før # og ett etter.",
    "comments-indentation": "Kommentaren skal ha samme innrykk som linjen under.",
    "new-lines": "Bruk vanlige linjeskift (Unix).",
    "anchors": "Et anker (&navn) eller alias (*navn) er feil brukt.",
}

YAMLLINT_LINJE = re.compile(r"^(?P<fil>.+?):(?P<linje>\d+):(?P<kol>\d+): \[(?P<niva>\w+)\] (?P<tekst>.*?)(?: \((?P<regel>[\w-]+)\))?$")


def _yamlfunn(fil: str, linje: int, regel: str | None, tekst: str) -> Funn:
    regel = regel or "syntax"
    hjelp = YAML_HJELP.get(regel, tekst)
    if regel == "syntax":
        hjelp = f"{hjelp} ({tekst})"
    return Funn(fil, linje, regel, hjelp)


def yamllint(stier: list[str], cwd: Path = ROOT) -> list[Funn]:
    result = subprocess.run(
        [str(BIN / "yamllint"), "-c", str(YAMLLINT_CONFIG), "-f", "parsable", *stier],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )
    funn = [
        _yamlfunn(t["fil"], int(t["linje"]), t["regel"], t["tekst"])
        for t in map(YAMLLINT_LINJE.match, result.stdout.splitlines()) if t
    ]
    assert result.returncode == 0 or funn, f"yamllint feilet:\n{result.stdout}\n{result.stderr}"
    return funn


FRONT_MATTER = re.compile(r"\A---\n(.*?\n)(?:---|\.\.\.)\n", re.S)


def front_matter_lint(filer: list[Path], rot: Path = ROOT) -> list[Funn]:
    """yamllint over front matter i sidene (f.eks. to «status:» i samme rutine)."""
    conf = YamlLintConfig(file=str(YAMLLINT_CONFIG))
    funn = []
    for fil in filer:
        treff = FRONT_MATTER.match(fil.read_text(encoding="utf-8"))
        if not treff:
            continue
        for problem in linter.run(treff.group(1), conf):
            funn.append(_yamlfunn(fil.relative_to(rot).as_posix(), problem.line + 1, problem.rule,
                                  problem.desc))
    return funn


YAML_SLUTT = ("Reglene og hvorfor noen er endret: .yamllint. Prøv selv: .venv/bin/yamllint data")


def test_yaml_lint():
    stier = _eksisterende(YAML_STIER)
    funn = yamllint(stier) + front_matter_lint(markdownfiler(_eksisterende(MARKDOWN_STIER)))
    if funn:
        pytest.fail(_rapport("YAML-sjekken", funn, YAML_SLUTT), pytrace=False)


def test_yaml_lint_covers_the_expected_files():
    # Hvis noen flytter eller gir nytt navn til filene, skal sjekken ikke stille slutte å se dem.
    result = subprocess.run(
        [str(BIN / "yamllint"), "-c", str(YAMLLINT_CONFIG), "--list-files", *_eksisterende(YAML_STIER)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    sett = {Path(linje).as_posix() for linje in result.stdout.split()}
    for fil in ["mkdocs.yml", "docs/.nav.yml", "data/lover.yml", ".github/workflows/ci.yml", ".gitlab-ci.yml",
                ".yamllint", ".pymarkdown.yml"]:
        assert fil in sett, f"{fil} blir ikke sjekket av yamllint"


def test_yaml_rules_accept_the_sites_own_constructs(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        'site_url: !ENV [HV_SITE_URL, "http://127.0.0.1:8000/"]\n'
        "plugins:\n  - search:\n      lang: ['no']\n", encoding="utf-8")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text("on:\n  pull_request:\njobs: {}\n", encoding="utf-8")
    (tmp_path / "data.yml").write_text("tjenester:\n  - id: nav\n    telefon: null\n", encoding="utf-8")
    assert yamllint(["mkdocs.yml", ".github/workflows/ci.yml", "data.yml"], cwd=tmp_path) == []


def test_yaml_rules_catch_planted_errors(tmp_path):
    (tmp_path / "syntaks.yml").write_text("tjenester:\n  - id: nav\n   navn: feil innrykk\n", encoding="utf-8")
    (tmp_path / "feil.yml").write_text(
        "tjenester:\n"
        "  - id: nav\n"
        "    navn: NAV\n"
        "    navn: Nav\n"          # samme nøkkel to ganger
        "    telefon:\n"           # tom verdi i stedet for null
        "    postnummer: 0150\n"   # leses som oktalt tall
        "    aktiv: yes\n"         # yes/no leses som sant/usant
        "    merknad: tekst   \n", # mellomrom på slutten
        encoding="utf-8")
    syntaks = yamllint(["syntaks.yml"], cwd=tmp_path)
    assert [f.regel for f in syntaks] == ["syntax"] and "YAML-feil" in syntaks[0].hjelp
    regler = {f.regel for f in yamllint(["feil.yml"], cwd=tmp_path)}
    assert {"key-duplicates", "empty-values", "octal-values", "truthy", "trailing-spaces"} <= regler, regler


def test_front_matter_lint_catches_duplicate_keys(tmp_path):
    side = tmp_path / "docs" / "rutine.md"
    side.parent.mkdir()
    side.write_text("---\ntitle: A\nrutine:\n  status: utkast\n  status: gjeldende\n---\n\n# A\n", encoding="utf-8")
    funn = front_matter_lint([side], rot=tmp_path)
    assert [(f.fil, f.linje, f.regel) for f in funn] == [("docs/rutine.md", 5, "key-duplicates")]


# --------------------------------------------------------------------------------------------
# Konfigurasjonsfilene selv: hver endret regel er forklart
# --------------------------------------------------------------------------------------------

def _regler_uten_forklaring(tekst: str, seksjon: str) -> list[str]:
    """Regler under «seksjon:» som ikke har en kommentar rett over seg."""
    mangler = []
    linjer = tekst.splitlines()
    i_seksjon = False
    for i, linje in enumerate(linjer):
        if re.match(rf"^{seksjon}:\s*$", linje):
            i_seksjon = True
            continue
        if i_seksjon and re.match(r"^\S", linje) and not linje.startswith("#"):
            i_seksjon = False
        regel = re.match(r"^  ([\w-]+):", linje)
        if i_seksjon and regel:
            over = linjer[i - 1].strip() if i else ""
            if not over.startswith("#"):
                mangler.append(regel.group(1))
    return mangler


def test_every_rule_change_is_explained():
    md = PYMARKDOWN_CONFIG.read_text(encoding="utf-8")
    yl = YAMLLINT_CONFIG.read_text(encoding="utf-8")
    assert _regler_uten_forklaring(md, "plugins") == []
    assert _regler_uten_forklaring(md, "extensions") == []
    assert _regler_uten_forklaring(yl, "rules") == []
    # Og forklaringen nevner regelen ved navn, så den er lett å finne.
    for regel in yaml.safe_load(md)["plugins"]:
        assert regel.upper() in md.replace(f"  {regel}:", ""), f"{regel} er ikke forklart ved navn"


def test_depotet_har_ingen_symbolske_lenker_ut_av_prosjektet():
    """En symbolsk lenke i git (for eksempel .venv til en annen mappe) erstatter mappen den står for når noen
    henter endringen. Bare eksempelkommunens lenker til motoren (innenfor depotet) er lov."""
    filer = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    lenker = [linje.split("\t", 1)[1] for linje in filer.splitlines() if linje.startswith("120000 ")]
    utenfor = [lenke for lenke in lenker
               if not (ROOT / lenke).resolve().is_relative_to(ROOT.resolve()) or lenke.split("/")[0].startswith(".")]
    assert not utenfor, utenfor
    assert not [lenke for lenke in lenker if Path(lenke).name in (".venv", "node_modules", "site")]
