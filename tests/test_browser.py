"""The site in a real browser (Debian's Chromium via Playwright), served under site_url's path."""
from __future__ import annotations

import re

from conftest import LANGUAGES


def test_language_switcher_leads_to_the_same_tip(page, site_url, content):
    tip_nl = content.tips["nl"][3]
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


def test_search_finds_a_tip_by_a_word_from_its_body_in_each_language(page, site_url):
    cases = {
        "nl": ("", "ruilmarkt", "tips/ouders-in-de-groep/groepsactiviteiten/"),
        "en": ("en/", "committee", "en/tips/ouders-in-de-organisatie/actieve-oudercommissie/"),
    }
    for lang in LANGUAGES:
        prefix, word, target = cases[lang]
        page.goto(site_url + prefix)
        hrefs = search(page, word)
        assert any(h.startswith(site_url + target) for h in hrefs), (lang, hrefs)
    assert page.watch.console_errors == []


def test_search_finds_a_tip_by_its_title(page, site_url, content):
    tip = content.tips["nl"][0]
    page.goto(site_url)
    word = max(re.findall(r"\w+", tip.meta.title), key=len)
    hrefs = search(page, word)
    assert any(h.startswith(site_url + tip.url) for h in hrefs), hrefs
