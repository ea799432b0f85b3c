"""A theme's page (tips/<theme>/): its introduction, its tips, and its checklist, worksheet and
booklet. Made from docs/_data/themes.yml and the tips; a file tips/<theme>/index.<lang>.md adds
an introduction of the organisation's own."""
from __future__ import annotations

from ..content import Site
from ..render.markdown import escape_md
from ..render.tips import render_tip_list
from .base import Kind, PageContext, Route, Routes


def render_theme_page(site: Site, routes: Routes, lang: str, theme_id: str, intro_md: str = "") -> str:
    """A theme's page: its title, introduction, its tips, and its checklist and worksheet."""
    words = site.labels[lang]
    theme = site.theme(theme_id).text(lang)
    tips = site.tips_of(lang, theme_id)
    here = routes.get("theme", theme_id).src
    sheets = site.labels[lang].sheets
    tools = (f"- [{escape_md(sheets.checklist_theme.format(theme=theme.title))}]"
             f"({routes.md_href(here, 'checklist', theme_id)})\n"
             f"- [{escape_md(site.theme_worksheet[lang].title.format(theme=theme.title))}]"
             f"({routes.md_href(here, 'worksheet', theme_id)})\n"
             f"- [{escape_md(sheets.booklet_theme.format(theme=theme.title))}]"
             f"({routes.md_href(here, 'booklet', theme_id)})\n")
    own = f"{intro_md.strip()}\n\n" if intro_md.strip() else ""
    return (
        f"# {escape_md(theme.title)}\n\n{escape_md(theme.intro)}\n\n{own}"
        f"## {escape_md(words.tips_in_theme)}\n\n{render_tip_list(tips, routes, here, site, lang)}\n\n"
        f"## {escape_md(sheets.for_this_theme)}\n\n{tools}"
    )


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
