"""Tips as other pages list them: a list of links with their summaries and facts, and the
count of a theme's tips in the reader's language."""
from __future__ import annotations

from typing import Protocol

from babel import Locale
from markupsafe import Markup

from ..content import Site, Tip
from .jinja import render_md


class Links(Protocol):
    """What this module asks of the route table (macros/routes.py): links between pages."""

    def md_href(self, from_src: str, kind: str, name: str) -> str: ...


def count_tips(site: Site, lang: str, count: int) -> str:
    """'1 tip', '3 tips': the plural form Babel gives for the language."""
    forms = site.labels[lang].tip_count
    form = Locale.parse(lang).plural_form(count)
    return forms.get(form, forms["other"]).format(count=count)


def tip_card_facts(tip: Tip, site: Site, lang: str) -> list[str]:
    """Moment, audience and time needed (as 18F's method cards show them), as plain text."""
    words = site.labels[lang]
    parts = [f"{words.moment}: {words.moments[tip.meta.moment]}",
             f"{words.audience}: {', '.join(words.audiences[a] for a in tip.meta.audience)}"]
    if tip.meta.time:
        parts.append(f"{words.time_needed}: {tip.meta.time}")
    return parts


def render_tip_list(tips: list[Tip], routes: Links, from_src: str, site: Site | None = None,
                    lang: str | None = None) -> str:
    """A list of tips, each a link with its summary (and, given the site, its facts). Kept out
    of the search index: every tip is found on its own page, not in a long list."""
    return render_md("tip_list.md", tips=[
        {"title": t.meta.title, "summary": t.meta.summary, "href": Markup(routes.md_href(from_src, "tip", t.id)),
         "facts": tip_card_facts(t, site, lang) if site is not None else []} for t in tips])
