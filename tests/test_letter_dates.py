"""Dates and times in every letter language, as Babel (CLDR) writes them, also where the
browser has no locale data (Debian's Chromium writes Tigrinya and Somali dates in US English).
Typed into the letter page in Chromium, read on screen and on paper."""
from __future__ import annotations

import datetime as dt
import io
import re

import pypdfium2 as pdfium
import pytest
from babel import localedata
from babel.dates import format_date, format_time

from conftest import ROOT
from macros.content import dates as date_checks
from macros.render import dates

DATE, TIME = dt.date(2026, 12, 3), dt.time(14, 30)
TYPED = {
    "parent_names": "Fatima en Youssef El Amrani",
    "child_name": "Noor",
    "group_name": "De Vlinders",
    "professional_names": "Sanne de Vries en Ahmed Yilmaz",
    "location_name": "Kindcentrum De Boomgaard",
}


def letter_files() -> dict[str, str]:
    """Every letter language in docs/brief/, with the body of its file."""
    out = {}
    for path in sorted((ROOT / "docs/brief").glob("*.md")):
        if path.name.startswith("index."):
            continue
        text = path.read_text(encoding="utf-8")
        out[path.stem] = text.split("\n---\n", 1)[1]
    return out


def babel_locale(code: str) -> str:
    # The letter's language as used in the Netherlands where CLDR has that (en_NL writes
    # "Thursday, 3 December 2026" and "14:30"), else the language itself.
    return f"{code}_NL" if f"{code}_NL" in localedata.locale_identifiers() else code


def expected_sentence(body: str, code: str) -> str:
    """The letter file's paragraph around {meeting_date}, with the values in place."""
    paragraph = next(p for p in re.split(r"\n\s*\n", body) if "{meeting_date}" in p)
    values = dict(TYPED, meeting_date=format_date(DATE, "full", locale=babel_locale(code)),
                  meeting_time=format_time(TIME, "short", locale=babel_locale(code)))
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], paragraph)


LETTERS = letter_files()


def test_the_letter_languages_are_read_from_the_folder(content):
    assert sorted(LETTERS) == sorted(x.code for x in content.letters)
    assert content.source_letter.code in LETTERS


@pytest.mark.parametrize("code", sorted(LETTERS))
def test_the_date_and_time_are_babels_for_the_letters_language(page, site_url, code):
    page.goto(site_url + f"brief/{code}/")
    for key, value in TYPED.items():
        page.fill(f"#field-{key}", value)
    page.fill("#field-meeting_date", DATE.isoformat())
    page.fill("#field-meeting_time", TIME.strftime("%H:%M"))
    letter = page.locator(".letter:not(.letter--source)")
    want_date = format_date(DATE, "full", locale=babel_locale(code))
    want_time = format_time(TIME, "short", locale=babel_locale(code))
    assert letter.locator('[data-field="meeting_date"]').first.inner_text() == want_date
    assert letter.locator('[data-field="meeting_time"]').first.inner_text() == want_time
    # the sentence around them is the letter file's, word for word
    sentence = letter.locator("p").filter(has=page.locator('[data-field="meeting_date"]')).first
    # (white space compared as a reader sees it: Babel's narrow no-break spaces are spaces)
    assert " ".join(sentence.inner_text().split()) == " ".join(expected_sentence(LETTERS[code], code).split())
    # and so it is on paper
    page.emulate_media(media="print")
    pdf = pdfium.PdfDocument(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    page.emulate_media(media="screen")
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    if page.locator(".letter:not(.letter--source)").get_attribute("dir") == "ltr":
        # (a narrow no-break space may come out of the PDF as nothing: compared without spaces)
        bare = "".join(text.split())
        assert "".join(want_date.split()) in bare and "".join(want_time.split()) in bare, (code, text[:400])
    else:  # Arabic script comes out of a PDF in shaped forms and visual order: the numbers
        for number in re.findall(r"\d+", want_date + " " + want_time):
            assert number in text, (code, number)
    assert page.watch.foreign_requests == []


def test_every_letter_carries_its_locales_formats(site_dir):
    from bs4 import BeautifulSoup
    import json
    for code in LETTERS:
        page = BeautifulSoup((site_dir / f"brief/{code}/index.html").read_text(encoding="utf-8"), "lxml")
        letter = page.select_one(".letter:not(.letter--source)")
        formats = json.loads(letter["data-date-formats"])
        assert formats == dates.date_formats(code)
        assert formats["locale"] == babel_locale(code)


def test_a_pattern_with_a_field_the_script_cannot_fill_is_a_clear_build_error(monkeypatch):
    monkeypatch.setattr(date_checks, "SUPPORTED", {k: v for k, v in date_checks.SUPPORTED.items() if k != "E"})
    with pytest.raises(date_checks.DateFormatError) as err:
        dates.date_formats("nl")
    message = str(err.value)
    assert "brief/nl.md" in message and "'EEEE'" in message and "nl_NL" in message
