"""data/ordliste.yml: modellen, kryssreferansene, plantede feil, og funksjonene som setter ordlisten i
arbeid (<abbr>, «også kalt», søkeord, ordlistesiden). Ingen bygging og ingen nettleser: raskt."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from _datalag import ROT, SIDE, ekte_datasett, fixture_datasett

from macros.render import ordliste as O
from macros.render import ordlisteside as R
from macros.render.lenker import Side


@pytest.fixture(scope="module")
def ekte():
    return ekte_datasett(sjekk_sider=True).ordliste


# ---------- the real glossary ----------

def test_forkortelsene_de_ansatte_bruker_er_med(ekte):
    forkortelser = {o.forkortelse for o in ekte.values() if o.forkortelse}
    assert {"BTI", "IP", "PHRT", "BFT", "bv.tj.", "FOBU", "KOR/FIT", "NAV", "PPT", "ICDP", "COS-P", "FFI",
            "IS-2826", "hpl", "bvl"} <= forkortelser


def test_ukjente_forkortelser_er_synlige_mangler_ikke_gjetninger(ekte):
    # Kildene skriver ikke ut FOBU: null og en eier som skal fylle inn, aldri en gjetning.
    # (FFI er kontrollert mot en ekstern kilde og skrevet ut; det står i merknaden i data.)
    assert ekte["fobu"].utskrevet is None and ekte["fobu"].fylles_inn_av == "fobu"
    assert "FOBU" not in O.forkortelser(ekte)
    assert O.forkortelser(ekte)["FFI"] == "Forebyggende familieintervensjon"
    assert O.forkortelser(ekte)["BTI"] == "Bedre tverrfaglig innsats"


@pytest.mark.parametrize("ordet, ord_id", [
    ("helsesøster", "helsesykepleier"), ("bekymringsmelding", "opplysningsplikt"),
    ("melde til barnevernet", "opplysningsplikt"), ("meldeplikt", "opplysningsplikt"),
    ("barnevernet", "barneverntjenesten"), ("IP", "individuell-plan"), ("ansvarsgruppemøte", "ansvarsgruppe"),
    ("pårørende barn", "barn-som-parorende"), ("PHR", "phrt"), ("etatsnivå", "virksomhetsniva"),
])
def test_ordene_de_ansatte_skriver_leder_til_riktig_ord(ekte, ordet, ord_id):
    treff = [o.id for o in ekte.values()
             if ordet.casefold() in {x.casefold() for x in [o.term, o.forkortelse or "", *o.synonymer]}]
    assert treff == [ord_id]


def test_hver_side_i_ordlisten_finnes(ekte):
    for o in ekte.values():
        sti, anker = O.del_side(o.side)
        assert (ROT / "docs" / sti).is_file(), o.id
        # ankeret sjekkes av mkdocs build --strict: ordlistesiden lenker til hvert «side#anker»


# ---------- planted errors (tests/fixtures/data/feil/ordliste-*) ----------





# ---------- «også kalt», søkeord, <abbr> ----------

SIDE_MD = """# Lovverk

<div class="kort-fortalt" markdown>

**Kort fortalt:** Tekst.

</div>

Innledning.

```
## Ikke en overskrift {#samtykke}
```

## Samtykke {#samtykke}

Tekst om samtykke.

## Oversikt {: #oversikt }

