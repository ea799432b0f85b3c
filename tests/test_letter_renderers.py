"""The letter's renderers, called directly: HTML, page, list. On the base fixture site
(tests/sites/base: Dutch, English and Arabic letters), so a fork's letters change nothing."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import LANGUAGES, make_site
from macros.content import load_site
from macros.kinds import fixed
from macros.kinds import letter as letter_kind
from macros.render import letters
from macros.content import LETTER_FIELDS


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    """The base fixture site's content (its letters: nl the source, en and ar drafts)."""
    return load_site(make_site(tmp_path_factory.mktemp("letters"), code=False), LANGUAGES)


def letter(content, code):
    return next(x for x in content.letters if x.code == code)


def test_the_source_letter_comes_first_and_every_other_says_whether_it_was_checked(content):
    assert content.letters[0] is content.source_letter
    for x in content.letters[1:]:
        assert x.meta.status in ("draft", "reviewed")
        assert (x.meta.reviewed_by is not None) == (x.meta.status == "reviewed")


def test_letter_html_marks_each_placeholder_with_its_label_in_bdi(content):
    ar = letter(content, "ar")
    html = BeautifulSoup(letters.render_letter_html(ar), "lxml")
    root = html.select_one("div.letter")
    assert root["lang"] == "ar" and root["dir"] == "rtl"
    fields = html.select("bdi.letter-field")
    assert {f["data-field"] for f in fields} == set(content.source_letter.placeholders)
    child = html.select_one('bdi[data-field="child_name"]')
    assert child.get_text() == f"[{ar.meta.labels['child_name']}]"
    assert len(html.select("ul li")) == 3


def test_letter_text_is_escaped(content):
    import copy
    nl = copy.deepcopy(letter(content, "nl"))
    nl.blocks[0].texts[0] = "a <b> & {child_name}"
    assert "<p>a &lt;b&gt; &amp; <bdi" in letters.render_letter_html(nl)


def test_language_names_come_from_babel():
    assert letters.language_name("ar", "nl") == "Arabisch"
    assert letters.language_name("ar", "ar") == "العربية"
    assert letters.language_name("uk", "en") == "Ukrainian"


def test_letter_page_has_a_label_for_every_field_and_no_form_to_submit(content):
    page = letter_kind.render_letter_page(letter_kind.build_letter_page(content, letter(content, "ar"), "en", "x.docx"))
    html = BeautifulSoup(page, "lxml")
    assert html.find("form") is None
    for field in LETTER_FIELDS:
        field_input = html.select_one(f"input#field-{field}")
        assert html.select_one(f'label[for="field-{field}"]').get_text(strip=True)
        assert field_input["autocomplete"] == "off"
    assert "Draft: not yet checked by a native speaker" in page
    assert html.select_one(".letter--source")["lang"] == "nl"
    # the Word files are made in the browser, named as the page says; no file to link to
    assert html.select_one('a[download]') is None
    assert {b["data-word-download"]: b["data-word-file"] for b in html.select("button[data-word-download]")} == \
        {"empty": "x.docx", "filled": "x.docx"}


def test_the_source_letter_page_has_no_bilingual_print(content):
    page = letter_kind.render_letter_page(letter_kind.build_letter_page(content, content.source_letter, "nl", "x.docx"))
    assert 'data-print="bilingual"' not in page and "letter--source" not in page


def test_letter_list_gives_each_own_name_its_lang_and_dir(content):
    table = fixed.render_letter_list(content, "nl", lambda code: f"{code}.md")
    assert '| [Arabisch](ar.md) | <span lang="ar" dir="rtl">العربية</span> |' in table
    assert table.count("\n") == len(content.letters) + 2
