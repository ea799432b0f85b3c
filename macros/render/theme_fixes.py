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


_HEADER_NAME = re.compile(r'(<div class="md-header__topic">\s*<span class="md-ellipsis">\s*)([^<]*?)(\s*</span>)')


def split_site_name(html: str, short_name: str, organisation: str) -> str:
    """The header's title is the site's name and the organisation's ("Toolkit · Organisation",
    macros/glue/setup.py): the organisation's part gets a span of its own, which extra.css hides
    on a phone, so the title fits there instead of being cut. `short_name` and `organisation`
    are as the page writes them (escaped). A page whose title is not that pair is left alone."""
    suffix = f" · {organisation}"

    def split(match: re.Match) -> str:
        name = match.group(2)
        if name != short_name + suffix:
            return match.group(0)
        return (f'{match.group(1)}<span class="site-name__short">{short_name}</span>'
                f'<span class="site-name__org">{suffix}</span>{match.group(3)}')
    return _HEADER_NAME.sub(split, html, count=1)


def repair(html: str) -> str:
    return drop_dangling_toc_label(drop_empty_tabindex(drop_head_alternates(html)))
