"""Unit tests per renderer, on the small fixture data set."""
import re

import pytest

import _datalag
from _datalag import fixture_datasett

from macros.render import innebygd
from macros.render import lister
from macros.render import tabeller
from macros.data.feil import MakroFeil
from macros.render.lenker import Side

DS = fixture_datasett()
FORSIDE = Side(src="index.md", url="")
NAVSIDE = Side(src="tjenester/nav.md", url="tjenester/nav/")
DYP = Side(src="handlingsveileder/akutt.md", url="handlingsveileder/akutt/")
MANGLER = '<span class="mangler">mangler – fylles inn av tjenesten</span>'


def tabeller_i(html: str) -> list[str]:
    return re.findall(r"<table[ >].*?</table>", html, flags=re.S)


def sjekk_tilgjengelig_tabell(html: str, caption: str) -> None:
    assert html.startswith("\n\n") and html.endswith("\n\n"), "block macros need blank lines around"
    assert "\n\n" not in html.strip(), "no blank lines inside an HTML block"
    assert not re.search(r"^\s{4}", html, flags=re.M), "nothing indented (would become a code block)"
    assert f"<caption>{caption}</caption>" in html
    # a table that may scroll sideways sits in a focusable, named region (keyboard users can scroll it)
    assert f'role="region" tabindex="0" aria-label="Tabell: {caption}"' in html
    assert '<th scope="col" role="columnheader">' in html and '<th scope="row" role="rowheader"' in html
    assert len(tabeller_i(html)) == 1


def test_render_tabell_tom_gir_tekst_ikke_tom_tabell():
    html = tabeller.render_tabell("Tiltak", ["A"], [])
    assert "<table" not in html and "Tiltak: Ingen oppføringer ennå." in html


def test_render_tabell_escaper_tekst():
    html = tabeller.render_tabell("T & <b>", ["Kol"], [["<script>x</script>"]])
    assert "<caption>T &amp; &lt;b&gt;</caption>" in html and "&lt;script&gt;" in html


def test_ansvarstabell_for_niva():
    html = tabeller.ansvarstabell(DS, NAVSIDE, "individ")
    sjekk_tilgjengelig_tabell(html, "Ansvar på individnivå")
    assert ('<th scope="row" role="rowheader" data-label="Oppgave">Melde fra til barneverntjenesten ved alvorlig bekymring.'
            '</th>') in html
    assert '<a href="./">NAV</a>, <a href="../barnehage/">Barnehagene</a>' in html
    assert '<a href="../../rutiner/melde-bekymring/">Melde bekymring til barneverntjenesten</a>' in html
    # external links are marked as leaving the intranet (class + hidden text), tests/test_eksterne_lenker.py
    assert ('<a class="hv-ekstern" href="https://lovdata.no/lov/2021-06-18-97/§13-2">barnevernsloven § 13-2'
            '<span class="hv-skjult"> (ekstern side)</span></a>') in html
    assert "target=" not in html
    assert "Strukturdimensjon" in html and "Kulturdimensjon" in html


def test_ansvarstabell_for_niva_og_dimensjon():
    html = tabeller.ansvarstabell(DS, FORSIDE, "individ", "kultur")
    sjekk_tilgjengelig_tabell(html, "Ansvar på individnivå – kulturdimensjon")
    assert "Bruke sjekklisten" in html and "Melde fra" not in html
    assert '<th scope="col">Dimensjon</th>' not in html


@pytest.mark.parametrize("args,melding", [
    (("fylke",), "ukjent modellnivå «fylke»"),
    (("individ", "kulturr"), "ukjent dimensjon «kulturr».*Mente du «kultur»"),
])
def test_ansvarstabell_ukjent_id(args, melding):
    with pytest.raises(MakroFeil, match=melding):
        tabeller.ansvarstabell(DS, FORSIDE, *args)


def test_tjenesteansvar_tar_med_roller_i_tjenesten():
    html = tabeller.tjenesteansvar(DS, NAVSIDE, "nav")
    sjekk_tilgjengelig_tabell(html, "Ansvar for NAV")
    assert "Melde fra til barneverntjenesten" in html
    assert "Bruke sjekklisten" in html  # via role veileder-nav (tjeneste: nav)
    assert "Holde modellen forankret" not in html


