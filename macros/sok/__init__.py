"""Søket: etterbehandling av det bygde nettstedet (Pagefind-indeks og orddata for søkeboksen).

Kjører på ferdig HTML etter bygget, ikke i MkDocs, så søket overlever et bytte av nettstedsgenerator.
"""
