"""Every Markdown file under docs/: harmless HTML only, and template code only where the
project's own pages opt in.

Content is data, not code. The macros plugin renders a page only when its front matter says
`render_macros: true` (mkdocs.yml: `render_by_default: false`). Tips and letters may never say
so (their loaders refuse the key); the pages that do may only call the project's macros, one
`{{ name() }}` at a time, so an opted-in page cannot run other template code either.

Markdown passes raw HTML through to the page. A body may use harmless HTML (`<div>`, `<br>`,
`<abbr>`...), but not what runs or embeds something: the check below parses each file with
Python's HTML parser (code blocks and code spans blanked out, so examples in code stay text)
and refuses script-like elements, `on*=` event attributes and `javascript:`/`data:`/`vbscript:`
addresses, in HTML attributes as well as in Markdown links, images, reference definitions and
attribute lists (`{: onclick=... }`).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from ._common import located, parse_yaml, read_text, split_front_matter, yaml_problem

# The macros in macros/__init__.py (a test keeps this list in step with it).
PAGE_MACROS = frozenset({
    "list_all_tips", "show_tasks", "show_theme_cards", "list_sources", "list_letters",
    "list_checklists", "list_booklets", "show_worksheet_overview",
    "show_organisation", "show_translation_status",
})

# Elements that run code, embed another document or change where the page's links and
# scripts come from.
FORBIDDEN_TAGS = frozenset({"script", "iframe", "frame", "frameset", "object", "embed", "applet",
                            "base", "meta", "link", "portal", "template"})
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
MD_LINK = re.compile(r"\]\(\s*<?([^)>\s]*)")
MD_REF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?(\S+?)>?(?:[ \t]|$)", re.M)
ATTR_LIST = re.compile(r"\{:?([^{}\n]*)\}")
EVENT_ATTR = re.compile(r"(?:^|[\s;])(on[a-z]+)\s*=", re.I)
MACRO_CALL = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\(\)\s*\}\}")
JINJA = re.compile(r"\{\{|\{%")
# Anything that could become harmful HTML once rendered, however written (entities included).
SUSPECT = re.compile(r"<\s*/?\s*(?:" + "|".join(sorted(FORBIDDEN_TAGS)) + r")\b|\bon[a-z]+\s*=|script:|data:|&#|&colon",
                     re.I)


def _bad_url(value: str) -> bool:
    """True for a javascript:, data: or vbscript: address, however it is disguised
    (entities, spaces, control characters or capitals, as browsers read them)."""
    plain = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(value)).lower()
    return plain.startswith(BAD_SCHEMES)


def _blank(text: str) -> str:
    """The text with fenced code blocks and code spans replaced by spaces (lines kept)."""
    out, fence = [], None
    for line in text.split("\n"):
        m = FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)[0] * len(m.group(1))
            out.append("")
        elif fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            out.append("")
        else:
            out.append(line)
    joined = "\n".join(out)
    return CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), joined)


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []  # (line, Dutch, English)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        if tag in FORBIDDEN_TAGS:
            self.found.append((line, f"het HTML-element <{tag}> mag niet in de tekst",
                               f"the HTML element <{tag}> is not allowed in content"))
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append((line, f"het HTML-attribuut '{name}' (code bij een gebeurtenis) mag niet",
                                   f"the event attribute '{name}' is not allowed in content"))
            elif value and _bad_url(value):
                scheme = re.sub(r"[\x00-\x20]+", "", html.unescape(value)).split(":")[0].lower()
                self.found.append((line, f"een {scheme}:-adres in '{name}' mag niet; gebruik een https://-link",
                                   f"a {scheme}: address in the attribute '{name}' is not allowed; "
                                   "expected an https:// or relative link"))

    handle_startendtag = handle_starttag


def check_markup(rel: str, text: str, first_line: int, problems: list[str]) -> None:
    """Record every harmful piece of HTML or link in a Markdown body. `first_line` is the
    line number of the body's first line in the file."""
    body = _blank(text)
    found: list[tuple[int, str, str]] = []
    scanner = _Scanner()
    scanner.feed(body)
    scanner.close()
    found += scanner.found
    for pattern in (MD_LINK, MD_REF):
        for m in pattern.finditer(body):
            if _bad_url(m.group(1)):
                scheme = re.sub(r"[\x00-\x20]+", "", html.unescape(m.group(1))).split(":")[0].lower()
                found.append((body[:m.start()].count("\n") + 1,
                              f"een link naar een {scheme}:-adres mag niet; gebruik een https://-link",
                              f"a Markdown link to a {scheme}: address is not allowed; expected an "
                              "https:// or relative link"))
    for m in ATTR_LIST.finditer(body):
        inside = m.group(1)
        line = body[:m.start()].count("\n") + 1
        event = EVENT_ATTR.search(inside)
        if event:
            found.append((line, f"het attribuut '{event.group(1)}' (code bij een gebeurtenis) mag niet",
                          f"the event attribute '{event.group(1)}' is not allowed in an attribute list"))
        for value in re.findall(r"=\s*(\"[^\"]*\"|'[^']*'|\S+)", inside):
            if _bad_url(value.strip("\"'")):
                found.append((line, "een javascript:- of data:-adres in een attribuut mag niet",
                              "a javascript: or data: address is not allowed in an attribute list"))
    # What Markdown really passes through: code spans inside a raw HTML block, for one, are not
    # code. Anything the rendered HTML has that the scan above did not see is reported too.
    if not found and SUSPECT.search(text):  # (rendering costs time: only where something could hide)
        for nl, en, token in _rendered_findings(text):
            at = re.search(re.escape(token), text, re.I)
            found.append((text[:at.start()].count("\n") + 1 if at else 1, nl, en))
    for line, nl, en in sorted(set(found)):
        problems.append(located(rel, first_line + line - 1, nl, en))


