"""Glue between the macros plugin and the page kinds. No logic of its own lives here.

Only the project's own pages that opt in (`render_macros: true`) call these macros; each one
finds the content, the route table and the language being built and hands them to a plain
renderer function of the page's kind (macros/kinds/home.py, fixed.py). Pages made from data
(themes, checklists, worksheets, letters) need no macro: see macros/glue/pages.py.
"""
from __future__ import annotations

from .glue import i18n
from .glue.address import published
from .glue.site import built
from . import kinds
from .kinds import checklist, fixed, home
from .kinds.worksheet import build_worksheet


def define_env(env):
    def context():
        state = built(env.conf)
        return state.content, state.routes, i18n.current_language(env.conf)

    def page_src() -> str:
        return env.page.file.src_uri

    def href(kind: str):
        """Markdown links from this page to the pages of one kind, by name (to their source
        files: MkDocs checks them and resolves them to the reader's language)."""
        _, routes, _ = context()
        return lambda name: routes.md_href(page_src(), kind, name)

    def address(kind: str, name: str, lang: str) -> str:
        """The page's published address, or None when the build has none (glue/address.py)."""
        url = published(env.conf)
        return context()[1].absolute(url, kind, name, lang) if url else None

    @env.macro
    def list_all_tips() -> str:
        """All tips grouped by theme (the tips index)."""
        site, routes, lang = context()
        return fixed.render_tip_index(site, routes, lang, page_src())

    @env.macro
    def show_tasks() -> str:
        """The ways in by task (home page), from docs/_data/tasks.yml."""
        site, routes, lang = context()
        return home.render_tasks(site, routes, lang, page_src())

    @env.macro
    def show_theme_cards() -> str:
        """The themes as cards (home page)."""
        site, routes, lang = context()
        return home.render_theme_cards(site, routes, lang, page_src())

    @env.macro
    def list_sources() -> str:
        """The sources, further reading and references."""
        site, _, lang = context()
        return fixed.render_sources(site, lang)

    @env.macro
    def list_letters() -> str:
        """The letter languages with their names and translation status."""
        site, _, lang = context()
        return fixed.render_letter_list(site, lang, href("letter"))

    @env.macro
    def list_checklists() -> str:
        """The checklists, each conversation guide right after the checklist it stands beside."""
        site, routes, lang = context()
        found, hrefs = [], []
        for name in checklist.KIND.names(site):
            found.append(checklist.build_checklist(site, lang, name, address("checklist", name, lang)))
            hrefs.append(href("checklist")(name))
            for kind, other in kinds.beside("checklist", name):  # the conversation guide
                found.append(kind.list_entry(site, lang, other, address(kind.route_kind, other, lang)))
                hrefs.append(href(kind.route_kind)(other))
        return fixed.render_checklist_list(found, hrefs)

    @env.macro
    def list_booklets() -> str:
        """The booklets: one per theme, one with everything."""
        site, routes, lang = context()
        return fixed.render_booklet_list(site, lang, [r.name for r in routes.of_kind("booklet")],
                                         href("booklet"))

    @env.macro
    def show_worksheet_overview() -> str:
        site, routes, lang = context()

        def view(name):
            return build_worksheet(site, lang, name, address("worksheet", name, lang))
        own = [view(w.id) for w in site.worksheets]
        themed = [view(t.id) for t in site.themes]
        return fixed.render_worksheet_overview(site, lang, own, themed, href("worksheet"))

    @env.macro
    def show_organisation() -> str:
        """Whose toolkit this is, with a link to its vision once written (home page)."""
        site, routes, lang = context()
        return home.render_home_organisation(site, routes, lang, page_src())

    @env.macro
    def show_translation_status() -> str:
        """Every tip, page and letter with its languages and their status."""
        site, routes, lang = context()
        return fixed.render_translation_status(site, routes, lang, page_src())
