"""Tips, themes and sources: their models, reading one tip file, and the rules that hold
across files (known theme and source, one id per language, translations that agree)."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ._common import (H1, H2, PAGE_KEYS, Slug, Text, _check_unique, _describe, _parse_front_matter,
                      _pydantic_problems, _read_yaml)
from .labels import Labels


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
    time: Text | None = Field(default=None, description="how much time it takes, in words, e.g. '15 minuten in het teamoverleg'")
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
    icon: Annotated[str, StringConstraints(strict=True, pattern=r"^(material|fontawesome/(solid|regular|brands)|octicons|simple)/[a-z0-9-]+$")] | None = Field(
        default=None, description="an icon Material bundles, e.g. material/handshake")

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


def _load_tip(docs: Path, path: Path, languages: list[str], problems: list[str]) -> Tip | None:
    rel = path.relative_to(docs).as_posix()
    stem, _, lang = path.name[: -len(".md")].rpartition(".")
    if lang not in languages:
        problems.append(f"{rel}: file name must end in .<language>.md with a site language "
                        f"({', '.join(languages)}), e.g. {path.name[:-3]}.{languages[0]}.md")
        return None
    parsed = _parse_front_matter(path, rel, "tip", problems, " (see docs/tips/_template.md)")
    if parsed is None:
        return None
    data, body = parsed
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
