"""Every Word file is made in the browser (word-export.js with the vendored `docx` library) from
the page the build wrote: empty (the page as printed, nothing typed) and filled (with what was
typed). Clicked in Chromium, opened with python-docx as a coach's Word would open it, and
converted with LibreOffice to PDF, as another office suite prints it. Nothing is sent; the
build writes no .docx. Every text and name is read from the content or the page."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from conftest import ROOT
from macros.content import LETTER_FIELDS
from macros.content.organisation import Organisation
from macros import kinds
from macros.render.word_layout import WORD_LAYOUT

VENDORED = ROOT / "docs/assets/vendor/docx/docx.iife.js"
SCRIPTS = sorted((ROOT / "docs/assets/javascripts").glob("*.js"))
EMU_PER_TWIP = 635
A4_POINTS = (595.3, 841.9)


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


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


# --- what the build writes -------------------------------------------------------------------

def test_the_build_writes_no_word_file(site_dir):
    assert list(site_dir.rglob("*.docx")) == []


def test_the_layout_is_in_the_page_as_a_json_data_block(site_dir, routes):
    for kind in ("checklist", "worksheet", "guide", "letter", "letter-batch"):
        route = routes.of_kind(kind)[0]
        soup = BeautifulSoup((site_dir / routes.url(route, "nl") / "index.html").read_text(encoding="utf-8"), "lxml")
        block = soup.select_one('script#word-layout[type="application/json"]')
        assert block is not None, kind
        assert json.loads(block.string) == WORD_LAYOUT
        # before the shared module, which comes before the page's own scripts
        sources = [s.get("src", "#" + (s.get("id") or "")) for s in soup.find_all("script")]
        common = next(i for i, s in enumerate(sources) if s.endswith("assets/javascripts/common.js"))
        assert sources.index("#word-layout") < common
        ours = [s.rsplit("/", 1)[-1] for s in sources if "assets/javascripts/" in s]
        bundle = next(i for i, s in enumerate(ours) if s.startswith("bundle."))
        # after Material's bundle; then exactly the scripts the page's kind declares
        assert bundle < ours.index("common.js"), (kind, ours)
        assert ours[ours.index("common.js") + 1:] == list(kinds.of_route(route).page_scripts(route.name)), (kind, ours)


def test_no_rule_of_the_content_model_is_restated_in_javascript():
    """The required fields, the letter's fields, the meeting's length and the date formats come
    from the page; the dead Intl fallbacks are gone; nothing is copied between scripts."""
    minutes = Organisation.model_fields["meeting_minutes"].default
    for script in SCRIPTS:
        text = script.read_text(encoding="utf-8")
        assert not re.search(rf"(?<![\w.]){minutes}(?![\w.])", text), script.name
        for field in LETTER_FIELDS:
            assert field not in text, (script.name, field)
        assert "Intl." not in text, script.name
        if script.name != "common.js":
            for copied in ("createObjectURL", 'createElement("script")', "letter-locations", "dateFormats"):
                assert copied not in text, (script.name, copied)


# --- in the browser -----------------------------------------------------------------------------

def requests_of(page):
    seen = []
    page.on("request", lambda r: seen.append((r.method, r.url)))
    return seen


def download(page, button, tmp_path):
    """Click a Word button; the file's suggested name and the document."""
    with page.expect_download() as info:
        button.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return info.value.suggested_filename, Document(str(path)), path


def buttons(page):
    return (page.locator('[data-word-download="empty"]'), page.locator('[data-word-download="filled"]'))


def assert_page(doc) -> None:
    """A4, the margins and body size of macros/render/word_layout.py."""
    section = doc.sections[0]
    assert section.page_width == twips(WORD_LAYOUT["page"]["width_mm"]) * EMU_PER_TWIP
    assert section.page_height == twips(WORD_LAYOUT["page"]["height_mm"]) * EMU_PER_TWIP
    margin = twips(WORD_LAYOUT["margin_mm"]) * EMU_PER_TWIP
    assert [section.left_margin, section.right_margin, section.top_margin, section.bottom_margin] == [margin] * 4
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:sz")).get(qn("w:val")) == str(round(WORD_LAYOUT["body_pt"] * 2))
    assert defaults.find(qn("w:rFonts")).get(qn("w:ascii")) == WORD_LAYOUT["font"]


def assert_layout(doc, lang: str, rtl: bool = False) -> None:
    """The one layout, proofing in the page's (or the letter's) language, right-to-left where
    the letter is."""
    assert_page(doc)
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    proofing = defaults.find(qn("w:lang"))
    assert proofing.get(qn("w:val")) == lang
    if rtl:
        assert proofing.get(qn("w:bidi")) == lang
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    assert runs
    for paragraph in doc.paragraphs:
        bidi = paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None
        assert bidi == rtl, paragraph.text


def texts_of(doc) -> list[str]:
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        texts += [c.text for row in table.rows for c in row.cells]
    return texts


