"""The content model: the real content is valid and consistent whatever it holds (a fork adds,
removes and rewrites tips, themes, sources and worksheets), and each kind of bad input is
refused with a message that names the file, the field and what is expected (on fixture sites)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bad_input import ALL_CASES, LOADER_CASES
from conftest import LANGUAGES, ROOT, make_site, overlay
from macros.content import ContentError, load_site

# --- the real content, whatever it is ----------------------------------------------------------


def test_every_tip_exists_in_every_site_language_in_its_themes_folder(content):
    ids = {lang: [t.id for t in content.tips[lang]] for lang in LANGUAGES}
    assert ids[LANGUAGES[0]], "the site has tips"
    for lang in LANGUAGES:
        assert sorted(ids[lang]) == sorted(ids[LANGUAGES[0]]), lang
        for tip in content.tips[lang]:
            assert tip.path == f"tips/{tip.meta.theme}/{tip.id}.{lang}.md"
            assert (ROOT / "docs" / tip.path).is_file()


def test_tip_ids_are_unique_and_every_tip_names_a_theme_and_source_that_exist(content):
    themes = {t.id for t in content.themes}
    sources = {s.id for s in content.sources.sources}
    for lang in LANGUAGES:
        ids = [t.id for t in content.tips[lang]]
        assert len(ids) == len(set(ids)), lang
        for tip in content.tips[lang]:
            assert tip.meta.theme in themes and tip.meta.sources and set(tip.meta.sources) <= sources, tip.path
    assert len(themes) == len(content.themes) and len(sources) == len(content.sources.sources)


def test_tips_are_in_theme_order_then_tip_order_the_same_in_every_language(content):
    themes = [t.id for t in content.themes]
    for lang in LANGUAGES:
        keys = [(themes.index(t.meta.theme), t.meta.order) for t in content.tips[lang]]
        assert keys == sorted(keys), lang
        assert [t.id for t in content.tips[lang]] == [t.id for t in content.tips[LANGUAGES[0]]]


def test_translations_of_a_tip_agree_on_theme_order_source_and_checklist_length(content):
    first = {t.id: t for t in content.tips[LANGUAGES[0]]}
    for lang in LANGUAGES[1:]:
        for tip in content.tips[lang]:
            other = first[tip.id].meta
            assert (tip.meta.theme, tip.meta.order, tip.meta.sources) == (other.theme, other.order, other.sources)


def test_every_tip_has_checklist_items(content):
    for lang in LANGUAGES:
        for tip in content.tips[lang]:
            assert 1 <= len(tip.meta.checklist) <= 6, tip.path
            assert all(isinstance(item, str) and item.strip() for item in tip.meta.checklist), tip.path


def test_every_theme_has_a_folder_with_tips_and_texts_in_every_language(content):
    for theme in content.themes:
        assert content.tips_of(LANGUAGES[0], theme.id), f"theme {theme.id} has no tips"
        for lang in LANGUAGES:
            assert theme.text(lang).title and theme.text(lang).intro


def test_there_is_one_source_letter_and_every_letter_has_the_same_placeholders(content):
    from macros.content import PLACEHOLDER
    source = content.source_letter
    assert [x.meta.status for x in content.letters].count("source") == 1
    placeholders = lambda letter: {m.group(1) for b in letter.blocks for t in b.texts  # noqa: E731
                                   for m in PLACEHOLDER.finditer(t)}
    for letter in content.letters:
        assert placeholders(letter) == placeholders(source), letter.path
        assert len(letter.questions) == len(source.questions), letter.path


def test_the_template_is_not_a_tip(content):
    assert all(not t.path.endswith("_template.md") for t in content.tips[LANGUAGES[0]])


# --- bad input, on fixture sites ------------------------------------------------------------------

@pytest.fixture(scope="module")
def base_docs(tmp_path_factory) -> Path:
    return make_site(tmp_path_factory.mktemp("base"), code=False)


@pytest.fixture
def docs(tmp_path, base_docs) -> Path:
    """A copy of the base site's docs, to change in one test."""
    dest = tmp_path / "docs"
    shutil.copytree(base_docs, dest)
    return dest


def test_the_base_fixture_site_is_valid(base_docs):
    site = load_site(base_docs, LANGUAGES)
    assert site.tips[LANGUAGES[0]] and site.letters and site.worksheets


@pytest.mark.parametrize("case", LOADER_CASES)
def test_bad_input_is_refused_with_a_clear_message(docs, case):
    overlay(docs, ALL_CASES[case].overlay)
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    message = str(err.value)
    for part in ALL_CASES[case].expect:
        assert part in message, f"{part!r} not in:\n{message}"
    for problem in err.value.problems:  # plain Dutch first, English beside it
        dutch, slash, english = problem.partition(" / ")
        assert slash and dutch and english, problem


def test_every_problem_is_reported_at_once(docs):
    overlay(docs, ALL_CASES["unknown_source"].overlay)
    overlay(docs, ALL_CASES["org_website_http"].overlay)
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    assert len(err.value.problems) == 2


def test_translations_must_agree_on_structure(docs):
    overlay(docs, "mismatch/tip_order_differs")
    with pytest.raises(ContentError, match=r"tweede-tip.en.md, regel 5: veld 'tip.order' is 21 maar 20 .* "
                                           r"field 'tip.order' is 21 but 20"):
        load_site(docs, LANGUAGES)


def test_a_file_beside_the_sheets_must_name_a_sheet(docs):
    (docs / "werkbladen/foo.nl.md").write_text("Onze eigen tekst.\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"werkbladen/foo.nl.md: er is geen werkblad 'foo'.* / there is "
                                           r"no worksheet 'foo'; expected the name of one \(.*samen"):
        load_site(docs, LANGUAGES)


def test_a_theme_needs_every_language(docs):
    overlay(docs, "mismatch/theme_without_english")
    with pytest.raises(ContentError, match=r"_data/themes.yml, regel \d+: veld 'themes\[2\].en' ontbreekt.* "
                                           r"field 'themes\[2\].en' is missing"):
        load_site(docs, LANGUAGES)


def test_labels_need_every_key(docs):
    overlay(docs, "mismatch/labels_incomplete")
    with pytest.raises(ContentError, match=r"_data/labels.yml, regel \d+: veld 'nl.checklist' ontbreekt / "
                                           r"line \d+: field 'nl.checklist' is missing"):
        load_site(docs, LANGUAGES)
