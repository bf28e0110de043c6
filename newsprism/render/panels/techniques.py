"""Persuasion techniques: the strongest technique spans, paragraph techniques, genre and frames."""

from __future__ import annotations

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.htmlkit import h, join
from newsprism.render.panels import Panel

LIMIT = 12
FRAMES_SHOWN = 5


def strongest(analysis: Analysis, limit: int = LIMIT) -> list[Span]:
    spans = analysis.spans_of("technique")
    return sorted(spans, key=lambda s: (-(s.score or 0.0), s.start))[:limit]


def _snippet(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _genre_line(analysis: Analysis) -> str | None:
    g = analysis.summary.get("genre")
    if not g:
        return None
    line = "genre: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(g["scores"].items(), key=lambda kv: -kv[1]))
    return line + (f" (caveat: {g['caveat']})" if g.get("caveat") else "")


def _frames_line(analysis: Analysis) -> str | None:
    fr = analysis.summary.get("frames")
    if not fr:
        return None
    top = list(fr["scores"].items())[:FRAMES_SHOWN]
    chosen = set(fr.get("labels", []))
    line = "frames: " + ", ".join(f"{k}{'*' if k in chosen else ''} {v:.2f}" for k, v in top)
    line += " (* = chosen; scores 0–1)" if chosen else " (scores 0–1)"
    return line + (f" (caveat: {fr['caveat']})" if fr.get("caveat") else "")


def _paragraph_counts(analysis: Analysis) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in (analysis.summary.get("techniques_paragraphs") or {}).get("flagged", []):
        for t in p["techniques"]:
            counts[t] = counts.get(t, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def terminal(analysis: Analysis):
    spans = strongest(analysis)
    lines = [x for x in (_genre_line(analysis), _frames_line(analysis)) if x]
    para = _paragraph_counts(analysis)
    if not spans and not lines and not para:
        return None
    table = Table(title="Persuasion techniques", show_edge=False, pad_edge=False, caption="; ".join(lines) or None)
    for col in ("technique", "score", "text", "why"):
        table.add_column(col, overflow="fold")
    for s in spans:
        table.add_row(s.label, f"{s.score:.2f}", _snippet(s.text), s.attrs.get("why", ""))
    if para:
        table.add_row("paragraphs", "", ", ".join(f"{k} {v}" for k, v in list(para.items())[:6]), "SemEval-2023 labels")
    return table


def html(analysis: Analysis) -> str | None:
    spans = strongest(analysis)
    lines = [x for x in (_genre_line(analysis), _frames_line(analysis)) if x]
    para = _paragraph_counts(analysis)
    if not spans and not lines and not para:
        return None
    parts = [h("p", line) for line in lines]
    if spans:
        parts.append(
            h(
                "p",
                f"The {len(spans)} highest-scoring technique highlights. score: the technique model's confidence, "
                "0–1 (the technique's probability times the span tagger's; 'why' gives both); "
                "labels are SemEval-2023 persuasion techniques. Click a row to see its words.",
                class_="panel-note",
            )
        )
        rows = [h("tr", h("th", "technique"), h("th", "score (0–1)"), h("th", "text"), h("th", "why"))]
        for s in spans:
            rows.append(
                h(
                    "tr",
                    h("td", s.label),
                    h("td", f"{s.score:.2f}"),
                    h("td", _snippet(s.text, 120)),
                    h("td", s.attrs.get("why", "")),
                    data_spans=s.id,
                    class_="span-link",
                )
            )
        parts.append(h("table", join(rows), class_="kv"))
    if para:
        items = [h("li", f"{k}: {v} paragraph(s)") for k, v in para.items()]
        parts.append(h("details", h("summary", "Paragraph techniques (SemEval-2023)"), h("ul", join(items))))
    return join(parts)


PANEL = Panel(
    "techniques",
    "Persuasion techniques",
    40,
    terminal=terminal,
    html=html,
    covers_summary=("techniques", "techniques_paragraphs", "genre", "frames"),
)
