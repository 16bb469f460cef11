"""Tabellen over feil en vedlikeholder kan gjøre, og hva bygget skal si (tests/test_feil_inndata.py kjører den,
docs/om-nettstedet/nar-bygget-stopper.md viser den).

Hver rad: id, klasse, hva som plantes (en funksjon som endrer en kopi av prosjektet), hvor bygget stopper,
og en bit av meldingen som skal stå i svaret (med fil og linje eller oppføring og felt).
stopp: «vakt» = publiseringsvakten før bygget, «data» = datafilene, «makro» = en side når den bygges,
«etter» = vakten over det ferdige nettstedet, «ufarlig» = bygget går, men det plantede er gjort harmløst.
Personnumrene regnes ut her (riktige kontrollsiffer); ingen står fast i kodelageret.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

V1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
V2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _kontroll(siffer: str, vekter) -> int:
    k = 11 - sum(int(s) * v for s, v in zip(siffer, vekter)) % 11
    return 0 if k == 11 else k


def lag_nummer(dag: int, maned: int, ar: int) -> str:
    for individ in range(100, 1000):
        ni = f"{dag:02d}{maned:02d}{ar % 100:02d}{individ:03d}"
        k1 = _kontroll(ni, V1)
        if k1 == 10:
            continue
        k2 = _kontroll(ni + str(k1), V2)
        if k2 != 10:
            return f"{ni}{k1}{k2}"
    raise AssertionError("fant ikke noe individnummer")


F = lag_nummer(14, 3, 2011)
D = lag_nummer(14 + 40, 3, 1985)
H = lag_nummer(14, 3 + 40, 2011)
FEIL_KONTROLL = F[:10] + str((int(F[10]) + 1) % 10)


@dataclass(frozen=True)
class Tilfelle:
    id: str
    klasse: str
    beskrivelse: str
    plant: Callable[[Path], None]
    stopp: str
    melding: str          # skal stå i svaret
    hvor: str = ""        # fil (og linje) som skal stå i svaret
    gruppe: str = ""      # «ufarlig»-tilfeller i samme gruppe deler ett bygg
    ikke_i_site: str = ""  # for «ufarlig»: dette skal ikke finnes i nettstedet
    i_site: str = ""       # for «ufarlig»: dette skal finnes (den harmløse formen)


# ---------- hjelpere som planter ----------
def legg_til(rel: str, tekst: str):
    def plant(p: Path) -> None:
        sti = p / rel
        sti.parent.mkdir(parents=True, exist_ok=True)
        gammel = sti.read_text(encoding="utf-8") if sti.exists() else ""
        sti.write_text(gammel + tekst, encoding="utf-8")
    return plant


def skriv(rel: str, innhold: str | bytes):
    def plant(p: Path) -> None:
        sti = p / rel
        sti.parent.mkdir(parents=True, exist_ok=True)
        (sti.write_bytes if isinstance(innhold, bytes) else sti.write_text)(innhold)
    return plant


def bytt(rel: str, gammel: str, ny: str):
    def plant(p: Path) -> None:
        sti = p / rel
        tekst = sti.read_text(encoding="utf-8")
        assert gammel in tekst, f"{rel} har ikke {gammel!r} (fixturen må følge dataene)"
        sti.write_text(tekst.replace(gammel, ny, 1), encoding="utf-8")
    return plant


def lenke(rel: str, mal: str | Path):
    def plant(p: Path) -> None:
        sti = p / rel
        sti.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(mal if not isinstance(mal, str) or mal.startswith("/") else p / mal, sti)
    return plant


def flere(*planter):
    def plant(p: Path) -> None:
        for f in planter:
            f(p)
    return plant


SIDE = "docs/index.md"
PN = "ser ut som et"


def _pn(id_, beskrivelse, plant, hvor, art="fødselsnummer", stopp="vakt"):
    return Tilfelle(id_, "personnummer", beskrivelse, plant, stopp, f"{PN} {art}", hvor)


def _html(id_, beskrivelse, tekst, melding):
    return Tilfelle(id_, "rå HTML", beskrivelse, legg_til(SIDE, f"\n\n{tekst}\n"), "vakt", melding, "docs/index.md, linje")


def _fil(id_, beskrivelse, plant, melding, hvor):
    return Tilfelle(id_, "filer", beskrivelse, plant, "vakt", melding, hvor)


ROLLE = "    navn: Kommunestyret\n"
UTGATT = """---
title: Gammel meldingsrutine
rutine:
  id: gammel-rutine
  eier: kommunestyret
  status: utgatt
  godkjent: 2020-01-01
  revisjonsintervall_mnd: 12
  gjelder: [nav, barnehage]
  tema: [opplysningsplikt]
  lovgrunnlag: [bvl-13-2]
