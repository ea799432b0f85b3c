"""Worksheets (werkbladen/<name>/): questions with room to write, on screen and on paper. One
per entry of docs/_data/worksheets.yml, and one per theme made from its tips (three answers per
tip). The view model is render.sheets.WorksheetView, the template
macros/templates/worksheet.html; the vision template (`VISION_SHEET`) also gets the tools that
turn its answers into a draft vision (render/vision_draft.py)."""
from __future__ import annotations

from ..content import Site
from ..render import vision_draft
from ..render.sheets import Answer, AnswerGroup, SheetLink, WorksheetPart, WorksheetView, frame, sheet_page
from ..render.vision_draft import DraftTools, draft_json
from .base import Kind, PageContext, Route

# Where the theme worksheets stand among the worksheets (which have an `order` in
# worksheets.yml): after "what working together means to us" (10), before the intake (20).
THEME_WORKSHEETS_ORDER = 15
# A worksheet's `draws_on` may name this: every theme's worksheet, whose overview is the
# worksheets' page.
ALL_THEMES = "themes"


def build_worksheet(site: Site, lang: str, name: str, url: str) -> WorksheetView:
    """A worksheet from worksheets.yml, or a theme's worksheet made from its tips; `url` is
    the published address of its page."""
    sheet = site.worksheet(name)
    if sheet is None:  # a theme worksheet: one group of three answers per tip
        texts = site.theme_worksheet[lang]
        tips = site.tips_of(lang, name)
        cols = texts.columns
        blocks = [AnswerGroup(t.meta.title, [Answer(f"{t.id}-{key}", getattr(cols, key), None, 3)
                                             for key in ("now", "want", "agree")])
                  for t in tips]
        return WorksheetView(name, KIND.title(site, name, lang), texts.summary, texts.intro,
                             [WorksheetPart(None, None, blocks)], [],
                             frame(site, lang, url, (ref for t in tips for ref in t.meta.sources), tips), columns=True,
                             meeting=texts.meeting, order=THEME_WORKSHEETS_ORDER)
    text = sheet.text(lang)
    parts = []
    for section in text.sections:
        blocks: list[Answer | AnswerGroup] = []
        for q in section.questions:
            if q.per_theme:
                blocks.append(AnswerGroup(q.label, [
                    Answer(f"{q.id}-{theme.id}", site.labels[lang].sheets.per_theme.format(
                        theme=theme.text(lang).title), None, q.lines) for theme in site.themes], q.hint,
                    list(q.examples)))
            else:
                blocks.append(Answer(q.id, q.label, q.hint, q.lines, list(q.examples)))
        parts.append(WorksheetPart(section.heading, section.intro, blocks))
    links = [SheetLink(ref, KIND.title(site, ref, lang)) for ref in sheet.draws_on]
    return WorksheetView(name, text.title, text.summary, text.intro, parts, links,
                         frame(site, lang, url, sheet.sources), meeting=text.meeting,
                         order=sheet.order)


def render_worksheet_page(sheet: WorksheetView, word_file: str, draws_on: list[tuple[str, str]],
                          intro_md: str = "", draft: DraftTools | None = None) -> str:
    """The whole Markdown of a worksheet's page. `draws_on`: (title, href) of the sheets it
    draws on; `draft`: on the vision template, the tools for a draft vision."""
    extra = {}
    if draft is not None:
        extra = dict(draft_json=draft_json(draft.data), draft_file=draft.data["file"],
                     vision_words=draft.words, guide_href=draft.guide_href, guide_title=draft.guide_title)
    return sheet_page("worksheet.html", sheet, sheet.intro, word_file, intro_md, draws_on=draws_on, **extra)


class WorksheetKind(Kind):
    name = "worksheet"
    route_kind = "worksheet"
    template = "worksheet.html"
    word_name = "werkblad-{name}"
    edit_source = "_data/worksheets.yml"
    scripts = ("sheet.js",)
    generated = True
    own_language = False

    def names(self, site: Site) -> list[str]:
        """Every worksheet's name, in the order a team uses them."""
        own = [(w.order, i, w.id) for i, w in enumerate(site.worksheets)]
        themed = [(THEME_WORKSHEETS_ORDER, i, t.id) for i, t in enumerate(site.themes)]
        return [name for _, _, name in sorted(own + themed)]

    def src(self, site: Site, name: str) -> str:
        return f"werkbladen/{name}.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        if name == ALL_THEMES:
            return site.labels[lang].sheets.theme_worksheets
        sheet = site.worksheet(name)
        if sheet is not None:
            return sheet.text(lang).title
        return site.theme_worksheet[lang].title.format(theme=site.theme(name).text(lang).title)

    def view(self, ctx: PageContext, name: str) -> WorksheetView:
        return build_worksheet(ctx.site, ctx.lang, name, ctx.address("worksheet", name))

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        sheet = self.view(ctx, route.name)
        draws_on = [(link.title, ctx.href("page", "worksheets") if link.name == ALL_THEMES
                     else ctx.href("worksheet", link.name)) for link in sheet.draws_on]
        draft = None
        if route.name == vision_draft.VISION_SHEET:
            titles, src = ctx.site.page_titles, ctx.routes.get("page", "fork-guide").src
            guide = titles.get((src, ctx.lang)) or titles.get((src, ctx.site.languages[0]), "")
            draft = DraftTools(vision_draft.build_vision_draft(ctx.site, ctx.lang, sheet),
                               ctx.site.labels[ctx.lang].vision, ctx.href("page", "fork-guide"), guide)
        return render_worksheet_page(sheet, self.word_file(route.name), draws_on, markdown, draft)

    def sort_key(self, site: Site, name: str, lang: str):
        return (1, self.names(site).index(name))

    def page_scripts(self, name: str) -> list[str]:
        extra = ["vision-draft.js"] if name == vision_draft.VISION_SHEET else []
        return list(self.scripts) + extra


KIND = WorksheetKind()
