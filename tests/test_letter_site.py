"""The invitation letter as users get it: built pages, Word files, and the page in Chromium."""
from __future__ import annotations

import io

import pytest
import yaml
from bs4 import BeautifulSoup
from pypdf import PdfReader

from conftest import ROOT
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
# The organisation's e-mail address (site chrome, never on paper), read from its file.
ORG_EMAIL = (yaml.safe_load((ROOT / "docs/_data/organisation.yml").read_text(encoding="utf-8"))
             ["organisation"].get("contact", {}).get("email") or "@")


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
        for row, x in zip(rows, content.letters):
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


def test_typing_fills_the_letter_with_dates_in_the_letters_language(page, site_url):
    page.goto(site_url + "brief/nl/")
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
    assert page.locator('.letter [data-field="child_name"]').first.inner_text() == "[Name of the child]"


def test_typed_html_stays_text_and_runs_nothing(page, site_url):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site_url + "brief/tr/")
    evil = "<img src=x onerror=alert(1)>"
    page.fill("#field-child_name", evil)
    page.wait_for_timeout(300)
    field = page.locator('.letter [data-field="child_name"]').first
    assert field.inner_text() == evil
    assert page.locator(".letter img:not(.letter-head__logo)").count() == 0
    assert dialogs == []


def test_nothing_is_sent_or_stored_while_typing_and_printing(page, site_url):
    page.goto(site_url + "brief/ar/")
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    fill(page)
    pdf_of(page)
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert requests == []
    assert page.url == site_url + "brief/ar/"
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.context.cookies() == []


@pytest.fixture(scope="module")
def letter_codes():
    from macros.content import load_site
    from conftest import LANGUAGES, ROOT
    return [x.code for x in load_site(ROOT / "docs", LANGUAGES).letters]


def test_each_letter_prints_on_exactly_one_a4_page_with_what_was_typed(page, site_url, letter_codes):
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
        for chrome in ("Invitation letter", "Samen met ouders", ORG_EMAIL, "Example"):
            assert chrome not in text, (code, chrome)  # nothing of the site's chrome on paper


def test_the_bilingual_print_adds_the_dutch_letter_within_two_pages(page, site_url):
    for code in ("ar", "uk", "tr"):
        page.goto(site_url + f"brief/{code}/")
        fill(page)
        pdf = pdf_of(page, "bilingual")
        assert len(pdf.pages) == 2, code
        assert "Binnenkort komt Noor bij ons op de groep De Vlinders" in " ".join(pdf.pages[1].extract_text().split())


def test_the_print_buttons_print_the_chosen_version(page, site_url):
    page.goto(site_url + "brief/ar/")
    page.evaluate("window.print = () => { window.__printed = document.body.dataset.print; }")
    page.get_by_role("button", name="Print met de brief in het Nederlands erbij").click()
    assert page.evaluate("window.__printed") == "bilingual"
    page.get_by_role("button", name="Print de brief").click()
    assert page.evaluate("window.__printed") == "letter"


def test_arabic_is_right_to_left_inside_a_left_to_right_site(page, site_url):
    page.goto(site_url + "brief/ar/")
    fill(page)
    letter = page.locator(".letter:not(.letter--source)")
    assert letter.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("article h1").evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert page.locator(".md-sidebar--primary").evaluate("el => getComputedStyle(el).direction") == "ltr"
    # a Latin name keeps its own order inside the Arabic text: it is isolated in <bdi>
    name = letter.locator('[data-field="parent_names"]')
    assert name.evaluate("el => el.tagName") == "BDI"
    assert name.inner_text() == VALUES["parent_names"]


def test_without_javascript_the_letter_shows_its_placeholders_and_prints(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "brief/nl/")
    text = page.locator(".letter").first.inner_text()
    assert "[Naam van het kind]" in text and "[Datum van het gesprek]" in text
    assert not page.get_by_role("button", name="Print de brief").is_visible()
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    assert len(pdf.pages) == 1
    assert "[Naam van het kind]" in pdf.pages[0].extract_text()
    context.close()


def test_choosing_a_location_offers_only_its_groups(page, site_url, content):
    org = content.organisation
    page.goto(site_url + "brief/pl/")
    options = "() => [...document.querySelectorAll('#letter-groups option')].map(o => o.value)"
    every = [g for loc in org.locations for g in loc.groups]
    assert page.evaluate(options) == every
    page.fill("#field-location_name", org.locations[1].name)
    assert page.evaluate(options) == org.locations[1].groups
    assert org.locations[1].name in page.locator(".letter").first.inner_text()
    page.fill("#field-location_name", "Elders")
    assert page.evaluate(options) == every
