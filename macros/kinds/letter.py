"""The invitation letter, one page per letter language (docs/brief/<code>.md): the letter with
its form, the letterhead of the chosen location, its print and calendar tools. The page is in
the letter's own language in every site language (its labels in the reader's). Its view model
is `LetterPage`, its template macros/templates/letter_page.html."""
from __future__ import annotations

from dataclasses import dataclass

from ..content import LETTER_FIELDS, Letter, Site
from ..render.jinja import page_markdown, render
from ..render.letters import Letterhead, LetterText, Place, language_name, letter_order, letter_text, place, status_text
from .base import Kind, PageContext, Route


@dataclass
class FormField:
    key: str
    type: str
    label: str
    choices: str | None  # the id of a datalist with suggestions


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
    word_file: str  # the Word file's name without .docx (the kind's word_name)
    credit: str | None  # the source the letter is based on, as a line
    letterhead: Letterhead
    meeting_minutes: int  # the calendar file's duration (organisation.yml)


def build_letter_page(site: Site, letter: Letter, lang: str, word_file: str,
                      logo_href: str | None = None) -> LetterPage:
    words = site.labels[lang].letter
    source = site.source_letter
    org = site.organisation
    locations = [place(loc) for loc in org.locations]
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
        bilingual=bilingual, word_file=word_file, credit=credit(site, lang),
        letterhead=Letterhead(org.name, logo_href,
                              locations[0] if len(locations) == 1 else None),
        meeting_minutes=org.meeting_minutes)



def credit(site: Site, lang: str) -> str | None:
    ref = site.source_letter.meta.source
    if not ref:
        return None
    source = site.source(ref)
    year = f" ({source.year})" if source.year else ""
    return f"{source.author}, {source.text(lang).title}{year}"


def render_letter_page(view: LetterPage) -> str:
    """The whole Markdown of a letter's page."""
    return page_markdown(view.words.page_title.format(language=view.name), "",
                         render("letter_page.html", view=view))


class LetterKind(Kind):
    name = "letter"
    route_kind = "letter"
    template = "letter_page.html"
    word_name = "uitnodiging-kennismakingsgesprek-{name}"
    edit_source = None  # the letter's own file, docs/brief/<code>.md
    scripts = ("letter.js", "letterhead.js", "calendar.js")
    generated = False
    own_language = True

    def names(self, site: Site) -> list[str]:
        return [letter.code for letter in site.letters]

    def src(self, site: Site, name: str) -> str:
        return self._letter(site, name).path

    def title(self, site: Site, name: str, lang: str) -> str:
        return site.labels[lang].letter.page_title.format(language=language_name(name, lang))

    def view(self, ctx: PageContext, name: str) -> LetterPage:
        return build_letter_page(ctx.site, self._letter(ctx.site, name), ctx.lang,
                                 self.word_file(name), ctx.logo_href())

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        return render_letter_page(self.view(ctx, route.name))

    def sort_key(self, site: Site, name: str, lang: str):
        """The source (Dutch) letter first, then the others by their name in the reader's
        language: the order of every list of letters (render/letters.py, letter_order)."""
        return (1, *letter_order(self._letter(site, name), lang))

    @staticmethod
    def _letter(site: Site, name: str) -> Letter:
        return next(x for x in site.letters if x.code == name)


KIND = LetterKind()
