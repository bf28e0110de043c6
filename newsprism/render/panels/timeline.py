"""Timeline: the resolved dates of the report in calendar order, each linked to the words that
gave it, with the ``event`` records placed on their dates when the event layer ran.

Calendar values (``2023-04-25``, ``2023-W18``, ``2023-05``, ``2020``) are placed in order, then
dates whose year is unknown (``XXXX-07-15``) by month and day; durations,
sets and vague references (``PAST_REF``) are counted underneath. Undated events are left to
the events panel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsprism.model import Analysis, Span
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel

_CALENDAR = re.compile(r"^(?:\d{4}|XXXX-\d\d)")  # a year, or a known month/day of an unknown year


@dataclass
class Row:
    """One date on the timeline: its value, the time spans that say it, the events on it."""

    value: str
    spans: list[Span] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


_PARTS = {"MO": "06:00", "MI": "12:00", "AF": "13:00", "EV": "18:00", "NI": "21:00"}  # where a part of the day sits
_WEEKEND = re.compile(r"^(\d{4}-W\d\d)-WE$")


def _sort_key(value: str) -> tuple:
    """Known years first, in calendar order; then unknown-year dates (XXXX-07-15) by month and day. A
    week's weekend at its Saturday, a part of the day at its hour (MO < AF < EV < NI, among clock times),
    the bare day before them (audit 19 E10: 'the weekend' sorted after 'next month', 'the morning' after
    'Wednesday afternoon')."""
    import datetime as dt

    from newsprism.temporal.calendar import to_date

    if value.startswith("XXXX"):
        return (1, value, 0, "", value)
    day, _, clock = value.partition("T")
    d = to_date(day)
    if d is None and (weekend := _WEEKEND.match(day)):
        d = (to_date(weekend[1]) or dt.date.min) + dt.timedelta(days=5)
    hour = _PARTS.get(clock, clock)
    return (0, d.isoformat() if d else value[:4] + "-99", len(day), hour, value)


def _event_date(analysis: Analysis, rec: dict[str, Any]) -> str | None:
    date = rec.get("date")
    if not date and rec.get("time"):
        span = analysis.span(rec["time"]) if isinstance(rec["time"], str) else None
        date = span.attrs.get("value") if span is not None else None
    return date if isinstance(date, str) and _CALENDAR.match(date) else None


def rows(analysis: Analysis) -> list[Row]:
    """Timeline rows in calendar order (date spans first, then the events on those dates)."""
    by_value: dict[str, Row] = {}
    for s in analysis.spans_of("time"):
        value = s.attrs.get("value", "")
        if s.label in ("DATE", "TIME") and _CALENDAR.match(value):
            by_value.setdefault(value, Row(value)).spans.append(s)
    for rec in analysis.records.get("events", []):
        date = _event_date(analysis, rec)
        if date:
            by_value.setdefault(date, Row(date)).events.append(rec)
    return [by_value[v] for v in sorted(by_value, key=_sort_key)]


def _other_counts(analysis: Analysis) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in analysis.spans_of("time"):
        if not (s.label in ("DATE", "TIME") and _CALENDAR.match(s.attrs.get("value", ""))):
            key = s.label if s.label in ("DURATION", "SET") else "vague or undated"
            counts[key] = counts.get(key, 0) + 1
    return counts


def _event_label(rec: dict[str, Any]) -> str:
    actor = rec.get("actor") or {}
    who = actor.get("name") or actor.get("text") if isinstance(actor, dict) else None
    parts = [rec.get("event_type") or "event"]
    if rec.get("negated"):
        parts.append("(negated)")
    if rec.get("modality") and rec.get("modality") != "asserted":
        parts.append(f"({rec['modality']})")
    text = " ".join(parts) + f": {rec.get('trigger_text') or ''}"
    return f"{who} — {text}" if who else text


def _anchor_line(analysis: Analysis) -> str | None:
    info = analysis.summary.get("time")
    if not info:
        return None
    anchor = info.get("anchor") or "none"
    return f"anchor {anchor} ({info.get('anchor_source')}): {info.get('anchor_why')}"


def _anchor_html(analysis: Analysis) -> str | None:
    """The anchor line in words: what relative dates ('Tuesday', 'next week') were counted from."""
    info = analysis.summary.get("time")
    if not info:
        return None
    if not info.get("anchor"):
        return f"Relative dates ('Tuesday', 'next week') are not placed on the calendar: {info.get('anchor_why')}."
    return f"Relative dates ('Tuesday', 'next week') are counted from {info['anchor']}: {info.get('anchor_why')}."


_OTHER_WORDS = {"DURATION": "lengths of time such as '130 days'", "SET": "repeated times such as 'every week'"}


def terminal(analysis: Analysis):
    table_rows = rows(analysis)
    if not table_rows and "time" not in analysis.summary:
        return None
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, pad_edge=False)
    table.add_column("date", style="bold")
    table.add_column("said as", overflow="fold")
    table.add_column("events", overflow="fold")
    for row in table_rows:
        said = ", ".join(dict.fromkeys(f"“{s.text}”" for s in row.spans))
        events = "; ".join(_event_label(e) for e in row.events)
        table.add_row(row.value, said.replace("\n", " "), events)
    parts: list[Any] = [table]
    if line := _anchor_line(analysis):
        parts.append(Text(line, style="dim"))
    if others := _other_counts(analysis):
        parts.append(Text("not on the timeline: " + ", ".join(f"{k} {n}" for k, n in others.items()), style="dim"))
    return Group(*parts)


def _interleave(items: list[Markup], sep: str) -> list[Any]:
    out: list[Any] = []
    for i, item in enumerate(items):
        if i:
            out.append(sep)
        out.append(item)
    return out


def html(analysis: Analysis) -> str | None:
    table_rows = rows(analysis)
    if not table_rows and "time" not in analysis.summary:
        return None
    items = []
    for row in table_rows:
        said = [h("span", s.text, class_="timex", data_spans=s.id, title=s.attrs.get("why")) for s in row.spans]
        events = [
            h(
                "li",
                _event_label(e),
                class_="event",
                data_spans=" ".join(x for x in (e.get("trigger"), e.get("time")) if isinstance(x, str)) or None,
                title=e.get("why"),
            )
            for e in row.events
        ]
        ids = " ".join([s.id for s in row.spans] + [e["trigger"] for e in row.events if isinstance(e.get("trigger"), str)])
        items.append(
            h(
                "li",
                h("b", row.value, data_spans=ids or None),
                " ",
                join(_interleave(said, " · ")),
                h("ul", join(events)) if events else None,
                class_="timeline-row",
            )
        )
    parts = [h("ol", join(items), class_="timeline")] if items else [h("p", "No calendar dates in the text.", class_="note")]
    if line := _anchor_html(analysis):
        parts.append(h("p", line, class_="note"))
    if others := _other_counts(analysis):
        listed = ", ".join(f"{k} {n}" + (f" ({_OTHER_WORDS[k]})" if k in _OTHER_WORDS else "") for k, n in others.items())
        parts.append(h("p", "Time expressions not on the timeline: " + listed + ".", class_="note"))
    return Markup(join(parts))


PANEL = Panel("timeline", "Timeline", 30, terminal=terminal, html=html, covers_summary=("time",))