def test_kontaktkort_viser_hull_og_verdier():
    html = lister.kontaktkort(DS, NAVSIDE, "nav")
    assert html.count(MANGLER) == 5
    html = lister.kontaktkort(DS, NAVSIDE, "barnehage")
    assert '<a href="tel:62000000">62 00 00 00</a>' in html
    assert '<a href="mailto:post@example.no">post@example.no</a>' in html
    assert ('<a class="hv-ekstern" href="https://example.no">https://example.no'
            '<span class="hv-skjult"> (ekstern side)</span></a>') in html
    assert "<dt>Åpningstid</dt><dd>" + MANGLER in html
    with pytest.raises(MakroFeil, match="ukjent tjeneste «navv».*Mente du «nav»"):
        lister.kontaktkort(DS, NAVSIDE, "navv")


def test_lov_inline_er_markdown_lenke_til_lovdata():
    assert innebygd.lov(DS, FORSIDE, "bvl-13-2") == (
        "[barnevernsloven § 13-2 (Opplysningsplikt til barnevernstjenesten)]"
        "(https://lovdata.no/lov/2021-06-18-97/§13-2)")
    assert innebygd.lov(DS, FORSIDE, "bvl-13-2", kort=True).startswith("[barnevernsloven § 13-2](")


def test_lov_opphevet_og_ukjent_stopper():
    with pytest.raises(MakroFeil, match=r"«bvl1992-6-4» \(barnevernloven \(1992\) § 6-4\) er opphevet.*"
                                        r"Bruk «bvl-13-2» i stedet"):
        innebygd.lov(DS, FORSIDE, "bvl1992-6-4")
    with pytest.raises(MakroFeil, match="ukjent lovbestemmelse «hpl-10»"):
        innebygd.lov(DS, FORSIDE, "hpl-10")


def test_rolle_og_tjeneste_inline():
    assert innebygd.rolle(DS, FORSIDE, "prosjektleder") == "Prosjektleder"
    assert innebygd.tjeneste(DS, DYP, "nav") == "[NAV](../tjenester/nav.md)"
    assert innebygd.tjeneste(DS, NAVSIDE, "barnehage", tekst="barnehagen") == "[barnehagen](barnehage.md)"
    with pytest.raises(MakroFeil, match="ukjent rolle «prosjektleeder».*Mente du «prosjektleder»"):
        innebygd.rolle(DS, FORSIDE, "prosjektleeder")


def test_lovtabell():
    html = tabeller.lovtabell(DS, FORSIDE)
    sjekk_tilgjengelig_tabell(html, "Lovbestemmelser")
    assert "bvl1992" not in html and "1. januar 2023" in html
    html = tabeller.lovtabell(DS, FORSIDE, ["hpl-10a"])
    assert "helsepersonelloven § 10a" in html and "barnevernsloven" not in html
    with pytest.raises(MakroFeil, match="er opphevet"):
        tabeller.lovtabell(DS, FORSIDE, ["bvl1992-6-4"])
    html = tabeller.lovtabell(DS, FORSIDE, opphevede=True)
    assert "barnevernloven (1992) § 6-4" in html and "barnevernsloven § 13-2" in html


def test_arshjul_sortert_etter_maned_og_periode():
    html = tabeller.arshjul(DS, FORSIDE)
    sjekk_tilgjengelig_tabell(html, "Årshjul")
    rekkefolge = [html.index(x) for x in ("Mai", "September", "Høst (måned ikke fastsatt)", "Løpende gjennom året")]
    assert rekkefolge == sorted(rekkefolge)
    assert MANGLER in html  # BIR has no responsible in the fixture
    assert '<a href="samarbeid/fobu/">FOBU</a>' in html


def test_modellelementer():
    html = tabeller.modellelementer(DS, FORSIDE, "kommune")
    sjekk_tilgjengelig_tabell(html, "Styringsdokumenter, veiledere og verktøy på kommunenivå")
    assert "Kommuneplanen" in html and "Stafettlogg" not in html


def test_verktoy_tiltak_kompetanse_arenaer():
    sjekk_tilgjengelig_tabell(tabeller.verktoyliste(DS, FORSIDE), "Verktøy og metoder")
    html = tabeller.tiltaksliste(DS, FORSIDE, status="vurderes")
    assert "Home-Start" in html and "Familiestasjonen" not in html
    with pytest.raises(MakroFeil, match="ukjent status «vurderess»"):
        tabeller.tiltaksliste(DS, FORSIDE, status="vurderess")
    html = tabeller.kompetanseplan(DS, FORSIDE)
    sjekk_tilgjengelig_tabell(html, "Kompetanseplan")
    assert '<td role="cell" data-label="Holdes av, og når (slik planen sier)">' + MANGLER + "<br>" in html  # levekår: tilbyder null
    html = tabeller.kompetanseplan(DS, FORSIDE, nye_ansatte=True)
    assert "BIR-kurs" in html and "levekår" not in html
    html = tabeller.arenaliste(DS, NAVSIDE)
    sjekk_tilgjengelig_tabell(html, "Møte- og samarbeidsarenaer")
    assert '<a href="../../samarbeid/fobu/">Møter i FOBU</a>' in html
    assert 'data-label="Hvor ofte og hvor">' + MANGLER + "</td>" in html  # konsultasjonsteam: deltakere and hyppighet unknown


