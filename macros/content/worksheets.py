"""Worksheets with their own questions (docs/_data/worksheets.yml), and the files beside the
checklist and worksheet pages that the site makes from the data."""
from __future__ import annotations

from pathlib import Path

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ._common import Slug, Summary, Text, Title, _check_unique, _pydantic_problems, _read_yaml, located


# Example answers shown as hints beside a question: short, so they read as a hint and not as
# the answer to copy.
MAX_EXAMPLES = 2
EXAMPLE_LENGTH = 140
Example = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                           max_length=EXAMPLE_LENGTH)]


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Slug = Field(description="a stable id, the same in every language")
    label: Text
    hint: Text | None = None
    lines: int = Field(default=3, ge=1, le=12, description="answer space, in lines (1 to 12)")
    per_theme: bool = False
    examples: list[Example] = Field(
        default=[], max_length=MAX_EXAMPLES,
        description=f"a list of at most {MAX_EXAMPLES} short example answers, each at most "
                    f"{EXAMPLE_LENGTH} characters")


class SheetSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    heading: Text
    intro: Text | None = None
    questions: list[Question] = Field(min_length=1)


class MeetingPlan(BaseModel):
    model_config = ConfigDict(extra="forbid")
    duration: Text
    who: Text
    steps: list[Text] = Field(min_length=1)


class WorksheetText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Title
    summary: Summary
    intro: Text
    sections: list[SheetSection] = Field(min_length=1)
    meeting: MeetingPlan


class Worksheet(BaseModel):
    """A worksheet with its own questions (the theme worksheets are made from the tips)."""

    model_config = ConfigDict(extra="allow")
    id: Slug
    order: int = 100
    draws_on: list[str] = []
    sources: list[Slug] = Field(min_length=1)

    def text(self, lang: str) -> WorksheetText:
        return WorksheetText.model_validate(getattr(self, lang))


class Columns(BaseModel):
    model_config = ConfigDict(extra="forbid")
    now: Text
    want: Text
    agree: Text


class ThemeWorksheetText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Title
    summary: Summary
    intro: Text
    columns: Columns
    meeting: MeetingPlan


class WorksheetsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    worksheets: list[Worksheet] = Field(min_length=1)
    theme_worksheet: dict[str, ThemeWorksheetText]


def _load_worksheets(docs: Path, languages: list[str], theme_ids: list[str], source_ids: list[str] | None,
                     problems: list[str]):
    rel = "_data/worksheets.yml"
    lines: dict = {}
    data = _read_yaml(docs / rel, rel, problems, lines)
    if data is None:
        return [], {}
    try:
        parsed = WorksheetsFile.model_validate(data)
    except ValidationError as err:
        problems.extend(_pydantic_problems(rel, "", WorksheetsFile, err, data, lines))
        return [], {}
    ids = [w.id for w in parsed.worksheets]
    for i, sheet in enumerate(parsed.worksheets):
        _check_unique(parsed.worksheets[:i], sheet.id, rel, f"worksheets[{i + 1}].id", problems)
        if sheet.id in theme_ids:
            problems.append(located(rel, lines.get(("worksheets", i, "id")),
                                    f"veld 'worksheets[{i + 1}].id': '{sheet.id}' is ook het id van een thema; "
                                    "kies een ander id",
                                    f"field 'worksheets[{i + 1}].id' '{sheet.id}' is also a theme's id; "
                                    "expected another id (theme worksheets are made from the tips)"))
        for ref in sheet.sources:
            if source_ids is not None and ref not in source_ids:  # None: sources.yml has problems
                problems.append(located(rel, lines.get(("worksheets", i, "sources")),
                                        f"veld 'worksheets[{i + 1}].sources' bevat '{ref}', een onbekende bron; "
                                        f"kies uit: {', '.join(source_ids)}",
                                        f"field 'worksheets[{i + 1}].sources' has '{ref}', an unknown "
                                        f"source; expected one of: {', '.join(source_ids)}"))
        for ref in sheet.draws_on:
            if ref != "themes" and ref not in ids:
                problems.append(located(rel, lines.get(("worksheets", i, "draws_on")),
                                        f"veld 'worksheets[{i + 1}].draws_on' bevat '{ref}'; kies 'themes' of "
                                        f"het id van een werkblad: {', '.join(ids)}",
                                        f"field 'worksheets[{i + 1}].draws_on' has '{ref}'; expected "
                                        f"'themes' or a worksheet id: {', '.join(ids)}"))
        shapes, texts = {}, {}
        for lang in languages:
            value = getattr(sheet, lang, None)
            if value is None:
                problems.append(located(rel, lines.get(("worksheets", i)),
                                        f"veld 'worksheets[{i + 1}].{lang}' ontbreekt: de teksten van het "
                                        f"werkblad in '{lang}'",
                                        f"field 'worksheets[{i + 1}].{lang}' is missing; expected the "
                                        f"worksheet's texts in '{lang}'"))
                continue
            try:
                text = WorksheetText.model_validate(value)
            except ValidationError as err:
                problems += _pydantic_problems(rel, f"worksheets[{i + 1}].{lang}", WorksheetText, err, value,
                                               lines, ("worksheets", i, lang))
                continue
            texts[lang] = text
            shapes[lang] = [[(q.id, q.lines, q.per_theme) for q in s.questions] for s in text.sections]
            flat = [q for s in shapes[lang] for q in s]
            for qid in {q[0] for q in flat if [x[0] for x in flat].count(q[0]) > 1}:
                problems.append(located(rel, lines.get(("worksheets", i, lang)),
                                        f"werkblad '{sheet.id}' ({lang}) gebruikt het vraag-id '{qid}' twee "
                                        "keer; elk id maar één keer",
                                        f"worksheet '{sheet.id}' ({lang}) uses question id '{qid}' "
                                        "twice; expected each id once"))
        first = languages[0]
        for lang, shape in shapes.items():
            if first in shapes and shape != shapes[first]:
                problems.append(located(rel, lines.get(("worksheets", i, lang)),
                                        f"werkblad '{sheet.id}' heeft in '{lang}' andere delen of vragen dan "
                                        f"in '{first}'; elke taal heeft dezelfde opbouw",
                                        f"worksheet '{sheet.id}' has other sections or questions "
                                        f"(ids, lines, per_theme) in '{lang}' than in '{first}'; expected "
                                        "the same structure in every language"))
        _check_example_counts(rel, sheet.id, texts, lines.get(("worksheets", i)), problems)
    for lang in languages:
        if lang not in parsed.theme_worksheet:
            problems.append(located(rel, lines.get(("theme_worksheet",)),
                                    f"veld 'theme_worksheet.{lang}' ontbreekt: de teksten van de "
                                    f"themawerkbladen in '{lang}'",
                                    f"field 'theme_worksheet.{lang}' is missing; expected the theme "
                                    f"worksheets' texts in '{lang}'"))
        elif "{theme}" not in parsed.theme_worksheet[lang].title:
            problems.append(located(rel, lines.get(("theme_worksheet", lang, "title")),
                                    f"veld 'theme_worksheet.{lang}.title' mist '{{theme}}'; zet het waar de "
                                    "titel van het thema komt",
                                    f"field 'theme_worksheet.{lang}.title' has no '{{theme}}'; "
                                    "expected it where the theme's title goes"))
    return sorted(parsed.worksheets, key=lambda w: (w.order, w.id)), parsed.theme_worksheet


