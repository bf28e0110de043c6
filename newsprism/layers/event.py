"""Who did what to whom, where and when: PLOVER-coded events, one per predicate.

Trigger spans (span layer ``event``, label = PLOVER type) and ``records.events``. Actors,
places and times are linked to the ``actor``/``place``/``time`` spans when those layers ran,
and otherwise given as the raw phrases from the parse (see ``newsprism.events.extract``).

Dates: an event's ``date`` is the value of the time expression attached to its predicate
(the ``time`` span's value; without the time layer, a small resolver anchored on the
publication date). The publication date is never used as the event date: a report of
"Tuesday's" blockade published on Wednesday must not put it on Wednesday. Instead, asserted
past events carry ``date_not_after`` = the publication date (or the dateline's date, when the time
layer anchored on it). ``date_source`` says which.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from newsprism.events import dates
from newsprism.events.extract import Candidate, candidates, doc_text, phrase
from newsprism.events.incident import NEXT_SENTENCE_HOW, incident_day, protest_answered
from newsprism.events.lexicon import lexicon
from newsprism.events.offset import day_inside, days_of, shifted
from newsprism.ingest.plaintext import split_media_tags, title_of
from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis, Article, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

DATE_TYPES = ("DATE", "TIME")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a calendar day ('2023-04-25', '2023-04-30TNI')
CALENDAR = re.compile(r"^\d{4}(?:$|-)")  # a value on the calendar: 2023, 2023-04-25, 2023-W18, 2023-04-30TNI
FUTURE_MODALITIES = frozenset({"future", "planned", "expected", "intended", "offered", "promised", "threatened"})


def _overlapping(spans: list[Span], start: int, end: int, head: tuple[int, int] | None = None) -> Span | None:
    """The span overlapping [start, end), preferring one that covers the head token."""
    hits = [s for s in spans if s.start < end and start < s.end]
    if not hits:
        return None
    if head is not None:
        on_head = [s for s in hits if s.start < head[1] and head[0] < s.end]
        if on_head:
            return on_head[0]
    return hits[0]


def _resolved_speakers(analysis) -> dict[tuple[int, int], dict]:
    """The claim layer's name for each pronoun speaker ("He added that …" → Melkonyan), by the
    offsets of its source span; an event's "text" stays the exact words, "name" is who they are."""
    spans = {s.id: s for s in analysis.spans if s.layer == "claim"}
    out = {}
    for rec in analysis.records.get("claims", []):
        span = spans.get(rec.get("source"))
        if span is not None and rec.get("resolved_from") and rec.get("speaker"):
            out[(span.start, span.end)] = {"name": rec["speaker"], "resolved_from": rec["resolved_from"], "claim": rec.get("id")}
            if rec.get("actor"):
                out[(span.start, span.end)]["_actor"] = rec["actor"]  # the antecedent's actor span (not written out)
    return out


def _direct_quotes(analysis) -> list[tuple[int, int, dict]]:
    """The claim layer's direct quotations, innermost first: (content start, content end, speaker)."""
    spans = {s.id: s for s in analysis.spans if s.layer == "claim"}
    out = []
    for rec in analysis.records.get("claims", []):
        content, source, cue = (spans.get(rec.get(k)) for k in ("content", "source", "cue"))
        if rec.get("kind") != "direct_quote" or content is None or source is None:
            continue
        who = {"text": source.text, "cue": cue.text if cue is not None else None, "claim": rec.get("id")}
        if rec.get("resolved_from") and rec.get("speaker"):
            who |= {"name": rec["speaker"], "resolved_from": rec["resolved_from"]}
        out.append((content.start, content.end, who))
    return sorted(out, key=lambda q: q[1] - q[0])


def _quoted(quotes: list[tuple[int, int, dict]], start: int, end: int) -> dict | None:
    """'"… Nobody was beaten, nobody was injured," said Alan Kochiev': an act told inside a direct
    quotation, with no speaker of its own in the parse, is the quoted speaker's (audit-12 E14)."""
    return next((dict(who) for lo, hi, who in quotes if lo <= start and end <= hi), None)


PRONOUN_DOERS = frozenset({"it", "they", "he", "she", "we"})


