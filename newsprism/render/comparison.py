"""Render a comparison of several reports (see ``newsprism.compare``): terminal and HTML."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.table import Table

from newsprism.render.htmlkit import esc, h, join
from newsprism.render.printable import printable

_TERMINAL_EVENTS = 15  # shared events shown in the terminal; JSON and HTML list them all

ROWS = [
    ("outlet", "outlet"),
    ("side", "side (outlet list)"),
    ("published", "published"),
    ("words", "words"),
    ("naming_verdict", "place names"),
    ("genre", "genre"),
    ("frames", "frames"),
    ("scare_quoted", "scare-quoted"),
    ("labels", "labels / loaded"),
    ("framing", "framing counts"),
    ("techniques", "techniques"),
    ("attributed_share", "attributed share"),
    ("voices", "voices"),
    ("unattributed", "own-voice claims"),
    ("events", "events by type"),
    ("consistency", "internal conflicts"),
]


def _cell(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, float):
        return f"{value:.0%}" if 0 <= value <= 1 else f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def _event_cell(event: dict[str, Any], article_id: str) -> str:
    cell = event["articles"].get(article_id)
    if not cell:
        return "—"
    return f"{len(cell['triggers'])}×" + (f" at {', '.join(cell['places'])}" if cell["places"] else "")


def _name(col: dict[str, Any]) -> str:
    return col.get("outlet") or col.get("title") or col.get("source_path") or col["id"][:12]


def terminal(comparison: dict[str, Any], console: Console) -> None:
    comparison = printable(comparison)  # no control characters reach the terminal
    cols = comparison["articles"]
    table = Table(title="How the reports tell it", show_lines=True)
    table.add_column("", style="bold")
    for col in cols:
        table.add_column(_name(col), overflow="fold")
    for key, label in ROWS:
        table.add_row(label, *(_cell(col.get(key)) for col in cols))
    parts: list[Any] = [table]
    names = {k: v for k, v in comparison["place_names"].items() if v["differs"]}
    if names:
        nt = Table(title="Contested places, as each report names them")
        nt.add_column("place", style="bold")
        for col in cols:
            nt.add_column(_name(col), overflow="fold")
        for entry in names.values():
            nt.add_row(entry["place"], *(_cell(entry["by_article"].get(col["id"], {}).get("names")) for col in cols))
        parts.append(nt)
    if comparison["shared_events"]:
        et = Table(title="Events reported by more than one report")
        et.add_column("type")
        et.add_column("date")
        for col in cols:
            et.add_column(_name(col), overflow="fold")
        for ev in comparison["shared_events"][:_TERMINAL_EVENTS]:
            et.add_row(ev["event_type"], ev["date"], *(_event_cell(ev, col["id"]) for col in cols))
        more = len(comparison["shared_events"]) - _TERMINAL_EVENTS
        if more > 0:
            et.add_row("…", f"{more} more (see --format json or html)", *("" for _ in cols))
        parts.append(et)
    console.print(Group(*parts))


def to_html(comparison: dict[str, Any]) -> str:
    cols = comparison["articles"]
    head = h("tr", h("th", ""), join(h("th", _name(c)) for c in cols))
    body = join(h("tr", h("th", label), join(h("td", _cell(c.get(key))) for c in cols)) for key, label in ROWS)
    sections = [h("h2", "How the reports tell it"), h("table", head, body)]
    differs = [v for v in comparison["place_names"].values() if v["differs"]]
    if differs:
        rows = join(
            h("tr", h("th", e["place"]), join(h("td", _cell(e["by_article"].get(c["id"], {}).get("names"))) for c in cols))
            for e in differs
        )
        sections += [h("h2", "Contested places, as each report names them"), h("table", head, rows)]
    if comparison["shared_events"]:
        rows = join(
            h("tr", h("td", e["event_type"]), h("td", e["date"]), join(h("td", _event_cell(e, c["id"])) for c in cols))
            for e in comparison["shared_events"]
        )
        ehead = h("tr", h("th", "type"), h("th", "date"), join(h("th", _name(c)) for c in cols))
        sections += [h("h2", "Events reported by more than one report"), h("table", ehead, rows)]
    style = (
        "body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#1f2937}table{border-collapse:collapse;margin-bottom:24px}"
        "th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f9fafb}"
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>NewsPrism comparison</title><style>{style}</style></head><body><h1>NewsPrism comparison of {len(cols)} reports</h1>"
        f"{join(sections)}<details><summary>JSON</summary><pre>{esc(json.dumps(comparison, ensure_ascii=False, indent=1))}</pre></details>"
        "</body></html>\n"
    )
