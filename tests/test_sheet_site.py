"""Checklists and worksheets as users get them: built pages, Word files, print, storage."""
from __future__ import annotations

import segno
from bs4 import BeautifulSoup

from conftest import LANGUAGES, SITE_URL
from macros.kinds import checklist, worksheet

PREFIX = {"nl": "", "en": "en/"}
# A realistic answer (test_print.py types long ones of 20-30 words in every field and prints them).
ANSWER = "Sanne belt de ouders van Noor voor vrijdag en vraagt hoe het wennen thuis gaat"


def html(site_dir, rel):
    return BeautifulSoup((site_dir / rel / "index.html").read_text(encoding="utf-8"), "lxml")


# --- the built site ------------------------------------------------------------------------

def test_each_checklist_page_holds_exactly_its_tips_items(site_dir, content):
    for lang in LANGUAGES:
        for theme in content.themes:
            page = html(site_dir, f"{PREFIX[lang]}checklists/{theme.id}/")
            items = [label.get_text() for label in page.select("ul.checklist label")]
            assert items == [i for t in content.tips_of(lang, theme.id) for i in t.meta.checklist]
            assert page.html["lang"] == lang


def test_each_sheet_has_a_qr_code_of_its_own_address_and_word_buttons(site_dir, content):
    for lang in LANGUAGES:
        for section, kind in (("checklists", checklist.KIND), ("werkbladen", worksheet.KIND)):
            for name in kind.names(content):
                rel = f"{PREFIX[lang]}{section}/{name}/"
                page = html(site_dir, rel)
                url = SITE_URL + rel
                assert page.select_one(".sheet-foot a")["href"] == url
                svg = page.select_one(".sheet-foot__qr svg")
                expected = segno.make(url, error="m").svg_inline(border=4, dark="#000", light="#fff",
                                                                 title=url, omitsize=True)
                assert str(svg) == str(BeautifulSoup(expected, "lxml").select_one("svg"))
                assert svg.has_attr("viewbox") and not svg.has_attr("width")  # scales, never crops
                # the Word files are made in the browser from this page (test_word_download.py)
                words = content.labels[lang].sheets
                found = {b["data-word-download"]: (b.get_text(), b["data-word-file"])
                         for b in page.select(".sheet-tools button[data-word-download]")}
                assert found == {"empty": (words.download_docx, kind.word_file(name)),
                                 "filled": (words.download_filled, kind.word_file(name))}
                assert page.select_one(".sheet-tools a[download]") is None


def test_the_worksheet_overview_gives_a_plan_for_every_worksheet(site_dir, content):
    for lang in LANGUAGES:
        page = html(site_dir, f"{PREFIX[lang]}werkbladen/")
        text = page.select_one("article").get_text(" ", strip=True)
        for w in content.worksheets:
            assert w.text(lang).title in text
            assert w.text(lang).meeting.steps[0] in text
        for t in content.themes:
            assert content.theme_worksheet[lang].title.format(theme=t.text(lang).title) in text


def test_a_new_tip_appears_everywhere_without_another_edit(additions_site):
    """A tip added as the README says (the fixture site fork_tip_added): theme page, tip index,
    checklists, worksheet and booklet all show it."""
    from macros.content import load_site
    out = additions_site
    site = load_site(out.parent / "docs", LANGUAGES)
    for lang in LANGUAGES:
        p = PREFIX[lang]
        tip = next(t for t in site.tips[lang] if t.id == "vierde-tip")
        theme = tip.meta.theme
        assert (out / f"{p}{tip.url}index.html").exists()
        for rel in (f"{p}tips/{theme}/", f"{p}tips/", f"{p}werkbladen/{theme}/"):
            assert tip.meta.title in html(out, rel).select_one("article").get_text(), rel
        for rel in (f"{p}checklists/{theme}/", f"{p}checklists/alle-tips/"):
            labels = [x.get_text() for x in html(out, rel).select("ul.checklist label")]
            assert tip.meta.checklist[0] in labels, rel
        # "Previous"/"next" of a neighbour lead to it.
        footers = [html(out, str(f.parent.relative_to(out))).select_one(".md-footer").get_text()
                   for f in (out / f"{p}tips/{theme}").glob("*/index.html") if tip.id not in str(f)]
        assert any(tip.meta.title in footer for footer in footers)
        assert tip.meta.title in html(out, f"{p}boekjes/{theme}/").select_one("article").get_text()


# --- in the browser ------------------------------------------------------------------------

def type_answers(page, text=ANSWER):
    page.locator(".sheet-paper textarea").evaluate_all(
        "(areas, text) => areas.forEach(a => { a.value = text; a.dispatchEvent(new Event('input')); })", text)
    page.fill("#sheet-group", "De Vlinders")


def test_the_tab_keeps_the_answers_the_device_only_with_the_opt_in_and_erase_removes_everything(
        page, site_url, content, routes):
    url = site_url + routes.path_of("worksheet", content.worksheets[0].id, LANGUAGES[0])
    words = content.labels[LANGUAGES[0]].sheets
    page.goto(url)
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    local = "() => JSON.stringify(Object.assign({}, localStorage))"
    session = "() => JSON.stringify(Object.assign({}, sessionStorage))"
    type_answers(page)
    assert page.evaluate(local) == "{}"  # not on the device without the opt-in
    assert ANSWER in page.evaluate(session)  # in this tab
    page.reload()
    assert page.locator("textarea").first.input_value() == ANSWER
    assert not page.get_by_label(words.store, exact=True).is_checked()
    # opt in: kept on this device, back after a reload
    page.wait_for_load_state("networkidle")
    assert requests[0] == url  # only the reload itself
    page.get_by_label(words.store, exact=True).check()
    assert ANSWER in page.evaluate(local)
    page.locator("textarea").nth(1).fill("Nog een antwoord")
    page.reload()
    assert page.locator("textarea").first.input_value() == ANSWER
    assert page.locator("textarea").nth(1).input_value() == "Nog een antwoord"
    assert page.get_by_label(words.store, exact=True).is_checked()
    # erase
    page.wait_for_load_state("networkidle")
    requests.clear()
    page.get_by_role("button", name=words.erase, exact=True).click()
    assert page.evaluate(local) == "{}" and page.evaluate(session) == "{}"
    assert page.locator("textarea").first.input_value() == ""
    assert not page.get_by_label(words.store, exact=True).is_checked()
    assert requests == []  # typing, opting in and erasing send nothing
    page.reload()
    assert page.locator("textarea").first.input_value() == ""
    assert page.context.cookies() == []


def test_unticking_the_opt_in_removes_what_was_kept(page, site_url, content, routes):
    lang = LANGUAGES[-1]
    page.goto(site_url + routes.path_of("checklist", "intake", lang))
    page.locator("ul.checklist input").first.check()
    box = page.get_by_label(content.labels[lang].sheets.store, exact=True)
    box.check()
    assert page.evaluate("localStorage.length") == 1
    box.uncheck()
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("sessionStorage.length") == 1  # still in this tab


def test_the_print_button_prints(page, site_url, content, routes):
    page.goto(site_url + routes.path_of("checklist", content.themes[0].id, LANGUAGES[0]))
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name=content.labels[LANGUAGES[0]].sheets.print, exact=True).click()
    assert page.evaluate("window.__printed") is True
