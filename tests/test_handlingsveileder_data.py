"""data/handlingsveileder.yml: strict model, cross-references, plain-Norwegian messages (issue 5)."""
import pytest

from _datalag import ROT, ekte_datasett, fixture_datasett, fixture_kilder, kopier_data

from macros.data.datasett import last_datasett
from macros.data.feil import DataError
from macros.data.skjemaeksport import skjemaer


def test_gyldig_fixture_har_trinn_og_akutt():
    ds = fixture_datasett()
    assert list(ds.trinn) == ["trinn-1", "trinn-2", "trinn-3"]
    assert ds.trinn["trinn-2"].bti_niva is None and ds.trinn["trinn-1"].bti_niva == 0
    assert ds.akutt.side == "handlingsveileder/akutt.md"





def test_ukjent_felt_og_feil_type(tmp_path):
    data = kopier_data(tmp_path)
    fil = data / "handlingsveileder.yml"
    fil.write_text(fil.read_text(encoding="utf-8").replace("bti_niva: 0,", 'bti_nivaa: 0, nummer_: "1",', 1)
                   .replace("nummer: 2,", 'nummer: "2",', 1), encoding="utf-8")
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))
    melding = str(info.value)
    assert "data/handlingsveileder.yml, trinn «trinn-1»: ukjent felt «bti_nivaa». Mente du «bti_niva»?" in melding
    assert ("data/handlingsveileder.yml, trinn «trinn-2»: feltet «nummer» har feil type: forventet et heltall, "
            "men fikk «2» (tekst)") in melding


def test_manglende_fil_er_en_feil(tmp_path):
    data = kopier_data(tmp_path)
    (data / "handlingsveileder.yml").unlink()
    with pytest.raises(DataError, match="data/handlingsveileder.yml: filen mangler"):
        last_datasett(fixture_kilder(data, prosjektrot=tmp_path))


def test_ekte_handlingsveileder_validerer_med_rutiner_og_sider():
    ds = ekte_datasett(sjekk_sider=True)
    assert [t.nummer for t in ds.trinn.values()] == list(range(1, len(ds.trinn) + 1))
    for t in ds.trinn.values():
        assert set(t.rutiner) <= set(ds.rutiner), t.id
    assert (ROT / "docs" / ds.akutt.side).is_file()


def test_ekte_side_bruker_trinn_makroen_for_hver_overskrift():
    ds = ekte_datasett(med_rutiner=False)
    side = (ROT / "docs" / "handlingsveileder" / "index.md").read_text(encoding="utf-8")
    for tid in ds.trinn:
        assert f'## {{{{ trinn("{tid}") }}}}' in side, tid


def test_json_skjema_for_handlingsveileder_finnes_og_er_oppdatert():
    tekst = skjemaer()["handlingsveileder.schema.json"]
    assert (ROT / "data" / "schema" / "handlingsveileder.schema.json").read_text(encoding="utf-8") == tekst
    assert '"bti_niva"' in tekst and '"additionalProperties": false' in tekst


def test_bti_tabell_viser_trinnene_per_bti_niva_fra_data():
    from macros.render import tabeller
    from macros.render.lenker import Side

    ds = fixture_datasett()
    html = tabeller.bti_tabell(ds, Side(src="handlingsveileder/index.md", url="handlingsveileder/",
                                             directory_urls=True))
    assert "<caption>Trinnene i veilederen og BTI-nivå 0–3</caption>" in html
    # trinn-1 har bti_niva 0, trinn-2 har ingen: begge står der, på hver sin rad, med lenke til ankeret
    rad0 = html.split("BTI-nivå 0</th>")[1].split("</tr>")[0]
    assert '#trinn-1">Trinn 1:' in rad0 and "trinn-2" not in rad0
    assert 'Ikke knyttet til ett BTI-nivå' in html and '#trinn-2">Trinn 2:' in html


def test_trinn_med_bti_niva_som_ikke_er_forklart_stopper(tmp_path):
    kopi = kopier_data(tmp_path)
    fil = kopi / "handlingsveileder.yml"
    tekst = fil.read_text(encoding="utf-8")
    start = tekst.index("bti_nivaer:")
    fil.write_text(tekst[:start] + "bti_nivaer:\n  - niva: 3\n    beskrivelse: Bare nivå 3.\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        last_datasett(fixture_kilder(kopi, prosjektrot=tmp_path))
    assert "feltet «bti_niva» er 0, men BTI-nivå 0 står ikke under «bti_nivaer»" in str(info.value)
