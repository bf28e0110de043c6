"""The strongest findings: spans from analysis layers (not sentences or raw NER), best first."""

from __future__ import annotations

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.panels import Panel

BACKGROUND = {"sentence", "entity", "time"}  # context, not findings: dates have their own timeline panel
LIMIT = 15


def top(analysis: Analysis, limit: int = LIMIT) -> list[Span]:
    spans = [s for s in analysis.spans if s.layer not in BACKGROUND]
    return sorted(spans, key=lambda s: (-(s.score if s.score is not None else 0.5), s.start))[:limit]


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
