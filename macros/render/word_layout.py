"""The Word files' one layout. Every Word file (empty or filled) is made in
the browser, by docs/assets/javascripts/word-export.js with the vendored `docx` library, from the
page the build wrote; the build writes no .docx. What the browser needs to know about them is
decided here and written into the page (overrides/main.html writes `WORD_LAYOUT` as a JSON data
block; each page kind names its file, `word_name` in macros/kinds/), so that no rule is kept
twice.

The layout: A4 (the paper of every Dutch office), margins of 2 cm on every side (inside the
printable area of every office printer, and room to punch or staple), body text Arial 11 pt
(a letter's size: it reads well on paper, and the invitation letter still fits on one page;
Arial has Latin, Arabic and Cyrillic on every Word installation)."""
from __future__ import annotations

WORD_LAYOUT = {
    "page": {"width_mm": 210, "height_mm": 297},  # A4
    "margin_mm": 20,
    "font": "Arial",
    "body_pt": 11,
    "line": 1.15,  # line spacing, as a factor of the font's
    "after_pt": 7,  # room after each paragraph
}
