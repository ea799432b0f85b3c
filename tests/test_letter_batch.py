"""Letters for several families at once (brief/meerdere/): pasted from a spreadsheet, checked
row by row, printed as one PDF, downloaded as one Word file and as one calendar file.

Everything the tests compare with comes from the files (letters, labels, organisation), so a
fork with other locations, letters or words stays green."""
from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from conftest import LANGUAGES
from macros.kinds.letter_batch import BATCH_COLUMNS

BATCH = "brief/meerdere/"


def path(lang: str) -> str:
    return BATCH if lang == LANGUAGES[0] else f"{lang}/{BATCH}"


def letter_codes(content) -> list[str]:
    """Up to six letter languages, those written right to left first (the hardest to mix)."""
    ordered = sorted(content.letters, key=lambda x: x.meta.direction != "rtl")
    return [letter.code for letter in ordered][:6]


def phrase(letter) -> str:
    """The longest stretch of fixed text in a letter (between placeholders): its own words."""
    texts = [part for block in letter.blocks for text in block.texts
             for part in re.split(r"\{[a-z_]+\}", text)]
    return max((" ".join(t.split()) for t in texts), key=len)


def families(content) -> list[dict]:
    """Ten families in six letter languages, three of them bilingual, meetings from next month."""
    codes = letter_codes(content)
    org = content.organisation
    locations = org.locations if org and org.locations else []
    start = dt.date.today() + dt.timedelta(days=30)
    out = []
    for i in range(10):
        location = locations[i % len(locations)] if locations else None
        code = codes[i % len(codes)]
        out.append({
            "parent_names": f"Ouder{i}a en Ouder{i}b",
            "child_name": f"Kind{i}",
            "group_name": location.groups[i % len(location.groups)] if location else f"Groep{i}",
            "location_name": location.name if location else f"Locatie{i}",
            "meeting_date": start + dt.timedelta(days=i),
            "meeting_time": f"{9 + i % 6:02d}:{10 + i * 5:02d}",
            "professional_names": f"Juf{i}",
            "language": code,
            "bilingual": i in (0, 1, 7) and code != content.source_letter.code,
            "location": location,
        })
    return out


def tsv(content, rows: list[dict], site_lang: str, header: bool = True) -> str:
    """As Excel copies it: a header row (in the site's words, in its own column order), then a
    row per family, dates written the Dutch way (15-01-2027)."""
    labels = content.labels[site_lang]
    yes = labels.letter_batch.yes_words.split(",")[0].strip()
    # With a header row the columns may come in any order (here: not the table's); without one
    # they are in the table's order.
    order = ["language", "child_name", "parent_names", "meeting_date", "meeting_time", "group_name",
             "location_name", "professional_names", "bilingual"] if header else list(BATCH_COLUMNS)
    names = {key: getattr(labels.letter.fields, key) for key in order if hasattr(labels.letter.fields, key)}
    names.update(language=labels.letter_batch.language, bilingual=labels.letter_batch.bilingual)
    lines = ["\t".join(names[k] for k in order)] if header else []
    for row in rows:
        cells = []
        for key in order:
            value = row[key]
            if key == "meeting_date":
                value = value.strftime("%d-%m-%Y")
            elif key == "bilingual":
                value = yes if value else ""
            cells.append(str(value))
        lines.append("\t".join(cells))
    return "\r\n".join(lines) + "\r\n"


def paste(page, text: str) -> None:
    page.fill("#batch-paste", text)
    page.click("[data-paste-rows]")


@pytest.fixture
def pasted(page, site_url, content):
    rows = families(content)
    page.goto(site_url + path("nl"))
    paste(page, tsv(content, rows, "nl"))
    return rows


