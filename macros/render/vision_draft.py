"""The draft vision made from the vision template's answers (werkbladen/visie/).

The answers are typed in the browser and stay there: this module gives the page, at build
time, what the browser needs to turn them into a Markdown file that can replace the fork's
docs/visie.<lang>.md (docs/assets/javascripts/vision-draft.js does that, with no request; it gives the same text
as a Word file through the site's Word download, word-export.js):
the file's name, what stands above the text in that file today (its front matter, with the
comments for the editor), and the structure of the vision page. That structure follows the
template: a `## ` heading per part (the vision page has no `# ` heading: the site adds the
title), a `### ` heading per question where a part has more than one, per theme for a
question asked per theme.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..content import Site
from ..content.labels import VisionWords
from .sheets import AnswerGroup, WorksheetView

VISION_SHEET = "visie"  # the worksheet that is the vision's writing template


@dataclass
class DraftTools:
    """The draft's part of the vision template's tools: its data, words and the guide's link."""

    data: dict
    words: VisionWords
    guide_href: str  # the fork guide, which says where the file goes
    guide_title: str


def vision_file(lang: str) -> str:
    return f"visie.{lang}.md"


def build_vision_draft(site: Site, lang: str, sheet: WorksheetView) -> dict:
    """What the browser needs to write the draft: plain data (texts unescaped: the browser
    escapes every text it writes into the Markdown, headings and answers alike)."""
    parts = []
    for part in sheet.parts:
        single = len(part.blocks) == 1
        items = []
        for block in part.blocks:
            if isinstance(block, AnswerGroup):
                where = part.heading or block.legend
                subs = [{"heading": a.label, "answer": a.id, "name": f"{where}: {a.label}"}
                        for a in block.answers]
                items += subs if single else [{"heading": block.legend, "items": subs}]
            else:
                items.append({"heading": None if single else block.label, "answer": block.id,
                              "name": block.label})
        parts.append({"heading": part.heading, "items": items})
    words = site.labels[lang].vision
    file = vision_file(lang)
    return {
        "file": file,
        "docx_stem": f"visie-{lang}",  # the Word file: visie-nl-<date>.docx
        "title": words.title,  # the vision page's title, at the top of the Word file
        "head": site.vision_heads.get(lang, "---\n---\n"),
        "parts": parts,
        "words": {"done": words.draft_done.format(file=file), "left_out": words.draft_left_out,
                  "nothing": words.draft_nothing},
    }


def draft_json(draft: dict) -> str:
    """The draft's data for an HTML attribute (the template escapes it)."""
    return json.dumps(draft, ensure_ascii=False, separators=(",", ":"))
