"""Renderer for Word (.docx) files: the invitation letter as an editable document.

python-docx has no API for right-to-left paragraphs, so `w:bidi` (paragraph) and `w:rtl`
plus complex-script fonts (run) are written as XML elements in the schema's order.
The output is reproducible: fixed document dates and fixed times inside the zip.
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .content import PLACEHOLDER, Letter
from .letters import plain_text
from .sheets import Answer, qr_png, source_line

# What may follow w:bidi in <w:pPr>, and w:rtl in <w:rPr> (ECMA-376 schema order).
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
FIXED_TIME = datetime(2025, 1, 1, tzinfo=timezone.utc)
FONT = "Arial"  # has Latin, Arabic and Cyrillic on every Word installation


def _rtl_paragraph(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def _style_run(run, rtl: bool, lang: str) -> None:
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), FONT)
    if rtl:
        rpr.insert_element_before(OxmlElement("w:rtl"), *_AFTER_RTL)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.insert_element_before(language, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    language.set(qn("w:bidi" if rtl else "w:val"), lang)


def _add_text(paragraph, text: str, letter: Letter) -> None:
    """The text as runs; each placeholder a highlighted run with its label in brackets."""
    rtl = letter.meta.direction == "rtl"
    last = 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > last:
            _style_run(paragraph.add_run(text[last:m.start()]), rtl, letter.code)
        run = paragraph.add_run(plain_text(m.group(0), letter))
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        _style_run(run, rtl, letter.code)
        last = m.end()
    if last < len(text):
        _style_run(paragraph.add_run(text[last:]), rtl, letter.code)


def letter_docx(letter: Letter) -> bytes:
    """The letter as a .docx file: the same paragraphs as on the web page."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    props = doc.core_properties
    props.title = letter.meta.title
    props.language = letter.code
    props.author = "Samen met ouders"
    props.created = props.modified = FIXED_TIME
    props.last_modified_by = "Samen met ouders"
    props.revision = 1
    rtl = letter.meta.direction == "rtl"
    for block in letter.blocks:
        style = "List Bullet" if block.kind == "ul" else None
        for text in block.texts:
            paragraph = doc.add_paragraph(style=style)
            if rtl:
                _rtl_paragraph(paragraph)
            _add_text(paragraph, text, letter)
    out = io.BytesIO()
    doc.save(out)
    return _reproducible_zip(out.getvalue())


def _reproducible_zip(data: bytes) -> bytes:
    """The same zip with every entry dated FIXED_TIME, so two builds give the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --- checklists and worksheets -------------------------------------------------------------

def _new_document(title: str, lang: str) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = FONT
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    props = doc.core_properties
    props.title, props.language = title, lang
    props.author = props.last_modified_by = "Samen met ouders"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    doc.add_heading(title, level=1)
    return doc


def _head_fields(doc, words) -> None:
    doc.add_paragraph("    ".join(f"{getattr(words, k)}: ______________" for k in ("group", "name", "date")))


def _foot(doc, words, sources, lang: str, url: str) -> None:
    doc.add_paragraph(f"{words.sources}: " + "; ".join(source_line(s, lang) for s in sources))
    doc.add_paragraph(f"{words.online}: {url}")
    doc.add_picture(io.BytesIO(qr_png(url)), width=Cm(2.4))


def _save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return _reproducible_zip(out.getvalue())


def checklist_docx(checklist, words, lang: str, url: str) -> bytes:
    """A checklist as an editable Word file: the same groups, tips and actions as the page."""
    doc = _new_document(checklist.title, lang)
    _head_fields(doc, words)
    doc.add_paragraph(checklist.summary)
    tip_level = 3 if any(g.heading for g in checklist.groups) else 2
    for group in checklist.groups:
        if group.heading:
            doc.add_heading(group.heading, level=2)
        for entry in group.entries:
            doc.add_heading(entry.title, level=tip_level)
            for item in entry.items:
                doc.add_paragraph(f"☐  {item}")
    _foot(doc, words, checklist.sources, lang, url)
    return _save(doc)


def _answer_box(doc, lines: int) -> None:
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.rows[0].height = Cm(0.8 * lines)


def worksheet_docx(sheet, words, lang: str, url: str) -> bytes:
    """A worksheet as an editable Word file, with a box to write in for every answer."""
    doc = _new_document(sheet.title, lang)
    _head_fields(doc, words)
    doc.add_paragraph(sheet.intro)
    if sheet.draws_on:
        doc.add_paragraph(f"{words.draws_on} " + ", ".join(link.title for link in sheet.draws_on))
    for part in sheet.parts:
        if part.heading:
            doc.add_heading(part.heading, level=2)
        if part.intro:
            doc.add_paragraph(part.intro)
        if sheet.columns:  # theme worksheet: one table, a row per tip, three columns to write in
            first = part.blocks[0]
            table = doc.add_table(rows=1, cols=1 + len(first.answers))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ["", *(a.label for a in first.answers)]):
                cell.text = text
            for block in part.blocks:
                row = table.add_row()
                row.height = Cm(2.6)
                row.cells[0].text = block.legend
            continue
        for block in part.blocks:
            if isinstance(block, Answer):
                doc.add_paragraph().add_run(block.label).bold = True
                if block.hint:
                    doc.add_paragraph().add_run(block.hint).italic = True
                _answer_box(doc, block.lines)
            else:
                doc.add_paragraph().add_run(block.legend).bold = True
                if block.hint:
                    doc.add_paragraph().add_run(block.hint).italic = True
                for answer in block.answers:
                    doc.add_paragraph(answer.label)
                    _answer_box(doc, answer.lines)
    _foot(doc, words, sheet.sources, lang, url)
    return _save(doc)