def test_ten_families_in_six_languages_print_each_in_its_own_language(page, pasted, content, tmp_path):
    rows = pasted
    letters = {letter.code: letter for letter in content.letters}
    source = content.source_letter.code
    assert page.locator("tbody.letter-batch__family").count() == 10
    assert page.locator("[data-batch-print]").is_enabled()
    expected = []  # (family index, code) of every printed letter, in order
    for i, row in enumerate(rows):
        expected.append((i, row["language"]))
        if row["bilingual"]:
            expected.append((i, source))
    assert len({code for _, code in expected}) >= min(6, len(content.letters))

    printed = page.locator("[data-batch-letters] .letter")
    assert printed.count() == len(expected)
    for n, (i, code) in enumerate(expected):
        letter = printed.nth(n)
        row = rows[i]
        assert letter.get_attribute("lang") == code
        assert letter.get_attribute("dir") == letters[code].meta.direction
        text = " ".join(letter.inner_text().split())
        assert phrase(letters[code]) in text, (code, phrase(letters[code]))
        for key in ("parent_names", "child_name", "group_name", "professional_names", "location_name"):
            assert letter.locator(f'[data-field="{key}"]').first.inner_text() == row[key], (n, key)
        date_text = letter.locator('[data-field="meeting_date"]').first.inner_text()
        assert str(row["meeting_date"].day) in date_text and str(row["meeting_date"].year) in date_text, date_text
        time_text = letter.locator('[data-field="meeting_time"]').first.inner_text()
        assert row["meeting_time"][-2:] in time_text, (time_text, row["meeting_time"])
        if row["location"] is not None and row["location"].address:
            assert row["location"].address.street in letter.locator(".letter-head").inner_text()

    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True, prefer_css_page_size=True)))
    budget = sum(2 if r["bilingual"] else 1 for r in rows)
    assert len(pdf.pages) == budget
    for n, (i, code) in enumerate(expected):
        text = pdf.pages[n].extract_text()
        assert rows[i]["child_name"] in text, (n, code)
        others = [r["child_name"] for j, r in enumerate(rows) if j != i]
        assert not any(re.search(rf"\b{o}\b", text) for o in others), (n, code)
    page.emulate_media(media="screen")
    assert page.watch.console_errors == []
    assert page.watch.foreign_requests == []


def test_the_calendar_file_holds_every_meeting(page, pasted, content, tmp_path):
    import icalendar

    rows = pasted
    letters = {letter.code: letter for letter in content.letters}
    minutes = content.organisation.meeting_minutes if content.organisation else 45
    with page.expect_download() as info:
        page.click("[data-batch-calendar]")
    raw = open(info.value.path(), "rb").read()
    assert info.value.suggested_filename.endswith(".ics")
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    calendar = icalendar.Calendar.from_ical(raw)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = calendar.walk("VEVENT")
    assert len(events) == len(rows)
    uids = set()
    for event, row in zip(events, rows):
        hour, minute = map(int, row["meeting_time"].split(":"))
        start = event.decoded("DTSTART")
        assert start == dt.datetime.combine(row["meeting_date"], dt.time(hour, minute),
                                            tzinfo=ZoneInfo("Europe/Amsterdam"))
        assert start.utcoffset() == dt.datetime.combine(row["meeting_date"], dt.time(hour, minute),
                                                        tzinfo=ZoneInfo("Europe/Amsterdam")).utcoffset()
        assert "TZID=Europe/Amsterdam" in event["DTSTART"].to_ical().decode() or \
            event["DTSTART"].params.get("TZID") == "Europe/Amsterdam"
        assert event.decoded("DURATION") == dt.timedelta(minutes=minutes)
        title = letters[row["language"]].meta.calendar_title or letters[row["language"]].meta.title
        assert str(event["SUMMARY"]) == re.sub(r"\{([a-z_]+)\}", lambda m: str(row[m.group(1)]), title)
        location = str(event["LOCATION"])
        assert location.startswith(row["location_name"])
        if row["location"] is not None and row["location"].address:
            assert row["location"].address.street in location
            assert row["location"].address.postcode in location
        assert event.get("DTSTAMP") is not None
        uids.add(str(event["UID"]))
    assert len(uids) == len(rows)


