"""What every part of the content model shares: the error, the basic field types, reading
YAML and front matter, and turning pydantic's errors into "<file>: <field>: <expected>"."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, get_args

import yaml
from pydantic import BaseModel, StringConstraints, ValidationError

from .upgrading import apply_renames

Slug = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1)]
# Titles show in headings, lists, the navigation and search; summaries under titles on cards.
TITLE_MAX = 90
SUMMARY_MAX = 300
Title = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                         max_length=TITLE_MAX)]
Summary = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                           max_length=SUMMARY_MAX)]
# Every web address in the data: https only (no http, javascript:, data: or mailto:).
HttpsUrl = Annotated[str, StringConstraints(
    strict=True, pattern=r"^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(:[0-9]+)?([/?#][^\s<>\"]*)?$")]
HTTPS = "a web address starting with https://, e.g. https://www.example.org/"
HTTPS_NL = "een webadres dat begint met https://, zoals https://www.example.org/"

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.S | re.M)
H2 = re.compile(r"^##[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
H1 = re.compile(r"^#[ \t]+\S", re.M)

# Front-matter keys of a tip file besides `tip` that MkDocs and Material understand.
PAGE_KEYS = {"tip", "hide", "search", "description", "status"}


class ContentError(Exception):
    """Invalid content. `problems` holds one line each: "<file>, regel N: <Dutch> / line N:
    <English: the field and what is expected>" (without ", regel N" where no line applies)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        n = len(problems)
        super().__init__(f"De inhoud heeft {n} {'fout' if n == 1 else 'fouten'}; de site is niet gebouwd. "
                         f"/ The content has {n} problem(s); the site was not built:\n{lines}")


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


def field_name(prefix: str, loc: list) -> str:
    """A field's name as editors count: list items from 1, e.g. 'tip.checklist[3]'."""
    name = prefix
    for part in loc:
        if isinstance(part, int) or str(part).isdigit():
            name += f"[{int(part) + 1}]"
        else:
            name += f".{part}" if name else str(part)
    return name


