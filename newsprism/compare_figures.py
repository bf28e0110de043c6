"""Casualty figures across reports: what each report says of how many were killed, wounded,
detained …, side by side, with the exact words.

The figures are the claim layer's ``records.figures`` (``newsprism.claims.figures``: a count the
consistency reader finds, with its outcome, kind of victim, side, sentence and places); an
analysis made before the claim layer wrote them is parsed again for them (``reparsed``). Rows are conservative: one
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


def _sentence_spans(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if start <= s.start < end]


_RELATIVE = re.compile(r",\s+(?:which|where|whose|who|whom)\b", re.IGNORECASE)


# a noun phrase set off after the figure's place that tells the place's own past ('…, one of four villages returned to
# Azerbaijan in 2024', '…, a town captured by Russia in 2022'): its date is the place's, not the figure's
_PLACE_APPOSITION = re.compile(
    r",\s+(?:one\s+of|part\s+of|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:village|town|city|region|district|area|province|"
    r"enclave|territory|settlement|border\s+village|peninsula))\b",
    re.IGNORECASE,
)
PLACE_APPOSITION = True


def _other_year(
    sentence: list[Span], text: str = "", after: int | None = None, begin: int | None = None, opens: int = 0, months: bool = True
) -> bool:
    """Does the figure's sentence date something to another year than the report's anchor
    ('the 2020 war killed 3,000 soldiers'), or to an earlier month ('last month')? Not a date in a relative clause after the figure
    ('two soldiers were killed on Monday near Avdiivka, which Russia captured last year'; review
    12), nor in one closed before it ('Somaliland, which declared independence … in 1991 …, said
    its troops had repelled an attack …, killing 37 fighters'; audit 15 C2); ``after`` / ``begin``:
    where the figure ends / starts in ``text``, ``opens`` where its sentence starts; ``months``: the
    report tells a day of its own month, so that an earlier month is another incident's."""
    for s in sentence:
        if s.layer != "time" or s.label != "DATE":
            continue
        if after is not None and s.start >= after and _RELATIVE.search(text, after, s.start):
            continue
        if after is not None and s.start >= after and PLACE_APPOSITION and _PLACE_APPOSITION.search(text, after, s.start):
            continue  # '… near Gizilhajili, one of four villages returned to Azerbaijan in 2024' (audit 20 C4)
        if begin is not None and s.end <= begin and _in_closed_relative(text, opens, s.start, s.end, begin):
            continue
        value, anchor = str(s.attrs.get("value") or ""), str(s.attrs.get("anchor") or "")
        if re.match(r"\d{4}", value) and re.match(r"\d{4}", anchor) and value[:4] != anchor[:4]:
            return True
        if months and re.fullmatch(r"\d{4}-\d{2}", value) and re.match(r"\d{4}-\d{2}", anchor) and value < anchor[:7]:
            return True  # 'a terrorist commander killed near Mucojo last month' (audit 18 C3): an earlier incident
    return False


def _in_closed_relative(text: str, opens: int, start: int, end: int, begin: int) -> bool:
    """Is ``start:end`` inside a relative clause (', which …,') of the figure's sentence (from
    ``opens``) that a comma closes before the figure (at ``begin``)?"""
    opened = [m for m in _RELATIVE.finditer(text, opens, start) if m.end() <= start]
    if not opened:
        return False
    close = text.find(",", end, begin)
    return close != -1 and "," not in text[opened[-1].end() : start]


def _days(sentence: list[Span], text: str = "", spoken: bool | None = False) -> list[str]:
    """The dates the figure's sentence gives (the time layer's DATE values, day or month, with a
    part of the day: '2026-07', '2026-11-02', '2026-11-22TNI'): two figures dated apart are of two
    incidents (review 12). ``spoken`` False: not the day a speaker spoke ('…, the ISPR said on Thursday':
    audit 17), which dates no figure apart; None: every date (two unplaced figures told on one day)."""
    out = []
    for s in sentence:
        if spoken is False and SPEECH_DAY_NOT_INCIDENT and text and _spoken_on(text, s.start):
            continue
        if spoken is False and PUBLICATION_DAY_NOT_INCIDENT and text and _published_on(text, s.start):
            continue
        m = (
            re.match(r"\d{4}-\d{2}(?:-\d{2}(?:T(?:\d\d:\d\d|[A-Z]{2}))?)?", str(s.attrs.get("value") or ""))
            if s.layer == "time" and s.label == "DATE"
            else None
        )
        if m is not None:
            out.append(m.group())
    return out


SPEECH_DAY_NOT_INCIDENT = True


def dates_in(text: str, times: list, lo: int, hi: int, value: re.Pattern[str]) -> list[str]:
    """The date values (the part ``value`` matches) of the time spans that start in ``text[lo:hi]``, leaving out the day
    a speaker spoke ('…, officials said on Monday'): what the claim layer's dated-apart check and the headline layer's
    day check compare."""
    out = []
    for t in times:
        if lo <= t.start < hi and not _spoken_on(text, t.start):
            got = value.match(str(t.attrs.get("value") or ""))
            if got is not None:
                out.append(got.group())
    return out


def _spoken_on(text: str, start: int) -> bool:
    """Does a verb of saying stand right before the date ('said on Thursday', 'told reporters on
    Monday'; ``speech_day_before`` of ``data/claims/figures.json``)?"""
    from newsprism.claims.figures import config as figure_config

    words = "|".join(figure_config().get("speech_day_before", ()))
    return (
        bool(words)
        and re.search(
            rf"\b(?:{words})\s+(?:\w+\s+)?(?:on\s+|late\s+on\s+|early\s+on\s+)?$", text[max(0, start - 40) : start], re.IGNORECASE
        )
        is not None
    )


PUBLICATION_DAY_NOT_INCIDENT = True  # audit 18 C14: '… a video published through its Amaq news agency on Wednesday night'


def _published_on(text: str, start: int) -> bool:
    """Does a verb of publication stand before the date in its clause ('a statement and a video published through its
    Amaq news agency on Wednesday night, saying its "mujahideen" had killed 17'; ``publication_day_before`` of
    ``data/claims/figures.json``)? The day the claim came out, not the day of the deaths (audit 18 C14)."""
    from newsprism.claims.figures import config as figure_config

    words = "|".join(figure_config().get("publication_day_before", ()))
    return (
        bool(words) and re.search(rf"\b(?:{words})\b[^,;.:\"\u201c\u201d]{{0,60}}$", text[max(0, start - 80) : start]) is not None
    )


def _apart(x: list[str], y: list[str]) -> bool:
    """Are two figures dated (both) to no common day or month ('on Monday' / 'in July')? The night of
    the 22nd and the small hours of the 23rd are one night (``compare_time``)."""
    from newsprism.compare_time import may_be_same

    return bool(x and y) and not any(may_be_same(a, b) for a in x for b in y)


def _places(places: list[Span]) -> list[tuple[str, str]]:
    """The figure's specific places (the place layer's ids, else the names as written; no country
    or region), so that the wounded of one half of an exchange of fire (in Uri) are not those of
    the other half (in the Leepa valley)."""
    from newsprism.compare_events import alignment_config as align_config
    from newsprism.compare_events import place_key as _norm

    broad = set(align_config()["broad_place_kinds"])
    out = []
    for s in places:
        if (s.attrs.get("kind") or "") not in broad:
            key = s.attrs.get("id") or _norm(s.text)
            if key not in [k for k, _ in out]:
                out.append((key, s.text))
    return out


def _said(start: int, end: int, an: Analysis, by_id: dict[str, Span], sentence_end: int | None = None) -> dict[str, Any] | None:
    """The claim whose content holds the figure: its speaker, and whether the speaker denies it."""
    from newsprism.compare_claims import is_denial
    from newsprism.compare_events import alignment_config

    held = [
        c
        for c in an.records.get("claims", [])
        if c.get("speaker")
        and c.get("content") in by_id
        and by_id[c["content"]].start <= start
        and end <= by_id[c["content"]].end
    ]
    if not held and MIXED_QUOTE_SUBJECT and sentence_end is not None:
        held = _quoted_predicate(an, by_id, end, sentence_end)
    if not held:
        return None
    c = min(held, key=lambda c: by_id[c["content"]].end - by_id[c["content"]].start)
    said = {"speaker": c["speaker"], "claim": c.get("id"), "denies": is_denial(c, by_id, (start, end)), "side": c.get("side")}
    cue = by_id.get(c.get("cue") or "")
    if cue is not None and cue.text.casefold() in alignment_config()["distancing_cues"]:
        said["distanced"] = cue.text  # "Priština claims that three armed attackers were killed": the report keeps its distance
    return said


MIXED_QUOTE_SUBJECT = True  # audit 17 C2: 'The accounts from Juba of 27 dead … were "fabricated …", the ministry … said'


def _quoted_predicate(an: Analysis, by_id: dict[str, Span], end: int, sentence_end: int) -> list[dict[str, Any]]:
    """The quotation whose claim is told after it in the figure's sentence ('…, the foreign ministry said'),
    when the figure is in the quotation's unquoted subject before it: the speaker says the rest of the clause."""
    text = an.article.text
    out = []
    for c in an.records.get("claims", []):
        content, cue = by_id.get(c.get("content") or ""), by_id.get(c.get("cue") or "")
        if not c.get("speaker") or content is None or cue is None or c.get("kind") != "direct_quote":
            continue
        between = text[end : content.start]
        if (
            end <= content.start
            and cue.start >= content.end
            and cue.end <= sentence_end
            and not re.search(r'[;:"\u201c\u201d.!?]', between)
        ):
            out.append(c)
    return out


def has_records(an: Analysis) -> bool:
    """Did the claim layer write this report's casualty figures (``records.figures``, and their
    number in ``summary.sourcing.casualty_figures``, 0 when there are none)? An analysis made
    before it did has neither."""
    return "casualty_figures" in (an.summary.get("sourcing") or {}) or bool(an.records.get("figures"))


def _found(an: Analysis, by_id: dict[str, Span], pipe: Any) -> list[dict[str, Any]]:
    """The report's figures: its ``figures`` records, else (an analysis made before the claim layer
    wrote them) those of a new parse, with ``places`` as Span objects."""
    if has_records(an):
        return [{**r, "places": [by_id[p] for p in r.get("places", []) if p in by_id]} for r in an.records.get("figures", [])]
    from newsprism.claims import figures as claim_figures
    from newsprism.claims.consistency import article_day

    return claim_figures.find(pipe(an.article.text), an.article.text, an.spans, when=article_day(an))


def _entries(an: Analysis, pipe: Any) -> list[tuple[tuple[str, str, str | None], dict[str, Any]]]:
    """(outcome, victims, side) and the figure, for each casualty figure of the report (not a
    running total: '40 soldiers have been killed since January')."""
    from newsprism.claims.consistency import running_total

    text = an.article.text
    by_id = {s.id: s for s in an.spans}
    out = []
    months = _tells_its_month(an.spans)
    place_spans = sorted((s for s in an.spans if s.layer == "place"), key=lambda s: s.start) if PARAGRAPH_PLACES else []
    # places as places, not a capital standing for its state ('recognised by Mogadishu', 'Ankara says': actor spans),
    # nor the dateline's ('TBILISI/TSKHINVALI, Nov 26 … -' opens the lead's paragraph but tells where it was written)
    actors = {(s.start, s.end) for s in an.spans if s.layer == "actor"}
    datelines = [(s.start, s.end) for s in an.spans if s.layer == "meta" and s.label == "dateline"]
    event_spans = [s for s in place_spans if (s.start, s.end) not in actors and not any(a <= s.start < b for a, b in datelines)]
    for fig in _found(an, by_id, pipe):
        sentence = _sentence_spans(an.spans, fig["sentence_start"], fig["sentence_end"])
        said_in = text[fig["sentence_start"] : fig["sentence_end"]]
        if _other_year(sentence, text, fig["end"], fig["start"], fig["sentence_start"], months) or fig.get(
            "running_total", running_total(said_in)
        ):  # (records of 27 Nov lack the flag)
            continue
        entry = {k: fig[k] for k in ("value", "low", "high", "how", "text", "start", "end")}
        if fig.get("told_as"):
            entry["told_as"] = fig["told_as"]  # '13 militants "neutralised"': shown with the count (audit 20 C8)
        entry["said_by"] = _said(fig["start"], fig["end"], an, by_id, fig["sentence_end"])
        places = _places(fig["places"])
        entry |= {"places": [t for _, t in places], "place_keys": [k for k, _ in places]}
        out.append(
            (
                (fig["outcome"], fig["victims"], fig["side"]),
                entry
                | {
                    "_span": fig.get("span"),
                    "_days": _days(sentence, text),
                    "_any_days": _days(sentence, text, None),
                    "_para": _paragraph_places(text, place_spans, fig["sentence_start"], fig["places"]) if not places else set(),
                    "_para_told": _paragraph_places(text, event_spans, fig["sentence_start"]) if not places else set(),
                },
            )
        )
    return out


PARAGRAPH_PLACES = True  # audit 19 C1: p1/p3's 23 detained in Wamena and p2's two young men taken away in Mbua


_NOT_AN_AREA = ("country", "continent", "demonym")


def _paragraph_places(text: str, place_spans: list[Span], sentence_start: int, own: list[Span] = ()) -> set[str]:
    """Where an unplaced figure's incident is told: the regions its own sentence names ('kills four road workers in
    Nduga', a regency), else the places its paragraph names before it ('In a separate incident in Wamena on Monday,
    police dispersed … He said one protester was injured and 23 were detained'), not countries. They keep it apart
    from an unplaced figure told at another place (`_row_for`), never place it (audit 19 C1)."""
    from newsprism.compare_events import place_key

    def key(s: Span) -> str:
        return s.attrs.get("id") or place_key(s.text)

    mine = {key(s) for s in own if (s.attrs.get("kind") or "") not in _NOT_AN_AREA}
    if mine:
        return mine
    opens = text.rfind("\n", 0, sentence_start) + 1
    return {key(s) for s in place_spans if opens <= s.start < sentence_start and (s.attrs.get("kind") or "") not in _NOT_AN_AREA}


def _tells_its_month(spans: list[Span]) -> bool:
    """Does the report date something (not its dateline) to a day of its own month? A report of 2 December on 'an attack
    late last month' tells that attack, not an earlier one (review 18)."""
    for s in spans:
        if s.layer == "time" and s.label == "DATE" and not s.attrs.get("dateline"):
            value, anchor = str(s.attrs.get("value") or ""), str(s.attrs.get("anchor") or "")
            if re.match(r"\d{4}-\d{2}-\d{2}", value) and value[:7] == anchor[:7]:
                return True
    return False


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
            pairs = [(x, y) for x in given[a] for y in given[b] if _together(x, y) and not _rivals(x, y)]
            if (copies.get(a) or a) != (copies.get(b) or b) and pairs and not any(_fits(x, y) for x, y in pairs):
                return True
    return False


def _rivals(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Are two figures the words of speakers of two different known sides (one report quotes
    Georgia's 'two men', the other South Ossetia's 'three men')? Then the sources differ, not the
    reports (audit 12)."""
    sa, sb = (a["said_by"] or {}).get("side"), (b["said_by"] or {}).get("side")
    return sa is not None and sb is not None and sa != sb


def _together(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Can two figures be of one incident: at one place, or neither placed?"""
    pa, pb = set(a["place_keys"]), set(b["place_keys"])
    return bool(pa & pb) if pa and pb else not pa and not pb


def figures(analyses: list[Analysis], keys: list[str], read: list[bool], copies: dict[str, str | None]) -> dict[str, Any]:
    """The casualty table: ``rows`` (most reports first, differing rows first among equals) and
    ``not_read``, the reports whose figures were not read (the claim layer did not run: not English),
    and ``reparsed``, those whose analysis holds no ``figures`` records (made before the claim layer
    wrote them): parsed again, with the pipeline's default model."""
    from newsprism import nlp
    from newsprism.compare_events import named_places

    found: list[tuple[str, tuple[str, str, str | None], dict[str, Any]]] = []
    pipe = None
    reparsed = []
    for an, key, ok in zip(analyses, keys, read, strict=True):
        if ok:
            if not has_records(an):
                pipe = pipe or nlp.load()
                reparsed.append(key)
            found += [(key, row_key, entry) for row_key, entry in _entries(an, pipe)]
    rows: list[tuple[tuple[str, str, str | None], dict[str, list[dict[str, Any]]]]] = []
    spans = {}  # (column, offset) → the casualty_figure span (none on a new parse): for the disputes, not the rows
    days: dict[tuple[str, int], list[str]] = {}  # (column, offset) → the dates of the figure's sentence
    told: dict[tuple[str, int], list[str]] = {}  # … and the days its speakers spoke, for two unplaced figures of one day
    paras: dict[tuple[str, int], set[str]] = {}  # … and, unplaced, the places of its paragraph before it
    told_at: dict[tuple[str, int], set[str]] = {}  # … of those, the ones not standing for a state (actor spans)
    for key, row_key, entry in found:
        spans[key, entry["start"]] = entry.pop("_span")
        days[key, entry["start"]] = entry.pop("_days")
        told[key, entry["start"]] = entry.pop("_any_days")
        paras[key, entry["start"]] = entry.pop("_para")
        told_at[key, entry["start"]] = entry.pop("_para_told")
        row = _row_for(rows, row_key, entry, days, (key, entry["start"]), paras)
        cell = row.setdefault(key, [])
        if all(e["start"] != entry["start"] for e in cell):
            cell.append(entry)
    # each report's specific places, named anywhere in it: an unplaced figure's report must name the other's place
    named = {key: (named_places(an), an.article.text) for an, key in zip(analyses, keys, strict=True)}
    rows = _fold(rows, days, named)
    if JOIN_LABELLED_KINDS:
        rows = _join_kinds(rows, days)
    if NOT_SIDE_INTO_UNSIDED:
        rows = _join_doer_side(rows, days)
    from newsprism.claims.figures import config as figure_config

    order = figure_config()["outcomes"]
    out = [
        {"outcome": o, "victims": v, "side": s, "places": _written(by), "differs": _differs(by, copies), "by_article": by}
        for (o, v, s), by in rows
    ]
    for row, (_, by) in zip(out, rows, strict=True):
        row["other_victims"] = _other_victims(row, by, rows, copies)
    # each report's specific places, named anywhere in it: an unplaced figure's report must name the other's place
    disputes = _disputes(out, copies, spans, days, named, told, told_at)
    out.sort(key=lambda r: (-len(r["by_article"]), not r["differs"], order.index(r["outcome"]), r["victims"], r["side"] or ""))
    return {
        "rows": out,
        "disputes": disputes,
        "not_read": [k for k, ok in zip(keys, read, strict=True) if not ok],
        "reparsed": reparsed,
    }


def _disputes(
    rows: list[dict[str, Any]],
    copies: dict[str, str | None],
    spans: dict[tuple[str, int], str | None],
    days: dict[tuple[str, int], list[str]] | None = None,
    named: dict[str, Named] | None = None,
    told: dict[tuple[str, int], list[str]] | None = None,
    paras: dict[tuple[str, int], set[str]] | None = None,
) -> list[dict[str, Any]]:
    """disputed_victims: at one place, one report's dead (wounded …) are combatants and another's
    non-combatants ('four armed members of the militias' / 'three Sahrawi civilians' near Mijek,
    the kinds in ``combatant_kinds`` / ``noncombatant_kinds`` of ``data/claims/figures.json``),
    of sides that may be one ('not:moroccan' and none; 'armenian' soldiers and 'azerbaijani'
    civilians are two sides' dead, not a dispute), from texts that give only one of the two kinds
    there (a report giving both gives two parts of one toll). The marked ``other_victims`` say
    ``disputed``. Also the ``differing_counts`` of :func:`_differing_counts`. Figures whose
    sentences date them apart ('on Monday' / 'in July': ``days``) are of two incidents (review 12)."""
    from newsprism.claims.consistency import sides_agree
    from newsprism.claims.figures import config as figure_config

    fighters, civilians = set(figure_config()["combatant_kinds"]), set(figure_config()["noncombatant_kinds"])

    def texts(row: dict[str, Any]) -> set[str]:
        return {copies.get(k) or k for k in row["by_article"]}

    def keys(row: dict[str, Any]) -> set[str]:
        return {p for v in row["by_article"].values() for e in v for p in e["place_keys"]}

    out = []
    for i, a in enumerate(rows):
        if ROW_SIDES_DIFFER and (counts := _row_sides_differ(a, spans, days or {})) is not None:
            out.append(counts)
        for b in rows[i + 1 :]:
            counts = _differing_counts(a, b, keys, texts, spans, days) or _rival_counts(a, b, keys, spans, days or {}, paras)
            if counts is not None:
                out.append(counts)
    for a in rows:
        for b in rows:
            if a["victims"] not in fighters or b["victims"] not in civilians | {"people"} or a["outcome"] != b["outcome"]:
                continue
            if _none_told(a) or _none_told(b):
                continue  # 'none of its fighters had been killed' says nothing of who the dead were
            rivals = b["victims"] == "people" and _rival_pair(a, b)
            doers = b["victims"] == "people" and not rivals and DOERS_CALL_THEM_COMBATANTS and _doers_call_them_combatants(a, b)
            if b["victims"] == "people" and not doers and not rivals:
                continue  # 'people' may be the same fighters: only the two sides' own counts dispute it
            if OWN_LOSSES_NOT_DISPUTED and _own_losses(a):
                continue  # 'four of its soldiers were killed by rebels', the Malian army said: its dead, not the residents'
            shared = keys(a) & keys(b)
            if (
                not (shared or _same_day_unplaced(a, b, told if told is not None else days or {}, named or {}))
                or _both_own(a, b)
                or not sides_agree(a["side"], b["side"])
            ):
                continue
            if shared and _dated_apart(a, b, shared, days or {}):
                continue
            if b["victims"] == "people" and not doers:
                out.append(
                    {
                        "marker": "sides_differ",
                        "outcome": a["outcome"],
                        "places": list(dict.fromkeys(_at(a, shared) + _at(b, shared))),
                        "counts": [_told(a, spans), _told(b, spans)],
                    }
                )
                continue
            for row, other in ((a, b), (b, a)):
                for o in row["other_victims"]:
                    if o["victims"] == other["victims"] and o["side"] == other["side"]:
                        o["disputed"] = True
                if doers and not any(
                    o["victims"] == other["victims"] and o["side"] == other["side"] for o in row["other_victims"]
                ):
                    # a report giving both as two sides' accounts keeps them off other_victims: the row says it here
                    row["other_victims"].append(
                        {
                            "victims": other["victims"],
                            "side": other["side"],
                            "articles": list(other["by_article"]),
                            "disputed": True,
                        }
                    )
            out.append(
                {
                    "marker": "disputed_victims",
                    "outcome": a["outcome"],
                    "places": list(dict.fromkeys(_at(a, shared) + _at(b, shared))),
                    "combatants": _told(a, spans),
                    "noncombatants": _told(b, spans),
                }
                | ({"doers_side": b["side"][4:]} if doers else {})
            )
    return out


OWN_LOSSES_NOT_DISPUTED = True  # review of audit 20: the army's own soldiers killed by rebels beside residents' civilians


def _own_losses(row: dict[str, Any]) -> bool:
    """Is a combatants row a side's count of its own dead only — of a known side, every figure in the words of a
    speaker of that side ('four of its soldiers were killed by rebels in Kidal', the Malian army said)? A side does
    not tell civilians someone else killed as its own soldiers: beside residents' 'four civilians' it is more dead
    of one attack, not a dispute over who the dead were."""
    side = row["side"]
    if not side or side.startswith("not:"):
        return False
    figs = [e for v in row["by_article"].values() for e in v]
    return bool(figs) and all((e["said_by"] or {}).get("side") == side for e in figs)


DOERS_CALL_THEM_COMBATANTS = True  # audit 19 C2: the police's four road workers / the TPNPB's four soldiers at Nduga


def _doers_call_them_combatants(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Does the side that did it call its victims combatants while another voice calls them people?
    The 'people' row ``b`` is of side 'not:X' (X killed them: 'an armed criminal group … shot dead
    four construction workers', police said), the combatants row ``a`` has a figure in the words of a
    speaker of side X ('its fighters had killed four soldiers', the TPNPB said) and ``b`` one not in
    X's words, the two counts fitting (four and four): one incident's victims as the doers and another
    voice tell them (audit 19 C2). Counts that do not fit may be two sets (five people and 12 soldiers
    at Afgooye); 'people' in the doers' own words, or combatants in a third side's, are no such
    dispute (`_rival_pair` decides two sides' speakers)."""
    side = b["side"] or ""
    if not side.startswith("not:"):
        return False
    doer = side[4:]

    def says(e: dict[str, Any]) -> str | None:
        return (e["said_by"] or {}).get("side") if not (e["said_by"] or {}).get("denies") else "denied"

    theirs = [e for v in a["by_article"].values() for e in v if says(e) == doer]
    others = [e for v in b["by_article"].values() for e in v if says(e) not in (doer, "denied")]
    return any(_fits(x, y) for x in theirs for y in others)


def _sides_clash(x: tuple[str, dict[str, Any]], y: tuple[str, dict[str, Any]], days: dict[tuple[str, int], list[str]]) -> bool:
    """Are two (column, figure) pairs two sides' counts that cannot both hold: neither denied, in the
    words of speakers of two sides (`_rivals`), not fitting, not dated apart? The one pair test of
    `_rival_counts` and `_row_sides_differ`, kept in one place so that the two findings cannot drift apart."""
    (kx, fx), (ky, fy) = x, y
    return (
        not (fx["said_by"] or {}).get("denies")
        and not (fy["said_by"] or {}).get("denies")
        and _rivals(fx, fy)
        and not _fits(fx, fy)
        and not _apart(days.get((kx, fx["start"]), []), days.get((ky, fy["start"]), []))
    )


def _rival_counts(
    a: dict[str, Any],
    b: dict[str, Any],
    keys: Any,
    spans: dict[tuple[str, int], str | None],
    days: dict[tuple[str, int], list[str]],
    paras: dict[tuple[str, int], set[str]] | None = None,
) -> dict[str, Any] | None:
    """sides_differ of one kind of victim: a report gives, for one outcome and one kind, one count in
    the words of one side's speaker and another in the words of the other side's, that cannot both
    hold (s3: 37 fighters killed per Somaliland, six per SSC-Khaatumo's minister; audit 15 C2), at
    one place or with one of them unplaced, not dated apart, neither denied; the rows stay apart
    (their places or sides differ), the finding points at both and names that report. An unplaced
    count whose paragraph tells an event at another place (``paras``: 'Fighting also flared near the town of
    Manbij … five SDF fighters were killed'; not a capital as its state, 'recognised by Mogadishu') is not set against a count placed elsewhere or told in a
    paragraph of another place (Ankara's 13 at Tal Abyad; review of audit 20 C2)."""
    from newsprism.claims.consistency import sides_agree

    if (a["outcome"], a["victims"]) != (b["outcome"], b["victims"]) or not sides_agree(a["side"], b["side"]):
        return None
    ka, kb = keys(a), keys(b)
    shared = ka & kb
    if ka and kb and not shared:
        return None

    both = [
        k
        for k in set(a["by_article"]) & set(b["by_article"])
        if any(
            _sides_clash((k, x), (k, y), days)
            and not (PARAGRAPH_PLACES_APART and _paragraphs_apart((k, x), (k, y), paras or {}, (ka, kb)))
            for x in a["by_article"][k]
            for y in b["by_article"][k]
        )
    ]
    if not both:
        return None
    return {
        "marker": "sides_differ",
        "outcome": a["outcome"],
        "places": list(dict.fromkeys(_at(a, shared) + _at(b, shared))),
        "counts": [_told(a, spans), _told(b, spans)],
        "told_by_both_in": sorted(both),
    }


PARAGRAPH_PLACES_APART = True  # review of audit 20 C2: Ankara's 13 at Tal Abyad against the SDF's losses at Manbij


def _paragraphs_apart(
    x: tuple[str, dict[str, Any]],
    y: tuple[str, dict[str, Any]],
    paras: dict[tuple[str, int], set[str]],
    rows: tuple[set[str], set[str]] = (set(), set()),
) -> bool:
    """Are two figures told at two different places, one (or both) only through the places its paragraph names
    before it (`_paragraph_places`: an unplaced figure's), the other at its own places, its paragraph's, or else
    its row's (``rows``: a headline's '13 militants' folded into the lead's row at Tal Abyad), with none in common?
    Two placed figures are left to the rows' own place test; figures with no place at all stay together."""

    def where(k: str, f: dict[str, Any], row: set[str]) -> set[str]:
        return set(f["place_keys"]) or paras.get((k, f["start"]), set()) or row

    (kx, fx), (ky, fy) = x, y
    if fx["place_keys"] and fy["place_keys"]:
        return False
    if not paras.get((kx, fx["start"])) and not paras.get((ky, fy["start"])):
        return False  # only rows' places: as before
    px, py = where(kx, fx, rows[0]), where(ky, fy, rows[1])
    return bool(px and py and not px & py)


ROW_SIDES_DIFFER = True  # audit 16 C1: x1's four held (Moldova's Bureau) against x2's one (Tiraspol's ministry)


def _row_sides_differ(
    row: dict[str, Any], spans: dict[tuple[str, int], str | None], days: dict[tuple[str, int], list[str]]
) -> dict[str, Any] | None:
    """sides_differ inside one row: its figures in the words of two sides' speakers (never 'differs':
    the sources differ, not the reports) that cannot both hold, not dated apart, neither denied —
    per side, with their reports (`same_row`: the row's outcome, kind, side and places)."""
    figs = [(k, e) for k, v in row["by_article"].items() for e in v if not (e["said_by"] or {}).get("denies")]
    pair = next(
        ((x, y) for i, (kx, x) in enumerate(figs) for ky, y in figs[i + 1 :] if _sides_clash((kx, x), (ky, y), days)),
        None,
    )
    if pair is None:
        return None

    def part(side: str) -> dict[str, Any]:
        by = {k: [e for e in v if (e["said_by"] or {}).get("side") == side] for k, v in row["by_article"].items()}
        return _told({**row, "by_article": {k: v for k, v in by.items() if v}}, spans)

    sides = [pair[0]["said_by"]["side"], pair[1]["said_by"]["side"]]
    return {
        "marker": "sides_differ",
        "outcome": row["outcome"],
        "places": list(row["places"]),
        "counts": [part(s) | {"said_by_side": s} for s in sides],
        "same_row": True,
    }


def _none_told(row: dict[str, Any]) -> bool:
    """Does the row give only counts of none ('No one was injured', ``claims.zeros``)? Such a row
    is set against counts of its own outcome and kind, never taken for the kind of the dead."""
    return all(e["value"] == 0 for v in row["by_article"].values() for e in v)


def _rival_pair(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Is some figure of one row in the words of one side's speaker and some of the other in the
    words of another side's ('Five terrorists …', the army said / 'seven people', the Palestinian
    health ministry said)? Then 'people' against fighters is the sides' dispute (sides_differ,
    audit 13 C2), not two parts of a toll."""
    return any(_rivals(x, y) for u in a["by_article"].values() for x in u for v in b["by_article"].values() for y in v)


def _both_own(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Does one report give both kinds as parts of one toll ('four children and two soldiers')?
    Not when it gives them as two sides' accounts: each in the words of another side's speaker, or
    one kept at a distance ('Priština claims that three armed attackers were killed'; 'Kosovo
    authorities said …, while Serbia said two unarmed Serbs had died'; audit 12, C13)."""

    def side(e: dict[str, Any]) -> str | None:
        return (e["said_by"] or {}).get("side")

    def own(e: dict[str, Any]) -> bool:
        return not (e["said_by"] or {}).get("distanced") and not (e["said_by"] or {}).get("denies")

    return any(
        side(x) == side(y)
        for k in set(a["by_article"]) & set(b["by_article"])
        for x in a["by_article"][k]
        if own(x)
        for y in b["by_article"][k]
        if own(y)
    )


def _same_day_unplaced(
    a: dict[str, Any], b: dict[str, Any], days: dict[tuple[str, int], list[str]], named: dict[str, Named]
) -> bool:
    """Two figures of two reports (or of two sides' speakers in one), one of them without a place,
    both dated and to one day (or one night): the dead of one incident as two sides tell it ('three
    attackers … early on Monday' / 'two unarmed Serbs … early on Monday'; audit 12, C13). Undated
    unplaced figures are not; nor are those of two reports that name no common place (``named``: the
    placed figure's place, or any one when neither is placed): one day of a war holds many incidents
    ('Soldiers killed six insurgents on Wednesday' / 'air strikes killed nine civilians in Sagaing on
    Wednesday'; review 13)."""
    for ka, xs in a["by_article"].items():
        for kb, ys in b["by_article"].items():
            for x in xs:
                for y in ys:
                    dx, dy = days.get((ka, x["start"]), []), days.get((kb, y["start"]), [])
                    two = ka != kb or _rivals(x, y)  # two reports, or one giving two sides' accounts
                    unplaced = not x["place_keys"] or not y["place_keys"]
                    if (
                        two
                        and unplaced
                        and dx
                        and dy
                        and not _apart(dx, dy)
                        and _one_story(x, y, named.get(ka, set()), named.get(kb, set()))
                    ):
                        return True
    return False


def _one_story(x: dict[str, Any], y: dict[str, Any], in_a: Named | None, in_b: Named | None) -> bool:
    """Does each figure's report name where the other's figure is (or, neither placed, some place of
    the other report)?"""
    if x["place_keys"]:
        return _names({"": [x]}, in_b)
    if y["place_keys"]:
        return _names({"": [y]}, in_a)
    return bool(in_a and in_b and in_a[0] & in_b[0])


def _names(by: dict[str, list[dict[str, Any]]], report: Named | None) -> bool:
    """Does the report name a place of these figures: one of its place spans (ids), or the name as
    written in its text (the place layer links 'Adi Goshu' or 'Nikopol' in one report and not in
    another)?"""
    if report is None:
        return False
    keys = {p for v in by.values() for e in v for p in e["place_keys"]}
    names = {t for v in by.values() for e in v for t in e["places"]}
    return bool(keys & report[0]) or any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", report[1]) for t in names)


def _dated_apart(a: dict[str, Any], b: dict[str, Any], shared: set[str], days: dict[tuple[str, int], list[str]]) -> bool:
    """Are the two rows' figures at the shared place all dated apart from each other?"""

    def at(row: dict[str, Any]) -> list[list[str]]:
        return [days.get((k, e["start"]), []) for k, v in row["by_article"].items() for e in v if set(e["place_keys"]) & shared]

    pairs = [(x, y) for x in at(a) for y in at(b)]
    return bool(pairs) and all(_apart(x, y) for x, y in pairs)


def _differing_counts(
    a: dict[str, Any],
    b: dict[str, Any],
    keys: Any,
    texts: Any,
    spans: dict[tuple[str, int], str | None],
    days: dict[tuple[str, int], list[str]] | None = None,
) -> dict[str, Any] | None:
    """differing_counts: two rows at one place, of one outcome, whose victims may be the same
    people (one kind, or kinds in ``same_victims_kinds``: 'two villagers' and 'three citizens' of
    Ditsi) and whose sides may be one (``sides_agree``: 'not:russian' and 'not:south_ossetian' when
    each side blames another doer), from texts that give only one of the two, with figures that
    cannot both hold (not the words of two rival sides, not denied): the rows stay apart (the
    kinds or sides differ), the finding points at both (audit 12, g1/g2)."""
    from newsprism.claims.consistency import sides_agree
    from newsprism.claims.figures import config as figure_config

    kinds = {a["victims"], b["victims"]}
    same_kind = len(kinds) == 1 or any(kinds == set(pair) for pair in figure_config()["same_victims_kinds"])
    shared = keys(a) & keys(b)
    if (
        a["outcome"] != b["outcome"]
        or not same_kind
        or not shared
        or texts(a) & texts(b)
        or not sides_agree(a["side"], b["side"])
        or _dated_apart(a, b, shared, days or {})
    ):
        return None
    given = [
        (x, y)
        for x in (e for v in a["by_article"].values() for e in v if set(e["place_keys"]) & shared)
        for y in (e for v in b["by_article"].values() for e in v if set(e["place_keys"]) & shared)
        if not _rivals(x, y) and not (x["said_by"] or {}).get("denies") and not (y["said_by"] or {}).get("denies")
    ]
    if not given or any(_fits(x, y) for x, y in given):
        return None
    return {
        "marker": "differing_counts",
        "outcome": a["outcome"],
        "places": list(dict.fromkeys(_at(a, shared) + _at(b, shared))),
        "counts": [_told(a, spans), _told(b, spans)],
    }


def _at(row: dict[str, Any], shared: set[str]) -> list[str]:
    """The row's places (as written) whose keys the other row shares."""
    return [
        t for v in row["by_article"].values() for e in v for k, t in zip(e["place_keys"], e["places"], strict=True) if k in shared
    ]


def _told(row: dict[str, Any], spans: dict[tuple[str, int], str | None]) -> dict[str, Any]:
    """One side of a victim dispute: the kind, and per report its figures' words, offsets and
    ``casualty_figure`` spans."""
    fields = ("value", "text", "start", "end")
    return {
        "victims": row["victims"],
        "side": row["side"],
        "by_article": {
            k: [{f: e[f] for f in fields} | {"span": spans.get((k, e["start"])), "said_by": e["said_by"]} for e in v]
            for k, v in row["by_article"].items()
        },
    }


def _row_for(
    rows: list[tuple[tuple[str, str, str | None], dict[str, list[dict[str, Any]]]]],
    row_key: tuple[str, str, str | None],
    entry: dict[str, Any],
    days: dict[tuple[str, int], list[str]] | None = None,
    at: tuple[str, int] | None = None,
    paras: dict[tuple[str, int], set[str]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The row a figure joins: of its outcome, kind and side, at a place it names; a figure
    without a place joins only figures without one (the wounded 'in Uri' and six wounded
    somewhere are not one figure); not a row with a figure dated apart from it (``days``: the
    dates of each figure's sentence, ``at`` this one's key; 'No one was killed when shells hit a school in
    Kupiansk on Monday' and 'Four people were killed when shells hit a market in Kupiansk on
    Wednesday' are two incidents, seventeenth-session review)."""
    same = [by for k, by in rows if k == row_key]
    here = set(entry["place_keys"])
    days = days or {}
    mine = days.get(at, []) if at is not None else []

    def places(by: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in by.values() for e in v for p in e["place_keys"]}

    def apart(by: dict[str, list[dict[str, Any]]]) -> bool:
        return any(_apart(mine, days.get((k, e["start"]), [])) for k, v in by.items() for e in v)

    fit = [by for by in same if places(by) & here] if here else [by for by in same if not places(by)]
    fit = [by for by in fit if not apart(by)] if mine else fit
    para = (paras or {}).get(at, set()) if at is not None else set()
    if para:  # unplaced figures of paragraphs about two different places are two incidents (audit 19 C1)
        fit = [
            by
            for by in fit
            if not any((other := paras.get((k, e["start"]), set())) and not other & para for k, v in by.items() for e in v)
        ]
    if fit:
        return fit[0]
    rows.append((row_key, {}))
    return rows[-1][1]


Rows = list[tuple[tuple[str, str, str | None], dict[str, list[dict[str, Any]]]]]
_OWN_PEOPLE = re.compile(r"\bof\s+(?:its|their)\s", re.IGNORECASE)  # 'two of its officers': the speaker's people


def _unknown_own(entry: dict[str, Any]) -> bool:
    """A count of the speaker's own people ('two of its officers') in the words of a speaker of no
    known side: whose they are is unknown, not any side's row they would fit."""
    said = entry.get("said_by")
    return bool(_OWN_PEOPLE.search(entry["text"])) and said is not None and said.get("side") is None


Named = tuple[set[str], str]  # a report's named places (``compare_events.named_places``) and its text


def _fold(rows: Rows, days: dict[tuple[str, int], list[str]], named: dict[str, Named] | None = None) -> Rows:
    """One death in one row (audit 12, C16): a row that says less (no place, no side, or a casualty
    noun of no kind: 'seven dead', audit 13 C13) joins the one row of its outcome (and kind) that says more and may be the same victims — the same side or
    none, one of its places or none — when every figure of it fits one there and none is dated
    apart: k3's unplaced 'A Kosovo police officer' and its 'one officer' at Zvecan join k1's
    'A Kosovo Police officer' at Zveçan (one place id). Not when two such rows could take it, nor
    into a placed row when the unplaced figure's report does not name that place (review 13)."""

    def keys(by: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in by.values() for e in v for p in e["place_keys"]}

    def entries(by: dict[str, list[dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
        return [(k, e) for k, v in by.items() for e in v]

    def richer(a: tuple[tuple[str, str, str | None], dict], b: tuple[tuple[str, str, str | None], dict]) -> bool:
        (oa, va, sa), (ob, vb, sb) = a[0], b[0]
        vague = va == "unspecified" and vb != "unspecified"  # 'seven dead': of any kind
        if oa != ob or (va != vb and not vague) or a is b or not _side_says_less(sa, sb):
            return False
        if sa is None and sb is not None and any(_unknown_own(x) for _, x in entries(a[1])):
            return False  # 'The "TRNC" claimed that two of its officers …': the speaker's own, of no known side (audit 14 C2)
        ka, kb = keys(a[1]), keys(b[1])
        if ka and not ka & kb:
            return False
        if not ka and kb and named is not None and not all(_names(b[1], named.get(k)) for k in a[1]):
            return False  # an unplaced figure's report must name the place ('a shepherd' is not 'a farmer near Khurvaleti')
        if not vague and (sa, bool(ka)) == (sb, bool(kb)) and ka <= kb and kb <= ka:
            return False  # says no more
        counted = [x for _, x in entries(a[1]) if x["value"] != 0]  # a count of none goes with its row's counts
        if not counted or not all(any(_fits(x, y) for _, y in entries(b[1])) for x in counted):
            return False
        return not any(
            _apart(days.get((ka_, x["start"]), []), days.get((kb_, y["start"]), []))
            for ka_, x in entries(a[1])
            for kb_, y in entries(b[1])
        )

    out = _meet(list(rows), days, named) if MEET_PLACE_AND_SIDE else list(rows)
    for row in sorted(out, key=lambda r: (r[0][1] != "unspecified", r[0][2] is not None, bool(keys(r[1])))):
        if all(r is not row for r in out):
            continue
        takers = [r for r in out if richer(row, r)]
        takers = [r for r in takers if not any(richer(r, t) for t in takers)]
        if len(takers) != 1:
            continue
        for k, v in row[1].items():
            cell = takers[0][1].setdefault(k, [])
            cell += [e for e in v if all(e["start"] != x["start"] for x in cell)]
        out = [r for r in out if r is not row]
    return out


JOIN_LABELLED_KINDS = True  # audit 18 C1: the IDF's 'seven suspects' and Damascus's '12 civilians' detained at Jubata
# review of bc769d7: only when a row's side names the detaining side ('not:israeli'); with no doer on either row, the
# junta's '20 suspects' and the Arakan Army's '30 villagers' detained in Sagaing on one day became one disputed count
LABELLED_KINDS_NEED_A_DOER = True


def _join_kinds(rows: Rows, days: dict[tuple[str, int], list[str]]) -> Rows:
    """One row for the detainees each side labels its own way (``label_kind_outcomes`` of ``data/claims/figures.json``,
    kinds of ``same_victims_kinds``): the IDF's 'seven suspects' (people) and Damascus's '12 civilians' detained at
    Jubata al-Khashab are one count in dispute, not two groups. Only rows of one outcome at a shared place, of one side
    (or one saying less), not dated apart, and not both given by one report in its own voice or one side's speakers
    (`_both_own`: 'four men and two civilians were detained' are two parts); the row takes the broader kind ('people')
    and the side that says more."""
    from newsprism.claims.figures import config as figure_config

    outcomes = set(figure_config().get("label_kind_outcomes", ()))
    pairs = [set(p) for p in figure_config().get("same_victims_kinds", ())]

    def keys(by: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in by.values() for e in v for p in e["place_keys"]}

    out = list(rows)
    for a in rows:
        for b in rows:
            (oa, va, sa), (ob, vb, sb) = a[0], b[0]
            if a is b or oa != ob or oa not in outcomes or {va, vb} not in pairs or va != "people":
                continue
            if not any(r is a for r in out) or not any(r is b for r in out):
                continue
            if not (_side_says_less(sa, sb) or _side_says_less(sb, sa)):
                continue
            if LABELLED_KINDS_NEED_A_DOER and sa is None and sb is None:
                continue  # no doer named on either row: 'troops detained 20 suspects' / 'rebels detained 30 villagers'
            shared = keys(a[1]) & keys(b[1])
            if not shared or _dated_apart({"by_article": a[1]}, {"by_article": b[1]}, shared, days):
                continue
            if _both_own({"by_article": a[1]}, {"by_article": b[1]}) or _none_told({"by_article": a[1]}):
                continue
            side = sb if _side_says_less(sa, sb) else sa
            by = {k: list(v) for k, v in a[1].items()}
            for k, v in b[1].items():
                cell = by.setdefault(k, [])
                cell += [e for e in v if all(e["start"] != x["start"] for x in cell)]
            joined = ((oa, va, side), by)
            out = [joined if r is a else r for r in out if r is not b]
            a = joined
    return out


NOT_SIDE_INTO_UNSIDED = True  # a row whose side only names the doer ('not:russian') joins the unsided row at its place


def _join_doer_side(rows: Rows, days: dict[tuple[str, int], list[str]]) -> Rows:
    """After the fold: a row whose side only names the doer ('not:russian': k2's 'the Russian FSB detained seven Crimean
    Tatars in the Dzhankoi district') joins the one unsided row of its outcome and kind at one of its places that holds
    a count fitting each of its figures, and counts it lacks (k1's three and k3's three and seven): the same
    detentions, told without the doer elsewhere (audit 19 C3). Not dated apart; not when two rows could take it."""

    def keys(by: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in by.values() for e in v for p in e["place_keys"]}

    def figs(by: dict[str, list[dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
        return [(k, e) for k, v in by.items() for e in v]

    def apart(xs: list[tuple[str, dict[str, Any]]], ys: list[tuple[str, dict[str, Any]]]) -> bool:
        return any(_apart(days.get((kx, x["start"]), []), days.get((ky, y["start"]), [])) for kx, x in xs for ky, y in ys)

    out = list(rows)
    for a in rows:
        (oa, va, sa) = a[0]
        if not (sa or "").startswith("not:") or not keys(a[1]):
            continue
        xs = figs(a[1])
        takers = [
            b
            for b in out
            if b[0] == (oa, va, None)
            and keys(a[1]) & keys(b[1])
            and all(any(_fits(x, y) for _, y in figs(b[1])) for _, x in xs if x["value"] != 0)
            and not all(any(_fits(y, x) for _, x in xs) for _, y in figs(b[1]) if y["value"] != 0)
            and not apart(xs, figs(b[1]))
        ]
        if len(takers) != 1:
            continue
        for k, v in a[1].items():
            cell = takers[0][1].setdefault(k, [])
            cell += [e for e in v if all(e["start"] != x["start"] for x in cell)]
        out = [r for r in out if r is not a]
    return out


MEET_PLACE_AND_SIDE = True  # audit 18 C3: c1's placed nine attackers and c2's unplaced nine IS 'terrorists'


def _meet(rows: Rows, days: dict[tuple[str, int], list[str]], named: dict[str, Named] | None) -> Rows:
    """One row of a placed figure of no side and an unplaced figure of a side, of one outcome and kind, from two
    reports giving one and the same count, not dated apart, when the unplaced figure's report names the place: c1's 'nine
    of the attackers' at Chai and c2's 'nine "terrorists"' (islamic_state, no place) are one row at Chai of the
    Islamic State's dead, so that c3's unplaced nine of no side has one row to join, not two (audit 18 C3). Not when
    either side of the pair could meet another row too (two candidates: which one is unknown)."""

    def keys(by: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in by.values() for e in v for p in e["place_keys"]}

    def figs(by: dict[str, list[dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
        return [(k, e) for k, v in by.items() for e in v]

    def meets(a: tuple, b: tuple) -> bool:  # a placed, no side; b unplaced, a side
        (oa, va, sa), (ob, vb, sb) = a[0], b[0]
        if (oa, va) != (ob, vb) or sa is not None or sb is None or not keys(a[1]) or keys(b[1]):
            return False
        if named is not None and not all(_names(a[1], named.get(k)) for k in b[1]):
            return False
        xs, ys = figs(a[1]), figs(b[1])
        if set(a[1]) & set(b[1]) or len({e["value"] for _, e in xs + ys}) != 1 or any(e["value"] == 0 for _, e in xs + ys):
            return False  # two reports giving one and the same count ('nine'), not 'at least 15' and 27 of one report
        if not all(any(_fits(x, y) for _, y in ys) for _, x in xs) or not all(any(_fits(x, y) for _, x in xs) for _, y in ys):
            return False
        return not any(_apart(days.get((kx, x["start"]), []), days.get((ky, y["start"]), [])) for kx, x in xs for ky, y in ys)

    pairs = [(a, b) for a in rows for b in rows if a is not b and meets(a, b)]
    out = rows
    for a, b in pairs:
        if sum(1 for x, y in pairs if x is a or y is b) != 1:
            continue
        by = {k: list(v) for k, v in a[1].items()}
        for k, v in b[1].items():
            by.setdefault(k, []).extend(v)
        key = (a[0][0], a[0][1], b[0][2])
        same = [
            r
            for r in out
            if r[0] == key
            and keys(r[1]) & keys(by)
            and not any(
                _apart(days.get((kx, x["start"]), []), days.get((ky, y["start"]), []))
                for kx, x in figs(r[1])
                for ky, y in figs(by)
            )
        ]
        if same:  # a row of that key at that place already: one row, as `_row_for` would have made it
            for k, v in by.items():
                cell = same[0][1].setdefault(k, [])
                cell += [e for e in v if all(e["start"] != x["start"] for x in cell)]
            out = [r for r in out if r is not a and r is not b]
        else:
            out = [(key, by) if r is a else r for r in out if r is not b]
    return out


def _side_says_less(a: str | None, b: str | None) -> bool:
    """May a row of side ``a`` join one of side ``b`` that says as much or more? None says
    nothing; 'not:pakistani' (killed by Pakistan's forces) says less than 'baloch_separatist'
    (audit 17 C7: the military's 18 militants, 'not:pakistani' in the wire, the BLA's in Quetta)."""
    if a is None or a == b:
        return True
    return a.startswith("not:") and b is not None and not b.startswith("not:") and b != a[4:] and b != "both_sides"


def _other_victims(
    row: dict[str, Any],
    by: dict[str, list[dict[str, Any]]],
    rows: list[tuple[tuple[str, str, str | None], dict[str, list[dict[str, Any]]]]],
    copies: dict[str, str | None],
) -> list[dict[str, Any]]:
    """Other kinds of victim that other reports give for the same outcome at the same place: one
    strike near Mijek killed 'four armed members of the militias' in one report and 'three Sahrawi
    civilians' in another. Placed figures only (two unplaced figures may be two incidents); not when
    a report gives both kinds there ('four children and two soldiers': two parts of one toll, review 11)."""

    def keys(b: dict[str, list[dict[str, Any]]]) -> set[str]:
        return {p for v in b.values() for e in v for p in e["place_keys"]}

    here, texts = keys(by), {copies.get(k) or k for k in by}
    out = []
    for (outcome, victims, side), other in rows:
        if outcome != row["outcome"] or victims == row["victims"] or not here & keys(other):
            continue
        if _none_told({"by_article": by}) or _none_told({"by_article": other}):
            continue  # a count of none is no other kind of victim
        if texts & {copies.get(k) or k for k in other}:
            continue  # one report gives both kinds there ('four children and two soldiers'): parts of its toll
        theirs = [k for k in other if (copies.get(k) or k) not in texts]
        if theirs:
            out.append({"victims": victims, "side": side, "articles": theirs})
    return out


def _written(by: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The row's places as the reports write them, each once."""
    return list(dict.fromkeys(p for v in by.values() for e in v for p in e["places"]))
