"""Render layer: plain functions from the data to HTML (tables, lists, diagrams, pages). No MkDocs."""
