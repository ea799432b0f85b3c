"""The home page (docs/index.<lang>.md): whose toolkit this is, the ways in by task
(docs/_data/tasks.yml) and the themes as cards, filled in by the macros its Markdown calls.
Markdown out: Material's grid cards with an icon each (Material's bundled icons, written inline
by the emoji extension: no request)."""
from __future__ import annotations

from ..content import Site
from ..render.jinja import render_md
from ..render.markdown import icon
from ..render.tips import count_tips
from .base import Kind, PageContext, Route, Routes
from .vision import vision_written


def render_tasks(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """The tasks as cards: what the reader wants to do, and the pages that help."""
    from .. import kinds  # the registry (this module is one of its kinds): each page's title
    tasks = []
    for task in site.tasks:
        text = task.text(lang)
        links = []
        for link in task.links:
            kind, _, name = link.partition(":")
            if (kind, name) == ("page", "vision") and not site.vision.get(lang):
                continue  # no link to a vision that is not written yet (its template is linked)
            links.append({"icon": icon(None), "title": kinds.title(site, routes, kind, name, lang),
                          "href": routes.md_href(from_src, kind, name)})
        if task.themes:
            links += [{"icon": icon(theme.icon), "title": theme.text(lang).title,
                       "href": routes.md_href(from_src, "theme", theme.id)} for theme in site.themes]
        tasks.append({"icon": icon(task.icon), "title": text.title, "text": text.text, "links": links})
    return render_md("tasks.md", tasks=tasks)


def render_theme_cards(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """The themes as Material grid cards, for the home page."""
    cards = [{"icon": icon(theme.icon), "title": theme.text(lang).title, "intro": theme.text(lang).intro,
              "href": routes.md_href(from_src, "theme", theme.id),
              "count": count_tips(site, lang, len(site.tips_of(lang, theme.id)))} for theme in site.themes]
    return render_md("theme_cards.md", cards=cards)


def render_home_organisation(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """Whose toolkit this is, and a link to its vision once it is written."""
    vision_href = routes.md_href(from_src, "page", "vision") if vision_written(site, lang) else None
    return render_md("organisation_line.md", words=site.labels[lang], name=site.organisation.name,
                     vision_href=vision_href)


class HomeKind(Kind):
    name = "home"
    route_kind = "page"  # linked as page:home
    template = None  # its Markdown is docs/index.<lang>.md, with macros
    word_name = None
    edit_source = None  # docs/index.<lang>.md
    scripts = ()
    generated = False
    own_language = False

    def names(self, site: Site) -> list[str]:
        return ["home"]

    def src(self, site: Site, name: str) -> str:
        return "index.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        return page_title(site, self.src(site, name), lang, name)

    def view(self, ctx: PageContext, name: str):
        return None  # the macros fill the page in (show_organisation, show_tasks, show_theme_cards)

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return markdown  # the macros have run: the page is its own Markdown

    def sort_key(self, site: Site, name: str, lang: str):
        return None  # first, by extra.nav_order


def page_title(site: Site, src: str, lang: str, name: str) -> str:
    """A page written in docs/: its '# ' heading in `lang`, else in the default language."""
    default = site.languages[0]
    return site.page_titles.get((src, lang)) or site.page_titles.get((src, default), name)


KIND = HomeKind()
