"""MkDocs hook for the benchmarks: record each page's final Markdown.

run.py appends this hook to a copy of the project's configuration (`mkdocs.capture.yml`,
`INHERIT: mkdocs.yml`) and builds it once per copy, untimed. With the lowest priority its
`on_page_markdown` runs after every plugin and hook of the project (macros, i18n, the
project's hooks), so it sees the Markdown exactly as MkDocs will convert it, also for pages the
project generates without a source file. Each page becomes one JSON line in
$SMO_BENCH_CAPTURE/pages.jsonl: its URL, title, front matter and Markdown. run.py turns those
into the docs folders of the plain MkDocs + Material baseline (one per language).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from mkdocs.plugins import event_priority


@event_priority(-1000)
def on_page_markdown(markdown, page, config, files):
    out = os.environ.get("SMO_BENCH_CAPTURE")
    if not out:
        return None
    record = {
        "url": page.url,
        "src_uri": page.file.src_uri,
        "title": page.title,
        "language": config["theme"].get("language"),
        "meta": page.meta,
        "markdown": markdown,
    }
    with open(Path(out) / "pages.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return None
