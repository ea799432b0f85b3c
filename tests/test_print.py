"""Checklists and worksheets on paper, the way a team gets them: typed into in Chromium with long
answers, printed to PDF, the pages rasterised and read back (a QR decoder, text positions)."""
from __future__ import annotations

import dataclasses
import functools
import io
import math
import random
import zipfile

import pypdfium2 as pdfium
import pytest
import zxingcpp
from bs4 import BeautifulSoup
from PIL import Image, ImageChops, ImageOps

import browser_helpers as helpers
from conftest import LANGUAGES, SITE_URL
from macros.kinds import worksheet
from macros.kinds.checklist import build_checklist
from macros.render.vision_draft import VISION_SHEET
from sentences import long_answer

PREFIX = {"nl": "", "en": "en/"}
CM = 72 / 2.54  # PDF points in a centimetre
# Less than a phone camera resolves of a sheet held at reading distance (about 150 dpi): the
# code must decode at this resolution (measured: every sheet's decodes from 72 dpi up).
PHONE_DPI = 100


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


def site_chrome(content) -> list[str]:
    """Words of the site around a sheet that must not come out on paper: the organisation's
    address, the buttons, the search box (read from the content, in every language)."""
    words = [getattr(content.labels[lang].sheets, key) for lang in LANGUAGES
             for key in ("print", "download_docx", "download_filled", "store", "erase")]
    if content.organisation.contact.email:
        words.append(content.organisation.contact.email)
    return words + ["Zoeken", "Search"]  # Material's search box, in its own words


def fill_long_answers(page, lang: str, seed: str) -> dict[str, str]:
    """A long, realistic answer (20-30 words) in every text field, every other box ticked: set
    as typing does (the value, then an input event; a click on a box), in one call to the page."""
    rng = random.Random(seed)
    ids = page.locator(".sheet-paper textarea").evaluate_all("areas => areas.map(a => a.id)")
    answers = {id_: long_answer(rng, lang) for id_ in ids}
    page.evaluate("""answers => {
        const put = (el, value) => { el.value = value; el.dispatchEvent(new Event('input', {bubbles: true})); };
        for (const [id, text] of Object.entries(answers)) put(document.getElementById(id), text);
        put(document.getElementById('sheet-group'), 'De Vlinders');
        put(document.getElementById('sheet-name'), 'Sanne de Vries');
        document.querySelectorAll('.sheet-paper input[type=checkbox]').forEach((box, i) => {
            if (i % 2 === 0 && !box.checked) box.click();
        });
    }""", answers)
    assert page.locator(".sheet-paper textarea").evaluate_all("areas => areas.map(a => a.value)") == list(answers.values())
    return answers


def rasterise(pdf: bytes, index: int, dpi: int = PHONE_DPI) -> Image.Image:
    return helpers.rasterise(pdf, index, dpi)


def ink_bottom(image: Image.Image) -> float:
    """How far down the page the lowest mark is, as a fraction of the page's height."""
    box = ImageOps.invert(image).point(lambda v: 255 if v > 40 else 0).getbbox()
    return box[3] / image.height if box else 0.0


@dataclasses.dataclass
class Printed:
    pdf: bytes
    answers: dict[str, str]  # field id: the long answer typed into it
    qr_box: dict  # the QR code's square in print layout, empty (CSS pixels)
    qr_view_box: str | None
    answer_heights: list[float]  # every answer box's height in print layout, empty (CSS pixels)

    @functools.cached_property
    def texts(self) -> list[str]:
        return helpers.pdf_texts(self.pdf)


@pytest.fixture(scope="module")
def printed(browser, site_url, content):
    """Every sheet in both languages: measured in print layout while empty, then filled in with
    long answers and printed once: {rel: Printed}. Every test below reads these PDFs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    out = {}
    for lang in LANGUAGES:
        for rel in sheet_pages(content):
            page.goto(site_url + PREFIX[lang] + rel)
            page.emulate_media(media="print")
            qr = page.locator(".sheet-foot__qr svg")
            box, view = qr.bounding_box(), qr.get_attribute("viewBox")
            heights = page.locator(".sheet-paper textarea").evaluate_all(
                "areas => areas.map(a => a.getBoundingClientRect().height)")
            page.emulate_media(media="screen")
            answers = fill_long_answers(page, lang, PREFIX[lang] + rel)
            out[PREFIX[lang] + rel] = Printed(helpers.print_to_pdf(page), answers, box, view, heights)
    context.close()
    return out


# --- the QR code ----------------------------------------------------------------------------------

def page_with_address(item: Printed, url: str) -> int:
    """The one printed page that carries the sheet's foot: its address is printed as text."""
    bare = ["".join(text.split()) for text in item.texts]
    pages = [i for i, text in enumerate(bare) if url in text]
    assert len(pages) == 1, (url, pages)
    return pages[0]


