"""MkDocs hooks: a small dispatcher. Each event goes to the glue module that does that one
thing (macros/glue/); the work is done by the content model, the route table and the renderers.
"""
from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads this file as a module of its own: the package it belongs to is found from the
# project's root.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros.glue import address, navigation, pages, search_index, setup, theme  # noqa: E402

on_startup = address.on_startup
on_config = setup.on_config
on_files = pages.on_files
on_nav = navigation.on_nav
on_page_markdown = pages.on_page_markdown
on_page_context = navigation.on_page_context
on_env = theme.on_env
on_post_page = theme.on_post_page
on_post_template = theme.on_post_template
on_post_build = search_index.split_search_index
