"""The intake conversation guide (gespreksleidraad): a sheet for the professional who leads the
kennismakingsgesprek. Its model is built from the content, as the checklists are: the actions
of the tips with `intake_phase` before, during and after; the three questions of the invitation
letter in the site's language; room for the parents' wishes and for the agreements (who, what,
by when). The page is the template macros/templates/guide.html, the Word file is made from the page in the browser (word-export.js).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .checklists import page_markdown
from .content import PLACEHOLDER, Letter, Site
from .jinja import render, trusted
from .sheets import Answer, ChecklistEntry, Frame, _entry, _frame, qr_svg

PHASES = ("before", "during", "after")
AGREEMENT_ROWS = 3  # empty rows in the agreements table (more fit on the back of the paper)
AGREEMENT_COLUMNS = ("who", "what", "when")


@dataclass
class LetterQuestions:
    """The letter's questions, each with room for the parents' answer. `lang` and `dir` are
    set when the questions are in another language than the page (no letter in the site's
    language: the Dutch source is used)."""

    heading: str
    intro: str
    answers: list[Answer]
    lang: str | None = None
    dir: str | None = None
    kind: str = "questions"


@dataclass
class AgreementCell:
    id: str
    label: str  # "Afspraak 1: Wie", the text area's accessible name


@dataclass
class Agreements:
    intro: str
    columns: list[str]  # the column headings: who, what, by when
    rows: list[list[AgreementCell]]
    kind: str = "agreements"


@dataclass
class GuidePart:
    phase: str  # "before", "during", "agreements", "after"
    heading: str
    entries: list[ChecklistEntry]  # the tips' actions, to tick
    blocks: list[Answer | LetterQuestions | Agreements] = field(default_factory=list)


@dataclass
class Guide:
    name: str
    title: str
    summary: str
    parts: list[GuidePart]
    frame: Frame


def letter_for(site: Site, lang: str) -> Letter:
    """The letter in the site's language where there is one, else the source (Dutch) letter."""
    for letter in site.letters:
        if letter.code == lang:
            return letter
    return next(x for x in site.letters if x.meta.status == "source")


def _question_text(text: str, letter: Letter) -> str:
    return PLACEHOLDER.sub(lambda m: f"[{letter.meta.labels[m.group(1)]}]", text)


def build_guide(site: Site, lang: str, name: str, url: str) -> Guide:
    """The intake conversation guide in site language `lang`; `url` is its page's address."""
    if name != "kennismakingsgesprek":
        raise ValueError(f"no conversation guide named '{name}'; expected 'kennismakingsgesprek'")
    words = site.labels[lang].guide
    phases = site.labels[lang].sheets.phases
    tips = {phase: [t for t in site.tips[lang] if t.meta.intake_phase == phase] for phase in PHASES}
    entries = {phase: [_entry(t) for t in found] for phase, found in tips.items()}

    letter = letter_for(site, lang)
    other = letter.code != lang
    questions = LetterQuestions(
        words.questions, words.questions_intro,
        [Answer(f"guide-question-{n}", _question_text(q, letter), None, 2)
         for n, q in enumerate(letter.questions, 1)],
        letter.code if other else None, letter.meta.direction if other else None)
    columns = [getattr(words, key) for key in AGREEMENT_COLUMNS]
    rows = [[AgreementCell(f"guide-agreement-{n}-{key}",
                           f"{words.agreement.format(number=n)}: {label}")
             for key, label in zip(AGREEMENT_COLUMNS, columns)] for n in range(1, AGREEMENT_ROWS + 1)]

    parts = [
        GuidePart("before", phases.before, entries["before"],
                  [Answer("guide-bring", words.bring, words.bring_hint, 2)]),
        GuidePart("during", phases.during, entries["during"],
                  [questions, Answer("guide-wishes", words.wishes, words.wishes_hint, 3)]),
        GuidePart("agreements", words.agreements, [],
                  [Agreements(words.agreements_intro, columns, rows)]),
        GuidePart("after", phases.after, entries["after"],
                  [Answer("guide-after-date", words.after_date, None, 1),
                   Answer("guide-after-notes", words.after_notes, None, 3)]),
    ]
    used = [t.meta.source for found in tips.values() for t in found]
    return Guide(name, words.title, words.summary, parts, _frame(site, lang, url, used))


def render_guide_page(guide: Guide, word_file: str, intro_md: str = "") -> str:
    """The whole Markdown of the guide's page: title, an optional introduction the organisation
    wrote (a file at the page's path), the sheet."""
    html = render("guide.html", sheet=guide, frame=guide.frame, intro=guide.summary,
                  word_file=word_file, qr=trusted(qr_svg(guide.frame.url)), pfx="")
    return page_markdown(guide.title, intro_md, html)
