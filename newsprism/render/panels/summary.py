"""Article-level summary entries that no dedicated panel shows."""

from __future__ import annotations

import json

from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import h, kv_table
from newsprism.render.panels import Panel, covered_summary


def _entries(analysis: Analysis) -> dict:
    covered = covered_summary()
    out = {k: v for k, v in analysis.summary.items() if k not in covered}
    if isinstance(out.get("actors"), dict):
        out["actors"] = _readable_actors(out["actors"])
    return {k: _without_empty(v) for k, v in out.items() if not _empty(v)}


def _empty(value) -> bool:
    return value is None or value in ("", [], {})


def _without_empty(value):
    """A dict entry without its empty keys: a reader gains nothing from 'dateline_owner: null' or
    an empty 'side_uncertain:' line (audit 16 L3); the JSON export keeps them."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if not _empty(v)}
    return value


def _readable_actors(actors: dict) -> dict:
    """side_labels as one row per word and group, with how many mentions ("Kurti's special units",
    Kosovo Police, used by serbian, 3), not one row per mention with span ids (audit 12 L5); the
    JSON export keeps the rows."""
    rows = actors.get("side_labels")
    if not _is_records(rows):
        return actors
    counts: dict[tuple[str, str, str], int] = {}
    for r in rows:
        used = r.get("used_by")
        used = ", ".join(map(str, used)) if isinstance(used, list) else str(used or "")
        key = (" ".join(str(r.get("text", "")).split()), str(r.get("group") or ""), used)
        counts[key] = counts.get(key, 0) + 1
    grouped = [{"label": t, "for": g, "used_by": u, "mentions": n} for (t, g, u), n in counts.items()]
    return {**actors, "side_labels": grouped}


def terminal(analysis: Analysis):
    entries = _entries(analysis)
    if not entries:
        return None
    table = Table(title="Summary", show_edge=False, pad_edge=False, show_header=False)
    table.add_column("key", style="bold")
    table.add_column("value", overflow="fold")
    for k, v in entries.items():
        table.add_row(k, _short(v))
    return table


def _short(value) -> str:
    """Readable in a terminal: a dict one 'key: value' line each, records one per line as
    'key: value; …', counts as 'a 2, b 1', the rest compact JSON (cut at 300 characters)."""
    if isinstance(value, str):
        return value
    if _is_records(value):
        return "\n".join(
            "; ".join(
                f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in x.items() if not isinstance(v, dict)
            )
            for x in value
        )
    if isinstance(value, dict) and all(isinstance(v, str | int | float) for v in value.values()):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, dict):
        lines = []
        for k, v in value.items():
            inner = _short(v)
            lines.append(f"{k}:\n  " + inner.replace("\n", "\n  ") if "\n" in inner else f"{k}: {inner}")
        return "\n".join(lines)
    return json.dumps(value, ensure_ascii=False)[:300]


def _is_records(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(x, dict) for x in value)


# What the entries mean, for a reader (keys are shown as they are named in the JSON export).
HELP = {
    "actors": (
        "actors: by_side counts actor mentions by the side each actor belongs to; side_labels lists words that are one "
        "side's label for an actor, once per word (for: who is meant; used_by: the sides whose media use that word; "
        "mentions: how often the text uses it); labels_by_user "
        "counts those labels by the side that uses them; side_uncertain counts, per side, the mentions whose side "
        "changed over time (Syria, Afghanistan, the RSF) in a text that names no date or year: the current side is "
        "shown, and each span lists the other periods' sides in side_candidates."
    ),
}


def html(analysis: Analysis) -> str | None:
    entries = _entries(analysis)
    if not entries:
        return None
    notes = [HELP[k] for k in entries if k in HELP]
    lead = "Other article-level results, named as in the JSON export. " + " ".join(notes)
    return h("p", lead, class_="panel-note") + kv_table(entries)


PANEL = Panel("summary", "Summary", 5, terminal=terminal, html=html)
