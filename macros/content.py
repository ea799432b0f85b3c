"""The content model: tips, themes, sources and labels, loaded and validated once.

Everything the renderers use comes from here. `load_site(docs_dir, languages)` reads the
Markdown files and data files, validates them with pydantic and with the cross-file rules
below, and either returns a `Site` or raises `ContentError` listing every problem as
"<file>: <field>: <what is expected>".
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

Slug = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1)]

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.S | re.M)
H2 = re.compile(r"^##[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
H1 = re.compile(r"^#[ \t]+\S", re.M)

# Front-matter keys of a tip file besides `tip` that MkDocs and Material understand.
PAGE_KEYS = {"tip", "hide", "search", "description", "status"}


class ContentError(Exception):
    """Invalid content. `problems` holds one "<file>: <field>: <expected>" line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"The content has {len(problems)} problem(s):\n{lines}")


class TipMeta(BaseModel):
    """The `tip:` block in a tip's front matter."""

    model_config = ConfigDict(extra="forbid")

    id: Slug = Field(description="the tip's stable id: lowercase words joined by hyphens, the same as the file name")
    theme: Slug = Field(description="the id of a theme in docs/_data/themes.yml")
    order: int = Field(default=100, strict=True, description="a whole number: the tip's place in its theme")
    title: Text = Field(description="a short title as text")
    summary: Text = Field(description="one sentence as text")
    moment: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z_]+$")] = Field(
        description="one of the moments in docs/_data/labels.yml"
    )
    intake_phase: Literal["before", "during", "after"] | None = Field(
        default=None, description="'before', 'during' or 'after' (a few weeks after) the intake "
                                  "meeting, for tips on the intake checklist; leave out otherwise")
    audience: list[Annotated[str, StringConstraints(strict=True)]] = Field(
        min_length=1, description="a list of one or more audiences from docs/_data/labels.yml"
    )
    checklist: list[Text] = Field(
        min_length=1, description="a list of short actions, each a line of text"
    )
    source: Slug = Field(description="the id of a source in docs/_data/sources.yml")


class ThemeText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Text
    intro: Text


