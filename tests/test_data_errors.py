"""One bad fixture per error class; each asserts the plain-Norwegian message."""
import shutil

import pytest

import _datalag
from _datalag import SIDE, datafeil, fixture_kilder, kopier_data

from macros.data.datasett import Kilder, last_datasett
from macros.data.feil import DataError


def feil_for(tmp_path, navn):
    feil = datafeil(tmp_path, navn)
    return str(feil), feil.feil


def test_gyldig_fixture_gir_ingen_feil():
    last_datasett(fixture_kilder())


def test_ukjent_nokkel_foreslar_riktig(tmp_path):
    melding, _ = feil_for(tmp_path, "ukjent-nokkel")
    assert "data/tiltak.yml, tiltak «home-start»: ukjent felt «beskrivels». Mente du «beskrivelse»?" in melding
    # one misspelt key = one message (not also «beskrivelse mangler»)
    assert "Skriv «beskrivelse:» i stedet for «beskrivels:»." in melding
    assert "feltet «beskrivelse» mangler" not in melding and melding.startswith("Fant 1 feil")


def test_alle_feil_samles_og_nummereres(tmp_path):
    data = kopier_data(tmp_path, "ukjent-referanse")
    for fil in (_datalag.FEIL / "mangler-felt").iterdir():
        shutil.copy(fil, data / fil.name)
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))
    melding = str(info.value)
    assert melding.startswith("Fant 2 feil i dataene:")
    assert "\n  1. " in melding and "\n  2. " in melding


def test_duplisert_nokkel_i_yaml(tmp_path):
    data = kopier_data(tmp_path)
    tekst = (data / "evaluering.yml").read_text(encoding="utf-8")
    (data / "evaluering.yml").write_text(tekst.replace("  ansvarlig: prosjektleder\n",
                                                       "  ansvarlig: prosjektleder\n  ansvarlig: prosjektleder\n"))
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))
    assert "data/evaluering.yml, linje 4" in str(info.value)
    assert "nøkkelen «ansvarlig» står to ganger (første gang på linje 3)" in str(info.value)


def test_manglende_side_i_docs(tmp_path):
    data = kopier_data(tmp_path)
    tekst = (data / "tjenester.yml").read_text(encoding="utf-8")
    (data / "tjenester.yml").write_text(tekst.replace("id: barnehage", "id: skole").replace(
        "tjenester/barnehage.md", "tjenester/skole.md").replace("[nav, barnehage]", "[nav]"))
    (data / "ansvar.yml").write_text((data / "ansvar.yml").read_text().replace("[nav, barnehage]", "[nav]"))
    (data / "verktoy.yml").write_text((data / "verktoy.yml").read_text().replace("[nav, barnehage]", "[nav]"))
    kilder = Kilder(datakatalog=data, rutinekatalog=None, docs_katalog=SIDE / "docs", prosjektrot=tmp_path)
    with pytest.raises(DataError) as info:
        last_datasett(kilder)
    assert "tjeneste «skole»: feltet «side» viser til siden" in str(info.value)
    assert "tjenester/skole.md, som ikke finnes" in str(info.value)


def test_side_ma_folge_kontrakten(tmp_path):
    data = kopier_data(tmp_path)
    tekst = (data / "tjenester.yml").read_text(encoding="utf-8")
    (data / "tjenester.yml").write_text(tekst.replace("side: tjenester/nav.md", "side: nav.md"))
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))
    assert "tjeneste «nav»: feltet «side» må være «tjenester/nav.md» (fra kontrakten), ikke «nav.md»" in str(info.value)


def test_tom_fil(tmp_path):
    data = kopier_data(tmp_path)
    (data / "tiltak.yml").write_text("# tom\n")
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))
    assert "data/tiltak.yml: filen må inneholde felter på øverste nivå" in str(info.value)
