"""Renderers for tips: a tip's page, a theme's list of tips, the index of all tips.

Plain functions: content in, Markdown out. Links are written to the Markdown source files
(`tips/<theme>/<id>.md`), relative to the page they appear on, so MkDocs checks them and the
i18n plugin resolves them to the reader's language.
"""
from __future__ import annotations

import posixpath

from babel import Locale

from .content import Site, Tip


def md_link(from_src: str, to_src: str) -> str:
    """Relative link from one source file to another (both relative to docs_dir, no suffix)."""
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def escape_md(text: str) -> str:
    """Escape the characters that would turn plain text into Markdown or HTML."""
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def count_tips(site: Site, lang: str, count: int) -> str:
    """'1 tip', '3 tips': the plural form Babel gives for the language."""
    forms = site.labels[lang].tip_count
    form = Locale.parse(lang).plural_form(count)
    return forms.get(form, forms["other"]).format(count=count)


def tip_src(tip: Tip) -> str:
    return f"tips/{tip.meta.theme}/{tip.meta.id}.md"


def theme_src(theme_id: str) -> str:
    return f"tips/{theme_id}/index.md"


def render_tip_page(tip: Tip, site: Site, lang: str, body: str) -> str:
    """The whole Markdown of a tip's page: title, summary, facts, body, checklist, source."""
    words = site.labels[lang]
    m = tip.meta
    here = tip_src(tip)
    theme = site.theme(m.theme).text(lang)
    source = site.source(m.source)
    audience = ", ".join(words.audiences[a] for a in m.audience)
    facts = (
        f'<dl class="tip-facts" markdown>\n'
        f"<dt>{words.theme}</dt>\n<dd markdown>[{escape_md(theme.title)}]({md_link(here, theme_src(m.theme))})</dd>\n"
        f"<dt>{words.moment}</dt>\n<dd>{words.moments[m.moment]}</dd>\n"
        f"<dt>{words.audience}</dt>\n<dd>{audience}</dd>\n"
        f"</dl>"
    )
    checklist = "\n".join(f"- {escape_md(item)}" for item in m.checklist)
    source_line = f"{escape_md(source.author)}: *{escape_md(source.text(lang).title)}*"
    if source.year:
        source_line += f" ({source.year})"
    return (
        f"# {escape_md(m.title)}\n\n"
        f'<p class="tip-summary">{escape_html(m.summary)}</p>\n\n'
        f"{facts}\n\n"
        f"{body.strip()}\n\n"
        f"## {words.checklist}\n\n{checklist}\n\n"
        f"## {words.source}\n\n{source_line}. "
        f"[{words.all_sources}]({md_link(here, 'bronnen.md')})\n"
    )


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_tip_list(tips: list[Tip], from_src: str) -> str:
    """A list of tips, each a link with its summary."""
    return "\n".join(
        f"- [**{escape_md(t.meta.title)}**]({md_link(from_src, tip_src(t))})  \n"
        f"  {escape_md(t.meta.summary)}"
        for t in tips
    )


def render_theme_page(site: Site, lang: str, theme_id: str) -> str:
    """A theme's page: its title, introduction and its tips."""
    words = site.labels[lang]
    theme = site.theme(theme_id).text(lang)
    tips = site.tips_of(lang, theme_id)
    return (
        f"# {escape_md(theme.title)}\n\n{escape_md(theme.intro)}\n\n"
        f"## {words.tips_in_theme}\n\n{render_tip_list(tips, theme_src(theme_id))}\n"
    )


def render_tip_index(site: Site, lang: str, from_src: str = "tips/index.md") -> str:
    """All tips, grouped under their themes in the site's order."""
    parts = []
    for theme in site.themes:
        text = theme.text(lang)
        tips = site.tips_of(lang, theme.id)
        count = count_tips(site, lang, len(tips))
        parts.append(
            f"## [{escape_md(text.title)}]({md_link(from_src, theme_src(theme.id))})\n\n"
            f"{escape_md(text.intro)} *({count})*\n\n{render_tip_list(tips, from_src)}\n"
        )
    return "\n".join(parts)


def render_theme_cards(site: Site, lang: str, from_src: str = "index.md") -> str:
    """The themes as Material grid cards, for the home page."""
    cards = []
    for theme in site.themes:
        text = theme.text(lang)
        count = count_tips(site, lang, len(site.tips_of(lang, theme.id)))
        cards.append(
            f"-   **[{escape_md(text.title)}]({md_link(from_src, theme_src(theme.id))})** ({count})\n\n"
            f"    ---\n\n    {escape_md(text.intro)}\n"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
