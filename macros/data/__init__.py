"""Data layer: read, validate and cross-check data/*.yml and the routine pages' front matter. No HTML, no MkDocs."""
