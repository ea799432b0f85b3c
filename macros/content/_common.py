"""What every part of the content model shares: the error, the basic field types, reading
YAML and front matter, and turning pydantic's errors into "<file>: <field>: <expected>"."""
from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Annotated, Any, get_args

import yaml
from pydantic import BaseModel, StringConstraints, ValidationError

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


def _check_unique(before, ident, rel, name, problems):
    if any(b.id == ident for b in before):
        problems.append(f"{rel}: field '{name}' '{ident}' is used twice; expected each id once")


def _parse_front_matter(path: Path, rel: str, key: str, problems: list[str], hint: str = ""):
    """(front matter as a mapping, body) of a Markdown file, or None after recording why not."""
    fm, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
    if fm is None:
        problems.append(f"{rel}: front matter is missing; expected the file to start with '---', "
                        f"a '{key}:' block and '---'{hint}")
        return None
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as exc:
        problems.append(f"{rel}: front matter is not valid YAML: {_yaml_reason(exc, 1)}")
        return None
    if not isinstance(data, dict):
        problems.append(f"{rel}: front matter: expected keys such as '{key}:', got {_describe(data)}")
        return None
    return data, body


def _front_matter(path: Path, rel: str, key: str, problems: list[str]):
    """(data under `key`, body) of a Markdown file, or None after recording the problem."""
    parsed = _parse_front_matter(path, rel, key, problems)
    if parsed is None:
        return None
    data, body = parsed
    if not isinstance(data.get(key), dict):
        problems.append(f"{rel}: field '{key}' is missing; expected a '{key}:' block of fields")
        return None
    for other in data:
        if other != key and other not in PAGE_KEYS:
            close = difflib.get_close_matches(str(other), [key], n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(f"{rel}: field '{other}' is not a known front-matter key{hint}")
    return data[key], body
