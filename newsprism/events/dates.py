"""A small date resolver for event times when the ``time`` layer did not run.

The ``time`` layer is the real normaliser; this fallback covers the forms news reports use
around events ("on Tuesday", "April 23 this year", "Sunday, April 23", "November 9, 2020",
"next week", "early May", "2020"), anchored on the publication date. Weekdays resolve to the
latest such day on or before the publication date for past events and the next one on or
after it for future events. Anything else stays unresolved (None): no guessing.
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.resources import load_json

MONTHS: dict[str, int] = load_json("time", "lexicon.json")["months"]  # one month table: the time layer's
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?", re.I)
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})\.?(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_MONTH_YEAR = re.compile(rf"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<m>{_MONTH_RE})\.?(?:\s+(?P<y>\d{{4}}))?\b", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?P<y>(?:19|20)\d{2})$", re.I)
_WEEKDAY = re.compile(rf"\b(?P<w>{'|'.join(WEEKDAYS)})\b", re.I)
_REL = {"today": 0, "yesterday": -1, "tomorrow": 1}


def resolve(text: str, anchor: dt.date | None, future: bool = False) -> tuple[str | None, str]:
    """(ISO value or None, how it was obtained) for a date expression."""
    t = text.strip().lower()
    m = _MONTH_DAY.search(t) or _DAY_MONTH.search(t)
    if m:
        month, day = MONTHS[m.group("m").lower()], int(m.group("d"))
        if m.group("y"):
            return _iso(int(m.group("y")), month, day), "explicit full date"
        if anchor is None:
            return f"XXXX-{month:02d}-{day:02d}", "month and day; no anchor for the year"
        return _iso(anchor.year, month, day), "month and day; year of the publication date"
    if (y := _YEAR.match(t)) is not None:
        return y.group("y"), "explicit year"
    if anchor is None:
        return None, "relative expression and no publication date"
    for word, delta in _REL.items():
        if re.search(rf"\b{word}\b", t):
            return (anchor + dt.timedelta(days=delta)).isoformat(), f"'{word}' from the publication date"
    if (w := _WEEKDAY.search(t)) is not None:
        target = WEEKDAYS.index(w.group("w").lower())
        delta = (target - anchor.weekday()) % 7
        day = anchor + dt.timedelta(days=delta) if future else anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)
        how = "next" if future else "latest"
        return day.isoformat(), f"weekday: the {how} {w.group('w').title()} relative to the publication date"
    if re.search(r"\b(next|last|this) week\b", t):
        shift = {"next": 1, "last": -1, "this": 0}[re.search(r"\b(next|last|this) week", t).group(1)]
        year, week, _ = (anchor + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}", "week relative to the publication date"
    m = _MONTH_YEAR.search(t)
    if m:
        month = MONTHS[m.group("m").lower()]
        if m.group("y"):
            return f"{int(m.group('y'))}-{month:02d}", "explicit month and year"
        year = anchor.year
        if future and month < anchor.month:
            year += 1
        elif not future and month > anchor.month:
            year -= 1
        return f"{year}-{month:02d}", "month; year of the publication date"
    return None, "not a resolvable date"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
