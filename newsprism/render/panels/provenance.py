"""Which package, models and layer versions produced the analysis, and how long each took."""

from __future__ import annotations

from newsprism.model import Analysis
from newsprism.render.htmlkit import h, join
from newsprism.render.panels import Panel


def line(analysis: Analysis) -> str:
    parts = [f"{r.name} {r.seconds * 1000:.0f} ms" + ("" if r.status == "ok" else f" ({r.status})") for r in analysis.layers]
    return f"newsprism {analysis.package_version} · " + " · ".join(parts)


def terminal(analysis: Analysis):
    from rich.text import Text

    return Text(line(analysis), style="dim")


def html(analysis: Analysis) -> str:
    rows = [
        h(
            "tr",
            h("td", r.name),
            h("td", r.version),
            h("td", f"{r.seconds * 1000:.1f} ms"),
            h("td", r.status),
            h("td", r.reason or ""),
        )
        for r in analysis.layers
    ]
    models = [h("li", f"{k}: {v}") for k, v in analysis.models.items()]
    head = h("tr", h("th", "layer"), h("th", "version"), h("th", "time"), h("th", "status"), h("th", "note"))
    return join(
        [h("p", f"newsprism {analysis.package_version}"), h("ul", join(models)), h("table", head, join(rows), class_="kv")]
    )


PANEL = Panel("provenance", "Provenance", 100, terminal=terminal, html=html)
