"""The site in a real browser (Debian's Chromium via Playwright), served under site_url's path."""
from __future__ import annotations

import re

from conftest import LANGUAGES


def test_language_switcher_leads_to_the_same_tip(page, site_url, content):
    tip_nl = content.tips["nl"][-1]
    tip_en = next(t for t in content.tips["en"] if t.id == tip_nl.id)
    page.goto(site_url + tip_nl.url)
    assert page.locator("html").get_attribute("lang") == "nl"
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state("load")
    assert page.url == site_url + "en/" + tip_en.url
    assert page.locator("h1").inner_text().rstrip("¶").strip() == tip_en.meta.title
    assert page.locator("html").get_attribute("lang") == "en"
    # and back
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_load_state("load")
    assert page.url == site_url + tip_nl.url
    assert page.watch.console_errors == []
    assert page.watch.failed == []


def search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10000)
    return [href for href in results.locator("a").evaluate_all("els => els.map(e => e.href)")]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{6,}", text)}


def test_search_finds_a_tip_first_by_a_word_from_its_checklist_in_each_language(page, site_url, site_dir, content):
    """A tip's checklist weighs above the text of other pages: a word that only one tip's
    checklist has leads to it."""
    import json
    for lang in LANGUAGES:
        prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
        index = json.loads((site_dir / prefix / "search/search_index.json").read_text(encoding="utf-8"))
        # Search stems words: compare their first five letters, not whole words.
        elsewhere: dict[str, set[str]] = {}
        for doc in index["docs"]:
            for word in _words(doc["title"] + " " + doc["text"]):
                elsewhere.setdefault(word[:5], set()).add(doc["location"].split("#")[0])
        tip, word = next((t, w) for t in content.tips[lang]
                         for w in sorted(_words(" ".join(t.meta.checklist)), key=len, reverse=True)
                         if elsewhere.get(w[:5]) == {t.url})
        page.goto(site_url + prefix)
        hrefs = search(page, word)
        assert hrefs[0].startswith(site_url + prefix + tip.url), (lang, word, hrefs[:3])
    assert page.watch.console_errors == []


def test_search_finds_a_tip_by_its_title(page, site_url, content):
    tip = content.tips["nl"][0]
    page.goto(site_url)
    word = max(re.findall(r"\w+", tip.meta.title), key=len)
    hrefs = search(page, word)
    assert any(h.startswith(site_url + tip.url) for h in hrefs), hrefs