def test_ingen_tabellmarkup_utenfor_malen():
    # accessible table markup lives once, in macros/render/templates/tabell.html
    from pathlib import Path
    for fil in (Path(_datalag.ROT) / "macros").rglob("*.py"):
        assert "<table" not in fil.read_text(encoding="utf-8"), fil.name


def test_rutineliste_filtrerer_og_lenker():
    html = lister.rutineliste(DS, Side(src="rutiner/index.md", url="rutiner/"))
    assert '<a href="anonym-drofting/">Anonym drøfting</a>' in html
    assert html.index("Anonym drøfting") < html.index("Melde bekymring")
    html = lister.rutineliste(DS, NAVSIDE, tjeneste="nav")
    assert "Melde bekymring" in html and "Anonym" not in html
    html = lister.rutineliste(DS, NAVSIDE, tema="samtykke")
    assert "Anonym" in html and "Melde" not in html
    assert "Ingen rutiner er registrert her ennå." in lister.rutineliste(DS, NAVSIDE, tema="finnes-ikke")
    with pytest.raises(MakroFeil, match="ukjent tjeneste «bhg»"):
        lister.rutineliste(DS, NAVSIDE, tjeneste="bhg")


def test_rutineliste_utelater_utgatte():
    from dataclasses import replace
    ds = fixture_datasett()
    r = ds.rutiner["anonym-drofting"]
    ds.rutiner["anonym-drofting"] = replace(r, meta=r.meta.model_copy(update={"status": "utgatt"}))
    assert "Anonym" not in lister.rutineliste(ds, FORSIDE)


def test_tjenesteliste_og_evaluering():
    html = lister.tjenesteliste(DS, FORSIDE)
    assert '<a href="tjenester/nav/">NAV</a>' in html and "FOBU" not in html
    assert "FOBU" in lister.tjenesteliste(DS, FORSIDE, type="alle")
    html = lister.evalueringsomrader(DS, FORSIDE)
    assert "Evalueringen gjøres i mai og september. Ansvarlig: Prosjektleder." in html
    assert '<ol class="evalueringsomrader"><li>Antall henvendelser til Familiestasjonen.</li></ol>' in html


def test_tabellrader_har_data_id_som_anker():
    # rows are linkable (#verktoy-stafettlogg) without clashing with the page's own heading anchors
    assert '<tr id="verktoy-stafettlogg" role="row">' in tabeller.verktoyliste(DS, FORSIDE)
    assert '<tr id="tiltak-home-start" role="row">' in tabeller.tiltaksliste(DS, FORSIDE)
    assert '<tr id="kurs-bir-kurs" role="row">' in tabeller.kompetanseplan(DS, FORSIDE)


def test_kolonne_som_er_tom_i_alle_rader_vises_ikke():
    html = tabeller.render_tabell("T", ["A", "B", "C"], [["x", "–", "1"], ["y", "–", "2"]])
    assert 'data-label="B"' not in html and ">B</th>" not in html
    assert 'data-label="C"' in html
    # one filled cell is enough to keep the column
    assert ">B</th>" in tabeller.render_tabell("T", ["A", "B"], [["x", "–"], ["y", "z"]])


def test_hver_celle_har_kolonnenavnet_og_eksplisitte_tabellroller():
    html = tabeller.render_tabell("T", ["Hva", "Hvem"], [["x", "y"]])
    assert '<table class="hv-tabell__tabell" role="table">' in html
    assert '<th scope="row" role="rowheader" data-label="Hva">x</th><td role="cell" data-label="Hvem">y</td>' in html


def test_rutinehodet_settes_inn_etter_ingressen_ellers_etter_tittelen():
    from macros.render.rutinehode import sett_inn_etter_ingressen as inn
    ingress = '# T\n\n<div class="kort-fortalt" markdown>\n\n**Kort fortalt:** a\n\n<div>indre</div>\n</div>\n\n## Steg\n'
    ut = inn(ingress, "[H]")
    assert ut.index("</div>[H]") > ut.index("indre") and ut.index("[H]") < ut.index("## Steg")
    assert inn("# Tittel\n\nTekst\n", "[H]") == "# Tittel[H]\n\nTekst\n"
    assert inn("Bare tekst\n", "[H]") == "[H]Bare tekst\n"
