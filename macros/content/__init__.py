"""The content model: tips, themes, sources, letters, worksheets, the organisation and the
site's words, loaded and validated once.

Everything the renderers use comes from here. `load_site(docs_dir, languages)` reads the
Markdown files and data files, validates them with pydantic and with the cross-file rules,
and either returns a `Site` or raises `ContentError` listing every problem as
"<file>: <field>: <what is expected>". One module per part of the model; this one puts them
together.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ._common import ContentError, located, split_front_matter
from .labels import Labels
from .letters import LETTER_FIELDS, PLACEHOLDER, Block, Letter, LetterMeta, _check_letters, _load_letter, parse_letter_body
from .organisation import Address, Organisation, _load_organisation, _load_vision, _load_vision_heads, contrast_ratio, darken_to_contrast
from .dates import check_letter_dates
from .icons import check_icons
from .markup import PAGE_MACROS, check_pages
from .tips import (Source, SourcesFile, Theme, Tip, TipMeta, _check_tip, _check_translations,
                   _load_data, _load_tip)
from .tasks import Task, _load_tasks, check_task_links
from .worksheets import ThemeWorksheetText, Worksheet, _check_sheet_pages, _load_worksheets, worksheet_names

__all__ = ["LETTER_FIELDS", "PAGE_MACROS", "PLACEHOLDER", "Address", "Block", "ContentError", "Labels",
           "Letter", "LetterMeta", "Organisation", "Site", "Source", "Task", "Theme", "Tip", "TipMeta",
           "Worksheet", "contrast_ratio", "darken_to_contrast",
           "load_site", "parse_letter_body", "split_front_matter"]


@dataclass
class Site:
    languages: list[str]
    themes: list[Theme]
    sources: SourcesFile
    labels: dict[str, Labels]
    organisation: Organisation  # load_site requires it (docs/_data/organisation.yml)
    tips: dict[str, list[Tip]] = field(default_factory=dict)  # per language, in site order
    letters: list[Letter] = field(default_factory=list)  # the source first, then by code
    worksheets: list[Worksheet] = field(default_factory=list)
    vision: dict[str, str] = field(default_factory=dict)  # the vision's text per language ("" = not written)
    vision_heads: dict[str, str] = field(default_factory=dict)  # front matter of visie.<lang>.md, as written
    pages: dict[str, list[str]] = field(default_factory=dict)  # page (no language) -> its languages
    page_titles: dict = field(default_factory=dict)  # (page, language) -> its '# ' heading
    theme_worksheet: dict[str, ThemeWorksheetText] = field(default_factory=dict)
    tasks: list[Task] = field(default_factory=list)  # the ways in by task (home page)

    def worksheet(self, sheet_id: str) -> Worksheet | None:
        return next((w for w in self.worksheets if w.id == sheet_id), None)

    @property
    def source_letter(self) -> Letter:
        return next(letter for letter in self.letters if letter.meta.status == "source")

    def letter_by_path(self, path: str) -> Letter | None:
        found = self._by_path.get(path)
        return found if isinstance(found, Letter) else None

    def theme(self, theme_id: str) -> Theme:
        return next(t for t in self.themes if t.id == theme_id)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources.sources if s.id == source_id)

    def tips_of(self, lang: str, theme_id: str | None = None) -> list[Tip]:
        return [t for t in self.tips[lang] if theme_id is None or t.meta.theme == theme_id]

    def tip_by_path(self, path: str) -> Tip | None:
        found = self._by_path.get(path)
        return found if isinstance(found, Tip) else None

    @cached_property
    def _by_path(self) -> dict[str, Tip | Letter]:
        """Tips and letters by their file (relative to docs_dir): a lookup per page."""
        found: dict[str, Tip | Letter] = {tip.path: tip for tips in self.tips.values() for tip in tips}
        found.update({letter.path: letter for letter in self.letters})
        return found


def _page_languages(docs: Path, languages: list[str]) -> tuple[dict[str, list[str]], dict]:
    """Every page of the site (without its language suffix) and the languages it exists in;
    and each page's title (its first '# ' heading) per (page, language)."""
    pages: dict[str, list[str]] = {}
    titles: dict[tuple[str, str], str] = {}
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if any(part.startswith("_") for part in rel.split("/")):
            continue
        stem, _, lang = rel[:-3].rpartition(".")
        if lang in languages:
            pages.setdefault(f"{stem}.md", []).append(lang)
            _, body, _ = split_front_matter(path.read_text(encoding="utf-8-sig"))
            heading = H1_TEXT.search(body)
            if heading:
                titles[(f"{stem}.md", lang)] = heading.group(1).strip()
    return pages, titles


