"""One search index per site language, written once every language is built."""
from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

from ..render import search
from . import i18n


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
    for lang, part in search.split_index(index, langs).items():
        target = site_dir / ("" if lang == langs[0] else lang) / "search/search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
