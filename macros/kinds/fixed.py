"""The project's own pages written in docs/ (the tips' index, the letters, the overviews of
the checklists, worksheets and booklets, the sources, the fork guide, the translation status):
each is its file's Markdown, and the lists on it are filled in by the macros it calls
(macros/__init__.py). The home page and the vision page are kinds of their own."""
from __future__ import annotations

import posixpath

from ..content import Site
from ..render.jinja import render
from ..render.letters import language_name, status_text
from ..render.markdown import escape_md
from ..render.sheets import Checklist, WorksheetView
from ..render.tips import count_tips, render_tip_list
from . import booklet
from .base import Kind, PageContext, Route, Routes
from .home import page_title
from .worksheet import THEME_WORKSHEETS_ORDER

# The pages (name: source file without language), as links name them: page:letters, …
PAGES = {
    "tips": "tips/index.md",
    "letters": "brief/index.md",
    "checklists": "checklists/index.md",
    "worksheets": "werkbladen/index.md",
    "booklets": "boekjes/index.md",
    "sources": "bronnen.md",
    "fork-guide": "eigen-versie.md",
    "translations": "vertalingen.md",
}


# --- the sources page -------------------------------------------------------------------------

def _entry(citation: str, url: str | None) -> str:
    text = escape_md(citation)
    return f"- {text} <{url}>" if url else f"- {text}"


def render_sources(site: Site, lang: str) -> str:
    words = site.labels[lang]
    used = []
    for source in site.sources.sources:
        text = source.text(lang)
        year = f" ({source.year})" if source.year else ""
        link = f" <{source.url}>" if source.url else ""
        used.append(f"### {escape_md(text.title)}\n\n**{escape_md(source.author)}**{year}{link}\n\n"
                    f"{escape_md(text.description)}\n")
    parts = [f"## {escape_md(words.sources_used)}\n", *used]
    if site.sources.further_reading:
        parts.append(f"## {escape_md(words.further_reading)}\n")
        parts.append("\n".join(_entry(r.citation, r.url) for r in site.sources.further_reading) + "\n")
    if site.sources.references:
        parts.append(f"## {escape_md(words.references)}\n")
        parts.append("\n".join(_entry(r.citation, r.url) for r in site.sources.references) + "\n")
    return "\n".join(parts)


# --- the tips' index --------------------------------------------------------------------------

def render_tip_index(site: Site, routes: Routes, lang: str, from_src: str = "tips/index.md") -> str:
    """All tips, grouped under their themes in the site's order."""
    parts = []
    for theme in site.themes:
        text = theme.text(lang)
        tips = site.tips_of(lang, theme.id)
        count = count_tips(site, lang, len(tips))
        parts.append(
            f"## [{escape_md(text.title)}]({routes.md_href(from_src, 'theme', theme.id)})\n\n"
            f"{escape_md(text.intro)} *({escape_md(count)})*\n\n{render_tip_list(tips, routes, from_src, site, lang)}\n"
        )
    return "\n".join(parts)


# --- the letters' page ------------------------------------------------------------------------

def render_letter_list(site: Site, lang: str, href) -> str:
    """A table of the letter languages: name here, own name, status, link to the page.
    `href(code)` gives the link to a letter's page."""
    words = site.labels[lang].letter
    rows = [f"| {escape_md(words.language)} | {escape_md(words.own_name)} | {escape_md(words.status)} |",
            "| --- | --- | --- |"]
    for letter in site.letters:
        own = render("language_name.html", code=letter.code, direction=letter.meta.direction,
                     name=language_name(letter.code, letter.code)).strip()
        rows.append(f"| [{escape_md(language_name(letter.code, lang))}]({href(letter.code)}) | {own} | "
                    f"{escape_md(status_text(site, letter, lang))} |")
    return "\n".join(rows) + "\n"


# --- the overviews of the checklists, worksheets and booklets ----------------------------------

def render_checklist_list(checklists: list[Checklist | object], hrefs: list[str]) -> str:
    """The checklists overview: each checklist (and the guide beside it) with what it is for."""
    return "\n".join(f"- [**{escape_md(c.title)}**]({href})  \n  {escape_md(c.summary)}"
                      for c, href in zip(checklists, hrefs)) + "\n"


