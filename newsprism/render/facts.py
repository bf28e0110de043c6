"""The header's facts (outlet, date, language), shared by the terminal and HTML reports.

A report without a publication date is still dated when its dateline or its own full dates
gave the time layer an anchor; the header shows that anchor with where it came from, so a
reader sees "dateline 2025-05-14" instead of "date unknown" and does not take it for metadata.
"""

from __future__ import annotations

from newsprism.model import Analysis

_FROM = {"dateline": "dateline", "inferred_from_text": "from the text"}


def date_fact(analysis: Analysis) -> str:
    """The publication date; else the time layer's anchor and its source; else 'date unknown'."""
    published = analysis.article.published
    return date_text(published.isoformat() if published else None, analysis.summary.get("time"))


def date_text(published: str | None, time: dict | None) -> str:
    """``date_fact`` from a publication date (ISO) and a ``summary.time`` (as a comparison keeps them)."""
    if published:
        return published
    time = time or {}
    anchor, source = time.get("anchor"), str(time.get("anchor_source") or "")
    how = _FROM.get(source.split(":", 1)[0])
    if anchor and how:
        lower_bound = bool(time.get("anchor_lower_bound")) or source.startswith("inferred_from_text")
        return f"no publication date; {how} {anchor}{' or later' if lower_bound else ''}"
    return "date unknown"
