"""The naming lens: which convention the article's contested place names follow, with evidence."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsprism.model import Analysis
from newsprism.render.htmlkit import h, join
from newsprism.render.panels import Panel


def terminal(analysis: Analysis):
    naming = analysis.summary.get("naming")
    if not naming:
        return None
    parts = [Text(f"Naming: {naming['label']}", style="bold")]
    if naming["places"]:
        table = Table(show_edge=False, pad_edge=False)
        for col in ("place", "names used", "conventions", "spans"):
            table.add_column(col, overflow="fold")
        for p in naming["places"]:
            table.add_row(
                p["place"], ", ".join(p["names_used"]), ", ".join(p["conventions"]) or "(none in common)", " ".join(p["spans"])
            )
        parts.append(table)
    for g in naming.get("glosses", []):
        parts.append(Text(f"gloss: {g['name']} ({g['convention']}) — {g['why']}", style="dim"))
    for q in naming.get("quoted", []):
        parts.append(Text(f"quoted: {q['name']} ({q['convention']}) — {q['why']}", style="dim"))
    return Group(*parts)


LEAD = (
    "Contested places have different names on each side (Khankendi / Stepanakert). The verdict says whose naming "
    "conventions the article's own place names follow; a name given only as a gloss ('also known as') or used "
    "only inside someone's direct quotation is not counted."
)


def html(analysis: Analysis) -> str | None:
    naming = analysis.summary.get("naming")
    if not naming:
        return None
    rows = [
        h(
            "tr",
            h("td", p["place"]),
            h("td", h("a", ", ".join(p["names_used"]), href="#", data_spans=" ".join(p["spans"]))),
            h("td", ", ".join(p["conventions"]) or "(none in common)"),
        )
        for p in naming["places"]
    ]
    table = (
        h(
            "table",
            h("tr", h("th", "place"), h("th", "names used"), h("th", "conventions (who uses this name)")),
            join(rows),
            class_="kv",
        )
        if rows
        else None
    )
    glosses = [
        h("li", h("a", g["name"], href="#", data_spans=g["span"]), f" ({g['convention']}): {g['why']}")
        for g in naming.get("glosses", [])
    ]
    quoted = [
        h("li", h("a", q["name"], href="#", data_spans=q["span"]), f" ({q['convention']}): {q['why']}")
        for q in naming.get("quoted", [])
    ]
    shared = sum(len(s["spans"]) for s in naming.get("shared_names", []))
    return join(
        [
            h("p", LEAD, class_="panel-note"),
            h("p", h("strong", naming["label"]), data_spans=" ".join(naming.get("evidence", [])) or None),
            table,
            h("p", "Names given as glosses (not counted):") if glosses else None,
            h("ul", join(glosses)) if glosses else None,
            h("p", "Names inside direct quotations, the speaker's usage (not counted):") if quoted else None,
            h("ul", join(quoted)) if quoted else None,
            h("p", f"{shared} mention(s) of names shared by all sides.", class_="muted") if shared else None,
            h("p", "How the verdict is reached: " + naming["rule"], class_="muted") if naming.get("rule") else None,
        ]
    )


PANEL = Panel("naming", "Naming of contested places", 20, terminal=terminal, html=html, covers_summary=("naming",))
