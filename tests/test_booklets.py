"""Booklets: a theme's tips, checklist and worksheet printed as one, each part on a new page."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

import browser_helpers as helpers

from conftest import LANGUAGES, SITE_URL
from macros.kinds.booklet import EVERYTHING as ALL_BOOKLET

PREFIX = {"nl": "", "en": "en/"}


def _html(site_dir, rel):
    return BeautifulSoup((site_dir / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def test_every_theme_has_a_booklet_with_its_tips_checklist_and_worksheet(site_dir, content, routes):
    for lang in LANGUAGES:
        for theme in content.themes:
            html = _html(site_dir, routes.path_of("booklet", theme.id, lang))
            tips = [h.get_text(strip=True).rstrip("¶") for h in html.select(".booklet-tip > h2")]
            assert tips == [t.meta.title for t in content.tips_of(lang, theme.id)]
            parts = [p["class"][1] for p in html.select("section.booklet-part")]
            assert parts == ["booklet-part--tips", "booklet-part--checklist", "booklet-part--worksheet"]
            items = [label.get_text() for label in html.select(".booklet-part--checklist .checklist label")]
            assert items == [i for t in content.tips_of(lang, theme.id) for i in t.meta.checklist]
            ids = [el["id"] for el in html.select("[id]")]
            assert len(ids) == len(set(ids)), "ids must be unique on the page"
            url = routes.absolute(SITE_URL, "booklet", theme.id, lang)
            assert html.select_one(".booklet-head .sheet-foot__qr svg") is not None
            assert html.select_one(".booklet-head a")["href"] == url
        everything = _html(site_dir, routes.path_of("booklet", ALL_BOOKLET, lang))
        assert len(everything.select(".booklet-tip")) == len(content.tips[lang])
        assert len(everything.select(".booklet-part--worksheet")) == len(content.themes)


def test_a_theme_page_links_to_its_checklist_worksheet_and_booklet(site_dir, content, routes):
    theme = content.themes[0]
    html = _html(site_dir, routes.path_of("theme", theme.id, "nl"))
    hrefs = [a["href"] for a in html.select("article a")]
    for kind in ("checklist", "worksheet", "booklet"):
        assert routes.href(routes.path_of("theme", theme.id, "nl"), kind, theme.id, "nl") in hrefs


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_booklets_print_each_part_on_a_new_page_within_budget(page, site_url, content, routes, lang):
    for name in [t.id for t in content.themes] + [ALL_BOOKLET]:
        themes = content.themes if name == ALL_BOOKLET else [content.theme(name)]
        page.goto(site_url + routes.path_of("booklet", name, lang))
        pdf = helpers.print_to_pdf(page)
        texts = helpers.pdf_texts(pdf)  # (pdfium: some ten times faster than pypdf)
        # Budget: a tip takes at most a page, the checklist one, the worksheet two.
        tips = sum(len(content.tips_of(lang, t.id)) for t in themes)
        budget = tips + 3 * len(themes)
        assert len(texts) <= budget, (name, lang, len(texts), budget)
        first_lines = [" ".join(_first_line(t).split()) for t in texts]
        for theme in themes:
            title = theme.text(lang).title
            for heading in (content.labels[lang].sheets.checklist_theme.format(theme=title),
                            content.theme_worksheet[lang].title.format(theme=title)):
                assert " ".join(heading.split()) in first_lines, (name, lang, heading, first_lines)
        text = "".join(texts)
        assert "Zoeken" not in text and "Search" not in text  # no site chrome on paper
        # The QR code on the first page leads a phone to the booklet's page.
        found = [r.text for r in helpers.qr_codes(pdf, 0, 100)]
        assert routes.absolute(SITE_URL, "booklet", name, lang) in found, (name, lang, found)
