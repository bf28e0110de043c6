"""Temporal expressions, typed and normalised as TIMEX3, anchored on the report's date.

Span contract (read by the ``event`` layer and the timeline panel; stable):

- span layer ``time``; label = TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``
  (repeated in ``attrs["type"]``).
- ``attrs["value"]``: the TIMEX3 normalised value — ``2023-04-25`` (day), ``2023-04`` (month),
  ``2023-W18`` (ISO week), ``2023-Q3``, ``2023-SU`` (season), ``2023`` (year), ``202`` (decade),
  ``2023-04-25TNI`` / ``2023-04-25T15:00`` (TIME), ``P3D`` / ``PT2H`` / ``PXY`` (DURATION),
  ``XXXX-WXX-1`` / ``P1D`` (SET), ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, and
  underspecified values with ``X`` (``XXXX-07-15``) when the year cannot be known.
- ``attrs["anchor"]``: the ISO date relative expressions were counted from, or None.
- ``attrs["anchor_source"]``: ``published`` | ``dateline`` | ``inferred_from_text:<span id>``
  (the full date the anchor came from) | ``none``.
- ``attrs["how"]``: the rule (``weekday``, ``month-day``, ``full-date``, ``duration`` …);
  ``attrs["why"]``: a short human explanation of the value.
- optional: ``mod`` (TIMEX3 mod: START, MID, END, BEFORE, AFTER …), ``relative_to`` (span id
  of the date a relative expression like "the day before" was counted from), ``range``
  (``2023-05-10/2023-05-12``) and ``range_role`` (start | end) for "from 10 to 12 May" and
  clock ranges ("between 23:30 and 01:15": ``2023-04-24T23:30/2023-04-25T01:15``), ``offset``
  (the amount counted, ``P2D``, on "two days later": TimeBank annotates that amount as the
  DURATION; a DURATION right before 'after'/'before', "Two days after the ramming", keeps its
  value and has ``offset`` and ``signal`` (after | before): an amount counted from another
  happening, not a length), ``freq`` (the amount in each period of a SET, ``PT4H`` on "four hours a day"),
  ``dateline: true`` for the date in the dateline, ``estimate`` (``2024-04-10``,
  ``2024-03-11/2024-04-09``) on Islamic holidays, whose value keeps only the month or year the
  tabular calendar is sure of.
- ``timezone`` (``GMT``, ``Kyiv time``) on a clock time written with a zone; the value stays
  that clock reading, not converted (TimeBank writes "4 a.m. EDT Thursday" as ``…T04:00``).
- times in a habit are SETs with no day: "every Friday … at noon" ``XXXX-WXX-5T12:00``.

``analysis.summary["time"]``: the anchor (date, source, why) and the span count.
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis

SCORES = {
    "full-date": 0.95, "iso-date": 0.95, "dotted-date": 0.95, "month-year": 0.9, "month-day": 0.9, "range": 0.85, "weekday": 0.85,
    "relative-day": 0.9, "this-last-next": 0.85, "year": 0.85, "duration": 0.8, "ago": 0.8, "quarter": 0.75,
    "relative-to-reference": 0.6, "vague-reference": 0.6, "the-unit": 0.6,
}  # fmt: skip


def _offset_signal(text: str, start: int, end: int) -> str | None:
    """'after'/'before' right after a duration ('Two days after the ramming'): the amount is an
    offset from another happening (``offset_signals`` of the time lexicon), not a length ('held
    for two days after his arrest', ``offset_not_after``)."""
    from newsprism.temporal.grammar import lexicon

    m = re.match(r"\s+([A-Za-z]+)", text[end : end + 12])
    word = m.group(1).lower() if m else ""
    before = text[max(0, start - 14) : start].split()
    if before and before[-1].lower() in lexicon().get("offset_not_after", ()):
        return None
    return word if word in lexicon().get("offset_signals", ()) else None


def _weekday_days(text: str, timexes: list, doc=None) -> list[tuple[int, int, int, int, int]]:
    """(month, day, isoweekday, start, end) of unanchored days named with their weekday ("Sunday, April 23"),
    not in a future clause (a day planned ahead is no lower bound for when the report was written)."""
    from newsprism.temporal import tense
    from newsprism.temporal.grammar import lexicon

    weekdays = lexicon()["weekdays"]
    out = []
    for t in timexes:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)(?:TMO)?", t.value) if t.how == "month-day" else None
        first_word = re.match(r"[A-Za-z]+", text[t.start : t.end])
        if m and first_word and first_word.group().lower() in weekdays and tense.direction(text, t.start, t.end, doc) != "future":
            out.append((int(m.group(1)), int(m.group(2)), weekdays[first_word.group().lower()], t.start, t.end))
    return out


def _years(timexes: list, text: str, doc=None) -> list[int]:
    """Calendar years the text names as already reached, lower bounds for its days: a month of a
    year outside a future clause, a bare year only in a past-tense one (a bare year is often a
    target: "rebuild the town by 2030", "a vote due in 2026")."""
    from newsprism.temporal import tense

    out = []
    for t in timexes:
        if t.type != "DATE" or not (m := re.fullmatch(r"(\d{4})(-\d\d)?", t.value)):
            continue
        direction = tense.direction(text, t.start, t.end, doc)
        if direction == "past" or (m.group(2) and direction != "future"):
            out.append(int(m.group(1)))
    return out


