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
from docx.shared import Pt

from .content import PLACEHOLDER, Letter
from .letters import plain_text

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
