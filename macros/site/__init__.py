"""Site adapter: the only code that knows MkDocs (macro registry, page hooks, HTML blocks)."""