def clean(text: str) -> str:
    """Text as a reader sees it: no pilcrow, no invisible direction marks (around a
    left-to-right value in a right-to-left letter), white space collapsed."""
    return " ".join(re.sub("[\u00b6\u200e\u200f]", "", text).split())


SHEET_KINDS = ("checklist", "worksheet", "guide")


@pytest.mark.parametrize("kind", SHEET_KINDS)
def test_a_sheet_gives_an_empty_and_a_filled_word_file(page, site_url, routes, content, kind, tmp_path):
    lang = content.languages[-1] if kind == "guide" else content.languages[0]
    route = routes.of_kind(kind)[0]
    words = content.labels[lang].sheets
    page.goto(site_url + routes.url(route, lang))
    page.wait_for_load_state("networkidle")
    seen = requests_of(page)
    empty, filled = buttons(page)
    assert empty.inner_text() == words.download_docx and filled.inner_text() == words.download_filled
    typed = f"Ingevuld voor de test ({kind})"
    areas = page.locator(".sheet-paper textarea")
    if areas.count():
        areas.first.fill(typed + "\nTweede regel")
    boxes = page.locator(".sheet-paper input[type=checkbox]")
    if boxes.count():
        boxes.first.check()
    page.locator(".sheet-paper .sheet-head input").first.fill(typed)
    assert seen == []  # typing loads nothing, the Word library included

    name, doc, _ = download(page, filled, tmp_path)
    stem = filled.get_attribute("data-word-file")
    assert re.fullmatch(re.escape(stem) + r"-\d{4}-\d\d-\d\d\.docx", name)
    # only the two scripts, from this site, fetched on the first click; nothing sent
    assert [(m, u.replace(site_url, "")) for m, u in seen] == [
        ("GET", "assets/javascripts/word-export.js"), ("GET", "assets/vendor/docx/docx.iife.js")]
    assert_layout(doc, lang)
    texts = texts_of(doc)
    title = clean(page.locator("article h1").inner_text())
    assert texts[0] == title and doc.paragraphs[0].style.name == "Heading 1"
    whole = "\n".join(texts)
    assert typed + "\nTweede regel" in whole or areas.count() == 0
    assert any(t.endswith(typed) for t in texts)  # the sheet's head: "Groep: …"
    if boxes.count():
        assert texts.count("☒ " + page.locator(".sheet-paper ul.checklist label").first.inner_text()) >= 1
    cleaned = [clean(t) for t in texts]
    for heading in page.locator(".sheet-paper h2, .sheet-paper h3").all_inner_texts():
        assert clean(heading) in cleaned
    for label in page.locator(".sheet-paper .sheet-answer > label").all_inner_texts():
        assert clean(label) in cleaned
    url = page.locator(".sheet-foot a").first.get_attribute("href")
    assert any(url in t for t in texts)
    assert doc.inline_shapes, "no QR code"

    name, doc, _ = download(page, empty, tmp_path)
    assert name == stem + ".docx"
    assert_layout(doc, lang)
    texts = texts_of(doc)
    assert typed not in "\n".join(texts)  # the empty file is the page as printed, nothing typed
    assert "☒" not in "\n".join(texts)
    assert texts[0] == title
    cleaned = [clean(t) for t in texts]
    for label in page.locator(".sheet-paper .sheet-answer > label").all_inner_texts():
        assert clean(label) in cleaned
    assert page.watch.foreign_requests == [] and page.watch.console_errors == []


def fill_letter(page, content):
    """Every field of the letter's form, with the organisation's first location."""
    values = {}
    for field in page.locator(".letter-form input[data-field]").all():
        key, kind = field.get_attribute("data-field"), field.get_attribute("type")
        if field.get_attribute("data-role") == "location" and content.organisation.locations:
            value = content.organisation.locations[0].name
        elif kind == "date":
            value = "2027-03-28"
        elif kind == "time":
            value = "09:30"
        else:
            value = f"Test {len(values) + 1}"
        field.fill(value)
        values[key] = value
    return values


def web_letter(page):
    letter = page.locator(".letter-sheet .letter:not(.letter--source)")
    return [clean(t) for t in letter.locator(":scope > p, :scope li").all_inner_texts()]


