"""HTML through templates: one autoescaped Jinja environment for every renderer.

The templates live in macros/templates/. Every value that reaches them is escaped by Jinja
(autoescape), attributes included; only HTML made by the project itself (a QR code's SVG) is
passed through `Markup`. The output is put into a page's Markdown as a raw HTML block, so it
must not contain blank lines (a blank line would end the block): `render` removes them.
"""
from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")


def render(template: str, **context) -> str:
    """The template's HTML with `context`, without blank lines."""
    return _BLANK_LINES.sub("", _env.get_template(template).render(**context)).strip() + "\n"


def as_text(text: str) -> Markup:
    """Text escaped once for HTML, for a template that escapes some values and not others
    (Material's theme writes the site's name both ways): as Markup it is never escaped twice."""
    return escape(text)


def trusted(html: str) -> Markup:
    """HTML the project made itself (not from content), to be inserted as it is."""
    return Markup(html)
