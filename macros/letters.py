"""Renderers for the invitation letter: the letter as HTML, its page with the form, and the list
of letter languages. Plain functions: content in, HTML/Markdown out.

A placeholder {key} becomes <bdi class="letter-field" data-field="key">[label]</bdi>: the label
is in the letter's language, so an unfilled or JavaScript-less letter still reads sensibly;
<bdi> keeps a name typed in Latin script readable inside right-to-left text.
"""
from __future__ import annotations

import json
from html import escape

from babel import Locale

from . import dates
from .content import PLACEHOLDER, Letter, Site

# The form's fields, in the order a coach fills them in, with the HTML input type.
FIELDS = {
    "parent_names": "text",
    "child_name": "text",
    "group_name": "text",
    "meeting_date": "date",
    "meeting_time": "time",
    "professional_names": "text",
    "location_name": "text",
}


def language_name(code: str, in_lang: str) -> str:
    """The language's name in another language (or its own), from Babel's CLDR data."""
    name = Locale.parse(code, sep="-").get_display_name(Locale.parse(in_lang, sep="-")) or code
    return name[:1].upper() + name[1:]


def fill_text(text: str, letter: Letter) -> str:
    """HTML of one paragraph or list item: text escaped, placeholders marked."""
    out, last = [], 0
    for m in PLACEHOLDER.finditer(text):
        out.append(escape(text[last:m.start()], quote=False))
        key = m.group(1)
        label = escape(letter.meta.labels[key], quote=False)
        out.append(f'<bdi class="letter-field" data-field="{key}">[{label}]</bdi>')
        last = m.end()
    out.append(escape(text[last:], quote=False))
    return "".join(out)


def plain_text(text: str, letter: Letter) -> str:
    """One paragraph as plain text with placeholders as [label] (for Word and for tests)."""
    return PLACEHOLDER.sub(lambda m: f"[{letter.meta.labels[m.group(1)]}]", text)


def render_letter_html(letter: Letter, extra_class: str = "") -> str:
    """The letter alone, with its own lang and dir."""
    parts = []
    for block in letter.blocks:
        if block.kind == "ul":
            items = "".join(f"<li>{fill_text(t, letter)}</li>" for t in block.texts)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{fill_text(block.texts[0], letter)}</p>")
    cls = f"letter {extra_class}".strip()
    return (f'<div class="{cls}" lang="{letter.code}" dir="{letter.meta.direction}" '
            f'data-letter-lang="{letter.code}" '
            f'data-date-formats="{escape(dates.date_formats_attribute(letter.code))}">\n' + "\n".join(parts) + "\n</div>")


def status_text(site: Site, letter: Letter, lang: str) -> str:
    words = site.labels[lang].letter
    if letter.meta.status == "reviewed":
        return words.status_reviewed.format(name=letter.meta.reviewed_by)
    return {"source": words.status_source, "draft": words.status_draft}[letter.meta.status]


def _lang_span(letter: Letter, text: str) -> str:
    return f'<span lang="{letter.code}" dir="{letter.meta.direction}">{escape(text)}</span>'


def docx_name(letter: Letter) -> str:
    return f"uitnodiging-kennismakingsgesprek-{letter.code}.docx"


def _choices(organisation) -> tuple[dict[str, str], str]:
    """The organisation's locations and groups as suggestions for their fields (datalists):
    the attributes for each input, and the datalist elements. The group list starts with
    every group; letter.js narrows it to the chosen location's groups."""
    if organisation is None or not organisation.locations:
        return {}, ""
    locations = "".join(
        f'<option value="{escape(loc.name)}" data-groups="{escape(json.dumps(loc.groups, ensure_ascii=False))}"></option>'
        for loc in organisation.locations)
    groups = "".join(f'<option value="{escape(g)}"></option>'
                     for g in dict.fromkeys(g for loc in organisation.locations for g in loc.groups))
    return ({"location_name": ' list="letter-locations"', "group_name": ' list="letter-groups"'},
            f'<datalist id="letter-locations">{locations}</datalist>'
            f'<datalist id="letter-groups">{groups}</datalist>')


def render_letter_page(site: Site, letter: Letter, lang: str, docx_href: str,
                       organisation=None) -> str:
    """The page of one letter language in site language `lang`: facts, form, tools, letter.

    The fields are not in a <form>: there is nothing to submit, and without JavaScript a
    form would send what was typed to the server in the address when Enter is pressed."""
    words = site.labels[lang].letter
    source = site.source_letter
    name = language_name(letter.code, lang)
    own = language_name(letter.code, letter.code)
    lists, datalists = _choices(organisation)
    fields = []
    for key, kind in FIELDS.items():
        fields.append(
            f'<p class="letter-form__field"><label for="field-{key}">{escape(getattr(words.fields, key))}</label>\n'
            f'<input id="field-{key}" name="{key}" type="{kind}" autocomplete="off" '
            f'data-field="{key}"{lists.get(key, "")}></p>')
    if datalists:
        fields.append(datalists)
    bilingual = ""
    if letter is not source:
        bilingual = (f'<button type="button" class="md-button js-only" data-print="bilingual">'
                     f"{escape(words.print_bilingual.format(language=language_name(source.code, lang)))}</button>\n")
    status_class = f"letter-status letter-status--{letter.meta.status}"
    return f"""# {escape(words.page_title.format(language=name))}

<dl class="letter-facts">
<dt>{escape(words.language)}</dt>
<dd>{escape(name)} · {_lang_span(letter, own)}</dd>
<dt>{escape(words.status)}</dt>
<dd><span class="{status_class}">{escape(status_text(site, letter, lang))}</span></dd>
</dl>

<p class="letter-intro">{escape(words.intro)}</p>

<h2 id="letter-form-title">{escape(words.form_title)}</h2>

<p class="letter-form__note" data-search-exclude>{escape(words.privacy)}</p>

<div class="letter-form" role="group" aria-labelledby="letter-form-title" data-search-exclude>
{chr(10).join(fields)}
</div>

<div class="letter-tools" data-search-exclude>
<button type="button" class="md-button md-button--primary js-only" data-print="letter">{escape(words.print)}</button>
{bilingual}<button type="button" class="md-button js-only" data-word-download>{escape(words.download_filled)}</button>
<a class="md-button" href="{escape(docx_href)}" download>{escape(words.download_docx)}</a>
</div>

<h2 id="letter-title">{escape(words.letter_heading)}</h2>

<section class="letter-sheet" aria-labelledby="letter-title" data-search-exclude>
{render_letter_html(letter)}
{render_letter_html(source, "letter--source") if letter is not source else ""}
</section>
"""


def render_letter_list(site: Site, lang: str, from_src: str = "brief/index.md") -> str:
    """A table of the letter languages: name here, own name, status, link to the page."""
    words = site.labels[lang].letter
    rows = [f"| {words.language} | {words.own_name} | {words.status} |", "| --- | --- | --- |"]
    for letter in site.letters:
        name = language_name(letter.code, lang)
        own = language_name(letter.code, letter.code)
        rows.append(f"| [{name}]({letter.code}.md) | {_lang_span(letter, own)} | "
                    f"{escape(status_text(site, letter, lang))} |")
    return "\n".join(rows) + "\n"
