"""The kinds of bad content a contributor can write, each with the message the build must give.

Each case changes a copy of docs/ and names the file, the field and what is expected.
"""
from __future__ import annotations

from pathlib import Path

TIP = "tips/leer-elkaar-kennen/wenbeleid.nl.md"


def _edit(docs: Path, rel: str, old: str, new: str) -> None:
    path = docs / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def missing_field(docs):
    _edit(docs, TIP, "  summary: Zorg voor", "  # summary: Zorg voor")


def unknown_theme(docs):
    _edit(docs, TIP, "theme: leer-elkaar-kennen", "theme: kennismaken")


def unknown_source(docs):
    _edit(docs, TIP, "source: lkk-factsheet", "source: lkk-fact-sheet")


def duplicate_id(docs):
    (docs / "tips/feedback/wenbeleid.nl.md").write_text(
        (docs / TIP).read_text(encoding="utf-8").replace("theme: leer-elkaar-kennen", "theme: feedback"),
        encoding="utf-8")


def missing_translation(docs):
    (docs / TIP.replace(".nl.md", ".en.md")).unlink()


def checklist_not_strings(docs):
    _edit(docs, TIP, "    - Bouw de tijd op de groep rustig op", "    - 42")


def checklist_not_a_list(docs):
    _edit(docs, TIP, "  checklist:\n", "  checklist: Alles\n  old_checklist:\n")


def yaml_syntax_error(docs):
    _edit(docs, TIP, "  title: Geef kind", "  title: [Geef kind")


def unknown_key(docs):
    _edit(docs, TIP, "  title: Geef kind", "  tittle: Geef kind")


def missing_section(docs):
    _edit(docs, TIP, "## Een voorbeeld", "## Voorbeeld")


CASES = {
    "missing_field": (missing_field, [TIP, "'tip.summary'", "is missing", "one sentence"]),
    "unknown_theme": (unknown_theme, [TIP, "'tip.theme'", "'kennismaken', an unknown theme", "expected one of: leer-elkaar-kennen"]),
    "unknown_source": (unknown_source, [TIP, "'tip.source'", "unknown source", "lkk-factsheet"]),
    "duplicate_id": (duplicate_id, ["tips/feedback/wenbeleid.nl.md", "'tip.id'", "also used by", TIP]),
    "missing_translation": (missing_translation, [TIP, "no 'en' version",
                                                  "tips/leer-elkaar-kennen/wenbeleid.en.md"]),
    "checklist_not_strings": (checklist_not_strings, [TIP, "'tip.checklist.2'", "a list of short actions",
                                                      "a number (42)"]),
    "checklist_not_a_list": (checklist_not_a_list, [TIP, "'tip.checklist'", "a list of short actions",
                                                    "text ('Alles')"]),
    "yaml_syntax_error": (yaml_syntax_error, [TIP, "not valid YAML", "line 7"]),
    "unknown_key": (unknown_key, [TIP, "'tip.tittle'", "did you mean 'title'?"]),
    "missing_section": (missing_section, [TIP, "'## ' headings", "Een voorbeeld"]),
}


# --- letters -------------------------------------------------------------------------------

LETTER = "brief/ar.md"


def letter_placeholder_missing(docs):
    _edit(docs, LETTER, "{meeting_time}", "")


def letter_placeholder_misspelt(docs):
    _edit(docs, LETTER, "{child_name}", "{child_nam}")


def letter_placeholder_extra(docs):
    _edit(docs, LETTER, "{child_name}", "{child_name} {child_age}")


def letter_question_removed(docs):
    path = docs / LETTER
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith("- "))
    del lines[first]
    path.write_text("".join(lines), encoding="utf-8")


def letter_unknown_status(docs):
    _edit(docs, LETTER, "status: draft", "status: checked")


def letter_unknown_direction(docs):
    _edit(docs, LETTER, "direction: rtl", "direction: right")


def letter_wrong_direction(docs):
    _edit(docs, LETTER, "direction: rtl", "direction: ltr")


def letter_unknown_language(docs):
    (docs / "brief/xx.md").write_text(
        (docs / LETTER).read_text(encoding="utf-8").replace("language: ar", "language: xx"),
        encoding="utf-8")


def letter_reviewed_without_name(docs):
    _edit(docs, LETTER, "status: draft", "status: reviewed")


def letter_jinja_in_body(docs):
    _edit(docs, LETTER, "{child_name}", "{{ child_name }}")


LETTER_CASES = {
    "letter_placeholder_missing": (letter_placeholder_missing, [LETTER, "{meeting_time} is missing",
                                                                "brief/nl.md"]),
    "letter_placeholder_misspelt": (letter_placeholder_misspelt, [LETTER, "{child_nam} is not in brief/nl.md",
                                                                  "did you mean {child_name}?"]),
    "letter_placeholder_extra": (letter_placeholder_extra, [LETTER, "{child_age} is not in brief/nl.md"]),
    "letter_question_removed": (letter_question_removed, [LETTER, "has 2 preparation questions",
                                                          "expected 3"]),
    "letter_unknown_status": (letter_unknown_status, [LETTER, "'letter.status'", "'source'", "'draft'",
                                                      "'reviewed'", "text ('checked')"]),
    "letter_unknown_direction": (letter_unknown_direction, [LETTER, "'letter.direction'", "'ltr'", "'rtl'"]),
    "letter_wrong_direction": (letter_wrong_direction, [LETTER, "Arabic is written 'rtl'"]),
    "letter_unknown_language": (letter_unknown_language, ["brief/xx.md", "'letter.language'",
                                                          "a code Babel does not know"]),
    "letter_reviewed_without_name": (letter_reviewed_without_name, [LETTER, "'letter.reviewed_by'",
                                                                    "native speaker"]),
    "letter_jinja_in_body": (letter_jinja_in_body, [LETTER, "contains '{{'", "single braces"]),
}


# --- the organisation ------------------------------------------------------------------------

ORG = "_data/organisation.yml"


def org_missing_name(docs):
    _edit(docs, ORG, "  name: Kinderopvang De Voorbeeldtuin\n", "")


def org_location_without_groups(docs):
    _edit(docs, ORG, "groups: [De Ontdekkers, De Bouwers]", "groups: []")


def org_colour_not_a_colour(docs):
    _edit(docs, ORG, 'colour: "#00695c"', "colour: groen")


def org_colour_too_light(docs):
    _edit(docs, ORG, 'colour: "#00695c"', 'colour: "#ffeb3b"')


def org_logo_missing(docs):
    _edit(docs, ORG, "logo: assets/organisation/logo.svg", "logo: assets/organisation/logo.png")


ORG_CASES = {
    "org_missing_name": (org_missing_name, [ORG, "'organisation.name' is missing"]),
    "org_location_without_groups": (org_location_without_groups, [ORG, "'organisation.locations.1.groups'",
                                                                  "one or more group names"]),
    "org_colour_not_a_colour": (org_colour_not_a_colour, [ORG, "'organisation.colour'", "#rrggbb"]),
    "org_colour_too_light": (org_colour_too_light, [ORG, "'organisation.colour' #ffeb3b is too light",
                                                    "4.5:1"]),
    "org_logo_missing": (org_logo_missing, [ORG, "'organisation.logo'", "no file docs/assets/organisation/logo.png"]),
}
ALL_CASES = {**CASES, **LETTER_CASES, **ORG_CASES}
