"""Renderer for worksheets: questions with room to write, on screen and on paper, and the
overview for team leaders with a meeting plan per worksheet. The page is the template
macros/templates/worksheet.html; the model is sheets.WorksheetView."""
from __future__ import annotations

from .checklists import page_markdown
from .content import Site
from .jinja import render, trusted
from .sheets import THEME_WORKSHEETS_ORDER, WorksheetView, qr_svg
from .tips import escape_md
from .vision_draft import DraftTools, draft_json


def render_worksheet_page(sheet: WorksheetView, word_file: str, draws_on: list[tuple[str, str]],
                          intro_md: str = "", draft: DraftTools | None = None) -> str:
    """The whole Markdown of a worksheet's page. `draws_on`: (title, href) of the sheets it
    draws on; `draft`: on the vision template, the tools for a draft vision."""
    extra = {}
    if draft is not None:
        extra = dict(draft_json=draft_json(draft.data), draft_file=draft.data["file"],
                     vision_words=draft.words, guide_href=draft.guide_href, guide_title=draft.guide_title)
    html = render("worksheet.html", sheet=sheet, frame=sheet.frame, intro=sheet.intro,
                  draws_on=draws_on, word_file=word_file, qr=trusted(qr_svg(sheet.frame.url)), pfx="",
                  **extra)
    return page_markdown(sheet.title, intro_md, html)


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
