"""Heading anchors: the same rule as file names (scripts/sjekk_filnavn.py), so «Frådrøftingen» gets
#fra-droftingen and not #fr-drftingen. Used by mkdocs.yml (toc: slugify); explicit {#anker} stay as written."""
from __future__ import annotations

import re
import unicodedata

# Norwegian letters that have no «without accent» form; same table as the file-name check.
_ERSTATNINGER = {"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "œ": "oe"}


def slugify(tekst: str, skilletegn: str = "-") -> str:
    """Python-Markdown's toc calls slugify(value, separator)."""
    tekst = "".join(_ERSTATNINGER.get(t, t) for t in tekst.lower())
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    tekst = re.sub(r"[^\w\s-]", "", tekst).strip()
    return re.sub(rf"[{re.escape(skilletegn)}\s_-]+", skilletegn, tekst).strip(skilletegn)
