"""Routine front matter: loading, validation, computed review dates and 'today'."""
from datetime import date
from pathlib import Path

import pytest

from _datalag import fixture_datasett, kopier_data

from macros.data.datasett import Kilder, last_datasett
from macros.data.datoer import dagens_dato, legg_til_maneder
from macros.data.feil import DataError, MakroFeil
from macros.data.oppslag import rutine as hent_rutine
from macros.data.rutiner import er_forfalt, neste_revisjon


def rutinekilder(tmp_path: Path) -> Kilder:
    data = tmp_path / "data"
    if not data.exists():
        kopier_data(tmp_path)
        # the fixture's ansvar.yml points at a fixture routine that these tests do not create
        (data / "ansvar.yml").write_text((data / "ansvar.yml").read_text().replace("rutiner: [melde-bekymring]", ""))
    return Kilder(datakatalog=data, rutinekatalog=tmp_path / "docs" / "rutiner", prosjektrot=tmp_path)


def skriv_rutine(tmp_path: Path, navn: str, front: str) -> None:
    katalog = tmp_path / "docs" / "rutiner"
    katalog.mkdir(parents=True, exist_ok=True)
    (katalog / f"{navn}.md").write_text(f"---\n{front}---\n\n# Tittel\n", encoding="utf-8")


GYLDIG_FRONT = """title: {title}
rutine:
  id: {id}
  eier: virksomhetsleder
  status: gjeldende
  godkjent: 2024-01-31
  revisjonsintervall_mnd: 12
  gjelder: [nav]
  tema: [samtykke]
  lovgrunnlag: [bvl-13-2]
"""


def test_fixture_rutiner_lastes():
    ds = fixture_datasett()
    assert set(ds.rutiner) == {"melde-bekymring", "anonym-drofting"}
    assert ds.rutiner["melde-bekymring"].side == "rutiner/melde-bekymring.md"


def test_neste_revisjon_og_forfalt():
    r = fixture_datasett().rutiner["melde-bekymring"]
    assert neste_revisjon(r) == date(2025, 1, 31)
    assert er_forfalt(r, date(2025, 1, 31)) is False
    assert er_forfalt(r, date(2025, 2, 1)) is True


def test_utkast_uten_dato_er_aldri_forfalt():
    r = fixture_datasett().rutiner["anonym-drofting"]
    assert neste_revisjon(r) is None and er_forfalt(r, date(2099, 1, 1)) is False


def test_legg_til_maneder_klemmer_til_manedsslutt():
    assert legg_til_maneder(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert legg_til_maneder(date(2024, 11, 15), 14) == date(2026, 1, 15)


def test_dagens_dato_fra_miljo(monkeypatch):
    monkeypatch.setenv("HV_DAGENS_DATO", "2030-06-15")
    assert dagens_dato() == date(2030, 6, 15)
    monkeypatch.setenv("HV_DAGENS_DATO", "15.06.2030")
    with pytest.raises(ValueError, match="HV_DAGENS_DATO må være en dato på formen ÅÅÅÅ-MM-DD"):
        dagens_dato()
    monkeypatch.delenv("HV_DAGENS_DATO")
    assert dagens_dato() == date.today()


def test_ukjent_rutine_gir_forslag():
    assert hent_rutine(fixture_datasett(), "melde-bekymring").tittel
    with pytest.raises(MakroFeil, match="ukjent rutine «melde-bekymrin».*Mente du «melde-bekymring»"):
        hent_rutine(fixture_datasett(), "melde-bekymrin")


def test_id_ma_vaere_lik_filnavn(tmp_path):
    skriv_rutine(tmp_path, "a-rutine", GYLDIG_FRONT.format(title="A", id="annen-id"))
    with pytest.raises(DataError, match=r"docs/rutiner/a-rutine\.md, rutine «annen-id»: feltet «id» må være lik "
                                        r"filnavnet «a-rutine»"):
        last_datasett(rutinekilder(tmp_path))


def test_godkjent_kreves_unntatt_for_utkast(tmp_path):
    front = GYLDIG_FRONT.format(title="A", id="a").replace("godkjent: 2024-01-31", "godkjent: null")
    skriv_rutine(tmp_path, "a", front)
    with pytest.raises(DataError, match="docs/rutiner/a.md, rutine «a»: feltet «godkjent» må være en dato når "
                                        "status er «gjeldende»"):
        last_datasett(rutinekilder(tmp_path))


def test_ugyldig_dato_i_front_matter(tmp_path):
    skriv_rutine(tmp_path, "a", GYLDIG_FRONT.format(title="A", id="a").replace("2024-01-31", "2024-02-30"))
    with pytest.raises(DataError, match="docs/rutiner/a.md, rutine «a»: feltet «rutine.godkjent»: "
                                        "2024-02-30 finnes ikke \\(februar 2024 har ikke 30 dager\\)"):
        last_datasett(rutinekilder(tmp_path))


def test_rutine_referanser_og_opphevet_lov(tmp_path):
    front = (GYLDIG_FRONT.format(title="A", id="a").replace("eier: virksomhetsleder", "eier: virksomhetsleer")
             .replace("lovgrunnlag: [bvl-13-2]", "lovgrunnlag: [bvl1992-6-4]"))
    skriv_rutine(tmp_path, "a", front)
    with pytest.raises(DataError) as info:
        last_datasett(rutinekilder(tmp_path))
    melding = str(info.value)
    assert ("docs/rutiner/a.md, rutine «a»: feltet «eier» viser til «virksomhetsleer», som ikke finnes i "
            "data/tjenester.yml eller data/roller.yml. Mente du «virksomhetsleder»?") in melding
    assert "feltet «lovgrunnlag» viser til «bvl1992-6-4» (barnevernloven (1992) § 6-4), som er opphevet" in melding


def test_like_titler_avvises(tmp_path):
    skriv_rutine(tmp_path, "a", GYLDIG_FRONT.format(title="Samme", id="a"))
    skriv_rutine(tmp_path, "b", GYLDIG_FRONT.format(title="Samme", id="b"))
    with pytest.raises(DataError, match="tittelen «Samme» er allerede brukt av docs/rutiner/a.md"):
        last_datasett(rutinekilder(tmp_path))


def test_index_ignoreres_og_manglende_front_matter_meldes(tmp_path):
    katalog = tmp_path / "docs" / "rutiner"
    katalog.mkdir(parents=True)
    (katalog / "index.md").write_text("# Rutiner\n")
    (katalog / "uten.md").write_text("# Uten front matter\n")
    with pytest.raises(DataError) as info:
        last_datasett(rutinekilder(tmp_path))
    assert "docs/rutiner/uten.md: rutinesiden mangler front matter" in str(info.value)
    assert "index.md" not in str(info.value)


def test_yaml_feil_i_front_matter_gir_linje_i_filen(tmp_path):
    skriv_rutine(tmp_path, "a", "title: A\nrutine:\n  id: a\n  eier: [nav\n")
    with pytest.raises(DataError, match=r"docs/rutiner/a.md, linje \d+, kolonne \d+: YAML-feil"):
        last_datasett(rutinekilder(tmp_path))
