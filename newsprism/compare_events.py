"""Line up the events several reports give of one incident, who says so in each, and where the
reports' accounts collide.

An event is aligned with the other reports' events of the same PLOVER type on the same resolved
date; an event without one (no year in the dateline, no publication date) by type and place, a
weaker match that each cell says it rests on (``matched_by``). A place match is conservative:
the same place (the place layer's id, else the place as written), no broad place (a country, a
region), no unresolved day that disagrees ('on Tuesday' is not 'last month'), and exactly one
group it could join. Everything comes from the reports' own records; every cell keeps the span
ids it rests on (event triggers, the claims' source spans).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsprism.compare_time import clash, in_night, may_be_same, night_days, row_day, timed
from newsprism.model import Analysis, Span
from newsprism.resources import load_json
from newsprism.temporal.calendar import to_date


def alignment_config() -> dict[str, Any]:
    return load_json("compare", "alignment.json")


def place_key(text: str | None) -> str:
    """A place as written, compared without case, a leading article or punctuation."""
    words = re.sub(r"[^\w\s-]", " ", (text or "").casefold()).split()
    drop = set(alignment_config()["leading_words"])
    while words and words[0] in drop:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Place:
    """Where an event happened, as far as alignment goes: the place layer's id, else the
    written text (and the gazetteer name) normalised."""

    id: str | None
    texts: frozenset[str]
    name: str
    found: bool = True  # a place the place layer found; else it sets events apart but joins none
    area: bool = False  # a district or area ('the Kalbajar district'), not a point
    country: str | None = None  # the place layer's country code, when it gives one
    lat: float | None = None  # the place layer's coordinates, when it gives them
    lon: float | None = None
    admin1: str | None = None  # the place layer's first-level division code ('40': the Gazakh district)

    def same(self, other: Place) -> bool:
        """Two resolved places are one when their ids are; otherwise the names must match."""
        return self.grade(other) is not None

    def grade(self, other: Place) -> str | None:
        """'place' when the two are one place, 'area' when one of them is an area around or
        containing the other ('the Kalbajar district' and the town Kalbajar get one id from the
        place layer), None when they differ."""
        if self.country and other.country and self.country != other.country:
            return None  # Hyderabad in India is not the Hyderabad district of Pakistan
        same = self.id == other.id if self.id and other.id else bool(self.texts & other.texts)
        if not same and (self.area or other.area) and self.country and self.admin1:
            # 'the Gazakh district' and the village Ashaghi Askipara in it (audit 20 C9): one area by division code
            same = (self.country, self.admin1) == (other.country, other.admin1)
        if not same:
            return None
        return "area" if self.area or other.area else "place"


@dataclass
class Item:
    key: str
    event: dict[str, Any]
    place: Place | None
    day: str | None
    denied: bool
    telling: dict[str, Any]
    matched_by: str = "date"
    grade: str | None = None  # how its place matched the row's: 'place' or 'area' (None: by date, or the first)
    cue: str | None = None  # 'response' ('fired back') or 'initiation' ('fired first'), from the words at its trigger
    start: int = 0  # the trigger's offset: the order in which the report tells it
    not_after: str | None = None  # the latest day it can have happened: the event's date_not_after, else the report's date
    other: bool = False  # told as another or a repeated incident ('the previous shelling', 'have repeatedly shelled')
    several: bool = False  # counted over more than a day ('raided the camp four times in the past month'): no place anchor
    near: frozenset[str] = frozenset()  # specific places its sentence names (ids, else names): 'two men from Ditsi were seized'
    told_dates: tuple[str, ...] = ()  # the DATE values of its sentence (not the dateline): 'Since 2017, … have attacked'

    @property
    def act(self) -> str | None:
        return act_of(self.event)


@dataclass
class Group:
    event_type: str
    date: str | None
    place: Place | None
    items: list[Item] = field(default_factory=list)
    act: str | None = None  # the act of a type told apart by act (``act_groups``: detention, blockade …)
    claims: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (report key, claim cell entry)
    firsts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (report key, a claim of who fired first)

    def days(self) -> set[str]:
        return {i.day for i in self.items if i.day}

    def places(self) -> list[Place]:
        """Where the row's tellings and denials are."""
        return [p for p in ([self.place] + [i.place for i in self.items]) if p is not None and p.found]

    def holds(self, event: dict[str, Any]) -> bool:
        """Could the event be told in this row: its type, and its act where the type has acts."""
        return self.event_type == event["event_type"] and self.act == act_of(event)


def act_of(event: dict[str, Any]) -> str | None:
    """The act a telling of a type with ``act_groups`` tells (COERCE: a detention, a blockade, a
    forced displacement are different acts, two incidents on one night: audit 12 k, audit 13 t)."""
    return (alignment_config()["act_groups"].get(event.get("event_type") or "") or {}).get(event.get("mode") or "")


def row_key(event: dict[str, Any]) -> str:
    """The key of the rows a telling may join: its type, and its act where the type has acts."""
    act = act_of(event)
    return f"{event['event_type']}/{act}" if act else event["event_type"]


def place_name(event: dict[str, Any]) -> str | None:
    """The place as the report writes it, with the gazetteer's name after it when that differs:
    "Akna (Aghdam)". The canonical name alone hid whose naming the report used."""
    loc = event.get("location") or {}
    text, name = loc.get("text"), loc.get("name")
    if text and name and text.casefold().removeprefix("the ") != name.casefold().removeprefix("the "):
        return f"{text} ({name})"
    return text or name


def _recipient_place(event: dict[str, Any], places: list[Span], known: dict[str, set[str]]) -> dict[str, Any] | None:
    """'fired on Uri', 'denied firing at Kiryat Shmona': the place is the object the act was aimed
    at. Only a recipient that *is* a place (not 'villages near Uri'): one the place layer found
    there, or a capitalised name that it found as a place in one of the compared reports (it
    missed "Uri" in "denied that Pakistani troops shelled Uri" and found it in the other report)."""
    rec = event.get("recipient") or {}
    if rec.get("start") is None:
        return None
    for span in places:
        if span.start < rec["end"] and rec["start"] < span.end and place_key(span.text) == place_key(rec.get("text")):
            return {
                "text": rec.get("text"),
                "id": span.attrs.get("id"),
                "name": span.attrs.get("name"),
                "kind": span.attrs.get("kind"),
                "country": span.attrs.get("country"),
            }
    written = rec.get("text") or ""
    ids = known.get(place_key(written))
    if ids is None or not any(w[:1].isupper() for w in written.split()):
        return None
    return {"text": written, "id": next(iter(ids)) if len(ids) == 1 else None}


