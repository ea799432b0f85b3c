"""Pages through templates: one Jinja environment for HTML and one for Markdown, both escaping
every value by themselves.

The templates live in macros/templates/. In an HTML template (`*.html`, `render`) every value
is escaped by Jinja (autoescape), attributes included; only HTML made by the project itself (a
QR code's SVG) is passed through `Markup`. Its output is put into a page's Markdown as a raw
HTML block, so it must not contain blank lines (a blank line would end the block): `render`
removes them.

In a Markdown template (`*.md`, `render_md`) every value is escaped for Markdown by the one
Markdown escape (macros/render/markdown.py: `escape_md`); `| html` escapes a value for the raw
HTML written around it instead, and `| safe` (or a `Markup` value) passes what is already
Markdown (the body an editor wrote, a link from the route table, a fragment rendered here).
"""
from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from .markdown import escape_md

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")


def _markdown_value(value) -> str:
    return str(value) if isinstance(value, Markup) else escape_md(str(value))


_md_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=False,  # Markdown, not HTML: every value goes through _markdown_value instead
    finalize=_markdown_value,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_md_env.filters["html"] = lambda value: escape(value)  # for the raw HTML in a Markdown template


def render_md(template: str, **context) -> str:
    """The Markdown template's text with `context`, every value escaped for Markdown."""
    if not template.endswith(".md"):
        raise ValueError(f"render_md renders Markdown templates (*.md), not {template}")
    return _md_env.get_template(template).render(**context)


def render(template: str, **context) -> str:
    """The template's HTML with `context`, without blank lines."""
    return _BLANK_LINES.sub("", _env.get_template(template).render(**context)).strip() + "\n"


def page_markdown(title: str, intro_md: str, html: str) -> str:
    """A page made from data: its title, the introduction a fork wrote in a file at the page's
    path (Markdown, if any), then the page's HTML."""
    return render_md("page.md", title=title, intro=Markup(intro_md.strip()), html=Markup(html))


def as_text(text: str) -> Markup:
    """Text escaped once for HTML, for a template that escapes some values and not others
    (Material's theme writes the site's name both ways): as Markup it is never escaped twice."""
    return escape(text)


def trusted(html: str) -> Markup:
    """HTML the project made itself (not from content), to be inserted as it is."""
    return Markup(html)
