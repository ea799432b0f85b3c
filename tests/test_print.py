"""Checklists and worksheets on paper, the way a team gets them: typed into in Chromium with long
answers, printed to PDF, the pages rasterised and read back (a QR decoder, text positions)."""
from __future__ import annotations

import io
import math
import random
import zipfile

import pypdfium2 as pdfium
import pytest
import zxingcpp
from bs4 import BeautifulSoup
from PIL import Image, ImageChops, ImageOps

from conftest import LANGUAGES, SITE_URL
from macros.kinds import worksheet
from macros.kinds.checklist import build_checklist
from sentences import long_answer

PREFIX = {"nl": "", "en": "en/"}
CM = 72 / 2.54  # PDF points in a centimetre
PHONE_DPI = 150  # about what a phone camera resolves of a sheet held at reading distance


ITEMS_PER_PAGE = 35  # checklist actions (with their tips' headings) that fit on one printed page


def sheet_pages(content) -> dict[str, int]:
    """Every checklist and worksheet with its page budget (A4 pages). A checklist's budget
    grows with its actions (a fork that adds tips stays within it): one page per 35."""
    def pages_for(tips) -> int:
        return max(1, math.ceil(sum(len(t.meta.checklist) for t in tips) / ITEMS_PER_PAGE))
    nl = content.tips["nl"]
    budget = {f"checklists/{t.id}/": pages_for(content.tips_of("nl", t.id)) for t in content.themes}
    budget["checklists/intake/"] = pages_for([t for t in nl if t.meta.intake_phase])
    budget["checklists/alle-tips/"] = max(2, pages_for(nl))
    budget |= {f"werkbladen/{name}/": 2 for name in worksheet.KIND.names(content)}
    return budget


def fill_long_answers(page, lang: str, seed: str) -> dict[str, str]:
    """Type a long, realistic answer (20-30 words) in every text field, tick every other box."""
    rng = random.Random(seed)
    answers = {}
    for area in page.locator(".sheet-paper textarea").all():
        text = long_answer(rng, lang)
        area.fill(text)
        answers[area.get_attribute("id")] = text
    page.fill("#sheet-group", "De Vlinders")
    page.fill("#sheet-name", "Sanne de Vries")
    boxes = page.locator(".sheet-paper input[type=checkbox]").all()
    for box in boxes[::2]:
        box.check()
    return answers


def print_to_pdf(page) -> bytes:
    page.emulate_media(media="print")
    data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    page.emulate_media(media="screen")
    return data


def rasterise(pdf: bytes, index: int, dpi: int = PHONE_DPI) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    return doc[index].render(scale=dpi / 72).to_pil().convert("L")


def ink_bottom(image: Image.Image) -> float:
    """How far down the page the lowest mark is, as a fraction of the page's height."""
    box = ImageOps.invert(image).point(lambda v: 255 if v > 40 else 0).getbbox()
    return box[3] / image.height if box else 0.0


@pytest.fixture(scope="module")
def printed(browser, site_url, content):
    """Every sheet in both languages, filled in with long answers and printed: {rel: PDF}."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    out = {}
    for lang in LANGUAGES:
        for rel in sheet_pages(content):
            page.goto(site_url + PREFIX[lang] + rel)
            answers = fill_long_answers(page, lang, PREFIX[lang] + rel)
            out[PREFIX[lang] + rel] = (print_to_pdf(page), answers)
    context.close()
    return out


# --- the QR code ----------------------------------------------------------------------------------

def test_every_printed_sheet_has_a_qr_code_a_phone_reads_as_its_address(printed):
    """Rasterised at phone resolution, the code decodes to the page's published address, and
    it is at least 2 cm wide with its quiet zone."""
    for rel, (pdf, _) in printed.items():
        doc = pdfium.PdfDocument(pdf)
        found = []
        for i in range(len(doc)):
            image = rasterise(pdf, i)
            for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                found.append(code)
        assert [c.text for c in found] == [SITE_URL + rel], rel
        pos = found[0].position
        width_px = max(pos.top_right.x, pos.bottom_right.x) - min(pos.top_left.x, pos.bottom_left.x)
        # the decoder's corners are those of the code without its quiet zone (four modules on
        # each side, of 41-49): the code alone is about 0.8 of a square of 2 cm or more
        assert width_px / PHONE_DPI * 2.54 >= 1.6, (rel, width_px)


def test_the_qr_code_is_at_least_2_cm_with_its_quiet_zone(browser, site_url, content):
    """The square the QR code is printed in, measured in print layout: 2 cm or more, not
    squeezed by a long source line (the all-tips checklist has the longest)."""
    page = browser.new_page()
    for lang in LANGUAGES:
        for rel in sheet_pages(content):
            page.goto(site_url + PREFIX[lang] + rel)
            page.emulate_media(media="print")
            box = page.locator(".sheet-foot__qr svg").bounding_box()
            assert box["width"] / 96 * 2.54 >= 2.0 and abs(box["width"] - box["height"]) < 1, (rel, box)
            view = page.locator(".sheet-foot__qr svg").get_attribute("viewBox")
            assert view and view.startswith("0 0 "), rel
    page.close()


def test_the_qr_code_in_the_word_file_reads_as_the_pages_address(page, site_url, content, tmp_path):
    """The Word file is made in the browser from the page; its QR code is the page's, drawn
    from the page's own SVG. Every sheet, in one site language (the same code in both)."""
    from test_word_download import download
    lang = LANGUAGES[-1]
    for rel in sheet_pages(content):
        page.goto(site_url + PREFIX[lang] + rel)
        _, _, path = download(page, page.locator('[data-word-download="empty"]'), tmp_path)
        with zipfile.ZipFile(path) as docx:
            media = [n for n in docx.namelist() if n.startswith("word/media/")]
            assert media, rel
            texts = []
            for name in media:
                image = Image.open(io.BytesIO(docx.read(name))).convert("L")
                texts += [c.text for c in zxingcpp.read_barcodes(image)]
        assert texts == [SITE_URL + PREFIX[lang] + rel], rel


