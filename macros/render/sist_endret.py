"""«Sist endret: 2. desember 2026» under each page (shown by overrides/partials/source-file.html)."""
from __future__ import annotations

from datetime import date

from markupsafe import Markup

from ..data.datoer import norsk_dato


def sist_endret_html(dato: date) -> Markup:
    """The date as readers write it («2. desember 2026»); the ISO date in data-dato for scripts and tests."""
    return Markup('<span class="sist-endret__dato" data-dato="{}">{}</span>').format(dato.isoformat(), norsk_dato(dato))
