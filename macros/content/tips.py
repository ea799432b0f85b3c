"""Tips, themes and sources: their models, reading one tip file, and the rules that hold
across files (known theme and source, one id per language, translations that agree)."""
from __future__ import annotations

import difflib
import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from ._common import (H1, H2, HTTPS, HTTPS_NL, PAGE_KEYS, SUMMARY_MAX, TITLE_MAX, HttpsUrl, Slug,
                      Summary, Text, Title, _check_unique, _describe, _parse_front_matter,
                      _pydantic_problems, _read_yaml, located, refuse_render_macros)
from .labels import Labels

CHECKLIST_ITEM_MAX = 200
# The phases of the intake, in the order of the conversation: a tip's `intake_phase`.
INTAKE_PHASES = ("before", "during", "after")
IntakePhase = Literal["before", "during", "after"]


def _iso_date(value):
    """A date YAML read (2026-12-04), or the same written between quotes; anything else is
    left for the strict check to refuse (a number, 4-12-2026, 2026-12-4)."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return value
    if isinstance(value, datetime.datetime):
        return value  # a date with a time: refused
    return value


IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date), Field(strict=True)]
ISO_DATE = "a date as year-month-day, e.g. 2026-12-04"
ISO_DATE_NL = "een datum als jaar-maand-dag, zoals 2026-12-04"


class TipMeta(BaseModel):
    """The `tip:` block in a tip's front matter."""

    model_config = ConfigDict(extra="forbid")

    id: Slug = Field(description="the tip's stable id: lowercase words joined by hyphens, the same as the file name")
    theme: Slug = Field(description="the id of a theme in docs/_data/themes.yml")
    order: int = Field(default=100, strict=True, description="a whole number: the tip's place in its theme")
    title: Title = Field(description=f"a short title as text (at most {TITLE_MAX} characters)",
                         json_schema_extra={"nl": f"een korte titel (hoogstens {TITLE_MAX} tekens)"})
    summary: Summary = Field(description=f"one sentence as text (at most {SUMMARY_MAX} characters)",
                             json_schema_extra={"nl": f"één zin (hoogstens {SUMMARY_MAX} tekens)"})
    moment: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z_]+$")] = Field(
        description="one of the moments in docs/_data/labels.yml"
    )
    time: Text | None = Field(default=None, description="how much time it takes, in words, e.g. '15 minuten in het teamoverleg'")
    intake_phase: IntakePhase | None = Field(
        default=None, description="'before', 'during' or 'after' (a few weeks after) the intake "
                                  "meeting, for tips on the intake checklist; leave out otherwise")
    audience: list[Annotated[str, StringConstraints(strict=True)]] = Field(
        min_length=1, description="a list of one or more audiences from docs/_data/labels.yml"
    )
    checklist: list[Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                                     max_length=CHECKLIST_ITEM_MAX)]] = Field(
        min_length=1, description=f"a list of short actions, each a line of text (at most "
                                  f"{CHECKLIST_ITEM_MAX} characters)",
        json_schema_extra={"nl": "een lijst korte acties, elk op een eigen regel met '- '"}
    )
    # A tip's sources: `sources:` a list of ids, its first the main one; `source:` one id, the
    # short form tips written before several sources were possible use (still valid, not a rename).
    sources: list[Slug] | None = Field(
        default=None, min_length=1,
        description="a list of one or more ids of sources in docs/_data/sources.yml, the main one first",
        json_schema_extra={"nl": "een lijst van een of meer bronnen uit docs/_data/sources.yml, de belangrijkste eerst"})
    source: Slug | None = Field(default=None, description="the id of a source in docs/_data/sources.yml",
                                json_schema_extra={"nl": "het id van een bron uit docs/_data/sources.yml"})

    rules: bool = Field(default=False, strict=True,
                        description="true or false: true when the tip states a rule (law, inspection, "
                                    "meldcode, complaints, privacy); then 'checked' is required",
                        json_schema_extra={"nl": "true of false: true als de tip een regel noemt (wet, "
                                                 "inspectie, meldcode, klachten, privacy)"})
    checked: IsoDate | None = Field(
        default=None, description=f"the day its facts were last checked against their sources: {ISO_DATE}",
        json_schema_extra={"nl": f"de dag waarop de feiten voor het laatst met de bronnen zijn vergeleken: "
                                 f"{ISO_DATE_NL}"})

    @model_validator(mode="after")
    def _one_list_of_sources(self):
        """Both spellings read as one list (the loader refuses a tip that has both or neither)."""
        if self.sources is None and self.source is not None:
            self.sources = [self.source]
        return self


class ThemeText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Title = Field(description=f"a short title (at most {TITLE_MAX} characters)")
    intro: Text


