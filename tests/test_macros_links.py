"""Relative URL computation (use_directory_urls: true, and false for completeness)."""
import pytest


from macros.render.lenker import Side, lenke_til, relativ_md_sti, relativ_url, side_url


@pytest.mark.parametrize("src,url", [
    ("index.md", ""), ("a/b.md", "a/b/"), ("a/index.md", "a/"), ("lovverk.md", "lovverk/"),
    ("om-nettstedet/index.md", "om-nettstedet/"), ("a/b/c.md", "a/b/c/")])
def test_side_url(src, url):
    assert side_url(src) == url


def test_side_url_uten_directory_urls():
    assert side_url("a/b.md", directory_urls=False) == "a/b.html"
    assert side_url("a/index.md", directory_urls=False) == "a/"


def test_side_url_krever_md():
    with pytest.raises(ValueError, match="er ikke en Markdown-side"):
        side_url("a/b.html")


@pytest.mark.parametrize("fra,til,forventet", [
    ("", "tjenester/nav/", "tjenester/nav/"),
    ("tjenester/nav/", "tjenester/nav/", "./"),
    ("tjenester/nav/", "tjenester/barnehage/", "../barnehage/"),
    ("handlingsveileder/akutt/", "tjenester/nav/", "../../tjenester/nav/"),
    ("handlingsveileder/", "tjenester/nav/", "../tjenester/nav/"),
    ("tjenester/nav/", "", "../../"),
    ("modellen/", "modellen/kommuneniva/", "kommuneniva/"),
    ("a/b.html", "c/d.html", "../c/d.html"),
])
def test_relativ_url(fra, til, forventet):
    assert relativ_url(fra, til) == forventet


def test_lenke_til_med_anker():
    side = Side(src="handlingsveileder/index.md", url="handlingsveileder/")
    assert lenke_til(side, "tjenester/nav.md") == "../tjenester/nav/"
    assert lenke_til(side, "handlingsveileder/akutt.md", "trinn-1") == "akutt/#trinn-1"
    assert lenke_til(Side(src="index.md", url=""), "rutiner/index.md") == "rutiner/"


def test_relativ_md_sti():
    assert relativ_md_sti("index.md", "tjenester/nav.md") == "tjenester/nav.md"
    assert relativ_md_sti("handlingsveileder/akutt.md", "tjenester/nav.md") == "../tjenester/nav.md"
    assert relativ_md_sti("tjenester/barnehage.md", "tjenester/nav.md") == "nav.md"
