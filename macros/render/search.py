"""One search index per site language, without the empty entries of excluded parts.

mkdocs-static-i18n writes a single index with every language in it, so a Dutch reader would
get English results too (and every reader downloads both). `split_index` splits it; the
non-default languages' pages get their own search base (`scope_to_language`), so Material's
search loads <lang>/search/search_index.json and resolves results under /<lang>/.
"""
from __future__ import annotations

import json
import re

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def split_index(index: dict, languages: list[str]) -> dict[str, dict]:
    """{language: index with only that language's entries}, locations relative to its root."""
    default, others = languages[0], languages[1:]
    out = {lang: {"config": {**index["config"], "lang": [lang]}, "docs": []} for lang in languages}
    titles = {doc["location"]: doc["title"] for doc in index["docs"] if "#" not in doc["location"]}
    for doc in index["docs"]:
        page, _, anchor = doc["location"].partition("#")
        if anchor and not doc["text"] and doc["title"] == titles.get(page):
            continue  # a heading inside a part kept out of the index (a tip's body): nothing to find
        doc = {**doc, "text": _plain(doc["text"])}
        lang = next((x for x in others if doc["location"].startswith(f"{x}/")), default)
        location = doc["location"][len(lang) + 1:] if lang != default else doc["location"]
        out[lang]["docs"].append({**doc, "location": location})
    return out


_LIST_TAGS = re.compile(r"\s*</?(?:ul|ol|li|p)>\s*")


def _plain(text: str) -> str:
    """A section's text without the list and paragraph tags Material keeps (a third of a tip's
    checklist entry): the words are what search finds; results show them as a line."""
    return _LIST_TAGS.sub(" ", text).strip()


def scope_to_language(html: str, lang: str) -> str:
    """Point a page's search (Material's `base` in #__config) at /<lang>/."""
    def rewrite(m: re.Match) -> str:
        config = json.loads(m.group(2))
        config["base"] = config["base"].rstrip("/") + f"/{lang}/"
        return m.group(1) + json.dumps(config, ensure_ascii=False) + m.group(3)
    return _CONFIG.sub(rewrite, html, count=1)
