"""The route table: every page and every download of the site, with its path in each language.

Built once per build from the content model and the page kinds' declarations
(`build_routes(site)`: each kind in macros/kinds/ gives the routes of its pages). Everything
that needs a path or a link asks it: the generated pages, the renderers' links, the theme
templates. A name that is not in the table raises `RouteError`, naming what exists.

Paths are relative to the site's root and use directory URLs: a page "checklists/intake/"
in the default language is "en/checklists/intake/" in English. A download that is the same in
every site language (a letter's Word file) has one path for all of them.
"""
from __future__ import annotations

from . import kinds
from .content import Site
from .kinds.base import Route, RouteError, Routes, relative, strip_language

__all__ = ["Route", "RouteError", "Routes", "build_routes", "relative", "strip_language"]


def build_routes(site: Site) -> Routes:
    """The route table of a site: built once per build from the validated content."""
    return Routes(kinds.all_routes(site), site.languages)
