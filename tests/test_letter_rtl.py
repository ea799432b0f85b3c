"""Right-to-left letters print left-to-right values in their own order: the phone number, the
postcode, the e-mail address of the chosen location, the dates and times, read by their
positions on the printed page (pdfium), not from the markup. In an Arabic letter
"1234 AB Voorbeeldstad" must not print as "AB Voorbeeldstad 1234", nor "010 123 45 68" as
"68 45 123 010": a parent would dial a wrong number.

Every letter written right to left is printed (the letter page, the bilingual print and the
batch print), with a location of the organisation that has an address and a phone number;
every value compared with comes from the content or from what the page shows."""
from __future__ import annotations

import ctypes
import datetime as dt
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from browser_helpers import print_to_pdf

DATE, TIME = "2027-03-28", "09:30"


def rtl_letters(content) -> list:
    letters = [x for x in content.letters if x.meta.direction == "rtl"]
    if not letters:
        pytest.skip("this site has no letter written right to left")
    return letters


def location_with_address(content):
    org = content.organisation
    for location in (org.locations if org else []):
        if location.address and location.phone:
            return location
    pytest.skip("no location of the organisation has an address and a phone number")


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u200e", "").replace("\u200f", ""))


def visual_lines(pdf: bytes) -> list[list[str]]:
    """Each page's lines as they stand on paper: the characters on one baseline (their origin,
    as pdfium reads it from the PDF), sorted by x, left to right, white space left out."""
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for index in range(len(doc)):
        text = doc[index].get_textpage()
        lines: dict[int, list] = {}
        x, y = ctypes.c_double(), ctypes.c_double()
        for i in range(text.count_chars()):
            char = text.get_text_range(i, 1)
            if not char.strip() or not pdfium_c.FPDFText_GetCharOrigin(text.raw, i, x, y):
                continue
            baseline = next((b for b in lines if abs(b - y.value) < 1.5), y.value)
            lines.setdefault(baseline, []).append((x.value, char))
        pages.append(["".join(c for _, c in sorted(chars)) for _, chars in sorted(lines.items(), reverse=True)])
    return pages


def runs_in_order(value: str) -> list[str]:
    """The parts of a date or time that must read left to right, whatever the script around
    them: its runs of digits, with the separators between them (09:30, 28.03.2027)."""
    return re.findall(r"\d+(?:[:.]\d+)*", value)


def assert_reads_left_to_right(lines: list[str], value: str, what: str) -> None:
    """The value's characters stand left to right, one after the other, on one line."""
    wanted = compact(value)
    assert any(wanted in line for line in lines), (what, value, lines)


def expected_values(letter, location) -> list[tuple[str, str]]:
    """(what, value) that one printed letter must show in order: the location's phone number,
    postcode and e-mail address, and every run of digits of the dates and the time as the
    letter writes them (read from the page)."""
    values = [("phone", location.phone), ("postcode", location.address.postcode),
              ("street", location.address.street)]
    if location.email:
        values.append(("e-mail", location.email))
    for what, selector in (("meeting date", '[data-field="meeting_date"]'),
                           ("meeting time", '[data-field="meeting_time"]'),
                           ("date of sending", '[data-letterhead="date"]')):
        shown = letter.locator(selector).first.inner_text()
        assert re.search(r"\d", shown), (what, shown)
        values += [(what, run) for run in runs_in_order(shown)]
    return values


def assert_printed_in_order(page_lines: list[str], values, code: str, location) -> None:
    for what, value in values:
        assert_reads_left_to_right(page_lines, value, f"{code}: {what}")
    # the place-and-date line reads in the letter's direction: in a right-to-left letter the
    # place (said first) stands right of the date
    place = compact(location.address.place)
    year = str(dt.date.today().year)
    line = next((ln for ln in page_lines if place in ln and year in ln), None)
    assert line is not None, (code, place, page_lines)
    assert line.rindex(place) > line.index(year), (code, line)


def fill(page, location):
    page.fill("#field-location_name", location.name)
    page.fill("#field-child_name", "Noor")
    page.fill("#field-group_name", location.groups[0])
    page.fill("#field-meeting_date", DATE)
    page.fill("#field-meeting_time", TIME)


