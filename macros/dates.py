"""How each letter language writes a date and a time, from Babel's CLDR data, for letter.js.

Browsers do not all know every language (Debian's Chromium has no `Intl` data for Tigrinya or
Somali and silently writes US English). So the build gives each letter its own formats: the
full date pattern and the short time pattern of its locale, cut into literal text and fields,
with the month, day and day-period names those fields need. letter.js fills them in the same
way in every browser, and the Word file made in the browser gets the same text as the paper.

The locale is the language as used in the Netherlands where CLDR has that (nl_NL, en_NL:
"Thursday, 3 December 2026", "14:30"), otherwise the language itself. Digits are Latin, as
Babel writes them.
"""
from __future__ import annotations

import json

from babel import Locale, localedata
from babel.dates import tokenize_pattern

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


def _parts(pattern: str, what: str, code: str) -> list[list]:
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
                f"brief/{code}.md: the {what} pattern of locale {letter_locale(code)!r} "
                f"({pattern!r}) uses the field {letter * width!r}, which letter.js does not "
                f"fill in (it knows {', '.join(sorted(SUPPORTED))})")
        parts.append([letter, width])
    return parts


def date_formats(code: str) -> dict:
    """The date and time formats of a letter language, as plain data (see letter.js)."""
    locale = Locale.parse(letter_locale(code))
    date_pattern = locale.date_formats["full"].pattern
    time_pattern = locale.time_formats["short"].pattern
    # Babel numbers days from Monday (0); JavaScript's getDay() from Sunday (0).
    day = lambda width: [locale.days["format"][width][(i + 6) % 7] for i in range(7)]  # noqa: E731
    month = lambda context, width: [locale.months[context][width][i] for i in range(1, 13)]  # noqa: E731
    periods = locale.day_periods["format"]["abbreviated"]
    return {
        "locale": str(locale),
        "date": _parts(date_pattern, "date", code),
        "time": _parts(time_pattern, "time", code),
        "days": {"wide": day("wide"), "abbreviated": day("abbreviated")},
        "months": {
            "format": {"wide": month("format", "wide"), "abbreviated": month("format", "abbreviated")},
            "stand-alone": {"wide": month("stand-alone", "wide"),
                            "abbreviated": month("stand-alone", "abbreviated")},
        },
        "periods": [periods["am"], periods["pm"]],
    }


def date_formats_attribute(code: str) -> str:
    """date_formats() as JSON for a data attribute (the caller escapes it for HTML)."""
    return json.dumps(date_formats(code), ensure_ascii=False, separators=(",", ":"))

