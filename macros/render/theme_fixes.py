"""Small repairs of Material's HTML, applied to every built page (MkDocs hook on_post_page).
Each one is a pure function with the reason it exists."""
from __future__ import annotations

import re

_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def drop_head_alternates(html: str) -> str:
    """Material's script fetches a sitemap.xml next to each hreflang <link> in <head>; for the
    page-level alternates of mkdocs-static-i18n those do not exist (a 404 on every page). The
    language switcher already links to the same page, and sitemap.xml keeps the alternates."""
    head, sep, rest = html.partition("</head>")
    return _HEAD_ALTERNATE.sub("", head) + sep + rest


def drop_empty_tabindex(html: str) -> str:
    """Material's nav-item.html writes tabindex="" on section labels (not a valid integer)."""
    return html.replace(' tabindex=""', "")


def drop_dangling_toc_label(html: str) -> str:
    """On a section's index page Material renders the table of contents' title as
    <label for="__toc"> but not the checkbox it points to: a label for nothing."""
    if 'id="__toc"' in html:
        return html
    return html.replace('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">')


def repair(html: str) -> str:
    return drop_dangling_toc_label(drop_empty_tabindex(drop_head_alternates(html)))