def test_the_word_file_holds_every_letter_with_page_breaks(page, pasted, content, tmp_path):
    import docx

    rows = pasted
    with page.expect_download() as info:
        page.click("[data-batch-word]")
    document = docx.Document(info.value.path())
    from test_word_download import assert_page
    assert_page(document)
    assert info.value.suggested_filename.startswith(page.locator("[data-batch-word]").get_attribute("data-word-file"))
    text = "\n".join(p.text for p in document.paragraphs)
    for row in rows:
        for key in ("parent_names", "child_name", "professional_names"):
            assert row[key] in text, key
    letters = sum(2 if r["bilingual"] else 1 for r in rows)
    breaks = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert len(breaks) == letters - 1
    # Each page starts with its family's letter: the paragraphs between two breaks name one child.
    body = document.paragraphs
    starts = [n for n, p in enumerate(body) if p.paragraph_format.page_break_before]
    chunks = [" ".join(p.text for p in body[a:b]) for a, b in zip([0] + starts, starts + [len(body)])]
    names = [[r["child_name"] for r in rows if re.search(rf"\b{r['child_name']}\b", chunk)] for chunk in chunks]
    expected = [[r["child_name"]] for r in rows for _ in range(2 if r["bilingual"] else 1)]
    assert names == expected


@pytest.mark.parametrize("site_lang", LANGUAGES)
@pytest.mark.parametrize("fault", ["unknown_language", "past_date", "missing_time", "missing_parents"])
def test_a_bad_row_shows_its_message_and_blocks_printing(page, site_url, content, site_lang, fault):
    rows = families(content)[:3]
    bad = dict(rows[1])
    key = {"unknown_language": "language", "past_date": "meeting_date", "missing_time": "meeting_time",
           "missing_parents": "parent_names"}[fault]
    if fault == "unknown_language":
        bad["language"] = "xx-klingon"
    elif fault == "past_date":
        bad["meeting_date"] = dt.date.today() - dt.timedelta(days=1)
    else:
        bad[key] = ""
    page.goto(site_url + path(site_lang))
    paste(page, tsv(content, [rows[0], bad, rows[2]], site_lang, header=False))
    words = content.labels[site_lang].letter_batch
    message = getattr(words.errors, fault)
    family = page.locator("tbody.letter-batch__family").nth(1)
    shown = family.locator("[data-row-message]")
    expected = message.split("{")[0].strip()
    assert expected and expected in shown.inner_text()
    field = family.locator(f'[data-column="{key}"]')
    assert field.get_attribute("aria-invalid") == "true"
    assert field.get_attribute("aria-describedby") == shown.get_attribute("id")
    for other in (0, 2):
        good = page.locator("tbody.letter-batch__family").nth(other)
        assert good.locator("[aria-invalid]").count() == 0
    for button in ("[data-batch-print]", "[data-batch-word]", "[data-batch-calendar]"):
        assert page.locator(button).is_disabled()
    assert words.not_ok.rsplit("}", 1)[1].strip() in page.locator("[data-batch-status]").inner_text()
    # Put right, the row passes and printing is possible.
    if fault == "unknown_language":
        field.fill(rows[1]["language"])
    elif fault == "past_date":
        field.fill(rows[1]["meeting_date"].isoformat())
    else:
        field.fill(str(rows[1][key]))
    assert field.get_attribute("aria-invalid") is None
    assert page.locator("[data-batch-print]").is_enabled()
    # Removing a row leaves the others.
    page.get_by_role("button", name=re.compile(re.escape(words.remove_row.format(number=3)))).click()
    assert page.locator("tbody.letter-batch__family").count() == 2


