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


def _edit_letter_body(docs: Path, rel: str, old: str, new: str) -> None:
    """Like _edit, in the letter's text only (its front matter's calendar_title has
    placeholders too)."""
    path = docs / rel
    head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
    assert old in body, f"{old!r} not in the text of {rel}"
    path.write_text(head + sep + body.replace(old, new, 1), encoding="utf-8")


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
    "missing_field": (missing_field, [TIP, "veld 'tip.summary' ontbreekt", "'tip.summary'", "is missing",
                                      "one sentence"]),
    "unknown_theme": (unknown_theme, [TIP, "'tip.theme'", "'kennismaken', an unknown theme", "expected one of: leer-elkaar-kennen"]),
    "unknown_source": (unknown_source, [TIP, "'tip.source'", "unknown source", "lkk-factsheet"]),
    "duplicate_id": (duplicate_id, ["tips/feedback/wenbeleid.nl.md", "'tip.id'", "also used by", TIP]),
    "missing_translation": (missing_translation, [TIP, "no 'en' version",
                                                  "tips/leer-elkaar-kennen/wenbeleid.en.md"]),
    "checklist_not_strings": (checklist_not_strings, [TIP, "'tip.checklist[3]'", "a list of short actions",
                                                      "a number (42)", "regel 14", "line 14"]),
    "checklist_not_a_list": (checklist_not_a_list, [TIP, "'tip.checklist'", "a list of short actions",
                                                    "text ('Alles')"]),
    "yaml_syntax_error": (yaml_syntax_error, [TIP, "regel 6", "geen geldige YAML", "not valid YAML", "line 6",
                                              "haakje", "«title: [Geef kind"]),
    "unknown_key": (unknown_key, [TIP, "'tip.tittle'", "did you mean 'title'?"]),
    "missing_section": (missing_section, [TIP, "'## ' headings", "Een voorbeeld"]),
}


# --- letters -------------------------------------------------------------------------------

LETTER = "brief/ar.md"


def letter_placeholder_missing(docs):
    _edit(docs, LETTER, "{meeting_time}", "")


def letter_placeholder_misspelt(docs):
    _edit_letter_body(docs, LETTER, "{child_name}", "{child_nam}")


def letter_placeholder_extra(docs):
    _edit_letter_body(docs, LETTER, "{child_name}", "{child_name} {child_age}")


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
    _edit_letter_body(docs, LETTER, "{child_name}", "{{ child_name }}")


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


# --- tips: sizes, duplicate keys, template code, YAML mistakes, HTML -------------------------

LONG_TITLE = "Geef kind en ouders tijd " * 120  # 3,000 characters


def title_too_long(docs):
    _edit(docs, TIP, "  title: Geef kind en ouders tijd om te wennen", f"  title: {LONG_TITLE}")


def summary_too_long(docs):
    _edit(docs, TIP, "  summary: Zorg voor", "  summary: " + "Zorg voor rust. " * 25 + "Zorg voor")


def duplicate_key_in_front_matter(docs):
    _edit(docs, TIP, "  moment: settling_in\n", "  moment: settling_in\n  title: Nog een titel\n")


def render_macros_in_tip(docs):
    _edit(docs, TIP, "---\ntip:\n", "---\nrender_macros: true\ntip:\n")


def tab_in_front_matter(docs):
    _edit(docs, TIP, "  order: 40\n", "\torder: 40\n")


def colon_in_title(docs):
    _edit(docs, TIP, "  title: Geef kind", "  title: Wennen: geef kind")


def missing_closing_quote(docs):
    _edit(docs, TIP, "  title: Geef kind en ouders tijd om te wennen", '  title: "Geef kind en ouders tijd om te wennen')


def bad_indentation(docs):
    _edit(docs, TIP, "  moment: settling_in", "    moment: settling_in")


def h1_in_tip(docs):
    _edit(docs, TIP, "## Waarom is dit belangrijk?\n", "# Wennen\n\n## Waarom is dit belangrijk?\n")


def _append_to_body(docs, rel, text):
    path = docs / rel
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


