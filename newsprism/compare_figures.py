"""Casualty figures across reports: what each report says of how many were killed, wounded,
detained …, side by side, with the exact words.

The counts are read by the claims layer's consistency reader (``newsprism.claims.consistency``:
a number, the noun it counts and the status its verb or noun gives), here on each report's text
again: the claim layer keeps only the conflicts inside one report. Rows are conservative: one
outcome ('killed'), one kind of victim ('military', 'civilians', 'people' …; a figure for
'people' is not one for 'civilians') and one side (the consistency reader's: the victims' own
side word, 'one Azerbaijani soldier', else 'not' the doer's side, 'Azerbaijani forces shelled …,
killing two soldiers': 'not:azerbaijani'; else none): the dead of two sides are two rows, and a
figure without a side does not join one with a side. A row ``differs`` when two different texts give
figures for it that cannot both hold ('two' and 'five'; 'about 120' and '100' can).
"""

from __future__ import annotations

import re
from typing import Any

from newsprism.model import Analysis, Span
from newsprism.resources import load_json


def _config() -> dict[str, Any]:
    return load_json("compare", "casualties.json")


def _kind(group: str, shown: str) -> str | None:
    """The kind of victim the counted noun names ('soldiers' → military); a casualty noun
    ('25 dead') names none ('unspecified')."""
    if group == "casualty":
        return "unspecified"
    words = re.findall(r"[\w-]+", shown.casefold())
    noun = words[-1] if words else ""
    return next((k for k, nouns in _config()["victim_kinds"].items() if noun in nouns), None)


def _other_year(start: int, doc: Any, spans: list[Span]) -> bool:
    """Is the figure in a sentence that dates something to another year than the report's
    anchor ('the 2020 war killed 3,000 soldiers')?"""
    sent = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
    if sent is None:
        return False
    for s in spans:
        if s.layer != "time" or s.label != "DATE" or not (sent.start_char <= s.start < sent.end_char):
            continue
        value, anchor = str(s.attrs.get("value") or ""), str(s.attrs.get("anchor") or "")
        if re.match(r"\d{4}", value) and re.match(r"\d{4}", anchor) and value[:4] != anchor[:4]:
            return True
    return False


def _places(start: int, doc: Any, spans: list[Span]) -> list[tuple[str, str]]:
    """The specific places of the figure's sentence (the place layer's ids, else the names as
    written; no country or region, no dateline place), so that the wounded of one half of an
    exchange of fire (in Uri) are not those of the other half (in the Leepa valley)."""
    from newsprism.compare_events import alignment_config as align_config
    from newsprism.compare_events import place_key as _norm

    sent = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
    if sent is None:
        return []
    inside = [s for s in spans if sent.start_char <= s.start < sent.end_char]
    dateline = max((s.end for s in inside if s.layer == "time" and s.attrs.get("dateline")), default=-1)
    broad = set(align_config()["broad_place_kinds"])
    out = []
    for s in inside:
        if s.layer == "place" and s.start > dateline and (s.attrs.get("kind") or "") not in broad:
            key = s.attrs.get("id") or _norm(s.text)
            if key not in [k for k, _ in out]:
                out.append((key, s.text))
    return out


def _cumulative(start: int, doc: Any) -> bool:
    """Is the figure in a sentence that may give a running total ('40 soldiers have been killed
    since January', 'bringing the toll to 15'), not the incident's own figure?"""
    sent = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
    words = " " + " ".join(re.findall(r"[\w-]+", sent.text.casefold())) + " " if sent is not None else ""
    return any(f" {w} " in words for w in _config()["cumulative_words"])


def _said(start: int, end: int, an: Analysis, by_id: dict[str, Span]) -> dict[str, Any] | None:
    """The claim whose content holds the figure: its speaker, and whether the speaker denies it."""
    from newsprism.compare_claims import is_denial

    held = [
        c
        for c in an.records.get("claims", [])
        if c.get("speaker")
        and c.get("content") in by_id
        and by_id[c["content"]].start <= start
        and end <= by_id[c["content"]].end
    ]
    if not held:
        return None
    c = min(held, key=lambda c: by_id[c["content"]].end - by_id[c["content"]].start)
    return {"speaker": c["speaker"], "claim": c.get("id"), "denies": is_denial(c, by_id)}


