"""What checklists and worksheets share: what a sheet holds (built from the content), and the
frame around it on the page: tools, header fields, footer with sources, address and QR code.

The builders return plain data that both the HTML renderers (checklists.py, worksheets.py) and
the Word renderer (word.py) use, so the web page and the .docx always hold the same things.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

import segno

from .content import Site, Source


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
    sources: list[Source]


@dataclass
class Answer:
    id: str
    label: str
    hint: str | None = None
    lines: int = 3


@dataclass
class AnswerGroup:
    """A question with several answers (one per theme), or a tip with its three columns."""

    legend: str
    answers: list[Answer]
    hint: str | None = None


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
    sources: list[Source]
    columns: bool = False  # a theme worksheet: three answers side by side per tip
    meeting: object = None
    order: int = 0


CHECKLIST_NAMES = ("intake", "alle-tips")


def _sources(site: Site, ids) -> list[Source]:
    wanted = list(dict.fromkeys(ids))
    return [s for s in site.sources.sources if s.id in wanted]


def _entry(tip) -> ChecklistEntry:
    return ChecklistEntry(tip.id, tip.meta.theme, tip.meta.title, list(tip.meta.checklist))


def checklist_names(site: Site) -> list[str]:
    return [t.id for t in site.themes] + list(CHECKLIST_NAMES)


def build_checklist(site: Site, lang: str, name: str) -> Checklist:
    """A theme's checklist, the intake checklist (by phase) or the checklist of all tips."""
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
    return Checklist(name, title, summary, groups, _sources(site, (tips[e.tip_id].meta.source for e in used)))


# Where the theme worksheets stand among the worksheets (which have an `order` in
# worksheets.yml): after "what working together means to us" (10), before the intake (20).
THEME_WORKSHEETS_ORDER = 15


def worksheet_names(site: Site) -> list[str]:
    """Every worksheet's page name, in the order a team uses them."""
    own = [(w.order, i, w.id) for i, w in enumerate(site.worksheets)]
    themed = [(THEME_WORKSHEETS_ORDER, i, t.id) for i, t in enumerate(site.themes)]
    return [name for _, _, name in sorted(own + themed)]


def _sheet_title(site: Site, lang: str, name: str) -> str:
    if name == "themes":
        return site.labels[lang].sheets.theme_worksheets
    sheet = site.worksheet(name)
    if sheet is not None:
        return sheet.text(lang).title
    return site.theme_worksheet[lang].title.format(theme=site.theme(name).text(lang).title)


def build_worksheet(site: Site, lang: str, name: str) -> WorksheetView:
    """A worksheet from worksheets.yml, or a theme's worksheet made from its tips."""
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
                             _sources(site, (t.meta.source for t in tips)), columns=True,
                             meeting=texts.meeting, order=THEME_WORKSHEETS_ORDER)
    text = sheet.text(lang)
    parts = []
    for section in text.sections:
        blocks: list[Answer | AnswerGroup] = []
        for q in section.questions:
            if q.per_theme:
                blocks.append(AnswerGroup(q.label, [
                    Answer(f"{q.id}-{theme.id}", site.labels[lang].sheets.per_theme.format(
                        theme=theme.text(lang).title), None, q.lines) for theme in site.themes], q.hint))
            else:
                blocks.append(Answer(q.id, q.label, q.hint, q.lines))
        parts.append(WorksheetPart(section.heading, section.intro, blocks))
    links = [SheetLink(ref, _sheet_title(site, lang, ref)) for ref in sheet.draws_on]
    return WorksheetView(name, text.title, text.summary, text.intro, parts, links,
                         _sources(site, sheet.sources), meeting=text.meeting, order=sheet.order)


# --- the frame on the page -----------------------------------------------------------------

def qr_svg(url: str) -> str:
    """An inline SVG QR code of the address (made here, at build time: no network).

    With a viewBox and no width or height (omitsize), so CSS sizes it and a smaller box scales
    the code instead of cropping it; with the standard quiet zone of four modules."""
    return segno.make(url, error="m").svg_inline(border=4, dark="#000", light="#fff",
                                                 title=url, omitsize=True)


def qr_png(url: str) -> bytes:
    import io
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=6, border=2)
    return out.getvalue()


def source_line(source: Source, lang: str) -> str:
    year = f" ({source.year})" if source.year else ""
    return f"{source.author}: {source.text(lang).title}{year}"


def render_tools(site: Site, lang: str, docx_href: str) -> str:
    """Print, Word, and the opt-in to keep answers on this device. Buttons need JavaScript."""
    w = site.labels[lang].sheets
    return f"""<div class="sheet-tools" data-search-exclude>
<button type="button" class="md-button md-button--primary js-only" data-sheet-print>{escape(w.print)}</button>
<button type="button" class="md-button js-only" data-word-download>{escape(w.download_filled)}</button>
<a class="md-button" href="{escape(docx_href)}" download>{escape(w.download_docx)}</a>
<p class="sheet-store js-only"><input type="checkbox" id="sheet-store" data-sheet-store>
<label for="sheet-store">{escape(w.store)}</label>
<button type="button" class="md-button" data-sheet-erase>{escape(w.erase)}</button></p>
<p class="sheet-privacy">{escape(w.privacy)}</p>
</div>"""


def render_head(site: Site, lang: str) -> str:
    """Room for group, name and date: fields on screen, lines on paper."""
    w = site.labels[lang].sheets
    cells = "".join(
        f'<p><label for="sheet-{key}">{escape(getattr(w, key))}</label> '
        f'<input type="text" id="sheet-{key}" data-answer="sheet-{key}" autocomplete="off"></p>'
        for key in ("group", "name", "date"))
    org = f'<p class="sheet-org">{escape(site.organisation.name)}</p>' if site.organisation else ""
    return f'{org}<div class="sheet-head">{cells}</div>'


def render_foot(site: Site, lang: str, sources: list[Source], url: str) -> str:
    w = site.labels[lang].sheets
    lines = "; ".join(escape(source_line(s, lang)) for s in sources)
    return (f'<div class="sheet-foot">\n<div class="sheet-foot__text">'
            f"<p><strong>{escape(w.sources)}:</strong> {lines}</p>"
            f'<p><strong>{escape(w.online)}:</strong> <a href="{escape(url)}">{escape(url)}</a></p></div>\n'
            f'<div class="sheet-foot__qr" role="img" aria-label="{escape(w.qr)}: {escape(url)}">'
            f"{qr_svg(url)}</div>\n</div>")


def render_sheet_page(title: str, tools: str, body: str) -> str:
    # The sheet repeats the tips' actions and the form's labels: kept out of the search index.
    # (A <section> with no <section> inside: Material's search parser ends an exclusion at the
    # first closing tag of the same name.)
    return f"# {escape(title)}\n\n{tools}\n\n<section class=\"sheet-paper\" data-search-exclude>\n{body}\n</section>\n"