def script_in_tip(docs):
    _append_to_body(docs, TIP, "Kijk hier: <script>alert(1)</script>")


def iframe_in_tip(docs):
    _append_to_body(docs, TIP, '<iframe src="https://www.example.org/"></iframe>')


def object_in_tip(docs):
    _append_to_body(docs, TIP, '<object data="film.swf"></object>')


def embed_in_tip(docs):
    _append_to_body(docs, TIP, '<embed src="film.swf">')


def event_attribute_in_tip(docs):
    _append_to_body(docs, TIP, '<img src="foto.png" alt="" OnError="alert(1)">')


def javascript_href_in_tip(docs):
    _append_to_body(docs, TIP, '<a href="jav&#x09;ascript:alert(1)">klik</a>')


def data_url_in_html(docs):
    _append_to_body(docs, TIP, '<img src="data:image/svg+xml;base64,PHN2Zy8+" alt="">')


def javascript_markdown_link(docs):
    _append_to_body(docs, TIP, "Lees [meer](javascript:alert(1)).")


def data_markdown_image(docs):
    _append_to_body(docs, TIP, "![plaatje](data:text/html;base64,PHNjcmlwdD4=)")


def javascript_reference_link(docs):
    _append_to_body(docs, TIP, "Lees [meer][1].\n\n[1]: JavaScript:alert(1)")


def event_in_attribute_list(docs):
    _append_to_body(docs, TIP, 'Een alinea.\n{: onmouseover="alert(1)" }')





def _body_lines(docs_rel=TIP):
    from conftest import ROOT
    return len((ROOT / "docs" / docs_rel).read_text(encoding="utf-8").split("\n")) + 1


MORE_TIP_CASES = {
    "title_too_long": (title_too_long, [TIP, "regel 6", "'tip.title' is te lang", "tekens, maximaal 90",
                                        "characters long; expected at most 90 characters"]),
    "summary_too_long": (summary_too_long, [TIP, "'tip.summary' is te lang", "at most 300 characters"]),
    "duplicate_key_in_front_matter": (duplicate_key_in_front_matter, [
        TIP, "regel 9", "de sleutel 'title' staat hier voor de tweede keer", "line 9",
        "the key 'title' is written twice", "«title: Nog een titel»"]),
    "render_macros_in_tip": (render_macros_in_tip, [TIP, "regel 2", "'render_macros' mag niet in een tip",
                                                    "never runs template code"]),
    "tab_in_front_matter": (tab_in_front_matter, [TIP, "regel 5", "tab", "indent with spaces"]),
    "colon_in_title": (colon_in_title, [TIP, "regel 6", "dubbele punt", "tussen aanhalingstekens",
                                        "«title: Wennen: geef kind"]),
    "missing_closing_quote": (missing_closing_quote, [TIP, "regel 6", "aanhalingsteken", "a quote is missing",
                                                      "«title: \"Geef kind"]),
    "bad_indentation": (bad_indentation, [TIP, "inspringing", "indentation is wrong"]),
    "h1_in_tip": (h1_in_tip, [TIP, "regel 19", "kop met één '#'", "'# ' heading"]),
}


def _markup_case(kind_nl, kind_en):
    return [TIP, f"regel {_body_lines()}", kind_nl, f"line {_body_lines()}", kind_en]


MARKUP_CASES = {
    "script_in_tip": (script_in_tip, _markup_case("<script> mag niet", "<script> is not allowed")),
    "iframe_in_tip": (iframe_in_tip, _markup_case("<iframe> mag niet", "<iframe> is not allowed")),
    "object_in_tip": (object_in_tip, _markup_case("<object> mag niet", "<object> is not allowed")),
    "embed_in_tip": (embed_in_tip, _markup_case("<embed> mag niet", "<embed> is not allowed")),
    "event_attribute_in_tip": (event_attribute_in_tip, _markup_case("'onerror'", "event attribute 'onerror'")),
    "javascript_href_in_tip": (javascript_href_in_tip, _markup_case("javascript:-adres in 'href'",
                                                                    "javascript: address in the attribute 'href'")),
    "data_url_in_html": (data_url_in_html, _markup_case("data:-adres in 'src'", "data: address")),
    "javascript_markdown_link": (javascript_markdown_link, _markup_case("link naar een javascript:-adres",
                                                                        "Markdown link to a javascript: address")),
    "data_markdown_image": (data_markdown_image, _markup_case("link naar een data:-adres", "data: address")),
    "javascript_reference_link": (javascript_reference_link, [TIP, "javascript:-adres", "javascript: address"]),
    "event_in_attribute_list": (event_in_attribute_list, [TIP, "'onmouseover'", "attribute list"]),
}


