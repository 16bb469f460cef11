"""The mkdocs-macros entry point (mkdocs.yml: `module_name: macros`). All of it lives in macros/site/makroer.py."""
from .site.makroer import define_env, on_post_build, on_post_page_macros

__all__ = ["define_env", "on_post_build", "on_post_page_macros"]
