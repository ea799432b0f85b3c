"""The organisation's vision (visie/): the text it wrote in docs/visie.<lang>.md, or, while that
is empty, where to start (the vision template, a worksheet)."""
from __future__ import annotations

from ..content import Site
from ..render.jinja import render_md, trusted
from ..render.vision_draft import VISION_SHEET
from .base import Kind, PageContext, Route, Routes


def vision_written(site: Site, lang: str) -> bool:
    return bool(site.vision.get(lang))


def render_vision_page(site: Site, routes: Routes, lang: str, body: str) -> str:
    """The vision as the organisation wrote it, or, while it is empty, where to start.
    The text is the one the content loader read (front matter and comments removed): MkDocs
    keeps a front matter of comments only in `body`, and would show its lines as headings."""
    from .worksheet import KIND as worksheets  # the vision template is a worksheet
    written = vision_written(site, lang)
    sheet = site.worksheet(VISION_SHEET)
    link = {"title": worksheets.title(site, VISION_SHEET, lang),
            "href": routes.md_href(KIND.src(site, "vision"), "worksheet", VISION_SHEET)} if sheet else None
    return render_md("vision_page.md", words=site.labels[lang].vision, organisation=site.organisation.name,
                     text=trusted(site.vision[lang].strip()) if written else "", sheet=link)


class VisionKind(Kind):
    name = "vision"
    route_kind = "page"  # linked as page:vision
    template = None  # Markdown: the organisation's own text
    word_name = None  # the vision template's page makes a Word file of a draft in the browser
    edit_source = None  # docs/visie.<lang>.md, the page's own file
    scripts = ()
    generated = False
    own_language = False

    def names(self, site: Site) -> list[str]:
        return ["vision"]

    def src(self, site: Site, name: str) -> str:
        return "visie.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        return site.labels[lang].vision.title  # from the site's words, not the file

    def view(self, ctx: PageContext, name: str) -> str:
        return ctx.site.vision.get(ctx.lang, "")

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return render_vision_page(ctx.site, ctx.routes, ctx.lang, markdown)

    def sort_key(self, site: Site, name: str, lang: str):
        return None  # at the top level by extra.nav_order


KIND = VisionKind()
