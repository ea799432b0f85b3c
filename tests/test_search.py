"""Search finds tips by the words a team types, measured with Material's own search worker on
the built site (tests/search/quality.py; the words are tests/search/words.yml). Names no tip:
the tips each word should find are computed from the content."""
from __future__ import annotations

import pytest

from conftest import LANGUAGES, ROOT
from macros.content import ContentError
from macros.content.search_words import load_abbreviations
from macros.render import search
from search import quality

FLOOR = 0.9


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_the_tips_a_word_is_in(site_dir, content, lang):
    abbreviations = load_abbreviations(ROOT / "docs", LANGUAGES)[lang]
    root = "" if lang == LANGUAGES[0] else lang
    measured = quality.measure(site_dir, content, lang, root, abbreviations)
    if not measured:
        pytest.skip(f"{lang}: no tip uses any word of tests/search/words.yml")
    precision, recall = quality.summary(measured)
    report = "\n".join(f"  {w.word}: precision {w.precision:.2f}, recall {w.recall:.2f}, "
                       f"first {w.results[:3]}, expected {sorted(w.expected)[:5]}"
                       for w in measured if w.precision < 1 or w.recall < 1)
    print(f"\n{lang}: {len(measured)} words, precision@5 {precision:.3f}, recall@10 {recall:.3f}")
    assert precision >= FLOOR and recall >= FLOOR, (
        f"{lang}: precision@5 {precision:.3f}, recall@10 {recall:.3f} (floor {FLOOR}):\n{report}")


def test_search_forgives_a_typo_and_finds_inflected_words(site_dir, content):
    """A word of a tip's title with one letter dropped, and with a plural ending, still finds
    that tip first (the site's worker asks again with one typo allowed)."""
    lang = LANGUAGES[0]
    if not content.tips[lang]:
        pytest.skip("no tips")
    tip = content.tips[lang][0]
    word = max(quality._tokens(tip.meta.title), key=len)
    typo = word[:2] + word[3:]
    results = quality.run_worker(site_dir, "", [word, typo], [])["results"]
    assert results[word] and results[word][0]["page"] == tip.url, results[word][:3]
    assert results[typo] and tip.url in [r["page"] for r in results[typo][:3]], (typo, results[typo][:3])


def test_split_index_weighs_tips_and_keeps_letters_to_their_title():
    index = {"config": {"lang": ["nl"], "separator": "x", "fields": {"title": {}, "text": {}}},
             "docs": [{"location": "tips/a/", "title": "A", "text": "summary with BSO"},
                      {"location": "tips/a/#checklist", "title": "Checklist", "text": "one"},
                      {"location": "tips/a/#why", "title": "Why", "text": "the buitenschoolse opvang"},
                      {"location": "brief/ar/", "title": "Letter", "text": "intro"},
                      {"location": "brief/ar/#form", "title": "Form", "text": ""},
                      {"location": "bronnen/", "title": "Sources", "text": "x"},
                      {"location": "", "title": "Home", "text": "y"}]}
    roles = {"nl": search.Roles(tips={"tips/a/"}, letters={"brief/ar/"}, reference={"bronnen/"},
                                checklist_title="Checklist",
                                abbreviations={"BSO": ["buitenschoolse opvang"]})}
    docs = {d["location"]: d for d in search.split_index(index, ["nl"], roles)["nl"]["docs"]}
    assert "brief/ar/#form" not in docs and docs["brief/ar/"]["text"] == ""
    boosts = {loc: d["boost"] for loc, d in docs.items()}
    assert boosts["tips/a/"] > boosts["tips/a/#checklist"] > boosts["tips/a/#why"] > boosts[""] > boosts["bronnen/"]
    assert docs["tips/a/"]["keywords"] == "buitenschoolse opvang"
    assert docs["tips/a/#why"]["keywords"] == "BSO"


def test_use_site_worker_names_materials_worker():
    html = ('<script id="__config" type="application/json">{"base": "..", '
            '"search": "../assets/javascripts/workers/search.abc123.min.js"}</script>')
    out = search.use_site_worker(html)
    assert '"../assets/javascripts/search/worker.js?material=search.abc123.min.js"' in out
    with pytest.raises(ValueError, match="search worker"):
        search.use_site_worker('<script id="__config" type="application/json">{"search": "x.js"}</script>')


@pytest.mark.parametrize("text, expected", [
    ("abbreviations:\n  nl: {BSO: [buitenschoolse opvang]}\n", "'abbreviations' heeft per taal"),
    ("abbreviations:\n  nl: {BSO: buitenschoolse opvang}\n  en: {}\n", "abbreviations.nl.BSO"),
    ("words: {}\n", "expected one field 'abbreviations'"),
])
def test_bad_search_words_are_refused_with_the_field(tmp_path, text, expected):
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data/search.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=expected) as info:
        load_abbreviations(tmp_path, ["nl", "en"])
    assert "_data/search.yml" in str(info.value)


def test_the_index_loads_when_search_is_opened_not_with_the_page(page, site_url, content):
    """A first visit does not carry the index; opening search fetches it and search works."""
    tips = content.tips[LANGUAGES[0]]
    if not tips:
        pytest.skip("no tips")
    word = max(quality._tokens(tips[0].meta.title), key=len)
    fetched = []
    page.on("request", lambda r: "search_index.json" in r.url and fetched.append(r.url))
    page.goto(site_url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    assert fetched == [], "the index was fetched before search was opened"
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(word)
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert fetched == [site_url + "search/search_index.json"]
    assert page.watch.console_errors == []
