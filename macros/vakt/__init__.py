"""Publiseringsvakten: det som ikke skal nå nettstedet (personnummer, rå HTML, filer utenfor docs/).

Rene funksjoner uten MkDocs; macros/site/portvakt.py kobler dem til bygget, scripts/ og tester bruker dem direkte.
"""