class Theme(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Slug
    icon: Annotated[str, StringConstraints(strict=True, pattern=r"^(material|fontawesome/(solid|regular|brands)|octicons|simple)/[a-z0-9-]+$")] | None = Field(
        default=None, description="an icon Material bundles, e.g. material/handshake")

    def text(self, lang: str) -> ThemeText:
        return ThemeText.model_validate(getattr(self, lang))


class SourceText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                            max_length=300)] = Field(
        description="the source's title (at most 300 characters)")
    description: Text


class Source(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Slug
    author: Text
    year: int | None = None
    url: HttpsUrl | None = Field(default=None, description=HTTPS, json_schema_extra={"nl": HTTPS_NL})

    def text(self, lang: str) -> SourceText:
        return SourceText.model_validate(getattr(self, lang))


class Reference(BaseModel):
    model_config = ConfigDict(extra="forbid")
    citation: Text
    url: HttpsUrl | None = Field(default=None, description=HTTPS, json_schema_extra={"nl": HTTPS_NL})


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[Source] = Field(min_length=1)
    further_reading: list[Reference] = []
    references: list[Reference] = []


class ThemesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    themes: list[Theme] = Field(min_length=1)


@dataclass
class Tip:
    """One tip in one language."""

    meta: TipMeta
    lang: str
    path: str  # relative to docs_dir, with forward slashes: tips/<theme>/<id>.<lang>.md
    body: str
    lines: dict = field(default_factory=dict, repr=False)  # front-matter key path -> line in the file
    body_line: int = 1  # the line of the body's first line in the file

    def line(self, *key) -> int | None:
        return self.lines.get(("tip", *key))

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def url(self) -> str:
        """The page's address relative to the language's root (directory URLs)."""
        return f"tips/{self.meta.theme}/{self.meta.id}/"


def _load_data(docs: Path, languages: list[str], problems: list[str]):
    lines = {name: {} for name in ("themes", "sources", "labels")}
    themes_data = _read_yaml(docs / "_data/themes.yml", "_data/themes.yml", problems, lines["themes"])
    sources_data = _read_yaml(docs / "_data/sources.yml", "_data/sources.yml", problems, lines["sources"])
    labels_data = _read_yaml(docs / "_data/labels.yml", "_data/labels.yml", problems, lines["labels"])

    themes = sources = None
    labels: dict[str, Labels] = {}
    if themes_data is not None:
        try:
            themes = ThemesFile.model_validate(themes_data).themes
        except ValidationError as err:
            problems += _pydantic_problems("_data/themes.yml", "", ThemesFile, err, themes_data, lines["themes"])
    if sources_data is not None:
        try:
            sources = SourcesFile.model_validate(sources_data)
        except ValidationError as err:
            problems += _pydantic_problems("_data/sources.yml", "", SourcesFile, err, sources_data,
                                           lines["sources"])
    for kind, items, text_model, rel in (
        ("themes", themes, ThemeText, "_data/themes.yml"),
        ("sources", sources.sources if sources else None, SourceText, "_data/sources.yml"),
    ):
        where = lines[kind]
        for i, item in enumerate(items or []):
            _check_unique(items[:i], item.id, rel, f"{kind}[{i + 1}].id", problems)
            for lang in languages:
                value = getattr(item, lang, None)
                if value is None:
                    problems.append(located(
                        rel, where.get((kind, i)),
                        f"veld '{kind}[{i + 1}].{lang}' ontbreekt: de teksten in '{lang}'",
                        f"field '{kind}[{i + 1}].{lang}' is missing; expected "
                        f"the {kind[:-1]}'s {', '.join(text_model.model_fields)} in '{lang}'"))
                    continue
                try:
                    text_model.model_validate(value)
                except ValidationError as err:
                    problems += _pydantic_problems(rel, f"{kind}[{i + 1}].{lang}", text_model, err, value,
                                                   where, (kind, i, lang))
    if isinstance(labels_data, dict) or labels_data is None:
        for lang in languages:
            if not labels_data or lang not in labels_data:
                if labels_data is not None:
                    problems.append(located("_data/labels.yml", None,
                                            f"veld '{lang}' ontbreekt: de woorden van de site in '{lang}'",
                                            f"field '{lang}' is missing; expected the "
                                            f"site's words in language '{lang}'"))
                continue
            try:
                labels[lang] = Labels.model_validate(labels_data[lang])
            except ValidationError as err:
                problems += _pydantic_problems("_data/labels.yml", lang, Labels, err, labels_data[lang],
                                               lines["labels"], (lang,))
    else:
        problems.append("_data/labels.yml: verwacht per taalcode de woorden van de site / "
                        "expected a mapping of language codes to words")
    return themes, sources, labels


def _load_tip(docs: Path, path: Path, languages: list[str], problems: list[str]) -> Tip | None:
    rel = path.relative_to(docs).as_posix()
    stem, _, lang = path.name[: -len(".md")].rpartition(".")
    if lang not in languages:
        problems.append(f"{rel}: de bestandsnaam moet eindigen op .<taal>.md / file name must end "
                        f"in .<language>.md with a site language ({', '.join(languages)}), "
                        f"e.g. {path.name[:-3]}.{languages[0]}.md")
        return None
    fm = _parse_front_matter(path, rel, "tip", problems, " (see docs/tips/_template.md)")
    if fm is None:
        return None
    data, body = fm.data, fm.body
    refuse_render_macros(rel, fm, "een tip", "a tip", problems, "tips")
    for key in data:
        if key not in PAGE_KEYS and key != "render_macros":
            close = difflib.get_close_matches(str(key), sorted(PAGE_KEYS | set(TipMeta.model_fields)), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(located(rel, fm.lines.get((key,)),
                                    f"'{key}' is geen bekende sleutel (de velden van een tip staan onder 'tip:')",
                                    f"field '{key}' is not a known front-matter key{hint} "
                                    "(a tip's fields go under 'tip:')"))
    raw = data.get("tip")
    if raw is None:
        if "tip" not in data:
            problems.append(located(rel, None, "veld 'tip' ontbreekt: zet de velden van de tip onder 'tip:'",
                                    "field 'tip' is missing; expected a 'tip:' block with the tip's fields"))
        else:
            problems.append(located(rel, fm.lines.get(("tip",)), "veld 'tip' is leeg",
                                    "field 'tip' is empty; expected the tip's fields under it"))
        return None
    if not isinstance(raw, dict):
        problems.append(located(rel, fm.lines.get(("tip",)), "onder 'tip' horen velden",
                                f"field 'tip' expected a block of fields, got {_describe(raw)}"))
        return None
    if "sources" in raw and "source" in raw:
        problems.append(located(rel, fm.lines.get(("tip", "source")),
                                "de tip heeft zowel 'tip.sources' als 'tip.source'; houd er één: zet alle "
                                "bronnen onder 'sources:' (of één bron onder 'source:')",
                                "the tip has both 'tip.sources' and 'tip.source'; expected one of them: "
                                "every source under 'sources:' (or a single one under 'source:')"))
    elif "sources" not in raw and "source" not in raw:
        problems.append(located(rel, fm.lines.get(("tip",)),
                                "veld 'tip.sources' ontbreekt: vul een lijst in van een of meer bronnen uit "
                                "docs/_data/sources.yml (of één bron onder 'source:')",
                                "field 'tip.sources' is missing; expected a list of one or more ids of "
                                "sources in docs/_data/sources.yml (or a single id under 'source:')"))
    try:
        meta = TipMeta.model_validate(raw)
    except ValidationError as err:
        problems += _pydantic_problems(rel, "tip", TipMeta, err, raw, fm.lines, ("tip",))
        return None
    if meta.rules and meta.checked is None:
        problems.append(located(rel, fm.lines.get(("tip", "rules")),
                                "veld 'tip.checked' ontbreekt: deze tip noemt regels ('rules: true'); vul "
                                f"de dag in waarop de feiten met de bronnen zijn vergeleken, {ISO_DATE_NL}",
                                "field 'tip.checked' is missing; the tip states rules ('rules: true'), so "
                                f"expected the day its facts were last checked against their sources, {ISO_DATE}"))
    if meta.id != stem:
        problems.append(located(rel, fm.lines.get(("tip", "id")),
                                f"veld 'tip.id' is '{meta.id}', maar moet gelijk zijn aan de bestandsnaam: '{stem}'",
                                f"field 'tip.id' is '{meta.id}'; expected '{stem}', the file's name"))
    folder = path.parent.name
    if meta.theme != folder:
        problems.append(located(rel, fm.lines.get(("tip", "theme")),
                                f"veld 'tip.theme' is '{meta.theme}', maar de tip staat in de map "
                                f"'tips/{folder}/'",
                                f"field 'tip.theme' is '{meta.theme}' but the file is in the folder "
                                f"'tips/{folder}/'; expected the theme to match its folder"))
    if (m := H1.search(body)):
        problems.append(located(rel, fm.body_line + body[:m.start()].count("\n"),
                                "de tekst heeft een kop met één '#'; haal die weg (de titel komt uit 'tip.title')",
                                "body has a '# ' heading; expected none (the title comes from 'tip.title')"))
    return Tip(meta=meta, lang=lang, path=rel, body=body, lines=fm.lines, body_line=fm.body_line)


def _check_tip(tip: Tip, site_parts, problems: list[str]) -> None:
    themes, sources, labels = site_parts
    m = tip.meta
    if themes is not None and m.theme not in {t.id for t in themes}:
        ids = ', '.join(t.id for t in themes)
        problems.append(located(tip.path, tip.line("theme"),
                                f"veld 'tip.theme' is '{m.theme}', een onbekend thema; kies een van: {ids}",
                                f"field 'tip.theme' is '{m.theme}', an unknown theme; expected "
                                f"one of: {ids} (docs/_data/themes.yml)"))
    known = {s.id for s in sources.sources} if sources is not None else None
    for i, ref in enumerate(m.sources or []):
        # the short form `source:` is one id; `sources:` names each item from 1
        name, key = ("tip.source", ("source",)) if m.source is not None else (f"tip.sources[{i + 1}]", ("sources", i))
        line = tip.line(*key) or tip.line(key[0])
        if known is not None and ref not in known:
            ids = ', '.join(s.id for s in sources.sources)
            problems.append(located(tip.path, line,
                                    f"veld '{name}' is '{ref}', een onbekende bron; kies een van: {ids}",
                                    f"field '{name}' is '{ref}', an unknown source; expected "
                                    f"one of: {ids} (docs/_data/sources.yml)"))
        if ref in m.sources[:i]:
            problems.append(located(tip.path, line,
                                    f"veld '{name}': de bron '{ref}' staat er twee keer; noem elke bron één keer",
                                    f"field '{name}' '{ref}' is listed twice; expected each source once"))
    words = labels.get(tip.lang)
    if words is None:
        return
    if m.moment not in words.moments:
        problems.append(located(tip.path, tip.line("moment"),
                                f"veld 'tip.moment' is '{m.moment}'; kies een van: {', '.join(words.moments)}",
                                f"field 'tip.moment' is '{m.moment}'; expected one of: "
                                f"{', '.join(words.moments)}"))
    for who in m.audience:
        if who not in words.audiences:
            problems.append(located(tip.path, tip.line("audience"),
                                    f"veld 'tip.audience' bevat '{who}'; kies uit: {', '.join(words.audiences)}",
                                    f"field 'tip.audience' has '{who}'; expected each to be one "
                                    f"of: {', '.join(words.audiences)}"))
    wanted = [words.sections.why, words.sections.what, words.sections.example]
    found = H2.findall(tip.body)
    if found != wanted:
        problems.append(located(tip.path, tip.body_line,
                                f"de tekst heeft de koppen {found or 'geen'}; verwacht precies deze "
                                f"'## '-koppen in deze volgorde: {wanted}",
                                f"body has the sections {found or 'none'}; expected exactly "
                                f"these '## ' headings in this order: {wanted}"))


STRUCTURAL = ("theme", "order", "moment", "intake_phase", "audience", "sources", "rules")


def _check_translations(by_id: dict[str, dict[str, Tip]], languages: list[str], problems):
    for tip_id, versions in sorted(by_id.items()):
        first = versions.get(languages[0]) or next(iter(versions.values()))
        for lang in languages:
            if lang not in versions:
                folder = first.path.rsplit("/", 1)[0]
                problems.append(located(first.path, None,
                                        f"tip '{tip_id}' heeft geen versie in '{lang}'; maak het bestand "
                                        f"{folder}/{tip_id}.{lang}.md",
                                        f"tip '{tip_id}' has no '{lang}' version; expected "
                                        f"the file {folder}/{tip_id}.{lang}.md"))
        for tip in versions.values():
            if tip is first:
                continue
            for name in STRUCTURAL:
                a, b = getattr(first.meta, name), getattr(tip.meta, name)
                if a != b:
                    problems.append(located(tip.path, tip.line(name) or (tip.line("source") if name == "sources" else None),
                                            f"veld 'tip.{name}' is {b!r} maar {a!r} in {first.path}; "
                                            "dat moet in elke taal hetzelfde zijn",
                                            f"field 'tip.{name}' is {b!r} but {a!r} in "
                                            f"{first.path}; expected the same value in every language"))
            if len(tip.meta.checklist) != len(first.meta.checklist):
                problems.append(located(
                    tip.path, tip.line("checklist"),
                    f"veld 'tip.checklist' heeft {len(tip.meta.checklist)} punten, maar {first.path} heeft "
                    f"er {len(first.meta.checklist)}; elke taal heeft dezelfde punten",
                    f"field 'tip.checklist' has {len(tip.meta.checklist)} items but "
                    f"{first.path} has {len(first.meta.checklist)}; expected the same items in every language"))
