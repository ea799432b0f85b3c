"""The Word files: their one layout and their names. Every Word file (empty or filled) is made in
the browser, by docs/assets/javascripts/word-export.js with the vendored `docx` library, from the
page the build wrote; the build writes no .docx. What the browser needs to know about them is
decided here and written into the page (overrides/main.html writes `WORD_LAYOUT` as a JSON data
block, the templates write each button's file name), so that no rule is kept twice.

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

# The name of each page kind's Word file, without ".docx" (the filled file adds the day it
# was made). {name}: the route's name (a checklist, a worksheet, a guide, a letter's language).
_STEMS = {
    "checklist": "checklist-{name}",
    "worksheet": "werkblad-{name}",
    "guide": "gespreksleidraad-{name}",
    "letter": "uitnodiging-kennismakingsgesprek-{name}",
    "letter-batch": "uitnodigingen-kennismakingsgesprek",
}


def word_file(kind: str, name: str = "") -> str:
    """The Word file's name (without .docx) of a page of this kind; an unknown kind raises."""
    if kind not in _STEMS:
        raise KeyError(f"no Word file for the page kind {kind!r}; known: {', '.join(_STEMS)}")
    return _STEMS[kind].format(name=name)
