"""Casualty figures: the counts of the killed, wounded, detained … the report gives (the claim
layer's ``records.figures``), each with its words; the comparison lines them up across reports."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel


def _number(r: dict[str, Any]) -> str:
    """'at least 90', and '(running total)' for a figure in a sentence that may give one ('… since
    2020'): the comparison leaves those out; the report's own panel says so (review 11)."""
    value = r.get("value")
    shown = f"{value:g}" if isinstance(value, int | float) else str(value)
    return f"{r['how'] + ' ' if r.get('how') else ''}{shown}" + (" (running total)" if r.get("running_total") else "")


def _whose(r: dict[str, Any]) -> str:
    side = r.get("side")
    return side.replace("not:", "not ").replace("both_sides", "both sides") if side else "—"


def terminal(analysis: Analysis):
    recs = analysis.records.get("figures", [])
    if not recs:
        return None
    table = Table(title="Casualty figures", show_edge=False, pad_edge=False)
    for col in ("figure", "outcome", "victims", "side", "words"):
        table.add_column(col, overflow="fold")
    for r in recs:
        table.add_row(_number(r), r["outcome"], r["victims"], _whose(r), " ".join(r["text"].split()))
    return table


def html(analysis: Analysis) -> str | None:
    recs = analysis.records.get("figures", [])
    if not recs:
        return None
    rows = [h("tr", h("th", "figure"), h("th", "outcome"), h("th", "victims"), h("th", "side"), h("th", "words"))]
    for r in recs:
        rows.append(
            h(
                "tr",
                h("td", _number(r)),
                h("td", r["outcome"]),
                h("td", r["victims"]),
                h("td", _whose(r)),
                h("td", " ".join(r["text"].split()), h("div", r.get("why", ""), class_="why")),
                data_spans=r.get("span"),
            )
        )
    return Markup(h("table", join(rows), class_="consistency"))


PANEL = Panel("figures", "Casualty figures", 46, terminal=terminal, html=html, covers_records=("figures",))
