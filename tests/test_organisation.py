"""Making the toolkit an organisation's own: a fork that edits only its own files (the fixture
sites FORK in tests/conftest.py), the vision page, the example notice, the translation status
page. Every test holds for any organisation: example or not, vision written or not, any colour."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LANGUAGES, SITES
from macros.content import load_site

PREFIX = {"nl": "", "en": "en/"}
FORK_ORG = yaml.safe_load((SITES / "fork_organisation/docs/_data/organisation.yml")
                          .read_text(encoding="utf-8"))["organisation"]
BASE_ORG = yaml.safe_load((SITES / "base/docs/_data/organisation.yml")
                          .read_text(encoding="utf-8"))["organisation"]


def html(site: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def home(site: Path, lang: str) -> BeautifulSoup:
    return html(site, PREFIX[lang].rstrip("/") or ".")


@pytest.fixture(scope="module")
def fork(fork_site):
    return fork_site


@pytest.fixture(scope="module")
def fork_content(fork_project):
    return load_site(fork_project / "docs", LANGUAGES)


@pytest.fixture(scope="module")
def base_content(base_site):
    return load_site(base_site.parent / "docs", LANGUAGES)


def test_the_forks_name_is_on_every_page_and_the_example_is_gone(fork):
    pages = list(fork.rglob("index.html"))
    assert len(pages) > 40
    for page in pages:
        text = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").get_text(" ")
        assert FORK_ORG["name"] in text, page
        assert BASE_ORG["name"] not in text, page
    start = home(fork, "nl")
    assert FORK_ORG["colour"] in start.find("style", string=lambda s: s and "--md-primary-fg-color" in s).string
    assert start.select_one(".md-banner") is None  # no "this is an example" notice
    footer = start.select_one(".org-footer").get_text(" ", strip=True)
    assert FORK_ORG["contact"]["email"] in footer and FORK_ORG["website"].split("//")[1].rstrip("/") in footer


def test_the_forks_locations_and_groups_are_offered_in_the_letter_form(fork, fork_content):
    groups = [g for loc in FORK_ORG["locations"] for g in loc["groups"]]
    for lang in LANGUAGES:
        for letter in fork_content.letters:
            page = html(fork, f"{PREFIX[lang]}brief/{letter.code}/")
            assert page.select_one("#field-location_name")["list"] == "letter-locations"
            assert [o["value"] for o in page.select("#letter-locations option")] == [
                loc["name"] for loc in FORK_ORG["locations"]]
            assert [o["value"] for o in page.select("#letter-groups option")] == groups


def test_a_written_vision_is_on_its_page_and_the_home_page_links_to_it(fork, fork_content):
    for lang in LANGUAGES:
        assert fork_content.vision[lang]
        vision = html(fork, f"{PREFIX[lang]}visie/").select_one("article")
        for line in fork_content.vision[lang].splitlines():
            if line.strip():
                assert line.lstrip("# ").strip() in vision.get_text(), line
        assert vision.select_one(".admonition") is None
        assert "visie/" in [a["href"] for a in home(fork, lang).select("article a")]


def test_an_unwritten_vision_says_so_and_leads_to_the_worksheet(base_site, base_content):
    for lang in LANGUAGES:
        assert not base_content.vision[lang]
        note = html(base_site, f"{PREFIX[lang]}visie/").select_one("article .admonition")
        assert base_content.organisation.name in note.get_text()
        assert note.select_one("a")["href"] == "../werkbladen/visie/"
        assert "visie/" not in [a["href"] for a in home(base_site, lang).select("article a")]


def test_the_real_sites_vision_page_matches_its_file(site_dir, content):
    for lang in LANGUAGES:
        article = html(site_dir, f"{PREFIX[lang]}visie/").select_one("article")
        links = [a["href"] for a in home(site_dir, lang).select("article a")]
        if content.vision[lang]:
            first = next(line for line in content.vision[lang].splitlines() if line.strip())
            assert first.lstrip("# ").strip() in article.get_text()
            assert "visie/" in links
        else:
            assert content.organisation.name in article.select_one(".admonition").get_text()
            assert "visie/" not in links


def test_every_page_of_the_fork_has_an_edit_link_to_its_own_file(fork, fork_content):
    edit = FORK_ORG["repository"] + "/edit/main/docs/"
    tip = fork_content.tips["nl"][0]
    letter = fork_content.letters[-1]
    for lang in LANGUAGES:
        for rel, src in ((f"{PREFIX[lang]}{tip.url}", f"tips/{tip.meta.theme}/{tip.id}.{lang}.md"),
                         (f"{PREFIX[lang]}brief/{letter.code}/", letter.path),
                         (f"{PREFIX[lang]}", f"index.{lang}.md")):
            link = html(fork, rel).select_one("a.md-content__button[href*='/edit/']")
            assert link["href"] == edit + src, rel
    # Pages made from data link to the data file they are made from; a checklist or booklet is
    # made from many tips, so it has no single file to edit.
    assert f'href="{edit}_data/worksheets.yml"' in (fork / "werkbladen/samen/index.html").read_text()
    theme = fork_content.themes[-1].id
    assert f'href="{edit}_data/themes.yml"' in (fork / f"en/tips/{theme}/index.html").read_text()
    missing = [p for p in fork.rglob("index.html")
               if "404" not in str(p) and not {"checklists", "boekjes"} & set(p.parts)
               and f'href="{edit}' not in p.read_text()]
    assert missing == []


def test_worksheets_carry_the_organisations_name(fork, fork_content):
    for sheet in fork_content.worksheets:
        assert html(fork, f"werkbladen/{sheet.id}/").select_one(".sheet-org").get_text() == FORK_ORG["name"]


@pytest.mark.parametrize("which", ["base", "fork", "real"])
def test_the_example_notice_is_there_exactly_when_the_organisation_is_an_example(which, request):
    site, data = (request.getfixturevalue(name) for name in {
        "base": ("base_site", "base_content"), "fork": ("fork", "fork_content"), "real": ("site_dir", "content")}[which])
    org = data.organisation
    assert which != "base" or org.example  # both cases are covered: the base is an example
    assert which != "fork" or not org.example
    for lang in LANGUAGES:
        banner = html(site, f"{PREFIX[lang]}tips/").select_one(".md-banner")
        shown = banner is not None and org.name in banner.get_text(" ", strip=True)
        assert shown == org.example, (which, lang)


def test_a_draft_translation_says_so_on_its_pages(site_dir, content):
    for lang in LANGUAGES:
        words = content.labels[lang]
        banner = html(site_dir, f"{PREFIX[lang]}tips/").select_one(".md-banner")
        text = banner.get_text(" ", strip=True) if banner else ""
        notice = " ".join(words.status_page.draft_notice.split())
        assert (bool(notice) and notice in text) == (words.translation.status == "draft" and bool(notice)), lang
    # the site's languages after the first are translations: at least one says it is a draft,
    # or all are reviewed
    assert content.labels[LANGUAGES[0]].translation.status == "source"


def test_the_translation_status_page_lists_every_tip_page_and_letter(site_dir, content):
    lang = LANGUAGES[-1]
    words = content.labels[lang].status_page
    page = html(site_dir, f"{lang}/vertalingen/")
    text = page.select_one("article").get_text(" ", strip=True)
    rows = page.select("article table tbody tr")
    tip_rows = [r for r in rows if r.select_one("a") and "/tips/" in r.select_one("a")["href"]
                and r.select_one("a")["href"].count("/") > 3]
    assert len(tip_rows) == len(content.tips[LANGUAGES[0]])
    expected = [getattr(words, content.labels[x].translation.status) for x in LANGUAGES]
    for row in tip_rows:
        assert [c.get_text(strip=True) for c in row.select("td")][1:] == expected
    for letter in content.letters:
        assert f"brief/{letter.code}/" in " ".join(a["href"] for a in page.select("article a"))
    assert "bronnen.md" in text