def test_rows_typed_in_the_table(page, site_url, content):
    rows = families(content)[:2]
    page.goto(site_url + path("en"))
    page.click("[data-add-row]")
    for n, row in enumerate(rows):
        family = page.locator("tbody.letter-batch__family").nth(n)
        for key in ("parent_names", "child_name", "group_name", "location_name", "professional_names", "language"):
            family.locator(f'[data-column="{key}"]').fill(str(row[key]))
        family.locator('[data-column="meeting_date"]').fill(row["meeting_date"].isoformat())
        family.locator('[data-column="meeting_time"]').fill(row["meeting_time"])
    assert page.locator("[data-batch-print]").is_enabled()
    assert page.locator("[data-batch-letters] .letter").count() == 2
    assert page.locator("[data-batch-letters] .letter").nth(1).get_attribute("lang") == rows[1]["language"]


def test_the_rows_stay_in_the_tab_on_the_device_only_when_asked_and_erase_removes_them(page, site_url, content):
    rows = families(content)[:2]
    words = content.labels["nl"].letter_batch
    page.goto(site_url + path("nl"))
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    paste(page, tsv(content, rows, "nl"))
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("sessionStorage.length") == 1
    page.reload()  # kept in this tab
    assert page.locator("tbody.letter-batch__family").count() == 2
    page.get_by_label(words.store, exact=True).check()
    assert page.evaluate("localStorage.length") == 1
    other = page.context.new_page()  # another tab has them only from the device
    other.goto(site_url + path("nl"))
    assert other.locator("tbody.letter-batch__family").count() == 2
    assert other.locator('input[data-column="child_name"]').nth(1).input_value() == rows[1]["child_name"]
    other.close()
    page.get_by_role("button", name=words.erase, exact=True).click()
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert not page.get_by_label(words.store, exact=True).is_checked()
    assert page.locator('input[data-column="child_name"]').first.input_value() == ""


def test_the_letter_page_offers_a_calendar_file(page, site_url, content):
    import icalendar

    letter = letter_codes(content)[0]
    letter = next(x for x in content.letters if x.code == letter)
    page.goto(site_url + f"brief/{letter.code}/")
    assert page.locator("[data-calendar-download]").is_disabled()
    org = content.organisation
    location = org.locations[0] if org and org.locations else None
    day = dt.date.today() + dt.timedelta(days=10)
    page.fill("#field-child_name", "Yara; Amal, \\ Karim")
    page.fill("#field-location_name", location.name if location else "Locatie")
    page.fill("#field-meeting_date", day.isoformat())
    page.fill("#field-meeting_time", "14:30")
    with page.expect_download() as info:
        page.click("[data-calendar-download]")
    event = icalendar.Calendar.from_ical(open(info.value.path(), "rb").read()).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == dt.datetime.combine(day, dt.time(14, 30), tzinfo=ZoneInfo("Europe/Amsterdam"))
    title = letter.meta.calendar_title or letter.meta.title
    assert str(event["SUMMARY"]) == title.replace("{child_name}", "Yara; Amal, \\ Karim")
    if location and location.address:
        assert location.address.street in str(event["LOCATION"])


def test_the_batch_page_is_accessible(page, site_url, content):
    """Empty, and with three families of which one is not right yet (its message shown)."""
    from browser_helpers import axe_violations

    rows = families(content)[:3]
    rows[2] = dict(rows[2], meeting_time="")
    problems = []
    for lang in LANGUAGES:
        page.goto(site_url + path(lang))
        problems += [f"{lang} (empty): {v}" for v in axe_violations(page)]
        paste(page, tsv(content, rows, lang))
        assert page.locator("[aria-invalid=true]").count() == 1
        # Away from the paste button, and past its hover transition (axe would measure a colour
        # halfway between two).
        page.mouse.move(0, 0)
        page.wait_for_timeout(400)
        problems += [f"{lang} (filled): {v}" for v in axe_violations(page)]
    assert problems == []


# --- bad input in the data the batch page and the calendar file use ----------------------------

