"""A theme's page (tips/<theme>/): its introduction, its tips, and its checklist, worksheet and
booklet. Made from docs/_data/themes.yml and the tips; a file tips/<theme>/index.<lang>.md adds
an introduction of the organisation's own."""
from __future__ import annotations

from ..content import Site
from ..render.jinja import render_md, trusted
from ..render.tips import render_tip_list
from .base import Kind, PageContext, Route, Routes


def render_theme_page(site: Site, routes: Routes, lang: str, theme_id: str, intro_md: str = "") -> str:
    """A theme's page: its title, introduction, its tips, and its checklist and worksheet."""
    from . import booklet, checklist, worksheet  # the kinds of the sheets it links to
    here = routes.get("theme", theme_id).src
    tools = [{"title": kind.title(site, theme_id, lang), "href": routes.md_href(here, kind.route_kind, theme_id)}
             for kind in (checklist.KIND, worksheet.KIND, booklet.KIND)]
    return render_md("theme_page.md", theme=site.theme(theme_id).text(lang), words=site.labels[lang],
                     sheets=site.labels[lang].sheets, own=trusted(intro_md.strip()), tools=tools,
                     tip_list=trusted(render_tip_list(site.tips_of(lang, theme_id), routes, here, site, lang)))


class ThemeKind(Kind):
    name = "theme"
    route_kind = "theme"
    template = None  # Markdown: a list of the tips' links (see render_theme_page)
    word_name = None
    edit_source = "_data/themes.yml"
    scripts = ()
    generated = True
    own_language = False

    def names(self, site: Site) -> list[str]:
        return [theme.id for theme in site.themes]

    def src(self, site: Site, name: str) -> str:
        return f"tips/{name}/index.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        return site.theme(name).text(lang).title

    def view(self, ctx: PageContext, name: str):
        return ctx.site.theme(name).text(ctx.lang)

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return render_theme_page(ctx.site, ctx.routes, ctx.lang, route.name, markdown)

    def sort_key(self, site: Site, name: str, lang: str):
        return (1, self.names(site).index(name))  # in themes.yml's order


KIND = ThemeKind()
