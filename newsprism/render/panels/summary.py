"""Article-level summary entries that no dedicated panel shows."""

from __future__ import annotations

import json

from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import kv_table
from newsprism.render.panels import Panel, covered_summary


def _entries(analysis: Analysis) -> dict:
    covered = covered_summary()
    return {k: v for k, v in analysis.summary.items() if k not in covered}


def terminal(analysis: Analysis):
    entries = _entries(analysis)
    if not entries:
        return None
    table = Table(title="Summary", show_edge=False, pad_edge=False, show_header=False)
    table.add_column("key", style="bold")
    table.add_column("value", overflow="fold")
    for k, v in entries.items():
        table.add_row(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)[:300])
    return table


def html(analysis: Analysis) -> str | None:
    entries = _entries(analysis)
    return kv_table(entries) if entries else None


PANEL = Panel("summary", "Summary", 5, terminal=terminal, html=html)