class Theme(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Slug

    def text(self, lang: str) -> ThemeText:
        return ThemeText.model_validate(getattr(self, lang))


class SourceText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Text
    description: Text


class Source(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Slug
    author: Text
    year: int | None = None
    url: str | None = None

    def text(self, lang: str) -> SourceText:
        return SourceText.model_validate(getattr(self, lang))


class Reference(BaseModel):
    model_config = ConfigDict(extra="forbid")
    citation: Text
    url: str | None = None


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[Source] = Field(min_length=1)
    further_reading: list[Reference] = []
    references: list[Reference] = []


class ThemesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    themes: list[Theme] = Field(min_length=1)


class Sections(BaseModel):
    model_config = ConfigDict(extra="forbid")
    why: Text
    what: Text
    example: Text


class LetterFields(BaseModel):
    model_config = ConfigDict(extra="forbid")
    parent_names: Text
    child_name: Text
    group_name: Text
    meeting_date: Text
    meeting_time: Text
    professional_names: Text
    location_name: Text


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
    privacy: Text
    print: Text
    print_bilingual: Text
    download_docx: Text
    letter_heading: Text
    fields: LetterFields


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
    online: Text
    qr: Text
    print: Text
    download_docx: Text
    store: Text
    erase: Text
    privacy: Text
    draws_on: Text
    theme_worksheets: Text
    per_theme: Text
    overview_sheet: Text
    overview_use: Text
    overview_duration: Text
    meeting_plan: Text
    who: Text
    steps: Text


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
    checklist: Text
    source: Text
    all_sources: Text
    sources_used: Text
    further_reading: Text
    references: Text
    all_tips: Text
    tips_in_theme: Text
    tip_count: dict[Literal["zero", "one", "two", "few", "many", "other"], Text]
    not_translated: Text
    letter: LetterWords
    sheets: SheetWords
    translation: TranslationStatus
    organisation: OrganisationWords
    vision: VisionWords
    status_page: StatusWords


class LetterMeta(BaseModel):
    """The `letter:` block in a letter's front matter."""

    model_config = ConfigDict(extra="forbid")

    language: Annotated[str, StringConstraints(strict=True, min_length=2)] = Field(
        description="the letter's language code (e.g. 'ar'), the same as the file name")
    direction: Literal["ltr", "rtl"] = Field(description="'ltr' (left to right) or 'rtl' (right to left)")
    status: Literal["source", "draft", "reviewed"] = Field(
        description="'source' (the Dutch original), 'draft' (not yet checked by a native speaker) "
                    "or 'reviewed' (checked by a native speaker, named in reviewed_by)")
    reviewed_by: Text | None = Field(default=None, description="the name of the native speaker who reviewed it")
    title: Text = Field(description="the letter's title in its own language")
    labels: dict[str, Text] = Field(description="a label in the letter's language for each placeholder")


PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


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


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Slug = Field(description="a stable id, the same in every language")
    label: Text
    hint: Text | None = None
    lines: int = Field(default=3, ge=1, le=12, description="answer space, in lines (1 to 12)")
    per_theme: bool = False


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
    title: Text
    summary: Text
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
    title: Text
    summary: Text
    intro: Text
    columns: Columns
    meeting: MeetingPlan


class WorksheetsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    worksheets: list[Worksheet] = Field(min_length=1)
    theme_worksheet: dict[str, ThemeWorksheetText]


HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def contrast_ratio(hex_a: str, hex_b: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((luminance(hex_a), luminance(hex_b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Annotated[str, StringConstraints(strict=True, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = Field(
        default=None, description="an e-mail address such as info@example.org")
    phone: Text | None = None


class Location(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Text = Field(description="the location's name")
    groups: list[Text] = Field(min_length=1, description="a list of one or more group names")


class Organisation(BaseModel):
    """The organisation that publishes this copy of the toolkit (docs/_data/organisation.yml)."""

    model_config = ConfigDict(extra="forbid")
    example: bool = Field(default=False, description="true or false")
    name: Text = Field(description="the organisation's name as text")
    website: Annotated[str, StringConstraints(strict=True, pattern=r"^https?://\S+$")] | None = Field(
        default=None, description="a web address starting with https://")
    contact: Contact = Contact()
    logo: Text | None = Field(default=None, description="the path of an image file under docs/")
    colour: str = Field(default="#00695c", description="a colour written as #rrggbb, e.g. #00695c")
    locations: list[Location] = []
    repository: Annotated[str, StringConstraints(strict=True, pattern=r"^https://\S+$")] | None = Field(
        default=None, description="the repository's address, e.g. https://github.com/account/name")


class OrganisationFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organisation: Organisation


@dataclass
class Tip:
    """One tip in one language."""

    meta: TipMeta
    lang: str
    path: str  # relative to docs_dir, with forward slashes: tips/<theme>/<id>.<lang>.md
    body: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def url(self) -> str:
        """The page's address relative to the language's root (directory URLs)."""
        return f"tips/{self.meta.theme}/{self.meta.id}/"


@dataclass
class Site:
    languages: list[str]
    themes: list[Theme]
    sources: SourcesFile
    labels: dict[str, Labels]
    tips: dict[str, list[Tip]] = field(default_factory=dict)  # per language, in site order
    letters: list[Letter] = field(default_factory=list)  # the source first, then by code
    worksheets: list[Worksheet] = field(default_factory=list)
    organisation: Organisation | None = None
    vision: dict[str, str] = field(default_factory=dict)  # the vision's text per language ("" = not written)
    pages: dict[str, list[str]] = field(default_factory=dict)  # page (no language) -> its languages
    theme_worksheet: dict[str, ThemeWorksheetText] = field(default_factory=dict)

    def worksheet(self, sheet_id: str) -> Worksheet | None:
        return next((w for w in self.worksheets if w.id == sheet_id), None)

    @property
    def source_letter(self) -> Letter:
        return next(letter for letter in self.letters if letter.meta.status == "source")

    def letter_by_path(self, path: str) -> Letter | None:
        return next((letter for letter in self.letters if letter.path == path), None)

    def theme(self, theme_id: str) -> Theme:
        return next(t for t in self.themes if t.id == theme_id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources.sources if s.id == source_id)

    def tips_of(self, lang: str, theme_id: str | None = None) -> list[Tip]:
        return [t for t in self.tips[lang] if theme_id is None or t.meta.theme == theme_id]

    def tip_by_path(self, path: str) -> Tip | None:
        for tips in self.tips.values():
            for tip in tips:
                if tip.path == path:
                    return tip
        return None


# --- reading -------------------------------------------------------------------------------


def _describe(value: Any) -> str:
    kind = {str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list",
            dict: "a mapping", type(None): "nothing"}.get(type(value), type(value).__name__)
    shown = repr(value)
    return f"{kind} ({shown[:40]}{'…' if len(shown) > 40 else ''})"


def _models_in(annotation) -> list[type[BaseModel]]:
    """The pydantic models inside a type such as Organisation, list[Location] or X | None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]


def _field_at(model: type[BaseModel], loc: list[str]):
    """(the model that holds the field at `loc`, the field's info): follows nested models."""
    info = None
    for part in loc:
        if part.isdigit() or part not in model.model_fields:
            continue
        info = model.model_fields[part]
        inner = _models_in(info.annotation)
        if inner and part != loc[-1]:
            model = inner[0]
    return model, info


def _pydantic_problems(where: str, prefix: str, model: type[BaseModel], err: ValidationError,
                       data: Any) -> list[str]:
    """Turn pydantic's errors into "<file>: <field>: <expected>" lines."""
    problems = []
    for e in err.errors():
        loc = [str(p) for p in e["loc"]]
        name = ".".join([prefix, *loc]) if prefix else ".".join(loc)
        owner, info = _field_at(model, loc)
        expected = info.description if info is not None and info.description else None
        if e["type"] == "missing":
            msg = "is missing" + (f"; expected {expected}" if expected else "")
        elif e["type"] == "extra_forbidden":
            parent, _ = _field_at(model, loc[:-1] + ["_"])
            known = list(parent.model_fields)
            close = difflib.get_close_matches(loc[-1], known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            msg = f"is not a known key{hint} (known keys: {', '.join(known)})"
        else:
            got = _describe(e.get("input"))
            msg = f"expected {expected or e['msg'].lower()}, got {got}"
            if loc and loc[-1].isdigit() and expected:
                msg = f"expected {expected}; this item is {got}"
        problems.append(f"{where}: field '{name}' {msg}")
    return problems


def _read_yaml(path: Path, rel: str, problems: list[str]) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{rel}: file is missing; expected a YAML data file here")
    except yaml.YAMLError as exc:
        problems.append(f"{rel}: is not valid YAML: {_yaml_reason(exc)}")
    return None


def _yaml_reason(exc: yaml.YAMLError, line_offset: int = 0) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return f"{problem} (line {mark.line + 1 + line_offset}, column {mark.column + 1})"
    return problem


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (front matter text or None, body, number of lines before the body's first line)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return None, text, 0
    return m.group(1), text[m.end():], text[: m.end()].count("\n")


def _load_data(docs: Path, languages: list[str], problems: list[str]):
    themes_data = _read_yaml(docs / "_data/themes.yml", "_data/themes.yml", problems)
    sources_data = _read_yaml(docs / "_data/sources.yml", "_data/sources.yml", problems)
    labels_data = _read_yaml(docs / "_data/labels.yml", "_data/labels.yml", problems)

    themes = sources = None
    labels: dict[str, Labels] = {}
    if themes_data is not None:
        try:
            themes = ThemesFile.model_validate(themes_data).themes
        except ValidationError as err:
            problems += _pydantic_problems("_data/themes.yml", "", ThemesFile, err, themes_data)
    if sources_data is not None:
        try:
            sources = SourcesFile.model_validate(sources_data)
        except ValidationError as err:
            problems += _pydantic_problems("_data/sources.yml", "", SourcesFile, err, sources_data)
    for kind, items, text_model, rel in (
        ("themes", themes, ThemeText, "_data/themes.yml"),
        ("sources", sources.sources if sources else None, SourceText, "_data/sources.yml"),
    ):
        for i, item in enumerate(items or []):
            _check_unique(items[:i], item.id, rel, f"{kind}[{i}].id", problems)
            for lang in languages:
                value = getattr(item, lang, None)
                if value is None:
                    problems.append(f"{rel}: field '{kind}[{i}].{lang}' is missing; expected "
                                    f"the {kind[:-1]}'s {', '.join(text_model.model_fields)} in '{lang}'")
                    continue
                try:
                    text_model.model_validate(value)
                except ValidationError as err:
                    problems += _pydantic_problems(rel, f"{kind}[{i}].{lang}", text_model, err, value)
    if isinstance(labels_data, dict) or labels_data is None:
        for lang in languages:
            if not labels_data or lang not in labels_data:
                if labels_data is not None:
                    problems.append(f"_data/labels.yml: field '{lang}' is missing; expected the "
                                    f"site's words in language '{lang}'")
                continue
            try:
                labels[lang] = Labels.model_validate(labels_data[lang])
            except ValidationError as err:
                problems += _pydantic_problems("_data/labels.yml", lang, Labels, err, labels_data[lang])
    else:
        problems.append("_data/labels.yml: expected a mapping of language codes to words")
    return themes, sources, labels


def _check_unique(before, ident, rel, name, problems):
    if any(b.id == ident for b in before):
        problems.append(f"{rel}: field '{name}' '{ident}' is used twice; expected each id once")


def _load_tip(docs: Path, path: Path, languages: list[str], problems: list[str]) -> Tip | None:
    rel = path.relative_to(docs).as_posix()
    stem, _, lang = path.name[: -len(".md")].rpartition(".")
    if lang not in languages:
        problems.append(f"{rel}: file name must end in .<language>.md with a site language "
                        f"({', '.join(languages)}), e.g. {path.name[:-3]}.{languages[0]}.md")
        return None
    text = path.read_text(encoding="utf-8")
    fm, body, offset = split_front_matter(text)
    if fm is None:
        problems.append(f"{rel}: front matter is missing; expected the file to start with '---', "
                        "a 'tip:' block and '---' (see docs/tips/_template.md)")
        return None
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as exc:
        problems.append(f"{rel}: front matter is not valid YAML: {_yaml_reason(exc, 1)}")
        return None
    if not isinstance(data, dict):
        problems.append(f"{rel}: front matter: expected keys such as 'tip:', got {_describe(data)}")
        return None
    for key in data:
        if key not in PAGE_KEYS:
            close = difflib.get_close_matches(str(key), sorted(PAGE_KEYS | set(TipMeta.model_fields)), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(f"{rel}: field '{key}' is not a known front-matter key{hint} "
                            "(a tip's fields go under 'tip:')")
    raw = data.get("tip")
    if raw is None:
        if "tip" not in data:
            problems.append(f"{rel}: field 'tip' is missing; expected a 'tip:' block with the tip's fields")
        else:
            problems.append(f"{rel}: field 'tip' is empty; expected the tip's fields under it")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{rel}: field 'tip' expected a block of fields, got {_describe(raw)}")
        return None
    try:
        meta = TipMeta.model_validate(raw)
    except ValidationError as err:
        problems += _pydantic_problems(rel, "tip", TipMeta, err, raw)
        return None
    if meta.id != stem:
        problems.append(f"{rel}: field 'tip.id' is '{meta.id}'; expected '{stem}', the file's name")
    folder = path.parent.name
    if meta.theme != folder:
        problems.append(f"{rel}: field 'tip.theme' is '{meta.theme}' but the file is in the folder "
                        f"'tips/{folder}/'; expected the theme to match its folder")
    if H1.search(body):
        problems.append(f"{rel}: body has a '# ' heading; expected none (the title comes from 'tip.title')")
    return Tip(meta=meta, lang=lang, path=rel, body=body)


def _check_tip(tip: Tip, site_parts, problems: list[str]) -> None:
    themes, sources, labels = site_parts
    m = tip.meta
    if themes is not None and m.theme not in {t.id for t in themes}:
        problems.append(f"{tip.path}: field 'tip.theme' is '{m.theme}', an unknown theme; expected "
                        f"one of: {', '.join(t.id for t in themes)} (docs/_data/themes.yml)")
    if sources is not None and m.source not in {s.id for s in sources.sources}:
        problems.append(f"{tip.path}: field 'tip.source' is '{m.source}', an unknown source; expected "
                        f"one of: {', '.join(s.id for s in sources.sources)} (docs/_data/sources.yml)")
    words = labels.get(tip.lang)
    if words is None:
        return
    if m.moment not in words.moments:
        problems.append(f"{tip.path}: field 'tip.moment' is '{m.moment}'; expected one of: "
                        f"{', '.join(words.moments)}")
    for who in m.audience:
        if who not in words.audiences:
            problems.append(f"{tip.path}: field 'tip.audience' has '{who}'; expected each to be one "
                            f"of: {', '.join(words.audiences)}")
    wanted = [words.sections.why, words.sections.what, words.sections.example]
    found = H2.findall(tip.body)
    if found != wanted:
        problems.append(f"{tip.path}: body has the sections {found or 'none'}; expected exactly "
                        f"these '## ' headings in this order: {wanted}")


STRUCTURAL = ("theme", "order", "moment", "intake_phase", "audience", "source")


def _check_translations(by_id: dict[str, dict[str, Tip]], languages: list[str], problems):
    for tip_id, versions in sorted(by_id.items()):
        first = versions.get(languages[0]) or next(iter(versions.values()))
        for lang in languages:
            if lang not in versions:
                folder = first.path.rsplit("/", 1)[0]
                problems.append(f"{first.path}: tip '{tip_id}' has no '{lang}' version; expected "
                                f"the file {folder}/{tip_id}.{lang}.md")
        for tip in versions.values():
            if tip is first:
                continue
            for name in STRUCTURAL:
                a, b = getattr(first.meta, name), getattr(tip.meta, name)
                if a != b:
                    problems.append(f"{tip.path}: field 'tip.{name}' is {b!r} but {a!r} in "
                                    f"{first.path}; expected the same value in every language")
            if len(tip.meta.checklist) != len(first.meta.checklist):
                problems.append(
                    f"{tip.path}: field 'tip.checklist' has {len(tip.meta.checklist)} items but "
                    f"{first.path} has {len(first.meta.checklist)}; expected the same items in every language")


def _front_matter(path: Path, rel: str, key: str, problems: list[str]):
    """(data under `key`, body) of a Markdown file, or None after recording the problem."""
    fm, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
    if fm is None:
        problems.append(f"{rel}: front matter is missing; expected the file to start with '---', "
                        f"a '{key}:' block and '---'")
        return None
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as exc:
        problems.append(f"{rel}: front matter is not valid YAML: {_yaml_reason(exc, 1)}")
        return None
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        problems.append(f"{rel}: field '{key}' is missing; expected a '{key}:' block of fields")
        return None
    for other in data:
        if other != key and other not in PAGE_KEYS:
            close = difflib.get_close_matches(str(other), [key], n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(f"{rel}: field '{other}' is not a known front-matter key{hint}")
    return data[key], body


def _load_letter(docs: Path, path: Path, problems: list[str]) -> Letter | None:
    rel = path.relative_to(docs).as_posix()
    loaded = _front_matter(path, rel, "letter", problems)
    if loaded is None:
        return None
    raw, body = loaded
    try:
        meta = LetterMeta.model_validate(raw)
    except ValidationError as err:
        problems += _pydantic_problems(rel, "letter", LetterMeta, err, raw)
        return None
    before = len(problems)
    if meta.language != path.stem:
        problems.append(f"{rel}: field 'letter.language' is '{meta.language}'; expected "
                        f"'{path.stem}', the file's name")
    try:
        locale = Locale.parse(meta.language, sep="-")
    except (UnknownLocaleError, ValueError):
        problems.append(f"{rel}: field 'letter.language' is '{meta.language}', a code Babel does "
                        "not know; expected a language code such as 'ar', 'tr' or 'pt-BR'")
    else:
        if locale.text_direction != meta.direction:
            problems.append(f"{rel}: field 'letter.direction' is '{meta.direction}', but "
                            f"{locale.get_display_name('en')} is written '{locale.text_direction}'; "
                            f"expected '{locale.text_direction}'")
    if meta.status == "reviewed" and not meta.reviewed_by:
        problems.append(f"{rel}: field 'letter.reviewed_by' is empty; expected the name of the "
                        "native speaker who reviewed it (status 'reviewed')")
    for jinja in ("{{", "{%", "{#"):
        if jinja in body:
            problems.append(f"{rel}: body contains '{jinja}'; expected placeholders written "
                            "with single braces, like {child_name}")
    for stray in re.findall(r"\{[^{}]*\}", PLACEHOLDER.sub("", body)):
        problems.append(f"{rel}: body has '{stray}', which is not a placeholder; expected "
                        "letters, digits and '_' between single braces, like {child_name}")
    letter = Letter(meta=meta, path=rel, blocks=parse_letter_body(body))
    return letter if len(problems) == before else None


def _check_letters(letters: list[Letter], source_lang: str, problems: list[str]) -> None:
    sources = [letter for letter in letters if letter.meta.status == "source"]
    if [s.code for s in sources] != [source_lang]:
        problems.append(f"brief/: letters with status 'source': {[s.path for s in sources]}; "
                        f"expected exactly one, brief/{source_lang}.md")
        return
    source = sources[0]
    keys = source.placeholders
    for letter in letters:
        rel = letter.path
        found = letter.placeholders
        for key in keys:
            if key not in found:
                problems.append(f"{rel}: placeholder {{{key}}} is missing; expected the same "
                                f"placeholders as {source.path}: {', '.join(keys)}")
        for key in found:
            if key not in keys:
                close = difflib.get_close_matches(key, keys, n=1)
                hint = f"; did you mean {{{close[0]}}}?" if close else ""
                problems.append(f"{rel}: placeholder {{{key}}} is not in {source.path}{hint} "
                                f"(expected: {', '.join(keys)})")
        if len(letter.questions) != len(source.questions):
            problems.append(f"{rel}: has {len(letter.questions)} preparation questions; expected "
                            f"{len(source.questions)}, as in {source.path}")
        if [b.kind for b in letter.blocks] != [b.kind for b in source.blocks]:
            problems.append(f"{rel}: has {len(letter.blocks)} paragraphs and lists; expected the "
                            f"same {len(source.blocks)} in the same order as {source.path}")
        labels = set(letter.meta.labels)
        for key in keys:
            if key not in labels:
                problems.append(f"{rel}: field 'letter.labels.{key}' is missing; expected a label "
                                f"in the letter's language for {{{key}}}")
        for key in sorted(labels - set(keys)):
            problems.append(f"{rel}: field 'letter.labels.{key}' is not a placeholder; expected "
                            f"one of: {', '.join(keys)}")


def _load_worksheets(docs: Path, languages: list[str], theme_ids: list[str], source_ids: list[str],
                     problems: list[str]):
    rel = "_data/worksheets.yml"
    data = _read_yaml(docs / rel, rel, problems)
    if data is None:
        return [], {}
    try:
        parsed = WorksheetsFile.model_validate(data)
    except ValidationError as err:
        problems.extend(_pydantic_problems(rel, "", WorksheetsFile, err, data))
        return [], {}
    ids = [w.id for w in parsed.worksheets]
    for i, sheet in enumerate(parsed.worksheets):
        _check_unique(parsed.worksheets[:i], sheet.id, rel, f"worksheets[{i}].id", problems)
        if sheet.id in theme_ids:
            problems.append(f"{rel}: field 'worksheets[{i}].id' '{sheet.id}' is also a theme's id; "
                            "expected another id (theme worksheets are made from the tips)")
        for ref in sheet.sources:
            if ref not in source_ids:
                problems.append(f"{rel}: field 'worksheets[{i}].sources' has '{ref}', an unknown "
                                f"source; expected one of: {', '.join(source_ids)}")
        for ref in sheet.draws_on:
            if ref != "themes" and ref not in ids:
                problems.append(f"{rel}: field 'worksheets[{i}].draws_on' has '{ref}'; expected "
                                f"'themes' or a worksheet id: {', '.join(ids)}")
        shapes = {}
        for lang in languages:
            value = getattr(sheet, lang, None)
            if value is None:
                problems.append(f"{rel}: field 'worksheets[{i}].{lang}' is missing; expected the "
                                f"worksheet's texts in '{lang}'")
                continue
            try:
                text = WorksheetText.model_validate(value)
            except ValidationError as err:
                problems += _pydantic_problems(rel, f"worksheets[{i}].{lang}", WorksheetText, err, value)
                continue
            shapes[lang] = [[(q.id, q.lines, q.per_theme) for q in s.questions] for s in text.sections]
            flat = [q for s in shapes[lang] for q in s]
            for qid in {q[0] for q in flat if [x[0] for x in flat].count(q[0]) > 1}:
                problems.append(f"{rel}: worksheet '{sheet.id}' ({lang}) uses question id '{qid}' "
                                "twice; expected each id once")
        first = languages[0]
        for lang, shape in shapes.items():
            if first in shapes and shape != shapes[first]:
                problems.append(f"{rel}: worksheet '{sheet.id}' has other sections or questions "
                                f"(ids, lines, per_theme) in '{lang}' than in '{first}'; expected "
                                "the same structure in every language")
    for lang in languages:
        if lang not in parsed.theme_worksheet:
            problems.append(f"{rel}: field 'theme_worksheet.{lang}' is missing; expected the theme "
                            f"worksheets' texts in '{lang}'")
        elif "{theme}" not in parsed.theme_worksheet[lang].title:
            problems.append(f"{rel}: field 'theme_worksheet.{lang}.title' has no '{{theme}}'; "
                            "expected it where the theme's title goes")
    return sorted(parsed.worksheets, key=lambda w: (w.order, w.id)), parsed.theme_worksheet


def _load_organisation(docs: Path, problems: list[str]) -> Organisation | None:
    rel = "_data/organisation.yml"
    data = _read_yaml(docs / rel, rel, problems)
    if data is None:
        return None
    try:
        org = OrganisationFile.model_validate(data).organisation
    except ValidationError as err:
        problems.extend(_pydantic_problems(rel, "", OrganisationFile, err, data))
        return None
    before = len(problems)
    if not HEX_COLOUR.match(org.colour):
        problems.append(f"{rel}: field 'organisation.colour' is {org.colour!r}; expected a colour "
                        "written as #rrggbb, for example \"#00695c\" (with the quotes)")
    elif contrast_ratio(org.colour, "#ffffff") < 4.5:
        problems.append(f"{rel}: field 'organisation.colour' {org.colour} is too light: white text "
                        f"on it has a contrast of {contrast_ratio(org.colour, '#ffffff'):.1f}:1; "
                        "expected a darker colour with at least 4.5:1 (WCAG AA)")
    if org.logo is not None and not (docs / org.logo).is_file():
        problems.append(f"{rel}: field 'organisation.logo' is '{org.logo}', but there is no file "
                        f"docs/{org.logo}; expected the path of an image file under docs/")
    return org if len(problems) == before else None


HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _load_vision(docs: Path, languages: list[str], problems: list[str]) -> dict[str, str]:
    """The organisation's vision per language: the text of visie.<lang>.md without its front
    matter and comments ('' while it is not written)."""
    vision = {}
    for lang in languages:
        path = docs / f"visie.{lang}.md"
        if not path.exists():
            problems.append(f"visie.{lang}.md: file is missing; expected the organisation's vision "
                            f"in '{lang}' (it may be empty until it is written)")
            continue
        _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        text = HTML_COMMENT.sub("", body).strip()
        if H1.search(text):
            problems.append(f"visie.{lang}.md: body has a '# ' heading; expected none (the site "
                            "adds the title)")
        vision[lang] = text
    return vision


def _page_languages(docs: Path, languages: list[str]) -> dict[str, list[str]]:
    """Every page of the site (without its language suffix) and the languages it exists in."""
    pages: dict[str, list[str]] = {}
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if any(part.startswith("_") for part in rel.split("/")):
            continue
        stem, _, lang = rel[:-3].rpartition(".")
        if lang in languages:
            pages.setdefault(f"{stem}.md", []).append(lang)
    return pages


def _check_sheet_pages(docs: Path, languages, themes, worksheets, problems) -> None:
    """Every checklist and worksheet has its (one-line) page in every language."""
    theme_ids = [t.id for t in themes or []]
    wanted = [f"checklists/{name}" for name in [*theme_ids, "intake", "alle-tips"]]
    wanted += [f"werkbladen/{name}" for name in [*theme_ids, *(w.id for w in worksheets)]]
    for name in wanted:
        for lang in languages:
            if not (docs / f"{name}.{lang}.md").exists():
                problems.append(f"{name}.{lang}.md: file is missing; expected a page with "
                                f"{{{{ {'show_checklist' if name.startswith('check') else 'show_worksheet'}() }}}} "
                                f"in '{lang}' (copy a neighbouring .{lang}.md file)")


def load_site(docs_dir: str | Path, languages: list[str]) -> Site:
    """Read and validate all content under docs_dir. Raises ContentError on any problem."""
    docs = Path(docs_dir)
    problems: list[str] = []
    themes, sources, labels = _load_data(docs, languages, problems)

    tips: list[Tip] = []
    faulty: set[str] = set()  # ids of tips with problems: their translations are not compared
    for path in sorted((docs / "tips").glob("*/*.md")):
        if path.name.startswith("_") or path.name.split(".")[0] == "index":
            continue
        before = len(problems)
        tip = _load_tip(docs, path, languages, problems)
        if tip is not None:
            _check_tip(tip, (themes, sources, labels), problems)
            tips.append(tip)
        if len(problems) > before:
            faulty.add(path.name.split(".")[0])

    by_id: dict[str, dict[str, Tip]] = {}
    for tip in tips:
        versions = by_id.setdefault(tip.id, {})
        if tip.lang in versions:
            problems.append(f"{tip.path}: field 'tip.id' '{tip.id}' is also used by "
                            f"{versions[tip.lang].path}; expected every tip id once per language")
            continue
        versions[tip.lang] = tip
    _check_translations({k: v for k, v in by_id.items() if k not in faulty}, languages, problems)

    for folder in sorted(p for p in (docs / "tips").glob("*") if p.is_dir() and not p.name.startswith("_")):
        if themes is not None and folder.name not in {t.id for t in themes}:
            problems.append(f"tips/{folder.name}/: folder is not a theme; expected one of: "
                            f"{', '.join(t.id for t in themes)} (docs/_data/themes.yml)")
    for theme in themes or []:
        for lang in languages:
            index = docs / "tips" / theme.id / f"index.{lang}.md"
            if not index.exists():
                problems.append(f"tips/{theme.id}/index.{lang}.md: file is missing; expected the "
                                f"theme's page in '{lang}' (copy another theme's index.{lang}.md)")

    letters = []
    for path in sorted((docs / "brief").glob("*.md")):
        if not path.name.startswith(("index.", "_")):
            letter = _load_letter(docs, path, problems)
            if letter is not None:
                letters.append(letter)
    if letters:
        _check_letters(letters, languages[0], problems)

    worksheets, theme_worksheet = _load_worksheets(
        docs, languages, [t.id for t in themes or []],
        [s.id for s in sources.sources] if sources else [], problems)
    _check_sheet_pages(docs, languages, themes, worksheets, problems)
    organisation = _load_organisation(docs, problems)
    vision = _load_vision(docs, languages, problems)

    if problems:
        raise ContentError(problems)

    order = {t.id: i for i, t in enumerate(themes)}
    site = Site(languages=list(languages), themes=themes, sources=sources, labels=labels,
                letters=sorted(letters, key=lambda x: (x.meta.status != "source", x.code)),
                worksheets=worksheets, theme_worksheet=theme_worksheet, organisation=organisation,
                vision=vision, pages=_page_languages(docs, languages))
    for lang in languages:
        site.tips[lang] = sorted((t for t in tips if t.lang == lang),
                                 key=lambda t: (order[t.meta.theme], t.meta.order, t.meta.title))
    return site


_cache: dict[tuple, Site] = {}


def cached_site(docs_dir: str | Path, languages: list[str]) -> Site:
    """load_site, done again only when a file under docs_dir changed (for `mkdocs serve`)."""
    docs = Path(docs_dir)
    stamp = tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                         for p in list(docs.glob("_data/*.yml")) + list(docs.glob("tips/*/*.md"))
                         + list(docs.glob("brief/*.md")) + list(docs.glob("*/*.md"))))
    key = (str(docs.resolve()), tuple(languages), stamp)
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_site(docs, languages)
    return _cache[key]
