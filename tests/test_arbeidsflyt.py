"""Arbeidsflyten rundt pull requests: CI-filene, CODEOWNERS, PR-malene, rutinemalen og Makefile-målene.

CI-filene kan ikke valideres mot GitHubs og GitLabs JSON-skjema her (ingen nett). Testene sjekker i
stedet strukturen vertene krever, og at CI kjører nøyaktig det README lover (`make test`).
"""
from __future__ import annotations

import fnmatch
import re
import shutil

import pytest
import yaml

from conftest import ROOT, mkdocs_build

GITHUB_CI = ROOT / ".github" / "workflows" / "ci.yml"
GITLAB_CI = ROOT / ".gitlab-ci.yml"
MAL = ROOT / "maler" / "rutine.md"
MALSIDE = ROOT / "docs" / "om-nettstedet" / "ny-rutine-mal.md"
TEKNISK = "@asnes-kommune/nettredaksjon-teknisk"
INNHOLD = "@asnes-kommune/innholdsredaksjon"


def _les(sti):
    return yaml.safe_load(sti.read_text(encoding="utf-8"))


def _makefile_mål() -> set[str]:
    tekst = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-zA-Z_-]+):", tekst, re.M))


def _make_kall(kommandoer: list[str]) -> set[str]:
    return {m for k in kommandoer for m in re.findall(r"\bmake ([a-z][\w-]*)", k)}


# --- GitHub Actions ---------------------------------------------------------------------------

def test_github_workflow_structure():
    wf = _les(GITHUB_CI)
    # PyYAML (YAML 1.1) leser nøkkelen «on» som True; GitHub leser den som «on».
    on = wf.get("on", wf.get(True))
    assert wf.get("name") and on and wf.get("jobs")
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    for navn, jobb in wf["jobs"].items():
        assert jobb.get("runs-on"), f"jobben {navn} mangler runs-on"
        # Root i en Debian-container: `make test` installerer chromium og nginx med apt.
        assert str(jobb.get("container", "")).startswith("python:3.11-"), navn
        assert jobb.get("steps"), f"jobben {navn} mangler steps"
        for steg in jobb["steps"]:
            assert steg.get("name"), f"et steg i {navn} mangler navn (navnet vises i loggen)"
            assert ("uses" in steg) != ("run" in steg), f"steget «{steg['name']}» må ha enten uses eller run"
            if "uses" in steg:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", steg["uses"]), f"lås versjonen: {steg['uses']}"
        assert jobb["steps"][0]["uses"].startswith("actions/checkout@")


