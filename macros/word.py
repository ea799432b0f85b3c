"""Renderer for Word (.docx) files: the invitation letter, the checklists and the worksheets
as editable documents, each from the same model as its web page (organisation, sources, the
page's address and QR code included).

python-docx has no API for right-to-left paragraphs, so `w:bidi` (paragraph) and `w:rtl`
plus complex-script fonts (run) are written as XML elements in the schema's order.
python-docx's `add_paragraph` looks for the section properties at the end of the body on every
call (the cost of a document grows with the square of its length): paragraphs are put in
front of them directly (`_Body`). The output is reproducible: fixed document dates and fixed
times inside the zip.
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
from docx.text.paragraph import Paragraph

from .content import PLACEHOLDER, Letter, Organisation
from .letters import plain_text
from .sheets import Answer, Checklist, Frame, WorksheetView, qr_png

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


def _add_text(paragraph, text: str, letter: Letter, source: Letter | None = None) -> None:
    """The text as runs; each placeholder a highlighted run with its label in brackets, and in
    another language than Dutch also the Dutch label, so Dutch staff know which blank is which."""
    rtl = letter.meta.direction == "rtl"
    last = 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > last:
            _style_run(paragraph.add_run(text[last:m.start()]), rtl, letter.code)
        run = paragraph.add_run(plain_text(m.group(0), letter))
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        _style_run(run, rtl, letter.code)
        if source is not None and source is not letter:
            dutch = paragraph.add_run(dutch_blank(m.group(1), source))
            dutch.font.highlight_color = WD_COLOR_INDEX.YELLOW
            _style_run(dutch, False, source.code)
        last = m.end()
    if last < len(text):
        _style_run(paragraph.add_run(text[last:]), rtl, letter.code)


class _Body:
    """Appends paragraphs at the end of a document's body in constant time."""

    def __init__(self, doc):
        self.doc = doc
        self._end = doc.element.body.sectPr
        self._style_ids: dict[str, str] = {}  # python-docx looks a style's name up every time

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        self._end.addprevious(p)
        paragraph = Paragraph(p, self.doc._body)
        if style:
            if style not in self._style_ids:
                self._style_ids[style] = self.doc.styles[style].style_id
            p.style = self._style_ids[style]
        if text:  # a run with the text, as add_run makes it (which walks the text per character)
            run, t = OxmlElement("w:r"), OxmlElement("w:t")
            t.text = text
            t.set(qn("xml:space"), "preserve")
            run.append(t)
            p.append(run)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(text, f"Heading {level}")


def _set_properties(doc, title: str, lang: str, author: str) -> None:
    props = doc.core_properties
    props.title, props.language = title, lang
    props.author = props.last_modified_by = author
    props.created = props.modified = FIXED_TIME
    props.revision = 1


def dutch_blank(key: str, source: Letter) -> str:
    """What follows a blank of a letter in another language: its label in the Dutch letter."""
    return f" ({source.meta.labels[key]})"


