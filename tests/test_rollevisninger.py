"""Rollevisninger «Slik gjør jeg det som …» (data/rollevisninger.yml, docs/roller/) og kontaktlenkene
på «Ny ansatt». Datalag og visning uten nettleser; til slutt det bygde nettstedet."""
from __future__ import annotations

import re

import pytest
import yaml
from bs4 import BeautifulSoup

from _datalag import ROT, ekte_datasett, fixture_datasett

from macros.data.feil import MakroFeil
from macros.render.lenker import Side
from macros.render.lesere import kontaktlenker, rollevisning, rollevisningsliste

ROLLESIDE = Side(src="roller/nav-veileder.md", url="roller/nav-veileder/")
# Yrkene issue 7 krever en visning for (tjeneste-id-er).
PAKREVDE_TJENESTER = {"barnehage", "skole", "helsestasjon-og-jordmor", "nav", "fastleger",
                      "psykisk-helse-og-rustjeneste"}


# ---------- datalaget ----------
def test_gyldig_fixture_gir_rollevisningen():
    ds = fixture_datasett()
    r = ds.rollevisninger["nav-veileder"]
    assert r.tjeneste == "nav" and [s.lenke for s in r.forste_steg] == ["akutt", "trinn-1", "trinn-2"]




def test_ekte_rollevisninger_dekker_yrkene_i_issue_7():
    ds = ekte_datasett()
    assert PAKREVDE_TJENESTER <= {r.tjeneste for r in ds.rollevisninger.values()}
    assert len({r.tittel for r in ds.rollevisninger.values()}) == len(ds.rollevisninger)


def test_hver_rollevisning_har_sin_side_og_hver_side_sin_rollevisning():
    ds = ekte_datasett()
    mappe = ROT / "docs" / "roller"
    sider = {p.stem for p in mappe.glob("*.md") if p.name != "index.md"}
    assert sider == set(ds.rollevisninger), "docs/roller/*.md og data/rollevisninger.yml må ha de samme id-ene"
    meny = yaml.safe_load((mappe / ".nav.yml").read_text(encoding="utf-8"))["nav"]
    i_menyen = {(list(x.values())[0] if isinstance(x, dict) else x)[:-3] for x in meny} - {"index"}
    assert i_menyen == set(ds.rollevisninger), "docs/roller/.nav.yml må ta med hver rollevisning"
    for rid, r in ds.rollevisninger.items():
        tekst = (mappe / f"{rid}.md").read_text(encoding="utf-8")
        front = yaml.safe_load(tekst.split("---")[1])
        assert front["title"] == r.tittel, f"{rid}: title i front matter må være tittelen fra dataene"
        assert re.search(rf"^# {re.escape(r.tittel)}$", tekst, re.M), f"{rid}: overskriften må være tittelen"
        assert tekst.count(f'{{{{ rollevisning("{rid}") }}}}') == 1
        assert 'class="kort-fortalt"' in tekst


# ---------- visningen ----------
def test_rollevisning_har_steg_ansvar_rutiner_verktoy_kontakt_og_lenker():
    md = rollevisning(fixture_datasett(), ROLLESIDE, "nav-veileder")
    overskrifter = re.findall(r"^## (.+) \{#([a-z-]+)\}$", md, re.M)
    assert [a for _, a in overskrifter] == ["nar-du-er-bekymret", "situasjoner", "ansvar", "rutiner", "verktoy", "kontakt",
                                        "les-mer"]
    # tre steg, lenket til den akutte veien og til trinnene (Markdown-lenker: MkDocs sjekker dem i bygget)
    assert "1. Er barnet i fare nå? Ring 112. Se [Akutt fare](../handlingsveileder/akutt.md)." in md
    assert "Se [Trinn 1: Du legger merke til noe](../handlingsveileder/index.md#trinn-1)." in md
    assert "2. Skriv ned hva du ser &#91;fakta&#93;." in md          # datatekst kan ikke lage Markdown-lenker
    assert "Du møter foreldre &amp; &lt;barn&gt; i NAV." in md    # og ikke HTML
    assert '!!! warning "Meld til barneverntjenesten"' not in md   # fixturen har ikke trinn-7
    assert 'class="hv-tabell' in md and 'class="kontaktkort"' in md
    assert "[Stafettlogg (Sampro)](../verktoy-og-tiltak/index.md#verktoy-stafettlogg)" in md
    assert "- [NAV](../tjenester/nav.md) – hva du ser etter" in md


