"""Several sources per tip, and when a tip's rules were checked: on the tip page, on paper
(sheets and booklets) and as notices in the build's log. On the fixture site
tests/sites/several_sources: a tip of the base site with two sources and rules checked long
before the build date, and a source no page cites."""
from __future__ import annotations

import datetime
import logging
import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import LANGUAGES, build_site, log_records, make_site
from macros.content import load_site
from macros.content.notices import notices, stale_checks, unused_sources
from macros.render.sheets import day

PREFIX = {"nl": "", "en": "en/"}
BUILD_DAY = datetime.date(2026, 6, 1)  # the build date the test pins (SOURCE_DATE_EPOCH)


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    return make_site(tmp_path_factory.mktemp("several-sources"), "several_sources")


@pytest.fixture(scope="module")
def content(docs):
    return load_site(docs, LANGUAGES)


@pytest.fixture(scope="module")
def build(docs):
    """The site built `--strict` with the build date pinned, and every record it logged."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(datetime.datetime(*BUILD_DAY.timetuple()[:3], 12,
                                                                tzinfo=datetime.timezone.utc).timestamp()))
    try:
        with log_records() as records:
            result = build_site(docs, docs.parent / "site")
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    assert result.ok, result.messages  # --strict: the notices are no warnings
    return result.site, records


def several(content, lang):
    return [t for t in content.tips[lang] if len(t.meta.sources) > 1]


def soup(site: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def test_the_scenario_has_a_tip_with_several_sources_and_rules(content):
    for lang in LANGUAGES:
        assert several(content, lang) and all(t.meta.rules and t.meta.checked for t in several(content, lang))


def test_the_tip_page_shows_every_source_and_when_its_rules_were_checked(build, content):
    site, _ = build
    for lang in LANGUAGES:
        words = content.labels[lang]
        for tip in several(content, lang):
            box = soup(site, PREFIX[lang] + tip.url).select_one(".tip-source")
            assert box.find("h2").get_text(strip=True).rstrip("¶") == words.sources
            items = [li.get_text(" ", strip=True) for li in box.select("li")]
            assert len(items) == len(tip.meta.sources)
            for item, ref in zip(items, tip.meta.sources):  # in the tip's order, the main one first
                source = content.source(ref)
                assert source.author in item and source.text(lang).title in item
            assert f"{words.checked}: {day(tip.meta.checked, lang)}" in box.get_text(" ", strip=True)


def test_a_tip_with_one_source_keeps_the_singular_heading(build, content):
    site, _ = build
    for lang in LANGUAGES:
        tip = next(t for t in content.tips[lang] if len(t.meta.sources) == 1 and not t.meta.rules)
        box = soup(site, PREFIX[lang] + tip.url).select_one(".tip-source")
        assert box.find("h2").get_text(strip=True).rstrip("¶") == content.labels[lang].source
        assert content.labels[lang].checked not in box.get_text()


def test_the_printed_checklist_and_booklet_name_every_source_of_their_tips(build, content):
    site, _ = build
    for lang in LANGUAGES:
        words = content.labels[lang].sheets
        for tip in several(content, lang):
            sheet = soup(site, PREFIX[lang] + f"checklists/{tip.meta.theme}/")
            foot = sheet.select_one(".sheet-foot__text").get_text(" ", strip=True)
            booklet = soup(site, PREFIX[lang] + f"boekjes/{tip.meta.theme}/")
            head = booklet.select_one(".booklet-head__text").get_text(" ", strip=True)
            own = booklet.select(".booklet-tip__sources")
            for ref in tip.meta.sources:
                title = content.source(ref).text(lang).title
                assert title in foot and title in head
                assert any(title in p.get_text() for p in own)
            # the earliest day the rules of the sheet's tips were checked
            earliest = min(t.meta.checked for t in content.tips_of(lang, tip.meta.theme) if t.meta.rules)
            assert f"{words.checked}: {day(earliest, lang)}" in foot
            assert f"{words.checked}: {day(earliest, lang)}" in head


def test_the_build_logs_the_unused_source_and_the_stale_check_as_notices_not_warnings(build, content):
    _, records = build
    ours = [r for r in records if r.name == "mkdocs.plugins.samen_met_ouders"]
    expected = notices(content, BUILD_DAY)
    unused = {s.id for s in content.sources.sources} - {
        ref for tips in content.tips.values() for t in tips for ref in t.meta.sources} - {
        x.meta.source for x in content.letters} - {ref for w in content.worksheets for ref in w.sources}
    assert unused and len(unused_sources(content)) == len(unused)
    stale = [t.path for tips in content.tips.values() for t in tips if t.meta.rules]
    assert stale and len(stale_checks(content, BUILD_DAY)) == len(stale)
    assert [r.getMessage() for r in ours] == expected  # once per build, not once per language
    assert all(r.levelno == logging.INFO for r in ours)
    for ref in unused:
        assert any(f"'{ref}'" in r.getMessage() for r in ours)
    for path in stale:
        assert any(r.getMessage().startswith(path + ":") for r in ours)


def test_a_check_within_a_year_of_the_build_date_gives_no_notice(content):
    checked = min(t.meta.checked for tips in content.tips.values() for t in tips if t.meta.rules)
    assert stale_checks(content, checked.replace(year=checked.year + 1)) == []
    assert stale_checks(content, checked.replace(year=checked.year + 1) + datetime.timedelta(days=1))
