"""Ferdig HTML fra blokkmakroer hopper over Markdown (macros/site/html_blokker.py og kroken i
macros/site/mkdocs_hooks.py) – og siden blir den samme.

1. Uten MkDocs: plassholderen overlever Markdown med nettstedets egne utvidelser, HTML-en kommer tilbake
   uendret, ankrene samles, og en plassholder som er borte gir en melding som navngir side og makro.
2. Med vår mkdocs.yml: kroken er lastet (ellers ville optimaliseringen stille forsvinne), lenker til ankre
   inne i en tabell fra en makro godtas, en lenke til et anker som ikke finnes stoppes fortsatt, og ingen
   plassholder står igjen på det bygde nettstedet.
"""
from __future__ import annotations

import importlib.util
import os
import re
from types import SimpleNamespace

import markdown
import pytest
import yaml

from conftest import ROOT

from macros.site import html_blokker
from _rutinestyring import bygg, lag_prosjekt

TABELL = ('<div class="tabell" role="region" aria-labelledby="t1" tabindex="0">\n<table>\n'
          '<caption id="t1">Ansvar</caption>\n\n<tr><th scope="row" id="rad-1">BTI</th><td>a &amp; b</td></tr>\n'
          '</table>\n</div>')


def _markdown_fra_mkdocs_yml() -> markdown.Markdown:
    """Python-Markdown with the extensions in mkdocs.yml (the ones that can run outside MkDocs)."""
    konfig = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    navn, innstillinger = [], {}
    for u in konfig["markdown_extensions"]:
        n, v = (next(iter(u.items())) if isinstance(u, dict) else (u, {}))
        if n.startswith("pymdownx.snippets") or n.startswith("pymdownx.emoji"):
            continue
        navn.append(n)
        innstillinger[n] = {k: val for k, val in (v or {}).items() if k not in ("permalink", "toc_depth")}
    return markdown.Markdown(extensions=navn, extension_configs=innstillinger)


def test_plassholderen_overlever_markdown_og_html_kommer_tilbake_uendret():
    side = SimpleNamespace(meta={})
    tekst = ("# Tittel\n\nFør tabellen, med BTI.\n"
             + html_blokker.legg_til(side, "ansvarstabell", TABELL)
             + "- et punkt\n" + html_blokker.legg_til(side, "rutineliste", "<ul><li>R</li></ul>")
             + "\n*[BTI]: Bedre tverrfaglig innsats\n")
    blokker = side.meta[html_blokker.NOKKEL]
    assert TABELL not in tekst                      # Markdown ser bare plassholderen
    html = blokker.sett_inn(_markdown_fra_mkdocs_yml().convert(tekst), "docs/x.md")
    assert TABELL in html and "<ul><li>R</li></ul>" in html
    assert "HVHTMLBLOKK" not in html
    assert html.index("Før tabellen") < html.index("<caption") < html.index("et punkt") < html.index("<li>R")


def test_uten_side_kommer_html_en_rett_ut():
    assert html_blokker.legg_til(None, "kontaktkort", "<p>x</p>") == "<p>x</p>"


def test_borte_plassholder_navngir_siden_og_makroen():
    side = SimpleNamespace(meta={})
    html_blokker.legg_til(side, "ansvarstabell", TABELL)
    html_blokker.legg_til(side, "kontaktkort", "<p>kort</p>")
    blokker = side.meta[html_blokker.NOKKEL]
    with pytest.raises(ValueError) as feil:
        blokker.sett_inn("<p>HVHTMLBLOKK0SLUTT</p>", "docs/tjenester/nav.md")
    melding = str(feil.value)
    assert melding.startswith("docs/tjenester/nav.md: resultatet av {{ kontaktkort() }} kom ikke med")
    assert "ansvarstabell" not in melding and "alene på en egen linje" in melding


def test_ankrene_i_blokkene_samles():
    side = SimpleNamespace(meta={})
    html_blokker.legg_til(side, "ansvarstabell", TABELL)
    html_blokker.legg_til(side, "x", "<p><a name=\"gammel\"></a><span class='kl' id='enkelt'>y</span></p>")
    assert side.meta[html_blokker.NOKKEL].ider() == {"t1", "rad-1", "gammel", "enkelt"}


def test_kroken_gjenkjennes_bare_nar_den_er_var():
    spec = importlib.util.spec_from_file_location("kroker", ROOT / "macros" / "site" / "mkdocs_hooks.py")
    kroker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kroker)
    assert html_blokker.kroken_er_lastet({"macros/site/mkdocs_hooks.py": kroker})
    assert not html_blokker.kroken_er_lastet({"annen.py": SimpleNamespace(on_page_content=print)})
    assert not html_blokker.kroken_er_lastet(None)


def test_var_mkdocs_yml_laster_kroken():
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.config import load_config
    assert html_blokker.kroken_er_lastet(load_config(str(ROOT / "mkdocs.yml"))["hooks"])


def test_nettsted_uten_kroken_stoppes_med_norsk_melding(tmp_path):
    """No second rendering path: a site whose mkdocs.yml lacks the hook does not build, and says what to add."""
    config = lag_prosjekt(tmp_path, {"verktoy-test.md": "# Verktøytest\n\n{{ verktoyliste() }}\n"})
    tekst = config.read_text(encoding="utf-8")
    assert "mkdocs_hooks.py" in tekst
    config.unlink()                      # a symlink to the real mkdocs.yml: write a copy, never through it
    config.write_text("\n".join(l for l in tekst.splitlines() if "hooks" not in l), encoding="utf-8")
    res = bygg(config, tmp_path / "ut")
    assert res.returncode != 0
    assert "«hooks:» mangler macros/site/mkdocs_hooks.py" in res.stdout


# ---------- 2. med vår konfigurasjon ----------
def _bygg_med(tmp_path, index: str):
    config = lag_prosjekt(tmp_path, {"verktoy-test.md": "# Verktøytest\n\n{{ verktoyliste() }}\n"})
    (config.parent / "docs" / "index.md").write_text(index, encoding="utf-8")
    return bygg(config, tmp_path / "ut")


def test_lenke_til_anker_i_makrotabell_godtas_og_ukjent_anker_stoppes(tmp_path):
    res = _bygg_med(tmp_path / "ok", "# Forside\n\nSe [stafettloggen](verktoy-test.md#verktoy-stafettlogg).\n")
    assert res.returncode == 0, res.stdout
    html = (tmp_path / "ok" / "ut" / "verktoy-test" / "index.html").read_text(encoding="utf-8")
    assert 'id="verktoy-stafettlogg"' in html and "HVHTMLBLOKK" not in html

    res = _bygg_med(tmp_path / "feil", "# Forside\n\nSe [noe](verktoy-test.md#finnes-ikke).\n")
    assert res.returncode != 0
    assert "does not contain an anchor '#finnes-ikke'" in res.stdout


def test_ingen_plassholder_star_igjen_pa_nettstedet(built_site):
    rester = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
              if re.search("HVHTMLBLOKK", p.read_text(encoding="utf-8"))]
    assert rester == []
