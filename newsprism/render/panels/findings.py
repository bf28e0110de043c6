"""The strongest findings: spans from analysis layers (not sentences or raw NER), taking the
best-scored span of each layer in turn: scores of different layers are not comparable (a
gazetteer match at 0.95 is not "stronger" than a technique at 0.3), so one layer must not
fill the whole list."""

from __future__ import annotations

import itertools

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.panels import Panel

BACKGROUND = {"sentence", "entity", "time"}  # context, not findings: dates have their own timeline panel
LIMIT = 15


def top(analysis: Analysis, limit: int = LIMIT) -> list[Span]:
    by_layer: dict[str, list[Span]] = {}
    for s in analysis.spans:
        if s.layer not in BACKGROUND:
            by_layer.setdefault(s.layer, []).append(s)
    ranked = [sorted(v, key=lambda s: (-(s.score if s.score is not None else 0.5), s.start)) for v in by_layer.values()]
    return [s for s in itertools.chain.from_iterable(itertools.zip_longest(*ranked)) if s is not None][:limit]


def terminal(analysis: Analysis):
    spans = top(analysis)
    if not spans:
        return None
    table = Table(title="Top findings", show_edge=False, pad_edge=False)
    for col in ("layer", "label", "text", "where", "source"):
        table.add_column(col, overflow="fold")
    for s in spans:
        snippet = s.text if len(s.text) <= 60 else s.text[:57] + "…"
        table.add_row(s.layer, s.label, snippet.replace("\n", " "), f"{s.start}–{s.end}", s.source)
    return table


PANEL = Panel("findings", "Top findings", 10, terminal=terminal)