# --- data files -------------------------------------------------------------------------------

def javascript_source_url(docs):
    _edit(docs, "_data/sources.yml", "    author: Landelijke Kwaliteitsmonitor Kinderopvang (LKK)\n",
          "    author: Landelijke Kwaliteitsmonitor Kinderopvang (LKK)\n    url: javascript:alert(1)\n")


def http_reading_url(docs):
    _edit(docs, "_data/sources.yml", "url: https://goab.eu/", "url: http://goab.eu/")


def duplicate_key_in_sources(docs):
    _edit(docs, "_data/sources.yml", "    author: Expertisecentrum Kinderopvang\n",
          "    author: Expertisecentrum Kinderopvang\n    author: EK\n")


def duplicate_theme_key(docs):
    _edit(docs, "_data/themes.yml", "      title: Leer elkaar kennen\n",
          "      title: Leer elkaar kennen\n      title: Kennismaken\n")


def theme_title_too_long(docs):
    _edit(docs, "_data/themes.yml", "      title: Leer elkaar kennen\n", f"      title: {LONG_TITLE}\n")


def tab_in_labels(docs):
    _edit(docs, "_data/labels.yml", "  sections:", "\tsections:")


def duplicate_label(docs):
    _edit(docs, "_data/labels.yml", "  checklist: Checklist\n", "  checklist: Checklist\n  checklist: Lijst\n")


DATA_CASES = {
    "javascript_source_url": (javascript_source_url, ["_data/sources.yml", "regel 6", "'sources[1].url'",
                                                      "https://", "javascript:alert(1)"]),
    "http_reading_url": (http_reading_url, ["_data/sources.yml", "'further_reading[", ".url'",
                                            "a web address starting with https://", "http://goab.eu/"]),
    "duplicate_key_in_sources": (duplicate_key_in_sources, ["_data/sources.yml", "'author'",
                                                            "written twice", "«author: EK»"]),
    "duplicate_theme_key": (duplicate_theme_key, ["_data/themes.yml", "regel 10", "'title'", "written twice"]),
    "theme_title_too_long": (theme_title_too_long, ["_data/themes.yml", "'themes[1].nl.title'", "at most 90"]),
    "tab_in_labels": (tab_in_labels, ["_data/labels.yml", "regel 4", "tab", "«sections:"]),
    "duplicate_label": (duplicate_label, ["_data/labels.yml", "'checklist'", "written twice"]),
}


# --- letters and pages ------------------------------------------------------------------------

def letter_render_macros(docs):
    _edit(docs, LETTER, "---\nletter:\n", "---\nrender_macros: true\nletter:\n")


def letter_duplicate_key(docs):
    _edit(docs, LETTER, "  status: draft\n", "  status: draft\n  status: reviewed\n")


def letter_script(docs):
    _append_to_body(docs, LETTER, "<script>alert(1)</script>")


def page_duplicate_key(docs):
    _edit(docs, "index.nl.md", "title: Start\n", "title: Start\ntitle: Begin\n")


def page_other_template_code(docs):
    _edit(docs, "bronnen.nl.md", "{{ list_sources() }}", "{{ list_sources() }}\n\n{{ 7*7 }}")


def page_statement(docs):
    _edit(docs, "tips/index.en.md", "{{ list_all_tips() }}", "{% for x in range(3) %}{{ list_all_tips() }}{% endfor %}")


def page_without_opt_in(docs):
    _edit(docs, "checklists/index.nl.md", "render_macros: true\n", "")


