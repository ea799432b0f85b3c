"""The project's own pages written in docs/ (the tips' index, the letters, the overviews of
the checklists, worksheets and booklets, the sources, the fork guide, the translation status):
each is its file's Markdown, and the lists on it are filled in by the macros it calls
(macros/__init__.py). The home page and the vision page are kinds of their own."""
from __future__ import annotations

import posixpath

from ..content import Site
from ..render.jinja import render, render_md, trusted
from ..render.letters import language_name, letters_in_order, status_text
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

def render_sources(site: Site, lang: str) -> str:
    words = site.labels[lang]
    used = [{"title": s.text(lang).title, "author": s.author, "year": s.year, "url": s.url,
             "description": s.text(lang).description} for s in site.sources.sources]
    return render_md("sources.md", words=words, used=used,
                     lists=[(words.further_reading, site.sources.further_reading),
                            (words.references, site.sources.references)])


# --- the tips' index --------------------------------------------------------------------------

def render_tip_index(site: Site, routes: Routes, lang: str, from_src: str = "tips/index.md") -> str:
    """All tips, grouped under their themes in the site's order."""
    parts = []
    for theme in site.themes:
        text = theme.text(lang)
        tips = site.tips_of(lang, theme.id)
        parts.append({"title": text.title, "href": routes.md_href(from_src, "theme", theme.id),
                      "intro": text.intro, "count": count_tips(site, lang, len(tips)),
                      "tip_list": trusted(render_tip_list(tips, routes, from_src, site, lang))})
    return render_md("tip_index.md", parts=parts)


# --- the letters' page ------------------------------------------------------------------------

def render_letter_list(site: Site, lang: str, href) -> str:
    """A table of the letter languages: name here, own name, status, link to the page.
    `href(code)` gives the link to a letter's page."""
    rows = [{"name": language_name(letter.code, lang), "href": href(letter.code),
             "own": trusted(render("language_name.html", code=letter.code, direction=letter.meta.direction,
                                  name=language_name(letter.code, letter.code)).strip()),
             "status": status_text(site, letter, lang)} for letter in letters_in_order(site, lang)]
    return render_md("letter_list.md", words=site.labels[lang].letter, rows=rows)


# --- the overviews of the checklists, worksheets and booklets ----------------------------------

def render_checklist_list(checklists: list[Checklist | object], hrefs: list[str]) -> str:
    """The checklists overview: each checklist (and the guide beside it) with what it is for."""
    return render_md("link_list.md", items=[{"title": c.title, "href": href, "summary": c.summary, "strong": True}
                                            for c, href in zip(checklists, hrefs)])


def render_worksheet_overview(site: Site, lang: str, own: list[WorksheetView],
                              themed: list[WorksheetView], href) -> str:
    """For team leaders: which sheet for which meeting, and a meeting plan for each.
    The theme worksheets share one row and one plan; the others follow their `order`.
    `href(name)` gives the link to a worksheet's page."""
    w = site.labels[lang].sheets
    entries = [{"title": sheet.title, "href": href(sheet.name), "summary": sheet.summary,
                "meeting": sheet.meeting, "links": []} for sheet in own]
    if themed:
        before = sum(1 for s in own if s.order < THEME_WORKSHEETS_ORDER)
        entries.insert(before, {"title": w.theme_worksheets[:1].upper() + w.theme_worksheets[1:], "href": None,
                                "summary": themed[0].summary, "meeting": themed[0].meeting,
                                "links": [{"title": t.title, "href": href(t.name)} for t in themed]})
    return render_md("worksheet_overview.md", w=w, entries=entries)


def render_booklet_list(site: Site, lang: str, names: list[str], href) -> str:
    """The booklets, each a link: one per theme and one with everything."""
    return render_md("link_list.md", items=[{"title": booklet.KIND.title(site, name, lang), "href": href(name),
                                             "summary": None, "strong": False} for name in names])


# --- the translation status page --------------------------------------------------------------

def _status(site: Site, reader: str, lang: str, present: bool) -> str:
    """The status of the `lang` version, in the reader's words."""
    words = site.labels[reader].status_page
    return words.missing if not present else getattr(words, site.labels[lang].translation.status)


def render_translation_status(site: Site, routes: Routes, lang: str, from_src: str = "vertalingen.md") -> str:
    """For every tip, page and letter: which languages have it, and with which status."""
    langs = site.languages
    tips = [{"title": tip.meta.title, "href": routes.md_href(from_src, "tip", tip.id),
             "cells": [_status(site, lang, x, any(t.id == tip.id for t in site.tips[x])) for x in langs]}
            for tip in site.tips[langs[0]]]
    pages = [{"page": page, "href": posixpath.relpath(page, posixpath.dirname(from_src) or "."),
              "cells": [_status(site, lang, x, x in present) for x in langs]}
             for page, present in sorted(site.pages.items())
             if not (page.startswith("tips/") and not page.endswith("index.md"))]
    letters = [{"name": language_name(letter.code, lang), "href": routes.md_href(from_src, "letter", letter.code),
                "status": status_text(site, letter, lang)} for letter in letters_in_order(site, lang)]
    return render_md("translation_status.md", words=site.labels[lang].status_page,
                     language_names=[language_name(x, lang) for x in langs], tips=tips, pages=pages,
                     letters=letters, letter_status=site.labels[lang].letter.status)


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