---

# Gammel meldingsrutine

Erstattet.
"""
ROLLEBRUK = legg_til(SIDE, '\n\nAnsvar: {{ rolle("kommunestyret") }}.\n')

TILFELLER: list[Tilfelle] = [
    # --- personnummer i alle skrivemåter, alle kilder ---
    _pn("pn-sammenhengende", "11 siffer i en side", legg_til(SIDE, f"\nBarnet {F} går her.\n"), "docs/index.md, linje"),
    _pn("pn-mellomrom", "DDMMÅÅ NNNNN", legg_til(SIDE, f"\nBarnet {F[:6]} {F[6:]}.\n"), "docs/index.md"),
    _pn("pn-datoform", "DD.MM.ÅÅ NNNNN", legg_til(SIDE, f"\nFødt {F[:2]}.{F[2:4]}.{F[4:6]} {F[6:]}.\n"), "docs/index.md"),
    _pn("pn-tankestrek", "tankestrek fra Words autokorrektur",
        legg_til(SIDE, f"\nNr. {F[:6]}\u2013{F[6:]}.\n"), "docs/index.md"),
    _pn("pn-hardt-mellomrom", "hardt mellomrom", legg_til(SIDE, f"\nNr. {F[:6]}\u00a0{F[6:]}.\n"), "docs/index.md"),
    _pn("pn-nullbredde", "null-bredde-tegn mellom sifrene",
        legg_til(SIDE, "\nNr. " + "\u200b".join(F) + ".\n"), "docs/index.md"),
    _pn("pn-entitet-mellomrom", "&nbsp; mellom gruppene", legg_til(SIDE, f"\nNr. {F[:6]}&nbsp;{F[6:]}.\n"),
        "docs/index.md"),
    _pn("pn-entitet-siffer", "sifrene som HTML-entiteter",
        legg_til(SIDE, "\nNr. " + "".join(f"&#{ord(c)};" for c in F) + ".\n"), "docs/index.md"),
    _pn("pn-linjeskift", "delt over et linjeskift", legg_til(SIDE, f"\nNummeret er {F[:6]}\n{F[6:]} i saken.\n"),
        "docs/index.md"),
    _pn("pn-markdown-escape", "DDMMÅÅ\\-NNNNN", legg_til(SIDE, f"\nNr. {F[:6]}\\-{F[6:]}.\n"), "docs/index.md"),
    _pn("pn-d-nummer", "D-nummer", legg_til(SIDE, f"\nNr. {D}.\n"), "docs/index.md", art="D-nummer"),
    _pn("pn-h-nummer", "H-nummer", legg_til(SIDE, f"\nNr. {H}.\n"), "docs/index.md", art="H-nummer"),
    _pn("pn-utf16", "en side lagret i UTF-16",
        skriv("docs/notat.md", f"# Notat\n\nNr. {F}\n".encode("utf-16")), "docs/notat.md"),
    _pn("pn-utf16-uten-bom", "UTF-16 uten BOM i et «bilde»",
        skriv("docs/assets/bilder/skjerm.png", f"Nr. {F}".encode("utf-16-le")), "docs/assets/bilder/skjerm.png"),
    _pn("pn-filnavn", "nummeret i et filnavn", skriv(f"docs/sak-{F}.md", "# Sak\n"), "filnavnet docs/sak-"),
    _pn("pn-data", "i en kommentar i data/", legg_til("data/roller.yml", f"\n# {F}\n"), "data/roller.yml"),
    _pn("pn-overrides", "i en mal i overrides/", skriv("overrides/partials/notat.html", f"<!-- {F} -->\n"),
        "overrides/partials/notat.html"),
    _pn("pn-mkdocs-yml", "i mkdocs.yml", legg_til("mkdocs.yml", f"\n# {F[:6]} {F[6:]}\n"), "mkdocs.yml"),
    _pn("pn-maler", "i maler/", skriv("maler/notat.md", f"Nr. {F}\n"), "maler/notat.md"),
    _pn("pn-front-matter", "i front matter til en rutine",
        bytt("docs/rutiner/anonym-drofting.md", "title: Anonym drøfting", f"title: Anonym drøfting {F}"),
        "docs/rutiner/anonym-drofting.md, linje 2"),
    _pn("pn-nav-yml", "i en menyfil", legg_til("docs/.nav.yml", f"\n# {F}\n"), "docs/.nav.yml"),
    _pn("pn-css", "i et stilark", legg_til("overrides/assets/stilark/hv.css", f"\n/* {F} */\n"),
        "overrides/assets/stilark/hv.css"),
    _pn("pn-etter-bygget", "satt sammen av en makro (bare synlig i det ferdige nettstedet)",
        legg_til(SIDE, '\n\nNr. {{ "' + F[:6] + '" }}{{ "' + F[6:] + '" }}.\n'), "site/index.html", stopp="etter"),
    # --- filer utenfor docs/, ukjente og nesten riktige filtyper ---
    _fil("symlenke-passwd", "symlenke til /etc/passwd", lenke("docs/passord.md", "/etc/passwd"),
         "er en symbolsk lenke", "docs/passord.md"),
    _fil("symlenke-git-config", "symlenke til .git/config",
         flere(skriv(".git/config", "[remote]\n"), lenke("docs/assets/config.css", ".git/config")),
         "er en symbolsk lenke", "docs/assets/config.css"),
    _fil("symlenke-mappe", "symlenke til en mappe", lenke("docs/etc", "/etc"), "er en symbolsk lenke", "docs/etc"),
    _fil("stor-MD", ".MD i stedet for .md", skriv("docs/side.MD", "# Side\n"), "Gi filen navnet «side.md»",
         "docs/side.MD"),
    _fil("endelse-markdown", ".markdown", skriv("docs/side.markdown", "# Side\n"), "«side.md»", "docs/side.markdown"),
    _fil("endelse-txt", ".txt", skriv("docs/notat.txt", "notat\n"), "«notat.md»", "docs/notat.txt"),
    _fil("endelse-html", ".html", skriv("docs/side.html", "<p>x</p>\n"), "«side.md»", "docs/side.html"),
    _fil("endelse-yaml", ".yaml", skriv("docs/meny.yaml", "a: 1\n"), "«meny.yml»", "docs/meny.yaml"),
    _fil("endelse-png-store", ".PNG", skriv("docs/assets/bilder/figur.PNG", b"\x89PNG\r\n"), "«figur.png»",
         "docs/assets/bilder/figur.PNG"),
    _fil("csv-latin1", "en CSV i Latin-1", skriv("docs/liste.csv", "navn;sted\nÅse;Flisa\n".encode("latin-1")),
         "filtypen «.csv» publiseres ikke", "docs/liste.csv"),
    _fil("zip", "et arkiv", skriv("docs/vedlegg.zip", b"PK\x03\x04"), "filtypen «.zip»", "docs/vedlegg.zip"),
    _fil("docx", "et Word-dokument", skriv("docs/rutine.docx", b"PK\x03\x04"), "filtypen «.docx»", "docs/rutine.docx"),
    _fil("dotfil-env", ".env", skriv("docs/.env", "PASSORD=x\n"), "begynner med punktum", "docs/.env"),
    _fil("dotfil-ds-store", ".DS_Store", skriv("docs/assets/.DS_Store", b"\x00\x00"), "begynner med punktum",
         "docs/assets/.DS_Store"),
    _fil("sikkerhetskopi", "side.md~ fra en editor", skriv("docs/index.md~", "# Gammel\n"), "filtypen «.md~»",
         "docs/index.md~"),
    _fil("uten-endelse", "en fil uten endelse", skriv("docs/LESMEG", "x\n"), "filtypen «ingen»", "docs/LESMEG"),
    _fil("latin1-side", "en side lagret i Latin-1", skriv("docs/notat.md", "# Notat\n\nÅsnes\n".encode("latin-1")),
         "er ikke lagret som UTF-8", "docs/notat.md"),
    _fil("utf16-stilark", "et stilark i UTF-16", skriv("docs/assets/stilark/ny.css", "a{}".encode("utf-16")),
         "er ikke lagret som UTF-8 (UTF-16)", "docs/assets/stilark/ny.css"),
    # --- rå HTML og skript i sidene ---
    _html("html-script", "<script>", "<script>alert(1)</script>", "<script> er ikke tillatt"),
    _html("html-script-store", "<SCRIPT> med store bokstaver", "<SCRIPT SRC=x.js></SCRIPT>", "<script> er ikke tillatt"),
    _html("html-iframe", "<iframe>", '<iframe src="side.html"></iframe>', "<iframe> er ikke tillatt"),
    _html("html-object", "<object>", '<object data="x.pdf"></object>', "<object> er ikke tillatt"),
    _html("html-embed", "<embed>", '<embed src="x.swf">', "<embed> er ikke tillatt"),
    _html("html-img-onerror", "<img onerror>", "<img src=x onerror=alert(1)>", "«onerror=»"),
    _html("html-onclick", "onclick på en lenke", '<a href="#" onclick="alert(1)">x</a>', "«onclick=»"),
    _html("html-style", "style=", '<p style="color:red">Viktig</p>', "«style=»"),
    _html("html-style-element", "<style>", "<style>body{display:none}</style>", "<style> er ikke tillatt"),
    _html("html-javascript-lenke", "[x](javascript:…)", "[Klikk](javascript:alert(1))", "«javascript:»"),
    _html("html-javascript-href", "href=javascript:", '<a href="JaVaScRiPt:alert(1)">x</a>', "«javascript:»"),
    _html("html-javascript-entitet", "javascript&#58;", "[x](javascript&#58;alert(1))", "«javascript:»"),
    _html("html-javascript-referanse", "[x]: javascript:", "[x]\n\n[x]: javascript:alert(1)", "«javascript:»"),
    _html("html-data-url", "data:text/html", "[x](data:text/html,<b>x</b>)", "«javascript:»"),
    _html("html-eksternt-bilde", "![](https://…)", "![Logo](https://example.com/logo.png)",
          "bilder fra andre nettsteder"),
    _html("html-ekstern-img", "<img src=https://…>", '<img src="https://example.com/x.png" alt="x">',
          "henter noe fra et annet nettsted"),
    _html("html-protokollrelativ", "<img src=//…>", '<img src="//example.com/x.png" alt="x">',
          "henter noe fra et annet nettsted"),
    _html("html-link", "<link>", '<link rel="stylesheet" href="https://example.com/x.css">', "<link> er ikke tillatt"),
    _html("html-form", "<form>", '<form action="https://example.com"><input name="fnr"></form>',
          "<form> er ikke tillatt"),
    _html("html-meta", "<meta refresh>", '<meta http-equiv="refresh" content="0;url=https://example.com">',
          "<meta> er ikke tillatt"),
    _html("html-base", "<base>", '<base href="https://example.com/">', "<base> er ikke tillatt"),
    _html("html-svg", "innebygd <svg> med skript", '<svg onload="alert(1)"></svg>', "<svg> er ikke tillatt"),
    _html("makro-macros-info", "{{ macros_info() }}", "{{ macros_info() }}", "macros_info() er slått av"),
    _html("makro-context", "{{ context() }}", "{{ context() | pretty }}", "context() er slått av"),
    # --- datafilene: én feil, én melding ---
    Tilfelle("yaml-tabulator", "data", "én tabulator i en YAML-fil", bytt("data/roller.yml", ROLLE, "\tnavn: Kommunestyret\n"),
             "data", "Fant 1 feil i dataene", "data/roller.yml, linje 10, kolonne 1"),
    Tilfelle("yaml-kolon", "data", "kolon uten mellomrom etter", bytt("data/roller.yml", ROLLE, "    navn:Kommunestyret\n  x\n"),
             "data", "Fant 1 feil i dataene", "data/roller.yml, linje"),
    Tilfelle("yaml-duplikat", "data", "samme nøkkel to ganger", bytt("data/roller.yml", ROLLE, ROLLE + ROLLE),
             "data", "Fant 1 feil i dataene", "data/roller.yml"),
    Tilfelle("dato-finnes-ikke", "data", "2026-02-30",
             bytt("data/lover.yml", "ikrafttredelse: 2023-01-01", "ikrafttredelse: 2026-02-30"),
             "data", "2026-02-30 finnes ikke", "data/lover.yml, lovbestemmelse"),
    Tilfelle("dato-i-anforselstegn", "data", "en dato i anførselstegn",
             bytt("data/lover.yml", "ikrafttredelse: 2023-01-01", 'ikrafttredelse: "2023-01-01"'),
             "data", "Skriv den uten: ikrafttredelse: 2023-01-01", "data/lover.yml, lovbestemmelse"),
    Tilfelle("dato-feil-form", "data", "14.05.2026 i stedet for 2026-05-14",
             bytt("data/lover.yml", "ikrafttredelse: 2023-01-01", "ikrafttredelse: 01.01.2023"),
             "data", "må være en dato på formen ÅÅÅÅ-MM-DD", "data/lover.yml, lovbestemmelse"),
    Tilfelle("telefon-som-tall", "data", "telefonnummer uten anførselstegn",
             bytt("data/tjenester.yml", "telefon: null", "telefon: 12345678"),
             "data", 'Skriv telefonnummeret i anførselstegn: telefon: "12 34 56 78"', "data/tjenester.yml, tjeneste"),
    Tilfelle("ja-nei", "data", "«ja» i et ja/nei-felt", bytt("data/kompetanse.yml", "gjentakende: false", "gjentakende: ja"),
             "data", "Skriv true (ja) eller false (nei)", "data/kompetanse.yml"),
    Tilfelle("ukjent-felt", "data", "feilstavet felt", bytt("data/roller.yml", ROLLE, "    nvn: Kommunestyret\n"),
             "data", "ukjent felt «nvn». Mente du «navn»? Skriv «navn:» i stedet for «nvn:».",
             "data/roller.yml, rolle «kommunestyret»"),
    Tilfelle("lovdata-skript", "data", "Lovdata-adresse med )<script>",
             bytt("data/lover.yml", "§10a\n", "§10a)<script>alert(1)</script>\n"),
             "data", "Skriv en adresse som begynner med https://lovdata.no/", "data/lover.yml, lovbestemmelse «hpl-10a»"),
    Tilfelle("lovdata-http", "data", "http:// i stedet for https://",
             bytt("data/lover.yml", "lovdata: https://lovdata.no/lov/1999-07-02-64/§10a",
                  "lovdata: http://lovdata.no/lov/1999-07-02-64/§10a"),
             "data", "https://lovdata.no/", "data/lover.yml, lovbestemmelse «hpl-10a»"),
    Tilfelle("nettside-javascript", "data", "javascript: som nettside",
             bytt("data/tjenester.yml", "nettside: null", "nettside: javascript:alert(1)"),
             "data", "begynner med https://", "data/tjenester.yml, tjeneste"),
    Tilfelle("nettside-ukjent-vert", "data", "nettside til et nettsted som ikke står i registeret",
             bytt("data/tjenester.yml", "nettside: null", "nettside: https://example.com/"),
             "data", "som ikke står i registeret over eksterne nettsteder (data/lenker.yml)",
             "data/tjenester.yml, tjeneste"),
    Tilfelle("lenker-http", "data", "http:// i registeret over eksterne adresser",
             bytt("data/lenker.yml", "url: https://www.116111.no/", "url: http://www.116111.no/"),
             "data", "begynner med https://", "data/lenker.yml, lenke «alarmtelefonen»"),
    Tilfelle("skript-feilstavet", "data", "feilstavet skript i extra_javascript (mkdocs.yml)",
             bytt("mkdocs.yml", "  - assets/js/tabeller.js", "  - assets/js/tabeler.js"), "etter",
             "skriptet «assets/js/tabeler.js» finnes ikke. Skriv stien til en fil i overrides/ (temaets filer) eller "
             "docs/. Mente du «assets/js/tabeller.js»?", "mkdocs.yml, extra_javascript"),
    # --- sider som bygges: makroer og lenker ---
    Tilfelle("lenke-ukjent-vert", "makro", "lenke til et nettsted som ikke står i registeret",
             legg_til(SIDE, "\n\n[Et nettsted](https://example.com/side)\n"), "makro",
             "verten står ikke i registeret over eksterne nettsteder, data/lenker.yml", "docs/index.md"),
    Tilfelle("lenke-ekstern-http", "makro", "lenke med http:// til et annet nettsted",
             legg_til(SIDE, "\n\n[Lovdata](http://lovdata.no/)\n"), "makro", "må begynne med https://",
             "docs/index.md"),
    Tilfelle("makro-ekstern-ukjent", "makro", "ekstern() med en id som ikke står i data/lenker.yml",
             legg_til(SIDE, '\n\n{{ ekstern("bekymringsmeldning") }}\n'), "makro",
             "ukjent lenke «bekymringsmeldning» i data/lenker.yml. Mente du «digital-bekymringsmelding»?",
             "docs/index.md"),
    Tilfelle("makro-ukjent", "makro", "ukjent makro", legg_til(SIDE, "\n\n{{ rolle_navn('x') }}\n"), "makro",
             "«rolle_navn» finnes ikke", "docs/index.md, linje"),
    Tilfelle("makro-syntaks", "makro", "parentes som ikke lukkes", legg_til(SIDE, '\n\n{{ rolle("fobu" }}\n'), "makro",
             "makrosyntaksen er feil", "docs/index.md, linje"),
    Tilfelle("makro-argument", "makro", "ukjent argument", legg_til(SIDE, '\n\n{{ rolle("fobu", kort=True) }}\n'),
             "makro", "kjenner ikke argumentet «kort»", "docs/index.md, linje"),
    Tilfelle("makro-ukjent-id", "makro", "ukjent id", legg_til(SIDE, '\n\n{{ rolle("finnes-ikke") }}\n'), "makro",
             "ukjent rolle «finnes-ikke»", "docs/index.md, linje"),
    Tilfelle("makro-ring-feil-nummer", "makro", "ring() med et nummer som ikke står i data/kontakter.yml",
             legg_til(SIDE, '\n\nRing {{ ring("116-111") }}.\n'), "makro", "«116-111» står ikke i data/kontakter.yml",
             "docs/index.md"),
    Tilfelle("lenke-ukjent-side", "makro", "lenke til en side som ikke finnes", legg_til(SIDE, "\n\n[Se her](finnes-ikke.md)\n"),
             "makro", "peker til en side som ikke finnes", "docs/index.md, linje"),
    Tilfelle("lenke-anker", "makro", "anker som ikke finnes", legg_til(SIDE, "\n\n[Se her](lovverk.md#finnes-ikke)\n"),
             "makro", "peker til et anker som ikke finnes", "docs/index.md, linje"),
    Tilfelle("makro-macros-info-omvei", "makro", "macros_info gjennom en variabel (forbi vaktens tekstsjekk)",
             legg_til(SIDE, "\n\n{% set f = macros_info %}{{ f() }}\n"), "makro", "finnes ikke", "docs/index.md"),
    # --- utgåtte rutiner ---
    Tilfelle("utgatt-lenke", "utgått rutine", "lenke fra en side til en utgått rutine",
             flere(skriv("docs/rutiner/gammel-rutine.md", UTGATT), legg_til(SIDE, "\n\n[Gammel](rutiner/gammel-rutine.md)\n")),
             "vakt", "den utgåtte rutinen rutiner/gammel-rutine.md", "docs/index.md, linje"),
    Tilfelle("utgatt-ordliste", "utgått rutine", "ordlisten viser til en utgått rutine (side:)",
             flere(skriv("docs/rutiner/gammel-rutine.md", UTGATT),
                   bytt("data/ordliste.yml", "    side: handlingsveileder/index.md#bti-niva\n",
                        "    side: rutiner/gammel-rutine.md\n")),
             "vakt", "er en utgått rutine", "data/ordliste.yml, ord «"),
    Tilfelle("utgatt-data", "utgått rutine", "en rutine i data/ som er utgått",
             bytt("docs/rutiner/anonym-drofting.md", "status: utkast\n  godkjent: null",
                  "status: utgatt\n  godkjent: 2020-01-01"),
             "data", "som er utgått", "data/handlingsveileder.yml, trinn"),
    # --- gjort harmløst: data med markup vises som tekst (én regel: macros/render/oppmerking.md_tekst) ---
    Tilfelle("data-script", "data med markup", "<script> i et rollenavn, brukt med rolle()",
             flere(bytt("data/roller.yml", ROLLE, "    navn: Kommunestyret <script>alert(1)</script>\n"), ROLLEBRUK),
             "ufarlig", "", gruppe="rolle-script", ikke_i_site="<script>alert(1)", i_site="&lt;script&gt;alert"),
    Tilfelle("data-script-tjeneste", "data med markup", "<script> i et tjenestenavn (tabeller, kort, lenker, menyer)",
             flere(bytt("data/tjenester.yml", "    navn: NAV\n", "    navn: NAV <script>alert(2)</script>\n"),
                   legg_til(SIDE, '\n\nSe {{ tjeneste("nav") }}.\n')),
             "ufarlig", "", gruppe="rolle-script", ikke_i_site="<script>alert(2)", i_site="&lt;script&gt;alert(2)"),
    Tilfelle("data-script-lov", "data med markup", "<script> i tittelen på en lovbestemmelse",
             flere(bytt("data/lover.yml", "    tittel: Helsepersonells plikt til å bidra til å ivareta mindreårige barn som pårørende\n",
                        "    tittel: Helsepersonells plikt <script>alert(3)</script>\n"),
                   legg_til(SIDE, '\n\nSe {{ lov("hpl-10a") }}.\n')),
             "ufarlig", "", gruppe="rolle-script", ikke_i_site="<script>alert(3)", i_site="&lt;script&gt;alert(3)"),
    Tilfelle("data-img-onerror", "data med markup", "<img onerror> i et rollenavn",
             flere(bytt("data/roller.yml", ROLLE, "    navn: Kommunestyret <img src=x onerror=alert(1)>\n"), ROLLEBRUK),
             "ufarlig", "", gruppe="rolle-img", ikke_i_site="<img src=x onerror", i_site="&lt;img src=x onerror"),
    Tilfelle("data-javascript-lenke", "data med markup", "[x](javascript:…) i et rollenavn",
             flere(bytt("data/roller.yml", ROLLE, '    navn: "Kommunestyret [x](javascript:alert(1))"\n'), ROLLEBRUK),
             "ufarlig", "", gruppe="rolle-js", ikke_i_site='href="javascript:', i_site="&#91;x&#93;(javascript:"),
    Tilfelle("data-eksternt-bilde", "data med markup", "![](https://…) i et rollenavn",
             flere(bytt("data/roller.yml", ROLLE, '    navn: "Kommunestyret ![](https://example.com/x.png)"\n'),
                   ROLLEBRUK),
             "ufarlig", "", gruppe="rolle-bilde", ikke_i_site='src="https://example.com', i_site="&#33;&#91;&#93;"),
    # --- mobilnumre og personlige e-postadresser: advarsel, som streng modus (make build, CI) gjør til feil ---
    Tilfelle("mobil-i-side", "kontaktopplysninger", "et mobilnummer i teksten", legg_til(SIDE, "\n\nRing meg på 912 34 567.\n"),
             "vakt", "et mobilnummer (8 siffer som begynner med 9)", "docs/index.md, linje"),
    Tilfelle("mobil-i-data", "kontaktopplysninger", "et mobilnummer i en beskrivelse i data/",
             bytt("data/roller.yml", ROLLE, ROLLE + "    merknad: Leder nås på 41234567.\n"),
             "vakt", "et mobilnummer (8 siffer som begynner med 4)", "data/roller.yml, linje 11"),
    Tilfelle("epost-personlig", "kontaktopplysninger", "en ansatts e-postadresse",
             legg_til(SIDE, "\n\nSkriv til ola.nordmann@example.no.\n"),
             "vakt", "ser ut som en personlig e-postadresse", "docs/index.md, linje"),
    Tilfelle("epost-privat", "kontaktopplysninger", "en privat e-posttjeneste",
             legg_til(SIDE, "\n\nSkriv til leder@gmail.com.\n"),
             "vakt", "ser ut som en personlig e-postadresse", "docs/index.md, linje"),
    Tilfelle("mobil-tillatt", "ingen falsk alarm", "et offentlig nummer på tillatt-listen, og et nummer i kontaktfeltet",
             flere(skriv("data/offentlige-nummer.yml", "nummer: [\"912 34 567\"]\n"),
                   legg_til(SIDE, "\n\nRing 912 34 567.\n"),
                   bytt("data/tjenester.yml", "telefon: null", 'telefon: "41 23 45 67"')),
             "ufarlig", "", gruppe="ingen-alarm", i_site="912 34 567"),
    Tilfelle("tillatt-liste-tabulator", "kontaktopplysninger", "en tabulator i tillatt-listen for offentlige numre",
             skriv("data/offentlige-nummer.yml", "nummer:\n\t- \"912 34 567\"\n"),
             "vakt", "filen kan ikke leses", "data/offentlige-nummer.yml, linje 2"),
    # --- ingen falsk alarm ---
    Tilfelle("ikke-pn-kontrollsiffer", "ingen falsk alarm", "11 siffer med feil kontrollsiffer, kontonummer, dato",
             legg_til(SIDE, f"\n\nSak {FEIL_KONTROLL}, konto 1234.56.78903, dato 14.05.2026.\n"), "ufarlig", "",
             gruppe="ingen-alarm", i_site=FEIL_KONTROLL),
]
