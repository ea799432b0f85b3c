"""Markdown that shows text as it is: the one escape for Markdown, and a page's Markdown made
of its title, the organisation's own introduction and the HTML of its sheet.

Where Markdown is written around values (links, lists, tables), each value goes through
`escape_md`. HTML is never written by hand: it comes from the autoescaped templates
(macros/render/jinja.py)."""
from __future__ import annotations


def escape_md(text: str) -> str:
    """Plain text as Markdown that shows exactly that text: HTML's special characters become
    entities (Markdown has no backslash escape for "<"), Markdown's become backslash escapes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]|#":
        text = text.replace(ch, "\\" + ch)
    return text


def page_markdown(title: str, intro_md: str, html: str) -> str:
    """A page made from data: its title, the introduction a fork wrote in a file at the page's
    path (Markdown, if any), then the page's HTML."""
    intro = f"{intro_md.strip()}\n\n" if intro_md.strip() else ""
    return f"# {escape_md(title)}\n\n{intro}{html}"
