"""Checklists and worksheets, built from the content: the builders and renderers directly."""
from __future__ import annotations


from bs4 import BeautifulSoup

from macros.kinds.checklist import build_checklist, render_checklist_page
from macros.kinds.fixed import render_worksheet_overview
from macros.kinds.worksheet import KIND as WORKSHEET, build_worksheet, render_worksheet_page
from macros.render.sheets import AnswerGroup

URL = "https://example.org/samen-met-ouders/checklists/feedback/"


def test_a_theme_checklist_holds_exactly_its_tips_checklist_items(content):
    for lang in ("nl", "en"):
        for theme in content.themes:
            checklist = build_checklist(content, lang, theme.id, URL)
            found = [item for g in checklist.groups for e in g.entries for item in e.items]
            expected = [item for t in content.tips_of(lang, theme.id) for item in t.meta.checklist]
            assert found == expected


def test_the_intake_checklist_is_ordered_before_during_after(content):
    checklist = build_checklist(content, "en", "intake", URL)
    assert [g.heading for g in checklist.groups] == ["Before the meeting", "During the meeting", "After a few weeks"]
    for group, phase in zip(checklist.groups, ("before", "during", "after")):
        expected = [t.id for t in content.tips["en"] if t.meta.intake_phase == phase]
        assert [e.tip_id for e in group.entries] == expected and expected


def test_the_complete_checklist_has_every_item_under_its_theme(content):
    checklist = build_checklist(content, "nl", "alle-tips", URL)
    assert [g.heading for g in checklist.groups] == [t.text("nl").title for t in content.themes]
    found = [item for g in checklist.groups for e in g.entries for item in e.items]
    assert found == [item for t in content.tips["nl"] for item in t.meta.checklist]


def test_checklist_html_has_a_labelled_box_per_item(content):
    checklist = build_checklist(content, "nl", "feedback", URL)
    page = render_checklist_page(checklist, "x.docx")
    html = BeautifulSoup(page, "lxml")
    boxes = html.select("ul.checklist input[type=checkbox]")
    assert len(boxes) == sum(len(e.items) for g in checklist.groups for e in g.entries)
    for box in boxes:
        assert html.select_one(f'label[for="{box["id"]}"]').get_text(strip=True)
    for key in ("group", "name", "date"):
        assert html.select_one(f'label[for="sheet-{key}"]')


def test_the_qr_code_is_segnos_code_for_the_address(content):
    import segno
    checklist = build_checklist(content, "nl", "feedback", URL)
    page = render_checklist_page(checklist, "x.docx")
    svg = BeautifulSoup(page, "lxml").select_one(".sheet-foot__qr svg")
    expected = BeautifulSoup(segno.make(URL, error="m").svg_inline(
        border=4, dark="#000", light="#fff", title=URL, omitsize=True), "lxml").select_one("svg")
    assert str(svg) == str(expected)
    # CSS sizes it: a viewBox and no fixed size, so a smaller box scales it instead of cropping
    size = segno.make(URL, error="m").symbol_size(border=4)
    assert svg["viewbox"] == f"0 0 {size[0]} {size[1]}"
    assert not svg.has_attr("width") and not svg.has_attr("height")
    assert segno.make(URL, error="m").designator  # a real code, version and error level


def test_a_theme_worksheet_has_three_answers_per_tip(content):
    sheet = build_worksheet(content, "en", "ouders-in-de-groep", URL)
    blocks = sheet.parts[0].blocks
    assert [b.legend for b in blocks] == [t.meta.title for t in content.tips_of("en", "ouders-in-de-groep")]
    assert all([a.label for a in b.answers] == ["How do we do it now?", "What do we want?",
                                                "What do we agree? (who, when)"] for b in blocks)


def test_the_vision_template_asks_per_theme_and_links_what_it_draws_on(content):
    sheet = build_worksheet(content, "nl", "visie", URL)
    groups = [b for p in sheet.parts for b in p.blocks if isinstance(b, AnswerGroup)]
    assert len(groups) == 1
    assert [a.label for a in groups[0].answers] == [t.text("nl").title for t in content.themes]
    draws_on = [(link.title, f"#{link.name}") for link in sheet.draws_on]
    page = render_worksheet_page(sheet, "x.docx", draws_on)
    links = [a["href"] for a in BeautifulSoup(page, "lxml").select(".sheet-draws-on a")]
    assert links == ["#samenwerken", "#themes", "#intake-evaluatie"]


def test_every_answer_field_has_a_label(content):
    for name in WORKSHEET.names(content):
        sheet = build_worksheet(content, "en", name, URL)
        html = BeautifulSoup(render_worksheet_page(sheet, "x.docx", []), "lxml")
        areas = html.select("textarea")
        assert areas
        for area in areas:
            assert html.select_one(f'label[for="{area["id"]}"]').get_text(strip=True), (name, area["id"])
        ids = [a["id"] for a in areas]
        assert len(ids) == len(set(ids))


def test_the_overview_has_a_meeting_plan_per_worksheet(content):
    own = [build_worksheet(content, "en", w.id, URL) for w in content.worksheets]
    themed = [build_worksheet(content, "en", t.id, URL) for t in content.themes]
    md = render_worksheet_overview(content, "en", own, themed, lambda name: f"{name}.md")
    assert md.count("\n### ") == len(own) + 1
    for sheet in own:
        assert f"[{sheet.title}]({sheet.name}.md)" in md
        for step in sheet.meeting.steps:
            assert step in md
