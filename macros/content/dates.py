"""Every letter language can write its dates and times: the check made at load.

letter.js fills a letter's date and time from its locale's CLDR patterns (see
macros/render/dates.py, which gives the page those patterns as data). It knows the pattern
fields in `SUPPORTED`; a letter language whose full date or short time pattern uses another
field would print a wrong date, so the content does not load.

The locale is the language as used in the Netherlands where CLDR has that (nl_NL, en_NL),
otherwise the language itself.
"""
from __future__ import annotations

from babel import Locale, UnknownLocaleError, localedata
from babel.dates import tokenize_pattern

from ._common import located

# The pattern fields letter.js can fill in, with the widths it knows.
SUPPORTED = {
    "E": {1, 2, 3, 4},  # day of the week: abbreviated (1-3) or wide (4)
    "d": {1, 2},        # day of the month
    "M": {1, 2, 3, 4},  # month, formatting context: number, abbreviated, wide
    "L": {1, 2, 3, 4},  # month, stand-alone context
    "y": {1, 2, 4},     # year
    "H": {1, 2}, "h": {1, 2}, "K": {1, 2}, "k": {1, 2},  # hours
    "m": {1, 2},        # minutes
    "a": {1, 2, 3},     # AM/PM marker
}


class DateFormatError(ValueError):
    """A locale whose date or time pattern uses a field letter.js cannot fill in."""


def letter_locale(code: str) -> str:
    """The Babel locale for a letter language: the language in the Netherlands if CLDR has it."""
    nl = f"{code}_NL"
    return nl if nl in localedata.locale_identifiers() else code


def patterns(code: str) -> tuple[Locale, str, str]:
    """(locale, full date pattern, short time pattern) of a letter language."""
    locale = Locale.parse(letter_locale(code))
    return locale, locale.date_formats["full"].pattern, locale.time_formats["short"].pattern


def pattern_parts(pattern: str, what: str, code: str) -> list[list]:
    """A pattern cut into literal text and fields: [["text", "de "], ["d", 1], …]. Raises
    DateFormatError for a field letter.js cannot fill in."""
    parts: list[list] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            if parts and parts[-1][0] == "text":
                parts[-1][1] += value
            else:
                parts.append(["text", value])
            continue
        letter, width = value
        if width not in SUPPORTED.get(letter, ()):
            raise DateFormatError(
                f"brief/{code}.md: het {'datum' if what == 'date' else 'tijd'}patroon van locale "
                f"{letter_locale(code)!r} ({pattern!r}) gebruikt het veld {letter * width!r}, dat "
                f"letter.js niet invult / the {what} pattern of locale {letter_locale(code)!r} "
                f"({pattern!r}) uses the field {letter * width!r}, which letter.js does not "
                f"fill in (it knows {', '.join(sorted(SUPPORTED))})")
        parts.append([letter, width])
    return parts


def check_letter_dates(letters, problems: list[str]) -> None:
    """Each letter's language has CLDR data and patterns letter.js can fill in."""
    for letter in letters:
        try:
            _, date, time = patterns(letter.code)
            pattern_parts(date, "date", letter.code)
            pattern_parts(time, "time", letter.code)
        except DateFormatError as err:
            problems.append(str(err))
        except (UnknownLocaleError, ValueError):
            problems.append(located(
                letter.path, None,
                f"de taalcode '{letter.code}' (de bestandsnaam) kent Babel niet; kies een taalcode "
                "zoals de of ro",
                f"language code '{letter.code}' (the file's name) is unknown to Babel; expected a "
                "code such as de or ro"))
