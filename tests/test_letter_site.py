"""The invitation letter as users get it: built pages, Word files, and the page in Chromium."""
from __future__ import annotations

import io
import re

import pytest
import yaml
from bs4 import BeautifulSoup
from pypdf import PdfReader

from conftest import LANGUAGES, ROOT
from macros.render import letters

VALUES = {
    "parent_names": "Fatima en Youssef El Amrani",
    "child_name": "Noor",
    "group_name": "De Vlinders",
    "meeting_date": "2026-12-03",
    "meeting_time": "14:30",
    "professional_names": "Sanne de Vries en Ahmed Yilmaz",
    "location_name": "Kindcentrum De Boomgaard",
}
TYPED = ["Fatima en Youssef El Amrani", "Noor", "De Vlinders", "Sanne de Vries en Ahmed Yilmaz",
         "Kindcentrum De Boomgaard"]
PREFIX = {"nl": "", "en": "en/"}
# The site's name, from mkdocs.yml (its first lines; the rest has MkDocs' own YAML tags).
SITE_NAME = next(line.split(":", 1)[1].strip() for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
                 if line.startswith("site_name:"))


def other_letters(content) -> list:
    """A letter right to left and one left to right beside the source letter (as many as the
    site has of each)."""
    others = [x for x in content.letters if x is not content.source_letter]
    return ([x for x in others if x.meta.direction == "rtl"][:1]
            + [x for x in others if x.meta.direction == "ltr"][:1])


def site_chrome(content, lang) -> list[str]:
    """What stands around the letter on screen, never on paper: the site's name, the page's
    title and buttons, the organisation's e-mail address."""
    words = content.labels[lang].letter
    chrome = [SITE_NAME, words.form_title, words.print, words.download_docx,
              content.labels[lang].organisation.example.split("{")[0].strip()]
    if content.organisation.contact.email:
        chrome.append(content.organisation.contact.email)
    return chrome


def phrase(letter) -> str:
    """The longest stretch of fixed text in a letter (between placeholders): its own words."""
    texts = [part for block in letter.blocks for text in block.texts
             for part in re.split(r"\{[a-z_]+\}", text)]
    return max((" ".join(t.split()) for t in texts), key=len)


def html(site_dir, rel):
    return BeautifulSoup((site_dir / rel / "index.html").read_text(encoding="utf-8"), "lxml")


# --- the built site ------------------------------------------------------------------------

def test_every_letter_language_has_a_page_in_both_site_languages(site_dir, content):
    for site_lang, prefix in PREFIX.items():
        for x in content.letters:
            page = html(site_dir, f"{prefix}brief/{x.code}/")
            assert page.html["lang"] == site_lang
            letter_div = page.select_one(".letter:not(.letter--source)")
            assert letter_div["lang"] == x.code and letter_div["dir"] == x.meta.direction
            facts = page.select_one(".letter-facts").get_text(" ", strip=True)
            assert letters.language_name(x.code, site_lang) in facts
            own = page.select_one(f'.letter-facts span[lang="{x.code}"]')
            if letters.language_name(x.code, x.code) == letters.language_name(x.code, site_lang):
                assert own is None  # named once: "Nederlands", not "Nederlands · Nederlands"
                continue
            assert own.get_text() == letters.language_name(x.code, x.code)
            assert own["dir"] == x.meta.direction
            assert letters.status_text(content, x, site_lang) in facts


def test_the_letter_index_lists_every_language_with_its_status(site_dir, content):
    for site_lang, prefix in PREFIX.items():
        page = html(site_dir, f"{prefix}brief/")
        rows = page.select("article table tbody tr")
        assert len(rows) == len(content.letters)
        # in the order every list of letters has for this reader (their names in the site's language)
        for row, x in zip(rows, letters.letters_in_order(content, site_lang)):
            assert row.select_one("a")["href"] == f"{x.code}/"
            assert letters.status_text(content, x, site_lang) in row.get_text()


# --- in the browser ------------------------------------------------------------------------

def fill(page, values=VALUES):
    for key, value in values.items():
        page.fill(f"#field-{key}", value)


def pdf_of(page, mode="letter") -> PdfReader:
    page.evaluate("mode => { document.body.dataset.print = mode; }", mode)
    page.emulate_media(media="print")
    data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    page.emulate_media(media="screen")
    return PdfReader(io.BytesIO(data))


def test_typing_fills_the_letter_with_dates_in_the_letters_language(page, site_url, content):
    page.goto(site_url + f"brief/{content.source_letter.code}/")
    fill(page)
    letter = page.locator(".letter:not(.letter--source)")
    for key in ("parent_names", "child_name", "group_name", "professional_names", "location_name"):
        for field in letter.locator(f'[data-field="{key}"]').all():
            assert field.inner_text() == VALUES[key]
    assert letter.locator('[data-field="meeting_date"]').inner_text() == "donderdag 3 december 2026"
    assert letter.locator('[data-field="meeting_time"]').inner_text() == "14:30"
    page.goto(site_url + "en/brief/en/")
    fill(page)
    date = page.locator('.letter:not(.letter--source) [data-field="meeting_date"]').inner_text()
    assert "December" in date and "2026" in date and "Thursday" in date
    # emptying a field brings its placeholder back
    page.fill("#field-child_name", "")
    english = next(x for x in content.letters if x.code == "en")
    assert page.locator('.letter [data-field="child_name"]').first.inner_text() == f"[{english.meta.labels['child_name']}]"


