"""Pages: the ones made from data are added to the build (on_files), and every page whose route
has a renderer gets its Markdown from it (on_page_markdown), as a chain of small renderers
guarded by the page's kind of route."""
from __future__ import annotations

import html
from dataclasses import dataclass

from mkdocs.plugins import event_priority

from .. import booklets, checklists, guide, letters, organisation, sheets, tips, vision_draft, worksheets
from ..content import Site
from ..routes import Route, Routes, relative
from ..word_files import word_file
from . import i18n
from .site import built

# The file a "edit this page" link of a generated page leads to: the data it is made from.
EDIT_SOURCE = {"theme": "_data/themes.yml", "worksheet": "_data/worksheets.yml",
               "guide": "_data/labels.yml",
               "letter-batch": "_data/labels.yml"}  # its words; its letters have their own pages


@event_priority(-110)  # after mkdocs-static-i18n has chosen the files of the language being built
def on_files(files, config):
    """Add the pages the site makes from data (themes, checklists, worksheets), unless a file
    at the page's path gives an introduction of its own (it is then that page's source)."""
    routes = built(config).routes
    for route in routes:
        if route.generated and files.get_file_from_path(route.src) is None:
            files.append(i18n.generated_page(config, route.src, "", EDIT_SOURCE.get(route.kind)))
    return files


@dataclass
class PageContext:
    site: Site
    routes: Routes
    lang: str
    url: str  # the page's path from the site's root, e.g. "en/checklists/intake/"
    site_url: str
    meta: dict  # the page's meta data (front matter)

    def href(self, kind: str, name: str) -> str:
        return self.routes.href(self.url, kind, name, self.lang)

    def address(self, kind: str, name: str) -> str:
        return self.routes.absolute(self.site_url, kind, name, self.lang)


def _tip(ctx: PageContext, route: Route, markdown: str) -> str:
    tip = next(t for t in ctx.site.tips[ctx.lang] if t.id == route.name)
    return tips.render_tip_page(tip, ctx.site, ctx.routes, ctx.lang, markdown)


def _theme(ctx: PageContext, route: Route, markdown: str) -> str:
    return tips.render_theme_page(ctx.site, ctx.routes, ctx.lang, route.name, markdown)


def _checklist(ctx: PageContext, route: Route, markdown: str) -> str:
    checklist = sheets.build_checklist(ctx.site, ctx.lang, route.name, ctx.address("checklist", route.name))
    if route.name == "intake":  # the guide for the one who leads the meeting goes with it
        words = ctx.site.labels[ctx.lang].guide
        for name in (r.name for r in ctx.routes.of_kind("guide")):
            markdown = (f"{tips.escape_md(words.link)} [{tips.escape_md(words.title)}]"
                        f"({ctx.routes.md_href(route.src, 'guide', name)})\n\n{markdown}")
    return checklists.render_checklist_page(checklist, word_file("checklist", route.name), markdown)


def _guide(ctx: PageContext, route: Route, markdown: str) -> str:
    view = guide.build_guide(ctx.site, ctx.lang, route.name, ctx.address("guide", route.name))
    return guide.render_guide_page(view, word_file("guide", route.name), markdown)


def _worksheet(ctx: PageContext, route: Route, markdown: str) -> str:
    sheet = sheets.build_worksheet(ctx.site, ctx.lang, route.name, ctx.address("worksheet", route.name))
    draws_on = [(link.title, ctx.href("page", "worksheets") if link.name == "themes"
                 else ctx.href("worksheet", link.name)) for link in sheet.draws_on]
    draft = None
    if route.name == vision_draft.VISION_SHEET:
        titles, src = ctx.site.page_titles, ctx.routes.get("page", "fork-guide").src
        guide = titles.get((src, ctx.lang)) or titles.get((src, ctx.site.languages[0]), "")
        draft = vision_draft.DraftTools(vision_draft.build_vision_draft(ctx.site, ctx.lang, sheet),
                                        ctx.site.labels[ctx.lang].vision, ctx.href("page", "fork-guide"),
                                        guide)
    return worksheets.render_worksheet_page(sheet, word_file("worksheet", route.name), draws_on,
                                            markdown, draft)


def _letter(ctx: PageContext, route: Route, markdown: str) -> str:
    letter = next(x for x in ctx.site.letters if x.code == route.name)
    org = ctx.site.organisation
    logo = relative(ctx.url, org.logo) if org and org.logo else None
    view = letters.build_letter_page(ctx.site, letter, ctx.lang, word_file("letter", route.name), logo)
    return letters.render_letter_page(view)


def _letter_batch(ctx: PageContext, route: Route, markdown: str) -> str:
    org = ctx.site.organisation
    logo = relative(ctx.url, org.logo) if org and org.logo else None
    ctx.meta["hide"] = ["navigation", "toc"]  # the families' table needs the page's width
    view = letters.build_batch_page(ctx.site, ctx.lang, logo)
    return letters.render_batch_page(view, markdown)


def _booklet(ctx: PageContext, route: Route, markdown: str) -> str:
    ctx.meta["search"] = {"exclude": True}  # everything in it has its own page
    booklet = booklets.build_booklet(ctx.site, ctx.routes, ctx.lang, route.name, ctx.site_url)
    return booklets.render_booklet_page(booklet, ctx.site, ctx.routes)


def _vision(ctx: PageContext, route: Route, markdown: str) -> str:
    return organisation.render_vision_page(ctx.site, ctx.routes, ctx.lang, markdown)


RENDERERS = {"tip": _tip, "theme": _theme, "checklist": _checklist, "guide": _guide,
             "worksheet": _worksheet, "booklet": _booklet, "letter": _letter,
             "letter-batch": _letter_batch, "page:vision": _vision}


@event_priority(-50)  # after the macros plugin (for the pages that opt in to it)
def on_page_markdown(markdown, page, config, files):
    state = built(config)
    lang = i18n.current_language(config)
    route = state.routes.for_src(page.file.src_uri)
    if route is not None:
        renderer = RENDERERS.get(route.kind) or RENDERERS.get(f"{route.kind}:{route.name}")
        if renderer is not None:
            ctx = PageContext(state.content, state.routes, lang, page.url, config["site_url"], page.meta)
            markdown = renderer(ctx, route, markdown)
        if route.kind == "letter":  # one file per letter language, shown in every site language
            return markdown
    if i18n.page_locale(page, config) != lang:
        note = html.escape(state.content.labels[lang].not_translated)  # an admonition's title: text
        markdown = f'!!! note "{note}"\n\n{markdown}'
    return markdown
