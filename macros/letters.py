"""Renderers for the invitation letter: the model of a letter as the page and the Word file show
it, its page with the form (template macros/templates/letter_page.html), and the list of letter
languages.
"""
from __future__ import annotations

from dataclasses import dataclass

from babel import Locale

from . import dates
from .word_files import word_file
from .content import LETTER_FIELDS, PLACEHOLDER, Letter, Site
from .jinja import render
from .tips import escape_md

# (kind, value, label): ("text", "Dear ", None) or ("field", "parent_names", "Names of the parents")
Segment = tuple[str, str, str | None]


@dataclass
class LetterBlock:
    kind: str  # "p" or "ul"
    texts: list[list[Segment]]


@dataclass
class LetterText:
    """A letter in its own language, its placeholders marked: what the page and Word show."""

    code: str
    direction: str
    status: str
    title: str
    blocks: list[LetterBlock]
    date_formats: str  # the locale's date and time formats from CLDR, for letter.js (dates.py)
    calendar_title: str = ""  # the meeting's title in a calendar file, placeholders as {key}


@dataclass
class FormField:
    key: str
    type: str
    label: str
    choices: str | None  # the id of a datalist with suggestions


@dataclass
class Place:
    """A location as the letterhead shows it once it is chosen in the form."""

    name: str
    groups: list[str]
    street: str = ""
    postcode_place: str = ""
    place: str = ""
    phone: str = ""
    email: str = ""


def _place(location) -> Place:
    address = getattr(location, "address", None)
    return Place(location.name, list(location.groups),
                 street=address.street if address else "",
                 postcode_place=f"{address.postcode} {address.place}" if address else "",
                 place=address.place if address else "",
                 phone=getattr(location, "phone", None) or "", email=getattr(location, "email", None) or "")


@dataclass
class Letterhead:
    organisation: str | None
    logo: str | None  # the logo's address relative to the page
    place: Place | None  # the location shown before one is chosen (the only one, if there is one)


@dataclass
class LetterPage:
    letter: LetterText
    source: LetterText | None  # the Dutch letter, for the bilingual print (None on its own page)
    words: object  # labels' LetterWords of the site language
    name: str  # the letter's language, named in the site's language
    own_name: str  # … and in its own
    status: str
    fields: list[FormField]
    locations: list[Place]  # the organisation's locations
    groups: list[str]  # every group of every location
    bilingual: str | None  # the bilingual print button's text
    word_file: str  # the Word file's name without .docx (word_files.word_file)
    credit: str | None  # the source the letter is based on, as a line
    letterhead: Letterhead
    meeting_minutes: int = 45  # the calendar file's duration (organisation.yml)


def language_name(code: str, in_lang: str) -> str:
    """The language's name in another language (or its own), from Babel's CLDR data."""
    name = Locale.parse(code, sep="-").get_display_name(Locale.parse(in_lang, sep="-")) or code
    return name[:1].upper() + name[1:]


def segments(text: str, letter: Letter) -> list[Segment]:
    out: list[Segment] = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > last:
            out.append(("text", text[last:m.start()], None))
        out.append(("field", m.group(1), letter.meta.labels[m.group(1)]))
        last = m.end()
    if last < len(text):
        out.append(("text", text[last:], None))
    return out


def letter_text(letter: Letter) -> LetterText:
    blocks = [LetterBlock(b.kind, [segments(t, letter) for t in b.texts]) for b in letter.blocks]
    return LetterText(letter.code, letter.meta.direction, letter.meta.status, letter.meta.title, blocks,
                      dates.date_formats_attribute(letter.code),
                      letter.meta.calendar_title or letter.meta.title)


def plain_text(text: str, letter: Letter) -> str:
    """One paragraph as plain text with placeholders as [label]."""
    return PLACEHOLDER.sub(lambda m: f"[{letter.meta.labels[m.group(1)]}]", text)


def status_text(site: Site, letter: Letter, lang: str) -> str:
    words = site.labels[lang].letter
    if letter.meta.status == "reviewed":
        return words.status_reviewed.format(name=letter.meta.reviewed_by)
    return {"source": words.status_source, "draft": words.status_draft}[letter.meta.status]


def build_letter_page(site: Site, letter: Letter, lang: str, word_file: str,
                      logo_href: str | None = None) -> LetterPage:
    words = site.labels[lang].letter
    source = site.source_letter
    org = site.organisation
    locations = [_place(loc) for loc in (org.locations if org else [])]
    choices = {"location_name": "letter-locations", "group_name": "letter-groups"} if locations else {}
    fields = [FormField(key, kind, getattr(words.fields, key), choices.get(key))
              for key, kind in LETTER_FIELDS.items()]
    bilingual = None
    if letter is not source:
        bilingual = words.print_bilingual.format(language=language_name(source.code, lang))
    return LetterPage(
        letter=letter_text(letter), source=letter_text(source) if letter is not source else None,
        words=words, name=language_name(letter.code, lang), own_name=language_name(letter.code, letter.code),
        status=status_text(site, letter, lang), fields=fields, locations=locations,
        groups=list(dict.fromkeys(g for loc in locations for g in loc.groups)),
        bilingual=bilingual, word_file=word_file, credit=_credit(site, lang),
        letterhead=Letterhead(org.name if org else None, logo_href,
                              locations[0] if len(locations) == 1 else None),
        meeting_minutes=org.meeting_minutes if org else 45)