def _doer_is_a_speaker(actor: dict[str, Any] | None, resolved: dict[tuple[int, int], dict], actors: list[Span]) -> None:
    """'… Ministry of Defence said … It said it had carried out artillery attacks', 'It accused Kurti's
    government of "ethnic cleansing" and said no Serb had fired': a pronoun doer that is the subject of a
    claim, which the claim layer resolved, takes the resolved speaker's name and actor span (id, kind,
    side): the bare 'It' had no side (audit-11 E12, audit-12 E8)."""
    if actor is None or actor["span"] is not None or actor["text"].lower() not in PRONOUN_DOERS:
        return
    res = resolved.get((actor["start"], actor["end"]), {})
    if not res.get("name"):
        return
    linked = next((s for s in actors if s.id == res.get("_actor")), None)
    actor["name"] = res["name"]
    actor["how"] += f"; the speaker the claim layer resolved ('{res['name']}')"
    if linked is not None:
        actor["span"] = linked.id
        actor.update({k: linked.attrs[k] for k in ("id", "kind", "side") if k in linked.attrs})


def _named_place(text: str) -> str:
    """The place's words, lowered, when its head (the last word) is a name ('near Kotli', 'the Abyei
    Area'); '' for a common noun ('three Ngok Dinka villages', 'a Frontier Corps camp'), which sets no
    act apart (audit 17 E9, E14)."""
    words = text.split()
    return text.lower() if words and words[-1][:1].isupper() else ""


def _argument(tok: Token | None, how: str, spans: list[Span], keys: tuple[str, ...]) -> dict[str, Any] | None:
    if tok is None:
        return None
    i, j = phrase(tok)
    doc = tok.doc
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    head = (tok.idx, tok.idx + len(tok.text))
    linked = _overlapping(spans, start, end, head)
    arg: dict[str, Any] = {"text": doc_text(doc)[start:end], "start": start, "end": end, "span": None, "how": how}
    if linked is not None and "lat" in keys and linked.start <= start and linked.end > end:
        # a place name the phrase cuts ('in the Uri and Keran sectors of Jammu and Kashmir': 'Jammu'):
        # the whole place span
        arg.update(text=linked.text, start=linked.start, end=linked.end)
    if linked is not None:
        arg["span"] = linked.id
        arg.update({k: linked.attrs[k] for k in keys if k in linked.attrs})
        arg.setdefault("name", linked.text)
    elif tok.ent_type_:
        arg["ner"] = tok.ent_type_
    return arg


