"""Render a comparison of several reports (see ``newsprism.compare``): terminal and HTML."""

from __future__ import annotations

import calendar
import json
import re
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from newsprism.render.facts import date_text
from newsprism.render.htmlkit import Markup, close_bidi, esc, h, join
from newsprism.render.printable import for_terminal

_TERMINAL_EVENTS = 15  # shared events shown in the terminal; JSON and HTML list them all

ROWS = [
    ("outlet", "outlet"),
    ("side", "side (outlet list)"),
    ("published", "published"),
    ("words", "words"),
    ("naming_verdict", "place names"),
    ("genre", "genre"),
    ("genre_caveat", "genre caveat"),
    ("frames", "frames"),
    ("scare_quoted", "scare-quoted"),
    ("labels", "labels / loaded, outlet's voice"),
    ("labels_in_speech", "labels / loaded, quoted or reported"),
    ("framing", "framing counts"),
    ("techniques", "techniques"),
    ("attributed_share", "attributed share"),
    ("voices", "voices"),
    ("source_kinds", "kinds of source"),
    ("unattributed", "own-voice claims"),
    ("headline_as_fact", "headline states as fact"),
    ("headline_words_as_own", "headline's own word, the body's quote"),
    ("events", "events by type"),
    ("consistency", "internal conflicts"),
]


def _row_value(col: dict[str, Any], key: str) -> Any:
    """A column's value for a row; an undated report's 'published' says what dated it instead."""
    if key == "published" and not col.get("published") and col.get("time_anchor"):
        return date_text(None, {"anchor_source": "none", **col["time_anchor"]})
    return col.get(key)


