"""The words the site uses around the content, per site language (docs/_data/labels.yml)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from ._common import Text
from .letters import LETTER_FIELDS


class Sections(BaseModel):
    model_config = ConfigDict(extra="forbid")
    why: Text
    what: Text
    example: Text


# A label for each of the letter's fields (content/letters.py LETTER_FIELDS), in the site's language.
LetterFields = create_model("LetterFields", __config__=ConfigDict(extra="forbid"),
                            **{key: (Text, ...) for key in LETTER_FIELDS})


class LetterWords(BaseModel):
    """The words around the letter, in one site language."""

    model_config = ConfigDict(extra="forbid")
    page_title: Text
    language: Text
    own_name: Text
    status: Text
    status_source: Text
    status_draft: Text
    status_reviewed: Text
    intro: Text
    form_title: Text
    privacy: Text  # one line: what is kept where (this tab; this device only with `store`)
    store: Text
    erase: Text
    print: Text
    print_bilingual: Text
    download_docx: Text
    download_filled: Text
    letter_heading: Text
    based_on: Text
    download_calendar: Text
    fields: LetterFields


class BatchErrors(BaseModel):
    """The messages of a family's row on the batch page that is not right yet."""

    model_config = ConfigDict(extra="forbid")
    missing_parents: Text
    missing_child: Text
    missing_date: Text
    bad_date: Text
    past_date: Text
    missing_time: Text
    bad_time: Text
    missing_language: Text
    unknown_language: Text


class LetterBatchWords(BaseModel):
    """The words of the page with letters for several families at once."""

    model_config = ConfigDict(extra="forbid")
    title: Text
    summary: Text
    intro: Text
    privacy: Text  # one line: what is kept where (this tab; this device only with `store`)
    table_title: Text
    family: Text
    language: Text
    bilingual: Text
    check: Text
    row_ok: Text
    add_row: Text
    remove_row: Text
    paste_title: Text
    paste_help: Text
    paste_button: Text
    all_ok: Text
    not_ok: Text
    empty: Text
    print: Text
    download_filled: Text
    download_calendar: Text
    store: Text
    erase: Text
    letters_heading: Text
    yes_words: Text
    errors: BatchErrors


class Phases(BaseModel):
    model_config = ConfigDict(extra="forbid")
    before: Text
    during: Text
    after: Text


class SheetWords(BaseModel):
    """The words around checklists and worksheets, in one site language."""

    model_config = ConfigDict(extra="forbid")
    checklists: Text
    worksheets: Text
    checklist_theme: Text
    checklist_theme_summary: Text
    checklist_intake: Text
    checklist_intake_summary: Text
    checklist_all: Text
    checklist_all_summary: Text
    phases: Phases
    group: Text
    name: Text
    date: Text
    sources: Text
    checked: Text  # before the day the rules of the sheet's tips were checked (the earliest)
    online: Text
    qr: Text
    print: Text
    download_docx: Text
    download_filled: Text
    store: Text
    erase: Text
    privacy: Text  # one line: what is kept where (this tab; this device only with `store`)
    draws_on: Text
    theme_worksheets: Text
    for_this_theme: Text
    booklet_theme: Text
    booklet_all: Text
    booklet_intro: Text
    per_theme: Text
    overview_sheet: Text
    overview_use: Text
    overview_duration: Text
    meeting_plan: Text
    who: Text
    steps: Text
    examples: Text  # "For example:", above a question's example answers


class GuideWords(BaseModel):
    """The headings and fixed texts of the intake conversation guide, in one site language.
    Its lists come from the tips (`intake_phase`) and the letter's questions."""

    model_config = ConfigDict(extra="forbid")
    title: Text
    summary: Text
    link: Text  # the line on the intake checklist's page that leads to the guide
    bring: Text
    bring_hint: Text
    questions: Text
    questions_intro: Text
    wishes: Text
    wishes_hint: Text
    agreements: Text
    agreements_intro: Text
    agreement: Text = Field(description="the label of one row of agreements, with '{number}'")
    who: Text
    what: Text
    when: Text
    after_date: Text
    after_notes: Text

    @field_validator("agreement")
    @classmethod
    def _has_number(cls, value: str) -> str:
        if "{number}" not in value:
            raise ValueError("expected '{number}' where the row's number goes, like 'Afspraak {number}'")
        return value


class TranslationStatus(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["source", "draft", "reviewed"] = Field(
        description="'source', 'draft' (not yet checked by a native speaker) or 'reviewed'")
    reviewed_by: Text | None = None


class OrganisationWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    example: Text
    guide: Text
    published_by: Text
    website: Text
    email: Text
    phone: Text


class VisionWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Text
    not_written: Text
    write_it: Text
    read_it: Text
    # The draft made from the vision template's answers (werkbladen/visie/)
    draft_make: Text
    draft_word: Text
    draft_help: Text
    draft_guide: Text  # before the link to the fork guide
    draft_done: Text  # {file}: the downloaded file's name
    draft_left_out: Text
    draft_nothing: Text


class StatusWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Text
    part: Text
    tips: Text
    pages: Text
    letters: Text
    source: Text
    draft: Text
    reviewed: Text
    missing: Text
    draft_notice: str


class Labels(BaseModel):
    """The words the renderers use in one site language."""

    model_config = ConfigDict(extra="forbid")
    sections: Sections
    moments: dict[str, Text]
    audiences: dict[str, Text]
    theme: Text
    moment: Text
    audience: Text
    time_needed: Text
    checklist: Text
    source: Text  # the heading above a tip's source
    sources: Text  # the heading above a tip's sources, when it has several
    checked: Text  # before the day a tip's rules were checked: 'Regels nagekeken'
    all_sources: Text
    sources_used: Text
    further_reading: Text
    references: Text
    all_tips: Text
    tips_in_theme: Text
    tip_count: dict[Literal["zero", "one", "two", "few", "many", "other"], Text]
    not_translated: Text
    letter: LetterWords
    letter_batch: LetterBatchWords
    sheets: SheetWords
    guide: GuideWords
    translation: TranslationStatus
    organisation: OrganisationWords
    vision: VisionWords
    status_page: StatusWords