def _outside_outlet_names(timexes: list, outlets: list) -> list:
    """The timexes outside the outlet's name the meta layer found in the dateline ('TIRASPOL, November
    26, 2026 (Pridnestrovie Today) —': 'Today' names the paper, no day; audit 16, L1); an index in
    ``relative_to`` follows its expression (None when that one is dropped)."""
    keep = [k for k, t in enumerate(timexes) if not any(o.start <= t.start and t.end <= o.end for o in outlets)]
    if len(keep) == len(timexes):
        return timexes
    new_index = {old: new for new, old in enumerate(keep)}
    out = [timexes[k] for k in keep]
    for t in out:
        if t.relative_to is not None:
            t.relative_to = new_index.get(t.relative_to)
    return out


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.temporal import anchor as anchoring
    from newsprism.temporal import tagger

    text = analysis.article.text
    meta = analysis.summary.get("meta") or {}
    dateline = meta.get("dateline")
    anchor = anchoring.choose(analysis.article.published, dateline, [])
    matched = tagger.scan(text)  # shared by both passes: the regex matching does not depend on the anchor
    first = None
    if anchor.date is None:
        first = tagger.tag(text, None, ctx.doc, matched=matched)
        full = [
            (dt.date.fromisoformat(t.value[:10]), t.start, t.end)
            for t in first
            if t.how in ("full-date", "iso-date", "dotted-date") and re.fullmatch(r"\d{4}-\d\d-\d\d(?:TMO)?", t.value)
        ]  # "the early hours of 3 March 2022" is that day's morning
        low = None
        years = _years(first, text, ctx.doc) + [d.year for d, _, _ in full]
        named = anchoring.weekday_dated(_weekday_days(text, first, ctx.doc), max(years)) if years else []
        if full:  # "the war began on Thursday, February 24" beside "March 3, 2025" is 2022's, not 2028's: no bound
            latest = max(d for d, _, _ in full)
            named = [n for n in named if (n[0] - latest).days <= 366]
        if named and (not full or max(named)[0] > max(full)[0]):
            # "since January 14, 2025 … on Friday, February 7": the later day, dated by the year, is the bound
            low, full = max(years), full + named
        anchor = anchoring.choose(None, dateline, full, by_weekday=low if full else None)
    bound = anchor.source == "inferred_from_text"  # the report was written then or later (a weekday counts back from it)
    place = (dateline or {}).get("place")
    if first is not None and anchor.date is None and place is None and not bound:
        timexes = first  # no anchor found: the second pass would be the first one again
    else:
        timexes = tagger.tag(text, anchor.date, ctx.doc, place, bound=bound, matched=matched)

    timexes = _outside_outlet_names(timexes, analysis.spans_of("meta", "outlet"))
    dateline_span = next((s for s in analysis.spans_of("meta", "dateline")), None)
    ids: list[str] = []
    made = []
    for t in timexes:
        attrs = {
            "type": t.type,
            "value": t.value,
            "anchor": anchor.date.isoformat() if anchor.date else None,
            "anchor_source": anchor.source,
            "how": t.how,
            "why": t.why,
        }
        if t.mod:
            attrs["mod"] = t.mod
        attrs.update(t.extra)
        if dateline_span and dateline_span.start <= t.start and t.end <= dateline_span.end:
            attrs["dateline"] = True
        if t.type == "DURATION" and (signal := _offset_signal(text, t.start, t.end)):
            attrs.update(offset=t.value, signal=signal)  # 'Two days after the ramming': counted from it, no length
            attrs["why"] = f"{t.why}; counted {signal} another happening ('{signal}'), not how long something lasted"
        span = analysis.add_span("time", t.type, t.start, t.end, f"{LAYER.source}:{t.how}", attrs, score=SCORES.get(t.how, 0.7))
        ids.append(span.id)
        made.append(span)
    for t, span in zip(timexes, made, strict=True):
        if t.relative_to is not None:
            span.attrs["relative_to"] = ids[t.relative_to]
    source = anchor.source
    if anchor.evidence:
        ev = next((s for s in made if (s.start, s.end) == anchor.evidence), None)
        if anchor.source == "inferred_from_text":
            source = f"inferred_from_text:{ev.id if ev else text[anchor.evidence[0] : anchor.evidence[1]]}"
        for s in made:
            s.attrs["anchor_source"] = source
    analysis.summary["time"] = {
        "anchor": anchor.date.isoformat() if anchor.date else None,
        "anchor_source": source,
        "anchor_why": anchor.why,
        "anchor_lower_bound": anchor.lower_bound,
        "expressions": len(made),
    }


LAYER = Layer(
    name="time",
    version="1.0",
    run=run,
    description="temporal expressions with TIMEX3 type and value, anchored on the publication date (or one inferred from the text)",
    requires=("meta",),
)
