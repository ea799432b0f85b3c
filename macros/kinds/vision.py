"""The organisation's vision (visie/): the text it wrote in docs/visie.<lang>.md, or, while that
is empty, where to start (the vision template, a worksheet)."""
from __future__ import annotations

from ..content import Site
from ..render.markdown import escape_md
from .base import Kind, PageContext, Route, Routes


def vision_written(site: Site, lang: str) -> bool:
    return bool(site.vision.get(lang))


def render_vision_page(site: Site, routes: Routes, lang: str, body: str) -> str:
    """The vision as the organisation wrote it, or, while it is empty, where to start.
    The text is the one the content loader read (front matter and comments removed): MkDocs
    keeps a front matter of comments only in `body`, and would show its lines as headings."""
    words = site.labels[lang].vision
    title = f"# {escape_md(words.title)}\n\n"
    if vision_written(site, lang):
        return title + site.vision[lang].strip() + "\n"
    name = site.organisation.name
    sheet = site.worksheet("visie")
    link = (f"[{escape_md(sheet.text(lang).title)}]({routes.md_href('visie.md', 'worksheet', 'visie')})"
            if sheet else "")
    return (title + f'!!! info "{escape_md(words.not_written.format(name=name))}"\n\n'
            f"    {escape_md(words.write_it)} {link}\n")


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
