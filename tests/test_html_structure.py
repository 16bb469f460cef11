"""Hver side i det bygde nettstedet: én <h1>, unik <title>, <html lang="nb">."""
from collections import Counter

from bs4 import BeautifulSoup


def _soup(built_site, page):
    path = built_site / (page if page.endswith(".html") else page + "index.html")
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_page_has_exactly_one_h1(built_site, site_pages):
    wrong = {}
    for page in site_pages:
        count = len(_soup(built_site, page).find_all("h1"))
        if count != 1:
            wrong[page or "/"] = count
    assert not wrong, f"Sider uten nøyaktig én <h1> (side: antall): {wrong}"


def test_every_page_title_is_unique(built_site, site_pages):
    titles = {page: _soup(built_site, page).title.get_text(strip=True) for page in site_pages}
    counts = Counter(titles.values())
    duplicates = {p: t for p, t in titles.items() if counts[t] > 1}
    assert not duplicates, f"Sider med samme <title>: {duplicates}"


def test_every_page_is_norwegian_bokmal(built_site, site_pages):
    wrong = [p for p in site_pages if _soup(built_site, p).html.get("lang") != "nb"]
    assert not wrong, f"Sider uten lang=\"nb\": {wrong}"
