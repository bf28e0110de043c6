"""Which date relative expressions are counted from, and how that date was chosen.

1. ``published``: the article's publication date, when known — unless the dateline gives a day
   one to seven days before it ("GOMA, Feb 14" in a report published on Feb 16): the report was
   filed that day and counts its "on Tuesday" and "overnight" from it (source ``dateline``).
2. ``dateline``: a dateline with a full date ("MOSCOW, July 18, 2023 (TASS) —").
3. ``inferred_from_text``: the latest explicit full date in the text ("November 10, 2020"):
   a report is written on or after the events it dates in full, so this is a lower bound.
   When the dateline gives a day and month without a year ("Baku, April 26"), the anchor is
   that day in the first year on or after the latest full date.
   A day named with its weekday ("Sunday, April 23") is a full date when the text names a
   year: the first year, on or after the latest year named, in which that day is that weekday
   (the weekday recurs only every 5, 6 or 11 years, so the lower bound settles it).
4. ``none``: no anchor; values stay underspecified (``XXXX-07-15``, ``XXXX-WXX-2``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsprism.temporal.grammar import lexicon


@dataclass(frozen=True)
class Anchor:
    date: dt.date | None
    source: str  # published | dateline | inferred_from_text | none
    why: str
    evidence: tuple[int, int] | None = None  # offsets of the text the anchor came from
    lower_bound: bool = False  # the report was written on this day or later (not exactly then)


def _dateline_date(dateline: dict | None) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from the meta layer's dateline attrs ("April 26", "24th November 2026")."""
    raw = (dateline or {}).get("date")
    if not raw:
        return None
    months = lexicon()["months"]
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,\s*(\d{4}))?", raw)
    if m and m.group(1).lower() in months:
        return months[m.group(1).lower()], int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?", raw)
    if m and m.group(2).lower() in months:
        return months[m.group(2).lower()], int(m.group(1)), int(m.group(3)) if m.group(3) else None
    # "23.11.2026", "26-11-2026": day, month, year (audit 12 L2b, audit 13 L1); "26/11/2026" or
    # "11/26/2026" only when one number cannot be a month (audit 17 L1: "11/10/2026" is either)
    m = re.fullmatch(r"\s*(\d{1,2})([./-])(\d{1,2})\2(\d{4})\.?\s*", raw)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if m.group(2) == "/" and b > 12 >= a:
        a, b = b, a  # month first, as the US press writes it
    elif m.group(2) == "/" and a <= 12 and a != b:
        return None
    if 1 <= a <= 31 and 1 <= b <= 12:
        return b, a, year
    return None


# A wire report is often published a day or more after the day its dateline gives; a dateline
# further back than this is more likely a misread than a filing day.
_FILED_WITHIN_DAYS = 7


def _filed_before(published: dt.date, dl: tuple[int, int, int | None] | None) -> dt.date | None:
    """The dateline's day when it falls 1–7 days before the publication date (the year from the
    dateline, else the publication's year, or the one before across New Year)."""
    if not dl:
        return None
    for year in (dl[2],) if dl[2] else (published.year, published.year - 1):
        try:
            d = dt.date(year, dl[0], dl[1])
        except ValueError:
            continue
        if 0 < (published - d).days <= _FILED_WITHIN_DAYS:
            return d
    return None


def weekday_dated(days: list[tuple[int, int, int, int, int]], low: int) -> list[tuple[dt.date, int, int]]:
    """Full dates from days named with their weekday, ``(month, day, isoweekday, start, end)``.

    The year is the first one on or after ``low``, the latest year the text names as reached, in
    which the day falls on that weekday (with no year named there is no lower bound, and the
    weekday alone fits too many years to choose one: the caller does not ask).
    """
    found = []
    for month, day, wd, start, end in days:
        for year in range(low, low + 29):  # the calendar repeats within 28 years
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d.isoweekday() == wd:
                found.append((d, start, end))
                break
    return found


def choose(
    published: dt.date | None,
    dateline: dict | None,
    full_dates: list[tuple[dt.date, int, int]],
    by_weekday: int | None = None,
) -> Anchor:
    """Pick the anchor. ``full_dates``: (date, start, end) of explicit day-month-year dates in the text.

    ``by_weekday``: the full dates are days named with their weekday, their year found by
    ``weekday_dated`` from this lower bound (said in the reason, as the year rests on it).
    """
    dl = _dateline_date(dateline)
    if published:
        filed = _filed_before(published, dl)
        if filed:
            days = (published - filed).days
            return Anchor(
                filed,
                "dateline",
                f"the dateline's day ({dateline['date']}), {days} day{'s' if days > 1 else ''} before the publication "
                f"date ({published.isoformat()}): the report was filed then, and its 'on Tuesday' counts from that day",
            )
        return Anchor(published, "published", "the article's publication date")
    if dl and dl[2]:
        try:
            return Anchor(dt.date(dl[2], dl[0], dl[1]), "dateline", f"the dateline's full date ({dateline['date']})")
        except ValueError:
            pass
    if full_dates:
        latest, start, end = max(full_dates, key=lambda f: f[0])
        how = (
            f": the text names it as a {latest:%A}, and {latest.year} is the first year on or after "
            f"{by_weekday}, the latest year it names, in which {latest:%B} {latest.day} is a {latest:%A}"
            if by_weekday
            else ""
        )
        if dl:
            for year in (latest.year, latest.year + 1):
                try:
                    d = dt.date(year, dl[0], dl[1])
                except ValueError:
                    continue
                if d >= latest:
                    return Anchor(
                        d,
                        "dateline",
                        f"no publication date: the dateline's day ({dateline['date']}) in the first year on or after "
                        f"the latest full date in the text ({latest.isoformat()}{how}); the year is a lower bound",
                        (start, end),
                        lower_bound=True,
                    )
        return Anchor(
            latest,
            "inferred_from_text",
            f"no publication date: the latest full date in the text ({latest.isoformat()}{how}), a lower bound for when it was written",
            (start, end),
            lower_bound=True,
        )
    return Anchor(None, "none", "no publication date and no full date in the text: values stay underspecified")