def test_right_to_left_letters_print_numbers_and_addresses_in_order(page, site_url, content):
    location = location_with_address(content)
    for x in rtl_letters(content):
        page.goto(site_url + f"brief/{x.code}/")
        fill(page, location)
        letters = page.locator(".letter-sheet .letter")
        for mode, count in (("letter", 1), ("bilingual", 2)):
            page.evaluate("mode => { document.body.dataset.print = mode; }", mode)
            pages = visual_lines(print_to_pdf(page))
            assert len(pages) == count, (x.code, mode)
            for n in range(count):
                letter = letters.nth(n)
                values = expected_values(letter, location)
                if letter.get_attribute("dir") == "rtl":
                    assert_printed_in_order(pages[n], values, f"{x.code} {mode}", location)
                else:  # the Dutch letter beside it: its numbers in order as well
                    for what, value in values:
                        assert_reads_left_to_right(pages[n], value, f"{x.code} {mode} source: {what}")
    assert page.watch.console_errors == []


def test_the_batch_print_of_right_to_left_letters_keeps_numbers_in_order(page, site_url, content):
    from test_letter_batch import paste, path, tsv

    location = location_with_address(content)
    codes = [x.code for x in rtl_letters(content)]
    start = dt.date.today() + dt.timedelta(days=30)
    rows = [{"parent_names": f"Ouder{i}", "child_name": f"Kind{i}", "group_name": location.groups[0],
             "location_name": location.name, "meeting_date": start + dt.timedelta(days=i),
             "meeting_time": f"{9 + i:02d}:{35 + i:02d}", "professional_names": f"Juf{i}",
             "language": code, "bilingual": False} for i, code in enumerate(codes)]
    page.goto(site_url + path("nl"))
    paste(page, tsv(content, rows, "nl"))
    letters = page.locator("[data-batch-letters] .letter")
    assert letters.count() == len(rows)
    pages = visual_lines(print_to_pdf(page))
    assert len(pages) == len(rows)
    for n, row in enumerate(rows):
        assert letters.nth(n).get_attribute("dir") == "rtl"
        values = expected_values(letters.nth(n), location)
        assert_printed_in_order(pages[n], values, f"batch {row['language']}", location)
    assert page.watch.console_errors == []


def test_the_word_file_of_a_right_to_left_letter_keeps_numbers_in_order(page, site_url, content, tmp_path):
    """The filled Word file: each left-to-right value a run without right-to-left direction,
    inside a right-to-left paragraph (python-docx); printed by LibreOffice, the values read
    left to right by their positions, as on the web letter."""
    from docx import Document
    from docx.oxml.ns import qn
    from test_word_download import to_pdf

    location = location_with_address(content)
    files = []
    for x in rtl_letters(content):
        page.goto(site_url + f"brief/{x.code}/")
        fill(page, location)
        letter = page.locator(".letter-sheet .letter:not(.letter--source)")
        values = expected_values(letter, location)
        with page.expect_download() as info:
            page.click('[data-word-download="filled"]')
        path = tmp_path / f"letter-{x.code}.docx"
        info.value.save_as(path)
        files.append((x.code, path, values))
        doc = Document(str(path))
        for what, value in (("phone", location.phone), ("postcode", location.address.postcode)):
            paragraph = next(p for p in doc.paragraphs if compact(value) in compact(p.text))
            assert paragraph._p.pPr.find(qn("w:bidi")) is not None, (x.code, what)
            runs = [r for r in paragraph.runs if compact(value) in compact(r.text)]
            assert runs, (x.code, what, [r.text for r in paragraph.runs])
            for run in runs:
                rtl = run._r.rPr.find(qn("w:rtl")) if run._r.rPr is not None else None
                assert rtl is None or rtl.get(qn("w:val")) in ("0", "false"), (x.code, what)
                assert run.text.startswith("\u200e") and run.text.endswith("\u200e"), (x.code, what, run.text)
        # the letter's own words stay right to left
        words = [r for p in doc.paragraphs for r in p.runs if re.search(r"[\u0600-\u06ff]", r.text)]
        assert words and all(r._r.rPr.find(qn("w:rtl")) is not None for r in words), x.code
    out = tmp_path / "pdf"
    out.mkdir()
    for (code, _, values), pdf in zip(files, to_pdf([p for _, p, _ in files], out, tmp_path)):
        pages = visual_lines(pdf.read_bytes())
        lines = [line for lines in pages for line in lines]
        for what, value in values:
            assert_reads_left_to_right(lines, value, f"{code} Word in LibreOffice: {what}")
