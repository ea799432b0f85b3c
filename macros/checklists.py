"""Renderer for checklists: every action of the chosen tips, as boxes to tick and print.
The page is the template macros/templates/checklist.html; the model is sheets.Checklist."""
from __future__ import annotations

from .jinja import render, trusted
from .sheets import Checklist, qr_svg
from .tips import escape_md


def render_checklist_page(checklist: Checklist, word_file: str, intro_md: str = "") -> str:
    """The whole Markdown of a checklist's page: title, an optional introduction the
    organisation wrote (Markdown), the sheet."""
    sheet = render("checklist.html", sheet=checklist, frame=checklist.frame, intro=checklist.summary,
                   word_file=word_file, qr=trusted(qr_svg(checklist.frame.url)), pfx="")
    return page_markdown(checklist.title, intro_md, sheet)


def page_markdown(title: str, intro_md: str, html: str) -> str:
    intro = f"{intro_md.strip()}\n\n" if intro_md.strip() else ""
    return f"# {escape_md(title)}\n\n{intro}{html}"


def render_checklist_list(checklists: list[Checklist], hrefs: list[str]) -> str:
    """The checklists overview: each checklist with what it is for."""
    return "\n".join(f"- [**{escape_md(c.title)}**]({href})  \n  {escape_md(c.summary)}"
                     for c, href in zip(checklists, hrefs)) + "\n"
