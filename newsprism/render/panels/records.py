"""Records no dedicated panel shows, listed generically with links to their spans."""

from __future__ import annotations

import json

from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel, covered_records

_SHOWN = 30


def _cell(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _kinds(analysis: Analysis) -> list[str]:
    covered = covered_records()
    return [k for k, v in analysis.records.items() if v and k not in covered]


def terminal(analysis: Analysis):
    kinds = _kinds(analysis)
    if not kinds:
        return None
    table = Table(title="Records", show_edge=False, pad_edge=False)
    table.add_column("kind")
    table.add_column("record", overflow="fold")
    for kind in kinds:
        for rec in analysis.records[kind][:_SHOWN]:
            table.add_row(kind, _cell({k: v for k, v in rec.items() if k != "id"})[:200])
    return table


def html(analysis: Analysis) -> str | None:
    kinds = _kinds(analysis)
    if not kinds:
        return None
    parts = []
    for kind in kinds:
        items = []
        for rec in analysis.records[kind]:
            refs = [v for v in rec.values() if isinstance(v, str) and analysis.span(v) is not None]
            fields = [h("div", h("b", k), ": ", _cell(v)) for k, v in rec.items()]
            items.append(h("li", join(fields), class_="record", data_spans=" ".join(refs) or None))
        parts.append(h("details", h("summary", f"{kind} ({len(analysis.records[kind])})"), h("ul", join(items)), open=True))
    return Markup(join(parts))


PANEL = Panel("records", "Records", 80, terminal=terminal, html=html)
