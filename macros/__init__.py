"""Glue between MkDocs (macros plugin) and the renderers. No logic of its own lives here.

Pages call these macros; each one finds the content and the language being built and hands
them to a plain renderer function.
"""
from __future__ import annotations

from . import letters, sources, tips
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
