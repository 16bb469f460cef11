"""ring(): nødnumrene kan ringes med ett trykk, skrevet slik de leses (sak 14)."""
import re

import pytest

from macros.data.feil import MakroFeil
from macros.render.telefon import tel_href

TEL = re.compile(r'<a href="tel:(\d+)">([\d ]+)</a>')


@pytest.mark.parametrize("nummer, href", [("112", "tel:112"), ("116 111", "tel:116111"),
                                          ("116 117", "tel:116117"), ("02800", "tel:02800")])
def test_nummeret_ringes_uten_mellomrom(nummer, href):
    assert tel_href(nummer) == href


@pytest.mark.parametrize("feil", ["", "11", "116-111", "+47 116 111", "ring 112", "116  111", "1161111111"])
def test_feilskrevet_nummer_stopper(feil):
    with pytest.raises(MakroFeil, match="ikke et telefonnummer"):
        tel_href(feil)


def test_akuttsiden_har_ringbare_nodnumre(built_site):
    html = (built_site / "handlingsveileder" / "akutt" / "index.html").read_text(encoding="utf-8")
    lenker = TEL.findall(html)
    # the visible text keeps the spaces; the link dials the same digits
    for href, tekst in lenker:
        assert href == tekst.replace(" ", "")
    numre = {tekst for _, tekst in lenker}
    assert {"112", "113", "116 111", "02800"} <= numre
    # no emergency number left as plain bold text
    assert not re.search(r"<strong>(112|113|116 111)</strong>", html)


# a misspelt number in ring() stops the build with one Norwegian message: tests/feil_inndata.py
# («makro-ring-feil-nummer»)