CLOCK_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def _nearest_weekday_past(cand: Candidate, when: dict[str, Any], times: list[Span]) -> None:
    """'Israeli jets struck Hezbollah sites … in response to a rocket attack on Metula on Sunday' in a
    Thursday report: the tagger found no tense for a day hung deep in a phrase and took 'the Sunday nearest
    the anchor', three days on; an asserted act cannot lie after the report, so it is the weekday before
    (seven days back, on or before the anchor). The time span keeps the tagger's value (TempEval-3 cost
    of a longer tense walk, twentieth session)."""
    if when.get("date") is None or when.get("time") is None or cand.modality not in ("asserted", "negated"):
        return
    span = next((s for s in times if s.id == when["time"]), None)
    if span is None or span.attrs.get("how") != "weekday" or "nearest the anchor" not in str(span.attrs.get("why", "")):
        return
    verb = next((t for t in (cand.trigger, *cand.trigger.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return  # only a past clause says the act lies before the report ('Talks on Sunday will decide')
    anchor, day = str(span.attrs.get("anchor") or ""), str(when["date"])
    if not DAY.fullmatch(day) or not DAY.fullmatch(anchor) or day <= anchor:
        return
    before = shifted(day, -7)
    when.update(date=before, date_source=f"{when['date_source']}; the weekday before: an asserted act, not after the report")


def _side_of_the_modifier(arg: dict[str, Any] | None, cand: Candidate, published: Any) -> None:
    """'after a Russian attack on Kharkiv', 'a Ukrainian drone attack' (audit 19 E2 rest): a national
    adjective or country name that modifies the event noun itself (or a weapon word before it: 'drone',
    'missile') and that the actor layer made no actor of names the country whose forces did it; the doer
    gets that country's side and code (``geo.actors.country_side``, on the publication day), so the event
    table and compare's doer sides are not blank. The text stays the word written; a word of no country
    ('Kurdish', 'Western') gets nothing, nor one deeper in the phrase, nor a noun of a type a state's forces
    do not stand for (``modifier_side_types``: 'a Syrian refugee protest')."""
    tok = cand.actor
    if arg is None or tok is None or arg["span"] is not None or arg.get("ner") not in ("NORP", "GPE"):
        return
    if not str(arg.get("how", "")).startswith("modifier of the event noun (") or " " in arg["text"].strip():
        return
    if cand.event_type not in lexicon().nominal.modifier_side_types:
        return  # 'a Syrian refugee protest' is no act of the Syrian state
    weapons = lexicon().weapon_nouns | {"air"}
    if tok.head.i != cand.trigger.i and not (tok.head.head.i == cand.trigger.i and tok.head.lemma_.lower() in weapons):
        return
    between = tok.doc[tok.i + 1 : cand.trigger.i]
    if any(
        not (w.lemma_.lower() in weapons or w.is_punct or w.lower_ in ("and", "or") or w.ent_type_ in ("NORP", "GPE"))
        for w in between
    ):
        return  # 'A Sudanese refugee attack': the refugees' act, not Sudan's forces' (twentieth-session review)
    from newsprism.geo.actors import _code_of, country_side

    side = country_side(arg["text"], published)
    if side is None:
        return
    arg.update(side=side, country=_code_of(arg["text"]))
    arg["how"] += f"; side {side}: the country the word names"


def _past_the_dateline(arg: dict[str, Any] | None, datelines: list[Span], trigger_start: int, text: str) -> dict[str, Any] | None:
    """An argument that starts inside the dateline: none when it lies within it ('LAS ANOD, Somalia,
    Nov. 24 — Fighting … has killed': the dateline's city, no doer); its part after the dateline when the
    parse ran the phrase across the dateline's end ('November 24, 2026 / Nusantara Post / Four workers
    were shot dead': 'Four workers'; lead, audit 19 L2), without a linked span that lay in the dateline."""
    if arg is None:
        return None
    for d in datelines:
        if d.start <= arg["start"] < d.end <= trigger_start:
            rest = len(text[d.end : arg["end"]]) - len(text[d.end : arg["end"]].lstrip(" \t\n/|\u2014\u2013-:,"))
            start = d.end + rest
            if start >= arg["end"]:
                return None
            out = {**arg, "text": text[start : arg["end"]], "start": start}
            if out.get("name") and out["name"] not in out["text"]:  # the span it linked lay in the dateline
                out = {k: v for k, v in out.items() if k not in ("id", "name", "kind", "side")} | {"span": None}
            return out
    return arg


RECIPROCAL_LEMMAS = frozenset({"exchange", "clash", "trade", "skirmish"})


def _with_conjuncts(arg: dict[str, Any] | None, tok: Token | None, trigger: Token) -> None:
    """'Pakistan Rangers and the BSF exchanged fire', 'Tatmadaw troops and Arakan Army fighters
    clashed': the doer of a reciprocal act is both conjuncts (the noun phrase stops at the first)."""
    if arg is None or tok is None or trigger.lemma_.lower() not in RECIPROCAL_LEMMAS:
        return
    last = tok
    while (nxt := next((c for c in last.children if c.dep_ == "conj" and c.i > last.i), None)) is not None:
        last = nxt
    if last is tok:
        return
    doc = tok.doc
    j = phrase(last)[1]
    end = doc[j - 1].idx + len(doc[j - 1].text)
    if end > arg["end"] and "\n" not in doc_text(doc)[arg["end"] : end] and end <= trigger.idx:
        arg.update(text=doc_text(doc)[arg["start"] : end], end=end)


def _coordinated_actors(arg: dict[str, Any], spans: list[Span]) -> None:
    """'Indian and Pakistani troops exchanged heavy fire': the actor phrase holds a second actor span
    of another id; ``also`` lists it (span, id, name, kind, side), so both sides are the doers."""
    also = [
        {"span": s.id, **{k: s.attrs[k] for k in ("id", "kind", "side") if k in s.attrs}, "name": s.attrs.get("name", s.text)}
        for s in spans
        if s.id != arg["span"] and arg["start"] <= s.start and s.end <= arg["end"] and s.attrs.get("id") != arg.get("id")
    ]
    if also:
        arg["also"] = also


def _after_duration_word(text: str, start: int) -> bool:
    """'since December', 'for 130 days', 'until Friday': a span or bound, not the event's date."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in set(lexicon().duration_preps)


def _deep_in_a_since_phrase(span: Span, cand: Candidate) -> bool:
    """A date inside a 'since' phrase further than right after it ('have demanded a referendum since the
    so-called Act of Free Choice of 1969', 'Since the start of the war in 2022, Russia has attacked …'):
    when a span began, not the act's date (audit 19 E9); ``_after_duration_word`` catches 'since 1969'."""
    own = [t for t in cand.own if span.start <= t.idx < span.end]
    tok = own[-1] if own else None
    for _ in range(8):
        if tok is None or tok.i == cand.trigger.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "since":
            return True
        tok = tok.head
    return False


def _date_ents(doc) -> list:
    """DATE/TIME entities of the parse, listed once per document (``Doc.ents`` rebuilds them)."""
    key = "newsprism:date-ents"
    if key not in doc.user_data:
        doc.user_data[key] = [e for e in doc.ents if e.label_ in DATE_TYPES]
    return doc.user_data[key]


def _dates_a_noun(span: Span, cand: Candidate) -> bool:
    """A date used as a modifier of another noun ('the most serious violation of a 2021 ceasefire',
    'attacked the 2019 peace monument'): it dates that thing, not the event (unless the noun is its
    trigger, or a time phrase holds it: 'in the 2019 offensive')."""
    own = [t for t in cand.own if span.start <= t.idx < span.end]
    if not own:
        return False
    last = own[-1]
    head = last.head
    when = head.dep_ == "pobj" and head.head.lower_ in (
        "in",
        "during",
        "amid",
        "through",
        "throughout",
        "since",
        "before",
        "after",
    )
    return (
        last.dep_ in ("nummod", "compound", "amod")
        and head.pos_ == "NOUN"
        and head.i > last.i
        and head.idx >= span.end
        and head.i != cand.trigger.i
        and not when  # 'shelled Goma in the 2019 offensive': the offensive's year is the shelling's
    )


def _in_a_comparison(span: Span, cand: Candidate) -> bool:
    """A time phrase reached from the trigger through 'compared with', 'than' …: it dates the
    quantity compared ('… since January, compared with 11 in the whole of last year'), not the event."""
    own = [t for t in cand.own if span.start <= t.idx < span.end]
    words = lexicon().comparison_words
    tok = own[-1] if own else None
    while tok is not None and tok.i != cand.trigger.i and tok.head.i != tok.i:
        if tok.lower_ in words:
            return True
        tok = tok.head
    return False


def _time(
    cand: Candidate,
    times: list[Span],
    by_trigger: dict[int, dict],
    analysis: Analysis,
    ahead: dict | None = None,
    offsets: bool = True,
) -> dict[str, Any]:
    """time span id, resolved date and how it was obtained, for one candidate; ``ahead`` holds the
    candidates not yet recorded, by trigger index (a 'when' clause after its main verb);
    ``offsets`` false: the act's own day only, not one counted from another act."""
    own = cand.own
    published = analysis.article.published
    future = cand.modality in FUTURE_MODALITIES
    out: dict[str, Any] = {"time": None, "time_text": None, "time_value": None, "date": None, "date_source": "none"}
    if own:
        lo = min(t.idx for t in own)
        hi = max(t.idx + len(t.text) for t in own)
        owned = {t.i for t in own}
        if times:
            for s in times:
                if (
                    s.label in DATE_TYPES
                    and lo <= s.start < hi
                    and not _after_duration_word(analysis.article.text, s.start)
                    and not _dates_a_noun(s, cand)
                    and not _deep_in_a_since_phrase(s, cand)
                    and not _in_a_comparison(s, cand)
                    and (cand.offset is None or any(t.idx <= s.start < t.idx + len(t.text) for t in own))
                ):  # 'Two days before the vote on Sunday': not the vote's Sunday
                    value = s.attrs.get("value")
                    out.update(time=s.id, time_text=s.text, time_value=value)
                    if isinstance(value, str) and CALENDAR.match(value):
                        out.update(date=value, date_source="time-span")
                    else:  # "XXXX-WXX-2": the time layer had no anchor to resolve it
                        out["date_source"] = f"time-span, not resolved to a calendar date ({value})"
                    return out
        else:
            text = analysis.article.text
            ents = [e for e in _date_ents(cand.trigger.doc) if e.start in owned and not _after_duration_word(text, e.start_char)]
            resolved = [(e, *dates.resolve(e.text, published, future=future)) for e in ents]
            resolved.sort(key=lambda r: r[1] is None)  # a resolvable expression first
            if resolved:
                e, value, how = resolved[0]
                out.update(time_text=e.text, date=value, date_source=f"parse-entity: {how}")
                return out
    if cand.offset is not None and offsets:  # 'a day after a driver rammed …': counted from the other act
        return _offset_time(cand, out, times, by_trigger, analysis, ahead)
    if cand.time_from and times:  # "spoke on the hotline on Monday and agreed …": the uncoded verb's Monday
        lo, hi = cand.time_from[0].idx, cand.time_from[-1].idx + len(cand.time_from[-1].text)
        span = next((s for s in times if s.label in DATE_TYPES and lo <= s.start < hi), None)
        value = span.attrs.get("value") if span is not None else None
        if isinstance(value, str) and CALENDAR.match(value):
            out.update(time=span.id, time_text=span.text, time_value=value, date=value)
            out["date_source"] = f"shared with {cand.time_from_how} ('{span.text}', time-span)"
            return out
    other = cand.shares_time_with
    via_when = other is not None and cand.time_from_when
    later = ahead.get(other.i) if ahead and via_when else None
    if later is not None and other.i not in by_trigger:  # "were killed when … fired on Sunday"
        shared = {**_time(later, times, by_trigger, analysis), "trigger_text": later.trigger.text}
        by_trigger = {**by_trigger, cand.shares_time_with.i: shared}
    if cand.shares_time_with is not None and cand.shares_time_with.i in by_trigger:
        shared = by_trigger[cand.shares_time_with.i]
        if shared.get("date") or shared.get("time"):
            out.update({k: shared[k] for k in ("time", "time_text", "time_value", "date")})
            how = "its 'when' clause" if via_when else "coordinated verb"
            out["date_source"] = f"shared with {how} '{cand.shares_time_with.text}' ({shared['date_source']})"
            return out
    if not future and (prev := _continued(cand, by_trigger)) is not None:  # not 'will then attack'
        out.update({k: prev[k] for k in ("time", "time_text", "time_value", "date")})
        out["date_source"] = f"continues '{prev['trigger_text']}' ('{cand.continues.text}'; {prev['date_source']})"
        return out
    if not future and (protest := protest_answered(cand, by_trigger)) is not None:
        out.update({k: protest[k] for k in ("time", "time_text", "time_value", "date")})
        out["date_source"] = f"the day of the protest it answers ('{protest['trigger_text']}'; {protest['date_source']})"
        return out
    acts: dict[str, list[str]] = {}  # time span id -> the named places of the acts of force it dates ('' none)
    assaults: dict[str, str] = {}  # … of the acts of force told by a verb ('opened fire', not 'a clash'): who told them
    for r in by_trigger.values():
        if r["time"] and r["event_type"] in lexicon().continuation_types:
            acts.setdefault(r["time"], []).append(_named_place((r.get("location") or {}).get("text") or ""))
            if r["event_type"] == "ASSAULT" and r["form"] == "verbal":
                assaults[r["time"]] = ((r.get("attributed_to") or {}).get("text") or "").lower()
    partner = by_trigger.get(other.i) if other is not None else None  # 'ambushed … in Rajouri, killing five'
    apart = partner is not None and partner.get("event_type") in lexicon().continuation_types  # its act left undated
    if not apart and not future and (found := incident_day(cand, times, analysis.article.text, _lead(analysis), acts, assaults)):
        set_by, how = found
        value = set_by.attrs["value"]
        if how == NEXT_SENTENCE_HOW and CLOCK_VALUE.match(value):
            value = value[:10]  # 'opened fire … at about 2:40 a.m. … Three attackers were killed after a standoff': the day
        out.update(time=set_by.id, time_text=set_by.text, time_value=value, date=value)
        out["date_source"] = f"{how} ('{set_by.text}', time-span)"
        return out
    if not future and (stamp := _entry_stamp(cand, times, analysis.article.text)) is not None:
        value = stamp.attrs.get("value")
        if isinstance(value, str) and DAY.match(value):
            out.update(time=stamp.id, time_text=stamp.text, time_value=value, date=value[:10])
            out["date_source"] = f"the day of its live-blog entry's stamp '{stamp.text}'"
    return out


GUESSED_DAYS = ("the day of the lead's act", "the incident's day set before", "live-blog entry's stamp")


def _offset_time(
    cand: Candidate, out: dict[str, Any], times: list[Span], by_trigger: dict[int, dict], analysis: Analysis, ahead: dict | None
) -> dict[str, Any]:
    """The day of an act told as so many days after/before another ('a day after a driver rammed
    his car': the day before the raid's Thursday); undated when the other act has no day."""
    other, amount, sign, signal = cand.offset
    found = days_of(amount, times)
    base = by_trigger.get(other.i)
    if base is None and ahead and other.i in ahead:
        base = _time(ahead[other.i], times, by_trigger, analysis, offsets=False)
    if base is not None and any(w in str(base.get("date_source")) for w in GUESSED_DAYS):
        base = None  # a day the other act only inherits from the lead is no day to count from
    day = (base or {}).get("date")
    if base is None and (day := day_inside(other, times, amount)) is not None:
        base = {"date_source": f"its own day, {day}"}  # 'after the envoy left Mekelle on Monday': an uncoded act's day
    said = f"'{found[1].text if found else amount.text} {signal}'"
    if found is None or not (isinstance(day, str) and DAY.match(day)):
        out["date_source"] = f"none: counted from '{other.text}' ({said}), which has no day"
        return out
    n, span = found
    value = shifted(day, sign * n)
    report = (analysis.summary.get("time") or {}).get("anchor")
    if report and value > report and cand.modality not in FUTURE_MODALITIES:
        out["date_source"] = f"none: {n} day(s) from '{other.text}' ({said}) would be after the report's date"
        return out
    out.update(time=span.id, time_text=span.text, time_value=span.attrs.get("value"), date=value)
    direction = "after" if sign > 0 else "before"
    out["date_source"] = f"{n} day(s) {direction} '{other.text}' ('{span.text} {signal}'; {base['date_source']})"
    return out


def _lead(analysis: Analysis) -> tuple[int, int] | None:
    """The offsets of the first body sentence (after the headline and the dateline), the report's lead."""
    start = max([headline_end(analysis.article) or 0, *(s.end for s in analysis.spans_of("meta") if s.label == "dateline")])
    return next(
        (
            (s.start, s.end)
            for s in analysis.spans_of("sentence")
            if s.end > start + 2 and s.start >= (headline_end(analysis.article) or 0)
        ),
        None,
    )


def _continued(cand: Candidate, by_trigger: dict[int, dict]) -> dict | None:
    """The last dated event before ``cand`` in its sentence or the one before, when ``cand`` goes
    on from it ('… shelled … late on Tuesday. In response, Armenian troops shelled …')."""
    if cand.continues is None or cand.event_type not in lexicon().continuation_types:
        return None  # an act of force goes on the same night; a statement may come days later
    sent = cand.trigger.sent
    first = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [i for i, rec in by_trigger.items() if first <= i < cand.trigger.i and rec.get("date")]
    return by_trigger[max(before)] if before else None


def _written_by(analysis: Analysis) -> tuple[str, str] | None:
    """The day the report was written by (ISO, and what says so): the dateline's full date or
    filing day when the time layer anchored on it ('JERMUK, 10 May 2025 —' with no publication
    date; 'GOMA, Feb 14' published on Feb 16), else the publication date. An asserted past event
    without a date of its own happened by then."""
    time = analysis.summary.get("time") or {}
    if time.get("anchor_source") == "dateline" and time.get("anchor") and not time.get("anchor_lower_bound"):
        return str(time["anchor"]), "the dateline's date"
    published = analysis.article.published
    return (published.isoformat(), "the publication date") if published else None


def _entry_stamp(cand: Candidate, times: list[Span], text: str) -> Span | None:
    """A live blog's time stamp at the start of the line the event is told on ('1:45 — Debris
    fell on a kindergarten …'): the entry's day, when the sentence names none of its own."""
    start = cand.trigger.idx
    line = text.rfind("\n", 0, start) + 1
    for s in times:
        if s.label == "TIME" and line <= s.start < start and s.attrs.get("stamp"):
            return s
    return None


def _after_its_frame(cand: Candidate, when: dict[str, Any], by_trigger: dict[int, dict]) -> bool:
    """'The court on Monday condemned the killing … on Friday', published on a Friday: the time
    layer may resolve 'Friday' to the publication day, after the condemning; what is condemned,
    denied or blamed happened by then, so a later day is not its date (the frame bounds it)."""
    frame = by_trigger.get(cand.frame_verb.i) if cand.frame_kind == "presupposed" and cand.frame_verb is not None else None
    day, own = (frame or {}).get("date") or "", when.get("date") or ""
    return bool(DAY.match(day) and DAY.match(own) and own[:10] > day[:10])


def _bound_by_frame(cand: Candidate, when: dict[str, Any], by_trigger: dict[int, dict]) -> None:
    """'The UN deplored the killing of three aid workers on Sunday': the parse dates the deploring,
    and the day may be either's; in both readings the killing happened by Sunday. A presupposed
    event without a date of its own is not after the day of the event that condemns, denies or
    blames it."""
    frame = by_trigger.get(cand.frame_verb.i) if cand.frame_kind == "presupposed" and cand.frame_verb is not None else None
    day = (frame or {}).get("date") or ""
    if DAY.match(day) and day[:10] < when["date_not_after"]:
        when["date_not_after"] = day[:10]
        when["date_source"] = f"none (not after the day of '{frame['trigger_text']}', which takes it as given)"


def headline_end(article: Article) -> int | None:
    """End offset of the headline when the text begins with the article's title (a plain-text
    report's first line); None when the title is not part of the text (HTML, records)."""
    if not article.title:
        return None
    line = title_of(article.text)
    if line is None or split_media_tags(line)[0] != article.title:
        return None
    return article.text.index(line) + len(line)


def _merged(verb: Candidate, headline: int | None) -> dict[str, Any]:
    """A verb event folded into a nominal one ('the strike killed four'), a later telling of it,
    or the headline's: what it said."""
    obj = verb.recipient
    text = doc_text(verb.trigger.doc)
    return {
        "trigger_text": text[verb.trigger.idx : verb.trigger_end.idx + len(verb.trigger_end.text)],
        "start": verb.trigger.idx,
        "end": verb.trigger_end.idx + len(verb.trigger_end.text),
        "event_type": verb.event_type,
        "mode": verb.mode,
        "recipient": verb.trigger.doc[slice(*phrase(obj))].text if obj is not None else None,
        "headline": headline is not None and verb.trigger.idx < headline,
    }


def _link_presupposed(found: list[Candidate], by_trigger: dict[int, dict]) -> None:
    """'The UN condemned the shelling': the ACCUSE's ``about_event`` is the shelling's record (or
    the earlier event it was folded into), whose ``presupposed_by`` lists the ACCUSE."""
    for cand in found:
        told = by_trigger.get(cand.trigger.i)
        for verb in cand.told_by:
            teller = by_trigger.get(verb.i)
            if told is None or teller is None:
                continue
            teller["about_event"] = told["id"]
            told["presupposed_by"].append(teller["id"])


def run(analysis: Analysis, ctx: Context) -> None:
    assert ctx.doc is not None
    places = analysis.spans_of("place")

    def is_place(tok: Token) -> bool:
        return any(s.start < tok.idx + len(tok.text) and tok.idx < s.end for s in places)

    def place_kind(tok: Token) -> str | None:  # 'country', 'city' …: a country as object is a party
        hit = next((s for s in places if s.start < tok.idx + len(tok.text) and tok.idx < s.end), None)
        return None if hit is None else str(hit.attrs.get("kind") or "")

    headline = headline_end(analysis.article)
    actors = analysis.spans_of("actor")
    kinds = [(s.start, s.end, s.attrs.get("kind"), s.attrs.get("side")) for s in actors]
    found = candidates(ctx.doc, is_place if places else None, headline, kinds, place_kind if places else None)
    if not found:
        return
    times = analysis.spans_of("time")
    sentences = analysis.spans_of("sentence")

    from newsprism.events import finetype

    model = finetype.shipped_model()
    fine: dict[int, tuple[str, float]] = {}
    if model is not None:
        sents = sorted({c.sent.start: c.sent for c in found}.values(), key=lambda s: s.start)
        lemmas = [finetype.lemma_text(s) for s in sents]
        text = doc_text(ctx.doc)  # a sentence's text is its slice of the document ('Span.text' re-joins its tokens)
        for s, pred in zip(sents, model.predict([text[s.start_char : s.end_char] for s in sents], lemmas), strict=True):
            fine[s.start] = pred

    written = _written_by(analysis)
    text = analysis.article.text
    datelines = [s for s in analysis.spans_of("meta") if s.label == "dateline"]
    by_trigger: dict[int, dict] = {}
    ahead = {c.trigger.i: c for c in found}  # a 'when' clause after its main verb lends it its time
    resolved = _resolved_speakers(analysis)
    quotes = _direct_quotes(analysis)
    for cand in found:
        trig, trig_end = cand.trigger, cand.trigger_end
        t_start, t_end = trig.idx, trig_end.idx + len(trig_end.text)
        sent = cand.sent
        s_start, s_end = sent.start_char, sent.end_char
        sent_span = _overlapping(sentences, t_start, t_end)
        if sent_span is not None:
            s_start, s_end = sent_span.start, sent_span.end
        actor = _argument(cand.actor, cand.actor_how, actors, ("id", "name", "kind", "side"))
        actor = _past_the_dateline(actor, datelines, t_start, text)
        _with_conjuncts(actor, cand.actor, cand.trigger)  # 'Pakistan Rangers and the BSF exchanged fire'
        if actor is not None and actor["span"] is not None:
            _coordinated_actors(actor, actors)
        _side_of_the_modifier(actor, cand, analysis.article.published)
        recipient = _argument(cand.recipient, cand.recipient_how, actors, ("id", "name", "kind", "side"))
        recipient = _past_the_dateline(recipient, datelines, t_start, text)  # the dateline's town is never the target
        instrument = _argument(cand.instrument, cand.instrument_how, [], ())  # 'Rockets struck …': the means
        location = _argument(cand.location, cand.location_how, places, ("id", "name", "lat", "lon", "country", "kind"))
        when = _time(cand, times, by_trigger, analysis, ahead)
        _nearest_weekday_past(cand, when, times)
        if _after_its_frame(cand, when, by_trigger):
            when.update(date=None, date_source="none (its day resolves after the day of the event that takes it as given)")
        if when["date"] is None and written is not None and cand.modality == "asserted" and not cand.negated:
            when["date_not_after"] = written[0]
            if when["date_source"] == "none":
                when["date_source"] = f"none (not after {written[1]})"
            _bound_by_frame(cand, when, by_trigger)
        speaker = None
        if cand.attributed_to is not None:
            i, j = phrase(cand.attributed_to)
            doc = ctx.doc
            speaker = {"text": doc[i:j].text, "cue": cand.attribution_cue}
            res = resolved.get((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)), {})
            speaker |= {k: v for k, v in res.items() if k != "_actor"}
        else:
            speaker = _quoted(quotes, t_start, t_end)
        _doer_is_a_speaker(actor, resolved, actors)  # 'It said it had carried out attacks'
        why = "; ".join(cand.why)
        if actor:
            why += f"; actor = {actor['how']}"
        if cand.modality != "asserted":
            why += f"; modality {cand.modality} ('{cand.modality_cue}')"
        ft = fine.get(sent.start)
        source = f"{LAYER.source}:plover-dependency-rules"
        span = analysis.add_span(
            "event",
            cand.event_type,
            t_start,
            t_end,
            source,
            {"mode": cand.mode, "form": cand.form, "negated": cand.negated, "modality": cand.modality, "why": why},
            score=cand.confidence,
        )
        record = analysis.add_record(
            "events",
            {
                "event_type": cand.event_type,
                "mode": cand.mode,
                "form": cand.form,
                "trigger": span.id,
                "trigger_text": span.text,
                "actor": actor,
                "recipient": recipient,
                "instrument": instrument,
                "reply": cand.reply,
                "action": ctx.doc[slice(*phrase(cand.action))].text if cand.action is not None else None,
                "location": location,
                **when,
                "negated": cand.negated,
                "modality": cand.modality,
                "modality_cue": cand.modality_cue,
                "attributed_to": speaker,
                "sentence": sent_span.id if sent_span is not None else None,
                "sentence_start": s_start,
                "sentence_end": s_end,
                "merged": [_merged(m, headline) for m in cand.merged],
                "about_event": None,
                "presupposed_by": [],
                "confidence": cand.confidence,
                "fine_type": {"type": ft[0], "score": round(ft[1], 3), "model": finetype.MODEL_NAME, "of": "sentence"}
                if ft
                else None,
                "source": source,
                "why": why,
            },
        )
        span.attrs["event"] = record["id"]
        by_trigger[trig.i] = record
    _link_presupposed(found, by_trigger)
    if model is not None:
        analysis.models[finetype.MODEL_NAME] = str(model.meta.get("note", ""))


LAYER = Layer(
    name="event",
    version="1.0",
    run=run,
    description="PLOVER events (type, mode, actor, recipient, place, date, negation, modality) + CASE-2021 fine type",
    requires=("sentences",),
    optional_after=("place", "actor", "time"),
    models=("events-case2021",),
)
