"""A maintainer's day: add a routine from the template and see it in the overview; likely mistakes stop the
build (the real mkdocs.yml, --strict) with a Norwegian message that names the file and the field.
"""
import re

import pytest

import _rutinestyring as R
from _datalag import ROT

MAL = ROT / "maler" / "rutine.md"
MINIMAL = """---
title: Skriv tittelen her
rutine:
  id: skriv-filnavnet-her
  eier: skriv-rolle-eller-tjeneste
  status: utkast
  godkjent: null
  revisjonsintervall_mnd: 12
  gjelder: []
  tema: []
  lovgrunnlag: []
---

# Skriv tittelen her

Brødtekst.
"""


def mal() -> str:
    """The template a maintainer copies (maler/rutine.md), or a minimal one if it is not there."""
    return MAL.read_text(encoding="utf-8") if MAL.is_file() else MINIMAL


def fyll_ut(tekst: str, **felt: str) -> str:
    """What the maintainer does: replace the value of each front matter field (comments may follow)."""
    hode, skille, kropp = tekst.partition("\n---\n")
    for navn, verdi in felt.items():
        hode, antall = re.subn(rf"^(\s*{navn}:)[^\n]*$", lambda m: f"{m.group(1)} {verdi}", hode, count=1,
                               flags=re.M)
        assert antall == 1, f"feltet «{navn}» finnes ikke i malen"
    return hode + skille + kropp


def ny_rutine(**endringer: str) -> str:
    felt = {"title": "Rutine for oppfølging i barnehagen", "id": "oppfolging-i-barnehagen", "eier": "barnehage",
            "status": "gjeldende", "godkjent": "2025-01-15", "revisjonsintervall_mnd": "6",
            "gjelder": "[barnehage, nav]", "lovgrunnlag": "[bvl-13-2]"}
    felt.update(endringer)
    tekst = fyll_ut(mal(), **felt)
    tittel = felt["title"]
    return re.sub(r"^# .*$", f"# {tittel}", tekst, count=1, flags=re.M)


def test_ny_rutine_fra_malen_vises_i_oversikten(tmp_path):
    config = R.lag_prosjekt(tmp_path, {"rutiner/oppfolging-i-barnehagen.md": ny_rutine()})
    resultat = R.bygg(config, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stdout
    s = R.side(tmp_path / "site", "rutiner")
    tabell = s.select_one("#rutiner-barnehage").find_next("table")
    rader = {tr.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in tr.find_all("td")]
             for tr in tabell.tbody.find_all("tr")}
    assert rader["Rutine for oppfølging i barnehagen"] == ["Barnehagene", "Gjeldende", "15. juli 2025"]
    assert "Rutine for oppfølging i barnehagen" in s.select_one("#rutiner-nav").find_next("table").get_text()
    # and its own page has the header, without anything typed in the page
    side = R.side(tmp_path / "site", "rutiner/oppfolging-i-barnehagen")
    hode = {d.dt.get_text(strip=True): d.dd.get_text(" ", strip=True) for d in side.select(".rutinehode dl > div")}
    assert hode["Eier"] == "Barnehagene" and hode["Neste revisjon"] == "15. juli 2025"
    assert hode["Revisjonsintervall"] == "6 måneder"
    assert "{{" not in mal().split("\n---\n", 1)[0], "malen skal ikke ha makrokall i front matter"


def test_umodifisert_mal_stopper_bygget_med_melding(tmp_path):
    config = R.lag_prosjekt(tmp_path, {"rutiner/ny-rutine.md": mal()})
    resultat = R.bygg(config, tmp_path / "site")
    assert resultat.returncode != 0
    assert "feltet «id» må være lik filnavnet «ny-rutine»" in resultat.stdout
    assert "feltet «eier» viser til «skriv-rolle-eller-tjeneste», som ikke finnes" in resultat.stdout


@pytest.mark.parametrize("endring, melding", [
    ({"eier": ""}, "rutine «oppfolging-i-barnehagen»: feltet «rutine.eier» har feil type: forventet tekst, men fikk "
                   "null (tom)"),
    ({"eier": "barnehagesjef"}, "feltet «eier» viser til «barnehagesjef», som ikke finnes i data/tjenester.yml eller "
                                "data/roller.yml"),
    ({"godkjent": "15.01.2025"}, "feltet «rutine.godkjent» må være en dato på formen ÅÅÅÅ-MM-DD, men er «15.01.2025»"),
    ({"godkjent": "2025-13-01"}, "feltet «rutine.godkjent»: 2025-13-01 finnes ikke (måned 13 finnes ikke)"),
    ({"gjelder": "[barnehager]"}, "feltet «gjelder» viser til «barnehager», som ikke finnes i data/tjenester.yml. "
                                  "Mente du «barnehage»?"),
    ({"godkjent": "null"}, "feltet «godkjent» må være en dato når status er «gjeldende»"),
    ({"godkjent": "2031-01-15"}, "feltet «godkjent» er 2031-01-15, som er etter dagens dato (2025-03-01)"),
])
def test_typiske_feil_stopper_bygget(tmp_path, endring, melding):
    config = R.lag_prosjekt(tmp_path, {"rutiner/oppfolging-i-barnehagen.md": ny_rutine(**endring)})
    resultat = R.bygg(config, tmp_path / "site")
    assert resultat.returncode != 0
    assert "docs/rutiner/oppfolging-i-barnehagen.md" in resultat.stdout
    assert melding in resultat.stdout, resultat.stdout[-3000:]
    assert "Traceback" not in resultat.stdout