def _credit(site: Site, lang: str) -> str | None:
    ref = site.source_letter.meta.source
    if not ref:
        return None
    source = site.source(ref)
    year = f" ({source.year})" if source.year else ""
    return f"{source.author}, {source.text(lang).title}{year}"


def render_letter_html(letter: Letter, extra_class: str = "") -> str:
    """The letter alone, with its own lang and dir (HTML)."""
    return render("letter_alone.html", letter=letter_text(letter), extra_class=extra_class)


def render_letter_page(view: LetterPage) -> str:
    """The whole Markdown of a letter's page."""
    title = view.words.page_title.format(language=view.name)
    return f"# {escape_md(title)}\n\n" + render("letter_page.html", view=view)


def render_letter_list(site: Site, lang: str, href) -> str:
    """A table of the letter languages: name here, own name, status, link to the page.
    `href(code)` gives the link to a letter's page."""
    words = site.labels[lang].letter
    rows = [f"| {escape_md(words.language)} | {escape_md(words.own_name)} | {escape_md(words.status)} |",
            "| --- | --- | --- |"]
    for letter in site.letters:
        own = render("language_name.html", code=letter.code, direction=letter.meta.direction,
                     name=language_name(letter.code, letter.code)).strip()
        rows.append(f"| [{escape_md(language_name(letter.code, lang))}]({href(letter.code)}) | {own} | "
                    f"{escape_md(status_text(site, letter, lang))} |")
    return "\n".join(rows) + "\n"


# --- letters for several families at once ------------------------------------------------------

# The batch table's columns, in the order a pasted spreadsheet row has them when it has no
# header row: the letter's fields (without the location's and professionals' order changed),
# then the family's language and "bilingual".
BATCH_COLUMNS = ("parent_names", "child_name", "group_name", "location_name", "meeting_date",
                 "meeting_time", "professional_names", "language", "bilingual")
# The columns a row must fill in, each with the name of its message in labels.yml
# (letter_batch.errors) when it is empty; the page writes the message on its column.
BATCH_REQUIRED = {"parent_names": "missing_parents", "child_name": "missing_child",
                  "meeting_date": "missing_date", "meeting_time": "missing_time",
                  "language": "missing_language"}


@dataclass
class BatchColumn:
    key: str
    type: str  # the input's type: text, date, time, checkbox
    label: str  # in the site's language
    headers: list[str]  # every label a pasted header row may use for it (every site language)
    required: bool
    missing: str | None  # a required column's message when it is left empty


@dataclass
class BatchLanguage:
    code: str
    name: str  # in the site's language
    own_name: str
    names: list[str]  # what a row may say for it: the code, its name in every site language, its own


@dataclass
class BatchPage:
    words: object  # labels' LetterBatchWords of the site language
    columns: list[BatchColumn]
    languages: list[BatchLanguage]
    templates: list[LetterText]  # every letter language once, for letter-batch.js to copy
    source_code: str  # the Dutch letter's code (the second letter of a bilingual print)
    locations: list[Place]
    groups: list[str]
    letterhead: Letterhead
    meeting_minutes: int
    errors: dict[str, str]
    word_file: str = word_file("letter-batch")  # the Word file's name without .docx


def build_batch_page(site: Site, lang: str, logo_href: str | None = None) -> BatchPage:
    words = site.labels[lang].letter_batch
    org = site.organisation
    locations = [_place(loc) for loc in (org.locations if org else [])]

    def label(key: str, in_lang: str) -> str:
        labels = site.labels[in_lang]
        if key == "language":
            return labels.letter_batch.language
        if key == "bilingual":
            return labels.letter_batch.bilingual
        return getattr(labels.letter.fields, key)

    kinds = dict(LETTER_FIELDS, language="text", bilingual="checkbox")
    columns = [BatchColumn(key, kinds[key], label(key, lang),
                           list(dict.fromkeys(label(key, x) for x in site.languages)),
                           key in BATCH_REQUIRED,
                           getattr(words.errors, BATCH_REQUIRED[key]) if key in BATCH_REQUIRED else None)
               for key in BATCH_COLUMNS]
    languages = []
    for letter in site.letters:
        names = [letter.code, language_name(letter.code, letter.code)]
        names += [language_name(letter.code, x) for x in site.languages]
        languages.append(BatchLanguage(letter.code, language_name(letter.code, lang),
                                       language_name(letter.code, letter.code), list(dict.fromkeys(names))))
    return BatchPage(
        words=words, columns=columns, languages=languages,
        templates=[letter_text(letter) for letter in site.letters], source_code=site.source_letter.code,
        locations=locations, groups=list(dict.fromkeys(g for loc in locations for g in loc.groups)),
        letterhead=Letterhead(org.name if org else None, logo_href, None),
        meeting_minutes=org.meeting_minutes if org else 45,
        errors=words.errors.model_dump())


def render_batch_page(view: BatchPage, markdown: str = "") -> str:
    """The whole Markdown of the batch page: title, an introduction of the fork's own (if any),
    the table, the tools, and the hidden letter templates."""
    intro = f"{markdown.strip()}\n\n" if markdown.strip() else ""
    return f"# {escape_md(view.words.title)}\n\n{intro}" + render("letter_batch.html", view=view)
