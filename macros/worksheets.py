"""Renderer for worksheets: questions with room to write, on screen and on paper, and the
overview for team leaders with a meeting plan per worksheet."""
from __future__ import annotations

from html import escape

from .content import Site
from .sheets import (THEME_WORKSHEETS_ORDER, Answer, WorksheetView, render_foot,
                     render_head, render_sheet_page, render_tools)


def _field(answer: Answer, label_class: str = "") -> str:
    hint = ""
    described = ""
    if answer.hint:
        hint = f'<p class="sheet-hint" id="{answer.id}-hint">{escape(answer.hint)}</p>'
        described = f' aria-describedby="{answer.id}-hint"'
    cls = f' class="{label_class}"' if label_class else ""
    return (f'<div class="sheet-answer"><label for="{answer.id}"{cls}>{escape(answer.label)}</label>{hint}'
            f'<textarea id="{answer.id}" data-answer="{answer.id}" rows="{answer.lines}" '
            f'style="--lines: {answer.lines}"{described}></textarea></div>')


def _block(block, columns: bool) -> str:
    if isinstance(block, Answer):
        return _field(block)
    hint = f'<p class="sheet-hint">{escape(block.hint)}</p>' if block.hint else ""
    cls = "sheet-group sheet-group--columns" if columns else "sheet-group"
    answers = "".join(_field(a, "sheet-answer__sublabel") for a in block.answers)
    return f'<fieldset class="{cls}"><legend>{escape(block.legend)}</legend>{hint}<div class="sheet-group__answers">{answers}</div></fieldset>'


def render_worksheet_body(sheet: WorksheetView) -> str:
    parts = []
    for part in sheet.parts:
        inner = []
        if part.heading:
            inner.append(f"<h2>{escape(part.heading)}</h2>")
        if part.intro:
            inner.append(f'<p class="sheet-part-intro">{escape(part.intro)}</p>')
        inner += [_block(b, sheet.columns) for b in part.blocks]
        parts.append(f'<div class="sheet-part">{"".join(inner)}</div>')
    return "\n".join(parts)


def render_draws_on(site: Site, lang: str, sheet: WorksheetView) -> str:
    if not sheet.draws_on:
        return ""
    links = []
    for link in sheet.draws_on:
        href = "../" if link.name == "themes" else f"../{link.name}/"
        links.append(f'<a href="{href}">{escape(link.title)}</a>')
    return f'<p class="sheet-draws-on">{escape(site.labels[lang].sheets.draws_on)} {", ".join(links)}</p>'


def render_worksheet_page(site: Site, lang: str, sheet: WorksheetView, url: str, docx_href: str) -> str:
    body = "\n".join([
        render_head(site, lang),
        f'<p class="sheet-intro">{escape(sheet.intro)}</p>',
        render_draws_on(site, lang, sheet),
        f'<div class="worksheet-body">{render_worksheet_body(sheet)}</div>',
        render_foot(site, lang, sheet.sources, url),
    ])
    return render_sheet_page(sheet.title, render_tools(site, lang, docx_href), body)


def render_worksheet_overview(site: Site, lang: str, own: list[WorksheetView],
                              themed: list[WorksheetView]) -> str:
    """For team leaders: which sheet for which meeting, and a meeting plan for each.
    The theme worksheets share one row and one plan; the others follow their `order`."""
    w = site.labels[lang].sheets
    entries = []  # (title, link target or None, summary, meeting, links to theme sheets)
    for sheet in own:
        entries.append((sheet.title, f"{sheet.name}.md", sheet.summary, sheet.meeting, []))
    if themed:
        links = [f"[{escape(t.title)}]({t.name}.md)" for t in themed]
        entry = (w.theme_worksheets[:1].upper() + w.theme_worksheets[1:], None, themed[0].summary,
                 themed[0].meeting, links)
        before = sum(1 for s in own if s.order < THEME_WORKSHEETS_ORDER)
        entries.insert(before, entry)
    rows = [f"| {w.overview_sheet} | {w.overview_use} | {w.overview_duration} |", "| --- | --- | --- |"]
    plans = []
    for title, target, summary, meeting, links in entries:
        name = f"[{escape(title)}]({target})" if target else escape(title)
        rows.append(f"| {name} | {escape(summary)} | {escape(meeting.duration)} |")
        steps = "\n".join(f"{n}. {escape(step)}" for n, step in enumerate(meeting.steps, 1))
        sheets = ("\n\n" + " · ".join(links)) if links else ""
        plans.append(f"### {name}{sheets}\n\n"
                     f"**{w.overview_duration}:** {escape(meeting.duration)}  \n"
                     f"**{w.who}:** {escape(meeting.who)}\n\n{steps}\n")
    return "\n".join(rows) + f"\n\n## {w.meeting_plan}\n\n" + "\n".join(plans)