# The Markdown extensions of mkdocs.yml that change what raw HTML and links become.
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences"]


_MARKDOWN = None


def _rendered_findings(text: str) -> list[tuple[str, str, str]]:
    """(Dutch, English, a piece of the source to find its line) for each harmful thing in the
    HTML that Markdown makes of the text."""
    global _MARKDOWN
    if _MARKDOWN is None:
        import markdown
        _MARKDOWN = markdown.Markdown(extensions=EXTENSIONS)
    rendered = _MARKDOWN.reset().convert(text)
    scanner = _Scanner()
    scanner.feed(rendered)
    scanner.close()
    out = []
    for _, nl, en in scanner.found:
        token = re.search(r"<(\w+)>|'(on\w+)'|(\w+):-adres", nl)
        piece = next((g for g in token.groups() if g), "") if token else ""
        if token and token.group(1):
            piece = "<" + piece
        out.append((nl, en, piece or "<"))
    return out


def _is_tip(rel: str) -> bool:
    parts = rel.split("/")
    return len(parts) == 3 and parts[0] == "tips" and not parts[2].startswith("index.")


def _is_letter(rel: str) -> bool:
    parts = rel.split("/")
    return len(parts) == 2 and parts[0] == "brief" and not parts[1].startswith("index.")


def check_templates(rel: str, body: str, first_line: int, opted_in: bool, problems: list[str]) -> None:
    """An opted-in page may only call the project's macros; a page that calls one must opt in."""
    if opted_in:
        for m in JINJA.finditer(body):
            line = first_line + body[:m.start()].count("\n")
            call = MACRO_CALL.match(body, m.start())
            if call and call.group(1) in PAGE_MACROS:
                continue
            shown = body[m.start():].split("\n", 1)[0][:60]
            problems.append(located(
                rel, line,
                f"'{shown}' is geen macro van de site; een pagina met render_macros: true mag alleen "
                "macro's van de site aanroepen, zoals {{ show_theme() }}",
                f"'{shown}' is not one of the site's macros; a page with render_macros: true may only "
                f"call them, one at a time, e.g. {{{{ show_theme() }}}} (known: {', '.join(sorted(PAGE_MACROS))})"))
    else:
        for call in MACRO_CALL.finditer(body):
            if call.group(1) in PAGE_MACROS:
                line = first_line + body[:call.start()].count("\n")
                problems.append(located(
                    rel, line,
                    f"de pagina roept {call.group(1)}() aan maar heeft geen 'render_macros: true' in de "
                    "front matter: zonder staat de aanroep als tekst op de pagina",
                    f"the page calls {call.group(1)}() but has no 'render_macros: true' in its front "
                    "matter; expected it (without it the call shows as text)"))


def check_pages(docs: Path, problems: list[str]) -> None:
    """Harmless HTML in every Markdown file; front matter and template rules for the pages that
    are neither tips nor letters (their loaders check their own front matter)."""
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if any(part.startswith("_") for part in rel.split("/")):
            continue  # templates and data: not pages (exclude_docs in mkdocs.yml)
        text = read_text(path)
        fm, body, before = split_front_matter(text)
        check_markup(rel, body, before + 1, problems)
        if _is_tip(rel) or _is_letter(rel):
            continue
        data = {}
        if fm is not None:
            try:
                data, _ = parse_yaml(fm)
            except yaml.YAMLError as exc:
                problems.append(yaml_problem(rel, "de front matter", "the front matter", exc, fm, 1))
                continue
        opted_in = isinstance(data, dict) and data.get("render_macros") is True
        check_templates(rel, body, before + 1, opted_in, problems)