def test_github_runs_make_test_on_every_pull_request_and_publishes_on_main():
    jobber = _les(GITHUB_CI)["jobs"]
    test = jobber["test"]
    assert "if" not in test, "testjobben skal kjøre på alle pull requests og på main"
    assert any(s.get("run", "").strip() == "make test" for s in test["steps"])
    publiser = [j for j in jobber.values() if j is not test]
    assert len(publiser) == 1
    jobb = publiser[0]
    assert jobb["needs"] == "test"
    assert "push" in jobb["if"] and "refs/heads/main" in jobb["if"]
    kjøringer = " ".join(s.get("run", "") for s in jobb["steps"])
    assert "make dist" in kjøringer
    opplasting = [s for s in jobb["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert opplasting and opplasting[0]["with"]["path"] == "dist/"


# --- GitLab CI --------------------------------------------------------------------------------

GITLAB_RESERVERT = {"stages", "default", "variables", "workflow", "include", "image", "services", "cache",
                    "before_script", "after_script"}


def test_gitlab_ci_structure():
    ci = _les(GITLAB_CI)
    stages = ci["stages"]
    assert stages and all(isinstance(s, str) for s in stages)
    assert str(ci["default"]["image"]).startswith("python:3.11-")
    jobber = {k: v for k, v in ci.items() if k not in GITLAB_RESERVERT and not k.startswith(".")}
    assert jobber
    for navn, jobb in jobber.items():
        assert jobb.get("stage") in stages, f"jobben {navn} har ukjent stage"
        assert isinstance(jobb.get("script"), list) and jobb["script"], f"jobben {navn} mangler script"
        assert "only" not in jobb and "except" not in jobb, "bruk rules, ikke only/except"
    regler = " ".join(r["if"] for r in ci["workflow"]["rules"])
    assert "merge_request_event" in regler and "$CI_DEFAULT_BRANCH" in regler
    assert jobber["test"]["script"] == ["make test"]
    assert "rules" not in jobber["test"]
    leveranse = jobber["leveranse"]
    assert leveranse["script"] == ["make dist"]
    assert [r["if"] for r in leveranse["rules"]] == ["$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]
    assert leveranse["artifacts"]["paths"] == ["dist/"]


def test_ci_files_only_call_make_targets_that_exist():
    kommandoer = [s.get("run", "") for j in _les(GITHUB_CI)["jobs"].values() for s in j["steps"]]
    gitlab = _les(GITLAB_CI)
    kommandoer += [k for j in gitlab.values() if isinstance(j, dict) for k in j.get("script", [])]
    kommandoer += (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    mangler = _make_kall(kommandoer) - _makefile_mål()
    assert not mangler, f"CI kaller make-mål som ikke finnes i Makefile: {sorted(mangler)}"


# --- CODEOWNERS -------------------------------------------------------------------------------

def _regler(sti) -> list[tuple[str, list[str]]]:
    regler = []
    for linje in sti.read_text(encoding="utf-8").splitlines():
        if linje.strip() and not linje.startswith("#"):
            mønster, *eiere = linje.split()
            assert eiere and all(e.startswith("@") for e in eiere), linje
            regler.append((mønster, eiere))
    return regler


def _eier(regler, sti: str) -> list[str]:
    """Eierne av en fil: den SISTE regelen som passer, slik GitHub og GitLab leser filen."""
    funnet = []
    for mønster, eiere in regler:
        if mønster == "*":
            treff = True
        elif mønster.endswith("/"):
            treff = ("/" + sti).startswith(mønster)
        else:
            treff = fnmatch.fnmatch("/" + sti, mønster)
        if treff:
            funnet = eiere
    return funnet


def test_codeowners_are_identical_for_github_and_gitlab():
    assert _regler(ROOT / ".github" / "CODEOWNERS") == _regler(ROOT / ".gitlab" / "CODEOWNERS")


@pytest.mark.parametrize("sti, eier", [
    ("mkdocs.yml", TEKNISK), ("Makefile", TEKNISK), ("requirements.lock", TEKNISK), ("requirements.in", TEKNISK),
    ("pyproject.toml", TEKNISK), (".ci/run", TEKNISK), (".github/workflows/ci.yml", TEKNISK),
    (".gitlab-ci.yml", TEKNISK), ("overrides/404.html", TEKNISK), ("macros/site/makroer.py", TEKNISK),
    ("tests/conftest.py", TEKNISK), ("deploy/nginx/asnes-handlingsveileder.conf", TEKNISK),
    ("scripts/sjekk_personopplysninger.py", TEKNISK), (".pymarkdown.yml", TEKNISK), ("README.md", TEKNISK),
    ("overrides/assets/stilark/hv.css", TEKNISK), ("data/schema/lover.schema.json", TEKNISK),
    ("docs/rutiner/anonym-drofting.md", INNHOLD), ("docs/.nav.yml", INNHOLD), ("data/tjenester.yml", INNHOLD),
    ("maler/rutine.md", INNHOLD), ("CONTRIBUTING.md", INNHOLD),
])
def test_codeowners_protect_the_right_paths(sti, eier):
    assert _eier(_regler(ROOT / ".github" / "CODEOWNERS"), sti) == [eier]


# --- PR-maler ---------------------------------------------------------------------------------

def test_pull_request_templates():
    github = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    gitlab = (ROOT / ".gitlab" / "merge_request_templates" / "Default.md").read_text(encoding="utf-8")
    assert github == gitlab, "PR-malen for GitHub og GitLab skal være lik"
    punkter = re.findall(r"^- \[ \] (.+)$", github, re.M)
    assert len(punkter) >= 5
    assert any("fødselsnummer" in p for p in punkter)
    # En <!-- kommentar --> må ikke inneholde «-->» før slutten, ellers vises resten i PR-en.
    for kommentar in re.findall(r"<!--(.*?)-->", github, re.S):
        assert "<!--" not in kommentar


# --- Rutinemalen ------------------------------------------------------------------------------

FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.S)
KODEBLOKK = re.compile(r"^```markdown\n(.*?)^```\n", re.S | re.M)


def test_template_front_matter_follows_the_contract():
    meta = yaml.safe_load(FRONT_MATTER.match(MAL.read_text(encoding="utf-8")).group(1))
    assert list(meta) == ["title", "rutine"]
    assert list(meta["rutine"]) == ["id", "eier", "status", "godkjent", "revisjonsintervall_mnd", "gjelder",
                                    "tema", "lovgrunnlag"]
    r = meta["rutine"]
    assert (r["status"], r["godkjent"], r["revisjonsintervall_mnd"]) == ("utkast", None, 12)
    assert r["gjelder"] == r["tema"] == r["lovgrunnlag"] == []
    tekst = MAL.read_text(encoding="utf-8")
    overskrifter = re.findall(r"^## (.+?) \{#", tekst, re.M)
    assert overskrifter == ["Formål", "Hvem gjelder rutinen for", "Slik gjør du det", "Dokumentasjon",
                            "Samtykke og taushetsplikt", "Se også"]
    assert "```" not in tekst, "malen vises i en kodeblokk; den kan ikke selv ha ```"


def test_template_page_shows_the_template_from_one_place():
    side = MALSIDE.read_text(encoding="utf-8")
    front_matter = side.split("\n---\n", 1)[0] if side.startswith("---\n") else ""
    assert "rutine:" not in front_matter, "malsiden er ikke selv en rutine (ingen rutine-metadata)"
    uten_kode = re.sub(r"^```.*?^```", "", side, flags=re.S | re.M)
    assert len(re.findall(r"^# ", uten_kode, re.M)) == 1
    if '--8<-- "rutine.md"' in side:
        return  # pymdownx.snippets henter malen fra maler/rutine.md
    blokker = KODEBLOKK.findall(side)
    assert blokker and blokker[0] == MAL.read_text(encoding="utf-8"), (
        "kodeblokken på docs/om-nettstedet/ny-rutine-mal.md er ikke lik maler/rutine.md – kopier filen inn på nytt")
    # Makroene i malen skal vises som tekst, ikke kjøres.
    start, slutt = side.index("{% raw %}"), side.index("{% endraw %}")
    assert start < side.index("```markdown") < slutt


def _prosjekt_med_rutine(tmp_path, tekst):
    prosjekt = tmp_path / "prosjekt"
    prosjekt.mkdir()
    for navn in ("mkdocs.yml", "overrides", "macros", "data"):
        (prosjekt / navn).symlink_to(ROOT / navn)
    shutil.copytree(ROOT / "docs", prosjekt / "docs")
    (prosjekt / "docs" / "rutiner" / "ny-rutine.md").write_text(tekst, encoding="utf-8")
    return mkdocs_build(prosjekt / "mkdocs.yml", tmp_path / "ut")


def test_filled_in_template_builds_as_a_routine(tmp_path):
    tekst = (MAL.read_text(encoding="utf-8")
             .replace("id: skriv-filnavnet-her", "id: ny-rutine")
             .replace("eier: skriv-rolle-eller-tjeneste", "eier: ledende-helsesykepleier")
             .replace("Skriv tittelen her", "Ny rutine fra malen"))
    resultat = _prosjekt_med_rutine(tmp_path, tekst)
    assert resultat.returncode == 0, resultat.stdout
    html = (tmp_path / "ut" / "rutiner" / "ny-rutine" / "index.html").read_text(encoding="utf-8")
    assert "Ny rutine fra malen" in html


def test_template_left_unfilled_stops_the_build_and_names_the_fields(tmp_path):
    resultat = _prosjekt_med_rutine(tmp_path, MAL.read_text(encoding="utf-8"))
    assert resultat.returncode != 0
    assert "«id»" in resultat.stdout and "«eier»" in resultat.stdout


# --- Makefile ---------------------------------------------------------------------------------

def test_makefile_has_lint_and_personvern_with_help_before_clean():
    tekst = (ROOT / "Makefile").read_text(encoding="utf-8")
    linjer = tekst.splitlines()
    posisjon = {m: i for i, linje in enumerate(linjer) for m in ["lint", "personvern", "clean"]
                if linje.startswith(f"{m}:")}
    assert posisjon["lint"] < posisjon["clean"] and posisjon["personvern"] < posisjon["clean"]
    for mål in ("lint", "personvern"):
        assert "## " in linjer[posisjon[mål]], f"make {mål} mangler hjelpetekst (## …)"
    assert "sjekk_personopplysninger.py" in tekst
