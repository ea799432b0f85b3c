"""The invitation letter as the letter page, the page for several families and the Word file
show it: its text with the placeholders marked, the letterhead, the language's names."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from babel import Locale

from ..content import PLACEHOLDER, Letter, Site
from . import dates
from .jinja import render

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
class Place:
    """A location as the letterhead shows it once it is chosen in the form."""

    name: str
    groups: list[str]
    street: str = ""
    postcode_place: str = ""
    place: str = ""
    phone: str = ""
    email: str = ""


def place(location) -> Place:
    address = getattr(location, "address", None)
    return Place(location.name, list(location.groups),
                 street=address.street if address else "",
                 postcode_place=f"{address.postcode} {address.place}" if address else "",
                 place=address.place if address else "",
                 phone=getattr(location, "phone", None) or "", email=getattr(location, "email", None) or "")


@dataclass
class Letterhead:
    organisation: str
    logo: str | None  # the logo's address relative to the page
    place: Place | None  # the location shown before one is chosen (the only one, if there is one)


def language_name(code: str, in_lang: str) -> str:
    """The language's name in another language (or its own), from Babel's CLDR data."""
    name = Locale.parse(code, sep="-").get_display_name(Locale.parse(in_lang, sep="-")) or code
    return name[:1].upper() + name[1:]


def letter_order(letter: Letter, lang: str) -> tuple:
    """A letter's place among the letter languages, the same in every list a reader of `lang`
    sees (the menu, the letters' table, the translations' page, the batch page): the source
    letter first, then the others by their name in the reader's language (accents and case
    aside, so "Oekraïens" stands between "Nederlands" and "Pools"), then by code."""
    name = unicodedata.normalize("NFKD", language_name(letter.code, lang))
    plain = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    return (0 if letter.meta.status == "source" else 1, plain, letter.code)


def letters_in_order(site: Site, lang: str) -> list[Letter]:
    """The site's letters in the order a reader of `lang` sees them everywhere (letter_order)."""
    return sorted(site.letters, key=lambda letter: letter_order(letter, lang))


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
    """One paragraph as plain text with placeholders as [label] (for Word and for tests)."""
    return PLACEHOLDER.sub(lambda m: f"[{letter.meta.labels[m.group(1)]}]", text)


def status_text(site: Site, letter: Letter, lang: str) -> str:
    words = site.labels[lang].letter
    if letter.meta.status == "reviewed":
        return words.status_reviewed.format(name=letter.meta.reviewed_by)
    return {"source": words.status_source, "draft": words.status_draft}[letter.meta.status]


def render_letter_html(letter: Letter, extra_class: str = "") -> str:
    """The letter alone, with its own lang and dir (HTML)."""
    return render("letter_alone.html", letter=letter_text(letter), extra_class=extra_class)


