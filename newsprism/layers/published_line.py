"""A publication date printed in a text's header lines, for texts pasted or saved without metadata.

Web pages copied as text keep lines such as "Published: 24 November 2026, 14:32", "By Ngwa Bih,
Bamenda | 24 November 2026" or a date alone under the headline. When the caller gave no
publication date, the meta layer fills ``article.published`` from the first such line in the
first lines of the text, so that "on Monday" counts from the day the report came out rather than
from the latest date the body happens to mention. Only full dates count; a slashed date whose
numbers could be day or month ("11/10/2026") is left alone, and "Updated:" lines are not read (the
update is not when the report was written).
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.temporal.grammar import lexicon

MONTH = (  # month names as datelines and header lines write them (the meta layer uses it too)
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?\s+"
_DATE = (
    rf"(?:{_WEEKDAY})?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+(?:19|20)\d\d"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)"
)
_TIME = r"(?:(?:,|\s+at|\s+-|\s+\u2013)?\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,4}|GMT[+-]?\d{0,2}))?)?"
_LABEL = r"(?:(?:first\s+)?published|posted|date)(?:\s+on)?\s*:?"
# "Published: 24 November 2026, 14:32"; "By Ngwa Bih, Bamenda | 24 November 2026"; a date alone
_LINES = (
    ("published-line", re.compile(rf"^[ \t]*{_LABEL}\s*{_DATE}{_TIME}[ \t.]*(?:[|\u00b7\u2022].*)?$", re.I | re.M)),
    (
        "byline-date",
        re.compile(  # the author, then an outlet or place field or two: "By Staff | Indus Daily Courier | 27 Nov 2026"
            rf"^[ \t]*By\s+[^|\n\u00b7\u2022]{{2,80}}?(?:\s*[|\u00b7\u2022]\s*[^|\n\u00b7\u2022]{{2,60}}?){{0,2}}"
            rf"\s*[|\u00b7\u2022\u2013\u2014-]\s*{_DATE}{_TIME}[ \t.]*$",
            re.M,
        ),
    ),
    ("date-line", re.compile(rf"^[ \t]*{_DATE}{_TIME}[ \t.]*$", re.M)),
)
HEAD_LINES = 6  # the header: the title and the lines under it, not a chronology further down
WHY = {
    "published-line": "a 'Published: …' line in the text's header",
    "byline-date": "the date on the byline in the text's header",
    "date-line": "a date alone on a line under the headline",
}


def parse(raw: str) -> dt.date | None:
    """The calendar day of a header date, or None when it is not one day for certain."""
    months = lexicon()["months"]
    raw = raw.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", raw):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})", raw):
            a, b, year = int(m[1]), int(m[3]), int(m[4])
            if m[2] == "/" and a <= 12 and b <= 12 and a != b:
                return None  # 11/10/2026: the tenth of November or the eleventh of October
            day, month = (b, a) if m[2] == "/" and b > 12 else (a, b)
            return dt.date(year, month, day)
        if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", raw):
            return dt.date(int(m[3]), months[m[2].lower()], int(m[1]))
        if m := re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", raw):
            return dt.date(int(m[3]), months[m[1].lower()], int(m[2]))
    except (ValueError, KeyError):
        return None
    return None


def head_lines(text: str) -> list[re.Match]:
    """The header's non-blank lines (at most ``HEAD_LINES``, within the first 1,500 characters)."""
    return list(re.finditer(r"[^\n]*\S[^\n]*", text[:1500]))[:HEAD_LINES]


def find(text: str) -> tuple[str, dt.date, int, int] | None:
    """(how, date, start, end of the date) of the header's publication date, if it has one.

    Read only in the first lines; the first line (the headline) is never a date line."""
    lines = head_lines(text)
    for i, line in enumerate(lines):
        if len(line.group()) > 140:
            continue
        for how, pattern in _LINES:
            if how == "date-line" and (i == 0 or i > 2):
                continue
            m = pattern.fullmatch(line.group())
            if m and (day := parse(m.group("date"))):
                return how, day, line.start() + m.start("date"), line.start() + m.end("date")
    return None
