"""Read YAML data files and routine front matter, reporting problems with line numbers.

PyYAML silently keeps the last of two equal keys; that hides editing mistakes,
so a loader that rejects duplicate keys is used instead.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class _StrengLaster(yaml.SafeLoader):
    """Pure-Python loader: the reference for results and error messages."""


# libyaml (yaml.CSafeLoader) parses ~10x faster; the constructors below (duplicate keys, lenient dates)
# are Python code and run on top of either parser. libyaml words its syntax errors differently (and may
# place them differently), so on ANY error the text is parsed again with the pure-Python loader: the
# messages (file, line, column, problem) stay exactly as before, and only the error path pays for it.
if getattr(yaml, "__with_libyaml__", False) and hasattr(yaml, "CSafeLoader"):
    class _RaskLaster(yaml.CSafeLoader):
        """libyaml parser, same constructors as _StrengLaster."""
else:  # pragma: no cover - PyYAML without libyaml
    _RaskLaster = None


def _mapping_uten_duplikater(laster: _StrengLaster, node: yaml.MappingNode, deep: bool = False):
    sett: dict[Any, int] = {}
    for nokkel_node, _ in node.value:
        nokkel = laster.construct_object(nokkel_node, deep=deep)
        if nokkel in sett:
            raise yaml.constructor.ConstructorError(
                None, None, f"nøkkelen «{nokkel}» står to ganger (første gang på linje {sett[nokkel] + 1})",
                nokkel_node.start_mark)
        sett[nokkel] = nokkel_node.start_mark.line
    return laster.construct_mapping(node, deep=deep)


def _dato_eller_tekst(laster: _StrengLaster, node: yaml.ScalarNode):
    # 2023-13-01 looks like a date to YAML and would crash the reader; keep it as text
    # so validation can say «må være en dato» with file, entry and field.
    try:
        return laster.construct_yaml_timestamp(node)
    except ValueError:
        return laster.construct_scalar(node)


for _laster in (_StrengLaster, _RaskLaster):
    if _laster is not None:
        _laster.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_uten_duplikater)
        _laster.add_constructor("tag:yaml.org,2002:timestamp", _dato_eller_tekst)


class YamlFeil(Exception):
    """Carries a finished Norwegian message."""


def les_yaml_tekst(tekst: str, visningsnavn: str, linjeforskyvning: int = 0) -> Any:
    if _RaskLaster is not None:
        try:
            return yaml.load(tekst, Loader=_RaskLaster)
        except yaml.YAMLError:
            pass  # report it as the pure-Python loader does (below)
    try:
        return yaml.load(tekst, Loader=_StrengLaster)
    except yaml.MarkedYAMLError as feil:
        merke = feil.problem_mark or feil.context_mark
        problem = feil.problem or feil.context or "ukjent feil"
        if merke is None:
            raise YamlFeil(f"{visningsnavn}: YAML-feil: filen kan ikke leses ({problem})") from None
        linje = merke.line + 1 + linjeforskyvning
        raise YamlFeil(f"{visningsnavn}, linje {linje}, kolonne {merke.column + 1}: YAML-feil, filen kan ikke leses "
                       f"({_oversett(problem)})") from None
    except yaml.YAMLError as feil:  # pragma: no cover - unmarked errors are rare
        raise YamlFeil(f"{visningsnavn}: YAML-feil: filen kan ikke leses ({feil})") from None


def les_yaml_fil(sti: Path, visningsnavn: str) -> Any:
    return les_yaml_tekst(sti.read_text(encoding="utf-8"), visningsnavn)


def les_front_matter(sti: Path, visningsnavn: str) -> dict | None:
    """Front matter of a Markdown page as a dict, or None when the page has none."""
    tekst = sti.read_text(encoding="utf-8")
    linjer = tekst.splitlines()
    if not linjer or linjer[0].strip() != "---":
        return None
    for slutt in range(1, len(linjer)):
        if linjer[slutt].strip() in ("---", "..."):
            innhold = "\n".join(linjer[1:slutt])
            data = les_yaml_tekst(innhold, visningsnavn, linjeforskyvning=1)
            if data is None:
                return {}
            if not isinstance(data, dict):
                raise YamlFeil(f"{visningsnavn}: front matter må være en gruppe med felter (nøkkel: verdi)")
            return data
    raise YamlFeil(f"{visningsnavn}: front matter starter med «---» på linje 1, men avsluttes aldri med «---»")


_OVERSETTELSER = {
    "mapping values are not allowed here": "kolon på feil sted – mangler det mellomrom, anførselstegn eller innrykk?",
    "could not find expected ':'": "fant ikke forventet kolon «:»",
    "found character '\\t' that cannot start any token": "tabulator er ikke lov i YAML; bruk mellomrom",
    "expected <block end>, but found '-'": "feil innrykk foran «-»",
    "found undefined alias": "ukjent alias",
}


def _oversett(problem: str) -> str:
    for engelsk, norsk in _OVERSETTELSER.items():
        if problem.startswith(engelsk):
            return norsk
    return problem
