"""«Hvem ringer jeg?» on the built site, and the rules for data/kontakter.yml."""
from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from pydantic import ValidationError

from conftest import ROOT
from macros.data.modeller import KontakterFil, LoverFil

NASJONALE = {"112": "tel:112", "113": "tel:113", "116 117": "tel:116117", "116 111": "tel:116111", "02800": "tel:02800"}


def test_hvem_ringer_jeg_har_alle_nasjonale_numre_som_tel_lenker(built_site):
    html = (built_site / "hvem-ringer-jeg" / "index.html").read_text(encoding="utf-8")
    for tekst, href in NASJONALE.items():
        assert f'href="{href}">{tekst}</a>' in html, tekst
    # the unverified ones are visible gaps, never guessed numbers
    assert "mangler – fylles inn av barneverntjenesten" in html
    assert "Digital bekymringsmelding" in html


def test_lenket_fra_forsiden_og_akuttsiden(built_site):
    for side in ("index.html", "handlingsveileder/akutt/index.html"):
        html = (built_site / side).read_text(encoding="utf-8")
        assert re.search(r'href="[./]*hvem-ringer-jeg/"', html), side
    akutt = (built_site / "handlingsveileder/akutt/index.html").read_text(encoding="utf-8")
    assert 'href="tel:116111"' in akutt


def test_hvert_nummer_har_kilde_og_dato():
    fil = KontakterFil.model_validate(yaml.safe_load((ROOT / "data/kontakter.yml").read_text(encoding="utf-8")))
    for k in fil.kontakter:
        if k.telefon:
            assert k.kilde_url and isinstance(k.kontrollert, date), k.id
        elif not k.lenke:   # an address comes from data/lenker.yml, with its own source and date
            assert k.mangler, k.id


def test_nummer_uten_kilde_avvises():
    with pytest.raises(ValidationError, match="kilde_url"):
        KontakterFil.model_validate({"kontakter": [{"id": "x", "navn": "X", "telefon": "123 45 678",
                                                    "brukes_til": "Noe."}]})


# Titles reviewed against stored public sources (2026-12-02); a changed title must be reviewed again.
GJENNOMGATTE_TITLER = {
    "hpl-32": "Opplysninger til den kommunale helse- og omsorgstjenesten",
}


def test_lovtitler_er_gjennomgatt():
    fil = LoverFil.model_validate(yaml.safe_load((ROOT / "data/lover.yml").read_text(encoding="utf-8")))
    titler = {lov.id: lov.tittel for lov in fil.lover}
    for lov_id, tittel in GJENNOMGATTE_TITLER.items():
        assert titler[lov_id] == tittel
    assert "Opplysninger til sosialtjenesten" not in titler.values()