def page_iframe(docs):
    _edit(docs, "bronnen.nl.md", "# Bronnen\n", "# Bronnen\n\n<iframe src=\"https://example.org\"></iframe>\n")


def vision_script(docs):
    _append_to_body(docs, "visie.nl.md", "Onze visie.\n\n<script src=\"https://example.org/x.js\"></script>")


LETTER_PAGE_CASES = {
    "letter_render_macros": (letter_render_macros, [LETTER, "regel 2", "'render_macros' mag niet in een brief",
                                                    "not allowed in a letter"]),
    "letter_duplicate_key": (letter_duplicate_key, [LETTER, "regel 6", "'status'", "written twice"]),
    "letter_script": (letter_script, [LETTER, "<script> mag niet", "<script> is not allowed"]),
    "page_duplicate_key": (page_duplicate_key, ["index.nl.md, regel 3", "'title'", "written twice"]),
    "page_other_template_code": (page_other_template_code, ["bronnen.nl.md", "'{{ 7*7 }}' is geen macro van de site",
                                                            "not one of the site's macros"]),
    "page_statement": (page_statement, ["tips/index.en.md", "'{% for x in range(3) %}", "geen macro van de site",
                                        "not one of the site's macros"]),
    "page_without_opt_in": (page_without_opt_in, ["checklists/index.nl.md, regel", "list_checklists()",
                                                  "no 'render_macros: true'"]),
    "page_iframe": (page_iframe, ["bronnen.nl.md, regel 6", "<iframe> mag niet"]),
    "vision_script": (vision_script, ["visie.nl.md", "<script> mag niet", "<script> is not allowed"]),
}


# --- the organisation ------------------------------------------------------------------------
# The organisation's own values are read from its file, never written here: a fork that fills
# in its own details keeps these tests green.

ORG = "_data/organisation.yml"


def _org_text(docs) -> str:
    return (docs / ORG).read_text(encoding="utf-8")


def _set_line(docs, key: str, new_line: str | None, indent: str = "  ") -> None:
    """Replace (or with None remove) the line `<indent><key>: ...` of the organisation file."""
    import re
    text = _org_text(docs)
    pattern = re.compile(rf"^{indent}{key}:.*\n", re.M)
    assert pattern.search(text), f"no '{key}:' line in {ORG}"
    text = pattern.sub("" if new_line is None else f"{indent}{new_line}\n", text, count=1)
    (docs / ORG).write_text(text, encoding="utf-8")


def _edit_org_data(docs, change) -> None:
    """Change the organisation's data (loaded, changed by `change(org)`, written back)."""
    import yaml
    data = yaml.safe_load(_org_text(docs))
    change(data["organisation"])
    (docs / ORG).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def org_missing_name(docs):
    _set_line(docs, "name", None)


def org_location_without_groups(docs):
    _edit_org_data(docs, lambda org: org["locations"][0].update(groups=[]))


def org_colour_not_a_colour(docs):
    _set_line(docs, "colour", "colour: groen")


def org_colour_without_quotes(docs):
    _set_line(docs, "colour", "colour: #00695c")


def org_logo_missing(docs):
    _set_line(docs, "logo", "logo: assets/organisation/geen-logo.png")


def org_logo_web_address(docs):
    _set_line(docs, "logo", "logo: https://www.example.org/logo.svg")


def org_website_http(docs):
    _set_line(docs, "website", "website: http://www.example.org/")


def org_website_javascript(docs):
    _set_line(docs, "website", "website: javascript:alert(1)")


def org_repository_not_https(docs):
    _set_line(docs, "repository", "repository: git@github.com:account/name.git")


def org_contact_email_invalid(docs):
    _edit_org_data(docs, lambda org: org.setdefault("contact", {}).update(email="info at example.org"))


def org_duplicate_key(docs):
    text = _org_text(docs)
    (docs / ORG).write_text(text.replace("organisation:\n", "organisation:\n  name: Nog een naam\n", 1),
                            encoding="utf-8")


def org_name_too_long(docs):
    _set_line(docs, "name", f"name: {LONG_TITLE}")