H1_TEXT = re.compile(r"^#[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)


LinkTargets = Callable[["Site"], dict[str, list[str]]]


def load_site(docs_dir: str | Path, languages: list[str], link_targets: LinkTargets | None = None) -> Site:
    """Read and validate all content under docs_dir. Raises ContentError on any problem.

    `link_targets(site)` gives the names of the pages of each kind (route kind: names), for
    the checks that need the page kinds' own names: the links the data writes as kind:name
    (the home page's tasks), and the files in checklists/ (the checklists that are not a
    theme's and the conversation guides are declared by their kinds, macros/kinds/). The build
    passes macros.kinds.link_targets; without it (a test of one part of the model) those two
    checks are not made."""
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
            problems.append(located(tip.path, tip.line("id"),
                                    f"veld 'tip.id': '{tip.id}' wordt ook gebruikt door "
                                    f"{versions[tip.lang].path}; elk id maar één keer per taal",
                                    f"field 'tip.id' '{tip.id}' is also used by "
                                    f"{versions[tip.lang].path}; expected every tip id once per language"))
            continue
        versions[tip.lang] = tip
    _check_translations({k: v for k, v in by_id.items() if k not in faulty}, languages, problems)

    for folder in sorted(p for p in (docs / "tips").glob("*") if p.is_dir() and not p.name.startswith("_")):
        if themes is not None and folder.name not in {t.id for t in themes}:
            ids = ', '.join(t.id for t in themes)
            problems.append(located(f"tips/{folder.name}/", None,
                                    f"deze map is geen thema; kies een van: {ids}",
                                    f"folder is not a theme; expected one of: {ids} (docs/_data/themes.yml)"))

    letters = []
    for path in sorted((docs / "brief").glob("*.md")):
        if not path.name.startswith(("index.", "_")):
            letter = _load_letter(docs, path, problems)
            if letter is not None:
                letters.append(letter)
    if letters:
        _check_letters(letters, languages[0], problems)
        known = {x.id for x in sources.sources} if sources else set()
        for letter in letters:
            if letter.meta.source and sources and letter.meta.source not in known:
                problems.append(f"{letter.path}: field 'letter.source' is '{letter.meta.source}', an "
                                f"unknown source; expected one of: {', '.join(sorted(known))} "
                                "(docs/_data/sources.yml)")

    worksheets, theme_worksheet = _load_worksheets(
        docs, languages, [t.id for t in themes or []],
        [s.id for s in sources.sources] if sources else None, problems)
    _check_sheet_pages(docs, {"werkbladen": worksheet_names(themes, worksheets)}, problems)
    tasks = _load_tasks(docs, languages, problems)
    organisation = _load_organisation(docs, problems)
    vision = _load_vision(docs, languages, problems)
    check_pages(docs, problems)
    check_icons(themes, tasks, problems)
    check_letter_dates(letters, problems)

    if problems:
        raise ContentError(problems)

    order = {t.id: i for i, t in enumerate(themes)}
    site = Site(languages=list(languages), themes=themes, sources=sources, labels=labels,
                letters=sorted(letters, key=lambda x: (x.meta.status != "source", x.code)),
                worksheets=worksheets, theme_worksheet=theme_worksheet, organisation=organisation,
                tasks=tasks,
                vision=vision)
    site.pages, site.page_titles = _page_languages(docs, languages)
    site.vision_heads = _load_vision_heads(docs, languages)
    for lang in languages:
        site.tips[lang] = sorted((t for t in tips if t.lang == lang),
                                 key=lambda t: (order[t.meta.theme], t.meta.order, t.meta.title))
    if link_targets is not None:
        targets = link_targets(site)
        check_task_links(site.tasks, targets, problems)
        # the checklists' folder holds the checklists and the conversation guides beside them
        _check_sheet_pages(docs, {"checklists": targets["checklist"] + targets["guide"]}, problems)
        if problems:
            raise ContentError(problems)
    return site
