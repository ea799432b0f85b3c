"""Glue between MkDocs (macros plugin) and the renderers. No logic of its own lives here.

Pages call these macros; each one finds the content and the language being built and hands
them to a plain renderer function.
"""
from __future__ import annotations

from . import checklists, letters, organisation, sheets, sources, tips, worksheets
from .site import current_language, site_content


def define_env(env):
    def context():
        return site_content(env.conf), current_language(env.conf)

    def page_src() -> str:
        return env.page.file.norm_src_uri if hasattr(env.page.file, "norm_src_uri") else env.page.file.src_uri

    @env.macro
    def list_all_tips() -> str:
        """All tips grouped by theme (the tips index)."""
        site, lang = context()
        return tips.render_tip_index(site, lang, page_src())

    @env.macro
    def show_theme() -> str:
        """The theme page of the folder this page is in: title, introduction, tips."""
        site, lang = context()
        theme_id = page_src().split("/")[1]
        return tips.render_theme_page(site, lang, theme_id)

    @env.macro
    def show_theme_cards() -> str:
        """The themes as cards (home page)."""
        site, lang = context()
        return tips.render_theme_cards(site, lang, page_src())

    @env.macro
    def list_sources() -> str:
        """The sources, further reading and references."""
        site, lang = context()
        return sources.render_sources(site, lang)

    @env.macro
    def list_letters() -> str:
        """The letter languages with their names and translation status."""
        site, lang = context()
        return letters.render_letter_list(site, lang, page_src())

    def page_name() -> str:
        """The page's file name without language: a theme id, a worksheet id, "intake"…"""
        return page_src().rsplit("/", 1)[-1].split(".")[0]

    @env.macro
    def show_checklist() -> str:
        """The checklist named by this page's file name (a theme, "intake" or "alle-tips")."""
        site, lang = context()
        checklist = sheets.build_checklist(site, lang, page_name())
        return checklists.render_checklist_page(site, lang, checklist, env.page.canonical_url,
                                                sheet_docx_name("checklist", checklist.name))

    @env.macro
    def list_checklists() -> str:
        site, lang = context()
        return checklists.render_checklist_list(
            site, lang, [sheets.build_checklist(site, lang, n) for n in sheets.checklist_names(site)])

    @env.macro
    def show_worksheet() -> str:
        """The worksheet named by this page's file name (a theme or a worksheet id)."""
        site, lang = context()
        sheet = sheets.build_worksheet(site, lang, page_name())
        return worksheets.render_worksheet_page(site, lang, sheet, env.page.canonical_url,
                                                sheet_docx_name("werkblad", sheet.name))

    @env.macro
    def show_worksheet_overview() -> str:
        site, lang = context()
        own = [sheets.build_worksheet(site, lang, w.id) for w in site.worksheets]
        themed = [sheets.build_worksheet(site, lang, t.id) for t in site.themes]
        return worksheets.render_worksheet_overview(site, lang, own, themed)

    @env.macro
    def show_organisation() -> str:
        """Whose toolkit this is, with a link to its vision once written (home page)."""
        site, lang = context()
        return organisation.render_home_organisation(site, lang)

    @env.macro
    def show_translation_status() -> str:
        """Every tip, page and letter with its languages and their status."""
        site, lang = context()
        return organisation.render_translation_status(site, lang, page_src())


def sheet_docx_name(kind: str, name: str) -> str:
    return f"{kind}-{name}.docx"