Tabell.
"""


def _ord(**felt):
    from macros.data.modeller_lesere import Ord
    standard = {"id": "x", "term": "X", "forklaring": "Forklaring.", "side": "lovverk.md"}
    return Ord.model_validate({**standard, **felt})


def test_ogsa_kalt_star_under_overskriften_med_ankeret_og_ellers_sist_pa_siden():
    samtykke = _ord(id="samtykke", term="Samtykke", synonymer=["samtykkeskjema"], side="lovverk.md#samtykke")
    bvl = _ord(id="bvl", term="Barnevernsloven", synonymer=["barnevernloven"], side="lovverk.md#oversikt")
    side = _ord(id="lov", term="Lov", synonymer=["lovbok"], side="lovverk.md")
    dt = _ord(id="dt", term="Dt", synonymer=["dd"], side="lovverk.md#finnes-bare-i-en-dt")
    ordliste = {o.id: o for o in (samtykke, bvl, side, dt)}
    ut = O.sett_inn_ogsa_kalt(SIDE_MD, O.synonymer_for_side(ordliste, "lovverk.md"))
    linjer = ut.split("\n")
    nr = linjer.index("## Samtykke {#samtykke}")
    assert linjer[nr + 2] == '<p class="ogsa-kalt"><strong>Samtykke – også kalt:</strong> samtykkeskjema</p>'
    assert linjer[linjer.index("## Oversikt {: #oversikt }") + 2] == (
        '<p class="ogsa-kalt"><strong>Barnevernsloven – også kalt:</strong> barnevernloven</p>')
    # words for the whole page go last, so they never push «Kort fortalt» and the action boxes down
    sist = linjer[linjer.index("```") + 3:]
    assert '<p class="ogsa-kalt"><strong>Lov – også kalt:</strong> lovbok</p>' in sist
    assert '<p class="ogsa-kalt"><strong>Dt – også kalt:</strong> dd</p>' in sist
    assert not any("ogsa-kalt" in linje for linje in linjer[:linjer.index("Innledning.")])
    # inne i kodeblokken er ingenting satt inn
    kode = linjer.index("```")
    assert linjer[kode + 2] == "```"


def test_ingen_ogsa_kalt_uten_synonymer_og_linjen_for_hele_siden_star_sist():
    o = _ord(synonymer=["y & <z>"], side="a.md")
    assert O.sett_inn_ogsa_kalt("# A\n\nTekst.\n", {}) == "# A\n\nTekst.\n"
    ut = O.sett_inn_ogsa_kalt("# A\n\nTekst.\n", O.synonymer_for_side({"x": o}, "a.md"))
    assert ut.startswith("# A\n\nTekst.\n")
    assert '<p class="ogsa-kalt"><strong>X – også kalt:</strong> y &amp; &lt;z&gt;</p>' in ut.split("Tekst.")[1]


def test_sokeord_hopper_over_ord_som_alt_er_overskrift():
    samtykke = _ord(id="samtykke", term="Samtykke", synonymer=["samtykkeskjema"], side="lovverk.md#samtykke")
    bvl = _ord(id="bvl", term="Barnevernsloven", forkortelse="bvl", utskrevet="barnevernsloven",
               synonymer=["barnevernloven"], side="lovverk.md#oversikt")
    ordliste = {o.id: o for o in (samtykke, bvl)}
    assert O.sokeord(ordliste, "lovverk.md", O.overskrifter(SIDE_MD)) == [
        "samtykkeskjema", "Barnevernsloven", "bvl", "barnevernloven"]
    assert O.sokeord(ordliste, "annen.md", set()) == []


def test_abbr_bare_for_kjente_forkortelser_og_uten_sluttpunktum():
    ordliste = {o.id: o for o in (
        _ord(id="bti", term="Bedre tverrfaglig innsats", forkortelse="BTI", utskrevet="Bedre tverrfaglig innsats"),
        _ord(id="bv", term="Barneverntjenesten", forkortelse="bv.tj.", utskrevet="barneverntjenesten"),
        _ord(id="fobu", term="FOBU", forkortelse="FOBU", utskrevet=None, fylles_inn_av="fobu"),
    )}
    assert O.abbr_definisjoner(ordliste) == "\n\n*[BTI]: Bedre tverrfaglig innsats\n*[bv.tj]: barneverntjenesten\n"
    assert O.abbr_definisjoner({}) == ""
    # bare forkortelsene som står i siden (abbr-utvidelsen betaler for hver definisjon på hver side)
    assert O.abbr_definisjoner(ordliste, "Tekst om BTI.") == "\n\n*[BTI]: Bedre tverrfaglig innsats\n"
    assert O.abbr_definisjoner(ordliste, "Ingen forkortelser her.") == ""


def test_kroken_legger_til_abbr_ogsa_kalt_sokevekt_og_sokeord():
    ds = fixture_datasett()
    page = SimpleNamespace(file=SimpleNamespace(src_uri="rutiner/anonym-drofting.md"),
                           meta={"search": {"exclude": False}})
    conf = {"markdown_extensions": ["toc", "abbr"]}
    assert O.har_abbr(conf) and not O.har_abbr({"markdown_extensions": []})
    md = O.etter_sidemakroer(ds, page.file.src_uri, "# Anonym drøfting\n\n## Formål {#formal}\n\nTekst om BTI.\n",
                             page.meta, O.har_abbr(conf))
    assert ('## Formål {#formal}\n\n<p class="ogsa-kalt"><strong>Anonym drøfting – også kalt:</strong> '
            'drøfte anonymt</p>\n') in md
    assert md.endswith("*[BTI]: Bedre tverrfaglig innsats\n")
    assert page.meta["search"] == {"exclude": False, "boost": O.SOKEVEKT}
    assert page.meta["tags"] == ["drøfte anonymt"]  # «Anonym drøfting» er alt overskriften (H1)
    # en side som ikke er svar på noe ord, får bare forkortelsene
    annen = SimpleNamespace(file=SimpleNamespace(src_uri="tjenester/nav.md"), meta={})
    md = O.etter_sidemakroer(ds, "tjenester/nav.md", "# NAV\n", annen.meta, True)
    assert md == "# NAV\n" + O.abbr_definisjoner(ds.ordliste, "# NAV\n") and annen.meta == {}
    # uten abbr-utvidelsen (som i testnettstedet) ville definisjonene stått som tekst: da utelates de
    assert O.etter_sidemakroer(ds, "tjenester/nav.md", "# NAV\n", annen.meta, False) == "# NAV\n"


# ---------- the glossary page ----------

def test_ordlistesiden_fra_fixturedata():
    ds = fixture_datasett()
    md = R.ordliste(ds, Side(src="ordliste.md", url="ordliste/"), SIDE / "docs")
    assert md.startswith("\n\n**Hopp til bokstav:** [A](#bokstav-a) · [B](#bokstav-b) · [F](#bokstav-f)")
    assert "## A {#bokstav-a}" in md and "Anonym drøfting {: #anonym-drofting }" in md
    assert "BTI – Bedre tverrfaglig innsats {: #bti }" in md
    assert ('    **Hva forkortelsen FOBU står for:** <span class="mangler">mangler – fylles inn av FOBU</span>'
            in md)
    assert "    **Også kalt:** drøfte anonymt" in md
    # lenken er en relativ .md-lenke (MkDocs sjekker den), med ankeret og tittelen på siden og delen
    assert "[Formål (Anonym drøfting)](rutiner/anonym-drofting.md#formal)" in md or \
        "[Anonym drøfting](rutiner/anonym-drofting.md#formal)" in md
    assert "[FOBU](samarbeid/fobu.md)" in md


def test_norsk_alfabetisk_rekkefolge():
    ord_ = ["Årshjul", "Ansvarsgruppe", "Øvelse", "Ærlig", "«Du kan hjelpe Jesper!»", "zebra"]
    assert sorted(ord_, key=R.sorteringsnokkel) == [
        "Ansvarsgruppe", "«Du kan hjelpe Jesper!»", "zebra", "Ærlig", "Øvelse", "Årshjul"]
    assert [R.bokstavanker(b) for b in "AÆØÅ"] == ["bokstav-a", "bokstav-ae", "bokstav-oe", "bokstav-aa"]
