"""Write one JSON Schema per data file to data/schema/ (for editor completion and review).

    python -m macros.data.skjemaeksport            # write
    python -m macros.data.skjemaeksport --sjekk    # exit 1 if the committed schemas are stale
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .register import DATAFILER
from .modeller_rutiner import RutineSide

SKJEMAKATALOG = Path(__file__).resolve().parents[2] / "data" / "schema"   # <prosjekt>/data/schema


def skjemaer() -> dict[str, str]:
    """file name -> JSON text."""
    ut = {}
    alle = {**{f"{navn[:-4]}.schema.json": modell for navn, modell in DATAFILER.items()},
            "rutine.schema.json": RutineSide}
    for filnavn, modell in alle.items():
        skjema = modell.model_json_schema()
        skjema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$comment": "Generert av python -m macros.data.skjemaeksport – ikke rediger for hånd.", **skjema}
        ut[filnavn] = json.dumps(skjema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return ut


def utdaterte(katalog: Path = SKJEMAKATALOG) -> list[str]:
    return [navn for navn, tekst in skjemaer().items()
            if not (katalog / navn).is_file() or (katalog / navn).read_text(encoding="utf-8") != tekst]


def main(argv: list[str]) -> int:
    if "--sjekk" in argv:
        gamle = utdaterte()
        if gamle:
            print("Utdaterte skjemaer i data/schema/: " + ", ".join(gamle)
                  + ". Kjør: python -m macros.data.skjemaeksport", file=sys.stderr)
            return 1
        return 0
    SKJEMAKATALOG.mkdir(parents=True, exist_ok=True)
    for navn, tekst in skjemaer().items():
        (SKJEMAKATALOG / navn).write_text(tekst, encoding="utf-8")
    print(f"Skrev {len(skjemaer())} skjemaer til {SKJEMAKATALOG}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
