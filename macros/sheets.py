"""The model of a sheet: what a checklist or worksheet holds (built from the content) and the
frame around it: organisation, header fields, sources, the page's published address.

The builders return plain data for the HTML renderers (checklists.py, worksheets.py, through
the templates in macros/templates/); the Word files are made from those pages in the browser
(word-export.js), so the web page and the .docx always hold the same things.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import segno

from .content import Site, Source
from .content.labels import SheetWords
from .routes import THEME_WORKSHEETS_ORDER, checklist_names, worksheet_names

__all__ = ["THEME_WORKSHEETS_ORDER", "checklist_names", "worksheet_names"]


@dataclass
class Frame:
    """What surrounds every sheet, on the web page and in the Word file alike."""

    lang: str
    words: SheetWords
    organisation: str | None  # the organisation's name
    url: str  # the page's published address (printed, and as QR code)
    sources: list[str]  # one line per source: "author: title (year)"


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
    name: str  # the page's name: a theme id, "intake" or "alle-tips"
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


def _frame(site: Site, lang: str, url: str, source_ids) -> Frame:
    wanted = list(dict.fromkeys(source_ids))
    sources = [source_line(s, lang) for s in site.sources.sources if s.id in wanted]
    org = site.organisation.name if site.organisation else None
    return Frame(lang, site.labels[lang].sheets, org, url, sources)


def _entry(tip) -> ChecklistEntry:
    return ChecklistEntry(tip.id, tip.meta.theme, tip.meta.title, list(tip.meta.checklist))


def build_checklist(site: Site, lang: str, name: str, url: str) -> Checklist:
    """A theme's checklist, the intake checklist (by phase) or the checklist of all tips;
    `url` is the published address of its page."""
    words = site.labels[lang].sheets
    if name == "intake":
        groups = []
        for phase in ("before", "during", "after"):
            tips = [t for t in site.tips[lang] if t.meta.intake_phase == phase]
            if tips:
                groups.append(ChecklistGroup(getattr(words.phases, phase), [_entry(t) for t in tips]))
        title, summary = words.checklist_intake, words.checklist_intake_summary
        used = [t for g in groups for t in g.entries]
    elif name == "alle-tips":
        groups = [ChecklistGroup(theme.text(lang).title, [_entry(t) for t in site.tips_of(lang, theme.id)])
                  for theme in site.themes]
        title, summary = words.checklist_all, words.checklist_all_summary
        used = [t for g in groups for t in g.entries]
    else:
        theme = site.theme(name).text(lang)
        groups = [ChecklistGroup(None, [_entry(t) for t in site.tips_of(lang, name)])]
        title = words.checklist_theme.format(theme=theme.title)
        summary = words.checklist_theme_summary
        used = groups[0].entries
    tips = {t.id: t for t in site.tips[lang]}
    return Checklist(name, title, summary, groups,
                     _frame(site, lang, url, (tips[e.tip_id].meta.source for e in used)))


def _sheet_title(site: Site, lang: str, name: str) -> str:
    if name == "themes":
        return site.labels[lang].sheets.theme_worksheets
    sheet = site.worksheet(name)
    if sheet is not None:
        return sheet.text(lang).title
    return site.theme_worksheet[lang].title.format(theme=site.theme(name).text(lang).title)


def build_worksheet(site: Site, lang: str, name: str, url: str) -> WorksheetView:
    """A worksheet from worksheets.yml, or a theme's worksheet made from its tips; `url` is
    the published address of its page."""
    sheet = site.worksheet(name)
    if sheet is None:  # a theme worksheet: one group of three answers per tip
        texts = site.theme_worksheet[lang]
        tips = site.tips_of(lang, name)
        cols = texts.columns
        blocks = [AnswerGroup(t.meta.title, [Answer(f"{t.id}-{key}", getattr(cols, key), None, 3)
                                             for key in ("now", "want", "agree")])
                  for t in tips]
        return WorksheetView(name, _sheet_title(site, lang, name), texts.summary, texts.intro,
                             [WorksheetPart(None, None, blocks)], [],
                             _frame(site, lang, url, (t.meta.source for t in tips)), columns=True,
                             meeting=texts.meeting, order=THEME_WORKSHEETS_ORDER)
    text = sheet.text(lang)
    parts = []
    for section in text.sections:
        blocks: list[Answer | AnswerGroup] = []
        for q in section.questions:
            if q.per_theme:
                blocks.append(AnswerGroup(q.label, [
                    Answer(f"{q.id}-{theme.id}", site.labels[lang].sheets.per_theme.format(
                        theme=theme.text(lang).title), None, q.lines) for theme in site.themes], q.hint,
                    list(q.examples)))
            else:
                blocks.append(Answer(q.id, q.label, q.hint, q.lines, list(q.examples)))
        parts.append(WorksheetPart(section.heading, section.intro, blocks))
    links = [SheetLink(ref, _sheet_title(site, lang, ref)) for ref in sheet.draws_on]
    return WorksheetView(name, text.title, text.summary, text.intro, parts, links,
                         _frame(site, lang, url, sheet.sources), meeting=text.meeting,
                         order=sheet.order)


# --- the QR code of a page's address ----------------------------------------------------------
# Made once per address and build (the same address is asked for by the page and its Word file).

@functools.lru_cache(maxsize=512)
def qr_code(url: str):
    """The QR code of an address, made once per build."""
    return segno.make(url, error="m")


@functools.lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    """An inline SVG QR code of the address (made here, at build time: no network).

    With a viewBox and no width or height (omitsize), so CSS sizes it and a smaller box scales
    the code instead of cropping it; with the standard quiet zone of four modules."""
    return qr_code(url).svg_inline(border=4, dark="#000", light="#fff", title=url, omitsize=True)
