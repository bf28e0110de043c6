"""Who published the article and from where, as the meta layer found it."""

from __future__ import annotations

from rich.text import Text

from newsprism.model import Analysis
from newsprism.render.htmlkit import h, join
from newsprism.render.panels import Panel


def _facts(analysis: Analysis) -> list[tuple[str, str, str | None]]:
    meta = analysis.summary.get("meta") or {}
    facts: list[tuple[str, str, str | None]] = []
    if "dateline" in meta:
        d = meta["dateline"]
        facts.append(("dateline", ", ".join(v for v in (d.get("place"), d.get("date")) if v), None))
    if pub := meta.get("published_from"):
        facts.append(("published", f"{pub['date']} — from the text's header ({pub['how']})", pub.get("span")))
    for ev in meta.get("outlet_evidence", []):
        extra = ", ".join(v for v in (ev.get("kind"), ev.get("side")) if v)
        facts.append(("outlet", f"{ev['name']}" + (f" ({extra})" if extra else "") + f" — from {ev['how']}", ev.get("span")))
    return facts


def terminal(analysis: Analysis):
    facts = _facts(analysis)
    if not facts:
        return None
    text = Text()
    for i, (key, value, _) in enumerate(facts):
        text.append(("\n" if i else "") + f"{key}: ", style="bold")
        text.append(value)
    return text


def html(analysis: Analysis) -> str | None:
    facts = _facts(analysis)
    if not facts:
        return None
    rows = [h("tr", h("th", k), h("td", v), class_="record" if span else None, data_spans=span) for k, v, span in facts]
    return h("table", join(rows), class_="kv")


PANEL = Panel("meta", "Source and dateline", 2, terminal=terminal, html=html, covers_summary=("meta",))
