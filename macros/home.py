"""Renderer for the home page's ways in by task (docs/_data/tasks.yml) and the titles of the
routes they link to. Markdown out: Material's grid cards with an icon each (Material's
bundled icons, written inline by the emoji extension: no request)."""
from __future__ import annotations

from .content import Site
from .routes import RouteError, Routes
from .tips import escape_md


def icon(name: str | None) -> str:
    """Material's shortcode for a bundled icon: material/handshake -> :material-handshake:"""
    return f":{name.replace('/', '-')}:{{ .lg .middle aria-hidden=\"true\" }} " if name else ""


def route_title(site: Site, routes: Routes, kind: str, name: str, lang: str) -> str:
    """The title of the page at a route, as its page shows it."""
    route = routes.get(kind, name)
    words = site.labels[lang].sheets
    if kind == "page" and name == "vision":  # its title comes from the site's words
        return site.labels[lang].vision.title
    if kind == "page":
        default = site.languages[0]
        return site.page_titles.get((route.src, lang)) or site.page_titles.get((route.src, default), name)
    if kind == "theme":
        return site.theme(name).text(lang).title
    if kind == "tip":
        return next(t.meta.title for t in site.tips[lang] if t.id == name)
    if kind == "checklist":
        if name == "intake":
            return words.checklist_intake
        if name == "alle-tips":
            return words.checklist_all
        return words.checklist_theme.format(theme=site.theme(name).text(lang).title)
    if kind == "worksheet":
        sheet = site.worksheet(name)
        if sheet is not None:
            return sheet.text(lang).title
        return site.theme_worksheet[lang].title.format(theme=site.theme(name).text(lang).title)
    if kind == "booklet":
        if name == "alles":
            return words.booklet_all
        return words.booklet_theme.format(theme=site.theme(name).text(lang).title)
    if kind == "guide":
        return site.labels[lang].guide.title
    raise RouteError(f"no title for {kind} '{name}'; expected a page, theme, tip, checklist, "
                     "worksheet, booklet or guide")


def render_tasks(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """The tasks as cards: what the reader wants to do, and the pages that help."""
    cards = []
    for task in site.tasks:
        text = task.text(lang)
        links = []
        for link in task.links:
            kind, _, name = link.partition(":")
            if (kind, name) == ("page", "vision") and not site.vision.get(lang):
                continue  # no link to a vision that is not written yet (its template is linked)
            title = route_title(site, routes, kind, name, lang)
            links.append(f"    - [{escape_md(title)}]({routes.md_href(from_src, kind, name)})")
        if task.themes:
            for theme in site.themes:
                links.append(f"    - {icon(theme.icon)}[{escape_md(theme.text(lang).title)}]"
                             f"({routes.md_href(from_src, 'theme', theme.id)})")
        cards.append(f"-   {icon(task.icon)}**{escape_md(text.title)}**\n\n    ---\n\n"
                     f"    {escape_md(text.text)}\n\n" + "\n".join(links) + "\n")
    return '<div class="grid cards tasks" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
