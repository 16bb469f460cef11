"""Routine metadata lives in ONE place (front matter) and mistakes stop everything with a Norwegian message.

Each file in tests/fixtures/rutinestyring/feil/ has one typical mistake. It is added to the valid
fixture routines and must give exactly the expected message (data layer + macros/data/rutinestyring.py).
"""
import shutil
from datetime import date
from pathlib import Path

import pytest

import _rutinestyring as R
from _datalag import GYLDIG

from macros.data.datasett import Kilder, last_datasett
from macros.data.feil import DataError
from macros.data.rutinestyring import rutinefeil, sjekk_rutiner

IDAG = date.fromisoformat(R.DAG)
FEIL = R.FIX / "feil"


def kilder(tmp_path: Path, *feilfiler: str) -> Kilder:
    rutiner = tmp_path / "docs" / "rutiner"
    shutil.copytree(R.FIX / "docs" / "rutiner", rutiner)
    for navn in feilfiler:
        shutil.copy(FEIL / f"{navn}.md", rutiner / f"{navn}.md")
    data = tmp_path / "data"
    shutil.copytree(GYLDIG, data)
    return Kilder(datakatalog=data, rutinekatalog=rutiner, prosjektrot=tmp_path)


def alle_feil(k: Kilder) -> list[str]:
    """Errors from the data layer, or else from the checks that need 'today' (same order as the build)."""
    try:
        ds = last_datasett(k)
    except DataError as e:
        return e.feil
    return rutinefeil(ds, IDAG)


def test_gyldige_fixturerutiner_har_ingen_feil(tmp_path):
    assert alle_feil(kilder(tmp_path)) == []


FORVENTET = {
    "mangler-eier": "docs/rutiner/mangler-eier.md, rutine «mangler-eier»: feltet «rutine.eier» mangler, men er påkrevd",
    "ukjent-eier": ("docs/rutiner/ukjent-eier.md, rutine «ukjent-eier»: feltet «eier» viser til «virksomhetsleer», "
                    "som ikke finnes i data/tjenester.yml eller data/roller.yml. Mente du «virksomhetsleder»?"),
    "feil-dato": ("docs/rutiner/feil-dato.md, rutine «feil-dato»: feltet «rutine.godkjent»: "
                  "2024-02-30 finnes ikke (februar 2024 har ikke 30 dager)"),
    "dato-som-tekst": ("docs/rutiner/dato-som-tekst.md, rutine «dato-som-tekst»: feltet «rutine.godkjent» må være en "
                       "dato på formen ÅÅÅÅ-MM-DD, men er «01.06.2024»"),
    "ukjent-tjeneste": ("docs/rutiner/ukjent-tjeneste.md, rutine «ukjent-tjeneste»: feltet «gjelder» viser til "
                        "«barnehager», som ikke finnes i data/tjenester.yml. Mente du «barnehage»?"),
    "gjeldende-uten-godkjent": ("docs/rutiner/gjeldende-uten-godkjent.md, rutine «gjeldende-uten-godkjent»: feltet "
                                "«godkjent» må være en dato når status er «gjeldende» (bare utkast kan mangle "
                                "godkjenningsdato)"),
    "under-revisjon-uten-godkjent": ("rutine «under-revisjon-uten-godkjent»: feltet «godkjent» må være en dato når "
                                     "status er «under-revisjon»"),
    "opphevet-lov": ("docs/rutiner/opphevet-lov.md, rutine «opphevet-lov»: feltet «lovgrunnlag» viser til «bvl1992-6-4» "
                     "(barnevernloven (1992) § 6-4), som er opphevet"),
    "ukjent-status": ("docs/rutiner/ukjent-status.md, rutine «ukjent-status»: feltet «rutine.status» har ugyldig verdi "
                      "«godkjent»; gyldige verdier er «utkast», «gjeldende», «under-revisjon» eller «utgatt»"),
    "mangler-intervall": ("docs/rutiner/mangler-intervall.md, rutine «mangler-intervall»: feltet "
                          "«rutine.revisjonsintervall_mnd» mangler, men er påkrevd"),
    "feil-id": "docs/rutiner/feil-id.md, rutine «annen-id»: feltet «id» må være lik filnavnet «feil-id»",
    # the checks added for issue 6 (macros/data/rutinestyring.py)
    "godkjent-i-fremtiden": ("docs/rutiner/godkjent-i-fremtiden.md, rutine «godkjent-i-fremtiden»: feltet «godkjent» "
                             "er 2035-06-01, som er etter dagens dato (2025-03-01)"),
    "utkast-med-dato": ("docs/rutiner/utkast-med-dato.md, rutine «utkast-med-dato»: status er «utkast», men feltet "
                        "«godkjent» har en dato (2024-06-01)"),
    "dobbel-tjeneste": ("docs/rutiner/dobbel-tjeneste.md, rutine «dobbel-tjeneste»: feltet «gjelder» har «nav» mer "
                        "enn én gang"),
}