def _pydantic_problems(where: str, prefix: str, model: type[BaseModel], err: ValidationError,
                       data: Any, lines: dict[tuple, int] | None = None, at: tuple = ()) -> list[str]:
    """Turn pydantic's errors into "<file>, regel N: <Dutch> / line N: <field>: <expected>" lines.
    `lines` maps key paths of the file to line numbers; `at` is where `data` sits in it."""
    problems = []
    for e in err.errors():
        loc = [str(p) for p in e["loc"]]
        name = field_name(prefix, list(e["loc"]))
        owner, info = _field_at(model, loc)
        expected = info.description if info is not None and info.description else None
        extra = info.json_schema_extra if info is not None and isinstance(info.json_schema_extra, dict) else {}
        expected_nl = extra.get("nl")
        path = (*at, *e["loc"])
        line = None
        if lines:
            while path and path not in lines:
                path = path[:-1]
            line = lines.get(path)
        if e["type"] == "missing":
            msg = "is missing" + (f"; expected {expected}" if expected else "")
            nl = f"veld '{name}' ontbreekt" + (f": vul {expected_nl} in" if expected_nl else "")
        elif e["type"] == "extra_forbidden":
            parent, _ = _field_at(model, loc[:-1] + ["_"])
            known = list(parent.model_fields)
            close = difflib.get_close_matches(loc[-1], known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            msg = f"is not a known key{hint} (known keys: {', '.join(known)})"
            nl = f"'{name}' is geen bekend veld" + (f"; bedoel je '{close[0]}'?" if close else "")
        elif e["type"] == "string_too_long":
            limit = e.get("ctx", {}).get("max_length")
            got = len(e.get("input") or "")
            msg = f"is {got} characters long; expected at most {limit} characters"
            nl = f"veld '{name}' is te lang: {got} tekens, maximaal {limit}; maak de tekst korter"
        else:
            got = _describe(e.get("input"))
            msg = f"expected {expected or e['msg'].lower()}, got {got}"
            if loc and loc[-1].isdigit() and expected:
                msg = f"expected {expected}; this item is {got}"
            nl = f"veld '{name}' klopt niet" + (f": verwacht {expected_nl}" if expected_nl else "")
        problems.append(located(where, line, nl, f"field '{name}' {msg}"))
    return problems


# The C parser is 18x faster on front matter; the pure-Python one is the fallback where
# PyYAML was built without libyaml. Only the parser differs: both build the same data.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKeyError(yaml.YAMLError):
    """A key written twice in one mapping (YAML would silently keep the last one)."""

    def __init__(self, key: Any, mark):
        self.key = key
        self.problem_mark = mark
        self.problem = f"duplicate key {key!r}"
        super().__init__(self.problem)


class ContentLoader(_BaseLoader):
    """Safe YAML that refuses a key written twice in the same mapping."""


def _construct_mapping(loader: ContentLoader, node: yaml.MappingNode, deep: bool = False):
    seen = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in seen
        except TypeError:  # an unhashable key: the constructor reports it
            break
        if duplicate:
            raise DuplicateKeyError(key, key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


ContentLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _construct_timestamp(loader: ContentLoader, node: yaml.ScalarNode):
    """A date as YAML writes it (2026-12-04); one that is no date (2026-13-04) stays text, so
    the model names the field instead of the YAML parser crashing."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


ContentLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def read_text(path: Path) -> str:
    """A content file's text; a UTF-8 byte-order mark (as Notepad saves) is dropped."""
    return path.read_text(encoding="utf-8-sig")


def parse_yaml(text: str) -> tuple[Any, dict[tuple, int]]:
    """(data, {path of keys and list indexes: line number from 1}) of one YAML document.
    Raises yaml.YAMLError (DuplicateKeyError for a key written twice)."""
    loader = ContentLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}

    def walk(n, path):
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                if isinstance(k, yaml.ScalarNode):
                    lines[(*path, k.value)] = k.start_mark.line + 1
                    walk(v, (*path, k.value))
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                lines[(*path, i)] = v.start_mark.line + 1
                walk(v, (*path, i))
    if node is not None:
        walk(node, ())
    return data, lines


def located(rel: str, line: int | None, nl: str, en: str) -> str:
    """A message for editors: plain Dutch first, English beside it, both with file and line."""
    if line is None:
        return f"{rel}: {nl} / {en}"
    return f"{rel}, regel {line}: {nl} / line {line}: {en}"


def _yaml_hint(exc: yaml.YAMLError, text: str, line_offset: int) -> tuple[int | None, str, str, str]:
    """(line in the file, Dutch hint, English hint, the offending line) for a YAML error."""
    mark = getattr(exc, "problem_mark", None)
    problem = (getattr(exc, "problem", None) or str(exc)).lower()
    context = (getattr(exc, "context", None) or "").lower()
    lines = text.splitlines()
    if mark is None:
        return None, "dit is geen geldige YAML", f"this is not valid YAML ({problem})", ""
    index = min(mark.line, len(lines) - 1) if lines else 0
    # PyYAML often notices a mistake one line late: look at the line before, too.
    candidates = [i for i in (index, index - 1) if 0 <= i < len(lines)]

    def pick(test):
        return next((i for i in candidates if test(lines[i])), None)

    if isinstance(exc, DuplicateKeyError):
        nl = (f"de sleutel '{exc.key}' staat hier voor de tweede keer; elke sleutel mag maar één "
              "keer voorkomen. Haal een van de twee weg")
        en = f"the key '{exc.key}' is written twice; expected each key once. Remove one of them"
        i = index
    elif (i := pick(lambda s: "\t" in s[: len(s) - len(s.lstrip())])) is not None or "'\\t'" in problem:
        i = index if i is None else i
        nl = "deze regel bevat een tab; gebruik spaties om in te springen, geen tab"
        en = "this line has a tab; indent with spaces, not a tab"
    elif "mapping values are not allowed" in problem and (
            i := pick(lambda s: re.search(r":\s.*:\s", s) or re.search(r":\s.*:$", s))) is not None:
        nl = ("deze tekst bevat een dubbele punt (:); zet de hele tekst tussen aanhalingstekens, "
              "bijvoorbeeld title: \"Tip: vraag door\"")
        en = ("this text has a colon (:); put the whole text between quotes, e.g. "
              "title: \"Tip: ask more\"")
    elif "found character '#'" in problem or (i := pick(lambda s: re.search(r":\s+#[0-9a-fA-F]{3,6}\b", s))) is not None:
        i = index if "found character '#'" in problem else i
        nl = "zet een kleur tussen aanhalingstekens, bijvoorbeeld colour: \"#00695c\""
        en = "put a colour between quotes, e.g. colour: \"#00695c\""
    elif "quoted scalar" in context or "end of stream" in problem and "quoted" in context:
        # The quote was opened on an earlier line: the last one with an odd number of quotes.
        odd = [j for j in range(min(index, len(lines) - 1), -1, -1)
               if lines[j].count('"') % 2 == 1 or re.search(r":\s+'", lines[j]) and lines[j].count("'") % 2 == 1]
        i = odd[0] if odd else index
        nl = "hier mist een aanhalingsteken: een tekst die met \" of ' begint, moet er ook mee eindigen"
        en = "a quote is missing: a text that starts with \" or ' must end with it too"
    elif "flow sequence" in context or "flow mapping" in context:
        # The bracket was opened earlier than PyYAML noticed: the last line that opens more than it closes.
        opened = [j for j in range(index, -1, -1)
                  if lines[j].count("[") + lines[j].count("{") > lines[j].count("]") + lines[j].count("}")]
        i = opened[0] if opened else index
        nl = ("een haakje [ of { is niet gesloten; een tekst die met [ of { begint, moet tussen "
              "aanhalingstekens")
        en = "a bracket [ or { is not closed; a text that starts with [ or { needs quotes"
    elif "block end" in problem or "indentation" in problem or "expected key" in problem or (
            "mapping values are not allowed" in problem):
        i = index
        nl = ("de inspringing klopt niet: de spaties vooraan deze regel (of de regel ervoor) "
              "passen niet bij de regels eromheen")
        en = ("the indentation is wrong: the spaces at the start of this line (or the line before) "
              "do not match the lines around it")
    else:
        i = index
        nl = "dit is geen geldige YAML; kijk naar inspringing en aanhalingstekens"
        en = f"this is not valid YAML ({problem}); check the indentation and quotes"
    return i + 1 + line_offset, nl, en, lines[i].strip() if lines else ""


def yaml_problem(rel: str, what_nl: str, what_en: str, exc: yaml.YAMLError, text: str,
                 line_offset: int = 0) -> str:
    line, nl, en, quoted = _yaml_hint(exc, text, line_offset)
    shown = f" «{quoted[:80]}»" if quoted else ""
    return located(rel, line, f"{what_nl} is geen geldige YAML: {nl}.{shown}",
                   f"{what_en} is not valid YAML: {en}.")


def _read_yaml(path: Path, rel: str, problems: list[str], lines: dict | None = None) -> Any:
    """The data of a YAML file, or None after recording why not. `lines` (if given) receives
    the line of every key and list item."""
    try:
        text = read_text(path)
    except FileNotFoundError:
        problems.append(f"{rel}: bestand ontbreekt / file is missing; expected a YAML data file here")
        return None
    try:
        data, where = parse_yaml(text)
    except yaml.YAMLError as exc:
        problems.append(yaml_problem(rel, "het bestand", "the file", exc, text))
        return None
    problems += [located(rel, *p) for p in apply_renames(rel, data, where)]
    if lines is not None:
        lines.update(where)
    return data


def _yaml_reason(exc: yaml.YAMLError, line_offset: int = 0) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return f"{problem} (line {mark.line + 1 + line_offset}, column {mark.column + 1})"
    return problem


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (front matter text or None, body, number of lines before the body's first line)."""
    text = text.removeprefix("\ufeff")
    m = FRONT_MATTER.match(text)
    if not m:
        return None, text, 0
    return m.group(1), text[m.end():], text[: m.end()].count("\n")


def _check_unique(before, ident, rel, name, problems, line=None):
    if any(b.id == ident for b in before):
        problems.append(located(rel, line, f"veld '{name}': het id '{ident}' komt twee keer voor; "
                                           "elk id mag maar één keer",
                                f"field '{name}' '{ident}' is used twice; expected each id once"))


@dataclass
class FrontMatter:
    """A Markdown file's front matter and body, with the lines they start on."""

    data: dict
    body: str
    body_line: int  # the line number (from 1) of the body's first line
    lines: dict[tuple, int]  # key path -> line number in the file


def _parse_front_matter(path: Path, rel: str, key: str, problems: list[str], hint: str = "",
                        ) -> FrontMatter | None:
    """A Markdown file's front matter and body, or None after recording why not."""
    fm, body, before = split_front_matter(read_text(path))
    if fm is None:
        problems.append(located(rel, 1, f"de front matter ontbreekt: het bestand moet beginnen met "
                                        f"'---', een blok '{key}:' en weer '---'{hint}",
                                f"front matter is missing; expected the file to start with '---', "
                                f"a '{key}:' block and '---'{hint}"))
        return None
    try:
        data, lines = parse_yaml(fm)
    except yaml.YAMLError as exc:
        problems.append(yaml_problem(rel, "de front matter", "the front matter", exc, fm, 1))
        return None
    if not isinstance(data, dict):
        problems.append(located(rel, 2, f"de front matter moet sleutels bevatten zoals '{key}:'",
                                f"front matter: expected keys such as '{key}:', got {_describe(data)}"))
        return None
    lines = {k: v + 1 for k, v in lines.items()}
    problems += [located(rel, *p) for p in apply_renames(rel, data, lines)]
    return FrontMatter(data, body, before + 1, lines)


def refuse_render_macros(rel: str, fm: FrontMatter, kind_nl: str, kind_en: str, problems: list[str],
                         plural_nl: str = "") -> bool:
    """Content never runs template code: a tip or letter that asks to be rendered is refused."""
    if "render_macros" not in fm.data:
        return False
    problems.append(located(
        rel, fm.lines.get(("render_macros",)),
        f"'render_macros' mag niet in {kind_nl}: {plural_nl or kind_nl} voeren nooit sjablooncode uit; "
        "haal de regel weg ({{ en {% blijven gewone tekst)",
        f"field 'render_macros' is not allowed in {kind_en}: content never runs template code; "
        "remove the line ({{ and {% show as text)"))
    return True


def _front_matter(path: Path, rel: str, key: str, problems: list[str]):
    """(data under `key`, body, front matter) of a Markdown file, or None after recording the problem."""
    fm = _parse_front_matter(path, rel, key, problems)
    if fm is None:
        return None
    data = fm.data
    refused = refuse_render_macros(rel, fm, "een brief", "a letter", problems, "brieven")
    if not isinstance(data.get(key), dict):
        problems.append(located(rel, fm.lines.get((key,)), f"veld '{key}' ontbreekt: zet de velden onder '{key}:'",
                                f"field '{key}' is missing; expected a '{key}:' block of fields"))
        return None
    for other in data:
        if other != key and other not in PAGE_KEYS and not (refused and other == "render_macros"):
            close = difflib.get_close_matches(str(other), [key], n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(located(rel, fm.lines.get((other,)), f"'{other}' is geen bekende sleutel",
                                    f"field '{other}' is not a known front-matter key{hint}"))
    return data[key], fm.body, fm
