"""Calendar arithmetic on TIMEX3 values: shifting an anchor by N units at the unit's granularity,
and picking the year of a month, day, weekday, quarter or season from a direction.

A direction is ``"past"`` (the most recent one at or before the anchor), ``"future"`` (the
next one at or after it) or ``""`` (unknown: the one nearest the anchor).
"""

from __future__ import annotations

import datetime as dt
import re

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + (d.month - 1) + n
    return m // 12, m % 12 + 1


def shift(anchor: dt.date, n: int, unit: str) -> str:
    """The anchor moved by ``n`` units, written at the unit's granularity (2023-04-25, 2023-W18 …)."""
    if unit in ("D", "H", "TH", "TM", "TS", "S"):
        return (anchor + dt.timedelta(days=n if unit == "D" else 0)).isoformat()
    if unit == "W":
        return week(anchor + dt.timedelta(weeks=n))
    if unit == "2W":
        return week(anchor + dt.timedelta(weeks=2 * n))
    if unit == "M":
        y, m = add_months(anchor, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Q":
        q = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    raise ValueError(unit)


def shift_value(value: str, n: int, unit: str) -> str | None:
    """Shift a resolved value (date, month, quarter, year, week) by n units, keeping its
    granularity when the unit is a year ("a year earlier" than 1989-Q3 is 1988-Q3)."""
    m = re.fullmatch(r"(\d{4})(-.*)?", value)
    if not m:
        return None
    if unit == "Y":
        rest = m.group(2) or ""
        if re.fullmatch(r"-\d\d-\d\d", rest) and rest == "-02-29":
            rest = "-02-28"
        if rest.startswith("-W"):
            return f"{int(m.group(1)) + n:04d}{rest}"
        return f"{int(m.group(1)) + n:04d}{rest}"
    base = to_date(value)
    return shift(base, n, unit) if base else None


def to_date(value: str) -> dt.date | None:
    """The first day a value denotes, when it has a year (2023-04 → 2023-04-01)."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return dt.date(int(m.group(1)), int(m.group(2)), 1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return dt.date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{4})", value):
        return dt.date(int(m.group(1)), 1, 1)
    return None


def _pick(anchor_key: tuple, key_of_year, direction: str, year: int) -> int:
    """The year in {year-1, year, year+1} whose candidate fits the direction."""
    this = key_of_year(year)
    if direction == "past":
        return year if this <= anchor_key else year - 1
    if direction == "future":
        return year if this >= anchor_key else year + 1
    return year


def month_year(anchor: dt.date, month: int, direction: str, target: bool = True) -> int:
    """Year of a bare month: as for ``day_year``, the nearest wins over a past-tense choice
    more than nine months back when the nearest is within two months, for a month a past verb
    aims at (``target``), not one a past event happened in ('The rebels seized the town in
    January', said in November: last January)."""
    gap = month - anchor.month
    nearest = anchor.year + (1 if gap < -6 else -1 if gap > 6 else 0)
    if direction == "":
        return nearest
    year = _pick((anchor.month,), lambda y: (month,), direction, anchor.year)
    near_gap = abs((nearest - anchor.year) * 12 + gap)
    far_gap = abs((year - anchor.year) * 12 + gap)
    return nearest if direction == "past" and target and far_gap > 9 and near_gap <= 2 else year


def day_year(anchor: dt.date, month: int, day: int, direction: str, target: bool = True) -> int:
    """Year of a day-and-month: the direction's choice, unless a past-tense choice is more than
    eight months back while the nearest one is within two ("was extended to Nov. 16" in late
    October means this November). That exception is for a date a past verb aims at (``target``:
    after to/until/by …); a past event on a day ("shelled the village on April 18" in mid-March)
    happened last year. A future choice stands ("will resume on March 1")."""
    gap = (month - anchor.month) * 31 + (day - anchor.day)
    nearest = anchor.year + (1 if gap < -183 else -1 if gap > 183 else 0)
    if direction == "":
        return nearest
    year = _pick((anchor.month, anchor.day), lambda y: (month, day), direction, anchor.year)
    near_gap = abs((nearest - anchor.year) * 372 + gap)
    far_gap = abs((year - anchor.year) * 372 + gap)
    return nearest if direction == "past" and target and far_gap > 248 and near_gap <= 62 else year


def quarter_year(anchor: dt.date, quarter: int, direction: str) -> int:
    current = (anchor.month - 1) // 3 + 1
    if direction == "future":
        return anchor.year if quarter >= current else anchor.year + 1
    return anchor.year if quarter <= current else anchor.year - 1


def season_year(anchor: dt.date, season: str, rel: str) -> int:
    """Year of 'last/next/this <season>' (winter belongs to the year it starts in)."""
    first = SEASON_MONTHS[season][0]
    y = anchor.year
    if season == "WI" and anchor.month <= 2:
        y -= 1
    if rel == "last":
        return y - 1
    if rel == "next":  # the coming one, unless it is under way (a winter from December to February)
        under_way = anchor.month in (12, 1, 2) if season == "WI" else anchor.month >= first
        return y + 1 if under_way else y
    return y


def weekday_date(anchor: dt.date, weekday: int, direction: str, strict: bool = False) -> dt.date:
    """The weekday (ISO 1-7) nearest the anchor in the direction; ``strict`` excludes the anchor itself."""
    back = (anchor.isoweekday() - weekday) % 7
    fwd = (weekday - anchor.isoweekday()) % 7
    if strict:
        back, fwd = back or 7, fwd or 7
    if direction == "future":
        return anchor + dt.timedelta(days=fwd)
    if direction == "past":
        return anchor - dt.timedelta(days=back)
    return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)


# --- moving feasts (computed offline; the rules and their checks are in docs/notes/time.md) ---


def easter(year: int, orthodox: bool = False) -> dt.date:
    """Easter Sunday (Gregorian date), Western or Orthodox: dateutil's computus (a pinned
    dependency already)."""
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN
    from dateutil.easter import easter as computus

    return computus(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)


_HEBREW_EPOCH = -1373427  # fixed (proleptic Gregorian ordinal) day before 1 Tishrei AM 1


def _hebrew_elapsed(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def rosh_hashanah(hebrew_year: int) -> dt.date:
    """1 Tishrei of a Hebrew year: the molad of Tishrei with the postponement rules (Calendrical
    Calculations' arithmetic; exact, no table)."""
    ny0, ny1, ny2 = (_hebrew_elapsed(hebrew_year + k) for k in (-1, 0, 1))
    delay = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return dt.date.fromordinal(_HEBREW_EPOCH + ny1 + delay)


def hebrew_day(gregorian_year: int, month: str, day: int) -> dt.date:
    """A day of a Hebrew month that falls in ``gregorian_year``: ``tishrei`` (the autumn new year),
    ``kislev`` (Hanukkah; Heshvan and Kislev lengths from the year's length) or ``nisan`` (15 Nisan
    is 163 days before the next 1 Tishrei)."""
    hy = gregorian_year + 3761  # the Hebrew year whose 1 Tishrei is in this Gregorian autumn
    ny = rosh_hashanah(hy)
    if month == "tishrei":
        return ny + dt.timedelta(days=day - 1)
    if month == "kislev":
        length = (rosh_hashanah(hy + 1) - ny).days
        heshvan = 30 if length % 10 == 5 else 29
        return ny + dt.timedelta(days=30 + heshvan + day - 1)
    if month == "nisan":
        return ny - dt.timedelta(days=163 + 15 - day)
    raise ValueError(month)


_ISLAMIC_EPOCH = 227015  # 1 Muharram AH 1 (16 July 622, Julian), proleptic Gregorian ordinal


def islamic_day(gregorian_year: int, month: int, day: int) -> dt.date:
    """The tabular (arithmetic) Islamic date ``month``/``day`` that falls in ``gregorian_year`` (the
    first one if two do). Observed dates follow the moon sighting and differ by a day or two, and
    between countries, so callers must not write the result as an exact day."""

    def fixed(ah: int) -> int:
        return _ISLAMIC_EPOCH - 1 + (ah - 1) * 354 + (3 + 11 * ah) // 30 + 29 * (month - 1) + month // 2 + day

    ah = (30 * (dt.date(gregorian_year, 1, 1).toordinal() - _ISLAMIC_EPOCH) + 10646) // 10631
    for year in (ah - 1, ah, ah + 1, ah + 2):
        d = dt.date.fromordinal(fixed(year))
        if d.year == gregorian_year:
            return d
    raise ValueError(gregorian_year)


def feast(spec: dict, year: int) -> dt.date:
    """The (first) day of a moving holiday in ``year``, from its ``holidays_moving`` entry."""
    kind = spec["calendar"]
    if kind in ("easter", "orthodox_easter"):
        return easter(year, orthodox=kind == "orthodox_easter") + dt.timedelta(days=spec.get("offset", 0))
    if kind == "hebrew":
        return hebrew_day(year, spec["month"], spec["day"]) + dt.timedelta(days=spec.get("offset", 0))
    if kind == "islamic":
        return islamic_day(year, spec["month"], spec["day"])
    raise ValueError(kind)
