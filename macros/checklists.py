"""Renderer for checklists: every action of the chosen tips, as boxes to tick and print."""
from __future__ import annotations

from html import escape

from .content import Site
from .sheets import Checklist, render_foot, render_head, render_sheet_page, render_tools


def render_checklist_body(checklist: Checklist) -> str:
    """The groups, tips and their actions. Each box has a label, so it can be ticked by
    clicking the text and read out by a screen reader."""
    parts = []
    tip_level = 3 if any(g.heading for g in checklist.groups) else 2
    for group in checklist.groups:
        inner = []
        for entry in group.entries:
            items = "".join(
                f'<li><input type="checkbox" id="check-{entry.tip_id}-{n}" '
                f'data-answer="check-{entry.tip_id}-{n}">'
                f'<label for="check-{entry.tip_id}-{n}">{escape(item)}</label></li>'
                for n, item in enumerate(entry.items, 1))
            inner.append(f'<div class="checklist-tip"><h{tip_level}>{escape(entry.title)}</h{tip_level}>'
                         f'<ul class="checklist">{items}</ul></div>')
        heading = f"<h2>{escape(group.heading)}</h2>" if group.heading else ""
        parts.append(f'<div class="checklist-group">{heading}{"".join(inner)}</div>')
    return "\n".join(parts)


def render_checklist_page(site: Site, lang: str, checklist: Checklist, url: str, docx_href: str) -> str:
    body = "\n".join([
        render_head(site, lang),
        f'<p class="sheet-intro">{escape(checklist.summary)}</p>',
        f'<div class="checklist-body">{render_checklist_body(checklist)}</div>',
        render_foot(site, lang, checklist.sources, url),
    ])
    return render_sheet_page(checklist.title, render_tools(site, lang, docx_href), body)


def render_checklist_list(site: Site, lang: str, checklists: list[Checklist]) -> str:
    """The checklists overview: each checklist with what it is for."""
    return "\n".join(f"- [**{escape(c.title)}**]({c.name}.md)  \n  {escape(c.summary)}" for c in checklists) + "\n"