def test_every_letter_gives_an_empty_word_file_with_its_labelled_blanks(page, site_url, routes, content, tmp_path):
    source = content.source_letter
    for letter in content.letters:
        page.goto(site_url + routes.url(routes.get("letter", letter.code), "nl"))
        empty, filled = buttons(page)
        assert empty.inner_text() == content.labels["nl"].letter.download_docx
        name, doc, _ = download(page, empty, tmp_path)
        assert name == empty.get_attribute("data-word-file") + ".docx"
        rtl = letter.meta.direction == "rtl"
        assert_layout(doc, letter.code, rtl)
        texts = [clean(p.text) for p in doc.paragraphs]
        web = web_letter(page)
        labels = {f"[{letter.meta.labels[k]}]": k for k in letter.meta.labels}
        if letter is not source:  # each blank with its Dutch label beside it
            web = [re.sub("|".join(re.escape(x) for x in labels),
                          lambda m: f"{m.group(0)} ({source.meta.labels[labels[m.group(0)]]})", w) for w in web]
        assert texts[len(texts) - len(web):] == web, letter.code
        assert texts[0] == content.organisation.name
        highlighted = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color is not None]
        assert f"[{letter.meta.labels['child_name']}]" in highlighted
        bullets = [p for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
        assert len(bullets) == page.locator(".letter-sheet .letter:not(.letter--source) li").count()
    assert page.watch.foreign_requests == [] and page.watch.console_errors == []


def letters_by_direction(content):
    rtl = [x for x in content.letters if x.meta.direction == "rtl"]
    return [content.source_letter] + rtl[:1]


def test_a_filled_letter_has_what_was_typed_and_the_chosen_location(page, site_url, routes, content, tmp_path):
    for letter in letters_by_direction(content):
        page.goto(site_url + routes.url(routes.get("letter", letter.code), "en"))
        values = fill_letter(page, content)
        empty, filled = buttons(page)
        assert filled.inner_text() == content.labels["en"].letter.download_filled
        name, doc, _ = download(page, filled, tmp_path)
        assert re.fullmatch(re.escape(filled.get_attribute("data-word-file")) + r"-\d{4}-\d\d-\d\d\.docx", name)
        rtl = letter.meta.direction == "rtl"
        assert_layout(doc, letter.code, rtl)
        texts = [clean(p.text) for p in doc.paragraphs]
        web = web_letter(page)
        assert texts[len(texts) - len(web):] == web
        body = "\n".join(texts)
        assert "[" not in body  # no blank left
        for value in values.values():
            if not re.fullmatch(r"[\d:-]+", value):
                assert value in body
        date = next(key for key, kind in LETTER_FIELDS.items() if kind == "date")
        shown = page.locator(f'.letter-sheet .letter:not(.letter--source) [data-field="{date}"]').first.inner_text()
        assert shown in body  # the date as the letter writes it (its CLDR format)
        head = "\n".join(texts[:len(texts) - len(web)])
        location = content.organisation.locations[0] if content.organisation.locations else None
        if location and location.address:
            assert location.address.street in head
        if rtl:
            # the letter's own words right to left; a value typed in Latin script (a name,
            # the address) a left-to-right run between direction marks (test_letter_rtl.py)
            for paragraph in doc.paragraphs:
                for run in paragraph.runs:
                    if not run.text.strip():
                        continue
                    if run.text.startswith("\u200e"):
                        assert run._r.rPr.find(qn("w:rtl")) is None, run.text
                    else:
                        assert run._r.rPr.find(qn("w:rtl")) is not None, run.text
                        assert run._r.rPr.find(qn("w:lang")).get(qn("w:bidi")) == letter.code
        # … and the empty file of the same page still has none of it
        _, doc, _ = download(page, empty, tmp_path)
        body = "\n".join(p.text for p in doc.paragraphs)
        for value in values.values():
            if value.startswith("Test "):
                assert value not in body
    assert page.watch.foreign_requests == [] and page.watch.console_errors == []


# --- as another office suite prints it ------------------------------------------------------------

def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is missing: apt-get install -y libreoffice-writer-nogui (tests/run.sh does)"
    return found


def to_pdf(paths, out_dir, tmp_path):
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, paths)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return [out_dir / (p.stem + ".pdf") for p in paths]


def test_letters_and_a_worksheet_print_on_a4_in_libreoffice(page, site_url, routes, content, tmp_path):
    files = []
    for letter in letters_by_direction(content):
        page.goto(site_url + routes.url(routes.get("letter", letter.code), "nl"))
        fill_letter(page, content)
        _, _, path = download(page, buttons(page)[1], tmp_path)
        files.append(("letter", path.rename(tmp_path / f"letter-{letter.code}.docx")))
    worksheet = routes.of_kind("worksheet")[0]
    page.goto(site_url + routes.url(worksheet, "nl"))
    page.locator(".sheet-paper textarea").first.fill("Een antwoord voor de test")
    _, _, path = download(page, buttons(page)[1], tmp_path)
    files.append(("worksheet", path.rename(tmp_path / "worksheet.docx")))
    out = tmp_path / "pdf"
    out.mkdir()
    for (kind, _), pdf in zip(files, to_pdf([p for _, p in files], out, tmp_path)):
        reader = PdfReader(str(pdf))
        if kind == "letter":
            assert len(reader.pages) == 1, pdf.name
        else:
            assert 1 <= len(reader.pages) <= 4, pdf.name
        for sheet in reader.pages:
            size = (float(sheet.mediabox.width), float(sheet.mediabox.height))
            assert abs(size[0] - A4_POINTS[0]) < 1 and abs(size[1] - A4_POINTS[1]) < 1, (pdf.name, size)
        text = "".join(p.extract_text() for p in reader.pages)
        assert ("Test 1" in text) if kind == "letter" else ("Een antwoord voor de test" in text), pdf.name
