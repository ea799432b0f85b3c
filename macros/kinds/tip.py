"""A tip's page (docs/tips/<theme>/<id>.<lang>.md): its title, summary and facts, the body
the editor wrote, its checklist and its source. Plain functions: content in, Markdown out.
Links are written to the Markdown source files, relative to the page they appear on, so
MkDocs checks them and the i18n plugin resolves them to the reader's language."""
from __future__ import annotations

from ..content import Site, Tip
from ..render.jinja import render_md, trusted
from ..render.sheets import checked_day
from .base import Kind, PageContext, Route, Routes


def render_tip_page(tip: Tip, site: Site, routes: Routes, lang: str, body: str) -> str:
    """The whole Markdown of a tip's page: title, summary, facts, body, checklist, source.
    Search finds a tip by its body too; its title, summary and checklist weigh more
    (macros/render/search.py)."""
    words = site.labels[lang]
    here = routes.get("tip", tip.id).src
    sources = [{"source": s, "title": s.text(lang).title} for s in map(site.source, tip.meta.sources)]
    return render_md(
        "tip_page.md", tip=tip.meta, words=words, body=trusted(body.strip()),
        theme_title=site.theme(tip.meta.theme).text(lang).title,
        theme_href=routes.md_href(here, "theme", tip.meta.theme),
        audience=", ".join(words.audiences[a] for a in tip.meta.audience),
        sources=sources, checked=checked_day([tip], lang),
        sources_href=routes.md_href(here, "page", "sources"))


class TipKind(Kind):
    name = "tip"
    route_kind = "tip"
    template = None  # Markdown around the body the editor wrote (see render_tip_page)
    word_name = None
    edit_source = None  # the tip's own file
    scripts = ()
    generated = False
    own_language = False

    def names(self, site: Site) -> list[str]:
        return [tip.id for tip in site.tips[site.languages[0]]]

    def src(self, site: Site, name: str) -> str:
        return f"tips/{self._tip(site, site.languages[0], name).meta.theme}/{name}.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        return self._tip(site, lang, name).meta.title

    def view(self, ctx: PageContext, name: str) -> Tip:
        return self._tip(ctx.site, ctx.lang, name)

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return render_tip_page(self.view(ctx, route.name), ctx.site, ctx.routes, ctx.lang, markdown)

    def sort_key(self, site: Site, name: str, lang: str):
        return (1, self._tip(site, site.languages[0], name).meta.order)

    @staticmethod
    def _tip(site: Site, lang: str, name: str) -> Tip:
        return next(t for t in site.tips[lang] if t.id == name)


KIND = TipKind()
