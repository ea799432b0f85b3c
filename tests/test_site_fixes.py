"""The post-processing of built pages: search per language and Material repairs."""
from __future__ import annotations

import json

from macros.render import search, theme_fixes


def test_split_index_gives_each_language_its_own_entries_and_stemmer():
    index = {"config": {"lang": ["nl", "en"], "separator": "x"},
             "docs": [{"location": "tips/", "title": "Tips", "text": ""},
                      {"location": "en/tips/", "title": "Tips", "text": ""},
                      {"location": "en/", "title": "Home", "text": ""}]}
    split = search.split_index(index, ["nl", "en"])
    assert split["nl"]["config"] == {"lang": ["nl"], "separator": "x"}
    assert [d["location"] for d in split["nl"]["docs"]] == ["tips/"]
    assert [d["location"] for d in split["en"]["docs"]] == ["tips/", ""]
    assert split["en"]["config"]["lang"] == ["en"]


def test_scope_to_language_moves_the_search_base_under_the_language():
    html = '<script id="__config" type="application/json">{"base": "../..", "features": []}</script>'
    out = search.scope_to_language(html, "en")
    config = json.loads(out.split(">", 1)[1].rsplit("<", 1)[0])
    assert config == {"base": "../../en/", "features": []}


def test_theme_fixes():
    page = ('<head><link rel="alternate" href="/x/" hreflang="en"></head><body>'
            '<label class="md-nav__link" for="a" tabindex="">'
            '<label class="md-nav__title" for="__toc"></body>')
    out = theme_fixes.repair(page)
    assert "hreflang" not in out and 'tabindex=""' not in out and 'for="__toc"' not in out
    with_toc = '<input id="__toc"><label class="md-nav__title" for="__toc">'
    assert theme_fixes.repair(with_toc) == with_toc
