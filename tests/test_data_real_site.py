"""The real data in /work/main/data (and routines in docs/rutiner) must always validate."""
from _datalag import ROT, ekte_datasett

from macros.data.skjemaeksport import utdaterte


def test_ekte_data_validerer_uten_feil():
    # page existence is checked in the real build (extra.sjekk_sider); pages are owned by others
    ds = ekte_datasett()
    assert set(ds.nivaer) == {"kommune", "virksomhet", "individ"}
    assert set(ds.dimensjoner) == {"kultur", "struktur"}
    tjenester = {t for t, v in ds.tjenester.items() if v.type == "tjeneste"}
    assert tjenester == {"helsestasjon-og-jordmor", "barnehage", "skole", "nav", "psykisk-helse-og-rustjeneste",
                         "barneverntjenesten", "fastleger", "barne-og-familieteamet", "familiestasjonen", "ppt"}
    assert {t for t, v in ds.tjenester.items() if v.type == "samarbeidsorgan"} == {"fobu", "styringsgruppen"}


def test_ekte_data_dekker_alle_niva_og_dimensjoner():
    ds = ekte_datasett(med_rutiner=False)
    dekket = {(a.niva, a.dimensjon) for a in ds.ansvar}
    assert dekket == {(n, d) for n in ds.nivaer for d in ds.dimensjoner}
    for niva in ds.nivaer:
        assert any(e.niva == niva for e in ds.modellelementer), niva


def test_ekte_data_har_ingen_oppdiktede_kontaktdata():
    ds = ekte_datasett(med_rutiner=False)
    for t in ds.tjenester.values():
        assert t.kontakt.model_dump() == {k: None for k in t.kontakt.model_dump()}, t.id


def test_ekte_data_bruker_gjeldende_tittel_helsesykepleier():
    for fil in (ROT / "data").glob("*.yml"):
        for nr, linje in enumerate(fil.read_text(encoding="utf-8").splitlines(), 1):
            if "helsesøster" in linje.lower():
                # the old title is allowed only in aliases and comments
                assert "alias" in linje or linje.lstrip().startswith("#"), f"{fil.name}:{nr}: {linje}"


def test_familiestasjonen_som_i_planen():
    ds = ekte_datasett(med_rutiner=False)
    f = ds.tjenester["familiestasjonen"]
    assert f.omfang == "½ dag hver uke" and f.sted == "Helsestasjonen"
    assert f.koordinert_av == "ledende-helsesykepleier"
    assert set(f.bemanning) == {"helsestasjon-og-jordmor", "barneverntjenesten", "nav", "psykisk-helse-og-rustjeneste"}
    nye = [k for k in ds.kompetanse if k.for_nye_ansatte]
    assert [k.id for k in nye] == ["bir-kurs"]


def test_json_skjemaene_er_oppdaterte():
    gamle = utdaterte()
    assert not gamle, f"Kjør `python -m macros.data.skjemaeksport`; utdaterte: {gamle}"


def test_hver_datafil_har_kommentar_og_skjemalinje():
    from macros.data.register import DATAFILER
    for fil in (ROT / "data" / navn for navn in DATAFILER):
        tekst = fil.read_text(encoding="utf-8")
        assert tekst.startswith("#"), fil.name
        assert f"# yaml-language-server: $schema=schema/{fil.stem}.schema.json" in tekst, fil.name
