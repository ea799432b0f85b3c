"""How each letter language writes a date and a time, from Babel's CLDR data, for letter.js.

Browsers do not all know every language (Debian's Chromium has no `Intl` data for Tigrinya or
Somali and silently writes US English). So the build gives each letter its own formats: the
full date pattern and the short time pattern of its locale, cut into literal text and fields,
with the month, day and day-period names those fields need. letter.js fills them in the same
way in every browser, and the Word file made in the browser gets the same text as the paper.

Which fields letter.js knows, and the check that every letter language uses only those (made
when the content is loaded), are in macros/content/dates.py. Digits are Latin, as Babel
writes them.
"""
from __future__ import annotations

import json

from ..content.dates import DateFormatError, letter_locale, pattern_parts, patterns

__all__ = ["DateFormatError", "date_formats", "date_formats_attribute", "letter_locale"]


def date_formats(code: str) -> dict:
    """The date and time formats of a letter language, as plain data (see letter.js)."""
    locale, date_pattern, time_pattern = patterns(code)
    # Babel numbers days from Monday (0); JavaScript's getDay() from Sunday (0).
    day = lambda width: [locale.days["format"][width][(i + 6) % 7] for i in range(7)]  # noqa: E731
    month = lambda context, width: [locale.months[context][width][i] for i in range(1, 13)]  # noqa: E731
    periods = locale.day_periods["format"]["abbreviated"]
    return {
        "locale": str(locale),
        "date": pattern_parts(date_pattern, "date", code),
        "time": pattern_parts(time_pattern, "time", code),
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
