"""A fork that follows the guide (docs/eigen-versie.nl.md) and the README keeps a green build:
its own organisation, its vision as the vision-draft download writes it, a tip added and one
removed, a theme, a worksheet added, a letter language removed (the fixture sites FORK in
tests/conftest.py). The lead runs the whole suite inside a real fork with a tool of its own."""
from __future__ import annotations

import yaml
from bs4 import BeautifulSoup

from conftest import FORK, LANGUAGES, SITES, make_site
from macros.content import load_site, split_front_matter

PREFIX = {"nl": "", "en": "en/"}
ORG = yaml.safe_load((SITES / "fork_organisation/docs/_data/organisation.yml").read_text(encoding="utf-8"))["organisation"]


def html(site, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def vision_text(lang: str) -> str:
    """The vision as the fork wrote it, without the file's front matter."""
    _, body, _ = split_front_matter((SITES / f"fork_vision/docs/visie.{lang}.md").read_text(encoding="utf-8"))
    return body.strip()


def test_the_forks_content_is_valid(fork_project):
    site = load_site(fork_project / "docs", LANGUAGES)
    org = site.organisation
    assert (org.name, org.example, org.colour) == (ORG["name"], False, ORG["colour"])
    assert org.header_text == "#000000"  # a light colour gets black header text
    assert [loc.name for loc in org.locations] == [loc["name"] for loc in ORG["locations"]]
    assert org.locations[0].address.postcode == "3511 AB"  # written 3511AB, shown as a postcode
    for lang in LANGUAGES:
        assert site.vision[lang].strip() == vision_text(lang)
        ids = {t.id for t in site.tips[lang]}
        assert {"vierde-tip", "vijfde-tip"} <= ids and "tweede-tip" not in ids
    assert "thema-drie" in [t.id for t in site.themes]
    assert "ons-eigen-blad" in [w.id for w in site.worksheets]
    assert "ar" not in [x.code for x in site.letters]


def test_each_fork_change_alone_is_valid(tmp_path):
    """Each change of the guide on its own, on the base site (any order of edits stays green)."""
    for scenario in FORK:
        docs = make_site(tmp_path / scenario, scenario, code=False)
        assert load_site(docs, LANGUAGES).tips[LANGUAGES[0]], scenario


def test_the_fork_builds_with_its_own_name_colour_logo_and_vision(fork_site):
    home = (fork_site / "index.html").read_text(encoding="utf-8")
    assert ORG["name"] in BeautifulSoup(home, "lxml").get_text()
    assert ORG["colour"] in home
    assert (fork_site / ORG["logo"]).is_file() and ORG["logo"] in home
    for lang in LANGUAGES:
        article = html(fork_site, f"{PREFIX[lang]}visie/").select_one("article")
        text = article.get_text(" ", strip=True)
        for block in vision_text(lang).split("\n\n"):
            assert block.lstrip("# ") in text
        # the draft's headings are the page's headings, under the title the site adds
        assert [h.get_text(strip=True).rstrip("¶") for h in article.select("h2")] == [
            b[3:] for b in vision_text(lang).split("\n\n") if b.startswith("## ")]
        assert len(article.select("h1")) == 1


def test_the_forks_tips_themes_worksheets_and_letters_are_its_own(fork_site, fork_project):
    site = load_site(fork_project / "docs", LANGUAGES)
    for lang in LANGUAGES:
        p = PREFIX[lang]
        assert (fork_site / f"{p}tips/thema-twee/vierde-tip/index.html").is_file()
        assert (fork_site / f"{p}tips/thema-drie/vijfde-tip/index.html").is_file()
        assert (fork_site / f"{p}tips/thema-drie/index.html").is_file()
        assert not (fork_site / f"{p}tips/thema-een/tweede-tip").exists()
        assert (fork_site / f"{p}werkbladen/ons-eigen-blad/index.html").is_file()
        assert not (fork_site / f"{p}brief/ar").exists()
        listed = [a.get_text(strip=True) for a in html(fork_site, f"{p}tips/").select("article li a")]
        assert listed == [t.meta.title for t in site.tips[lang]]
        letters = " ".join(a["href"] for a in html(fork_site, f"{p}brief/").select("article a"))
        assert "/ar/" not in letters and all(f"{x.code}/" in letters for x in site.letters)