# --- whole tips -------------------------------------------------------------------------------------

def _find(textpage, needle: str) -> list[tuple[float, float]]:
    """Every place a text starts on a page: (x, y) of its first character, in points."""
    places = []
    search = textpage.search(needle, match_case=True)
    while (hit := search.get_next()) is not None:
        left, bottom, right, top = textpage.get_charbox(hit[0])
        places.append((left, top))
    return places


def _prefix(text: str, length: int = 22) -> str:
    """The start of a line of text, cut at a word: short enough to stay on one printed line."""
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return cut or text[:length]


@pytest.mark.parametrize("name", ["intake", "alle-tips"])
def test_a_tips_heading_and_its_actions_stay_together_on_paper(printed, content, name):
    """Each tip's heading and every one of its actions in one column of one page, the actions
    under the heading: found through the PDF's text positions."""
    for lang in LANGUAGES:
        pdf, _ = printed[f"{PREFIX[lang]}checklists/{name}/"]
        doc = pdfium.PdfDocument(pdf)
        pages = [doc[i].get_textpage() for i in range(len(doc))]
        width = doc[0].get_size()[0]
        used: set[tuple[int, float, float]] = set()

        def places(text):
            return [(i, x, y) for i, tp in enumerate(pages) for x, y in _find(tp, _prefix(text))
                    if (i, x, y) not in used]

        checklist = build_checklist(content, lang, name, SITE_URL)
        for group in checklist.groups:
            for entry in group.entries:
                heads = places(entry.title)
                assert heads, (lang, entry.title)
                page_no, hx, hy = heads[0]
                used.add(heads[0])
                column = hx >= width / 2
                for item in entry.items:
                    spots = [p for p in places(item) if p[0] == page_no and (p[1] >= width / 2) == column
                             and p[2] < hy]
                    assert spots, (lang, name, entry.title, item, "not with its heading")
                    used.add(min(spots, key=lambda p: hy - p[2]))


# --- page budgets with long answers ----------------------------------------------------------------

def test_every_sheet_keeps_its_page_budget_with_long_answers(printed, content):
    counts = {}
    for lang in LANGUAGES:
        for rel, budget in sheet_pages(content).items():
            pdf, answers = printed[PREFIX[lang] + rel]
            doc = pdfium.PdfDocument(pdf)
            counts[PREFIX[lang] + rel] = len(doc)
            assert len(doc) <= budget, (PREFIX[lang] + rel, len(doc), budget)
            text = " ".join("".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).split())
            for answer in answers.values():
                assert " ".join(answer.split()[:6]) in text, (rel, answer)  # what was typed is on paper
            assert "De Vlinders" in text
            for chrome in ("info@example.org", "Print", "Download", "Zoeken", "Search"):
                assert chrome not in text, (rel, chrome)  # nothing of the site's chrome on paper
    print("\npages per sheet with long answers:", counts)


def test_no_worksheet_ends_on_a_mostly_empty_page(printed, content):
    """A worksheet of two pages uses at least half of its last page: otherwise it should
    have been one page, or have given its answers more room."""
    for lang in LANGUAGES:
        for rel in sheet_pages(content):
            if not rel.startswith("werkbladen/"):
                continue
            pdf, _ = printed[PREFIX[lang] + rel]
            doc = pdfium.PdfDocument(pdf)
            if len(doc) > 1:
                fill = ink_bottom(rasterise(pdf, len(doc) - 1, 50))
                assert fill >= 0.5, (PREFIX[lang] + rel, round(fill, 2))


def test_the_vision_template_leaves_room_to_write_by_hand(browser, site_url):
    """Printed empty: every answer box is at least 3 cm high, and it is still two pages."""
    page = browser.new_page()
    for lang in LANGUAGES:
        page.goto(site_url + PREFIX[lang] + "werkbladen/visie/")
        page.emulate_media(media="print")
        heights = page.locator(".sheet-paper textarea").evaluate_all(
            "areas => areas.map(a => a.getBoundingClientRect().height)")
        assert heights and min(heights) / 96 * 2.54 >= 3.0, (lang, min(heights) / 96 * 2.54)
        page.emulate_media(media="screen")
        pdf = print_to_pdf(page)
        assert len(pdfium.PdfDocument(pdf)) == 2
    page.close()


def test_neither_the_focus_ring_nor_the_caret_is_printed(browser, site_url):
    """Printing with Ctrl+P from inside a field: the paper is the same as with no field focused."""
    page = browser.new_page()
    page.goto(site_url + "werkbladen/samenwerken/")
    area = page.locator(".sheet-paper textarea").first
    area.click()
    page.keyboard.type("We bellen de ouders")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    focused = print_to_pdf(page)
    page.evaluate("document.activeElement.blur()")
    blurred = print_to_pdf(page)
    assert ImageChops.difference(rasterise(focused, 0, 100), rasterise(blurred, 0, 100)).getbbox() is None
    # and before printing (the print button, the browser's print), the field lets go of the focus
    area.click()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("document.activeElement === document.body")
    page.close()
