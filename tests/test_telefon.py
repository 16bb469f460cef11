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


# ---------- «Hva mangler før nettstedet tas i bruk» ----------
BOKS = '!!! info "Kommunen må fylle inn"\n    Hvem som har nøkkelen til arkivet, fylles inn av vaktmesteren.\n'


def _arbeidsliste(tmp_path, med_luke: bool) -> str:
    from _rutinestyring import bygg, lag_prosjekt
    side = "# Lukeside\n\nTekst.\n\n" + (BOKS if med_luke else "Nøkkelen har servicetorget.\n")
    prosjekt = lag_prosjekt(tmp_path, {"lukeside.md": side,
                                       "om-nettstedet/hva-mangler.md": "# Hva mangler\n\n{{ arbeidsliste() }}\n"})
    resultat = bygg(prosjekt, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stdout
    html = (tmp_path / "site" / "om-nettstedet" / "hva-mangler" / "index.html").read_text(encoding="utf-8")
    # the page content only: the menu links every page
    return html.split("<article", 1)[1]


def test_ny_luke_kommer_paa_arbeidslisten_og_en_utfylt_forsvinner(tmp_path):
    med = _arbeidsliste(tmp_path / "med", True)
    uten = _arbeidsliste(tmp_path / "uten", False)
    assert "<h2>Vaktmesteren (1)</h2>" in med
    assert '<a href="../../lukeside/">Lukeside</a>: 1 boks' in med
    assert "Vaktmesteren" not in uten and "lukeside/" not in uten
    assert "HV-ARBEIDSLISTE" not in med + uten


def test_arbeidslisten_paa_nettstedet_har_feltene_og_boksene(built_site):
    html = (built_site / "om-nettstedet" / "hva-mangler" / "index.html").read_text(encoding="utf-8")
    m = re.search(r"<p>(\d+) luker: (\d+) felt «mangler – fylles inn av …» og (\d+) bokser", html)
    assert m and int(m.group(2)) > 0 and int(m.group(3)) > 0
    # the contact gaps of «Hvem ringer jeg?» are on it, linked
    assert '<a href="../../hvem-ringer-jeg/">Hvem ringer jeg?</a>' in html
