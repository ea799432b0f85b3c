"""The intake conversation guide (gespreksleidraad): a sheet for the professional who leads the
kennismakingsgesprek. Its model is built from the content, as the checklists are: the actions
of the tips with `intake_phase` before, during and after; the three questions of the invitation
letter in the site's language; room for the parents' wishes and for the agreements (who, what,
by when). The page is the template macros/templates/guide.html.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..content import PLACEHOLDER, Letter, Site
from ..content.tips import INTAKE_PHASES
from ..render.sheets import Answer, ChecklistEntry, Frame, entry, frame, sheet_page
from .base import Kind, PageContext, Route
from .checklist import KIND as CHECKLISTS

PHASES = INTAKE_PHASES  # the parts of the conversation, each with the tips of its phase
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
    if name not in KIND.beside:
        raise ValueError(f"no conversation guide named '{name}'; expected one of: {', '.join(KIND.beside)}")
    words = site.labels[lang].guide
    phases = site.labels[lang].sheets.phases
    tips = {phase: [t for t in site.tips[lang] if t.meta.intake_phase == phase] for phase in PHASES}
    entries = {phase: [entry(t) for t in found] for phase, found in tips.items()}

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
    used = [ref for found in tips.values() for t in found for ref in t.meta.sources]
    return Guide(name, KIND.title(site, name, lang), words.summary, parts, frame(site, lang, url, used,
                                                                             [t for found in tips.values() for t in found]))


def render_guide_page(guide: Guide, word_file: str, intro_md: str = "") -> str:
    """The whole Markdown of the guide's page: title, an optional introduction the organisation
    wrote (a file at the page's path), the sheet."""
    return sheet_page("guide.html", guide, guide.summary, word_file, intro_md)


class GuideKind(Kind):
    name = "guide"
    route_kind = "guide"
    template = "guide.html"
    word_name = "gespreksleidraad-{name}"
    edit_source = "_data/labels.yml"  # its words; its actions come from the tips
    scripts = ("sheet.js",)
    generated = True
    own_language = False
    # Each guide and the checklist it stands beside: printed and filled in like that checklist,
    # listed and placed in the navigation right after it, and linked from its page.
    beside_kind = "checklist"
    beside = {"kennismakingsgesprek": "intake"}

    def names(self, site: Site) -> list[str]:
        return list(self.beside)

    def list_entry(self, site: Site, lang: str, name: str, url: str) -> Guide:
        """The guide as the checklists' overview lists it beside its checklist (title, summary)."""
        return build_guide(site, lang, name, url)

    def beside_line(self, site: Site, name: str, lang: str) -> tuple[str, str]:
        """(the words before the link, the link's text) on the page of the checklist it is beside."""
        return site.labels[lang].guide.link, self.title(site, name, lang)

    def src(self, site: Site, name: str) -> str:
        return f"checklists/{name}.md"  # in the checklists' folder, beside its checklist

    def title(self, site: Site, name: str, lang: str) -> str:
        return site.labels[lang].guide.title

    def view(self, ctx: PageContext, name: str) -> Guide:
        return build_guide(ctx.site, ctx.lang, name, ctx.address("guide", name))

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return render_guide_page(self.view(ctx, route.name), self.word_file(route.name), markdown)

    def sort_key(self, site: Site, name: str, lang: str):
        return (*CHECKLISTS.sort_key(site, self.beside[name], lang), name)  # right after its checklist


KIND = GuideKind()
