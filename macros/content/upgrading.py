"""Fields the content model has renamed: how a fork that syncs with upstream keeps building.

The policy (README, "Upgrading"): a renamed field is never accepted silently in its old form,
and never makes the build fail with a puzzle either. Each rename is one row of `RENAMED`. When
a file still uses the old name, the build stops with one message that names the file, the line,
the old and the new name, in Dutch first and English beside it; the value is read under its
new name meanwhile, so the fork sees that one message and not a cascade of "unknown key" and
"missing" errors. Renaming the key in the file is the whole upgrade.

A row: (the files it applies to, as a glob relative to docs/; the key path of the old name,
with "*" for any list item or key; the new name of the last key; the release that renamed it).
"""
from __future__ import annotations

import fnmatch
from typing import Any, NamedTuple


class Rename(NamedTuple):
    files: str  # glob relative to docs/, e.g. "_data/organisation.yml" or "tips/*/*.md"
    old: tuple[str, ...]  # key path of the old name, "*" for any list item or key
    new: str  # the new name of the last key
    since: str  # when it was renamed (a date or release), for the message


# Upstream adds a row here in the same commit that renames a field of the content model.
RENAMED: list[Rename] = []


def apply_renames(rel: str, data: Any, lines: dict[tuple, int] | None) -> list[tuple[int | None, str, str]]:
    """Move every old key in `data` (the parsed file `rel`) to its new name; one problem
    (line, Dutch, English) per old key found. `lines` maps key paths to line numbers, as parse_yaml gives them."""
    problems = []
    for rename in RENAMED:
        if not fnmatch.fnmatch(rel, rename.files):
            continue
        for path, holder in _holders(data, rename.old[:-1], ()):
            old = rename.old[-1]
            if not isinstance(holder, dict) or old not in holder:
                continue
            where, new_where = _name((*path, old)), _name((*path, rename.new))
            line = (lines or {}).get((*path, old))
            if rename.new in holder:
                problems.append((
                    line,
                    f"veld '{where}' heet sinds {rename.since} '{rename.new}', en '{rename.new}' staat er ook; "
                    f"haal '{old}' weg",
                    f"field '{where}' was renamed to '{new_where}' in {rename.since}, and the file has both; "
                    f"expected only '{rename.new}' (remove '{old}')"))
                continue
            holder[rename.new] = holder.pop(old)
            problems.append((
                line,
                f"veld '{where}' heet sinds {rename.since} '{rename.new}': hernoem '{old}:' naar "
                f"'{rename.new}:' (de waarde blijft hetzelfde)",
                f"field '{where}' was renamed to '{new_where}' in {rename.since}; expected "
                f"'{rename.new}:' instead of '{old}:' (keep the value)"))
    return problems


def _name(path: tuple) -> str:
    """A field's name as editors count (list items from 1): 'organisation.locations[1].name'."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _holders(data: Any, path: tuple[str, ...], at: tuple):
    """(key path, mapping) for every mapping at `path` ("*" matching any key or list item)."""
    if not path:
        yield at, data
        return
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        keys = list(data) if head == "*" else [head] if head in data else []
        for key in keys:
            yield from _holders(data[key], rest, (*at, key))
    elif isinstance(data, list) and head == "*":
        for i, item in enumerate(data):
            yield from _holders(item, rest, (*at, i))
