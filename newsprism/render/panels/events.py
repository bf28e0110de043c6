"""Events: who did what to whom, where and when (PLOVER), each linked to its words.

Terminal: a table of the events. HTML: a list; clicking an event highlights its trigger,
actor, recipient, place and time spans (when those layers ran) in the text.
"""

from __future__ import annotations

from typing import Any

from newsprism.model import Analysis
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel


def _who(arg: dict | None) -> str:
    if not arg:
        return "—"
    return str(arg.get("name") or arg.get("text") or "—")


def _when(ev: dict[str, Any]) -> str:
    if ev.get("date"):
        return str(ev["date"])
    if ev.get("date_not_after"):
        return f"≤ {ev['date_not_after']}"
    return "—"


def _flags(ev: dict[str, Any]) -> str:
    flags = []
    if ev.get("negated"):
        flags.append("NEGATED")
    if ev.get("modality") and ev["modality"] not in ("asserted", "negated"):
        flags.append(str(ev["modality"]))
    if ev.get("attributed_to"):
        said = ev["attributed_to"]
        flags.append(f"per {said['name']} ('{said['text']}')" if said.get("name") else f"per {said.get('text')}")
    return ", ".join(flags)


def _trigger(ev: dict[str, Any]) -> str:
    """The trigger as written; an event noun says so, with the words folded into it (a verb event
    lists the later event noun that refers back to it: 'shelled (also: shelling, killed)', and the
    headline that told it first: 'blocked (also: block in the headline)')."""
    text = ev.get("trigger_text") or ""
    merged = [(m.get("trigger_text") or "") + (" in the headline" if m.get("headline") else "") for m in ev.get("merged") or []]
    if ev.get("form") != "nominal":
        return f"{text} (also: {', '.join(merged)})" if merged else text
    return f"{text} (noun; {', '.join(merged)})" if merged else f"{text} (noun)"


def _kind(ev: dict[str, Any]) -> str:
    return f"{ev['event_type']}/{ev['mode']}" if ev.get("mode") else ev["event_type"]


# The CASE-2021 classifier always names one of its 30 types; on sentences unlike its ACLED-style
# training snippets the best type scores around 0.1 and reads as nonsense ("warning shots" →
# NATURAL_DISASTER). Reports show a type from this score on; JSON and CSV keep every score.
FINE_TYPE_SHOWN_FROM = 0.3


def _fine(ev: dict[str, Any]) -> str:
    fine = ev.get("fine_type") or {}
    if not fine.get("type") or fine.get("score", 0) < FINE_TYPE_SHOWN_FROM:
        return ""
    return f"{fine['type']} {fine['score']:.2f}"


def terminal(analysis: Analysis):
    events = analysis.records.get("events") or []
    if not events:
        return None
    from rich.table import Table

    table = Table(title=f"Events ({len(events)})", show_edge=False, pad_edge=False)
    for col in ("type", "trigger", "actor", "recipient", "place", "date", "flags", "CASE type"):
        table.add_column(col, overflow="fold")
    for ev in events:
        table.add_row(
            _kind(ev),
            _trigger(ev),
            _who(ev.get("actor")),
            _who(ev.get("recipient")),
            _who(ev.get("location")),
            _when(ev),
            _flags(ev),
            _fine(ev),
        )
    return table


def _span_ids(analysis: Analysis, ev: dict[str, Any]) -> str | None:
    ids = [ev.get("trigger"), ev.get("time")]
    ids += [(ev.get(k) or {}).get("span") for k in ("actor", "recipient", "location")]
    present = [i for i in ids if isinstance(i, str) and analysis.span(i) is not None]
    return " ".join(dict.fromkeys(present)) or None


KEY = (
    "Each line: event type/kind (PLOVER), the trigger word in quotes ('noun': an event noun such as 'the shelling', "
    "with the verbs told of it), then who → to whom, @ where, · when "
    "(≤ date: on or before it), and flags (NEGATED, expected, per a source). '?': not found in the text. "
    "CASE-2021: the sentence's protest/violence type from a classifier, with its 0–1 score. Click an event to see its words."
)


def _or_unknown(arg: dict | None) -> str:
    return "?" if not arg else _who(arg).replace("—", "?")


def html(analysis: Analysis) -> str | None:
    events = analysis.records.get("events") or []
    if not events:
        return None
    items = []
    for ev in events:
        flags = _flags(ev)
        when = _when(ev)
        items.append(
            h(
                "li",
                h("b", _kind(ev)),
                " ",
                h("q", ev.get("trigger_text") or ""),
                h(
                    "small",
                    _trigger(ev)[len(ev.get("trigger_text") or "") :],
                    title="an event noun the sentence reports as happening, and the verbs told of it"
                    if ev.get("form") == "nominal"
                    else "later words that tell of the same happening",
                )
                if ev.get("form") == "nominal" or ev.get("merged")
                else None,
                " — ",
                h("span", _or_unknown(ev.get("actor")), class_="actor", title="who acts"),
                " → ",
                h("span", _or_unknown(ev.get("recipient")), class_="recipient", title="to or against whom"),
                h("span", f" @ {_who(ev.get('location'))}", title="where") if ev.get("location") else None,
                h("span", f" · {'?' if when == '—' else when}", title=ev.get("date_source") or "when"),
                h("span", f" · {flags}", class_="flags") if flags else None,
                h(
                    "small",
                    f" · CASE-2021: {_fine(ev)}",
                    title=f"CASE-2021 type of the sentence (shown from score {FINE_TYPE_SHOWN_FROM:.2f}; every score is in the JSON and CSV exports)",
                )
                if _fine(ev)
                else None,
                class_="event",
                data_spans=_span_ids(analysis, ev),
                title=ev.get("why"),
            )
        )
    return Markup(h("p", KEY, class_="panel-note") + h("ol", join(items), class_="events"))


PANEL = Panel("events", "Events", 45, terminal=terminal, html=html, covers_records=("events",))
