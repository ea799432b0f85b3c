"""Tips as other pages list them: a list of links with their summaries and facts, and the
count of a theme's tips in the reader's language."""
from __future__ import annotations

from typing import TYPE_CHECKING

from babel import Locale

from ..content import Site, Tip
from .markdown import escape_md

if TYPE_CHECKING:  # the route table's type (its links are all this module asks of it)
    from ..kinds.base import Routes


def count_tips(site: Site, lang: str, count: int) -> str:
    """'1 tip', '3 tips': the plural form Babel gives for the language."""
    forms = site.labels[lang].tip_count
    form = Locale.parse(lang).plural_form(count)
    return forms.get(form, forms["other"]).format(count=count)


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
