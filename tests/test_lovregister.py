"""data/lover.yml: titlene er kontrollert mot gjeldende lov (sak 14). En ny eller endret tittel må gjennomgås og
føres inn her – slik blir en utdatert tittel (som den gamle i hpl § 32) ikke stående ubemerket."""
from _datalag import ekte_datasett

GJENNOMGATTE_TITLER = {
    "hpl-10a": "Helsepersonells plikt til å bidra til å ivareta mindreårige barn som pårørende",
    "hpl-10b": "Helsepersonells plikt til å bidra til å ivareta mindreårige barn som er etterlatte etter foreldre "
               "eller søsken",
    "hpl-21": "Hovedregel om taushetsplikt",
    "hpl-23": "Begrensninger i taushetsplikten",
    "hpl-25": "Opplysninger til samarbeidende personell",
    "hpl-31": "Opplysninger til nødetater",
    # Helsedirektoratets lovkommentar, kontrollert 2026-12-02
    "hpl-32": "Opplysninger til den kommunale helse- og omsorgstjenesten",
    "hpl-33": "Opplysningsplikt til barnevernet",
    "bvl-13-2": "Opplysningsplikt til barnevernstjenesten",
    "bhl-46": "Opplysningsplikt til barnevernet",
    "strl-196": "Plikt til å avverge en straffbar handling",
    "hol-7-1": "Individuell plan",
    "hol-7-2": "Koordinator",
    "hol-7-2a": "Barnekoordinator",
    "hol-7-3": "Koordinerende enhet",
    "pbrl-2-5": "Rett til individuell plan",
    "pbrl-2-5b": "Rett til koordinator",
    "pbrl-2-5c": "Rett til barnekoordinator",
    "fvl-13": "Taushetsplikt",
    "sphl-3-7a": "Barneansvarlig personell",
    "bvl1992-6-4": "Opplysningsplikt til barneverntjenesten (opphevet lov)",
    "oppl1998-15-3": "Opplysningsplikt til barneverntjenesten (opphevet lov)",
    "bhl-22-gammel": "Opplysningsplikt til barneverntjenesten (gammel paragrafnummerering)",
}


def test_lovtitlene_er_de_gjennomgatte():
    ds = ekte_datasett(med_rutiner=False)
    assert {i: lb.tittel for i, lb in ds.lover.items()} == GJENNOMGATTE_TITLER


def test_hpl_32_har_ikke_den_gamle_tittelen():
    ds = ekte_datasett(med_rutiner=False)
    assert "sosialtjenesten" not in ds.lover["hpl-32"].tittel