def render_worksheet_overview(site: Site, lang: str, own: list[WorksheetView],
                              themed: list[WorksheetView], href) -> str:
    """For team leaders: which sheet for which meeting, and a meeting plan for each.
    The theme worksheets share one row and one plan; the others follow their `order`.
    `href(name)` gives the link to a worksheet's page."""
    w = site.labels[lang].sheets
    entries = []  # (title, link target or None, summary, meeting, links to theme sheets)
    for sheet in own:
        entries.append((sheet.title, href(sheet.name), sheet.summary, sheet.meeting, []))
    if themed:
        links = [f"[{escape_md(t.title)}]({href(t.name)})" for t in themed]
        entry = (w.theme_worksheets[:1].upper() + w.theme_worksheets[1:], None, themed[0].summary,
                 themed[0].meeting, links)
        before = sum(1 for s in own if s.order < THEME_WORKSHEETS_ORDER)
        entries.insert(before, entry)
    rows = [f"| {escape_md(w.overview_sheet)} | {escape_md(w.overview_use)} | "
            f"{escape_md(w.overview_duration)} |", "| --- | --- | --- |"]
    plans = []
    for title, target, summary, meeting, links in entries:
        name = f"[{escape_md(title)}]({target})" if target else escape_md(title)
        rows.append(f"| {name} | {escape_md(summary)} | {escape_md(meeting.duration)} |")
        steps = "\n".join(f"{n}. {escape_md(step)}" for n, step in enumerate(meeting.steps, 1))
        sheets = ("\n\n" + " · ".join(links)) if links else ""
        plans.append(f"### {name}{sheets}\n\n"
                     f"**{escape_md(w.overview_duration)}:** {escape_md(meeting.duration)}  \n"
                     f"**{escape_md(w.who)}:** {escape_md(meeting.who)}\n\n{steps}\n")
    return "\n".join(rows) + f"\n\n## {escape_md(w.meeting_plan)}\n\n" + "\n".join(plans)


def render_booklet_list(site: Site, lang: str, names: list[str], href) -> str:
    """The booklets, each a link: one per theme and one with everything."""
    words = site.labels[lang].sheets
    lines = []
    for name in names:
        if name == booklet.EVERYTHING:
            title = words.booklet_all
        else:
            title = words.booklet_theme.format(theme=site.theme(name).text(lang).title)
        lines.append(f"- [{escape_md(title)}]({href(name)})")
    return "\n".join(lines) + "\n"


# --- the translation status page --------------------------------------------------------------

def _status(site: Site, reader: str, lang: str, present: bool) -> str:
    """The status of the `lang` version, in the reader's words."""
    words = site.labels[reader].status_page
    if not present:
        return escape_md(words.missing)
    return escape_md(getattr(words, site.labels[lang].translation.status))


def render_translation_status(site: Site, routes: Routes, lang: str, from_src: str = "vertalingen.md") -> str:
    """For every tip, page and letter: which languages have it, and with which status."""
    words = site.labels[lang].status_page
    langs = site.languages
    head = "| " + " | ".join(escape_md(x) for x in [words.part] + [language_name(x, lang) for x in langs]) + " |\n"
    head += "| " + " | ".join(["---"] * (len(langs) + 1)) + " |\n"
    out = [f"## {escape_md(words.tips)}\n\n{head}"]
    for tip in site.tips[langs[0]]:
        cells = [_status(site, lang, x, any(t.id == tip.id for t in site.tips[x])) for x in langs]
        out.append(f"| [{escape_md(tip.meta.title)}]({routes.md_href(from_src, 'tip', tip.id)}) | "
                   + " | ".join(cells) + " |\n")
    out.append(f"\n## {escape_md(words.pages)}\n\n{head}")
    for page, present in sorted(site.pages.items()):
        if page.startswith("tips/") and not page.endswith("index.md"):
            continue
        cells = [_status(site, lang, x, x in present) for x in langs]
        href = posixpath.relpath(page, posixpath.dirname(from_src) or ".")
        out.append(f"| [`{page}`]({href}) | " + " | ".join(cells) + " |\n")
    out.append(f"\n## {escape_md(words.letters)}\n\n| {escape_md(words.part)} | "
               f"{escape_md(site.labels[lang].letter.status)} |\n| --- | --- |\n")
    for letter in site.letters:
        out.append(f"| [{escape_md(language_name(letter.code, lang))}]({routes.md_href(from_src, 'letter', letter.code)}) | "
                   f"{escape_md(status_text(site, letter, lang))} |\n")
    return "".join(out)


class FixedKind(Kind):
    name = "fixed"
    route_kind = "page"  # linked as page:<name>
    template = None  # their Markdown is written in docs/, with macros for the lists
    word_name = None
    edit_source = None  # each page's own file
    scripts = ()
    generated = False
    own_language = False

    def names(self, site: Site) -> list[str]:
        return list(PAGES)

    def src(self, site: Site, name: str) -> str:
        return PAGES[name]

    def title(self, site: Site, name: str, lang: str) -> str:
        return page_title(site, self.src(site, name), lang, name)

    def view(self, ctx: PageContext, name: str):
        return None  # the macros its Markdown calls fill it in

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return markdown  # the macros have run: the page is its own Markdown

    def sort_key(self, site: Site, name: str, lang: str):
        return None  # by extra.nav_order (mkdocs.yml)


KIND = FixedKind()
