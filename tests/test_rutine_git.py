"""«Sist endret» and «Hva er nytt» from git history: a temporary git repository, no network.

- macros/data/git_historikk.py reads the last changes under docs/ and data/ (or None without git);
- macros/render/historikk.py lists them in Norwegian with links to the changed pages;
- the real mkdocs.yml («Sist endret» from one git pass, macros/data/sist_endret.py) builds strictly in a git repository with a
  fresh untracked file, and in a shallow clone on a GitLab-like CI, without a single warning.
"""
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import _rutinestyring as R

from macros.data.datasett import Datasett
from macros.data.git_historikk import les_historikk
from macros.render.lenker import Side
from macros.render.historikk import UTEN_GIT, hva_er_nytt_html

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git er ikke installert")


def commit(repo: Path, emne: str, dato: str, *stier: str) -> None:
    R.git(repo, "add", "-A", *stier)
    R.git(repo, "commit", "-q", "-m", emne, GIT_AUTHOR_DATE=f"{dato}T10:00:00+01:00",
          GIT_COMMITTER_DATE=f"{dato}T10:00:00+01:00")


def skriv(fil: Path, tekst: str) -> None:
    fil.parent.mkdir(parents=True, exist_ok=True)
    fil.write_text(tekst, encoding="utf-8")


@pytest.fixture
def repo(tmp_path):
    r = tmp_path / "repo"
    r.mkdir()
    R.git(r, "init", "-q")
    skriv(r / "docs" / "index.md", "# Forside\n")
    skriv(r / "docs" / "rutiner" / "gammel.md", "# Gammel\n")
    skriv(r / "data" / "tjenester.yml", "tjenester: []\n")
    commit(r, "Første versjon av veilederen", "2025-01-10")
    skriv(r / "docs" / "rutiner" / "samtykke.md", "---\ntitle: Samtykke til samarbeid\n---\n\n# Samtykke til samarbeid\n")
    commit(r, "Ny rutine: samtykke til samarbeid", "2025-02-03")
    skriv(r / "macros" / "x.py", "x = 1\n")
    commit(r, "Teknisk: rydd i makroene", "2025-02-04")   # outside docs/ and data/: not listed
    skriv(r / "data" / "tjenester.yml", "tjenester: [nav]\n")
    (r / "docs" / "rutiner" / "gammel.md").unlink()
    commit(r, "Oppdatert NAV & <barnevern>; slettet gammel rutine", "2025-02-20")
    R.git(r, "mv", "docs/index.md", "docs/start.md")
    commit(r, "Flyttet forsiden", "2025-02-21")
    return r


def test_les_historikk_nyeste_forst_bare_docs_og_data(repo):
    h = les_historikk(repo / "docs", 10, stier=[repo / "docs", repo / "data"])
    assert h is not None and h.rot == repo.resolve() and h.grunn is False
    assert [(e.dato, e.emne) for e in h.endringer] == [
        (date(2025, 2, 21), "Flyttet forsiden"),
        (date(2025, 2, 20), "Oppdatert NAV & <barnevern>; slettet gammel rutine"),
        (date(2025, 2, 3), "Ny rutine: samtykke til samarbeid"),
        (date(2025, 1, 10), "Første versjon av veilederen"),
    ]
    flytt, slett, ny, _ = h.endringer
    assert [(f.status, f.sti, f.gammel_sti) for f in flytt.filer] == [("R", "docs/start.md", "docs/index.md")]
    assert {(f.status, f.sti) for f in slett.filer} == {("M", "data/tjenester.yml"), ("D", "docs/rutiner/gammel.md")}
    assert [(f.status, f.sti) for f in ny.filer] == [("A", "docs/rutiner/samtykke.md")]
    assert len(les_historikk(repo / "docs", 2, stier=[repo / "docs"]).endringer) == 2


def test_uten_git_gir_none_og_synlig_tekst(tmp_path):
    (tmp_path / "docs").mkdir()
    assert les_historikk(tmp_path / "docs", 5, stier=[tmp_path / "docs"]) is None
    html = hva_er_nytt_html(Datasett(), Side(src="om-nettstedet/hva-er-nytt.md", url="om-nettstedet/hva-er-nytt/"),
                            tmp_path / "docs", tmp_path / "data", None)
    assert UTEN_GIT in html and "endringslogg-mangler" in html


def test_repo_uten_commits_gir_tom_liste(tmp_path):
    R.git(tmp_path, "init", "-q")
    (tmp_path / "docs").mkdir()
    h = les_historikk(tmp_path / "docs", 5, stier=[tmp_path / "docs"])
    assert h is not None and h.endringer == []


