"""Telephone numbers as tap-to-call links: written the Norwegian way («116 111»), dialled without spaces."""
from __future__ import annotations

import re

from ..data.datasett import Datasett
from ..data.feil import MakroFeil
from .lenker import Side

# Norwegian numbers as people write them: 3-digit emergency numbers, 5-digit (02800), 6-digit (116 111) and
# 8-digit numbers in groups; no country code, because staff call from Norwegian phones
_NUMMER = re.compile(r"^\d(?: ?\d){2,7}$")


def tel_href(nummer: str) -> str:
    """«116 111» -> «tel:116111». A number that is not written with digits and single spaces is an error."""
    if not isinstance(nummer, str) or not _NUMMER.match(nummer.strip()):
        raise MakroFeil(f"«{nummer}» er ikke et telefonnummer. Skriv sifrene med mellomrom slik de leses, "
                        "for eksempel «116 111» eller «112».")
    return "tel:" + nummer.replace(" ", "")


def ring(ds: Datasett, side: Side, nummer: str) -> str:
    """Markdown link [116 111](tel:116111): the text keeps the spaces, the link has none."""
    href = tel_href(nummer)
    return f"[{nummer.strip()}]({href})"
