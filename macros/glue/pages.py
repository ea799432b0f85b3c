"""Pages: the ones made from data are added to the build (on_files), and every page of the route
table gets its Markdown from its kind (on_page_markdown), with the scripts its kind declares in
its meta data for overrides/main.html. A route whose kind no module declares raises."""
from __future__ import annotations

from mkdocs.plugins import event_priority

from .. import kinds
from ..kinds import PageContext
from ..render.jinja import render_md, trusted
from . import address, i18n
from .site import built


@event_priority(-110)  # after mkdocs-static-i18n has chosen the files of the language being built
def on_files(files, config):
    """Add the pages the site makes from data (themes, checklists, worksheets), unless a file
    at the page's path gives an introduction of its own (it is then that page's source)."""
    routes = built(config).routes
    for route in routes:
        if route.generated and files.get_file_from_path(route.src) is None:
            edit = kinds.of_route(route).edit_source  # "edit this page": the data it is made from
            files.append(i18n.generated_page(config, route.src, "", edit))
    return files


@event_priority(-50)  # after the macros plugin (for the pages that opt in to it)
def on_page_markdown(markdown, page, config, files):
    state = built(config)
    lang = i18n.current_language(config)
    route = state.routes.for_src(page.file.src_uri)
    page.meta["scripts"] = []  # only a kind says which scripts a page loads (never the page itself)
    if route is not None:
        kind = kinds.of_route(route)
        ctx = PageContext(state.content, state.routes, lang, page.url, address.published(config), page.meta)
        markdown = kind.render(ctx, route, markdown)
        page.meta["scripts"] = kind.page_scripts(route.name)
        if kind.own_language:  # one file per letter language, shown in every site language
            return markdown
    if i18n.page_locale(page, config) != lang:
        markdown = render_md("not_translated.md", note=state.content.labels[lang].not_translated,
                             markdown=trusted(markdown))
    return markdown