def test_hva_er_nytt_lenker_til_endrede_sider(repo):
    docs = repo / "docs"
    side = Side(src="om-nettstedet/hva-er-nytt.md", url="om-nettstedet/hva-er-nytt/")
    h = les_historikk(docs, 10, stier=[docs, repo / "data"])
    soup = BeautifulSoup(hva_er_nytt_html(Datasett(), side, docs, repo / "data", h), "html.parser")
    punkter = soup.select("ul.endringslogg > li")
    assert len(punkter) == 4
    forste = punkter[0]
    assert forste.time["datetime"] == "2025-02-21" and forste.time.get_text() == "21. februar 2025"
    assert forste.a["href"] == "../../start/" and forste.a.get_text() == "Forside"
    slett = punkter[1]
    assert slett.select_one(".endring__emne").get_text() == "Oppdatert NAV & <barnevern>; slettet gammel rutine"
    assert "<barnevern>" not in str(slett)  # escaped
    assert "Sider: rutiner/gammel.md (slettet)." in slett.get_text()
    assert "Data: tjenester og kontaktinformasjon (tjenester.yml)." in slett.get_text()
    ny = punkter[2]
    assert ny.a["href"] == "../../rutiner/samtykke/" and ny.a.get_text() == "Samtykke til samarbeid"
    assert "(ny)" in ny.get_text()
    assert "Teknisk" not in soup.get_text()


def test_grunn_klone_sies_fra_om(repo, tmp_path):
    klon = tmp_path / "klon"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repo.resolve().as_uri(), str(klon)], check=True)
    h = les_historikk(klon / "docs", 10, stier=[klon / "docs", klon / "data"])
    assert h is not None and h.grunn is True and len(h.endringer) == 1
    html = hva_er_nytt_html(Datasett(), Side(src="a.md", url="a/"), klon / "docs", klon / "data", h)
    assert "bare en del av Git-historikken" in html


# ---------------------------------------------------------------- the real configuration in a git repository
def _advarsler(resultat) -> list[str]:
    return [linje for linje in resultat.stdout.splitlines() if linje.startswith(("WARNING", "ERROR"))]


@pytest.fixture
def git_prosjekt(tmp_path):
    config = R.lag_prosjekt(tmp_path)
    prosjekt = config.parent
    R.git(prosjekt, "init", "-q")
    commit(prosjekt, "Første versjon av testveilederen", "2025-01-10")
    fil = prosjekt / "docs" / "rutiner" / "samtale-med-foreldre.md"
    fil.write_text(fil.read_text(encoding="utf-8") + "\nEt nytt avsnitt.\n", encoding="utf-8")
    commit(prosjekt, "Samtale med foreldre: nytt avsnitt", "2025-02-14")
    return config


def test_bygger_strengt_i_git_med_ny_fil_som_ikke_er_lagt_inn(git_prosjekt, tmp_path):
    prosjekt = git_prosjekt.parent
    ny = prosjekt / "docs" / "rutiner" / "ny-rutine.md"
    ny.write_text((R.FIX / "docs" / "rutiner" / "samtale-med-foreldre.md").read_text(encoding="utf-8")
                  .replace("samtale-med-foreldre", "ny-rutine").replace("Samtale med foreldre", "Ny rutine"),
                  encoding="utf-8")
    assert "?? docs/rutiner/ny-rutine.md" in R.git(prosjekt, "status", "--porcelain")
    resultat = R.bygg(git_prosjekt, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stdout
    assert _advarsler(resultat) == []
    site = tmp_path / "site"

    def sist_endret(url):
        return R.side(site, url).select_one(".sist-endret").get_text(" ", strip=True)

    assert sist_endret("rutiner/samtale-med-foreldre") == "Sist endret: 14. februar 2025"
    assert sist_endret("rutiner/melde-bekymring") == "Sist endret: 10. januar 2025"
    assert sist_endret("rutiner/ny-rutine").startswith("Sist endret: ")  # not committed: the build date
    # «Hva er nytt» is written for readers (data/nytt.yml), never the commit subjects
    s = R.side(site, "om-nettstedet/hva-er-nytt")
    tekst = s.select_one("ul.endringslogg").get_text()
    assert "En ny side for testen." in tekst and "Samtale med foreldre: nytt avsnitt" not in tekst


def test_grunn_klone_pa_gitlab_ci_stopper_ikke_bygget(git_prosjekt, tmp_path):
    klon = tmp_path / "klon"
    subprocess.run(["git", "clone", "-q", "--depth", "1", git_prosjekt.parent.resolve().as_uri(), str(klon)],
                   check=True)
    resultat = R.bygg(klon / "mkdocs.yml", tmp_path / "site", HV_DATAKATALOG=str(klon / "data"), GITLAB_CI="true")
    assert resultat.returncode == 0, resultat.stdout
    assert _advarsler(resultat) == []
    # «Sist endret» (macros/data/sist_endret.py): the clone only knows its one commit, and says so without a warning
    sist = R.side(tmp_path / "site", "rutiner/melde-bekymring").select_one(".sist-endret").get_text(" ", strip=True)
    assert sist == "Sist endret: 14. februar 2025"
    s = R.side(tmp_path / "site", "om-nettstedet/hva-er-nytt")
    assert "En ny side for testen." in s.select_one("ul.endringslogg").get_text()  # from data, not git
