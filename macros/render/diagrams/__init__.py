"""The three clickable diagrams (inline SVG from data/). felles.py: what they share; svg.py: primitives and the
accessible wrapper; one module per diagram: modell.py, handlingsveileder.py, samarbeidskart.py."""
from __future__ import annotations

import math

from ...data.datasett import Datasett
from ..lenker import Side
from . import svg as s
from .handlingsveileder import _trinn_lenker, handlingsveilederdiagram, trinnoverskrift
from .modell import _modell_lenker, modelldiagram
from .samarbeidskart import _samarbeid_lenker, samarbeidskart

__all__ = ["handlingsveilederdiagram", "modelldiagram", "samarbeidskart", "svg_lenkerekkefolge", "trinnoverskrift"]


def svg_lenkerekkefolge(ds: Datasett, side: Side, diagram: str, **kw) -> list[s.Lenke]:
    """The links of a diagram in SVG (reading) order – for tests and documentation."""
    if diagram == "modelldiagram":
        nivaer, _ = _modell_lenker(ds, side)
        return [l for hoved, dims in nivaer for l in [hoved] + [d for d, _ in dims]]
    if diagram == "handlingsveilederdiagram":
        akutt, trinn = _trinn_lenker(ds, side)
        return [akutt] + [l for _, l in trinn]
    if diagram == "samarbeidskart":
        oppsett = ds.nettsted.samarbeidskart
        arenaer = list(oppsett.arenaer if kw.get("arenaer") is None else kw["arenaer"])
        samordning = list(oppsett.samordning if kw.get("samordning") is None else kw["samordning"])
        topp, tjenester, midt = _samarbeid_lenker(ds, side, arenaer, samordning)
        halv = math.ceil(len(tjenester) / 2)
        return topp + tjenester[:halv] + midt + tjenester[halv:]
    raise ValueError(diagram)
