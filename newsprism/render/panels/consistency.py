"""Internal consistency: one referent given two values in the same report, side by side."""

from __future__ import annotations

from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel


def _text(analysis: Analysis, span_id: str | None) -> str:
    s = analysis.span(span_id) if span_id else None
    return " ".join(s.text.split()) if s is not None else ""


def terminal(analysis: Analysis):
    recs = analysis.records.get("consistency", [])
    if not recs:
        return None
    table = Table(title="Internal consistency", show_edge=False, pad_edge=False)
    for col in ("kind", "first", "later", "why"):
        table.add_column(col, overflow="fold")
    for r in recs:
        table.add_row(r["kind"], _text(analysis, r.get("first")), _text(analysis, r.get("second")), r.get("message", ""))
    return table


def html(analysis: Analysis) -> str | None:
    recs = analysis.records.get("consistency", [])
    if not recs:
        return None
    rows = [h("tr", h("th", "kind"), h("th", "first"), h("th", "later"), h("th", "why"))]
    for r in recs:
        ids = " ".join(x for x in (r.get("first"), r.get("second")) if x)
        rows.append(
            h(
                "tr",
                h("td", r["kind"]),
                h(
                    "td",
                    _text(analysis, r.get("first")),
                    h("div", r.get("first_value"), class_="value"),
                    data_spans=r.get("first"),
                ),
                h(
                    "td",
                    _text(analysis, r.get("second")),
                    h("div", r.get("second_value"), class_="value"),
                    data_spans=r.get("second"),
                ),
                h("td", r.get("message", ""), class_="why"),
                data_spans=ids,
            )
        )
    return Markup(h("table", join(rows), class_="consistency"))


PANEL = Panel("consistency", "Internal consistency", 45, terminal=terminal, html=html, covers_records=("consistency",))
