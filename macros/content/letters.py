"""The invitation letter: one file per letter language, checked against the Dutch source."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ._common import TITLE_MAX, Text, Title, _front_matter, _pydantic_problems, located


class LetterMeta(BaseModel):
    """The `letter:` block in a letter's front matter."""

    model_config = ConfigDict(extra="forbid")

    language: Annotated[str, StringConstraints(strict=True, min_length=2)] = Field(
        description="the letter's language code (e.g. 'ar'), the same as the file name")
    direction: Literal["ltr", "rtl"] = Field(description="'ltr' (left to right) or 'rtl' (right to left)",
                                             json_schema_extra={"nl": "'ltr' (van links naar rechts) of 'rtl' "
                                                                      "(van rechts naar links)"})
    status: Literal["source", "draft", "reviewed"] = Field(
        description="'source' (the Dutch original), 'draft' (not yet checked by a native speaker) "
                    "or 'reviewed' (checked by a native speaker, named in reviewed_by)",
        json_schema_extra={"nl": "'source' (het Nederlandse origineel), 'draft' (nog niet nagekeken) of "
                                 "'reviewed' (nagekeken door een moedertaalspreker)"})
    reviewed_by: Text | None = Field(default=None, description="the name of the native speaker who reviewed it")
    title: Title = Field(description=f"the letter's title in its own language (at most {TITLE_MAX} characters)")
    labels: dict[str, Text] = Field(description="a label in the letter's language for each placeholder")
    calendar_title: Text | None = Field(
        default=None, description="the title of the meeting in a calendar file, in the letter's language; "
                                  "it may use the letter's placeholders, e.g. 'Kennismakingsgesprek: {child_name}'",
        json_schema_extra={"nl": "de titel van de afspraak in een agendabestand, in de taal van de brief; "
                                 "met invulplekken van de brief, zoals 'Kennismakingsgesprek: {child_name}'"})
    source: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")] | None = Field(
        default=None, description="the id of the source in docs/_data/sources.yml the letter is based "
                                  "on (in the Dutch letter; the page credits it)")


PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")

# The letter's fields: the one list that the placeholders of every letter, the form's labels
# (labels.yml `letter.fields`), the checks and the letter page use. Key: the HTML input type,
# in the order a coach fills them in.
LETTER_FIELDS: dict[str, str] = {
    "parent_names": "text",
    "child_name": "text",
    "group_name": "text",
    "meeting_date": "date",
    "meeting_time": "time",
    "professional_names": "text",
    "location_name": "text",
}


@dataclass
class Block:
    """A paragraph (one text) or a bulleted list (several texts) of a letter."""

    kind: Literal["p", "ul"]
    texts: list[str]


@dataclass
class Letter:
    meta: LetterMeta
    path: str  # relative to docs_dir: brief/<code>.md
    blocks: list[Block]

    @property
    def code(self) -> str:
        return self.meta.language

    @property
    def placeholders(self) -> list[str]:
        seen: list[str] = []
        for block in self.blocks:
            for text in block.texts:
                for key in PLACEHOLDER.findall(text):
                    if key not in seen:
                        seen.append(key)
        return seen

    @property
    def questions(self) -> list[str]:
        return [t for b in self.blocks if b.kind == "ul" for t in b.texts]