def test_every_printed_sheet_has_a_qr_code_a_phone_reads_as_its_address(printed):
    """The page that carries the sheet's foot, rasterised at phone resolution: the code decodes
    to the page's published address, and it is at least 2 cm wide with its quiet zone."""
    for rel, item in printed.items():
        index = page_with_address(item, SITE_URL + rel)
        found = helpers.qr_codes(item.pdf, index, PHONE_DPI)
        assert [c.text for c in found] == [SITE_URL + rel], rel
        pos = found[0].position
        width_px = max(pos.top_right.x, pos.bottom_right.x) - min(pos.top_left.x, pos.bottom_left.x)
        # the decoder's corners are those of the code without its quiet zone (four modules on
        # each side, of 41-49): the code alone is about 0.8 of a square of 2 cm or more
        assert width_px / PHONE_DPI * 2.54 >= 1.6, (rel, width_px)


def test_the_qr_code_is_at_least_2_cm_with_its_quiet_zone(printed):
    """The square the QR code is printed in, measured in print layout: 2 cm or more, not
    squeezed by a long source line (the all-tips checklist has the longest)."""
    for rel, item in printed.items():
        box = item.qr_box
        assert box["width"] / 96 * 2.54 >= 2.0 and abs(box["width"] - box["height"]) < 1, (rel, box)
        assert item.qr_view_box and item.qr_view_box.startswith("0 0 "), rel


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
        doc = pdfium.PdfDocument(printed[f"{PREFIX[lang]}checklists/{name}/"].pdf)
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
            item = printed[PREFIX[lang] + rel]
            counts[PREFIX[lang] + rel] = len(item.texts)
            assert len(item.texts) <= budget, (PREFIX[lang] + rel, len(item.texts), budget)
            text = " ".join("".join(item.texts).split())
            for answer in item.answers.values():
                assert " ".join(answer.split()[:6]) in text, (rel, answer)  # what was typed is on paper
            assert "De Vlinders" in text
            for chrome in site_chrome(content):
                assert chrome not in text, (rel, chrome)  # nothing of the site's chrome on paper
    print("\npages per sheet with long answers:", counts)


def test_no_worksheet_ends_on_a_mostly_empty_page(printed, content):
    """A worksheet of two pages uses at least half of its last page: otherwise it should
    have been one page, or have given its answers more room."""
    for lang in LANGUAGES:
        for rel in sheet_pages(content):
            if not rel.startswith("werkbladen/"):
                continue
            pdf = printed[PREFIX[lang] + rel].pdf
            pages = len(printed[PREFIX[lang] + rel].texts)
            if pages > 1:
                fill = ink_bottom(rasterise(pdf, pages - 1, 50))
                assert fill >= 0.5, (PREFIX[lang] + rel, round(fill, 2))


def test_the_vision_template_leaves_room_to_write_by_hand(printed):
    """In print layout, empty: every answer box of the vision template is at least 3 cm high."""
    for lang in LANGUAGES:
        heights = printed[f"{PREFIX[lang]}werkbladen/{VISION_SHEET}/"].answer_heights
        assert heights and min(heights) / 96 * 2.54 >= 3.0, (lang, min(heights or [0]) / 96 * 2.54)


def test_the_vision_template_printed_empty_is_still_two_pages(browser, site_url, routes):
    """The template a team writes its vision on by hand is not squeezed onto one page."""
    page = browser.new_page()
    page.goto(site_url + routes.path_of("worksheet", VISION_SHEET, LANGUAGES[0]))
    assert len(pdfium.PdfDocument(helpers.print_to_pdf(page))) == 2
    page.close()


def test_neither_the_focus_ring_nor_the_caret_is_printed(browser, site_url, content, routes):
    """Printing with Ctrl+P from inside a field: the paper is the same as with no field focused."""
    page = browser.new_page()
    page.goto(site_url + routes.path_of("worksheet", content.worksheets[0].id, LANGUAGES[0]))
    area = page.locator(".sheet-paper textarea").first
    area.click()
    page.keyboard.type("We bellen de ouders")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    focused = helpers.print_to_pdf(page)
    page.evaluate("document.activeElement.blur()")
    blurred = helpers.print_to_pdf(page)
    assert ImageChops.difference(rasterise(focused, 0, 100), rasterise(blurred, 0, 100)).getbbox() is None
    # and before printing (the print button, the browser's print), the field lets go of the focus
    area.click()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate("document.activeElement === document.body")
    page.close()
