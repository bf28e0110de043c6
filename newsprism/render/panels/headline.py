"""Headline against body: the headline's words that state as fact what the body reports only
on a speaker's word (the headline layer's ``stated_as_fact`` spans)."""

from __future__ import annotations

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel


def _body(analysis: Analysis, s: Span) -> str:
    a, b = s.attrs.get("body_sentence") or (None, None)
    if a is None or b is None:
        return s.attrs.get("body_trigger") or ""
    return " ".join(analysis.article.text[a:b].split())


def _rows(analysis: Analysis) -> list[Span]:
    return analysis.spans_of("headline", "stated_as_fact")


def terminal(analysis: Analysis):
    spans = _rows(analysis)
    if not spans:
        return None
    table = Table(title="Headline against body", show_edge=False, pad_edge=False)
    for col in ("headline says", "the body's telling", "on whose word"):
        table.add_column(col, overflow="fold")
    for s in spans:
        table.add_row(s.text, _body(analysis, s), f"{s.attrs.get('speaker')} ('{s.attrs.get('cue') or 'said'}')")
    return table


def html(analysis: Analysis) -> str | None:
    spans = _rows(analysis)
    if not spans:
        return None
    rows = [h("tr", h("th", "headline says"), h("th", "the body's telling"), h("th", "on whose word"))]
    for s in spans:
        linked = " ".join(x for x in (s.id, s.attrs.get("body_event"), s.attrs.get("speaker_span")) if x)
        rows.append(
            h(
                "tr",
                h("td", s.text, h("div", s.attrs.get("why", ""), class_="why")),
                h("td", _body(analysis, s)),
                h("td", f"{s.attrs.get('speaker')} ('{s.attrs.get('cue') or 'said'}')"),
                data_spans=linked,
            )
        )
    return Markup(h("table", join(rows), class_="consistency"))


PANEL = Panel("headline", "Headline against body", 41, terminal=terminal, html=html, covers_summary=("headline",))