def _replace(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _rename_key(path, key: str, new: str, occurrence: int) -> None:
    """Rename the `occurrence`-th (0: in nl, 1: in en) line that starts with `key:`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    found = [n for n, line in enumerate(lines) if line.strip().startswith(f"{key}:")]
    n = found[occurrence]
    lines[n] = lines[n].replace(f"{key}:", f"{new}:", 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def _set_minutes(docs, value: str) -> None:
    """Set (or add) organisation.meeting_minutes in organisation.yml."""
    path = docs / "_data" / "organisation.yml"
    text = path.read_text(encoding="utf-8")
    if re.search(r"(?m)^  meeting_minutes:", text):
        text = re.sub(r"(?m)^  meeting_minutes:.*$", f"  meeting_minutes: {value}", text)
    else:
        text = text.replace("\norganisation:\n", f"\norganisation:\n  meeting_minutes: {value}\n", 1)
    path.write_text(text, encoding="utf-8")


def _calendar_title_line(docs, code: str) -> str:
    return next(line for line in (docs / "brief" / f"{code}.md").read_text(encoding="utf-8").splitlines()
                if line.startswith("  calendar_title:"))


def _letter(n: int) -> str:
    """The n-th letter file of docs/brief/ (not the index), by name: any fork has its own."""
    from conftest import ROOT
    return sorted(p.stem for p in (ROOT / "docs/brief").glob("*.md") if not p.name.startswith("index."))[n]


def _set_calendar_title(docs, code: str, value: str) -> None:
    """Set a letter's calendar_title (added under `letter:` if the file has none)."""
    path = docs / "brief" / f"{code}.md"
    try:
        _replace(path, _calendar_title_line(docs, code), f"  calendar_title: {value}")
    except StopIteration:
        _replace(path, "\nletter:\n", f"\nletter:\n  calendar_title: {value}\n")


BAD_DATA = {
    "calendar_title with an unknown placeholder": (
        lambda docs: _set_calendar_title(docs, _letter(0), '"Meeting {kid_name}"'),
        [f"brief/{_letter(0)}.md", "letter.calendar_title", "{kid_name}", "child_name"]),
    "calendar_title with template code": (
        lambda docs: _set_calendar_title(docs, _letter(1), '"{{ lipsum }}"'),
        [f"brief/{_letter(1)}.md", "letter.calendar_title"]),
    "calendar_title that is not text": (
        lambda docs: _set_calendar_title(docs, _letter(-1), "[1, 2]"),
        [f"brief/{_letter(-1)}.md", "calendar_title"]),
    "meeting_minutes that is not a number of minutes": (
        lambda docs: _set_minutes(docs, "three quarters"),
        ["organisation.yml", "meeting_minutes"]),
    "meeting_minutes out of range": (
        lambda docs: _set_minutes(docs, "1000"),
        ["organisation.yml", "meeting_minutes", "240"]),
    "a batch label missing": (
        lambda docs: _rename_key(docs / "_data" / "labels.yml", "paste_button", "pastebutton", 1),
        ["labels.yml", "en.letter_batch.paste_button"]),
    "a batch error message missing": (
        lambda docs: _rename_key(docs / "_data" / "labels.yml", "past_date", "pastdate", 0),
        ["labels.yml", "nl.letter_batch.errors"]),
}


@pytest.mark.parametrize("case", sorted(BAD_DATA))
def test_bad_batch_and_calendar_data_is_refused(tmp_path, case):
    import shutil

    from conftest import ROOT
    from macros.content import ContentError, load_site

    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    mutate, expected = BAD_DATA[case]
    mutate(docs)
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    for part in expected:
        assert part in str(err.value), f"{part!r} not in:\n{err.value}"


def test_rows_pasted_straight_into_the_table(page, site_url, content):
    """Ctrl+V in the first cell, as a user does after copying rows in Excel."""
    rows = families(content)[:3]
    page.goto(site_url + path("nl"))
    text = tsv(content, rows, "nl", header=False)
    page.locator('input[data-column="parent_names"]').first.focus()
    page.evaluate("""text => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.activeElement.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", text)
    assert page.locator("tbody.letter-batch__family").count() == 3
    assert page.locator('input[data-column="child_name"]').nth(2).input_value() == rows[2]["child_name"]
    assert page.locator("[data-batch-print]").is_enabled()
