"""Letters for several families at once (brief/meerdere/): a table to fill in or paste from a
spreadsheet, one letter per row in the family's language, printed together, and one calendar
file for the team. Made from the letters' data; its view model is `BatchPage`, its template
macros/templates/letter_batch.html."""
from __future__ import annotations

from dataclasses import dataclass

from ..content import LETTER_FIELDS, Site
from ..render.jinja import page_markdown, render
from ..render.letters import Letterhead, LetterText, Place, language_name, letter_text, letters_in_order, place
from .base import Kind, PageContext, Route

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
    word_file: str  # the Word file's name without .docx (the kind's word_name)


def build_batch_page(site: Site, lang: str, logo_href: str | None = None) -> BatchPage:
    words = site.labels[lang].letter_batch
    org = site.organisation
    locations = [place(loc) for loc in org.locations]

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
    for letter in letters_in_order(site, lang):  # as the menu and the letters' table list them
        names = [letter.code, language_name(letter.code, letter.code)]
        names += [language_name(letter.code, x) for x in site.languages]
        languages.append(BatchLanguage(letter.code, language_name(letter.code, lang),
                                       language_name(letter.code, letter.code), list(dict.fromkeys(names))))
    return BatchPage(
        words=words, columns=columns, languages=languages,
        templates=[letter_text(letter) for letter in site.letters], source_code=site.source_letter.code,
        locations=locations, groups=list(dict.fromkeys(g for loc in locations for g in loc.groups)),
        letterhead=Letterhead(org.name, logo_href, None),
        meeting_minutes=org.meeting_minutes,
        errors=words.errors.model_dump(),
        word_file=KIND.word_file("families"))


def render_batch_page(view: BatchPage, markdown: str = "") -> str:
    """The whole Markdown of the batch page: title, an introduction of the fork's own (if any),
    the table, the tools, and the hidden letter templates."""
    return page_markdown(view.words.title, markdown, render("letter_batch.html", view=view))


class LetterBatchKind(Kind):
    name = "letter_batch"
    route_kind = "letter-batch"
    template = "letter_batch.html"
    word_name = "uitnodigingen-kennismakingsgesprek"  # one Word file with every family's letter
    edit_source = "_data/labels.yml"  # its words; its letters have their own pages
    scripts = ("calendar.js", "letter-batch.js")
    generated = True
    own_language = False

    def names(self, site: Site) -> list[str]:
        return ["families"]

    def src(self, site: Site, name: str) -> str:
        return "brief/meerdere.md"  # beside the letters

    def title(self, site: Site, name: str, lang: str) -> str:
        return site.labels[lang].letter_batch.title

    def view(self, ctx: PageContext, name: str) -> BatchPage:
        return build_batch_page(ctx.site, ctx.lang, ctx.logo_href())

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        ctx.meta["hide"] = ["navigation", "toc"]  # the families' table needs the page's width
        return render_batch_page(self.view(ctx, route.name), markdown)

    def sort_key(self, site: Site, name: str, lang: str):
        return None  # among the letters' pages by extra.nav_order (brief/)


KIND = LetterBatchKind()
