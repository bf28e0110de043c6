"""Flat event rows (one per event) with PLOVER-style field names, for CSV and Parquet.

The renderers only read ``records.events``; this module fixes the column order and types
so that both formats carry the same table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsprism.model import Analysis

# (column, type) — types name the Parquet column type: str, int, float, bool
COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "str"),
    ("outlet", "str"),
    ("url", "str"),
    ("published", "str"),
    ("event_id", "str"),
    ("event_type", "str"),
    ("mode", "str"),
    ("form", "str"),
    ("trigger", "str"),
    ("trigger_start", "int"),
    ("trigger_end", "int"),
    ("actor", "str"),
    ("actor_id", "str"),
    ("actor_span", "str"),
    ("recipient", "str"),
    ("recipient_id", "str"),
    ("recipient_span", "str"),
    ("action", "str"),
    ("merged", "str"),
    ("about_event", "str"),
    ("presupposed_by", "str"),
    ("location_name", "str"),
    ("location_id", "str"),
    ("lat", "float"),
    ("lon", "float"),
    ("country", "str"),
    ("location_span", "str"),
    ("date", "str"),
    ("date_source", "str"),
    ("date_not_after", "str"),
    ("time_span", "str"),
    ("time_value", "str"),
    ("negated", "bool"),
    ("modality", "str"),
    ("attributed_to", "str"),
    ("fine_type", "str"),
    ("fine_type_score", "float"),
    ("confidence", "float"),
    ("sentence_start", "int"),
    ("sentence_end", "int"),
    ("source", "str"),
)
FIELDS = tuple(name for name, _ in COLUMNS)


def _arg(arg: dict | None, key: str) -> Any:
    return arg.get(key) if arg else None


def _merged(merged: list[dict] | None) -> str | None:
    """The verbs folded into a nominal event, as written ('killed four civilians; wounded')."""
    if not merged:
        return None
    parts = [
        m["trigger_text"] + (f" {m['recipient']}" if m.get("recipient") else "") + (" (headline)" if m.get("headline") else "")
        for m in merged
    ]
    return "; ".join(parts)


def rows(analyses: Iterable[Analysis]) -> Iterable[dict[str, Any]]:
    """One dict per event, keys in ``FIELDS`` order; missing values are None."""
    for analysis in analyses:
        art = analysis.article
        for ev in analysis.records.get("events", []):
            trigger = analysis.span(ev["trigger"]) if ev.get("trigger") else None
            loc = ev.get("location")
            fine = ev.get("fine_type") or {}
            yield {
                "article_id": art.id,
                "outlet": art.outlet,
                "url": art.url,
                "published": art.published.isoformat() if art.published else None,
                "event_id": ev["id"],
                "event_type": ev["event_type"],
                "mode": ev.get("mode"),
                "form": ev.get("form"),
                "trigger": ev.get("trigger_text"),
                "trigger_start": trigger.start if trigger else None,
                "trigger_end": trigger.end if trigger else None,
                "actor": _arg(ev.get("actor"), "text"),
                "actor_id": _arg(ev.get("actor"), "id"),
                "actor_span": _arg(ev.get("actor"), "span"),
                "recipient": _arg(ev.get("recipient"), "text"),
                "recipient_id": _arg(ev.get("recipient"), "id"),
                "recipient_span": _arg(ev.get("recipient"), "span"),
                "action": ev.get("action"),
                "merged": _merged(ev.get("merged")),
                "about_event": ev.get("about_event"),
                "presupposed_by": "; ".join(ev.get("presupposed_by") or ()) or None,
                "location_name": (_arg(loc, "name") or _arg(loc, "text")),
                "location_id": _arg(loc, "id"),
                "lat": _arg(loc, "lat"),
                "lon": _arg(loc, "lon"),
                "country": _arg(loc, "country"),
                "location_span": _arg(loc, "span"),
                "date": ev.get("date"),
                "date_source": ev.get("date_source"),
                "date_not_after": ev.get("date_not_after"),
                "time_span": ev.get("time"),
                "time_value": ev.get("time_value"),
                "negated": bool(ev.get("negated")),
                "modality": ev.get("modality"),
                "attributed_to": _arg(ev.get("attributed_to"), "name") or _arg(ev.get("attributed_to"), "text"),
                "fine_type": fine.get("type"),
                "fine_type_score": fine.get("score"),
                "confidence": ev.get("confidence"),
                "sentence_start": ev.get("sentence_start"),
                "sentence_end": ev.get("sentence_end"),
                "source": ev.get("source"),
            }
