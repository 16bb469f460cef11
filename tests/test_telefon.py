"""ring(): nødnumrene kan ringes med ett trykk, skrevet slik de leses (sak 14)."""
import re

TEL = re.compile(r'<a class="tel" href="tel:(\d+)">([\d ]+)</a>')


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


# a number that is not in data/kontakter.yml stops the build with one Norwegian message (macros/render/kontakter.py)
