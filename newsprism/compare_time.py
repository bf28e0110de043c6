"""When two reports' dates can be one incident: one rule for every part of the comparison (the
event rows, the casualty figures, the claims joined to rows).

A night ('overnight' in a Monday report: ``2026-11-22TNI``) runs from the evening of its day into
the small hours of the next, so it is the night of a clock time there ('about 2.40 am' on Monday:
``2026-11-23T02:40``, 'shortly after midnight': ``2026-11-22T24:00``); exact date strings kept
them apart (audit 12, E3/C4). The hours of the parts of the day are in ``data/compare/alignment.json``
(``parts_of_day``)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from newsprism.resources import load_json

_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(?:(\d\d):(\d\d)|([A-Z]{2})))?")


@cache
def _config() -> dict[str, object]:
    return load_json("compare", "alignment.json")["time_matching"]


def window(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The stretch of time a day-level value covers: a day, a part of a day (the night of the
    22nd: 18:00 on the 22nd to 06:00 on the 23rd), a clock time (widened by ``clock_slack_hours``
    each way: 'shortly after midnight' and '2.40 am' may be one attack); None for anything else (a
    month, a week, an unresolved day)."""
    m = _VALUE.fullmatch(value or "")
    if m is None:
        return None
    try:
        day = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if m.group(4) is not None:
        at = day + dt.timedelta(hours=int(m.group(4)), minutes=int(m.group(5)))
        slack = dt.timedelta(hours=float(_config()["clock_slack_hours"]))  # type: ignore[arg-type]
        return at - slack, at + slack
    if m.group(6) is not None:
        hours = _config()["parts_of_day"].get(m.group(6))  # type: ignore[attr-defined]
        if hours is None:
            return day, day + dt.timedelta(days=1)
        return day + dt.timedelta(hours=hours[0]), day + dt.timedelta(hours=hours[1])
    return day, day + dt.timedelta(days=1)


def may_be_same(a: str, b: str) -> bool:
    """Can two date values be one incident's? Day-level values when their stretches overlap (the
    night of the 22nd and 2.40 am on the 23rd); others when one is a prefix of the other (a day in
    its month)."""
    wa, wb = window(a), window(b)
    if wa is not None and wb is not None:
        return wa[0] < wb[1] and wb[0] < wa[1]
    week = _in_week(a, b) if wb is not None else _in_week(b, a) if wa is not None else None
    if week is not None:
        return week  # 'last week' (2026-W47) holds Tuesday the 17th, not Tuesday the 24th (audit 19 C6)
    return a.startswith(b[:10]) or b.startswith(a[:10])


def _in_week(week: str, day: str) -> bool | None:
    """Is the day in the ISO week ('2026-W47')? None when ``week`` is no week value."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", week)
    if m is None:
        return None
    try:
        on = dt.date(int(day[:4]), int(day[5:7]), int(day[8:10])).isocalendar()
    except ValueError:
        return None
    return (on[0], on[1]) == (int(m.group(1)), int(m.group(2)))


def row_day(value: str) -> str | None:
    """The day a dated telling's row is kept under: the day of a clock time or a part of the day
    ('2026-11-23T02:40' → '2026-11-23'; 'T24:00' is the next day's midnight), None for a night
    (it may belong to either of two days: see ``night_days``), the value itself for anything else
    (a month, a week)."""
    m = _VALUE.fullmatch(value)
    if m is None:
        return value
    if m.group(6) in _config()["night_parts"]:  # type: ignore[operator]
        return None
    w = window(value)
    if w is None:
        return value
    if m.group(4) is not None:
        return (w[0] + (w[1] - w[0]) / 2).date().isoformat()  # the clock time's own day (T24:00: the next)
    return value[:10]


def night_days(value: str) -> tuple[str, str] | None:
    """The two days a night value touches: (the evening's day, the small hours' day)."""
    m = _VALUE.fullmatch(value)
    if m is None or m.group(6) not in _config()["night_parts"]:  # type: ignore[operator]
        return None
    day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return day.isoformat(), (day + dt.timedelta(days=1)).isoformat()


def timed(value: str) -> bool:
    """A value finer than a day (a clock time, a part of the day): only such a telling shows that a
    night belongs to a day's row; a bare day may be its afternoon."""
    m = _VALUE.fullmatch(value)
    return m is not None and (m.group(4) is not None or m.group(6) is not None)


def in_night(value: str, night: str) -> bool:
    """Is the value that night, or a clock time inside it ('2026-10-11T23:30' in the night of the
    11th)? A row told only so is dated by its night, not by a day."""
    if value == night:
        return True
    m, w = _VALUE.fullmatch(value), window(night)
    if m is None or m.group(4) is None or w is None or night_days(night) is None:
        return False
    at = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))) + dt.timedelta(
        hours=int(m.group(4)), minutes=int(m.group(5))
    )
    return w[0] <= at < w[1]


def clash(a: str, b: str) -> bool:
    """Two parts of one day, or two clock times, that cannot meet ('the morning of the 25th' and
    'the evening of the 25th'): two incidents of one day, two rows. A clock time and a part of
    the day do not clash ('about 2.40 am' and 'on Monday morning' may tell one night's fighting)."""
    ma, mb = _VALUE.fullmatch(a), _VALUE.fullmatch(b)
    if ma is None or mb is None or (ma.group(4) is None) != (mb.group(4) is None):
        return False
    if ma.group(4) is None and (ma.group(6) is None or mb.group(6) is None):
        return False  # a bare day
    return not may_be_same(a, b)
