"""Checklists (checklists/<name>/): every action of the chosen tips, as boxes to tick and print.
One per theme, one by phase of the intake (the tips' `intake_phase`), and one with every tip.
Made from the tips; the view model is render.sheets.Checklist, the template
macros/templates/checklist.html."""
from __future__ import annotations

from ..content import Site
from ..render.jinja import render_md, trusted
from ..render.sheets import Checklist, ChecklistGroup, entry, frame, sheet_page
from ..content.tips import INTAKE_PHASES as PHASES
from .base import Kind, PageContext, Route


def build_checklist(site: Site, lang: str, name: str, url: str) -> Checklist:
    """A theme's checklist, the intake checklist (by phase) or the checklist of all tips;
    `url` is the published address of its page."""
    words = site.labels[lang].sheets
    title = KIND.title(site, name, lang)
    if name == KIND.by_phase:
        groups = []
        for phase in PHASES:
            tips = [t for t in site.tips[lang] if t.meta.intake_phase == phase]
            if tips:
                groups.append(ChecklistGroup(getattr(words.phases, phase), [entry(t) for t in tips]))
        summary = words.checklist_intake_summary
        used = [t for g in groups for t in g.entries]
    elif name == KIND.everything:
        groups = [ChecklistGroup(theme.text(lang).title, [entry(t) for t in site.tips_of(lang, theme.id)])
                  for theme in site.themes]
        summary = words.checklist_all_summary
        used = [t for g in groups for t in g.entries]
    else:
        groups = [ChecklistGroup(None, [entry(t) for t in site.tips_of(lang, name)])]
        summary = words.checklist_theme_summary
        used = groups[0].entries
    tips = {t.id: t for t in site.tips[lang]}
    return Checklist(name, title, summary, groups,
                     frame(site, lang, url, (ref for e in used for ref in tips[e.tip_id].meta.sources),
                           [tips[e.tip_id] for e in used]))


def render_checklist_page(checklist: Checklist, word_file: str, intro_md: str = "") -> str:
    """The whole Markdown of a checklist's page: title, an optional introduction the
    organisation wrote (Markdown), the sheet."""
    return sheet_page("checklist.html", checklist, checklist.summary, word_file, intro_md)


class ChecklistKind(Kind):
    name = "checklist"
    route_kind = "checklist"
    template = "checklist.html"
    word_name = "checklist-{name}"
    edit_source = None  # made from the tips: there is no one file to edit
    scripts = ("sheet.js",)
    generated = True
    own_language = False
    # The checklists that are not a theme's, after the themes' in this order: the one grouped
    # by the tips' intake_phase, and the one with every tip.
    by_phase = "intake"
    everything = "alle-tips"

    def names(self, site: Site) -> list[str]:
        return [t.id for t in site.themes] + [self.by_phase, self.everything]

    def src(self, site: Site, name: str) -> str:
        return f"checklists/{name}.md"

    def title(self, site: Site, name: str, lang: str) -> str:
        words = site.labels[lang].sheets
        if name == self.by_phase:
            return words.checklist_intake
        if name == self.everything:
            return words.checklist_all
        return words.checklist_theme.format(theme=site.theme(name).text(lang).title)

    def view(self, ctx: PageContext, name: str) -> Checklist:
        return build_checklist(ctx.site, ctx.lang, name, ctx.address("checklist", name))

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        from . import beside  # the registry (this module is one of its kinds)
        pages = [(kind.beside_line(ctx.site, name, ctx.lang), ctx.routes.md_href(route.src, kind.route_kind, name))
                 for kind, name in reversed(beside(self.route_kind, route.name))]
        if pages:  # the pages that go with this sheet (the conversation guide), above it
            markdown = render_md("guide_link.md", pages=[{"lead": lead, "title": title, "href": href}
                                                        for (lead, title), href in pages],
                                 markdown=trusted(markdown))
        return render_checklist_page(self.view(ctx, route.name), self.word_file(route.name),
                                     markdown)

    def sort_key(self, site: Site, name: str, lang: str):
        return (1, self.names(site).index(name))


KIND = ChecklistKind()
