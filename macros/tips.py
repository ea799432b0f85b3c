"""Renderers for tips: a tip's page, a theme's list of tips, the index of all tips.

Plain functions: content in, Markdown out. Links are written to the Markdown source files
(`tips/<theme>/<id>.md`), relative to the page they appear on, so MkDocs checks them and the
i18n plugin resolves them to the reader's language.
"""
from __future__ import annotations

from babel import Locale

from .content import Site, Tip
from .routes import Routes


def escape_md(text: str) -> str:
    """Plain text as Markdown that shows exactly that text: HTML's special characters become
    entities (Markdown has no backslash escape for "<"), Markdown's become backslash escapes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]|#":
        text = text.replace(ch, "\\" + ch)
    return text


def count_tips(site: Site, lang: str, count: int) -> str:
    """'1 tip', '3 tips': the plural form Babel gives for the language."""
    forms = site.labels[lang].tip_count
    form = Locale.parse(lang).plural_form(count)
    return forms.get(form, forms["other"]).format(count=count)


def render_tip_page(tip: Tip, site: Site, routes: Routes, lang: str, body: str) -> str:
    """The whole Markdown of a tip's page: title, summary, facts, body, checklist, source.
    The body is kept out of the search index: a tip is found by its title, summary and
    checklist (a search index with every body grows too large to load on every page)."""
    words = site.labels[lang]
    m = tip.meta
    here = routes.get("tip", tip.id).src
    theme = site.theme(m.theme).text(lang)
    source = site.source(m.source)
    audience = ", ".join(words.audiences[a] for a in m.audience)
    facts = (
        f'<dl class="tip-facts" data-search-exclude markdown>\n'
        f"<dt>{escape_html(words.theme)}</dt>\n<dd markdown>[{escape_md(theme.title)}]({routes.md_href(here, 'theme', m.theme)})</dd>\n"
        f"<dt>{escape_html(words.moment)}</dt>\n<dd>{escape_html(words.moments[m.moment])}</dd>\n"
        f"<dt>{escape_html(words.audience)}</dt>\n<dd>{escape_html(audience)}</dd>\n"
        + (f"<dt>{escape_html(words.time_needed)}</dt>\n<dd>{escape_html(m.time)}</dd>\n" if m.time else "")
        + "</dl>"
    )
    checklist = "\n".join(f"- {escape_md(item)}" for item in m.checklist)
    source_line = f"{escape_md(source.author)}: *{escape_md(source.text(lang).title)}*"
    if source.year:
        source_line += f" ({source.year})"
    return (
        f"# {escape_md(m.title)}\n\n"
        f'<p class="tip-summary">{escape_html(m.summary)}</p>\n\n'
        f"{facts}\n\n"
        f'<div class="tip-body" data-search-exclude markdown>\n\n{body.strip()}\n\n</div>\n\n'
        f"## {escape_md(words.checklist)}\n\n{checklist}\n\n"
        f'<div class="tip-source" data-search-exclude markdown>\n\n'
        f"## {escape_md(words.source)}\n\n{source_line}. "
        f"[{escape_md(words.all_sources)}]({routes.md_href(here, 'page', 'sources')})\n\n</div>\n"
    )


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def tip_card_facts(tip: Tip, site: Site, lang: str) -> str:
    """Moment, audience and time needed in one line (as 18F's method cards show them)."""
    words = site.labels[lang]
    parts = [f"{words.moment}: {words.moments[tip.meta.moment]}",
             f"{words.audience}: {', '.join(words.audiences[a] for a in tip.meta.audience)}"]
    if tip.meta.time:
        parts.append(f"{words.time_needed}: {tip.meta.time}")
    return " · ".join(escape_md(p) for p in parts)


def render_tip_list(tips: list[Tip], routes: Routes, from_src: str, site: Site | None = None,
                    lang: str | None = None) -> str:
    """A list of tips, each a link with its summary (and, given the site, its facts). Kept out
    of the search index: every tip is found on its own page, not in a long list."""
    def facts(t):
        return f"  \n  <small>{tip_card_facts(t, site, lang)}</small>" if site is not None else ""
    items = "\n".join(
        f"- [**{escape_md(t.meta.title)}**]({routes.md_href(from_src, 'tip', t.id)})  \n"
        f"  {escape_md(t.meta.summary)}{facts(t)}"
        for t in tips
    )
    return f'<div class="tip-list" data-search-exclude markdown>\n\n{items}\n\n</div>'



def render_theme_page(site: Site, routes: Routes, lang: str, theme_id: str, intro_md: str = "") -> str:
    """A theme's page: its title, introduction, its tips, and its checklist and worksheet."""
    words = site.labels[lang]
    theme = site.theme(theme_id).text(lang)
    tips = site.tips_of(lang, theme_id)
    here = routes.get("theme", theme_id).src
    sheets = site.labels[lang].sheets
    tools = (f"- [{escape_md(sheets.checklist_theme.format(theme=theme.title))}]"
             f"({routes.md_href(here, 'checklist', theme_id)})\n"
             f"- [{escape_md(site.theme_worksheet[lang].title.format(theme=theme.title))}]"
             f"({routes.md_href(here, 'worksheet', theme_id)})\n"
             f"- [{escape_md(sheets.booklet_theme.format(theme=theme.title))}]"
             f"({routes.md_href(here, 'booklet', theme_id)})\n")
    own = f"{intro_md.strip()}\n\n" if intro_md.strip() else ""
    return (
        f"# {escape_md(theme.title)}\n\n{escape_md(theme.intro)}\n\n{own}"
        f"## {escape_md(words.tips_in_theme)}\n\n{render_tip_list(tips, routes, here, site, lang)}\n\n"
        f"## {escape_md(sheets.for_this_theme)}\n\n{tools}"
    )


def render_tip_index(site: Site, routes: Routes, lang: str, from_src: str = "tips/index.md") -> str:
    """All tips, grouped under their themes in the site's order."""
    parts = []
    for theme in site.themes:
        text = theme.text(lang)
        tips = site.tips_of(lang, theme.id)
        count = count_tips(site, lang, len(tips))
        parts.append(
            f"## [{escape_md(text.title)}]({routes.md_href(from_src, 'theme', theme.id)})\n\n"
            f"{escape_md(text.intro)} *({escape_md(count)})*\n\n{render_tip_list(tips, routes, from_src, site, lang)}\n"
        )
    return "\n".join(parts)


def render_theme_cards(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """The themes as Material grid cards, for the home page."""
    cards = []
    for theme in site.themes:
        text = theme.text(lang)
        count = count_tips(site, lang, len(site.tips_of(lang, theme.id)))
        icon = f":{theme.icon.replace('/', '-')}:{{ .lg .middle aria-hidden=\"true\" }} " if theme.icon else ""
        cards.append(
            f"-   {icon}**[{escape_md(text.title)}]({routes.md_href(from_src, 'theme', theme.id)})** ({escape_md(count)})\n\n"
            f"    ---\n\n    {escape_md(text.intro)}\n"
        )
    return '<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
