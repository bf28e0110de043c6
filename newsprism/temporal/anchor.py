"""Which date relative expressions are counted from, and how that date was chosen.

1. ``published``: the article's publication date, when known.
2. ``dateline``: a dateline with a full date ("MOSCOW, July 18, 2023 (TASS) —").
3. ``inferred_from_text``: the latest explicit full date in the text ("November 10, 2020"):
   a report is written on or after the events it dates in full, so this is a lower bound.
   When the dateline gives a day and month without a year ("Baku, April 26"), the anchor is
   that day in the first year on or after the latest full date.
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


def _dateline_date(dateline: dict | None) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from the meta layer's dateline attrs ("April 26", "26 April 2023")."""
    raw = (dateline or {}).get("date")
    if not raw:
        return None
    months = lexicon()["months"]
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?", raw) or None
    if m and m.group(1).lower() in months:
        return months[m.group(1).lower()], int(m.group(2)), int(m.group(3)) if m.group(3) else None
    m = re.search(r"(\d{1,2})\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?", raw)
    if m and m.group(2).lower() in months:
        return months[m.group(2).lower()], int(m.group(1)), int(m.group(3)) if m.group(3) else None
    return None


def choose(published: dt.date | None, dateline: dict | None, full_dates: list[tuple[dt.date, int, int]]) -> Anchor:
    """Pick the anchor. ``full_dates``: (date, start, end) of explicit day-month-year dates in the text."""
    if published:
        return Anchor(published, "published", "the article's publication date")
    dl = _dateline_date(dateline)
    if dl and dl[2]:
        try:
            return Anchor(dt.date(dl[2], dl[0], dl[1]), "dateline", f"the dateline's full date ({dateline['date']})")
        except ValueError:
            pass
    if full_dates:
        latest, start, end = max(full_dates, key=lambda f: f[0])
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
                        f"the latest full date in the text ({latest.isoformat()}); the year is a lower bound",
                        (start, end),
                    )
        return Anchor(
            latest,
            "inferred_from_text",
            f"no publication date: the latest full date in the text ({latest.isoformat()}), a lower bound for when it was written",
            (start, end),
        )
    return Anchor(None, "none", "no publication date and no full date in the text: values stay underspecified")