def _cell(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, float):
        return f"{value:.0%}" if 0 <= value <= 1 else f"{value:.2f}"
    if isinstance(value, list):  # names from the reports: an override in one ends with it (close_bidi)
        return ", ".join(close_bidi(str(v)) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{close_bidi(str(k))} {v}" for k, v in value.items())
    return str(value)


def _kind(said: dict[str, Any]) -> str:
    kind = (said.get("source_kind") or "").replace("_", " ")
    return f" ({kind})" if kind else ""


def _per(said_by: list[dict[str, Any]]) -> str:
    """'per the Indian Army (government), Colonel Sethi (named person)': each speaker once."""
    seen: list[str] = []
    for s in said_by:
        text = f"{close_bidi(str(s.get('speaker') or s.get('text')))}{_kind(s)}"
        if text not in seen:
            seen.append(text)
    return "per " + ", ".join(seen) if seen else ""


def _event_cell(event: dict[str, Any], article_id: str, same_as: str | None = None) -> str:
    """What one report says of an aligned event: how often, where, by whom, on whose word, and
    what it denies of it; ``same_as``: the report whose text this one repeats (not a second account)."""
    return " — ".join(_event_parts(event, article_id, same_as)) or "—"


def _event_td(event: dict[str, Any], article_id: str, same_as: str | None = None) -> Markup:
    """The HTML cell: one line per part (the telling, each denial, each claim, the first shot)."""
    parts = _event_parts(event, article_id, same_as) or ["—"]
    return h("td", *[x for i, p in enumerate(parts) for x in ((h("br"),) if i else ()) + (p,)])


def _lines_td(parts: list[str]) -> Markup:
    """A cell with one line per part."""
    return h("td", *[x for i, p in enumerate(parts) for x in ((h("br"),) if i else ()) + (p,)])


def _event_parts(event: dict[str, Any], article_id: str, same_as: str | None = None) -> list[str]:
    cell = event["articles"].get(article_id)
    if not cell:
        return []
    if same_as:
        return [f"same text as {close_bidi(same_as)}"]
    parts = []
    if cell["triggers"]:
        text = f"{len(cell['triggers'])}×" + (f" at {_list(cell['places'])}" if cell["places"] else "")
        actors = cell.get("actors") or []  # absent in comparisons written before the field
        text += f" by {_list(actors)}" if actors else ""
        odd = {m: n for m, n in (cell.get("modalities") or {}).items() if m != "asserted"}
        text += f" ({', '.join(odd)})" if odd else ""
        said = [_per(cell.get("said_by") or [])]
        if cell.get("own_voice"):
            said.append(f"{cell['own_voice']}× in its own voice" if cell.get("said_by") else "in its own voice")
        said = [x for x in said if x]
        parts.append(text + (", " + "; ".join(said) if said else ""))
    for u in cell.get("undated_sides") or []:  # absent in comparisons written before the field
        parts.append(_undated_side(u))
    for d in _unique_denials(cell.get("denied") or []):
        parts.append(
            "denied"
            + (f" (doer: {close_bidi(d['actor'])})" if d.get("actor") else "")
            # where, when the row does not say it (a dated row gathers the day's places)
            + (f", at {close_bidi(d['place'])}" if d.get("place") and d["place"] != event.get("place") else "")
            + (f", {_per([d['said_by']])}" if d.get("said_by") else "")
        )
    for c in cell.get("claims") or []:  # absent in comparisons written before the field
        parts.append(_claim(c))
    started = cell.get("initiator")
    if started and len(cell.get("actor_sides") or []) > 1:  # an exchange: who it says fired first
        parts.append("started by " + _started(started))
    if cell.get("dates"):  # absent in comparisons written before the field
        parts.append("told as " + ", ".join(_own_date(d) for d in cell["dates"]))
    if cell.get("replies"):  # absent in comparisons written before the field
        said = ", ".join(f"“{close_bidi(str(r['text']))}”" for r in cell["replies"])
        parts.append(f"with {said}: told without a date, as the reply to the attack this report dates")
    if cell.get("matched_by") == "report_day":
        parts.append("no date or place: joined by the one day this report dates its other events to")
    if cell.get("matched_by") == "place" and event.get("date"):
        days = ", ".join(_day(d).removeprefix("; ") for d in cell.get("days") or [])
        parts.append(f"no date{f' ({days})' if days else ''}: matched by place")
    return parts


def _undated_side(u: dict[str, Any]) -> str:
    """'undated report: the Syrian army read as syrian_transitional_government (its side from 2024-12-08,
    another before)': the side the actor layer gives an undated report, not a finding of it."""
    period = u.get("period") or {}
    when = [f"from {period['from']}, another before"] if period.get("from") else []
    when += [f"until {period['until']}, another after"] if period.get("until") else []
    return f"undated report: {close_bidi(str(u.get('actor')))} read as {close_bidi(str(u.get('side')))}" + (
        f" (its side {'; '.join(when)})" if when else ""
    )


_CLAIM_CHARS = 110  # of a claim's words shown in a cell; the JSON has them all


def _claim(c: dict[str, Any]) -> str:
    """'denied by the ministry (government): “Yerevan's claim that … in Istisu”': a claim about
    the event that no telling stands for, with its stance."""
    text = " ".join(str(c.get("text") or "").split()).strip('"“”')
    text = text if len(text) <= _CLAIM_CHARS else text[: _CLAIM_CHARS - 1].rstrip() + "…"
    who = f"{close_bidi(str(c.get('speaker')))}{_kind(c)}"
    area = ", same area" if c.get("place_match") == "same_area" else ""
    head = f"denied by {who}" if c.get("stance") == "denies" else f"claim by {who}"
    return f"{head}{area}: “{close_bidi(text)}”"


_BASES = {
    "initiation_cue": "says who fired first",
    "response_cue": "the other side replied",
    "sole_doer": "the only side it says fired",
    "order": "told first",
    "answered_fire": "it has that side firing back at a doer of no side",
    "claimed_initiation": "its claim says who fired first",
    "mutual_accusation": "each side blames the other",
}


def _started(started: dict[str, Any]) -> str:
    """'azerbaijani per Armenia's Defence Ministry (the only side it says fired); armenian per
    Azerbaijan's Ministry of Defence (says who fired first)': each account's reading."""
    accounts = started.get("accounts")  # absent in comparisons written before the field
    if not accounts:
        return f"{_list([_side(x) for x in started['sides']])} ({'; '.join(_BASES.get(b, b) for b in started['basis'])})"
    out = []
    for a in accounts:
        who = f"per {_list(a['said_by'])}" if a.get("said_by") else "in its own voice"
        out.append(f"{_list([_side(x) for x in a['sides']])} {who} ({_BASES.get(a['basis'], a['basis'])})")
    return "; ".join(out)


def _side(side: str) -> str:
    """'not:kosovar' → 'not kosovar': the report says that side did not fire first."""
    return f"not {side[4:]}" if side.startswith("not:") else side


_PARTS = {"NI": "the night after {}", "MO": "the morning of {}", "AF": "the afternoon of {}", "EV": "the evening of {}"}


def _own_date(value: str) -> str:
    """A telling's own date in words where it is not the row's day: '2026-11-22TNI' → 'the night
    after 2026-11-22', '2026-11-22T24:00' → 'midnight at the end of 2026-11-22'."""
    day, _, part = value.partition("T")
    if part == "24:00":
        return f"midnight at the end of {day}"
    return _PARTS[part].format(day) if part in _PARTS else f"{day} {part}".strip()


def _list(values: list[str]) -> str:
    """Words from a report: an override in one ends with it (close_bidi)."""
    return ", ".join(close_bidi(str(v)) for v in values)


def _unique_denials(denied: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for d in denied:
        key = (d.get("actor"), d.get("place"), (d.get("said_by") or {}).get("speaker"))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _copy_of(col: dict[str, Any], names: dict[str, str]) -> str | None:
    """The name of the report whose text this column repeats, if any."""
    first = col.get("same_text_as")  # absent in comparisons written before the field
    return names.get(first, first) if first else None


def _day(time_value: str | None) -> str:
    """The day a place-only row's reports give, in words: 'XXXX-WXX-2' → 'a Tuesday'."""
    if not time_value:
        return ""
    m = re.fullmatch(r"XXXX-WXX-([1-7])", time_value)
    return f"; on a {calendar.day_name[int(m.group(1)) - 1]}" if m else f"; {time_value}"


def _type(ev: dict) -> str:
    """A row's PLOVER type, with its act where the type is told apart by act ('COERCE (detention)')."""
    return f"{ev['event_type']} ({ev['act']})" if ev.get("act") else ev["event_type"]


def _when(event: dict[str, Any]) -> str:
    """The date, or why the row has none: matched by type and place only (and the weekday the
    reports agree on, which a reader can check against the texts)."""
    area = event.get("place_match") == "same_area"
    if event.get("match") == "place":
        return f"place only (no date{_day(event.get('time_value'))}{'; same area, not the same place' if area else ''})"
    if event.get("match") == "date_and_place":
        return f"{event['date']} (some reports by place only{', same area' if area else ''})"
    return event.get("date") or "—"


# One line per collision marker, shown under the events table.
MARKER_HELP = {
    "disputed_actor": "disputed actor: the reports name doers of different sides (or, where sides are unknown, different known actors) — each side blames the other",
    "disputed_occurrence": "disputed occurrence: one report tells the event as having happened, another only gives it as denied or not having happened "
    "(a denial that names a doer, 'denied that its drones struck the market', may deny only who did it: see that report's cell)",
    "disputed_initiator": "disputed initiator: the reports tell the same exchange of fire but say different sides started it "
    "('X shelled A; Y fired back' / 'Y shelled A; X responded'), read from words such as 'fired first', 'fired back', "
    "'in response', else from the only side a report has firing, else (weaker) from which side it tells first; "
    "'not X': the report has X firing back at a doer it gives no side",
}
MATCH_HELP = (
    "Rows are the same PLOVER event type on the same resolved date (a clock time or part of the day joins its day; a "
    "night joins the next day's row when a report there gives a time in the small hours, or its own day's when one "
    "gives the evening: 'told as …'); a row with no date is the same type at the "
    "same place (a weaker match: the reports give no year or no publication date, so the day cannot be checked). "
    "'per …': who the report says it from, with the kind of source; 'in its own voice': no source given; "
    "'same text as X': the report repeats X's text, perhaps under another headline (a syndicated copy: one account, not two)."
)
# Lines shown only when some row needs them.
EXTRA_HELP = {
    "same_area": "'same area': a district or area ('the Kalbajar district') matched a place in or around it, a weaker match than the same place.",
    "claims": "'denied by …' / 'claim by …': a speaker's claim about the event (same type of event, same place) that the report "
    "gives without telling the event itself.",
    "initiator": "'started by …': in a report that tells both sides firing, the side it says fired first.",
    "undated_sides": "'undated report: X read as …': the report gives no date, and X changed sides over time; the side shown "
    "is that of X's current period, which the report may not mean.",
}


def _extras(events: list[dict[str, Any]]) -> list[str]:
    """The help lines the rows need: a same-area match, a claim, an exchange with a first shot."""
    cells = [c for e in events for c in e["articles"].values()]
    used = {
        "same_area": any(e.get("place_match") == "same_area" for e in events),
        "claims": any(c.get("claims") for c in cells),
        "initiator": any(c.get("initiator") and len(c.get("actor_sides") or []) > 1 for c in cells),
        "undated_sides": any(c.get("undated_sides") for c in cells),
    }
    return [EXTRA_HELP[k] for k, on in used.items() if on]


def _markers(event: dict[str, Any], names: dict[str, str]) -> str:
    out = []
    for m in event.get("markers") or []:
        if m["marker"] == "disputed_actor":
            order = [k for k in names if k in m["by_article"]] + [k for k in m["by_article"] if k not in names]
            shown = m.get("names") or m["by_article"]  # actors as the reports name them, not knowledge-base ids
            who = "; ".join(f"{names.get(k, k)}: {', '.join(shown.get(k) or m['by_article'][k])}" for k in order)
            out.append(f"disputed actor ({who}){_undated_sides_note(m, names)}")
        elif m["marker"] == "disputed_occurrence":
            said = ", ".join(names.get(k, k) for k in m["asserted"])
            denied = ", ".join(names.get(k, k) for k in m["denied"])
            out.append(f"disputed occurrence (told by {said}; denied by {denied})")
        elif m["marker"] == "disputed_initiator":
            order = [k for k in names if k in m["by_article"]] + [k for k in m["by_article"] if k not in names]
            who = "; ".join(f"{names.get(k, k)}: {', '.join(map(_side, m['by_article'][k]))}" for k in order)
            out.append(f"disputed initiator, who fired first ({who}){_undated_sides_note(m, names)}")
    return "; ".join(out) or "—"


FIGURES_HELP = (
    "Casualty figures as each report gives them, with its words: one row per outcome (killed, wounded, detained …), "
    "kind of victim (soldiers, civilians, people …: a figure for 'people' is not one for 'civilians') and side (the "
    "victims' side where the words give it, or 'not X' when X did it to them: the dead of two sides are two rows), at one place (a figure whose sentence "
    "names no place joins only figures without one). 'differs': two reports give figures for the row that cannot both "
    "hold. 'per …': the claim the figure is part of; 'denied': a figure the speaker denies; 'told as “neutralised”': "
    "a count the side gave with that word, which it uses for killed, captured or surrendered — counted here with the "
    "dead, not a plain death toll."
)


def _figure_cell(row: dict[str, Any], article_id: str, same_as: str | None = None) -> list[str]:
    """'2 (“two Armenian soldiers”, at Jermuk, per Armenia's Defence Ministry)', one line per figure."""
    if same_as and row["by_article"].get(article_id):
        return [f"same text as {close_bidi(same_as)}"]
    out = []
    for e in row["by_article"].get(article_id) or []:
        said = e.get("said_by") or {}
        where = f", at {_list(e['places'])}" if e.get("places") else ""
        who = f", per {close_bidi(str(said['speaker']))}" if said.get("speaker") else ", in its own voice"
        if said.get("distanced"):
            who += f" (who “{close_bidi(str(said['distanced']))}” so)"
        value = f"{e['value']:g}" + (f" ({e['how']})" if e.get("how") else "")
        told = f", told as “{close_bidi(e['told_as'])}”" if e.get("told_as") else ""  # not plainly dead (audit 20 C8)
        out.append(f"{'denied: ' if said.get('denies') else ''}{value} (“{close_bidi(e['text'])}”{told}{where}{who})")
    return out or ["—"]


def _differs_text(row: dict[str, Any], names: dict[str, str]) -> str:
    """'differs'; 'other victims at the same place: civilians (The Sahrawi Review)'."""
    parts = ["differs"] if row.get("differs") else []
    for disputed, label in ((True, "disputed victims at the same place: "), (False, "other victims at the same place: ")):
        others = [
            f"{o['victims']} ({', '.join(names.get(k, k) for k in o['articles'])})"
            for o in row.get("other_victims") or []
            if bool(o.get("disputed")) == disputed
        ]
        if others:
            parts.append(label + "; ".join(others))
    return "; ".join(parts)


def _dispute_text(d: dict[str, Any], names: dict[str, str]) -> str:
    """'Disputed victims (killed, at Mijek): combatants per The Sous Daily (4 “four armed members”,
    per a military source); non-combatants per The Sahrawi Review (3 “three Sahrawi civilians” …)'."""

    def told(part: dict[str, Any]) -> str:
        cells = []
        for k, figs in part["by_article"].items():
            said = [
                ("denied: " if (e.get("said_by") or {}).get("denies") else "")
                + f"{e['value']:g} “{close_bidi(e['text'])}”"
                + (f" per {close_bidi(str(e['said_by']['speaker']))}" if (e.get("said_by") or {}).get("speaker") else "")
                for e in figs
            ]
            cells.append(f"{close_bidi(names.get(k, k))}: {', '.join(said)}")
        return f"{part['victims']} ({'; '.join(cells)})"

    where = f", at {_list(d['places'])}" if d.get("places") else ", on one day; a figure without a place"
    if d.get("same_row") and not d.get("places"):
        where = ""  # one row's figures in two sides' words (audit 16 C1)
    if d.get("told_by_both_in"):  # one report gives both sides' counts (audit 15 C2)
        where += f"; both sides' counts in {_list([close_bidi(names.get(k, k)) for k in d['told_by_both_in']])}"
        where = where.replace(", on one day; a figure without a place; ", ", ", 1)
    if d.get("marker") == "sides_differ":
        return f"The sides' counts differ ({d['outcome']}{where}): {' or '.join(told(part) for part in d['counts'])}"
    if d.get("marker") == "differing_counts":
        return f"Counts differ ({d['outcome']}{where}): {' or '.join(told(part) for part in d['counts'])}"
    return f"Disputed victims ({d['outcome']}{where}): {told(d['combatants'])} or {told(d['noncombatants'])}"


def _figure_label(row: dict[str, Any]) -> str:
    side = (
        f" · {close_bidi(row['side'].replace('not:', 'not ', 1).replace('both_sides', 'both sides'))}" if row.get("side") else ""
    )
    return f"{row['outcome']} · {row['victims']}{side}" + (f" · at {_list(row['places'])}" if row.get("places") else "")


def _undated_sides_note(marker: dict[str, Any], names: dict[str, str]) -> str:
    """', sides of X rest on a report without a date': the dispute may be one of periods."""
    keys = marker.get("undated_sides") or []
    return f", sides of {', '.join(names.get(k, k) for k in keys)} rest on a report without a date" if keys else ""


def _names_cell(entry: dict[str, Any], article_id: str) -> str:
    """A report's names for a contested place: its own names, then names it gives only as glosses,
    uses that all sides share, or names only inside someone's direct quotation; — when the report
    does not mention the place."""
    cell = entry["by_article"].get(article_id)
    if not cell:
        return "—"
    parts = list(cell.get("names", []))
    parts += [f"{n} (shared name)" for n in cell.get("shared", []) if n not in parts]
    if cell.get("glosses"):
        parts.append("as a gloss: " + ", ".join(cell["glosses"]))
    quoted = [n for n in cell.get("quoted", []) if n not in parts]  # not again when the report uses it too
    if quoted:
        parts.append("in a quotation: " + ", ".join(quoted))
    return "; ".join(parts) or "—"


def _place_rows(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    """Contested places worth a row: named differently by the reports, or named with one side's
    name by at least one report (even if the others do not mention it)."""
    return [v for v in comparison["place_names"].values() if v.get("differs") or v.get("side_names")]


def _undated_note(comparison: dict[str, Any]) -> str | None:
    """Why events may be missing from the alignment: those with neither a resolved date nor a
    specific place (or with more than one row they could join) cannot be aligned."""
    undated = comparison.get("undated_events") or {}
    if not any(undated.values()):
        return None
    names = {c["id"]: _name(c) for c in comparison["articles"]}
    counts = ", ".join(f"{names.get(k, k)} {n}" for k, n in undated.items())
    head = "No event is aligned across the reports. " if not comparison["shared_events"] else ""
    return (
        f"{head}Events are aligned by PLOVER type and resolved date, or, without a date, by type and place; events "
        f"with neither (e.g. 'on Sunday' with no publication date or no year in the dateline, and no place) are left "
        f"out of the alignment: {counts}."
    )


def _name(col: dict[str, Any]) -> str:
    """The report's outlet (else title, file, id); a text given again keeps its '#2' so that the
    two columns, and 'same text as …', can be told apart."""
    name = col.get("outlet") or col.get("title") or col.get("source_path") or col["id"][:12]
    again = col["id"].rpartition("#")[2] if "#" in col["id"] else ""
    return f"{name} #{again}" if again else name


def _shared_caveat(cols: list[dict[str, Any]]) -> str | None:
    """The genre caveat when every report has the same one (the genre model's known weakness):
    shown once, not in every column."""
    caveats = {col.get("genre_caveat") for col in cols}
    return caveats.pop() if len(caveats) == 1 and len(cols) > 1 else None


def _html_row(key: str, label: str, cols: list[dict[str, Any]], shared_caveat: str | None) -> Markup:
    th = h("th", label, h("small", ROW_HELP.get(key)), scope="row")
    if key == "genre_caveat" and shared_caveat:
        return h("tr", th, h("td", h("b", "Every report: "), shared_caveat, colspan=str(len(cols)), class_="shared"))
    return h("tr", th, join(h("td", _cell(_row_value(c, key))) for c in cols))


def terminal(comparison: dict[str, Any], console: Console) -> None:
    comparison = for_terminal(comparison)  # no control or bidi characters reach the terminal
    cols = comparison["articles"]
    table = Table(title="How the reports tell it", show_lines=True)
    table.add_column("", style="bold")
    for col in cols:
        table.add_column(_name(col), overflow="fold")
    shared_caveat = _shared_caveat(cols)
    for key, label in ROWS:
        if key == "genre_caveat" and shared_caveat:
            table.add_row(label, *(["the same for every report: below the table"] * len(cols)))
            continue
        table.add_row(label, *(_cell(_row_value(col, key)) for col in cols))
    if shared_caveat:
        table.caption, table.caption_justify = f"Genre caveat (every report): {shared_caveat}", "left"
    parts: list[Any] = [table]
    names = _place_rows(comparison)
    if names:
        nt = Table(
            title="Contested places, as each report names them",
            caption="(shared name): used by all sides; as a gloss: given as someone else's name, not the report's own usage; in a quotation: a speaker's name for it, not the report's; —: not mentioned",
        )
        nt.add_column("place", style="bold")
        for col in cols:
            nt.add_column(_name(col), overflow="fold")
        for entry in names:
            nt.add_row(entry["place"] or "?", *(_names_cell(entry, col["id"]) for col in cols))
        parts.append(nt)
    if comparison["shared_events"]:
        names = {c["id"]: _name(c) for c in cols}
        et = Table(
            title="Events reported by more than one report",
            caption=_caption(comparison["shared_events"]),
            caption_justify="left",
            show_lines=True,
        )
        et.add_column("type")
        et.add_column("date")
        et.add_column("collision", overflow="fold")
        for col in cols:
            et.add_column(_name(col), overflow="fold")
        for ev in comparison["shared_events"][:_TERMINAL_EVENTS]:
            et.add_row(
                _type(ev),
                _when(ev),
                _markers(ev, names),
                *(_event_cell(ev, col["id"], _copy_of(col, names)) for col in cols),
            )
        more = len(comparison["shared_events"]) - _TERMINAL_EVENTS
        if more > 0:
            et.add_row("…", f"{more} more (see --format json or html)", "", *("" for _ in cols))
        parts.append(et)
    figures = (comparison.get("casualty_figures") or {}).get("rows") or []  # absent in comparisons written before the field
    if figures:
        names = {c["id"]: _name(c) for c in cols}
        ft = Table(title="Casualty figures", caption=FIGURES_HELP, caption_justify="left", show_lines=True)
        ft.add_column("figure")
        ft.add_column("reports differ")
        for col in cols:
            ft.add_column(_name(col), overflow="fold")
        for row in figures:
            ft.add_row(
                _figure_label(row),
                _differs_text(row, names),
                *("\n".join(_figure_cell(row, col["id"], _copy_of(col, names))) for col in cols),
            )
        parts.append(ft)
        parts += [Text(_dispute_text(d, names)) for d in (comparison.get("casualty_figures") or {}).get("disputes") or []]
    note = _undated_note(comparison)
    if note:
        parts.append(note)
    console.print(Group(*parts))


def _caption(events: list[dict[str, Any]]) -> str:
    """How rows are matched, and a line for each collision marker that occurs."""
    used = {m["marker"] for e in events for m in e.get("markers") or []}
    return " ".join([MATCH_HELP, *(MARKER_HELP[m] + "." for m in MARKER_HELP if m in used), *_extras(events)])


# What each row means, shown under its name in the HTML page (a reader should not need the docs).
ROW_HELP = {
    "outlet": "who published it",
    "side": "the outlet's side in NewsPrism's outlet list",
    "published": "publication date",
    "words": "length, in words",
    "naming_verdict": "whose naming conventions the contested place names follow",
    "genre": "opinion, reporting or satire, from a model; see the caveat row",
    "genre_caveat": "what the genre model is known to get wrong, or why this text is too short to judge",
    "frames": "policy frames chosen by the frame model (Media Frames Corpus labels)",
    "scare_quoted": "terms the author put in quotation marks without a speaker",
    "labels": "labels for actors and loaded words from the lexicon, in the outlet's own voice",
    "labels_in_speech": "the same inside quotations or reported speech: the speakers' words as the outlet reports them",
    "framing": "framing highlights, by kind",
    "techniques": "persuasion-technique highlights, by SemEval-2023 label",
    "attributed_share": "share of claim-bearing sentences that name or describe a source",
    "voices": "who is quoted or cited",
    "source_kinds": "attributions by kind of source (named person, government, organisation, media, document, anonymous, social media …); the evidence lists the unnamed sources (anonymous and social media)",
    "unattributed": "claims in the author's own voice, and evidence asserted without a source",
    "headline_as_fact": "the headline's words that state as fact what the body reports only on someone's word (the headline layer)",
    "headline_words_as_own": "a label or loaded word the headline uses in the outlet's own voice that the body has only in someone's speech, with whose (the headline layer)",
    "events": "events, by PLOVER type",
    "consistency": "where the report contradicts itself (one statement, two dates)",
}

NOTES = (
    "— means none found; 'not analysed' means the layer did not run for that report (layers that need the English "
    "model are skipped for other languages; each report's warnings say which).",
    "The genre caveat row says why a genre is weak evidence: the model's known weakness, or a text too short to judge.",
    "Counts are numbers of highlights in the text; percentages are shares of that report's claim-bearing sentences.",
    "Each report's 'evidence' in the JSON below lists, per row, the spans a finding rests on: exact character "
    "offsets, the text and the rule that produced it ('source').",
)

STYLE = (
    "body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#1f2937}"
    ".wrap{overflow-x:auto;margin-bottom:24px}table{border-collapse:collapse}"
    "th,td{border:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f9fafb}"
    "th[scope=row]{min-width:10em}th small,.notes{display:block;font-weight:normal;color:#4b5563;font-size:12px;max-width:22em}"
    ".notes{max-width:60em;font-size:13px}td.mark{background:#fef3c7}"
    "@media (max-width:700px){body{margin:10px}}"
    "@media print{.wrap{overflow:visible}details{display:none}body{margin:0}}"
)


def _col_head(col: dict[str, Any]) -> str:
    sub = [x for x in (col.get("title"), col.get("source_path")) if x and x != _name(col)]
    return h("th", _name(col), h("small", " · ".join(sub)) if sub else None, scope="col")


def to_html(comparison: dict[str, Any]) -> str:
    cols = comparison["articles"]
    head = h("tr", h("th", ""), join(_col_head(c) for c in cols))
    shared_caveat = _shared_caveat(cols)
    body = join(_html_row(key, label, cols, shared_caveat) for key, label in ROWS)
    sections = [
        h("h2", "How the reports tell it"),
        h("div", h("table", head, body), class_="wrap"),
        h("ul", join(h("li", n) for n in NOTES), class_="notes"),
    ]
    differs = _place_rows(comparison)
    if differs:
        rows = join(
            h(
                "tr",
                h("th", e["place"], scope="row"),
                join(h("td", _names_cell(e, c["id"])) for c in cols),
            )
            for e in differs
        )
        sections += [
            h("h2", "Contested places, as each report names them"),
            h(
                "p",
                "Places the reports name differently, or that a report names with one side's name. "
                "'(shared name)': a name all sides use; 'as a gloss': a name the report gives as someone "
                "else's name ('Khankendi, which Armenians call Stepanakert'), not its own usage; "
                "'in a quotation': a name only inside someone's direct quotation, the speaker's usage; "
                "—: the report does not mention the place.",
                class_="notes",
            ),
            h("div", h("table", head, rows), class_="wrap"),
        ]
    if comparison["shared_events"]:
        names = {c["id"]: _name(c) for c in cols}
        rows = join(
            h(
                "tr",
                h("td", _type(e)),
                h("td", _when(e)),
                h("td", _markers(e, names), class_="mark" if e.get("markers") else None),
                join(_event_td(e, c["id"], _copy_of(c, names)) for c in cols),
            )
            for e in comparison["shared_events"]
        )
        ehead = h("tr", h("th", "type"), h("th", "date"), h("th", "collision"), join(h("th", _name(c)) for c in cols))
        used = {m["marker"] for e in comparison["shared_events"] for m in e.get("markers") or []}
        sections += [
            h("h2", "Events reported by more than one report"),
            h(
                "p",
                " ".join(
                    [
                        MATCH_HELP,
                        "'2× at X': the report mentions it twice, at place X; —: not in that report.",
                        *_extras(comparison["shared_events"]),
                    ]
                ),
                class_="notes",
            ),
            *([h("ul", join(h("li", MARKER_HELP[m]) for m in MARKER_HELP if m in used), class_="notes")] if used else []),
            h("div", h("table", ehead, rows), class_="wrap"),
        ]
    figures = (comparison.get("casualty_figures") or {}).get("rows") or []  # absent in comparisons written before the field
    if figures:
        names = {c["id"]: _name(c) for c in cols}
        rows = join(
            h(
                "tr",
                h("th", _figure_label(row), scope="row"),
                h("td", _differs_text(row, names) or "—", class_="mark" if _differs_text(row, names) else None),
                join(_lines_td(_figure_cell(row, c["id"], _copy_of(c, names))) for c in cols),
            )
            for row in figures
        )
        fhead = h("tr", h("th", "figure"), h("th", "reports differ"), join(h("th", _name(c)) for c in cols))
        sections += [
            h("h2", "Casualty figures, as each report gives them"),
            h("p", FIGURES_HELP, class_="notes"),
            h("div", h("table", fhead, rows), class_="wrap"),
            *(
                h("p", _dispute_text(d, names), class_="notes")
                for d in (comparison.get("casualty_figures") or {}).get("disputes") or []
            ),
        ]
    note = _undated_note(comparison)
    if note:
        sections.append(h("p", note, class_="notes"))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>NewsPrism comparison</title><style>{STYLE}</style></head><body><h1>NewsPrism comparison of {len(cols)} reports</h1>"
        f"{join(sections)}<details><summary>JSON</summary><pre>{esc(json.dumps(comparison, ensure_ascii=False, indent=1))}</pre></details>"
        "</body></html>\n"
    )
