""""Download for Word" with what was typed: made in the browser from the page, nothing sent.
Downloaded in Chromium and opened with python-docx, as a coach's Word would open it."""
from __future__ import annotations

import io
import json
import random
import re
import zipfile

import zxingcpp
from docx import Document
from docx.oxml.ns import qn
from PIL import Image

from conftest import ROOT, SITE_URL
from sentences import long_answer

VENDORED = ROOT / "docs/assets/vendor/docx/docx.iife.js"
LETTER = {
    "parent_names": "Fatima en Youssef El Amrani",
    "child_name": "Noor",
    "group_name": "De Vlinders",
    "meeting_date": "2026-12-03",
    "meeting_time": "14:30",
    "professional_names": "Sanne de Vries en Ahmed Yilmaz",
    "location_name": "Kindcentrum De Boomgaard",
}


def test_the_vendored_library_is_the_locked_npm_package():
    """docs/assets/vendor/docx/ is node_modules' file at the version package-lock.json pins
    (`npm ci` installs it; the copy is committed so that `mkdocs serve` works without npm)."""
    locked = json.loads((ROOT / "package-lock.json").read_text())["packages"]["node_modules/docx"]
    installed = ROOT / "node_modules/docx"
    assert installed.exists(), "node_modules/docx is missing: run `npm ci --ignore-scripts`"
    assert json.loads((installed / "package.json").read_text())["version"] == locked["version"]
    assert json.loads((ROOT / "package.json").read_text())["devDependencies"]["docx"] == locked["version"]
    assert VENDORED.read_bytes() == (installed / "dist/index.iife.js").read_bytes()
    assert (VENDORED.parent / "LICENSE").read_bytes() == (installed / "LICENSE").read_bytes()


def download(page, button_name):
    with page.expect_download() as info:
        page.get_by_role("button", name=button_name).click()
    path = info.value.path()
    return info.value.suggested_filename, path


def requests_of(page):
    seen = []
    page.on("request", lambda r: seen.append((r.method, r.url)))
    return seen


def test_the_letter_downloads_with_what_was_typed(page, site_url, content):
    page.goto(site_url + "brief/nl/")
    page.wait_for_load_state("networkidle")
    seen = requests_of(page)
    for key, value in LETTER.items():
        page.fill(f"#field-{key}", value)
    assert seen == []  # typing loads nothing, the Word library included
    name, path = download(page, "Download voor Word, met wat je invulde")
    assert re.fullmatch(r"uitnodiging-kennismakingsgesprek-nl-\d{4}-\d\d-\d\d\.docx", name)
    # only the two scripts, from this site, fetched on the click; nothing sent
    assert [(m, u.replace(site_url, "")) for m, u in seen] == [
        ("GET", "assets/javascripts/word-export.js"), ("GET", "assets/vendor/docx/docx.iife.js")]
    assert page.watch.foreign_requests == [] and page.watch.console_errors == []
    doc = Document(path)
    texts = [p.text for p in doc.paragraphs]
    web = page.locator(".letter:not(.letter--source)").locator("p, li").all_inner_texts()
    # The letterhead first (organisation, the chosen location's address, place and date), then
    # the letter as shown, in order.
    assert texts[len(texts) - len(web):] == [" ".join(t.split()) for t in web]
    head = "\n".join(texts[:len(texts) - len(web)])
    assert content.organisation.name in head and LETTER["location_name"] in head
    location = next(x for x in content.organisation.locations if x.name == LETTER["location_name"])
    if location.address:
        assert location.address.street in head and location.address.place in head
    body = "\n".join(texts)
    for key in ("parent_names", "child_name", "group_name", "professional_names", "location_name"):
        assert LETTER[key] in body
    assert "donderdag 3 december 2026" in body and "14:30" in body
    assert "[" not in body  # no blank left
    bullets = [p for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(bullets) == page.locator(".letter:not(.letter--source) li").count()


def test_the_arabic_letter_downloads_right_to_left(page, site_url):
    page.goto(site_url + "brief/ar/")
    for key, value in LETTER.items():
        page.fill(f"#field-{key}", value)
    _, path = download(page, "Download voor Word, met wat je invulde")
    doc = Document(path)
    assert doc.paragraphs
    for paragraph in doc.paragraphs:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None, paragraph.text
        for run in paragraph.runs:
            assert run._r.rPr.find(qn("w:rtl")) is not None, run.text
            assert run._r.rPr.find(qn("w:lang")).get(qn("w:bidi")) == "ar"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Noor" in body and "Kindcentrum De Boomgaard" in body
    assert "Dutch" not in body and "Nederlands" not in body  # the Dutch copy is not in it


def test_a_worksheet_downloads_with_the_answers_the_organisation_and_the_qr_code(page, site_url, content):
    rel = "werkbladen/samenwerken/"
    page.goto(site_url + rel)
    rng = random.Random(rel)
    answers = []
    for area in page.locator(".sheet-paper textarea").all()[:3]:
        answers.append(long_answer(rng, "nl"))
        area.fill(answers[-1])
    page.locator(".sheet-paper textarea").nth(3).fill("Eerste regel\nTweede regel")
    page.fill("#sheet-group", "De Vlinders")
    name, path = download(page, "Download voor Word, met wat je invulde")
    assert name.startswith("werkblad-samenwerken-")
    doc = Document(path)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == page.locator("article h1").inner_text().rstrip("¶").strip()
    assert doc.paragraphs[0].style.name == "Heading 1"
    assert content.organisation.name in texts
    assert "Groep: De Vlinders" in texts
    for answer in answers:
        assert answer in texts
    assert "Eerste regel\nTweede regel" in texts
    for label in page.locator(".sheet-answer > label").all_inner_texts():
        assert label in texts
    assert any(SITE_URL + rel in t for t in texts)
    with zipfile.ZipFile(path) as docx:
        pictures = [n for n in docx.namelist() if n.startswith("word/media/")]
        decoded = [c.text for n in pictures
                   for c in zxingcpp.read_barcodes(Image.open(io.BytesIO(docx.read(n))).convert("L"))]
    assert decoded == [SITE_URL + rel]  # the QR code still reads in the Word file
    assert page.watch.foreign_requests == []


def test_a_checklist_downloads_with_its_ticks(page, site_url):
    page.goto(site_url + "en/checklists/intake/")
    boxes = page.locator("ul.checklist input[type=checkbox]")
    boxes.nth(0).check()
    boxes.nth(2).check()
    labels = page.locator("ul.checklist label").all_inner_texts()
    _, path = download(page, "Download for Word, with what you typed")
    texts = [p.text for p in Document(path).paragraphs]
    assert f"☒ {labels[0]}" in texts and f"☐ {labels[1]}" in texts and f"☒ {labels[2]}" in texts
    for heading in page.locator(".checklist-tip h3").all_inner_texts():
        assert heading in texts


def test_without_typing_the_letter_download_keeps_its_labelled_blanks(page, site_url):
    page.goto(site_url + "en/brief/tr/")
    _, path = download(page, "Download for Word, with what you typed")
    body = "\n".join(p.text for p in Document(path).paragraphs)
    assert body.count("[") == page.locator(".letter:not(.letter--source) .letter-field").count()
