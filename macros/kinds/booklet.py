"""Renderer for booklets: a theme's tips, its checklist and its worksheet on one printable page,
each part starting on a new sheet of paper; and one booklet with every theme. The sheets are
the same models and templates as their own pages (without their tools bar, with ids of their
own); the tips are their Markdown with links re-based to the booklet's page."""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from ..content import Site, Tip
from ..render.jinja import render, render_md, trusted
from ..render.sheets import Checklist, Frame, WorksheetView, checked_day, frame, qr_svg, source_line
from .base import Kind, PageContext, Route, Routes
from .checklist import build_checklist
from .worksheet import build_worksheet

EVERYTHING = "alles"  # the name of the booklet with every theme


@dataclass
class BookletTheme:
    id: str
    title: str
    intro: str
    tips: list[Tip]
    checklist: Checklist
    worksheet: WorksheetView


@dataclass
class Booklet:
    name: str  # a theme's id, or EVERYTHING
    title: str
    themes: list[BookletTheme]
    frame: Frame


def build_booklet(site: Site, routes: Routes, lang: str, name: str, site_url: str) -> Booklet:
    words = site.labels[lang].sheets
    theme_ids = [t.id for t in site.themes] if name == EVERYTHING else [name]
    themes = []
    for theme_id in theme_ids:
        text = site.theme(theme_id).text(lang)
        themes.append(BookletTheme(
            theme_id, text.title, text.intro, site.tips_of(lang, theme_id),
            build_checklist(site, lang, theme_id, routes.absolute(site_url, "checklist", theme_id, lang)),
            build_worksheet(site, lang, theme_id, routes.absolute(site_url, "worksheet", theme_id, lang))))
    title = KIND.title(site, name, lang)
    used = [ref for theme in themes for t in theme.tips for ref in t.meta.sources]
    url = routes.absolute(site_url, "booklet", name, lang)
    return Booklet(name, title, themes, frame(site, lang, url, used, [t for theme in themes for t in theme.tips]))


_MD_LINK = re.compile(r"(\]\()([^)\s#]+\.md)((?:#[^)\s]*)?\))")


def rebase_links(markdown: str, from_src: str, to_src: str) -> str:
    """Relative links to .md files in Markdown written at `from_src`, made relative to `to_src`."""
    here, there = posixpath.dirname(from_src), posixpath.dirname(to_src)

    def fix(m: re.Match) -> str:
        target = m.group(2)
        if "://" in target or target.startswith("/"):
            return m.group(0)
        absolute = posixpath.normpath(posixpath.join(here, target))
        return m.group(1) + posixpath.relpath(absolute, there or ".") + m.group(3)
    return _MD_LINK.sub(fix, markdown)


def _demote(markdown: str, levels: int) -> str:
    return re.sub(r"^(#{1,5})(?=[ \t])", lambda m: m.group(1) + "#" * levels, markdown, flags=re.M)


def render_booklet_page(booklet: Booklet, site: Site, routes: Routes) -> str:
    """The whole Markdown of a booklet's page."""
    lang = booklet.frame.lang
    here = routes.get("booklet", booklet.name).src
    several = len(booklet.themes) > 1
    level = 3 if several else 2
    themes = []
    for theme in booklet.themes:
        tips = [{"hashes": "#" * level, "title": tip.meta.title, "summary": tip.meta.summary,
                 "checklist": tip.meta.checklist,
                 "sources": [source_line(site.source(ref), lang) for ref in tip.meta.sources],
                 "checked": checked_day([tip], lang),
                 "body": trusted(_demote(rebase_links(tip.body.strip(), tip.path, here), level - 1))}
                for tip in theme.tips]
        sheets = [trusted(render("booklet_sheet.html", kind=kind, sheet=model, frame=model.frame,
                                 pfx=f"{theme.id}-{kind}-", level=level,
                                 intro=model.summary if kind == "checklist" else model.intro,
                                 qr=trusted(qr_svg(model.frame.url)), draws_on=[]).rstrip("\n"))
                  for kind, model in (("checklist", theme.checklist), ("worksheet", theme.worksheet))]
        themes.append({"title": theme.title, "intro": theme.intro, "tips": tips, "sheets": sheets})
    head = render("booklet_head.html", booklet=booklet, words=booklet.frame.words, qr=trusted(qr_svg(booklet.frame.url)))
    return render_md("booklet_page.md", booklet=booklet, head=trusted(head.rstrip("\n")), several=several,
                     themes=themes, words=site.labels[lang])


class BookletKind(Kind):
    name = "booklet"
    route_kind = "booklet"
    template = "booklet_head.html"  # and booklet_sheet.html for each sheet in it
    word_name = None  # printed; its sheets have their own Word files
    edit_source = None  # made from the tips and sheets
    scripts = ("booklet.js",)  # its sheets are printed, not filled in on screen
    generated = True
    own_language = False

    def names(self, site: Site) -> list[str]:
        return [t.id for t in site.themes] + [EVERYTHING]

    def src(self, site: Site, name: str) -> str:
        return f"boekjes/{name}.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        words = site.labels[lang].sheets
        if name == EVERYTHING:
            return words.booklet_all
        return words.booklet_theme.format(theme=site.theme(name).text(lang).title)

    def view(self, ctx: PageContext, name: str) -> Booklet:
        return build_booklet(ctx.site, ctx.routes, ctx.lang, name, ctx.site_url)

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        ctx.meta["search"] = {"exclude": True}  # everything in it has its own page
        return render_booklet_page(self.view(ctx, route.name), ctx.site, ctx.routes)

    def sort_key(self, site: Site, name: str, lang: str):
        return None  # in the booklets' section by extra.nav_order, as the files come


KIND = BookletKind()
