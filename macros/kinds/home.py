"""The home page (docs/index.<lang>.md): whose toolkit this is, the ways in by task
(docs/_data/tasks.yml) and the themes as cards, filled in by the macros its Markdown calls.
Markdown out: Material's grid cards with an icon each (Material's bundled icons, written inline
by the emoji extension: no request)."""
from __future__ import annotations

from ..content import Site
from ..render.markdown import escape_md
from ..render.tips import count_tips
from .base import Kind, PageContext, Route, Routes
from .vision import vision_written


def icon(name: str | None) -> str:
    """Material's shortcode for a bundled icon: material/handshake -> :material-handshake:"""
    return f":{name.replace('/', '-')}:{{ .lg .middle aria-hidden=\"true\" }} " if name else ""


def render_tasks(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """The tasks as cards: what the reader wants to do, and the pages that help."""
    from .. import kinds  # the registry (this module is one of its kinds): each page's title
    cards = []
    for task in site.tasks:
        text = task.text(lang)
        links = []
        for link in task.links:
            kind, _, name = link.partition(":")
            if (kind, name) == ("page", "vision") and not site.vision.get(lang):
                continue  # no link to a vision that is not written yet (its template is linked)
            title = kinds.title(site, routes, kind, name, lang)
            links.append(f"    - [{escape_md(title)}]({routes.md_href(from_src, kind, name)})")
        if task.themes:
            for theme in site.themes:
                links.append(f"    - {icon(theme.icon)}[{escape_md(theme.text(lang).title)}]"
                             f"({routes.md_href(from_src, 'theme', theme.id)})")
        cards.append(f"-   {icon(task.icon)}**{escape_md(text.title)}**\n\n    ---\n\n"
                     f"    {escape_md(text.text)}\n\n" + "\n".join(links) + "\n")
    return '<div class="grid cards tasks" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"


def render_theme_cards(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """The themes as Material grid cards, for the home page."""
    cards = []
    for theme in site.themes:
        text = theme.text(lang)
        count = count_tips(site, lang, len(site.tips_of(lang, theme.id)))
        icon = f":{theme.icon.replace('/', '-')}:{{ .lg .middle aria-hidden=\"true\" }} " if theme.icon else ""
        cards.append(
            f"-   {icon}**[{escape_md(text.title)}]({routes.md_href(from_src, 'theme', theme.id)})** ({escape_md(count)})\n\n"
            f"    ---\n\n    {escape_md(text.intro)}\n"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"


def render_home_organisation(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """Whose toolkit this is, and a link to its vision once it is written."""
    org = site.organisation
    words = site.labels[lang]
    out = f"{escape_md(words.organisation.published_by.format(name=org.name))}"
    if vision_written(site, lang):
        out += f" **[{escape_md(words.vision.read_it)}]({routes.md_href(from_src, 'page', 'vision')})**"
    return out + "\n"


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