def _check_example_counts(rel: str, sheet_id: str, texts: dict[str, WorksheetText], line: int | None,
                          problems: list[str]) -> None:
    """Every language shows a question with as many example answers as the first one."""
    counts = {lang: {q.id: len(q.examples) for s in text.sections for q in s.questions}
              for lang, text in texts.items()}
    if not counts:
        return
    first, *others = counts
    for lang in others:
        for qid, count in counts[lang].items():
            want = counts[first].get(qid)
            if want is not None and count != want:
                problems.append(located(
                    rel, line,
                    f"werkblad '{sheet_id}', vraag '{qid}': {count} voorbeeld(en) in '{lang}' en {want} "
                    f"in '{first}'; geef in elke taal evenveel voorbeelden",
                    f"worksheet '{sheet_id}' question '{qid}' has {count} example(s) in '{lang}' and "
                    f"{want} in '{first}'; expected the same number of examples in every language"))


def worksheet_names(themes, worksheets) -> list[str]:
    return [*(t.id for t in themes or []), *(w.id for w in worksheets)]


def _check_sheet_pages(docs: Path, known: dict[str, list[str]], problems) -> None:
    """Checklist, worksheet and theme pages are made from the data; a file at such a page's
    path only adds an introduction of its own. A file whose name is no checklist, worksheet
    or theme would be a page of its own that shows nothing: refused. `known`: the names of
    the pages made in each folder ("werkbladen", "checklists")."""
    for folder, names in known.items():
        for path in sorted((docs / folder).glob("*.md")):
            stem = path.name.split(".")[0]
            if stem == "index" or stem.startswith("_") or stem in names:
                continue
            kind, soort = ("checklist", "checklist") if folder == "checklists" else ("worksheet", "werkblad")
            problems.append(located(
                f"{folder}/{path.name}", None,
                f"er is geen {soort} '{stem}'; gebruik de naam van een ({', '.join(names)}) voor een "
                "eigen inleiding erboven, of zet de pagina ergens anders (de pagina's van checklists "
                "en werkbladen maakt de site uit de gegevens)",
                f"there is no {kind} '{stem}'; expected the name of one ({', '.join(names)}) for an "
                "introduction above it, or a page elsewhere (checklist and worksheet pages are made "
                "from the data)"))
