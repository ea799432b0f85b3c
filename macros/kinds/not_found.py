"""The 404 page: Material's own template (404.html), written once at the site's root in the
default language (macros/glue/i18n.py keeps the other languages' builds from overwriting it).
It has no route: no page links to it, and it is in no navigation."""
from __future__ import annotations

from ..content import Site
from .base import Kind, PageContext, Route


class NotFoundKind(Kind):
    name = "not_found"
    route_kind = "not-found"
    template = "404.html"  # Material's, a static template of the theme
    word_name = None
    edit_source = None
    scripts = ()
    generated = False
    own_language = False

    def names(self, site: Site) -> list[str]:
        return []  # a static template of the theme, not a page of the route table

    def src(self, site: Site, name: str) -> str:
        raise LookupError("the 404 page has no source file: it is Material's template 404.html")

    def title(self, site: Site, name: str, lang: str) -> str:
        raise LookupError("the 404 page's title is Material's, in the default language")

    def view(self, ctx: PageContext, name: str):
        return None  # Material's template shows its own text

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        raise LookupError("the 404 page is rendered by Material's template, not from Markdown")

    def sort_key(self, site: Site, name: str, lang: str):
        return None  # in no navigation


KIND = NotFoundKind()