def known_places(analyses: list[Analysis]) -> dict[str, set[str]]:
    """Every place the compared reports name (place spans, event places), normalised, with the
    place layer's ids for it."""
    out: dict[str, set[str]] = {}
    for an in analyses:
        for span in an.spans:
            if span.layer == "place" and (span.attrs.get("kind") or "") not in alignment_config()["broad_place_kinds"]:
                out.setdefault(place_key(span.text), set()).update([span.attrs["id"]] if span.attrs.get("id") else [])
        for ev in an.records.get("events", []):
            loc = ev.get("location") or {}
            if loc.get("text") and _found(loc) and (loc.get("kind") or "") not in alignment_config()["broad_place_kinds"]:
                out.setdefault(place_key(loc["text"]), set()).update([loc["id"]] if loc.get("id") else [])
    out.pop("", None)
    return out


def _named_at(an: Analysis) -> list[tuple[int, str]]:
    """Where the report names each specific place (offset, id or name as written), as
    ``named_places`` counts them: no country or region, nothing in the dateline."""
    broad = set(alignment_config()["broad_place_kinds"])
    lines = [(s.start, s.end) for s in an.spans if s.layer == "meta" and s.label == "dateline"]
    out = [
        (s.start, s.attrs.get("id") or place_key(s.text))
        for s in an.spans
        if s.layer == "place"
        and (s.attrs.get("kind") or "") not in broad
        and not any(a <= s.start and s.end <= b for a, b in lines)
    ]
    return [(at, k) for at, k in out if k]


def named_places(an: Analysis) -> set[str]:
    """The specific places a report names in its text (the place layer's ids, else the names as
    written; no country or region, not its dateline): two reports that name none in common tell of
    two incidents, however one day they share (review 13)."""
    return {k for _, k in _named_at(an)}


def _found(loc: dict[str, Any]) -> bool:
    """Did the place layer find the event's location? The event layer also takes a proper noun
    after 'in', 'along', 'at' that no place span covers ('along the Line of Control', 'at the
    Saudi Hospital': ``span`` null, no id); a location without the key (built by hand) counts."""
    return bool(loc.get("id")) or loc.get("span", True) is not None


def event_place(event: dict[str, Any], places: list[Span], known: dict[str, set[str]] | None = None) -> Place | None:
    """The event's place for alignment, or None when it has none specific enough. A location
    the place layer did not find, and no compared report names as a place, may set two tellings
    apart but joins no row by place alone: a 740-km line or a hospital is not a town."""
    known = known or {}
    loc = event.get("location") or _recipient_place(event, places, known)
    if not loc or (loc.get("kind") or "") in alignment_config()["broad_place_kinds"]:
        return None
    texts = frozenset(t for t in (place_key(loc.get("text")), place_key(loc.get("name"))) if t)
    if not texts and not loc.get("id"):
        return None
    found = _found(loc) or any(t in known for t in texts)
    span = next((s for s in places if s.id == loc.get("span")), None) if loc.get("span") else None
    country = loc.get("country") or (span.attrs.get("country") if span is not None else None)
    lat, lon = (loc.get("lat"), loc.get("lon")) if loc.get("lat") is not None else _coords(span)
    admin1 = span.attrs.get("admin1") if span is not None else None
    return Place(loc.get("id"), texts, place_name({"location": loc}) or "?", found, is_area(loc), country, lat, lon, admin1)


def _coords(span: Span | None) -> tuple[float | None, float | None]:
    if span is None or not isinstance(span.attrs.get("lat"), int | float) or not isinstance(span.attrs.get("lon"), int | float):
        return None, None
    return float(span.attrs["lat"]), float(span.attrs["lon"])


def far_apart(a: list[Place], b: list[Place]) -> bool:
    """Are two reports' places points (not areas) farther apart than ``initiator_same_incident_km``
    wherever they are? 'RSF fighters opened unprovoked fire in El Fasher' and 'army troops
    launched an unprovoked attack in Omdurman' the same day (790 km) are two incidents; Uri and
    the Leepa valley, across the Line of Control, may be two halves of one."""
    pa = [(p.lat, p.lon) for p in a if p.lat is not None and p.lon is not None and not p.area]
    pb = [(p.lat, p.lon) for p in b if p.lat is not None and p.lon is not None and not p.area]
    if not pa or not pb:
        return False
    limit = alignment_config()["initiator_same_incident_km"]
    return all(_km(x, y) > limit for x in pa for y in pb)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def is_area(loc: dict[str, Any]) -> bool:
    """A district or area rather than a point: of an area kind, or written with an area word
    ('the Kalbajar district', 'the Jermuk area')."""
    words = set(place_key(loc.get("text")).split())
    return (loc.get("kind") or "") in alignment_config()["area_place_kinds"] or bool(
        words & set(alignment_config()["area_words"])
    )


def event_day(event: dict[str, Any]) -> str | None:
    """The unresolved time value's date part ('XXXX-WXX-2': a Tuesday; 'XXXX-XX': some month);
    a time of day alone ('10 pm': 'XXXX-XX-XXT22:00') says nothing about the day."""
    value = (event.get("time_value") or "").split("T")[0]
    if not value or value == "XXXX-XX-XX":
        return None
    return value


def fits(day: str, date: str) -> bool:
    """Can the unresolved day value be that resolved date? A weekday must be its weekday;
    'XXXX-05-12' must agree digit by digit; other values (a month, 'PAST_REF') cannot be told."""
    try:
        d = dt.date.fromisoformat(date[:10])
    except ValueError:
        return False
    if m := re.fullmatch(r"XXXX-WXX-(\d)", day):
        return d.isoweekday() == int(m.group(1))
    if len(day) == 10 and len(date) >= 10:
        return all(a in ("X", b) for a, b in zip(day, date[:10], strict=True))
    return False


def is_denied(event: dict[str, Any]) -> bool:
    """The report says the event did not happen, or gives someone's denial of it."""
    return bool(event.get("negated")) or event.get("modality") in alignment_config()["denied_modalities"]


def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def said_by(event: dict[str, Any], an: Analysis, by_id: dict[str, Span]) -> dict[str, Any] | None:
    """Who the report says the event is from: the event's ``attributed_to``, resolved to the claim
    behind it (its speaker, source kind and side, its source span): the claim whose source is
    those words and whose content holds the trigger (the innermost), else one with that source
    in the event's sentence. None: the report tells it in its own voice. (A claim that merely
    holds the trigger is not used without ``attributed_to``: 'Hezbollah denied firing at …' is
    such a claim, and the denial is the event layer's to mark.)"""
    attributed = event.get("attributed_to") or {}
    if not attributed:
        return None
    claims = [c for c in an.records.get("claims", []) if c.get("speaker") and c.get("source") in by_id]
    claim = next((c for c in claims if c.get("id") == attributed.get("claim")), None) if attributed.get("claim") else None
    said = place_key(attributed.get("text")).split()
    same = [c for c in claims if said and _within(said, place_key(by_id[c["source"]].text).split())]
    trigger = by_id.get(event.get("trigger") or "")
    if claim is None and trigger is not None:
        holding = [c for c in same if c.get("content") in by_id and _contains(by_id[c["content"]], trigger)]
        holding.sort(key=lambda c: by_id[c["content"]].end - by_id[c["content"]].start)
        claim = holding[0] if holding else None
    if claim is None and event.get("sentence_start") is not None:
        lo, hi = event["sentence_start"], event.get("sentence_end") or event["sentence_start"]
        claim = next((c for c in same if lo <= by_id[c["source"]].start < hi), None)
    claim = claim or {}
    return {
        "speaker": claim.get("speaker") or attributed.get("name") or attributed.get("text"),
        "text": attributed.get("text"),
        "source_kind": claim.get("source_kind"),
        "side": claim.get("side"),
        "claim": claim.get("id"),
        "span": claim.get("source"),
    }


