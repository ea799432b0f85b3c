"""The built site, as HTML: every tip in both languages, theme pages, sources, bad input."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from bad_input import ALL_CASES, BUILD_CASES
from conftest import LANGUAGES, copy_project, mkdocs_build

PREFIX = {"nl": "", "en": "en/"}


def soup(site_dir, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site_dir / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def test_every_tip_has_a_page_in_both_languages_with_the_right_lang(site_dir, content):
    for lang in LANGUAGES:
        for tip in content.tips[lang]:
            page = soup(site_dir, PREFIX[lang] + tip.url)
            assert page.html["lang"] == lang
            assert page.find("h1").get_text(strip=True).rstrip("¶") == tip.meta.title
            text = page.select_one("article").get_text(" ", strip=True)
            assert tip.meta.summary in text
            for item in tip.meta.checklist:
                assert item in text
            labels = content.labels[lang]
            headings = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h2")]
            assert headings == [labels.sections.why, labels.sections.what, labels.sections.example,
                                labels.checklist, labels.source]
            assert content.source(tip.meta.source).author in text


def test_theme_pages_list_exactly_their_tips(site_dir, content):
    for lang in LANGUAGES:
        for theme in content.themes:
            page = soup(site_dir, f"{PREFIX[lang]}tips/{theme.id}/")
            assert page.find("h1").get_text(strip=True).rstrip("¶") == theme.text(lang).title
            listed = [a.get_text(strip=True) for a in page.select("article ul")[0].select("li a")]
            assert listed == [t.meta.title for t in content.tips_of(lang, theme.id)]


def test_the_tips_index_lists_every_tip_once_under_its_theme(site_dir, content):
    for lang in LANGUAGES:
        page = soup(site_dir, f"{PREFIX[lang]}tips/")
        titles = [a.get_text(strip=True) for a in page.select("article li a")]
        assert titles == [t.meta.title for t in content.tips[lang]]
        themes = [h.get_text(strip=True).rstrip("¶") for h in page.select("article h2")]
        assert themes == [t.text(lang).title for t in content.themes]


def test_the_navigation_follows_themes_and_tip_order(site_dir, content):
    page = soup(site_dir, "en/tips/feedback/feedback-vragen/")
    nav = page.select_one("nav.md-nav--primary")
    sections = [a.get_text(" ", strip=True) for a in nav.select(":scope > ul > li > label, :scope > ul > li > div > a")]
    text = nav.get_text(" ", strip=True)
    positions = [text.find(t.text("en").title) for t in content.themes]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), sections
    assert text.find("All tips") < positions[0] < text.find("Sources")


def test_the_sources_page_credits_both_sources_and_lists_the_factsheets_reading(site_dir, content):
    for lang in LANGUAGES:
        text = soup(site_dir, f"{PREFIX[lang]}bronnen/").select_one("article").get_text(" ", strip=True)
        assert "Landelijke Kwaliteitsmonitor Kinderopvang (LKK)" in text
        assert "Expertisecentrum Kinderopvang" in text
        for ref in content.sources.further_reading + content.sources.references:
            assert ref.citation in text


def test_the_home_page_leads_to_every_theme(site_dir, content):
    for lang in LANGUAGES:
        page = soup(site_dir, PREFIX[lang].rstrip("/") or ".")
        links = {a.get_text(strip=True) for a in page.select("article a")}
        for theme in content.themes:
            assert theme.text(lang).title in links


def test_no_page_loads_anything_from_another_host(site_dir):
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            src = re.search(r'(?:src|href)="(https?:)?//([^/"]+)', tag)
            if src and "rel=\"canonical\"" not in tag and "hreflang" not in tag:
                assert src.group(2).startswith("127.0.0.1"), f"{path}: {tag}"


@pytest.mark.parametrize("case", BUILD_CASES)
def test_bad_input_fails_the_build_with_its_message(tmp_path, case):
    project = copy_project(tmp_path / "project")
    mutate, expected = ALL_CASES[case]
    mutate(project / "docs")
    result = mkdocs_build(project, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    for part in expected:
        assert part in output, f"{part!r} not in:\n{output}"
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "index.html").exists()


def test_a_page_missing_in_english_is_built_from_dutch_and_marked(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs/nieuws.nl.md").write_text("# Nieuws\n\nEen pagina die alleen in het Nederlands is.\n",
                                                encoding="utf-8")
    out = tmp_path / "out"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stdout + result.stderr
    page = soup(out, "en/nieuws/")
    assert page.html["lang"] == "en"
    note = page.select_one("article .admonition").get_text(" ", strip=True)
    assert "has not been translated yet" in note
    assert soup(out, "nieuws/").select_one("article .admonition") is None
    status = soup(out, "en/vertalingen/")
    row = next(r for r in status.select("tr") if "nieuws.md" in r.get_text())
    assert [c.get_text(strip=True) for c in row.select("td")][1:] == ["Original", "Missing"]