def org_colon_in_name(docs):
    _set_line(docs, "name", "name: Kinderopvang: De Tuin")


def org_tab(docs):
    _set_line(docs, "example", "\texample: false", indent="  ")


def _first_location(change):
    return lambda docs: _edit_org_data(docs, lambda org: change(org["locations"][0]))


org_postcode_invalid = _first_location(lambda loc: loc.update(
    address={"street": "Voorbeeldstraat 1", "postcode": "12345", "place": "Utrecht"}))
org_address_incomplete = _first_location(lambda loc: loc.update(address={"street": "Voorbeeldstraat 1"}))
org_location_email_invalid = _first_location(lambda loc: loc.update(email="boomgaard@"))
org_location_phone_invalid = _first_location(lambda loc: loc.update(phone="bel ons"))

ORG_CASES = {
    "org_missing_name": (org_missing_name, [ORG, "veld 'organisation.name' ontbreekt",
                                            "'organisation.name' is missing"]),
    "org_location_without_groups": (org_location_without_groups, [ORG, "'organisation.locations[1].groups'",
                                                                  "one or more group names"]),
    "org_colour_not_a_colour": (org_colour_not_a_colour, [ORG, "'organisation.colour'", "#rrggbb", "'groen'"]),
    "org_colour_without_quotes": (org_colour_without_quotes, [ORG, "'organisation.colour' is leeg",
                                                              "tussen aanhalingstekens", "between quotes"]),
    "org_logo_missing": (org_logo_missing, [ORG, "'organisation.logo'",
                                            "no file docs/assets/organisation/geen-logo.png"]),
    "org_logo_web_address": (org_logo_web_address, [ORG, "'organisation.logo' is een webadres",
                                                    "is a web address"]),
    "org_website_http": (org_website_http, [ORG, "'organisation.website'", "https://", "http://www.example.org/"]),
    "org_website_javascript": (org_website_javascript, [ORG, "'organisation.website'", "https://",
                                                        "javascript:alert(1)"]),
    "org_repository_not_https": (org_repository_not_https, [ORG, "'organisation.repository'", "https://"]),
    "org_contact_email_invalid": (org_contact_email_invalid, [ORG, "'organisation.contact.email'",
                                                              "e-mailadres", "an e-mail address"]),
    "org_duplicate_key": (org_duplicate_key, [ORG, "'name'", "staat hier voor de tweede keer",
                                              "written twice"]),
    "org_name_too_long": (org_name_too_long, [ORG, "'organisation.name' is te lang", "at most 90"]),
    "org_colon_in_name": (org_colon_in_name, [ORG, "dubbele punt", "«name: Kinderopvang: De Tuin»"]),
    "org_tab": (org_tab, [ORG, "tab", "indent with spaces"]),
    "org_postcode_invalid": (org_postcode_invalid, [ORG, "'organisation.locations[1].address.postcode'",
                                                    "1234 AB", "'12345'"]),
    "org_address_incomplete": (org_address_incomplete, [ORG, "'organisation.locations[1].address.postcode' ontbreekt",
                                                        "'organisation.locations[1].address.place' is missing"]),
    "org_location_email_invalid": (org_location_email_invalid, [ORG, "'organisation.locations[1].email'",
                                                                "an e-mail address"]),
    "org_location_phone_invalid": (org_location_phone_invalid, [ORG, "'organisation.locations[1].phone'",
                                                                "a phone number"]),
}
ALL_CASES = {**CASES, **MORE_TIP_CASES, **MARKUP_CASES, **DATA_CASES, **LETTER_CASES, **LETTER_PAGE_CASES,
             **ORG_CASES}

# One real build per kind of error path (the loader tests cover every case).
BUILD_CASES = ["missing_field", "yaml_syntax_error", "duplicate_key_in_front_matter", "render_macros_in_tip",
               "script_in_tip", "javascript_markdown_link", "javascript_source_url", "letter_jinja_in_body",
               "letter_render_macros", "page_other_template_code", "page_without_opt_in",
               "org_colour_without_quotes", "org_website_http", "org_postcode_invalid", "missing_translation"]