def _within(a: list[str], b: list[str]) -> bool:
    """One run of words inside the other ('Lieutenant Colonel Arvind Mehra' in 'Lieutenant
    Colonel Arvind Mehra, a defence spokesman in Jammu'); words, not letters ('he' is not in 'the')."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _telling(event: dict[str, Any], an: Analysis, by_id: dict[str, Span]) -> dict[str, Any]:
    actor = event.get("actor") or {}
    return {
        "trigger": event.get("trigger"),
        "actor": actor.get("text"),
        "actor_id": actor.get("id"),
        "actor_side": actor.get("side"),
        # a second actor in the doer's phrase ("Indian and Pakistani troops": the event layer's actor.also)
        "also_sides": [a["side"] for a in actor.get("also") or [] if isinstance(a, dict) and a.get("side")],
        "undated_side": undated_side(actor, by_id),
        "modality": event.get("modality") or "asserted",
        "said_by": said_by(event, an, by_id),
    }


def undated_side(actor: dict[str, Any], by_id: dict[str, Span]) -> dict[str, Any] | None:
    """The doer's side when it rests on no date: the actor layer gave an undated report the
    current side of an actor whose side changed ('the Syrian army' after December 2024). None
    when the side was chosen by a date, or never changed."""
    span = by_id.get(actor.get("span") or "")
    attrs = span.attrs if span is not None else actor
    dated_by = str(attrs.get("dated_by") or "")
    if not actor.get("side") or not any(dated_by.startswith(m) for m in alignment_config()["undated_side_marks"]):
        return None
    return {"actor": actor.get("text"), "side": actor["side"], "period": attrs.get("period") or {}}


def _items(an: Analysis, key: str, known: dict[str, set[str]]) -> list[Item]:
    by_id = {s.id: s for s in an.spans}
    places = [s for s in an.spans if s.layer == "place"]
    written = report_date(an)
    triggers = sorted(
        (by_id[e["trigger"]] for e in an.records.get("events", []) if e.get("trigger") in by_id), key=lambda t: t.start
    )
    named = _named_at(an)
    dates = [
        (s.start, str(s.attrs["value"]))
        for s in an.spans
        if s.layer == "time" and s.label == "DATE" and s.attrs.get("value") and not s.attrs.get("dateline")
    ]
    out = []
    for ev in an.records.get("events", []):
        if not ev.get("event_type"):
            continue
        trigger = by_id.get(ev.get("trigger") or "")
        item = Item(key, ev, event_place(ev, places, known), event_day(ev), is_denied(ev), _telling(ev, an, by_id))
        item.not_after = ev.get("date_not_after") or written
        lo, hi = ev.get("sentence_start"), ev.get("sentence_end")
        if isinstance(lo, int) and isinstance(hi, int):
            item.near = frozenset(k for at, k in named if lo <= at < hi)
            item.told_dates = tuple(v for at, v in dates if lo <= at < hi)
        if trigger is not None:
            item.start = trigger.start
            item.cue = turn_cue(an.article.text, trigger, ev, triggers)
            item.other = other_incident(an.article.text, trigger)
            item.several = several_times(an.article.text, trigger, ev, triggers)
        if item.cue is None and ev.get("reply"):  # the event layer's reading: told as an answer to another act
            item.cue = "response"
        out.append(item)
    return out


def _stretch(text: str, trigger: Span, event: dict[str, Any], triggers: list[Span]) -> tuple[int, int]:
    """The part of the trigger's sentence that is its own (its offsets): from the previous trigger
    (or the sentence start) to the next one (or the sentence end). 'X shelled A; Y fired back':
    'back' belongs to 'fired', not to 'shelled'."""
    lo = event.get("sentence_start")
    hi = event.get("sentence_end")
    if lo is None or hi is None:
        lo = max((m.end() for m in re.finditer(r"[.!?]\s", text[: trigger.start])), default=0)
        m = re.search(r"[.!?](\s|$)", text[trigger.end :])
        hi = trigger.end + m.start() + 1 if m else len(text)
    before = [t.end for t in triggers if lo <= t.end <= trigger.start and t.start != trigger.start]
    after = [t.start for t in triggers if trigger.end <= t.start < hi and t.start != trigger.start]
    return max(before, default=lo), min(after, default=hi)


def turn_cue(text: str, trigger: Span, event: dict[str, Any], triggers: list[Span]) -> str | None:
    """'initiation' when the words at the trigger say it was the first shot ('fired first',
    'unprovoked'), 'response' when they say it answered fire ('fired back', 'in response',
    'retaliated'); else None. Whole words, any case; the first shot wins when both are there.
    A cue that is a verb of its own clause counts only at or before the trigger ('X shelled A
    and Y fired back' is no reply by X); 'in response to criticism' answers no fire."""
    lo, hi = _stretch(text, trigger, event, triggers)
    tokens = [(m.group().casefold(), lo + m.start(), lo + m.end()) for m in re.finditer(r"[\w-]+", text[lo:hi])]
    words = [t[0] for t in tokens]
    for cue, key in (("initiation", "initiation_cues"), ("response", "response_cues")):
        for phrase in alignment_config()[key]:
            for i in _runs(words, phrase.split()):
                if _counts(phrase, i, tokens, trigger):
                    return cue
    return None


def _runs(words: list[str], phrase: list[str]) -> list[int]:
    """Where the phrase's words stand in a run among the words (indexes of their first word)."""
    n = len(phrase)
    return [i for i in range(len(words) - n + 1) if words[i : i + n] == phrase]


def _counts(phrase: str, i: int, tokens: list[tuple[str, int, int]], trigger: Span) -> bool:
    """Does the cue found at token ``i`` speak of this trigger? A clause cue ('fired back') only
    when it holds the trigger or comes before it; a cue with an object ('in response to …') only
    when the object is fire ('in response to the shelling', 'to Armenian provocations')."""
    cfg = alignment_config()
    if phrase in cfg["clause_cues"] and tokens[i][1] >= trigger.end:
        return False
    words = [t[0] for t in tokens]
    for obj, span in cfg["response_objects"].items():
        n = len(obj.split())
        for j in _runs(words, obj.split()):
            if j <= i < j + n:
                return _fire_words(words[j + n : j + n + span])
    return True


def _fire_words(words: list[str]) -> bool:
    """Do the words name fire or an attack (the ASSAULT cue words, 'provocation')?"""
    from newsprism.compare_claims import mentions  # it builds on this module

    text = " " + " ".join(words) + " "
    return any(f" {w} " in text for w in alignment_config()["response_object_words"]) or bool(
        mentions(" ".join(words), "ASSAULT")
    )


def report_date(an: Analysis) -> str | None:
    """The day the report was written: its publication date, else its dateline's full date (the
    time layer's dateline span). What it tells without a date happened by then."""
    if an.article.published:
        return an.article.published.isoformat()[:10]
    for s in an.spans:
        value = str(s.attrs.get("value") or "")
        if s.layer == "time" and s.attrs.get("dateline") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return value
    return None


def written_before(written: str | None, row_date: str | None) -> bool:
    """A report written by ``written`` (a day) cannot tell a row whose period starts later; a row
    dated by week, month, quarter or half is compared by its first day ('2023-W18' → 1 May)."""
    if not written or not row_date:
        return False
    start = to_date(row_date)
    try:
        return start is not None and dt.date.fromisoformat(written[:10]) < start
    except ValueError:
        return False


def _day_fits(item: Item, group: Group) -> bool:
    if written_before(item.not_after, group.date):
        return False  # a report of 10 May cannot tell the shelling of 13 May
    if item.day is None:
        return True
    if group.date is not None:
        return fits(item.day, group.date)
    return group.days() <= {item.day}


def _candidates(item: Item, groups: list[Group]) -> list[tuple[Group, str]]:
    """The groups an undated (or unmatched) event could join by place, with how well the place
    matches ('place', else 'area'): same type, same place or area (a dated group's place is any
    of its events' places), and no disagreeing day."""
    out = []
    for g in groups:
        if not g.holds(item.event) or not _day_fits(item, g):
            continue
        # an act counted over weeks ('four times in the past month') places no incident
        here = [g.place] if g.date is None else [i.place for i in g.items if not i.denied and not i.several]
        grades = {p.grade(item.place) for p in here if p is not None and p.found and item.place is not None}
        grade = "place" if "place" in grades else "area" if "area" in grades else None
        if grade:
            out.append((g, grade))
    return out


def _pick(found: list[tuple[Group, str]]) -> tuple[Group, str] | None:
    """The one group an event joins: the only candidate (one at the same place and one at the
    same area are two: the event could be either)."""
    return found[0] if len(found) == 1 else None


def _sentences(text: str) -> list[tuple[str, int]]:
    """The text's sentences (split after . ! ? and at line breaks), spacing and case aside, with
    their word counts: line wrapping does not change them."""
    out = []
    for line in re.split(r"\n\s*\n|(?<=[.!?])[\"”’']?\s+", text):
        words = (line or "").casefold().split()
        if words:
            out.append((" ".join(words), len(words)))
    return out


def _copies(a: list[tuple[str, int]], b: list[tuple[str, int]]) -> bool:
    """Is one text a copy of the other: most of the shorter one's words ('copy_share') lie in
    sentences the other has word for word? A syndicated copy keeps the body and changes the
    headline, the dateline's outlet, maybe a closing line; two reports sharing a quote do not."""
    if not a or not b:
        return False
    short, other = (a, b) if sum(n for _, n in a) <= sum(n for _, n in b) else (b, a)
    there = {p for p, _ in other}
    total = sum(n for _, n in short)
    return sum(n for p, n in short if p in there) >= alignment_config()["copy_share"] * total


def same_text_as(analyses: list[Analysis], keys: list[str]) -> dict[str, str | None]:
    """Per report, the first earlier report whose text it repeats (the same text, or the same
    body under another headline or dateline), else None: a syndicated copy is one account,
    however many outlets print it."""
    seen: list[tuple[str, list[tuple[str, int]]]] = []
    out: dict[str, str | None] = {}
    for an, key in zip(analyses, keys, strict=True):
        paras = _sentences(an.article.text)
        out[key] = next((k for k, p in seen if _copies(paras, p)), None)
        if out[key] is None:
            seen.append((key, paras))
    return out


def _matchable(item: Item) -> bool:
    """Can it join a row by place? A specific place the place layer found, and not told as
    another or a repeated incident ('an earlier attack on Jermuk', 'four times in the past month')."""
    return item.place is not None and item.place.found and not item.other and not item.several


def other_incident(text: str, trigger: Span) -> bool:
    """Do the words just before the trigger make it another or a repeated incident ('the
    previous shelling', 'an earlier attack', 'have repeatedly shelled')?"""
    before = re.findall(r"[\w-]+", text[max(0, trigger.start - 80) : trigger.start].casefold())
    return bool(set(before[-alignment_config()["other_incident_window"] :]) & set(alignment_config()["other_incident_words"]))


def several_times(text: str, trigger: Span, event: dict[str, Any], triggers: list[Span]) -> bool:
    """Is the act counted as several acts over more than one day ('has raided the camp, home to
    30,000 refugees, four times in the past month': ``repeated_act`` in its stretch after the
    trigger, and no date of one day)? 'shelled the village three times on Monday' is one day's."""
    if re.match(r"\d{4}-\d{2}-\d{2}", event.get("date") or ""):
        return False
    _, hi = _stretch(text, trigger, event, triggers)
    return re.search(alignment_config()["repeated_act"], text[trigger.end : hi], re.IGNORECASE) is not None


def align(analyses: list[Analysis], keys: list[str]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Aligned events (widest first) and, per report, how many of its events could not be
    aligned at all (no resolved date and no specific place, or more than one group fits)."""
    known = known_places(analyses)
    copies = same_text_as(analyses, keys)
    items = [it for an, key in zip(analyses, keys, strict=True) for it in _items(an, key, known)]
    unaligned = dict.fromkeys(keys, 0)
    # a plan, a threat or a hypothetical is not the incident: it is aligned only with other
    # reports' plans ('the leaders will meet in Brussels'), never with what happened
    unreal = [it for it in items if not it.denied and it.event.get("modality") in alignment_config()["unreal_modalities"]]
    real = [it for it in items if not it.denied and all(it is not u for u in unreal)]
    groups, by_date = _group(real, unaligned)
    _join_nights(groups, by_date, analyses, keys)
    _join_replies(real, groups, analyses, keys, unaligned)
    planned, _ = _group(unreal, unaligned)
    # a denial joins the account it denies; alone it makes no row
    for it in items:
        if not it.denied:
            continue
        dated = dated_row(by_date, row_key(it.event), it.event["date"]) if it.event.get("date") else None
        if dated is not None:
            dated.items.append(it)
            continue
        pick = _pick(_candidates(it, groups)) if _matchable(it) else None
        if pick:
            it.matched_by, it.grade = "place", pick[1]
            pick[0].items.append(it)
    _join_by_report_day(items, groups, analyses, keys, unaligned)
    from newsprism.compare_claims import attach, first_shots  # they build on this module's places and rows

    attach(groups, analyses, keys, known)  # a claim is about what happened, not about a plan
    first_shots(groups, analyses, keys)
    groups += planned
    rows = [_row(g, keys, copies) for g in groups]
    rows.sort(
        key=lambda r: (
            -r["texts"],
            -len(r["articles"]),
            not r["markers"],
            r["date"] is None,
            r["date"] or "",
            r["place"] or "",
            r["event_type"],
        )
    )
    return rows, unaligned


def _join_nights(groups: list[Group], by_date: dict[tuple[str, str], Group], analyses: list[Analysis], keys: list[str]) -> None:
    """A row told only as one night ('on Tuesday night') joins the one row of its kind on either of
    the night's two days that no report of it tells, when their reports name a place in common: 'its
    Sarmachars killed 23 … on Tuesday night' (b2) and 'attacked the FC post late on Tuesday' (b1), a
    bare day, are one attack (audit 17 E8). ``dated_row`` joins a night to a day only through a
    timed telling there; a report that tells both the day and the night keeps them apart."""
    named = {k: named_places(an) for an, k in zip(analyses, keys, strict=True)}
    for (kind, date), g in list(by_date.items()):
        days = night_days(date)
        if days is None or g.date != date or any(i.event.get("date") != date for i in g.items):
            continue
        own = {i.key for i in g.items}
        places = {p for k in own for p in named[k]}
        rows = [
            r
            for d in days
            if (r := by_date.get((kind, d))) is not None
            and not own & {i.key for i in r.items}
            and places & {p for i in r.items for p in named[i.key]}
            and _places_meet(g.places(), r.places())
        ]
        if len(rows) != 1:
            continue
        rows[0].items += g.items
        groups.remove(g)
        del by_date[kind, date]


def _places_meet(a: list[Place], b: list[Place]) -> bool:
    """Do two rows' own places allow one incident: either has none, or one of them is (or lies in) one
    of the other's? 'Russian drones struck Odesa on Tuesday night' and 'missiles struck Kharkiv on
    Wednesday' are two strikes, however each report names the other city in passing (review 18)."""
    return not a or not b or any(p.same(q) for p in a for q in b)


def _join_replies(
    items: list[Item], groups: list[Group], analyses: list[Analysis], keys: list[str], unaligned: dict[str, int]
) -> None:
    """An undated, unplaced telling of a ``first_shot_types`` type that the report tells as a reply
    ('Special units of the Kosovo Police returned fire') joins the report's one recent dated row
    of that type (dated no earlier than ``reply_join_days`` before the report): the answer to the
    attack the report dates ('attacked a police patrol … early on Monday'), which says who did not
    fire first (audit 12, C4). Not when the report has several such rows, nor when its sentence
    dates it to another time (``_told_apart``: 'since 1974, when Turkey invaded … in response to')."""
    placed = {id(i) for g in groups for i in g.items}
    written = {k: report_date(an) for an, k in zip(analyses, keys, strict=True)}
    cfg = alignment_config()
    for it in items:
        if id(it) in placed or it.event.get("date") or it.place is not None or it.cue != "response" or it.other:
            continue
        if it.event["event_type"] not in cfg["first_shot_types"] or not written.get(it.key):
            continue
        since = dt.date.fromisoformat(written[it.key]) - dt.timedelta(days=cfg["reply_join_days"])
        rows = [
            g
            for g in groups
            if g.date
            and g.holds(it.event)
            and any(i.key == it.key and not i.denied for i in g.items)
            and (to_date(g.date) or dt.date.min) >= since
        ]
        if len(rows) == 1 and not _told_apart(it, rows[0]):
            it.matched_by = "reply"
            rows[0].items.append(it)
            unaligned[it.key] -= 1


def _told_apart(item: Item, row: Group) -> bool:
    """Does the telling's sentence date it to a time that cannot be the row's ('Since 2017, …
    have attacked schools'; 'divided since 1974, when Turkey invaded the north in response to a
    coup': audit 14)? Then it is background, joined to no row by its report's day or as a reply."""
    day = (row.date or "")[:10]
    return bool(day) and any(re.match(r"\d{4}", v) and not may_be_same(v, day) for v in item.told_dates)


def _join_by_report_day(
    items: list[Item], groups: list[Group], analyses: list[Analysis], keys: list[str], unaligned: dict[str, int]
) -> None:
    """An undated, unplaced telling or denial of a ``report_day_types`` type ('Nobody was beaten',
    'they beat him') whose report dates everything else it tells to one day (its recent rows, as for
    replies) joins the row of its type of that day, if another report's telling made one: the
    incident the report is about (audit 12, C12: g1's and g3's beating, g2's denial). Matched
    ``report_day``, the weakest match; only into a row its report is not in by date or place (it
    adds the report, not readings of a row it already tells), not when its type has no row that
    day, or several, nor when the reports name no place in common (``named_places``: 'In a separate
    case, militiamen beat a shepherd' in a report on Ergneti is not a beating near Khurvaleti), nor when
    its sentence dates it to another time ('Since 2017, secessionist terrorists have attacked
    schools …': background, audit 14 C13), nor when the report dates incidents to two days within
    ``report_day_window_days`` before it (audit 19 C7: p1 tells Saturday's attack and Monday's protest, so its undated
    'The houses were burned by the KKB' is of neither day for sure)."""
    placed = {id(i) for g in groups for i in g.items}
    written = {k: report_date(an) for an, k in zip(analyses, keys, strict=True)}
    named = {k: named_places(an) for an, k in zip(analyses, keys, strict=True)}
    cfg = alignment_config()
    for it in items:
        if id(it) in placed or it.event.get("date") or it.place is not None or it.other or not written.get(it.key):
            continue
        if it.event["event_type"] not in cfg["report_day_types"] or it.event.get("modality") in cfg["unreal_modalities"]:
            continue
        report_day = dt.date.fromisoformat(written[it.key])
        days = _dated_days(groups, it.key, report_day - dt.timedelta(days=cfg["reply_join_days"]))
        if len(days) != 1:
            continue
        told = _dated_days(groups, it.key, report_day - dt.timedelta(days=cfg.get("report_day_window_days", 0)))
        if len(told) > 1:
            continue  # the report tells incidents of two days this week (p1: Saturday's attack, Monday's protest)
        rows = [g for g in groups if g.date and g.date[:10] in days and g.holds(it.event)]
        if len(rows) != 1 or not named[it.key] & {p for i in rows[0].items if i.key != it.key for p in named[i.key]}:
            continue  # one day of a war holds many incidents: the reports must name a place in common
        if _told_apart(it, rows[0]):
            continue  # 'Since 2017, secessionist terrorists have attacked schools': background, not the day's incident
        if all(i.key != it.key or i.matched_by == "report_day" for i in rows[0].items):
            it.matched_by = "report_day"
            rows[0].items.append(it)
            if not it.denied:
                unaligned[it.key] -= 1


def _dated_days(groups: list[Group], key: str, since: dt.date) -> set[str]:
    """The days, from ``since`` on, of the rows that report ``key`` aligned by its own date."""
    return {
        g.date[:10]
        for g in groups
        if g.date and any(i.key == key and i.matched_by == "date" for i in g.items) and (to_date(g.date) or dt.date.min) >= since
    }


def _group(items: list[Item], unaligned: dict[str, int]) -> tuple[list[Group], dict[tuple[str, str], Group]]:
    """Rows of the tellings: by type and resolved date, else by type and place (one row only);
    ``unaligned`` counts those that join none."""
    groups: list[Group] = []
    by_date: dict[tuple[str, str], Group] = {}
    # a clock time or part of a day joins its day's row; a night waits for the days' rows (compare_time)
    dated = sorted((it for it in items if it.event.get("date")), key=lambda i: row_day(i.event["date"]) is None)
    for it in dated:
        kind = row_key(it.event)
        row = dated_row(by_date, kind, it.event["date"])
        if row is None:
            day = row_day(it.event["date"])
            k = (kind, day if day and (kind, day) not in by_date else it.event["date"])
            row = by_date[k] = Group(it.event["event_type"], k[1], None, act=it.act)
            groups.append(row)
        row.items.append(it)
    for g in groups:  # a row told only as one night (and clock times in it) is dated by the night
        nights = {i.event["date"] for i in g.items if row_day(i.event["date"]) is None}
        if len(nights) == 1 and all(in_night(i.event["date"], next(iter(nights))) for i in g.items):
            g.date = next(iter(nights))
    # undated events: those with a day value first, so that a day-less one sees which days exist
    undated = sorted((it for it in items if not it.event.get("date")), key=lambda i: i.day is None)
    for it in undated:
        found = _candidates(it, groups) if _matchable(it) else []
        pick = _pick(found)
        if pick:
            it.matched_by, it.grade = "place", pick[1]
            pick[0].items.append(it)
        elif not found and _matchable(it):
            groups.append(Group(it.event["event_type"], None, it.place, [it], act=it.act))
            it.matched_by = "place"
        else:
            unaligned[it.key] += 1
    return groups, by_date


def dated_row(by_date: dict[tuple[str, str], Group], event_type: str, date: str) -> Group | None:
    """The row of that type (``row_key``: with its act) a telling of that date joins: its day's (a clock time's, a part of
    the day's), unless a telling there clashes with it (``clash``: the morning and the evening);
    for a night, the next day's row when a telling there is in the small hours, else
    its own day's when one is in the evening, else the night's own row; None when there is none."""
    day = row_day(date)
    if day is not None:
        row = by_date.get((event_type, day))
        if row is not None and any(clash(i.event["date"], date) for i in row.items if i.event.get("date")):
            return by_date.get((event_type, date))  # the morning and the evening of one day: two rows
        return row
    near = [
        g
        for d in night_days(date) or ()
        if (g := by_date.get((event_type, d))) is not None
        and any(timed(i.event["date"]) and may_be_same(i.event["date"], date) for i in g.items if i.event.get("date"))
    ]
    return near[-1] if near else by_date.get((event_type, date))


def _cell(
    items: list[Item],
    claims: list[dict[str, Any]] | None = None,
    firsts: list[dict[str, Any]] | None = None,
    date: str | None = None,
) -> dict[str, Any]:
    told = [i for i in items if not i.denied]
    cell: dict[str, Any] = {
        "triggers": [i.event.get("trigger") for i in told],
        # the tellings' own dates where they are not the row's day ('2026-11-22TNI': the night before)
        "dates": sorted({i.event["date"] for i in items if i.event.get("date") and i.event["date"] != date}),
        # undated replies joined to the row (``_join_replies``): 'returned fire', with its trigger
        "replies": [
            {"trigger": i.event.get("trigger"), "text": i.event.get("trigger_text")} for i in told if i.matched_by == "reply"
        ],
        "places": [],
        "actors": [],
        "matched_by": "date"
        if any(i.matched_by == "date" for i in items)
        else "place"
        if any(i.matched_by == "place" for i in items)
        else "reply"
        if any(i.matched_by == "reply" for i in items)
        else "report_day"
        if items
        else "claim",
        # the unresolved days of the tellings that joined by place: what a reader checks the row's date against
        "days": sorted({i.day for i in items if i.matched_by == "place" and i.day}),
        "said_by": [],
        "own_voice": sum(1 for i in told if i.telling["said_by"] is None),
        "actor_sides": sorted(
            {i.telling["actor_side"] for i in told if i.telling["actor_side"]}
            | {x for i in told if i.telling["actor_side"] for x in i.telling.get("also_sides", [])}
        ),
        "actor_ids": sorted({i.telling["actor_id"] for i in told if i.telling["actor_id"]}),
        "actor_names": {i.telling["actor_id"]: i.telling["actor"] for i in told if i.telling["actor_id"] and i.telling["actor"]},
        # sides that rest on no date (the actor layer's current period for an undated report)
        "undated_sides": _unique([i.telling["undated_side"] for i in told if i.telling.get("undated_side")]),
        "modalities": dict(Counter(i.telling["modality"] for i in told).most_common()),
        "denied": [
            {
                "trigger": i.event.get("trigger"),
                "actor": i.telling["actor"],
                "place": place_name(i.event) or (i.place.name if i.place else None),
                "said_by": i.telling["said_by"],
            }
            for i in items
            if i.denied
        ],
        "initiator": initiator(told, firsts),
        # attributed claims about the event that no telling of it stands for ("the ministry rejected
        # Yerevan's claim that Azerbaijani shells hit homes in Istisu")
        "claims": claims or [],
    }
    for i in told:
        place = place_name(i.event) or (i.place.name if i.place else None)
        if place and place not in cell["places"]:
            cell["places"].append(place)
        # who did it, as this report tells it: the same shelling is often one side's in one
        # report and the other side's in the next
        if i.telling["actor"] and i.telling["actor"] not in cell["actors"]:
            cell["actors"].append(i.telling["actor"])
        said = i.telling["said_by"]
        if said and all((s["speaker"], s["span"]) != (said["speaker"], said["span"]) for s in cell["said_by"]):
            cell["said_by"].append(said)
    return cell


def _unique(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _row(g: Group, keys: list[str], copies: dict[str, str | None] | None = None) -> dict[str, Any]:
    """One aligned event; its cells in the order the reports were given. ``texts``: how many
    different texts tell it (a copy of another report's text is not a second account)."""
    by_key: dict[str, list[Item]] = {k: [] for k in keys if any(i.key == k for i in g.items) or any(c[0] == k for c in g.claims)}
    for it in sorted(g.items, key=lambda i: keys.index(i.key)):
        by_key[it.key].append(it)
    articles = {
        k: _cell(v, [c for ck, c in g.claims if ck == k], [f for fk, f in g.firsts if fk == k], g.date) for k, v in by_key.items()
    }
    ways = {c["matched_by"] for c in articles.values() if c["triggers"] or c["denied"]} - {"reply", "report_day"}
    match = "place" if g.date is None else ("date" if ways <= {"date"} else "date_and_place")
    return {
        "event_type": g.event_type,
        "act": g.act,
        "date": g.date,
        "place": g.place.name if g.place else None,
        "place_id": g.place.id if g.place else None,
        "time_value": next(iter(g.days()), None) if g.date is None else None,
        "match": match,
        "place_match": _place_match(g),
        "texts": len({(copies or {}).get(k) or k for k in articles}),
        "markers": collisions(
            articles,
            {k: [i.place for i in v if i.place] for k, v in by_key.items()},
            dated=g.date is not None,
            near={k: {x for i in v for x in i.near} for k, v in by_key.items()},
            mutual={k for k, v in by_key.items() if _mutual_only(v)},
        ),
        "articles": articles,
    }


def _place_match(g: Group) -> str | None:
    """How the tellings that joined by place matched it: 'same_place', or 'same_area' when one of
    them (or the row's place) is only an area around the other ('the Kalbajar district' and
    Kalbajar); None when every telling joined by date."""
    grades = {i.grade for i in g.items if i.grade}
    if g.date is None and g.place is not None and g.place.area and len({i.key for i in g.items}) > 1:
        grades.add("area")
    if not grades:
        return None
    return "same_area" if "area" in grades else "same_place"


def initiator(told: list[Item], firsts: list[dict[str, Any]] | None = None) -> dict[str, Any] | None:
    """Who started it, as one report tells it: per account (the sources of one side; those
    without a side and the report's own voice together), the doer's side of a telling marked as the first shot ('fired first'); else, when
    some tellings are marked as replies ('fired back', 'in response'), the sides of the others;
    else the only side that fires; else, in an exchange told without such words, the side of the
    first telling in the text ('order', weaker). The sides of all accounts together: a wire
    that gives both sides' accounts names both. ``firsts``: the report's claims of who fired
    first that no telling carries (``compare_claims.first_shots``: basis ``claimed_initiation``,
    or ``mutual_accusation`` for 'each side accused the other of firing first')."""
    sides: list[str] = []
    bases: list[str] = []
    read: list[dict[str, Any]] = []
    accounts: dict[Any, list[Item]] = {}
    reciprocal = set(alignment_config().get("reciprocal_triggers", ()))
    both = {_actor_at(i) for i in told if str(i.event.get("trigger_text") or "").casefold() in reciprocal} - {None}
    for i in sorted(told, key=lambda i: i.start):
        if str(i.event.get("trigger_text") or "").casefold() in reciprocal or _actor_at(i) in both:
            # "Indian and Pakistani troops exchanged heavy fire …, killing four civilians": both
            # fire, nobody first (the 'killing' has the exchange's doers)
            continue
        if i.telling["actor_side"]:
            # one account per side of the source: a wire gives Yerevan's and Baku's apart; sources
            # without a side and the report's own voice are one ('the Defence Ministry' … 'the ministry')
            accounts.setdefault((i.telling["said_by"] or {}).get("side"), []).append(i)
    cued: dict[Any, int] = {}  # the source side of an account → its place in ``read``
    for source_side, items in accounts.items():
        speakers = list(dict.fromkeys(i.telling["said_by"]["speaker"] for i in items if i.telling["said_by"]))
        first = [i for i in items if i.cue == "initiation"]
        replies = [i for i in items if i.cue == "response"]
        others = [i for i in items if i.cue != "response"]
        found = {i.telling["actor_side"] for i in items} | {x for i in items for x in i.telling.get("also_sides", [])}
        if first:
            got, basis = [i.telling["actor_side"] for i in first], "initiation_cue"
        elif replies and others:
            got, basis = [i.telling["actor_side"] for i in others], "response_cue"
        elif replies and _answered_unsided(told, reciprocal, both):
            # 'a heavily armed group attacked a police patrol …; the Kosovo Police returned fire':
            # the side that answered did not fire first, whoever the doer was (audit 12, C4)
            got, basis = [f"not:{s}" for s in found], "answered_fire"
        elif replies:
            continue  # only replies: who they answered is not said
        elif len(found) == 1:
            got, basis = list(found), "sole_doer"
        elif items[0].telling.get("also_sides"):
            continue  # told first by two sides at once ("Indian and Pakistani troops shelled …"): no order
        else:
            got, basis = [items[0].telling["actor_side"]], "order"
        cued[source_side] = len(read)
        read.append({"said_by": speakers, "sides": sorted(set(got)), "basis": basis})
    everyone = sorted(
        {i.telling["actor_side"] for i in told if i.telling["actor_side"]}
        | {x for i in told for x in i.telling.get("also_sides", [])}
    )
    for f in firsts or []:
        # a claim of who fired first that no telling carries ('Pakistan's military said Indian
        # forces fired first'): the account of the speaker's side, unless a telling of that side
        # already names the first shot in words
        if f["mutual"]:
            if len(everyone) > 1:
                read.append({"said_by": [f["said_by"]], "sides": everyone, "basis": "mutual_accusation", "claims": [f["claim"]]})
            continue
        at = cued.get(f["speaker_side"])
        if at is not None and read[at]["basis"] == "initiation_cue":
            continue
        account = {"said_by": [f["said_by"]], "sides": [f["side"]], "basis": "claimed_initiation", "claims": [f["claim"]]}
        if at is not None and read[at]["basis"] == "claimed_initiation":
            account = read[at] | {
                "claims": [*read[at]["claims"], f["claim"]],
                "said_by": list(dict.fromkeys([*read[at]["said_by"], f["said_by"]])),
                "sides": sorted({*read[at]["sides"], f["side"]}),
            }
        if at is None:
            cued[f["speaker_side"]] = len(read)
            read.append(account)
        else:
            read[at] = account
    for account in read:
        sides += [x for x in account["sides"] if x not in sides]
        bases.append(account["basis"])
    if not sides:
        return None
    return {"sides": sorted(sides), "basis": sorted(set(bases)), "accounts": read}


def _answered_unsided(told: list[Item], reciprocal: set[str], both: set[Any]) -> bool:
    """Does the report tell the act that was answered, by a doer without a side, and no sided act
    that is not a reply?"""
    plain = [
        i
        for i in told
        if i.cue != "response"
        and str(i.event.get("trigger_text") or "").casefold() not in reciprocal
        and _actor_at(i) not in both
    ]
    return bool(plain) and not any(i.telling["actor_side"] for i in plain)


def _actor_at(item: Item) -> tuple[int, int] | None:
    actor = item.event.get("actor") or {}
    return (actor["start"], actor["end"]) if isinstance(actor.get("start"), int) and isinstance(actor.get("end"), int) else None


def collisions(
    articles: dict[str, dict[str, Any]],
    places: dict[str, list[Place]] | None = None,
    dated: bool = False,
    near: dict[str, set[str]] | None = None,
    mutual: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Where the reports' accounts of one aligned event collide: each blames a different side
    (or, without sides, a different known actor), or one asserts what another only denies.
    Two reports collide only where they do not place it apart: on one date, Pakistani troops
    shelling Poonch and Indian forces shelling Kotli are two halves of an exchange of fire. On a
    dated row both must also place it, at one place: a date alone does not make one incident
    ('Indian forces opened fire' that Tuesday, no place, may be the other half); a telling the
    event layer places nowhere counts as told at the places its sentence names (``near``: 'two men
    from Ditsi were seized', 'detained three citizens … in the area of the village of Dici'), so
    two such tellings of one day that name a place in common are one incident (audit 12 g)."""
    places = places or {}
    near = near or {}
    # a cell that joined by its report's day (``_join_by_report_day``) is the report's one incident
    loose = {k for k, c in articles.items() if c.get("matched_by") == "report_day"}

    def together(a: str, b: str) -> bool:
        pa, pb = places.get(a) or [], places.get(b) or []
        if not pa or not pb:
            return not dated or bool({a, b} & loose) or bool(near.get(a, set()) & near.get(b, set()))
        return any(x.same(y) for x in pa for y in pb)

    out = []
    told = {k: c for k, c in articles.items() if c["triggers"]}
    sided = {k: set(c["actor_sides"]) for k, c in told.items() if c["actor_sides"]}
    for basis in ("actor_sides", "actor_ids"):
        # an institution of no known country ("The Foreign Office", 'institution:…') is nobody's in particular;
        # a cell told only as a mutual act ('X and Y scuffled') names one party as its doer, not who did it
        named = {
            k: {x for x in c[basis] if not x.startswith("institution:")} for k, c in told.items() if k not in (mutual or set())
        }
        named = {k: v for k, v in named.items() if v}
        if len(named) < 2:
            continue
        apart = sorted({k for a in named for b in named if a != b and not named[a] & named[b] and together(a, b) for k in (a, b)})
        if apart:
            out.append(
                _undated(
                    {
                        "marker": "disputed_actor",
                        "basis": basis.removeprefix("actor_"),
                        "by_article": {k: sorted(named[k]) for k in apart},
                    }
                    | (
                        {"names": {k: [told[k].get("actor_names", {}).get(i) or i for i in sorted(named[k])] for k in apart}}
                        if basis == "actor_ids"
                        else {}
                    ),
                    told if basis == "actor_sides" else {},
                )
            )
        break  # sides when two reports give them; known actors only when they do not
    started = _first_shot(told, sided, together, dated, lambda a, b: far_apart(places.get(a) or [], places.get(b) or []))
    if started:
        out.append(_undated(started, told))
    asserted = [k for k, c in told.items() if c["modalities"].get("asserted")]
    denying = [k for k, c in articles.items() if c["denied"] and not c["triggers"]]
    pairs = [(a, d) for a in asserted for d in denying if together(a, d)]
    if pairs:
        out.append(
            {
                "marker": "disputed_occurrence",
                "asserted": sorted({a for a, _ in pairs}, key=asserted.index),
                "denied": sorted({d for _, d in pairs}, key=denying.index),
            }
        )
    return out


def _mutual_only(items: list[Item]) -> bool:
    """Are all of a report's tellings in the row mutual acts ('scuffled', 'clashed': the
    ``reciprocal_triggers``), whose doer the event layer gives as one of the two parties?"""
    told = [i for i in items if not i.denied]
    words = set(alignment_config()["reciprocal_triggers"])
    return bool(told) and all((i.event.get("trigger_text") or "").casefold() in words for i in told)


def _undated(marker: dict[str, Any], cells: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Add ``undated_sides``: the reports of the marker whose sides rest on no date (see
    ``undated_side``), so that a reader weighs the dispute; only when there are such reports."""
    keys = [k for k in marker["by_article"] if (cells.get(k) or {}).get("undated_sides")]
    return marker | {"undated_sides": keys} if keys else marker


_CUED = {"initiation_cue", "claimed_initiation"}  # readings that name the first shot in words


def _first_shot(
    told: dict[str, dict[str, Any]], sided: dict[str, set[str]], together: Any, dated: bool = False, far: Any = None
) -> dict[str, Any] | None:
    """disputed_initiator: two reports whose doers overlap (each tells an exchange of fire, or one
    tells the other's half too), so that no disputed_actor shows, but that say different sides
    started it ('X shelled A; Y fired back' / 'Y shelled A; X responded'). Not when both
    readings rest only on the order of telling. On a dated row, two reports that each name the
    first shot in words ('opened unprovoked fire' / 'resorted to unprovoked firing': basis
    ``initiation_cue``) and name different sides dispute who started it even when each tells only
    the other side's fire, at its own villages (the two halves of an exchange are placed apart),
    unless ``far`` sets their places apart (two incidents of one day in one war)."""
    from newsprism.claims.consistency import sides_agree

    # a claim of who started it needs no doer's side ('X and Y scuffled' has none: the speaker names the first)
    reads = {
        k: c["initiator"] for k, c in told.items() if c.get("initiator") and (k in sided or _CUED & set(c["initiator"]["basis"]))
    }
    apart: set[str] = set()
    for a in reads:
        for b in reads:
            if a >= b or any(sides_agree(x, y) for x in reads[a]["sides"] for y in reads[b]["sides"]):
                continue  # 'not:kosovar' agrees with 'serbian'; 'kosovar' does not
            # two cued readings of one day need not share a place, but must not be far apart (review 11)
            cued = dated and all(_CUED & set(reads[k]["basis"]) for k in (a, b)) and not (far and far(a, b))
            if not cued and not sided.get(a, set()) & sided.get(b, set()):
                continue
            if reads[a]["basis"] == ["order"] and reads[b]["basis"] == ["order"]:
                continue
            if cued or together(a, b):
                apart |= {a, b}
    if not apart:
        return None
    order = [k for k in told if k in apart]
    return {
        "marker": "disputed_initiator",
        "by_article": {k: reads[k]["sides"] for k in order},
        "basis": {k: reads[k]["basis"] for k in order},
    }
