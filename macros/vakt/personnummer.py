"""Fødselsnummer, D-nummer, H-nummer og syntetiske numre i tekst, filer og filnavn (modulus 11).

Skrivemåtene som fanges: «DDMMÅÅNNNNN», «DDMMÅÅ NNNNN», «DD.MM.ÅÅ NNNNN», skilt med mellomrom, punktum,
bindestrek, tankestrek (Words autokorrektur), skråstrek, hardt eller smalt mellomrom, null-bredde-tegn,
HTML-entiteter (&nbsp; &#8203; &#48; …) og linjeskift. Filer i UTF-16 og andre koder leses også.
Kontrollsifrene må stemme, så kontonumre og saksnumre nesten aldri gir falsk alarm.
Nummeret vises aldri; meldingen sier bare hvor det står (ellers havner det i byggeloggen).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

VEKTER_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
VEKTER_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
DAGER_I_MANED = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# Tegn som ikke synes, men som kan stå mellom sifrene (limt inn fra Word, e-post eller fagsystem).
_USYNLIGE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
# Ett skille mellom sifergrupper: høyst to skilletegn, eventuelt med ett linjeskift (Markdown bryter linjer).
_SKILLE = r"(?:[ \t.\-\u2010\u2011\u2012\u2013\u2014\u2212/\\_\u00a0\u2007\u2009\u202f]{0,3}(?:\r?\n[ \t>]*)?)"
KANDIDAT = re.compile(
    rf"(?<![\d])(\d{{2}}){_SKILLE}(\d{{2}}){_SKILLE}(\d{{2}}){_SKILLE}(\d{{3}}){_SKILLE}(\d{{2}})(?![\d])")


@dataclass(frozen=True)
class Funn:
    fil: str
    linje: int
    art: str
    maskert: str

    def melding(self) -> str:
        hvor = f"filnavnet {self.fil}" if self.linje == 0 else f"{self.fil}, linje {self.linje}"
        return (f"{hvor}: {self.maskert} ser ut som et {self.art}. Guiden skal aldri "
                "inneholde opplysninger om en person; slett nummeret (trenger du et eksempel, skriv «11 siffer»).")


def kontrollsiffer(siffer: list[int], vekter: tuple[int, ...]) -> int | None:
    k = 11 - sum(s * v for s, v in zip(siffer, vekter)) % 11
    if k == 11:
        return 0
    return None if k == 10 else k


def art_av_nummer(nummer: str) -> str | None:
    """«fødselsnummer», «D-nummer», «H-nummer», «syntetisk …» eller None."""
    if len(nummer) != 11 or not nummer.isdigit():
        return None
    s = [int(c) for c in nummer]
    if kontrollsiffer(s[:9], VEKTER_K1) != s[9] or kontrollsiffer(s[:10], VEKTER_K2) != s[10]:
        return None
    dag, maned, ar = int(nummer[0:2]), int(nummer[2:4]), int(nummer[4:6])
    art = "fødselsnummer"
    if dag > 40:
        dag -= 40
        art = "D-nummer"
    if maned > 80:
        maned -= 80
        art = "syntetisk " + art
    elif maned > 40:
        maned -= 40
        art = "H-nummer" if art == "fødselsnummer" else art
    if not 1 <= maned <= 12:
        return None
    siste = DAGER_I_MANED[maned - 1] if not (maned == 2 and ar % 4) else 28
    return art if 1 <= dag <= siste else None


def normaliser(tekst: str) -> str:
    """Entiteter løst opp og usynlige tegn fjernet; linjeskiftene står, så linjenumrene stemmer."""
    if "&" in tekst:
        tekst = html.unescape(tekst)
    return tekst.translate(_USYNLIGE)


def finn_i_tekst(tekst: str, fil: str) -> list[Funn]:
    ren = normaliser(tekst)
    funn = []
    for treff in KANDIDAT.finditer(ren):
        art = art_av_nummer("".join(treff.groups()))
        if art:
            linje = ren.count("\n", 0, treff.start()) + 1
            funn.append(Funn(fil, linje, art, "••••••-•••••"))
    return funn


def dekod(data: bytes) -> tuple[str, str | None]:
    """(tekst, koding) – koding er None for UTF-8. UTF-16 med eller uten BOM og Latin-1 leses også,
    så et nummer i en fil med feil koding ikke slipper gjennom (filtype-sjekken stopper filen uansett)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    if data.count(b"\x00") > len(data) // 4:
        # UTF-16 uten BOM, eller binærfil (ASCII med nullbyter er gyldig UTF-8, men sifrene står ikke
        # etter hverandre): nullbytene ut gir sifrene tilbake.
        return data.replace(b"\x00", b"").decode("latin-1"), "binær eller UTF-16"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    return data.decode("latin-1"), "ikke UTF-8"


def finn_i_bytes(data: bytes, fil: str) -> list[Funn]:
    tekst, _ = dekod(data)
    return finn_i_tekst(tekst, fil)


def masker_sti(sti: str) -> str:
    """The path as shown in messages when the name itself holds a number: every digit masked."""
    return re.sub(r"\d", "•", sti) if finn_i_tekst(sti, sti) else sti


def finn_i_filnavn(relativ_sti: str) -> list[Funn]:
    vis = masker_sti(relativ_sti)
    return [Funn(vis, 0, f.art, f.maskert) for f in finn_i_tekst(relativ_sti, vis)]
