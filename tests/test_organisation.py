"""Making the toolkit an organisation's own: a fork that edits only its own files, the vision
page, the translation status page, the workflows."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LANGUAGES, ROOT, copy_project, mkdocs_build

PREFIX = {"nl": "", "en": "en/"}
# The repository's own organisation, read from its file (a fork's tests read the fork's).
OWN_ORG = yaml.safe_load((ROOT / "docs/_data/organisation.yml").read_text(encoding="utf-8"))["organisation"]
FORK_ORG = """organisation:
  example: false
  name: Kinderdagverblijf Het Zonnetje
  website: https://zonnetje.example.nl/
  contact:
    email: hallo@zonnetje.example.nl
  colour: "#8e24aa"
  locations:
    - name: Zonnetje Noord
      groups: [De Egeltjes, De Uiltjes]
    - name: Zonnetje Zuid
      groups: [De Dolfijnen]
  repository: https://github.com/zonnetje/samen-met-ouders
"""
VISION = {"nl": "Bij Het Zonnetje werken ouders en pedagogisch professionals samen als gelijken.",
          "en": "At Het Zonnetje, parents and childcare staff work together as equals."}


def html(site: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel / "index.html").read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="module")
def fork(tmp_path_factory) -> Path:
    """A fork that changed only the organisation file and the vision."""
    project = copy_project(tmp_path_factory.mktemp("fork"))
    (project / "docs/_data/organisation.yml").write_text(FORK_ORG, encoding="utf-8")
    for lang in LANGUAGES:
        path = project / f"docs/visie.{lang}.md"
        path.write_text(path.read_text(encoding="utf-8") + "\n" + VISION[lang] + "\n", encoding="utf-8")
    out = project / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_the_forks_name_is_on_every_page_and_the_example_is_gone(fork):
    pages = list(fork.rglob("index.html"))
    assert len(pages) > 100
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "Kinderdagverblijf Het Zonnetje" in text, page
        assert OWN_ORG["name"] not in text, page
    home = html(fork, "")
    assert "#8e24aa" in home.find("style", string=lambda s: s and "--md-primary-fg-color" in s).string
    assert home.select_one(".md-banner") is None  # no "this is an example" notice
    footer = home.select_one(".org-footer").get_text(" ", strip=True)
    assert "hallo@zonnetje.example.nl" in footer and "zonnetje.example.nl" in footer


def test_the_forks_locations_and_groups_are_offered_in_the_letter_form(fork):
    for lang in LANGUAGES:
        page = html(fork, f"{PREFIX[lang]}brief/tr/")
        assert page.select_one("#field-location_name")["list"] == "letter-locations"
        assert [o["value"] for o in page.select("#letter-locations option")] == ["Zonnetje Noord", "Zonnetje Zuid"]
        assert [o["value"] for o in page.select("#letter-groups option")] == ["De Egeltjes", "De Uiltjes", "De Dolfijnen"]


def test_the_forks_vision_is_on_its_page_and_the_home_page_links_to_it(fork):
    for lang in LANGUAGES:
        vision = html(fork, f"{PREFIX[lang]}visie/").select_one("article")
        assert VISION[lang] in vision.get_text()
        assert vision.select_one(".admonition") is None
        home_links = [a["href"] for a in html(fork, PREFIX[lang].rstrip("/") or ".").select("article a")]
        assert "visie/" in home_links


def test_every_page_of_the_fork_has_an_edit_link_to_its_own_file(fork):
    for lang in LANGUAGES:
        for rel, src in ((f"{PREFIX[lang]}tips/feedback/feedback-vragen/", f"tips/feedback/feedback-vragen.{lang}.md"),
                         (f"{PREFIX[lang]}brief/ar/", "brief/ar.md"),
                         (f"{PREFIX[lang]}", f"index.{lang}.md")):
            edit = html(fork, rel).select_one("a.md-content__button[href*='/edit/']")
            assert edit["href"] == f"https://github.com/zonnetje/samen-met-ouders/edit/main/docs/{src}"
    # Pages made from data link to the data file they are made from; a checklist or booklet is
    # made from many tips, so it has no single file to edit.
    edit = "https://github.com/zonnetje/samen-met-ouders/edit/main/docs/"
    assert f'href="{edit}_data/worksheets.yml"' in (fork / "werkbladen/visie/index.html").read_text()
    assert f'href="{edit}_data/themes.yml"' in (fork / "en/tips/feedback/index.html").read_text()
    missing = [p for p in fork.rglob("index.html")
               if "404" not in str(p) and not {"checklists", "boekjes"} & set(p.parts)
               and f'href="{edit}' not in p.read_text()]
    assert missing == []


def test_worksheets_carry_the_organisations_name(fork):
    assert html(fork, "werkbladen/samenwerken/").select_one(".sheet-org").get_text() == "Kinderdagverblijf Het Zonnetje"


def test_an_unwritten_vision_says_so_and_leads_to_the_worksheet(site_dir, content):
    for lang in LANGUAGES:
        if content.vision[lang]:
            continue  # written (as in a fork): the fork test checks that it is shown
        vision = html(site_dir, f"{PREFIX[lang]}visie/").select_one("article")
        note = vision.select_one(".admonition")
        assert content.organisation.name in note.get_text()
        assert note.select_one("a")["href"] == "../werkbladen/visie/"
        home_links = [a["href"] for a in html(site_dir, PREFIX[lang].rstrip("/") or ".").select("article a")]
        assert "visie/" not in home_links


def test_the_example_organisation_is_marked_as_an_example(site_dir, content):
    for lang in LANGUAGES:
        banner = html(site_dir, f"{PREFIX[lang]}tips/").select_one(".md-banner")
        if content.organisation.example:
            assert content.organisation.name in banner.get_text(" ", strip=True)
        else:  # a fork's own details: no example notice (a draft translation's notice may stay)
            assert banner is None or content.organisation.name not in banner.get_text(" ", strip=True)


def test_english_pages_say_they_are_a_draft_translation(site_dir):
    assert "draft translation" in html(site_dir, "en/tips/").select_one(".md-banner").get_text()
    assert "draft" not in html(site_dir, "tips/").select_one(".md-banner").get_text().lower()


def test_the_translation_status_page_lists_every_tip_page_and_letter(site_dir, content):
    page = html(site_dir, "en/vertalingen/")
    text = page.select_one("article").get_text(" ", strip=True)
    rows = page.select("article table tbody tr")
    tip_rows = [r for r in rows if r.select_one("a") and "/tips/" in r.select_one("a")["href"]
                and r.select_one("a")["href"].count("/") > 3]
    assert len(tip_rows) == len(content.tips["nl"])
    for row in tip_rows:
        cells = [c.get_text(strip=True) for c in row.select("td")]
        assert cells[1:] == ["Original", "Draft"]
    for letter in content.letters:
        assert letter.code in " ".join(a["href"] for a in page.select("article a"))
    assert "Draft: not yet checked by a native speaker" in text
    assert "bronnen.md" in text