def letter_docx(letter: Letter, organisation: Organisation | None, source: Letter | None = None) -> bytes:
    """The letter as a .docx file: the organisation's name on top, then the same paragraphs as
    on the web page."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    author = organisation.name if organisation else letter.meta.title
    _set_properties(doc, letter.meta.title, letter.code, author)
    body = _Body(doc)
    rtl = letter.meta.direction == "rtl"
    if organisation:
        head = body.paragraph()
        if rtl:
            _rtl_paragraph(head)
        run = head.add_run(organisation.name)
        run.bold = True
        _style_run(run, rtl, letter.code)
    for block in letter.blocks:
        style = "List Bullet" if block.kind == "ul" else None
        for text in block.texts:
            paragraph = body.paragraph(style=style)
            if rtl:
                _rtl_paragraph(paragraph)
            _add_text(paragraph, text, letter, source)
    return _save(doc)


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

def _new_document(title: str, frame: Frame) -> tuple[Document, _Body]:
    """A sheet's document: A4, the organisation's name, the title, room for group, name and
    date (as on the web page's header)."""
    doc = Document()
    doc.styles["Normal"].font.name = FONT
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    _set_properties(doc, title, frame.lang, frame.organisation or title)
    body = _Body(doc)
    if frame.organisation:
        body.paragraph().add_run(frame.organisation).bold = True
    body.heading(title, 1)
    w = frame.words
    body.paragraph("    ".join(f"{getattr(w, k)}: ______________" for k in ("group", "name", "date")))
    return doc, body


def _foot(doc, body: _Body, frame: Frame) -> None:
    """Sources, the page's address and its QR code (as on the web page's footer)."""
    w = frame.words
    body.paragraph(f"{w.sources}: " + "; ".join(frame.sources))
    body.paragraph(f"{w.online}: {frame.url}")
    body.paragraph().add_run().add_picture(io.BytesIO(qr_png(frame.url)), width=Cm(2.4))


def _save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return _reproducible_zip(out.getvalue())


def checklist_docx(checklist: Checklist) -> bytes:
    """A checklist as an editable Word file: the same groups, tips and actions as the page."""
    doc, body = _new_document(checklist.title, checklist.frame)
    body.paragraph(checklist.summary)
    tip_level = 3 if any(g.heading for g in checklist.groups) else 2
    for group in checklist.groups:
        if group.heading:
            body.heading(group.heading, 2)
        for entry in group.entries:
            body.heading(entry.title, tip_level)
            for item in entry.items:
                body.paragraph(f"☐  {item}")
    _foot(doc, body, checklist.frame)
    return _save(doc)


def _answer_box(doc, lines: int) -> None:
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.rows[0].height = Cm(0.8 * lines)


def worksheet_docx(sheet: WorksheetView) -> bytes:
    """A worksheet as an editable Word file, with a box to write in for every answer."""
    doc, body = _new_document(sheet.title, sheet.frame)
    words = sheet.frame.words
    body.paragraph(sheet.intro)
    if sheet.draws_on:
        body.paragraph(f"{words.draws_on} " + ", ".join(link.title for link in sheet.draws_on))
    for part in sheet.parts:
        if part.heading:
            body.heading(part.heading, 2)
        if part.intro:
            body.paragraph(part.intro)
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
                body.paragraph().add_run(block.label).bold = True
                if block.hint:
                    body.paragraph().add_run(block.hint).italic = True
                _answer_box(doc, block.lines)
            else:
                body.paragraph().add_run(block.legend).bold = True
                if block.hint:
                    body.paragraph().add_run(block.hint).italic = True
                for answer in block.answers:
                    body.paragraph(answer.label)
                    _answer_box(doc, answer.lines)
    _foot(doc, body, sheet.frame)
    return _save(doc)


# --- the intake conversation guide ------------------------------------------------------------

def guide_docx(guide) -> bytes:
    """The intake conversation guide as an editable Word file: the same parts, actions,
    questions and agreements table as its page (a guide.Guide)."""
    doc, body = _new_document(guide.title, guide.frame)
    body.paragraph(guide.summary)
    for part in guide.parts:
        body.heading(part.heading, 2)
        for entry in part.entries:
            body.heading(entry.title, 3)
            for item in entry.items:
                body.paragraph(f"☐  {item}")
        for block in part.blocks:
            kind = getattr(block, "kind", "answer")
            if kind == "questions":
                body.heading(block.heading, 3)
                body.paragraph().add_run(block.intro).italic = True
                for answer in block.answers:
                    label = body.paragraph()
                    run = label.add_run(answer.label)
                    run.bold = True
                    if block.dir == "rtl":
                        _rtl_paragraph(label)
                        _style_run(run, True, block.lang)
                    _answer_box(doc, answer.lines)
            elif kind == "agreements":
                body.paragraph().add_run(block.intro).italic = True
                table = doc.add_table(rows=1 + len(block.rows), cols=len(block.columns))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, block.columns):
                    cell.text = text
                    cell.paragraphs[0].runs[0].bold = True
                for row in table.rows[1:]:
                    row.height = Cm(1.6)
            else:
                body.paragraph().add_run(block.label).bold = True
                if block.hint:
                    body.paragraph().add_run(block.hint).italic = True
                _answer_box(doc, block.lines)
    _foot(doc, body, guide.frame)
    return _save(doc)
