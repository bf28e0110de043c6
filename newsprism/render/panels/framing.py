"""How it is told: counts of scare quotes, distancing, labels and loaded words, and each span's why."""

from __future__ import annotations

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.htmlkit import h, join
from newsprism.render.panels import Panel

KINDS = (("scare_quote", "scare quotes"), ("distancing", "distancing"), ("label", "labels"), ("loaded", "loaded"))
TERMINAL_LIMIT = 25


def _spans(analysis: Analysis) -> list[Span]:
    order = {k: i for i, (k, _) in enumerate(KINDS)}
    spans = [s for s in analysis.spans_of("framing") if s.label in order]
    return sorted(spans, key=lambda s: (order[s.label], s.start))


def _counts(analysis: Analysis, spans: list[Span]) -> list[tuple[str, int]]:
    return [(title, sum(1 for s in spans if s.label == k)) for k, title in KINDS]


def _snippet(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _quotes_line(analysis: Analysis) -> str | None:
    q = (analysis.summary.get("framing") or {}).get("quotations")
    if not q:
        return None
    return "quotation marks: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in q.items())


def _voice_line(analysis: Analysis) -> str | None:
    f = analysis.summary.get("framing") or {}
    own, total = f.get("own_voice_labels_loaded"), (f.get("label") or 0) + (f.get("loaded") or 0)
    if own is None or not total:
        return None
    return f"labels and loaded words in the outlet's own voice: {own} of {total} (the rest are in quoted or reported speech, in the writer's scare quotes, or mentioned as a quoted name or term)"


def terminal(analysis: Analysis):
    spans = _spans(analysis)
    if not spans and "framing" not in analysis.summary:
        return None
    counts = ", ".join(f"{t} {n}" for t, n in _counts(analysis, spans))
    caption = " · ".join(x for x in (counts, _voice_line(analysis), _quotes_line(analysis)) if x)
    table = Table(title="Framing", show_edge=False, pad_edge=False, caption=caption)
    for col in ("kind", "text", "where", "why"):
        table.add_column(col, overflow="fold")
    for s in spans[:TERMINAL_LIMIT]:
        table.add_row(s.label, _snippet(s.text), f"{s.start}–{s.end}", s.attrs.get("why", ""))
    if len(spans) > TERMINAL_LIMIT:
        table.add_row("…", f"{len(spans) - TERMINAL_LIMIT} more", "", "")
    return table


def html(analysis: Analysis) -> str | None:
    spans = _spans(analysis)
    if not spans and "framing" not in analysis.summary:
        return None
    count_items = []
    for (kind, title), (_, n) in zip(KINDS, _counts(analysis, spans), strict=True):
        ids = " ".join(s.id for s in spans if s.label == kind)
        count_items.append(h("li", f"{title}: {n}", class_="span-link" if ids else None, data_spans=ids or None))
    parts = [h("ul", join(count_items), class_="framing-counts")]
    for line in (_voice_line(analysis), _quotes_line(analysis)):
        if line:
            parts.append(h("p", line))
    if spans:
        rows = [h("tr", h("th", "kind"), h("th", "text"), h("th", "why"))]
        for s in spans:
            rows.append(
                h(
                    "tr",
                    h("td", s.label),
                    h("td", _snippet(s.text, 100)),
                    h("td", s.attrs.get("why", "")),
                    data_spans=s.id,
                    class_="span-link",
                )
            )
        parts.append(h("table", join(rows), class_="kv"))
    return join(parts)


PANEL = Panel("framing", "Framing", 35, terminal=terminal, html=html, covers_summary=("framing",))