def test_rollevisning_ukjent_id_foreslar_riktig():
    with pytest.raises(MakroFeil, match="ukjent rollevisning «nav-veiledr».*Mente du «nav-veileder»"):
        rollevisning(fixture_datasett(), ROLLESIDE, "nav-veiledr")


def test_meldeplikten_vises_for_alle_unntatt_barneverntjenesten():
    ds = ekte_datasett()
    for rid, r in ds.rollevisninger.items():
        md = rollevisning(ds, Side(src=f"roller/{rid}.md", url=f"roller/{rid}/"), rid)
        har = '!!! warning "Meld til barneverntjenesten"' in md
        assert har == (r.tjeneste != "barneverntjenesten"), rid
        if har:
            assert "(../handlingsveileder/index.md#trinn-7)" in md


def test_rollevisningsliste_og_kontaktlenker():
    ds = fixture_datasett()
    liste = rollevisningsliste(ds, Side(src="roller/index.md", url="roller/"))
    assert "- **[Slik gjør jeg det som NAV-veileder](nav-veileder.md)** – NAV" in liste
    lenker = kontaktlenker(ds, Side(src="ny-ansatt.md", url="ny-ansatt/"))
    tjenester = [t for t in ds.tjenester.values() if t.type == "tjeneste"]
    assert lenker.count("#kontakt)") == len(tjenester)
    assert "- [NAV](tjenester/nav.md#kontakt)" in lenker and "fobu" not in lenker   # ikke samarbeidsorganene


# ---------- det bygde nettstedet ----------
def _soup(built_site, sti):
    return BeautifulSoup((built_site / sti / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_bygde_rollesider_har_tittel_meny_og_innhold(built_site):
    ds = ekte_datasett()
    oversikt = _soup(built_site, "roller")
    lenker = {a["href"] for a in oversikt.select("article a[href]")}
    for rid, r in ds.rollevisninger.items():
        s = _soup(built_site, f"roller/{rid}")
        assert s.h1.get_text("").rstrip("¶").strip() == r.tittel
        assert s.title.get_text() == f"{r.tittel} - Slik gjør vi det i Åsnes"
        assert s.select_one("article .kontaktkort") is not None and s.select_one("article .rutineliste, "
                                                                                "article .hv-tom")
        assert f"{rid}/" in lenker
    # menyen: seksjonen kommer rett etter «Finn din tjeneste»
    seksjoner = [li.get_text(" ", strip=True) for li in oversikt.select("nav.md-nav--primary > ul > li")]
    i = next(n for n, x in enumerate(seksjoner) if x.startswith("Finn din tjeneste"))
    assert seksjoner[i + 1].startswith("Slik gjør jeg det som …"), seksjoner


def test_ny_ansatt_slutter_med_kurs_og_kontakter(built_site):
    s = _soup(built_site, "ny-ansatt")
    h2 = [h.get("id") for h in s.select("article h2")]
    assert h2[-2:] == ["kurs", "kontakt"]
    kurs = s.find(id="kurs").find_next("table")
    assert kurs is not None and kurs.caption.get_text(strip=True) == "Opplæring for nye ansatte"
    assert kurs.find_previous("h2")["id"] == "kurs"
    kontakt = [a["href"] for a in s.select("#kontakt ~ ul a[href]")]
    assert kontakt and all(h.endswith("/#kontakt") for h in kontakt)
    # uten skript: en vanlig, komplett nummerert liste (ni steg) inne i beholderen skriptet bruker
    steg = s.select("[data-ny-ansatt-vei] > ol > li")
    assert len(steg) == 9 and not s.select("[data-ny-ansatt-vei] input")
