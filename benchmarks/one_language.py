"""Build or serve the site in one language only: the fast local loop.

    .venv/bin/python benchmarks/one_language.py                 # serve Dutch only
    .venv/bin/python benchmarks/one_language.py nl build        # build Dutch only into site/
    .venv/bin/python benchmarks/one_language.py nl build -- --site-dir /tmp/site

mkdocs-static-i18n builds every language whose `build:` is true, one whole build after the
other. This writes a copy of mkdocs.yml with `build: false` for the other languages as
mkdocs.<lang>-only.yml in the project root (MkDocs resolves docs_dir, custom_dir, hooks and the
macros module relative to the config file, so it must sit next to mkdocs.yml), runs mkdocs with
it, and deletes it afterwards, also after Ctrl-C. mkdocs.yml itself is never changed.
Arguments after `--` go to mkdocs. Links to the languages that are not built are broken there.

Only the default language (nl) can be built alone: mkdocs-static-i18n 1.3.1 refuses a
configuration whose default language is not built, and the content model takes the default
language as the letters' source.
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = re.compile(r"^(\s*)- locale:\s*['\"]?([A-Za-z_-]+)['\"]?\s*$")
DEFAULT = re.compile(r"^\s*default:\s*true\b")
BUILD = re.compile(r"^(\s*)build:\s*[^\s#]+([ \t]*(#.*)?)$")


def one_language_config(text: str, lang: str) -> str:
    """mkdocs.yml's text with `build: true` for `lang` and `build: false` for every other
    language of the i18n plugin. Comments, tags (!ENV, !!python/name) and order are kept."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    current = None  # (locale, indentation of the entry's keys, index of the locale line in out)
    seen: list[str] = []
    default = None
    has_build = False

    def close_entry():
        if current is not None and not has_build:  # no `build:` key: add one after `- locale:`
            out.insert(current[2] + 1, f"{' ' * current[1]}build: {str(current[0] == lang).lower()}\n")

    for line in lines:
        m = LOCALE.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if current is not None and line.strip() and not m and indent < current[1]:
            close_entry()
            current = None
        if m:
            close_entry()
            current = (m.group(2), len(m.group(1)) + 2, len(out))
            has_build = False
            seen.append(m.group(2))
        elif current is not None and indent == current[1] and BUILD.match(line.rstrip("\r\n")):
            b = BUILD.match(line.rstrip("\r\n"))
            line = f"{b.group(1)}build: {str(current[0] == lang).lower()}{b.group(2)}\n"
            has_build = True
        elif current is not None and indent == current[1] and DEFAULT.match(line):
            default = current[0]
        out.append(line)
    close_entry()
    if lang not in seen:
        raise SystemExit(f"language '{lang}' is not in the i18n plugin's languages: {', '.join(seen)}")
    if lang != default:
        # mkdocs-static-i18n 1.3.1 refuses a build without its default language ("Could not
        # find a default language to build"), and the content model takes the default (first)
        # language as the letters' source language: only the default can be built alone.
        raise SystemExit(f"only the default language ('{default}') can be built alone: "
                         "mkdocs-static-i18n always builds its default language")
    return "".join(out)


def write_config(lang: str, root: Path = ROOT) -> Path:
    path = root / f"mkdocs.{lang}-only.yml"
    path.write_text(one_language_config((root / "mkdocs.yml").read_text(encoding="utf-8"), lang),
                    encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lang", nargs="?", default="nl", help="the language to build (default nl)")
    parser.add_argument("command", nargs="?", default="serve", choices=["serve", "build"])
    parser.add_argument("mkdocs_args", nargs="*", help="after --: more arguments for mkdocs")
    args = parser.parse_args()
    config = write_config(args.lang)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # A SIGTERM (or SIGHUP) ends the run like Ctrl-C does, so the temporary config is removed.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.default_int_handler)
    proc = None
    try:
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", args.command, "-f", config.name,
                                 *args.mkdocs_args], cwd=ROOT, env=env)
        return proc.wait()
    except KeyboardInterrupt:
        # MkDocs stops its server cleanly on SIGINT (which a background job ignores), else
        # SIGTERM, else SIGKILL.
        for sig, wait in ((signal.SIGINT, 3), (signal.SIGTERM, 5), (signal.SIGKILL, None)):
            if proc is None or proc.poll() is not None:
                break
            proc.send_signal(sig)
            try:
                proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                pass
        return 130
    finally:
        config.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
