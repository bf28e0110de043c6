"""Counts of spans per layer and label, and the warnings raised for the article."""

from __future__ import annotations

from collections import Counter

from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import h, join
from newsprism.render.panels import Panel


def counts(analysis: Analysis) -> dict[str, Counter]:
    by_layer: dict[str, Counter] = {}
    for s in analysis.spans:
        by_layer.setdefault(s.layer, Counter())[s.label] += 1
    return by_layer


def terminal(analysis: Analysis):
    table = Table(title="Spans per layer", show_edge=False, pad_edge=False)
    table.add_column("layer", style="bold")
    table.add_column("n", justify="right")
    table.add_column("labels")
    for layer, c in counts(analysis).items():
        labels = ", ".join(f"{lab} {n}" for lab, n in c.most_common(6))
        table.add_row(layer, str(sum(c.values())), labels + (" …" if len(c) > 6 else ""))
    return table


def html(analysis: Analysis) -> str:
    rows = [h("tr", h("th", "layer"), h("th", "highlights"), h("th", "by label (count)"))]
    rows += [
        h("tr", h("th", layer), h("td", str(sum(c.values()))), h("td", ", ".join(f"{lab} {n}" for lab, n in c.most_common())))
        for layer, c in counts(analysis).items()
    ]
    warn = [h("li", w) for w in analysis.warnings]
    return join([h("table", join(rows), class_="kv"), h("ul", join(warn), class_="warnings") if warn else None])


PANEL = Panel("overview", "Overview", 0, terminal=terminal, html=html)
