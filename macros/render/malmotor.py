"""The one Jinja environment for the engine's own templates (macros/render/templates/).

Tables, the routine header and every other finished-HTML block are rendered here, from plain values, before
Markdown; the theme's templates (overrides/) never see them. Autoescape is on and undefined names fail, so a
value from data is always escaped and a typo in a template stops the build.
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

MALER = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                    autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                    trim_blocks=True, lstrip_blocks=True)


def render(mal: str, **verdier) -> str:
    return MALER.get_template(mal).render(**verdier)