def test_hver_feilfixture_har_en_forventet_melding():
    assert {p.stem for p in FEIL.glob("*.md")} == set(FORVENTET)


@pytest.mark.parametrize("navn", sorted(FORVENTET))
def test_feil_i_metadata_gir_norsk_melding(tmp_path, navn):
    feil = alle_feil(kilder(tmp_path, navn))
    assert len(feil) == 1, feil
    assert FORVENTET[navn] in feil[0]


def test_alle_feil_meldes_samlet(tmp_path):
    feil = alle_feil(kilder(tmp_path, "mangler-eier", "ukjent-tjeneste", "feil-dato"))
    assert len(feil) == 3
    with pytest.raises(DataError, match=r"^Fant 3 feil i dataene:\n  1\. "):
        raise DataError(feil)


def test_utgatt_rutine_som_det_fortsatt_vises_til_stopper_bygget(tmp_path):
    """data/ansvar.yml and data/handlingsveileder.yml point to melde-bekymring; withdrawing it must be noticed."""
    k = kilder(tmp_path)
    fil = k.rutinekatalog / "melde-bekymring.md"
    fil.write_text(fil.read_text(encoding="utf-8").replace("status: gjeldende", "status: utgatt"), encoding="utf-8")
    ds = last_datasett(k)
    with pytest.raises(DataError) as info:
        sjekk_rutiner(ds, IDAG)
    melding = str(info.value)
    assert ("data/ansvar.yml, ansvar «individ-struktur-melde»: feltet «rutiner» viser til «melde-bekymring», som er "
            "utgått. Fjern den, eller vis til rutinen som erstatter den") in melding
    assert "data/handlingsveileder.yml, trinn «trinn-2»: feltet «rutiner» viser til «melde-bekymring», som er utgått" \
        in melding


def test_godkjent_i_dag_er_lov(tmp_path):
    k = kilder(tmp_path)
    fil = k.rutinekatalog / "samtale-med-foreldre.md"
    fil.write_text(fil.read_text(encoding="utf-8").replace("2025-02-01", R.DAG), encoding="utf-8")
    assert rutinefeil(last_datasett(k), IDAG) == []


def test_hodedata_legges_i_meta_etter_makroene_med_eget_navn(tmp_path):
    """mkdocs-macros exposes page.meta as Jinja variables while rendering: what the header adds must not hide a
    macro, so it is added after rendering (on_post_page_macros) under prefixed keys. The header itself is a
    finished-HTML block right after «Kort fortalt», not something a theme template splits in."""
    from types import SimpleNamespace

    from macros.render.lenker import Side
    from macros.site.sidehooks import rutinehode

    ds = last_datasett(kilder(tmp_path))
    assert ds.rutine_for_side["rutiner/gammel-rutine.md"] == "gammel-rutine"
    assert "rutiner/gammel-rutine.md" in ds.utgatte_sider      # worked out once, by the loader
    page = SimpleNamespace(file=SimpleNamespace(src_uri="rutiner/gammel-rutine.md"), url="rutiner/gammel-rutine/",
                           meta={"title": "Gammel meldingsrutine"})
    md = ('# Gammel\n\n<div class="kort-fortalt" markdown>\n\n**Kort fortalt:** x\n\n</div>\n\n## Steg\n')
    ut = rutinehode(ds, IDAG, page, Side(src="rutiner/gammel-rutine.md", url="rutiner/gammel-rutine/"), md)
    assert set(page.meta) == {"title", "hv_brodsmule", "hv_html_blokker", "search"}
    assert page.meta["search"] == {"exclude": True}
    assert page.meta["hv_brodsmule"] == {"href": "../", "tekst": "Rutiner"}
    # the placeholder stands between «Kort fortalt» and the first step; the block is the rendered header
    assert ut.index("</div>") < ut.index("HVHTMLBLOKK0SLUTT") < ut.index("## Steg")
    (navn, html), = page.meta["hv_html_blokker"].blokker
    assert navn == "rutinehode" and "Utgått – skal ikke brukes" in html and "Prosjektleder" in html
    andre = SimpleNamespace(file=SimpleNamespace(src_uri="tjenester/nav.md"), url="tjenester/nav/", meta={})
    assert rutinehode(ds, IDAG, andre, Side(src="tjenester/nav.md", url="tjenester/nav/"), md) == md
    assert andre.meta == {}
