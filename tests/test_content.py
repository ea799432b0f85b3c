"""The content model: the real content is valid, and each kind of bad input is refused
with a message that names the file, the field and what is expected."""
from __future__ import annotations

import shutil

import pytest

from bad_input import ALL_CASES, CASES
from conftest import LANGUAGES, ROOT
from macros.content import ContentError, load_site

TIPS = {
    "leer-elkaar-kennen": ["kennismaking-voorbereiden", "intake-informatie-geven", "intake-informatie-vragen", "intake-evalueren",
                           "wenbeleid", "dagelijks-contact", "medewerkers-leren-kennen",
                           "vaste-oudergesprekken", "communiceren-culturen-talen"],
    "ouders-in-de-groep": ["ouders-informeren", "ouders-die-weinig-lezen", "samen-vieren", "groepsactiviteiten",
                           "privacy-bij-delen"],
    "ouders-in-de-organisatie": ["bijeenkomsten-voor-ouders", "ouders-denken-mee", "actieve-oudercommissie",
                                 "adviesrecht-oudercommissie"],
    "feedback": ["feedback-vragen", "klachten"],
    "extra-ondersteuning": ["doorverwijzen", "zorgen-over-een-kind"],
}
# Tips whose source is not the LKK factsheet.
SOURCES = {
    "kennismaking-voorbereiden": "ek-toolkaart-voorbereiding",
    "privacy-bij-delen": "boink-avg",
    "adviesrecht-oudercommissie": "wet-kinderopvang",
    "klachten": "boink-klachten",
    "zorgen-over-een-kind": "veilig-thuis-meldcode",
}


def test_every_tip_exists_in_both_languages_in_its_theme(content):
    for lang in LANGUAGES:
        found = {t.id: t.meta.theme for t in content.tips[lang]}
        expected = {tip: theme for theme, tips in TIPS.items() for tip in tips}
        assert found == expected, lang


def test_tips_are_in_theme_order_then_tip_order(content):
    ids = [t.id for t in content.tips["nl"]]
    assert ids == [tip for tips in TIPS.values() for tip in tips]
    assert [t.id for t in content.tips["en"]] == ids


def test_every_tip_names_its_source_and_has_checklist_items(content):
    for tip in content.tips["nl"] + content.tips["en"]:
        expected = SOURCES.get(tip.id, "lkk-factsheet")
        assert tip.meta.source == expected
        assert 1 <= len(tip.meta.checklist) <= 6
        assert all(isinstance(item, str) and item for item in tip.meta.checklist)


@pytest.fixture
def docs(tmp_path):
    dest = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", dest)
    return dest


@pytest.mark.parametrize("case", sorted(ALL_CASES))
def test_bad_input_is_refused_with_a_clear_message(docs, case):
    mutate, expected = ALL_CASES[case]
    mutate(docs)
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    message = str(err.value)
    for part in expected:
        assert part in message, f"{part!r} not in:\n{message}"
    for problem in err.value.problems:  # plain Dutch first, English beside it
        dutch, slash, english = problem.partition(" / ")
        assert slash and dutch and english, problem


def test_every_problem_is_reported_at_once(docs):
    CASES["unknown_source"][0](docs)
    (docs / "tips/feedback/feedback-vragen.en.md").unlink()
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    assert len(err.value.problems) == 2


def test_translations_must_agree_on_structure(docs):
    path = docs / "tips/feedback/feedback-vragen.en.md"
    path.write_text(path.read_text().replace("order: 10", "order: 11"))
    with pytest.raises(ContentError, match=r"feedback-vragen.en.md, regel \d+: veld 'tip.order' is 11 maar 10 .* field 'tip.order' is 11 but 10"):
        load_site(docs, LANGUAGES)


def test_a_file_beside_the_sheets_must_name_a_sheet(docs):
    (docs / "werkbladen/foo.nl.md").write_text("Onze eigen tekst.\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"werkbladen/foo.nl.md: er is geen werkblad 'foo'.* / there is "
                                           r"no worksheet 'foo'; expected the name of one \(.*samenwerken"):
        load_site(docs, LANGUAGES)


def test_a_theme_needs_every_language(docs):
    path = docs / "_data/themes.yml"
    path.write_text(path.read_text().replace("    en:\n      title: Ask for feedback", "    xx:\n      title: Ask for feedback"))
    with pytest.raises(ContentError, match=r"_data/themes.yml, regel \d+: veld 'themes\[4\].en' ontbreekt.* field 'themes\[4\].en' is missing"):
        load_site(docs, LANGUAGES)


def test_labels_need_every_key(docs):
    path = docs / "_data/labels.yml"
    path.write_text(path.read_text().replace("  checklist: Checklist\n", "", 1))
    with pytest.raises(ContentError, match=r"_data/labels.yml, regel \d+: veld 'nl.checklist' ontbreekt / line \d+: field 'nl.checklist' is missing"):
        load_site(docs, LANGUAGES)


def test_the_template_is_not_a_tip(content):
    assert all(not t.path.endswith("_template.md") for t in content.tips["nl"])
