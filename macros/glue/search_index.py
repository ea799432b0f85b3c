"""One search index per site language, written once every language is built."""
from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

from ..content.search_words import load_abbreviations
from ..render import search
from . import i18n
from .site import built


# Pages a team reads to look something up, not to act on: below the tips in search.
REFERENCE_PAGES = ("sources", "fork-guide", "translations")


def roles(config, langs: list[str]) -> dict[str, search.Roles]:
    """What each page is, for the weights of its entries (macros/render/search.py)."""
    state = built(config)
    routes = state.routes
    abbreviations = load_abbreviations(config["docs_dir"], langs)

    def paths(kind: str, lang: str) -> set[str]:
        prefix = routes.prefix(lang)
        return {routes.url(r, lang)[len(prefix):] for r in routes.of_kind(kind)}

    return {lang: search.Roles(
        tips={tip.url for tip in state.content.tips[lang]},
        letters=paths("letter", lang) | paths("letter-batch", lang),
        reference={routes.path_of("page", name, lang)[len(routes.prefix(lang)):]
                   for name in REFERENCE_PAGES},
        checklist_title=state.content.labels[lang].checklist,
        abbreviations=abbreviations[lang]) for lang in langs}


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and the index
def split_search_index(config) -> None:
    if i18n.in_nested_build(config):
        return  # a language built from within the default one; the site is not finished yet
    langs = i18n.languages(config)
    site_dir = Path(config["site_dir"])
    index_path = site_dir / "search/search_index.json"
    if not index_path.exists():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    for lang, part in search.split_index(index, langs, roles(config, langs)).items():
        target = site_dir / ("" if lang == langs[0] else lang) / "search/search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
