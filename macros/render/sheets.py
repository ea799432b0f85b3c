"""The model of a sheet: what a checklist or worksheet holds (built from the content) and the
frame around it: organisation, header fields, sources, the page's published address.

The kinds that show sheets (macros/kinds/checklist.py, worksheet.py, guide.py, booklet.py)
build these models and their templates in macros/templates/ show them; the browser makes the
Word files from those pages (word-export.js), so the page and the .docx hold the same things.
"""
from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

import segno
from babel.dates import format_date

from ..content import Site, Source
from ..content.labels import SheetWords
from .jinja import page_markdown, render, trusted


@dataclass
class Frame:
    """What surrounds every sheet, on the web page and in the Word file alike."""

    lang: str
    words: SheetWords
    organisation: str  # the organisation's name
    url: str | None  # the page's published address (printed, and as QR code); None: the build has none
    sources: list[str]  # one line per source: "author: title (year)"
    checked: str | None = None  # the earliest day the rules of its tips were checked, as words


# --- what a sheet holds --------------------------------------------------------------------

@dataclass
class ChecklistEntry:
    tip_id: str
    theme: str
    title: str
    items: list[str]


@dataclass
class ChecklistGroup:
    heading: str | None  # None: a single group without a heading (a theme's checklist)
    entries: list[ChecklistEntry]


@dataclass
class Checklist:
    name: str  # the page's name: a theme id or one of the checklist kind's own (kinds/checklist.py)
    title: str
    summary: str
    groups: list[ChecklistGroup]
    frame: Frame


@dataclass
class Answer:
    id: str
    label: str
    hint: str | None = None
    lines: int = 3
    examples: list[str] = field(default_factory=list)  # example answers, shown as hints


@dataclass
class AnswerGroup:
    """A question with several answers (one per theme), or a tip with its three columns."""

    legend: str
    answers: list[Answer]
    hint: str | None = None
    examples: list[str] = field(default_factory=list)


@dataclass
class WorksheetPart:
    heading: str | None
    intro: str | None
    blocks: list[Answer | AnswerGroup]


@dataclass
class SheetLink:
    name: str  # page name in werkbladen/
    title: str


@dataclass
class WorksheetView:
    name: str  # the page's name: a worksheet id or a theme id
    title: str
    summary: str
    intro: str
    parts: list[WorksheetPart]
    draws_on: list[SheetLink]
    frame: Frame
    columns: bool = False  # a theme worksheet: three answers side by side per tip
    meeting: object = None
    order: int = 0


def source_line(source: Source, lang: str) -> str:
    year = f" ({source.year})" if source.year else ""
    return f"{source.author}: {source.text(lang).title}{year}"


def day(value: datetime.date, lang: str) -> str:
    """A day in words in the reader's language: '4 december 2026'."""
    return format_date(value, "long", locale=lang)


def checked_day(tips, lang: str) -> str | None:
    """The earliest day the rules of `tips` were checked (tips that state no rules count not)."""
    days = [t.meta.checked for t in tips if t.meta.rules and t.meta.checked is not None]
    return day(min(days), lang) if days else None


def frame(site: Site, lang: str, url: str | None, source_ids, tips=()) -> Frame:
    """The frame of a sheet whose content draws on the sources `source_ids` (and on `tips`,
    whose rules were checked on the day it names)."""
    wanted = list(dict.fromkeys(source_ids))
    sources = [source_line(s, lang) for s in site.sources.sources if s.id in wanted]
    return Frame(lang, site.labels[lang].sheets, site.organisation.name, url, sources, checked_day(tips, lang))


def entry(tip) -> ChecklistEntry:
    return ChecklistEntry(tip.id, tip.meta.theme, tip.meta.title, list(tip.meta.checklist))


# --- the QR code of a page's address ----------------------------------------------------------
# Made once per address and build (the same address is asked for by the page and its Word file).

@functools.lru_cache(maxsize=512)
def qr_code(url: str):
    """The QR code of an address, made once per build and address."""
    return segno.make(url, error="m")


@functools.lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    """An inline SVG QR code of the address (made here, at build time: no network).

    With a viewBox and no width or height (omitsize), so CSS sizes it and a smaller box scales
    the code instead of cropping it; with the standard quiet zone of four modules."""
    return qr_code(url).svg_inline(border=4, dark="#000", light="#fff", title=url, omitsize=True)


def qr_of(url: str | None):
    """The QR code of a sheet's address for its template, as trusted markup; None when the
    build has no published address (the template then leaves the address off)."""
    return trusted(qr_svg(url)) if url else None


def sheet_page(template: str, sheet, intro: str, word_file: str, intro_md: str = "", **extra) -> str:
    """The whole Markdown of a sheet's page (a checklist, a worksheet, the guide): its title, an
    introduction the organisation wrote (a file at the page's path, Markdown), then the sheet
    from its template with its Word file's name and its QR code."""
    html = render(template, sheet=sheet, frame=sheet.frame, intro=intro, word_file=word_file,
                  qr=qr_of(sheet.frame.url), pfx="", **extra)
    return page_markdown(sheet.title, intro_md, html)
