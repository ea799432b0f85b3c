"""The letter's renderers, called directly: HTML, page, list, Word."""
from __future__ import annotations

import io

from bs4 import BeautifulSoup
from docx import Document
from docx.oxml.ns import qn

from macros import word
from macros.kinds import fixed
from macros.kinds import letter as letter_kind
from macros.render import letters
from macros.content import LETTER_FIELDS


def letter(content, code):
    return next(x for x in content.letters if x.code == code)


def test_the_dutch_letter_is_the_source_and_every_other_is_an_honest_draft(content):
    assert content.source_letter.code == "nl"
    assert content.letters[0].code == "nl"
    for x in content.letters[1:]:
        assert x.meta.status == "draft" and x.meta.reviewed_by is None
    assert {"nl", "en", "tr", "ar", "pl", "uk"} <= {x.code for x in content.letters}


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
    page = letter_kind.render_letter_page(letter_kind.build_letter_page(content, letter(content, "tr"), "en", "x.docx"))
    html = BeautifulSoup(page, "lxml")
    assert html.find("form") is None
    for field in LETTER_FIELDS:
        field_input = html.select_one(f"input#field-{field}")
        assert html.select_one(f'label[for="field-{field}"]').get_text(strip=True)
        assert field_input["autocomplete"] == "off"
    assert "Draft: not yet checked by a native speaker" in page
    assert html.select_one(".letter--source")["lang"] == "nl"
    assert html.select_one('a[download]')["href"] == "x.docx"


def test_the_source_letter_page_has_no_bilingual_print(content):
    page = letter_kind.render_letter_page(letter_kind.build_letter_page(content, content.source_letter, "nl", "x.docx"))
    assert 'data-print="bilingual"' not in page and "letter--source" not in page


def test_letter_list_gives_each_own_name_its_lang_and_dir(content):
    table = fixed.render_letter_list(content, "nl", lambda code: f"{code}.md")
    assert '| [Arabisch](ar.md) | <span lang="ar" dir="rtl">العربية</span> |' in table
    assert table.count("\n") == len(content.letters) + 2


def docx_paragraphs(data: bytes):
    return Document(io.BytesIO(data)).paragraphs


def test_docx_has_the_letters_paragraphs_with_placeholders_highlighted(content):
    nl = letter(content, "nl")
    paragraphs = docx_paragraphs(word.letter_docx(nl, content.organisation))
    expected = [letters.plain_text(t, nl) for b in nl.blocks for t in b.texts]
    assert [p.text for p in paragraphs] == [content.organisation.name, *expected]
    highlighted = [r.text for p in paragraphs for r in p.runs if r.font.highlight_color is not None]
    assert "[Naam van het kind]" in highlighted
    assert [p.style.name for p in paragraphs].count("List Bullet") == 3


def test_arabic_docx_is_right_to_left_on_every_paragraph_and_run(content):
    paragraphs = docx_paragraphs(word.letter_docx(letter(content, "ar"), content.organisation))
    assert paragraphs
    for p in paragraphs:
        assert p._p.pPr.find(qn("w:bidi")) is not None
        for run in p.runs:
            assert run._r.rPr.find(qn("w:rtl")) is not None


def test_dutch_docx_is_not_right_to_left(content):
    for p in docx_paragraphs(word.letter_docx(letter(content, "nl"), content.organisation)):
        assert p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None


def test_docx_is_reproducible(content, monkeypatch):
    import datetime
    import time
    import zipfile
    other = content.letters[-1]
    first = word.letter_docx(other, content.organisation)
    # Two calls a moment apart match anyway: make the second one a year later by the clock.
    later = time.time() + 366 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    assert word.letter_docx(other, content.organisation) == first
    # and neither the zip's entries nor the document's properties carry the day it was made
    with zipfile.ZipFile(io.BytesIO(first)) as docx:
        dates = {info.date_time[:3] for info in docx.infolist()}
        core = docx.read("docProps/core.xml").decode("utf-8")
    today = datetime.date.today()
    assert len(dates) == 1 and dates != {(today.year, today.month, today.day)}
    assert today.isoformat() not in core


def test_a_blank_in_another_language_has_its_dutch_label_beside_it(content):
    ar = letter(content, "ar")
    paragraphs = docx_paragraphs(word.letter_docx(ar, content.organisation, content.source_letter))
    text = "\n".join(p.text for p in paragraphs)
    nl = content.source_letter.meta.labels
    assert f"[{ar.meta.labels['child_name']}] ({nl['child_name']})" in text
    dutch_runs = [r for p in paragraphs for r in p.runs if r.text == f" ({nl['child_name']})"]
    assert dutch_runs and all(r._r.rPr.find(qn("w:rtl")) is None for r in dutch_runs)
