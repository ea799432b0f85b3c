"""The checks that moved into the content model (icons, task links, letter dates) and the
upgrading table of renamed fields: each one raised at load, Dutch first, with file and field.
Unit tests on small made-up data: nothing here depends on the site's own content."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from macros.content import dates as date_checks
from macros.content import upgrading
from macros.content._common import _read_yaml
from macros.content.icons import check_icons
from macros.content.tasks import check_task_links


def test_an_icon_material_does_not_bundle_names_file_field_and_what_is_expected():
    problems = []
    check_icons([SimpleNamespace(icon="material/handshake"), SimpleNamespace(icon="material/no-such-icon-x")],
                [SimpleNamespace(icon="material/nope-nope")], problems)
    assert len(problems) == 2
    assert problems[0].startswith("_data/themes.yml: veld 'themes[2].icon' is 'material/no-such-icon-x'")
    assert " / field 'themes[2].icon'" in problems[0] and "expected a name such as" in problems[0]
    assert problems[1].startswith("_data/tasks.yml: veld 'tasks[1].icon'")


def test_a_task_link_to_a_page_that_does_not_exist_is_a_load_error():
    tasks = [SimpleNamespace(links=["checklist:a", "checklist:z", "sheet:a"])]
    problems = []
    check_task_links(tasks, {"checklist": ["a", "b"], "page": ["home"]}, problems)
    assert len(problems) == 2
    assert problems[0].startswith("_data/tasks.yml: veld 'tasks[1].links' noemt 'checklist:z'")
    assert "expected one of: a, b" in problems[0]
    assert "'sheet' is geen soort pagina" in problems[1] and "expected one of: checklist, page" in problems[1]


def test_the_build_passes_the_kinds_link_targets_and_a_bad_link_fails_the_load(tmp_path, monkeypatch):
    from conftest import ROOT, LANGUAGES
    from macros.content import ContentError, load_site
    from macros.kinds import link_targets
    site = load_site(ROOT / "docs", LANGUAGES, link_targets)  # the content as it is: valid
    targets = link_targets(site)
    assert set(site.tasks[0].links) <= {f"{k}:{n}" for k, names in targets.items() for n in names}
    with pytest.raises(ContentError) as err:
        load_site(ROOT / "docs", LANGUAGES, lambda s: {k: [] for k in targets})
    assert "_data/tasks.yml: veld 'tasks[" in str(err.value)


def test_a_letter_language_whose_date_pattern_letter_js_cannot_fill_fails_at_load(monkeypatch):
    monkeypatch.setattr(date_checks, "SUPPORTED", {k: v for k, v in date_checks.SUPPORTED.items() if k != "E"})
    problems = []
    date_checks.check_letter_dates([SimpleNamespace(code="nl", path="brief/nl.md")], problems)
    assert len(problems) == 1 and problems[0].startswith("brief/nl.md: het datumpatroon")
    assert "'EEEE'" in problems[0] and " / the date pattern" in problems[0]


def test_a_letter_language_babel_does_not_know_fails_at_load():
    problems = []
    date_checks.check_letter_dates([SimpleNamespace(code="qqx", path="brief/qqx.md")], problems)
    assert problems == ["brief/qqx.md: de taalcode 'qqx' (de bestandsnaam) kent Babel niet; kies een "
                        "taalcode zoals de of ro / language code 'qqx' (the file's name) is unknown to "
                        "Babel; expected a code such as de or ro"]


RENAME = upgrading.Rename("_data/organisation.yml", ("organisation", "locations", "*", "naam"), "name", "2026-12")


def test_a_renamed_field_in_its_old_form_says_exactly_what_to_rename(tmp_path, monkeypatch):
    monkeypatch.setattr(upgrading, "RENAMED", [RENAME])
    (tmp_path / "org.yml").write_text("organisation:\n  locations:\n    - naam: A\n    - name: B\n",
                                      encoding="utf-8")
    problems = []
    data = _read_yaml(tmp_path / "org.yml", "_data/organisation.yml", problems)
    assert data == {"organisation": {"locations": [{"name": "A"}, {"name": "B"}]}}  # read as the new name
    assert problems == [
        "_data/organisation.yml, regel 3: veld 'organisation.locations[1].naam' heet sinds 2026-12 'name': "
        "hernoem 'naam:' naar 'name:' (de waarde blijft hetzelfde) / line 3: field "
        "'organisation.locations[1].naam' was renamed to 'organisation.locations[1].name' in 2026-12; "
        "expected 'name:' instead of 'naam:' (keep the value)"]


def test_old_and_new_name_both_written_asks_to_remove_the_old_one(monkeypatch):
    monkeypatch.setattr(upgrading, "RENAMED", [RENAME])
    data = {"organisation": {"locations": [{"naam": "A", "name": "A"}]}}
    found = upgrading.apply_renames("_data/organisation.yml", data, {})
    assert len(found) == 1 and "haal 'naam' weg" in found[0][1] and "remove 'naam'" in found[0][2]
    assert upgrading.apply_renames("_data/themes.yml", {"naam": 1}, {}) == []  # another file: untouched


def test_a_renamed_front_matter_field_is_reported_in_a_tip(tmp_path, monkeypatch):
    from macros.content._common import _parse_front_matter
    monkeypatch.setattr(upgrading, "RENAMED", [upgrading.Rename("tips/*/*.md", ("tip", "moment_"), "moment", "2026-12")])
    (tmp_path / "t.md").write_text("---\ntip:\n  moment_: x\n---\nbody\n", encoding="utf-8")
    problems = []
    fm = _parse_front_matter(tmp_path / "t.md", "tips/a/t.nl.md", "tip", problems)
    assert fm.data == {"tip": {"moment": "x"}}
    assert problems[0].startswith("tips/a/t.nl.md, regel 3: veld 'tip.moment_' heet sinds 2026-12 'moment'")


def test_the_rename_table_is_well_formed():
    for rename in upgrading.RENAMED:
        assert rename.old and rename.new and rename.since and rename.old[-1] != rename.new
