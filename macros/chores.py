"""Chores for maintainers, from the project's root:

    python -m macros.chores new-lang tr [--from en] [--name Türkçe]

`new-lang` adds a site language in one step: it copies every text block of the `--from`
language (English by default) in docs/_data/ (labels, themes, sources, worksheets), every tip
and the vision page, adds the language to mkdocs.yml (the i18n plugin and search), and then
lists what is left to translate. The copies are marked as drafts; the build checks that the new
language is complete and the site shows it as a draft translation until a native speaker has
reviewed it. Pages other than tips and the vision may stay untranslated: the site then shows the
Dutch page with a "not translated yet" notice.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from babel import Locale, UnknownLocaleError

DATA_FILES = ("labels.yml", "themes.yml", "sources.yml", "worksheets.yml", "tasks.yml")
# Languages lunr (Material's search) has a stemmer for; others are searched without one.
LUNR_LANGUAGES = {"ar", "da", "de", "du", "el", "es", "fi", "fr", "he", "hi", "hu", "hy", "it",
                  "ja", "kn", "ko", "nl", "no", "pt", "ro", "ru", "sa", "sv", "ta", "te", "th",
                  "tr", "vi", "zh", "en"}


class ChoreError(Exception):
    pass


def copy_language_blocks(text: str, source: str, target: str) -> tuple[str, int]:
    """Every block `<indent>source:` of a YAML file, copied right after itself as
    `<indent>target:`. Returns the new text and the number of blocks copied."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    copied = 0
    i = 0
    key = re.compile(rf"^(\s*){re.escape(source)}:\s*(#.*)?$")
    while i < len(lines):
        m = key.match(lines[i].rstrip("\n"))
        if not m:
            out.append(lines[i])
            i += 1
            continue
        indent = len(m.group(1))
        block = [lines[i]]
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or
                                   len(lines[j]) - len(lines[j].lstrip()) > indent):
            block.append(lines[j])
            j += 1
        while block and not block[-1].strip():  # keep blank lines after the block outside it
            block.pop()
            j -= 1
        out += block
        out.append(" " * indent + f"{target}:" + "\n")
        out += block[1:]
        copied += 1
        i = j
    return "".join(out), copied


def _mark_draft(text: str, target: str) -> str:
    """In labels.yml: the new language's words are a draft translation, reviewed by no one."""
    start = text.index(f"\n{target}:\n")
    head, tail = text[:start], text[start:]
    tail = re.sub(r"(\n  translation:\n    status: )\w+", r"\1draft", tail, count=1)
    tail = re.sub(r"(\n    reviewed_by: ).*", r"\1null", tail, count=1)
    return head + tail


def _add_to_mkdocs(text: str, code: str, name: str) -> str:
    languages = re.search(r"\n(\s+)languages:\n", text)
    if not languages:
        raise ChoreError("mkdocs.yml: no 'languages:' under the i18n plugin")
    if re.search(rf"\n\s+- locale: {re.escape(code)}\n", text):
        raise ChoreError(f"mkdocs.yml: the i18n plugin already has the language '{code}'")
    indent = languages.group(1) + "  "
    # The end of the languages list: the first line after it that is indented less.
    pos = languages.end()
    lines = text[pos:].splitlines(keepends=True)
    offset = 0
    for line in lines:
        if line.strip() and len(line) - len(line.lstrip()) < len(indent):
            break
        offset += len(line)
    entry = (f"{indent}- locale: {code}\n{indent}  name: {name}\n{indent}  build: true\n")
    text = text[:pos + offset] + entry + text[pos + offset:]
    lunr = code.split("-")[0]
    if lunr in LUNR_LANGUAGES:
        text = re.sub(r"(- search:\n\s+lang: \[)([^\]]*)\]",
                      lambda m: f"{m.group(1)}{m.group(2)}, {lunr}]" if lunr not in m.group(2) else m.group(0),
                      text, count=1)
    return text


def new_language(root: Path, code: str, source: str = "en", name: str | None = None) -> list[str]:
    """Add site language `code` to the project at `root`. Returns what is left to translate."""
    try:
        locale = Locale.parse(code, sep="-")
    except (UnknownLocaleError, ValueError):
        raise ChoreError(f"'{code}' is not a language code Babel knows; expected e.g. 'tr' or 'de'") from None
    name = name or locale.get_display_name(locale).capitalize()
    docs = root / "docs"
    todo: list[str] = []
    for data in DATA_FILES:
        path = docs / "_data" / data
        text = path.read_text(encoding="utf-8")
        if re.search(rf"^\s*{re.escape(code)}:\s*$", text, re.M):
            raise ChoreError(f"docs/_data/{data} already has texts in '{code}'")
        text, count = copy_language_blocks(text, source, code)
        if data == "labels.yml":
            text = _mark_draft(text, code)
        path.write_text(text, encoding="utf-8")
        todo.append(f"docs/_data/{data}: {count} block(s) '{code}:' copied from '{source}'")
    tips = sorted((docs / "tips").glob(f"*/*.{source}.md"))
    for tip in tips:
        if tip.name.startswith("_"):
            continue
        target = tip.with_name(tip.name.replace(f".{source}.md", f".{code}.md"))
        target.write_text(tip.read_text(encoding="utf-8"), encoding="utf-8")
    todo.append(f"docs/tips/*/*.{code}.md: {len(tips)} tip(s) copied from '{source}' "
                "(the section headings come from labels.yml `sections`: translate both alike)")
    vision = docs / f"visie.{code}.md"
    vision.write_text((docs / f"visie.{source}.md").read_text(encoding="utf-8"), encoding="utf-8")
    todo.append(f"docs/visie.{code}.md: copied from '{source}'")
    mkdocs = root / "mkdocs.yml"
    mkdocs.write_text(_add_to_mkdocs(mkdocs.read_text(encoding="utf-8"), code, name), encoding="utf-8")
    todo.append(f"mkdocs.yml: '{code}' added to the i18n plugin's languages; add its "
                "site_description and copyright there")
    todo.append(f"other pages (docs/*.{source}.md): copy the ones you translate to *.{code}.md; "
                "the others show the Dutch page, marked as not translated")
    return todo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.chores", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="chore", required=True)
    new = sub.add_parser("new-lang", help="add a site language, copied from another one")
    new.add_argument("code", help="the language code, e.g. tr")
    new.add_argument("--from", dest="source", default="en", help="the language to copy (default: en)")
    new.add_argument("--name", help="the language's name in itself (default: from Babel)")
    new.add_argument("--root", type=Path, default=Path.cwd(), help="the project's root (default: here)")
    args = parser.parse_args(argv)
    try:
        todo = new_language(args.root, args.code, args.source, args.name)
    except ChoreError as err:
        print(f"new-lang: {err}", file=sys.stderr)
        return 2
    print(f"Added '{args.code}'. Left to translate (the copies are in '{args.source}'):")
    for line in todo:
        print(f"  - {line}")
    print("Then run `mkdocs build --strict`: it names every text that is still missing.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
