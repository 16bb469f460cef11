"""{{ a_til_a() }}: A–Å-oversikten (docs/a-a.md) – alle emner, tjenester og rutiner i alfabetisk rekkefølge.

Veien fram uten søk (søkeboksen lenker hit når JavaScript mangler, og når et søk ikke gir treff).
Lages av dataene: ordene i data/ordliste.yml (også synonymene, «helsesøster → Helsesykepleier»),
tjenestene og de gjeldende rutinene. Markdown-lenker, så det strenge bygget sjekker hver lenke.
"""
from __future__ import annotations

from ..data.feil import MakroFeil
from .lenker import Side, relativ_md_sti
from .ordlisteside import _md_tekst, bokstavanker, etikett, forbokstav, sorteringsnokkel


def _oppforinger(ds) -> list[tuple[str, str, str]]:
    """(tekst, docs-sti med eventuelt anker, forklaring) for alt som skal stå i oversikten."""
    rader = []
    for o in ds.ordliste.values():
        rader.append((etikett(o), o.side, ""))
        for syn in o.synonymer or []:
            rader.append((syn, o.side, f"se {o.term}"))
    for t in ds.tjenester.values():
        rader.append((t.navn, t.side, "tjeneste" if t.type == "tjeneste" else "samarbeid"))
    for r in ds.rutiner.values():
        if r.meta.status != "utgatt":
            rader.append((r.tittel, r.side, "rutine"))
    unike = {}
    for tekst, sti, hva in rader:
        unike.setdefault((tekst.casefold(), sti.split("#")[0]), (tekst, sti, hva))
    return sorted(unike.values(), key=lambda r: (sorteringsnokkel(r[0]), r[2]))


def a_til_a(ds, side: Side) -> str:
    rader = _oppforinger(ds)
    if not rader:
        raise MakroFeil("A–Å-oversikten er tom: data/ordliste.yml, data/tjenester.yml og docs/rutiner/ har ingenting å vise")
    bokstaver: dict[str, list] = {}
    for rad in rader:
        bokstaver.setdefault(forbokstav(rad[0]), []).append(rad)
    ut = ["Hopp til bokstav: " + " · ".join(f"[{b}](#{bokstavanker(b)})" for b in bokstaver), ""]
    for b, liste in bokstaver.items():
        ut += [f"## {b} {{#{bokstavanker(b)}}}", ""]
        for tekst, sti, hva in liste:
            src, _, anker = sti.partition("#")
            lenke = relativ_md_sti(side.src, src) + (f"#{anker}" if anker else "")
            ut.append(f"- [{_md_tekst(tekst)}]({lenke})" + (f" ({hva})" if hva else ""))
        ut.append("")
    return "\n".join(ut)
