"""Linjene i en Markdown-side som står utenfor kodeblokker.

Brukt av ordlisten (macros/render/ordliste.py), som leser og endrer sidenes Markdown og må vite hva som er kode:
en kodeblokk med ``` eller ~~~ kan stå innrykket, for eksempel i en boks.
"""
from __future__ import annotations

import re
from typing import Iterator

_GJERDE = re.compile(r"^\s*(`{3,}|~{3,})")


def linjer_utenfor_kode(linjer: list[str]) -> Iterator[tuple[int, str]]:
    """(nummer, linje) for hver linje utenfor kodeblokker; selve gjerdelinjene tas ikke med."""
    gjerde = None
    for nr, linje in enumerate(linjer):
        treff = _GJERDE.match(linje)
        if treff:
            tegn = treff.group(1)[0]
            if gjerde is None:
                gjerde = tegn
            elif tegn == gjerde:
                gjerde = None
            continue
        if gjerde is None:
            yield nr, linje
