"""Headline against body: the headline's words that state as fact what the body reports only
on a speaker's word, and its labels or loaded words that the body has only in someone's speech
(the headline layer's ``stated_as_fact`` and ``word_as_own`` spans), and its counts beyond a figure the body
gives (``count_beyond_body``: which figures it follows and which it goes beyond, with whose each is) or below the
higher figure another speaker gives (``count_below_body``)."""

from __future__ import annotations

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel


def _figures(figs: list[dict]) -> str:
    return "; ".join(f"'{f.get('text')}' ({f.get('speaker') or 'the outlet'})" for f in figs)


def _body(analysis: Analysis, s: Span) -> str:
    if s.label == "count_beyond_body":
        follows = _figures(s.attrs.get("follows") or [])
        return f"beyond {_figures(s.attrs.get('beyond') or [])}" + (f"; follows {follows}" if follows else "")
    if s.label == "count_below_body":
        return f"below {_figures(s.attrs.get('above') or [])}; follows {_figures(s.attrs.get('follows') or [])}"
    if s.label == "word_as_own":
        words = [w for i in s.attrs.get("body_spans") or [] if (w := analysis.span(i)) is not None]
        return "; ".join(dict.fromkeys(f"'{w.text}'" for w in words))
    a, b = s.attrs.get("body_sentence") or (None, None)
    if a is None or b is None:
        return s.attrs.get("body_trigger") or ""
    return " ".join(analysis.article.text[a:b].split())


def _rows(analysis: Analysis) -> list[Span]:
    labels = ("stated_as_fact", "word_as_own", "count_beyond_body", "count_below_body")
    return [s for label in labels for s in analysis.spans_of("headline", label)]


def _whose(s: Span) -> str:
    if s.label in ("count_beyond_body", "count_below_body"):
        return (
            "; ".join(dict.fromkeys(f.get("speaker") or "the outlet" for f in s.attrs.get("follows") or []))
            or "nobody in the body"
        )
    if s.label == "word_as_own":
        return "; ".join(s.attrs.get("speakers") or [])
    return f"{s.attrs.get('speaker')} ('{s.attrs.get('cue') or 'said'}')"


def terminal(analysis: Analysis):
    spans = _rows(analysis)
    if not spans:
        return None
    table = Table(title="Headline against body", show_edge=False, pad_edge=False)
    for col in ("headline says", "the body's telling", "on whose word"):
        table.add_column(col, overflow="fold")
    for s in spans:
        table.add_row(s.text, _body(analysis, s), _whose(s))
    return table


def html(analysis: Analysis) -> str | None:
    spans = _rows(analysis)
    if not spans:
        return None
    rows = [h("tr", h("th", "headline says"), h("th", "the body's telling"), h("th", "on whose word"))]
    for s in spans:
        figs = [f.get("span") for key in ("follows", "beyond", "above") for f in s.attrs.get(key) or []]
        ids = (s.id, s.attrs.get("body_event"), s.attrs.get("speaker_span"), *(s.attrs.get("body_spans") or []), *figs)
        linked = " ".join(x for x in ids if x)
        rows.append(
            h(
                "tr",
                h("td", s.text, h("div", s.attrs.get("why", ""), class_="why")),
                h("td", _body(analysis, s)),
                h("td", _whose(s)),
                data_spans=linked,
            )
        )
    return Markup(h("table", join(rows), class_="consistency"))


PANEL = Panel("headline", "Headline against body", 41, terminal=terminal, html=html, covers_summary=("headline",))
