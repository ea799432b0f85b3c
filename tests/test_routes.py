"""The route table: one place for every page's and download's path; pages made from data; a new
site language in one step."""
from __future__ import annotations

import pytest

from conftest import LANGUAGES, ROOT, build_site, make_project
from macros.routes import RouteError, relative, strip_language


def test_every_page_has_one_path_per_language(routes, content):
    default, others = LANGUAGES[0], LANGUAGES[1:]
    for route in routes:
        assert not route.path.startswith(tuple(f"{lang}/" for lang in LANGUAGES)), route
        # the default language at the root, each other language under its code
        assert routes.url(route, default) == route.path, route
        for lang in others:
            assert routes.url(route, lang) == f"{lang}/" + route.path, (route, lang)
        assert len({routes.url(route, lang) for lang in LANGUAGES}) == len(LANGUAGES), route
    assert {r.name for r in routes.of_kind("tip")} == {t.id for t in content.tips["nl"]}
    assert {r.name for r in routes.of_kind("letter")} == {x.code for x in content.letters}
    assert not [r for r in routes if r.path.endswith(".docx")]  # Word files are made in the browser


def test_an_unknown_name_says_what_exists(routes, content):
    sheet = content.worksheets[0].id
    with pytest.raises(RouteError, match=rf"no worksheet named '{sheet}x'; expected one of: .*{sheet}"):
        routes.get("worksheet", sheet + "x")
    with pytest.raises(RouteError, match=r"unknown kind of route 'werkblad'; expected one of: .*worksheet"):
        routes.get("werkblad", sheet)


def test_links_are_relative_to_the_page():
    assert relative("en/checklists/intake/", "en/checklists/intake/plan.pdf") == "plan.pdf"
    assert relative("brief/ar/", "werkbladen/visie/") == "../../werkbladen/visie/"
    assert relative("", "checklists/intake/") == "checklists/intake/"
    assert relative("tips/", "tips/") == "./"
    assert strip_language("checklists/intake.en.md", LANGUAGES) == "checklists/intake.md"
    assert strip_language("brief/ar.md", LANGUAGES) == "brief/ar.md"


def test_sheet_and_theme_pages_are_made_from_data_not_files(site_dir, routes):
    for kind in ("theme", "checklist", "worksheet"):
        for route in routes.of_kind(kind):
            for lang in LANGUAGES:
                assert not (ROOT / "docs" / route.src.replace(".md", f".{lang}.md")).exists(), route
                assert (site_dir / routes.url(route, lang) / "index.html").is_file(), (route, lang)


def test_an_own_introduction_above_a_sheet_and_a_new_worksheet_in_the_data(additions_site):
    """What the README says an organisation does: a file at a sheet's path adds its text above
    the sheet; a new worksheet is one entry in worksheets.yml (fixture sites own_intro and
    worksheet_added)."""
    out = additions_site
    page = (out / "checklists/intake/index.html").read_text(encoding="utf-8")
    assert "Bij ons duurt de intake een uur." in page
    assert page.index("Bij ons duurt") < page.index('class="sheet-paper"')
    assert (out / "werkbladen/ons-eigen-blad/index.html").is_file()
    assert 'data-word-file="werkblad-ons-eigen-blad"' in (out / "en/werkbladen/ons-eigen-blad/index.html").read_text(encoding="utf-8")
    overview = (out / "werkbladen/index.html").read_text(encoding="utf-8")
    assert 'href="ons-eigen-blad/"' in overview


def test_a_new_site_language_in_one_step(tmp_path):
    from macros import chores
    project = make_project(tmp_path / "project")
    todo = chores.new_language(project, "tr")
    assert any("labels.yml" in line for line in todo) and any("tips" in line for line in todo)
    result = build_site(project / "docs", tmp_path / "site", config_file=project / "mkdocs.yml")
    assert result.ok, result.messages
    for rel in ("tr/", "tr/checklists/intake/", "tr/werkbladen/samen/", "tr/brief/ar/"):
        html = (result.site / rel / "index.html").read_text(encoding="utf-8")
        assert '<html lang="tr"' in html, rel
    assert (result.site / "tr/search/search_index.json").is_file()
    with pytest.raises(chores.ChoreError, match="already"):
        chores.new_language(project, "tr")

