"""Personvernvakten (scripts/sjekk_personopplysninger.py): ingen fødselsnumre eller D-numre i guiden.

Testnumrene regnes ut her fra en dato og et individnummer, med riktige kontrollsiffer. Ingen ekte
eller ekte-lignende nummer står fast i kodelageret (heller ikke i denne filen).
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

import sjekk_personopplysninger as vakt  # noqa: E402

V1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
V2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _kontroll(siffer, vekter):
    k = 11 - sum(int(s) * v for s, v in zip(siffer, vekter)) % 11
    return 0 if k == 11 else k  # 10 = ugyldig


def lag_nummer(dag: int, måned: int, år: int, start_individ: int = 100) -> str:
    """Første individnummer fra start_individ som gir gyldige kontrollsiffer."""
    for individ in range(start_individ, 1000):
        ni = f"{dag:02d}{måned:02d}{år % 100:02d}{individ:03d}"
        k1 = _kontroll(ni, V1)
        if k1 == 10:
            continue
        k2 = _kontroll(ni + str(k1), V2)
        if k2 == 10:
            continue
        return f"{ni}{k1}{k2}"
    raise AssertionError("fant ikke noe individnummer")


def _ødelagt(nummer: str) -> str:
    """Samme nummer med feil siste kontrollsiffer."""
    return nummer[:10] + str((int(nummer[10]) + 1) % 10)


FNR = lag_nummer(14, 3, 2011)
DNR = lag_nummer(14 + 40, 3, 1985)
HNR = lag_nummer(14, 3 + 40, 2011)


def test_own_number_generator_agrees_with_the_checker():
    assert vakt.art_av_nummer(FNR) == "fødselsnummer"
    assert vakt.art_av_nummer(DNR) == "D-nummer"
    assert vakt.art_av_nummer(HNR) == "H-nummer"
    assert vakt.art_av_nummer(lag_nummer(14, 3 + 80, 2011)).startswith("syntetisk")


@pytest.mark.parametrize("skrivemåte", [
    lambda n: n,
    lambda n: f"{n[:6]} {n[6:]}",
    lambda n: f"{n[:6]}.{n[6:]}",
    lambda n: f"{n[:6]}-{n[6:]}",
    lambda n: f"{n[:6]}\u00a0{n[6:]}",   # hardt mellomrom, slik det kommer fra Word
], ids=["sammenhengende", "mellomrom", "punktum", "bindestrek", "hardt-mellomrom"])
@pytest.mark.parametrize("nummer", [FNR, DNR, HNR], ids=["fnr", "dnr", "hnr"])
def test_valid_numbers_are_found_in_every_spelling(nummer, skrivemåte):
    tekst = f"# Rutine\n\nBarnet (fnr. {skrivemåte(nummer)}) går i barnehagen.\n"
    funn = vakt.finn_i_tekst(tekst, "docs/rutiner/x.md")
    assert len(funn) == 1
    assert (funn[0].linje, funn[0].kolonne) == (3, 14)


@pytest.mark.parametrize("tekst", [
    _ødelagt(FNR),                 # 11 siffer med feil kontrollsiffer
    f"{_ødelagt(FNR)[:6]} {_ødelagt(FNR)[6:]}",
    "Kontonummer 1234.56.78903",   # kontonummer med punktum
    "Kontonummer 12345678903",     # kontonummer uten punktum (gyldig kontonummer, ikke fnr)
    "Ring 62 95 40 00 eller +47 62954000",  # telefonnumre
    "Organisasjonsnummer 974 761 076 og 974761076",  # 9 siffer
    "Dato 2026-05-14, 14.05.2026, LOV-2021-06-18-97",
    "1" + FNR,                     # 12 siffer: en del av et lengre tall
    FNR + "0",
    "Saksnummer 99999999999",      # dag 99 finnes ikke
    "32019912345 og 01139912345",  # dag 32, måned 13
])
def test_harmless_numbers_pass(tekst):
    assert vakt.finn_i_tekst(tekst, "docs/x.md") == []


def test_impossible_dates_pass_even_with_valid_check_digits():
    # 30. februar og 31. april: kontrollsifrene stemmer, men datoen finnes ikke.
    for dag, måned in [(30, 2), (31, 4), (29, 2)]:
        nummer = lag_nummer(dag, måned, 2011)  # 2011 er ikke skuddår
        assert vakt.art_av_nummer(nummer) is None, nummer[:4]
    assert vakt.art_av_nummer(lag_nummer(29, 2, 2012)) == "fødselsnummer"


def test_planted_number_stops_with_file_line_and_norwegian_message(tmp_path):
    docs = tmp_path / "docs" / "rutiner"
    docs.mkdir(parents=True)
    (docs / "ny-rutine.md").write_text(f"# Ny rutine\n\nTekst.\n\nEksempel: {FNR[:6]} {FNR[6:]}\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tjenester.yml").write_text(f"tjenester:\n  - id: nav\n    merknad: '{DNR}'\n",
                                                      encoding="utf-8")
    (tmp_path / "data" / "bilde.png").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe" + FNR.encode())  # binærfil hoppes over
    resultat = subprocess.run([sys.executable, str(ROOT / "scripts" / "sjekk_personopplysninger.py"), "docs", "data"],
                              cwd=tmp_path, capture_output=True, text=True)
    assert resultat.returncode == 1
    ut = resultat.stdout
    assert "docs/rutiner/ny-rutine.md:5:11: •••••• •••••" in ut
    assert "ser ut som et fødselsnummer – guiden skal aldri inneholde opplysninger om et barn eller en familie; " \
           "fjern det" in ut
    assert "data/tjenester.yml:3:15:" in ut and "D-nummer" in ut
    assert "historikken" in ut  # forklarer at nummeret også må ut av Git-historikken
    # Selve nummeret skrives aldri ut (det ville ellers havnet i CI-loggen).
    for nummer in (FNR, DNR):
        assert nummer not in ut and nummer[6:] not in ut and nummer[:6] not in ut


def test_real_docs_and_data_contain_no_identity_numbers():
    funn = vakt.finn_funn([ROOT / m for m in vakt.STANDARDMAPPER])
    if funn:
        pytest.fail(vakt.rapport(funn), pytrace=False)


def test_command_line_passes_on_the_real_site():
    resultat = subprocess.run([sys.executable, str(ROOT / "scripts" / "sjekk_personopplysninger.py")],
                              cwd=ROOT, capture_output=True, text=True)
    assert resultat.returncode == 0, resultat.stdout
    assert "fant ingen" in resultat.stdout


# ---------- skrivemåtene publiseringsvakten også finner (macros/vakt/personnummer.py) ----------
@pytest.mark.parametrize("skrivemåte", [
    lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}",          # DD.MM.ÅÅ NNNNN
    lambda n: f"{n[:6]}\u2013{n[6:]}",                        # tankestrek (Words autokorrektur)
    lambda n: "\u200b".join(n),                               # null-bredde-tegn
    lambda n: f"{n[:6]}&nbsp;{n[6:]}",                        # HTML-entitet
    lambda n: "".join(f"&#{ord(c)};" for c in n),             # sifrene som entiteter
    lambda n: f"{n[:6]}\n{n[6:]}",                            # delt over et linjeskift
], ids=["datoform", "tankestrek", "nullbredde", "nbsp-entitet", "siffer-entiteter", "linjeskift"])
def test_the_gates_spellings_are_found_too(skrivemåte):
    funn = vakt.finn_i_tekst(f"# Rutine\n\nBarnet {skrivemåte(FNR)} går her.\n", "docs/x.md")
    assert len(funn) == 1 and funn[0].linje == 3


@pytest.mark.parametrize("koding", ["utf-16", "utf-16-le", "latin-1"])
def test_files_in_other_encodings_are_read_not_skipped(tmp_path, koding):
    fil = tmp_path / "notat.md"
    fil.write_bytes(f"Å notat {FNR}\n".encode(koding))
    assert len(vakt.finn_funn([tmp_path], tmp_path)) == 1


def test_file_names_are_checked(tmp_path):
    (tmp_path / f"sak-{FNR}.md").write_text("# Sak\n", encoding="utf-8")
    funn = vakt.finn_funn([tmp_path], tmp_path)
    assert len(funn) == 1 and funn[0].linje == 0 and FNR not in funn[0].melding()
