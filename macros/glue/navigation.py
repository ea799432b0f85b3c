"""The navigation: its order comes from the data, prev/next follow it, and sections take the title
of their index page. A theme is a section of its page and its tips: on a tip's page the menu
opens at the tip's theme (Material's navigation.sections and navigation.indexes open the
sections above the current page), and navigation.prune leaves the other themes' tips out of the
page, so the menu grows with the tips of one theme only."""
from __future__ import annotations

from mkdocs.structure.nav import Section

from .. import kinds
from ..routes import strip_language
from . import i18n
from .site import built


def _sort_key(item, config, position: int):
    """Index page first; then each page where its kind's `sort_key` puts it (themes in
    themes.yml order, tips by `order`, checklists and worksheets in the site's order, a guide
    after the checklist it stands beside, the Dutch letter and then the others by name); pages
    whose kind gives no key, and sections, by `extra.nav_order`."""
    state = built(config)
    routes, site = state.routes, state.content
    page = item.children[0] if isinstance(item, Section) and item.children else item
    file = getattr(page, "file", None)
    if file is None:
        return (2, position)
    if not isinstance(item, Section) and getattr(page, "is_index", False):
        return (0, 0)
    route = routes.for_src(file.src_uri)
    if route is not None:
        key = kinds.of_route(route).sort_key(site, route.name, i18n.current_language(config))
        if key is not None:
            return key
    order = config["extra"].get("nav_order", [])
    parts = strip_language(file.src_uri, site.languages).split("/")
    top = parts[0] if isinstance(item, Section) or len(parts) > 1 else parts[0].split(".")[0]
    return (1, order.index(top) if top in order else len(order), top)


def _sort(items, config) -> None:
    keyed = [(_sort_key(it, config, i), i, it) for i, it in enumerate(items)]
    items[:] = [it for _, _, it in sorted(keyed, key=lambda k: (k[0], k[1]))]
    for item in items:
        if isinstance(item, Section):
            _sort(item.children, config)


def _pages(items) -> list:
    out = []
    for item in items:
        if isinstance(item, Section):
            out += _pages(item.children)
        elif getattr(item, "file", None) is not None:
            out.append(item)
    return out


def on_nav(nav, config, files):
    _sort(nav.items, config)
    pages = _pages(nav.items)
    for i, page in enumerate(pages):
        page.previous_page = pages[i - 1] if i else None
        page.next_page = pages[i + 1] if i + 1 < len(pages) else None
    nav.pages = pages
    return nav


def on_page_context(context, page, config, nav):
    """Now that every page has its title: a section takes the title of its index page."""
    name_sections(nav)
    return context


def name_sections(nav) -> None:
    def walk(items):
        for item in items:
            if isinstance(item, Section):
                first = item.children[0] if item.children else None
                if first is not None and getattr(first, "is_index", False) and first.title:
                    item.title = first.title
                walk(item.children)
    walk(nav.items)