def parse_letter_body(body: str) -> list[Block]:
    """Blank lines separate blocks; a block whose lines all start with '- ' is a list."""
    blocks = []
    for chunk in re.split(r"\n[ \t]*\n", body.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            blocks.append(Block("ul", [line[2:].strip() for line in lines]))
        else:
            blocks.append(Block("p", [" ".join(lines)]))
    return blocks


def _load_letter(docs: Path, path: Path, problems: list[str]) -> Letter | None:
    rel = path.relative_to(docs).as_posix()
    loaded = _front_matter(path, rel, "letter", problems)
    if loaded is None:
        return None
    raw, body, fm = loaded
    try:
        meta = LetterMeta.model_validate(raw)
    except ValidationError as err:
        problems += _pydantic_problems(rel, "letter", LetterMeta, err, raw, fm.lines, ("letter",))
        return None
    before = len(problems)
    if meta.language != path.stem:
        problems.append(located(rel, fm.lines.get(("letter", "language")),
                                f"veld 'letter.language' is '{meta.language}', maar moet gelijk zijn aan "
                                f"de bestandsnaam: '{path.stem}'",
                                f"field 'letter.language' is '{meta.language}'; expected "
                                f"'{path.stem}', the file's name"))
    try:
        locale = Locale.parse(meta.language, sep="-")
    except (UnknownLocaleError, ValueError):
        problems.append(located(rel, fm.lines.get(("letter", "language")),
                                f"veld 'letter.language' is '{meta.language}', een onbekende taalcode; "
                                "gebruik een code zoals 'ar', 'tr' of 'pt-BR'",
                                f"field 'letter.language' is '{meta.language}', a code Babel does "
                                "not know; expected a language code such as 'ar', 'tr' or 'pt-BR'"))
    else:
        if locale.text_direction != meta.direction:
            problems.append(located(rel, fm.lines.get(("letter", "direction")),
                                    f"veld 'letter.direction' is '{meta.direction}', maar "
                                    f"{locale.get_display_name('nl')} schrijf je '{locale.text_direction}'",
                                    f"field 'letter.direction' is '{meta.direction}', but "
                                    f"{locale.get_display_name('en')} is written '{locale.text_direction}'; "
                                    f"expected '{locale.text_direction}'"))
    if meta.status == "reviewed" and not meta.reviewed_by:
        problems.append(located(rel, fm.lines.get(("letter", "reviewed_by")) or fm.lines.get(("letter", "status")),
                                "veld 'letter.reviewed_by' is leeg; vul de naam in van de moedertaalspreker "
                                "die de brief heeft nagekeken",
                                "field 'letter.reviewed_by' is empty; expected the name of the "
                                "native speaker who reviewed it (status 'reviewed')"))
    for jinja in ("{{", "{%", "{#"):
        if jinja in body:
            line = fm.body_line + body[:body.index(jinja)].count("\n")
            problems.append(located(rel, line, f"de tekst bevat '{jinja}'; schrijf een invulplek met "
                                               "enkele accolades, zoals {child_name}",
                                    f"body contains '{jinja}'; expected placeholders written "
                                    "with single braces, like {child_name}"))
    for stray in re.findall(r"\{[^{}]*\}", PLACEHOLDER.sub("", body)):
        problems.append(located(rel, None, f"de tekst bevat '{stray}', dat is geen invulplek; gebruik "
                                           "letters, cijfers en '_' tussen enkele accolades, zoals {child_name}",
                                f"body has '{stray}', which is not a placeholder; expected "
                                "letters, digits and '_' between single braces, like {child_name}"))
    for key in PLACEHOLDER.findall(meta.calendar_title or ""):
        if key not in LETTER_FIELDS:
            problems.append(located(rel, fm.lines.get(("letter", "calendar_title")),
                                    f"veld 'letter.calendar_title' bevat {{{key}}}, dat is geen invulplek; "
                                    f"gebruik een van: {', '.join(LETTER_FIELDS)}",
                                    f"field 'letter.calendar_title' has {{{key}}}, which is not a letter "
                                    f"field; expected one of: {', '.join(LETTER_FIELDS)}"))
    if re.search(r"\{[^{}]*\}", PLACEHOLDER.sub("", meta.calendar_title or "")) or "{{" in (meta.calendar_title or ""):
        problems.append(located(rel, fm.lines.get(("letter", "calendar_title")),
                                "veld 'letter.calendar_title' bevat accolades die geen invulplek zijn; "
                                "schrijf een invulplek zoals {child_name}",
                                "field 'letter.calendar_title' has braces that are not a placeholder; "
                                "expected placeholders like {child_name}"))
    letter = Letter(meta=meta, path=rel, blocks=parse_letter_body(body))
    return letter if len(problems) == before else None


def _check_letters(letters: list[Letter], source_lang: str, problems: list[str]) -> None:
    sources = [letter for letter in letters if letter.meta.status == "source"]
    if [s.code for s in sources] != [source_lang]:
        problems.append(located("brief/", None, f"brieven met status 'source': {[s.path for s in sources]}; "
                                                f"dat moet er precies één zijn: brief/{source_lang}.md",
                                f"letters with status 'source': {[s.path for s in sources]}; "
                                f"expected exactly one, brief/{source_lang}.md"))
        return
    source = sources[0]
    keys = list(LETTER_FIELDS)
    for key in source.placeholders:
        if key not in LETTER_FIELDS:
            close = difflib.get_close_matches(key, keys, n=1)
            hint = f"; did you mean {{{close[0]}}}?" if close else ""
            problems.append(f"{source.path}: placeholder {{{key}}} is not a letter field{hint} "
                            f"(expected: {', '.join(keys)})")
    for letter in letters:
        rel = letter.path
        found = letter.placeholders
        for key in keys:
            if key not in found:
                problems.append(located(rel, None, f"de invulplek {{{key}}} ontbreekt; gebruik dezelfde "
                                                   f"invulplekken als {source.path}: {', '.join(keys)}",
                                        f"placeholder {{{key}}} is missing; expected the same "
                                        f"placeholders as {source.path}: {', '.join(keys)}"))
        for key in found:
            if key not in keys:
                close = difflib.get_close_matches(key, keys, n=1)
                hint = f"; did you mean {{{close[0]}}}?" if close else ""
                problems.append(located(rel, None, f"de invulplek {{{key}}} staat niet in {source.path}"
                                                   + (f"; bedoel je {{{close[0]}}}?" if close else ""),
                                        f"placeholder {{{key}}} is not in {source.path}{hint} "
                                        f"(expected: {', '.join(keys)})"))
        if len(letter.questions) != len(source.questions):
            problems.append(located(rel, None, f"de brief heeft {len(letter.questions)} vragen ter voorbereiding; "
                                               f"dat moeten er {len(source.questions)} zijn, zoals in {source.path}",
                                    f"has {len(letter.questions)} preparation questions; expected "
                                    f"{len(source.questions)}, as in {source.path}"))
        if [b.kind for b in letter.blocks] != [b.kind for b in source.blocks]:
            problems.append(located(rel, None, f"de brief heeft {len(letter.blocks)} alinea's en lijsten; "
                                               f"dat moeten dezelfde {len(source.blocks)} zijn als in {source.path}",
                                    f"has {len(letter.blocks)} paragraphs and lists; expected the "
                                    f"same {len(source.blocks)} in the same order as {source.path}"))
        labels = set(letter.meta.labels)
        for key in keys:
            if key not in labels:
                problems.append(located(rel, None, f"veld 'letter.labels.{key}' ontbreekt: een woord voor "
                                                   f"{{{key}}} in de taal van de brief",
                                        f"field 'letter.labels.{key}' is missing; expected a label "
                                        f"in the letter's language for {{{key}}}"))
        for key in sorted(labels - set(keys)):
            problems.append(located(rel, None, f"veld 'letter.labels.{key}' is geen invulplek; kies uit: "
                                               f"{', '.join(keys)}",
                                    f"field 'letter.labels.{key}' is not a placeholder; expected "
                                    f"one of: {', '.join(keys)}"))