def _entries(an: Analysis, pipe: Any) -> list[tuple[tuple[str, str, str | None], dict[str, Any]]]:
    """(outcome, victims, side) and the figure, for each casualty count in the report."""
    from newsprism.claims.consistency import counts

    text = an.article.text
    doc = pipe(text)
    by_id = {s.id: s for s in an.spans}
    out = []
    sides = [(s.start, s.end, s.attrs["side"]) for s in an.spans if s.layer == "actor" and s.attrs.get("side")]
    for m in counts(doc, text, sides):
        group, status = m.key
        kind = _kind(group, m.shown)
        if status not in _config()["outcomes"] or kind is None or _other_year(m.start, doc, an.spans):
            continue
        if _cumulative(m.start, doc):
            continue
        low, high, how, value = m.value
        entry = {
            "value": value,
            "low": low,
            "high": None if high == float("inf") else high,
            "how": how or None,
            "text": m.shown,
            "start": m.start,
            "end": m.end,
            "said_by": _said(m.start, m.end, an, by_id),
        }
        places = _places(m.start, doc, an.spans)
        entry |= {"places": [t for _, t in places], "place_keys": [k for k, _ in places]}
        out.append(((status, kind, m.side), entry))
    return out


def _fits(a: dict[str, Any], b: dict[str, Any]) -> bool:
    hi_a = a["high"] if a["high"] is not None else float("inf")
    hi_b = b["high"] if b["high"] is not None else float("inf")
    return not (hi_a < b["low"] or hi_b < a["low"])


def _differs(by_article: dict[str, list[dict[str, Any]]], copies: dict[str, str | None]) -> bool:
    """Two different texts whose figures (those not denied) cannot both hold: no figure of one fits one of the other."""
    given = {k: [e for e in v if not (e["said_by"] or {}).get("denies")] for k, v in by_article.items()}
    keys = [k for k in given if given[k]]
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            pairs = [(x, y) for x in given[a] for y in given[b] if _together(x, y)]
            if (copies.get(a) or a) != (copies.get(b) or b) and pairs and not any(_fits(x, y) for x, y in pairs):
                return True
    return False


def _together(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Can two figures be of one incident: at one place, or neither placed?"""
    pa, pb = set(a["place_keys"]), set(b["place_keys"])
    return bool(pa & pb) if pa and pb else not pa and not pb


def figures(analyses: list[Analysis], keys: list[str], read: list[bool], copies: dict[str, str | None]) -> dict[str, Any]:
    """The casualty table: ``rows`` (most reports first, differing rows first among equals) and
    ``not_read``, the reports whose figures were not read (the claim layer did not run: not English)."""
    from newsprism import nlp

    found: list[tuple[str, tuple[str, str, str | None], dict[str, Any]]] = []
    pipe = None
    for an, key, ok in zip(analyses, keys, read, strict=True):
        if ok:
            pipe = pipe or nlp.load()
            found += [(key, row_key, entry) for row_key, entry in _entries(an, pipe)]
    rows: list[tuple[tuple[str, str, str | None], dict[str, list[dict[str, Any]]]]] = []
    for key, row_key, entry in found:
        row = _row_for(rows, row_key, entry)
        cell = row.setdefault(key, [])
        if all(e["start"] != entry["start"] for e in cell):
            cell.append(entry)
    order = _config()["outcomes"]
    out = [
        {"outcome": o, "victims": v, "side": s, "places": _written(by), "differs": _differs(by, copies), "by_article": by}
        for (o, v, s), by in rows
    ]
    out.sort(key=lambda r: (-len(r["by_article"]), not r["differs"], order.index(r["outcome"]), r["victims"], r["side"] or ""))
    return {"rows": out, "not_read": [k for k, ok in zip(keys, read, strict=True) if not ok]}


def _row_for(
    rows: list[tuple[tuple[str, str, str | None], dict[str, list[dict[str, Any]]]]],
    row_key: tuple[str, str, str | None],
    entry: dict[str, Any],
) -> dict[str, list[dict[str, Any]]]:
    """The row a figure joins: of its outcome, kind and side, at a place it names; a figure
    without a place joins only figures without one (the wounded 'in Uri' and six wounded
    somewhere are not one figure)."""
    same = [by for k, by in rows if k == row_key]
    here = set(entry["place_keys"])

    def places(by: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in by.values() for e in v for p in e["place_keys"]}

    fit = [by for by in same if places(by) & here] if here else [by for by in same if not places(by)]
    if fit:
        return fit[0]
    rows.append((row_key, {}))
    return rows[-1][1]


def _written(by: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The row's places as the reports write them, each once."""
    return list(dict.fromkeys(p for v in by.values() for e in v for p in e["places"]))
