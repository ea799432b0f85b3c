"""The built site, as HTML: every tip in every language, theme pages, sources (the real site,
whatever its content); bad input and an untranslated page (fixture sites)."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from bad_input import ALL_CASES, BUILD_CASES
from conftest import LANGUAGES, build_error, make_project, make_site, mkdocs_build
from macros.content import load_site

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
                                labels.checklist,
                                labels.source if len(tip.meta.sources) == 1 else labels.sources]
            for ref in tip.meta.sources:
                assert content.source(ref).author in text and content.source(ref).text(lang).title in text


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
    lang = LANGUAGES[-1]
    tip = content.tips[lang][-1]
    nav = soup(site_dir, PREFIX[lang] + tip.url).select_one("nav.md-nav--primary")
    text = nav.get_text(" ", strip=True)
    # str.index raises when a title is missing (str.find would give -1 and pass)
    positions = [text.index(t.text(lang).title) for t in content.themes]
    assert positions == sorted(positions)
    all_tips, sources = (content.page_titles[(page, lang)] for page in ("tips/index.md", "bronnen.md"))
    assert text.index(all_tips) < positions[0] < positions[-1] < text.index(sources)


def test_the_sources_page_credits_every_source_and_lists_the_reading(site_dir, content):
    for lang in LANGUAGES:
        text = soup(site_dir, f"{PREFIX[lang]}bronnen/").select_one("article").get_text(" ", strip=True)
        for source in content.sources.sources:
            assert source.author in text and source.text(lang).title in text
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
    docs = make_site(tmp_path, ALL_CASES[case].overlay)
    output = build_error(docs, tmp_path / "out")
    for part in ALL_CASES[case].expect:
        assert part in output, f"{part!r} not in:\n{output}"
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "index.html").exists()


def test_bad_input_fails_the_command_line_build(tmp_path):
    """What a contributor sees in the terminal (and CI in its log): `mkdocs build` exits
    non-zero with the message, and no traceback."""
    project = make_project(tmp_path / "project", ALL_CASES["org_colour_without_quotes"].overlay)
    result = mkdocs_build(project, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    for part in ALL_CASES["org_colour_without_quotes"].expect:
        assert part in output, f"{part!r} not in:\n{output}"
    assert "Traceback" not in output


def test_a_page_missing_in_english_is_built_from_dutch_and_marked(additions_site):
    out, docs = additions_site, additions_site.parent / "docs"
    assert (docs / "nieuws.nl.md").is_file() and not (docs / "nieuws.en.md").exists()
    words = load_site(docs, LANGUAGES).labels["en"]
    page = soup(out, "en/nieuws/")
    assert page.html["lang"] == "en"
    note = page.select_one("article .admonition").get_text(" ", strip=True)
    assert " ".join(words.not_translated.split()) in note
    assert soup(out, "nieuws/").select_one("article .admonition") is None
    status = soup(out, "en/vertalingen/")
    row = next(r for r in status.select("tr") if "nieuws.md" in r.get_text())
    assert [c.get_text(strip=True) for c in row.select("td")][1:] == [words.status_page.source,
                                                                       words.status_page.missing]


@pytest.mark.parametrize("scenario, page, target", [("broken_link", "nieuws.nl.md", "er-niet.md"),
                                                    ("broken_link_in_english", "nieuws.en.md", "not-there.md")])
def test_a_warning_fails_the_build_as_with_strict(tmp_path, scenario, page, target):
    """build_site is `mkdocs build --strict`: a link to a page that is not there fails it, also
    in the build of another language that mkdocs-static-i18n runs from within the first."""
    output = build_error(make_site(tmp_path, scenario), tmp_path / "out")
    assert f"'{page}'" in output and f"'{target}'" in output
    assert "in strict mode" in output