def test_typed_html_stays_text_and_runs_nothing(page, site_url, content):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site_url + f"brief/{content.letters[-1].code}/")
    evil = "<img src=x onerror=alert(1)>"
    page.fill("#field-child_name", evil)
    page.wait_for_timeout(300)
    field = page.locator('.letter [data-field="child_name"]').first
    assert field.inner_text() == evil
    assert page.locator(".letter img:not(.letter-head__logo)").count() == 0
    assert dialogs == []


def test_nothing_is_sent_or_stored_while_typing_and_printing(page, site_url, content):
    rel = f"brief/{other_letters(content)[0].code}/"
    page.goto(site_url + rel)
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    fill(page)
    pdf_of(page)
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert requests == []
    assert page.url == site_url + rel
    assert page.evaluate("localStorage.length") == 0  # kept in this tab only (test_keeping.py)
    assert page.evaluate("Object.keys(sessionStorage)") == ["samen-met-ouders:" + page.evaluate("location.pathname")]
    assert page.context.cookies() == []


@pytest.fixture(scope="module")
def letter_codes():
    from macros.content import load_site
    from conftest import LANGUAGES, ROOT
    return [x.code for x in load_site(ROOT / "docs", LANGUAGES).letters]


def test_each_letter_prints_on_exactly_one_a4_page_with_what_was_typed(page, site_url, letter_codes, content):
    for code in letter_codes:
        page.goto(site_url + f"en/brief/{code}/")
        fill(page)
        pdf = pdf_of(page)
        assert len(pdf.pages) == 1, code
        box = pdf.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
        text = " ".join(pdf.pages[0].extract_text().split())
        for value in TYPED:
            assert value in text, (code, value)
        for chrome in site_chrome(content, "en"):
            assert chrome not in text, (code, chrome)  # nothing of the site's chrome on paper


def test_the_bilingual_print_adds_the_dutch_letter_within_two_pages(page, site_url, content):
    source = phrase(content.source_letter)
    for letter in other_letters(content):
        page.goto(site_url + f"brief/{letter.code}/")
        fill(page)
        pdf = pdf_of(page, "bilingual")
        assert len(pdf.pages) == 2, letter.code
        assert source in " ".join(pdf.pages[1].extract_text().split()), (letter.code, source)


def test_the_print_buttons_print_the_chosen_version(page, site_url, content):
    lang = LANGUAGES[0]
    words = content.labels[lang].letter
    page.goto(site_url + f"brief/{other_letters(content)[0].code}/")
    page.evaluate("window.print = () => { window.__printed = document.body.dataset.print; }")
    bilingual = words.print_bilingual.format(language=letters.language_name(content.source_letter.code, lang))
    page.get_by_role("button", name=bilingual, exact=True).click()
    assert page.evaluate("window.__printed") == "bilingual"
    page.get_by_role("button", name=words.print, exact=True).click()
    assert page.evaluate("window.__printed") == "letter"


def test_a_right_to_left_letter_inside_a_left_to_right_site(page, site_url, content):
    rtl = [x for x in content.letters if x.meta.direction == "rtl"]
    if not rtl:
        pytest.skip("this site has no letter written right to left")
    page.goto(site_url + f"brief/{rtl[0].code}/")
    fill(page)
    letter = page.locator(".letter:not(.letter--source)")
    assert letter.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("article h1").evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert page.locator(".md-sidebar--primary").evaluate("el => getComputedStyle(el).direction") == "ltr"
    # a Latin name keeps its own order inside the Arabic text: it is isolated in <bdi>
    name = letter.locator('[data-field="parent_names"]')
    assert name.evaluate("el => el.tagName") == "BDI"
    assert name.inner_text() == VALUES["parent_names"]


def test_without_javascript_the_letter_shows_its_placeholders_and_prints(browser, site_url, content):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    source = content.source_letter
    page.goto(site_url + f"brief/{source.code}/")
    text = page.locator(".letter").first.inner_text()
    child, date = (f"[{source.meta.labels[k]}]" for k in ("child_name", "meeting_date"))
    assert child in text and date in text
    assert not page.get_by_role("button", name=content.labels[LANGUAGES[0]].letter.print, exact=True).is_visible()
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    assert len(pdf.pages) == 1
    assert child in pdf.pages[0].extract_text()
    context.close()


def test_choosing_a_location_offers_only_its_groups(page, site_url, content):
    org = content.organisation
    page.goto(site_url + f"brief/{content.letters[-1].code}/")
    options = "() => [...document.querySelectorAll('#letter-groups option')].map(o => o.value)"
    every = [g for loc in org.locations for g in loc.groups]
    assert page.evaluate(options) == every
    location = org.locations[-1]
    page.fill("#field-location_name", location.name)
    assert page.evaluate(options) == location.groups
    assert location.name in page.locator(".letter").first.inner_text()
    page.fill("#field-location_name", "Elders")
    assert page.evaluate(options) == every
