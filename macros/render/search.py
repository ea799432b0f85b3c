"""One search index per site language, ranked for what a team types.

mkdocs-static-i18n writes a single index with every language in it, so a Dutch reader would
get English results too (and every reader downloads both). `split_index` splits it; the
non-default languages' pages get their own search base (`scope_to_language`), so Material's
search loads <lang>/search/search_index.json and resolves results under /<lang>/.

While splitting, each entry gets the weight of what it is (Material's per-entry `boost`): a
tip's title and summary (its page entry) and its checklist rank above its body's sections; a
letter page keeps its title only (its form and letter sections would crowd out the tips: one
per letter language), and the abbreviations staff type (docs/_data/search.yml) are added as
`keywords` where the words they stand for are used, and the other way round. The index is
stemmed (`pipeline` in mkdocs.yml); the site's search worker (assets/javascripts/search/
worker.js, wired in by `use_site_worker`) asks each typed word stemmed as well, and once more
with one typo allowed when nothing is found.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)

# Weights of the entries (Material multiplies each entry's score by its `boost`). Measured
# with tests/search/words.yml (tests/test_search.py); change them with that test at hand.
TIP_PAGE_BOOST = 3.0       # a tip's title and summary
TIP_CHECKLIST_BOOST = 2.0  # a tip's checklist
TIP_BODY_BOOST = 1.5       # a section of a tip's body
OTHER_BOOST = 0.4          # overviews, sheets, the home page: below the tips they list
# The sources, the fork guide, the translations: for those who look them up. Their section
# titles name the same subjects as the tips, and Material weighs a title 1000 times its
# text: only this low do they follow the tips that use the word instead of leading them.
REFERENCE_BOOST = 0.001
LETTER_BOOST = 0.1         # one page per letter language: below the letter's own page


@dataclass
class Roles:
    """What the pages of one site language are, by location relative to the language's root."""
    tips: set[str] = field(default_factory=set)
    letters: set[str] = field(default_factory=set)
    reference: set[str] = field(default_factory=set)
    checklist_title: str = ""  # the heading of a tip's checklist in this language
    # abbreviation -> the words it stands for (docs/_data/search.yml)
    abbreviations: dict[str, list[str]] = field(default_factory=dict)


def split_index(index: dict, languages: list[str], roles: dict[str, Roles] | None = None) -> dict[str, dict]:
    """{language: index with only that language's entries}, locations relative to its root."""
    default, others = languages[0], languages[1:]
    roles = roles or {}
    out = {lang: {"config": {**index["config"], "lang": [lang]}, "docs": []} for lang in languages}
    if any(r.abbreviations for r in roles.values()):
        for part in out.values():
            part["config"]["fields"] = {**part["config"]["fields"], "keywords": {"boost": 1.0}}
    titles = {doc["location"]: doc["title"] for doc in index["docs"] if "#" not in doc["location"]}
    for doc in index["docs"]:
        page, _, anchor = doc["location"].partition("#")
        if anchor and not doc["text"] and doc["title"] == titles.get(page):
            continue  # a heading inside a part kept out of the index: nothing to find
        lang = next((x for x in others if doc["location"].startswith(f"{x}/")), default)
        location = doc["location"][len(lang) + 1:] if lang != default else doc["location"]
        entry = _weighed({**doc, "text": _plain(doc["text"]), "location": location},
                         location.partition("#")[0], anchor, roles.get(lang) or Roles())
        if entry is not None:
            out[lang]["docs"].append(entry)
    return out


def _weighed(doc: dict, page: str, anchor: str, roles: Roles) -> dict | None:
    if page in roles.letters:
        if anchor:
            return None  # the form, the tools and the letter: one of each per letter language
        doc = {**doc, "text": "", "boost": LETTER_BOOST}
    elif page in roles.tips:
        doc["boost"] = (TIP_PAGE_BOOST if not anchor
                        else TIP_CHECKLIST_BOOST if doc["title"] == roles.checklist_title
                        else TIP_BODY_BOOST)
    else:
        doc["boost"] = REFERENCE_BOOST if page in roles.reference else OTHER_BOOST
    keywords = _keywords(f"{doc['title']} {doc['text']}", roles.abbreviations)
    if keywords:
        doc["keywords"] = keywords
    return doc


def _keywords(text: str, abbreviations: dict[str, list[str]]) -> str:
    """The abbreviations whose words the text uses, and the words of those it uses."""
    found = []
    for short, longs in abbreviations.items():
        if _has(text, short):
            found.extend(longs)
        elif any(_has(text, long) for long in longs):
            found.append(short)
    return " ".join(found)


def _has(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I) is not None


_LIST_TAGS = re.compile(r"\s*</?(?:ul|ol|li|p)>\s*")


def _plain(text: str) -> str:
    """A section's text without the list and paragraph tags Material keeps (a third of a tip's
    checklist entry): the words are what search finds; results show them as a line."""
    return _LIST_TAGS.sub(" ", text).strip()


WORKER = "assets/javascripts/search/worker.js"
_MATERIAL_WORKER = re.compile(r"^(?P<base>.*?)assets/javascripts/workers/(?P<file>search\.[\w.-]+\.js)$")


def use_site_worker(html: str) -> str:
    """Point a page's search (Material's `search` in #__config) at the site's worker, which
    loads Material's own (named in `?material=`)."""
    def rewrite(config: dict) -> None:
        worker = _MATERIAL_WORKER.match(config.get("search") or "")
        if worker is None:
            raise ValueError(f"Material's search worker not found in the page's configuration "
                             f"(search: {config.get('search')!r}); see README, Upgrading")
        config["search"] = f"{worker['base']}{WORKER}?material={worker['file']}"
    return _edit_config(html, rewrite)


def scope_to_language(html: str, lang: str) -> str:
    """Point a page's search (Material's `base` in #__config) at /<lang>/."""
    def rewrite(config: dict) -> None:
        config["base"] = config["base"].rstrip("/") + f"/{lang}/"
    return _edit_config(html, rewrite)


def _edit_config(html: str, edit) -> str:
    def rewrite(m: re.Match) -> str:
        config = json.loads(m.group(2))
        edit(config)
        return m.group(1) + json.dumps(config, ensure_ascii=False) + m.group(3)
    return _CONFIG.sub(rewrite, html, count=1)
