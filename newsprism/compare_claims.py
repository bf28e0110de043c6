"""Attributed claims about an aligned event that no telling of it stands for.

"The ministry rejected Yerevan's claim that Azerbaijani shells hit civilian homes in Istisu" is
a denial of what another report tells as an event; "the monitors heard artillery fire near
Jermuk" is a witness to it. The event layer may give neither as an event of the row. A claim
(``records.claims``, with a speaker) joins a row when its content holds a cue word of the row's
PLOVER type (the event layer's verb and noun cues, less the generic ones in
``data/compare/alignment.json``) and a place the row's events are at, and when it fits no other
row. Conservative: no place, no row; a type outside ``claim_event_types``, no row.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsprism.compare_events import (
    Group,
    Place,
    _fire_words,
    alignment_config,
    event_place,
    fits,
    report_date,
    written_before,
)
from newsprism.compare_time import may_be_same
from newsprism.model import Analysis, Span

_SUFFIXES = ("ings", "ing", "es", "ed", "s", "d")


@cache
def type_words(event_type: str) -> frozenset[str]:
    """The lemmas that cue the type in the event layer's lexicon (verbs and nouns), less the generic ones."""
    from newsprism.events.lexicon import lexicon

    lex = lexicon()
    words = {k for k, v in lex.verbs.items() if v.get("type") == event_type}
    words |= {k for k, v in lex.nominal.nouns.items() if v.get("type") == event_type}
    return frozenset(words - set(alignment_config()["claim_generic_words"]))


def _lemmas(word: str) -> set[str]:
    """What a word form may be the form of: itself, an irregular form's lemma ('struck' →
    'strike'), the word less a suffix ('shelled' → 'shell', 'fired' → 'fire', 'hitting' → 'hit')."""
    out = {word, alignment_config()["irregular_forms"].get(word, word)}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


def mentions(text: str, event_type: str) -> list[str]:
    """The words of the text that cue the event type ('shells', 'hit' for ASSAULT)."""
    lemmas = type_words(event_type)
    text = " ".join(re.findall(r"[\w-]+", text.casefold()))
    for phrase in alignment_config()["claim_generic_phrases"]:  # 'hunger strike' is no strike
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    return [w for w in re.findall(r"[a-z][a-z-]+", text) if _lemmas(w) & lemmas]


# a boundary between two things said in one content: 'the charges were fabricated and that one detainee had been
# beaten', '…; the FSB denied …' (a denying phrase of one is no denial of the other's figure; audit 19 C5)
_SAID_APART = re.compile(r";\s+|,?\s+(?:and|but)\s+(?:also\s+)?that\s+", re.IGNORECASE)


def is_denial(claim: dict[str, Any], by_id: dict[str, Span], within: tuple[int, int] | None = None) -> bool:
    """The speaker says it did not happen: a denying cue ('rejected', 'denied') or a denying
    phrase in the content ('is a lie', 'disinformation'). ``within``: a figure's offsets — then
    only the part of the content that holds it is read for a denying phrase (`_SAID_APART`)."""
    cue = by_id.get(claim.get("cue") or "")
    span = by_id[claim["content"]]
    text = span.text
    if within is not None and DENIAL_IN_ITS_PART and span.start <= within[0]:
        at = within[0] - span.start
        cuts = [0] + [m.end() for m in _SAID_APART.finditer(text) if m.end() <= at]
        ends = [m.start() for m in _SAID_APART.finditer(text) if m.start() >= at + (within[1] - within[0])]
        text = text[max(cuts) : min(ends) if ends else len(text)]
    content = " " + " ".join(re.findall(r"[\w-]+", text.casefold())) + " "
    if cue is not None and cue.text.casefold() in alignment_config()["denial_cues"]:
        return True
    return any(f" {p} " in content for p in alignment_config()["denial_phrases"]) or _distrusted(content)


DENIAL_IN_ITS_PART = True  # audit 19 C5: k3's lawyer 'said the charges were fabricated and that one detainee had been beaten'


def _distrusted(content: str) -> bool:
    """'… could not be trusted' denies a claim or a count named before it ("the militia's claim that nine
    … could not be trusted"), not a person or a side ('Moscow could not be trusted after strikes killed 14')."""
    cfg = alignment_config()
    nouns = "|".join(map(re.escape, cfg.get("distrusted_nouns", ())))
    phrases = "|".join(map(re.escape, cfg.get("distrust_phrases", ())))
    return bool(nouns and phrases and re.search(rf" (?:{nouns}) (?:.* )?(?:{phrases}) ", content))


def _places(content: Span, spans: list[Span], known: dict[str, set[str]]) -> list[Place]:
    """The specific places the claim's content names (place spans inside it), less a place that
    only locates another ('in the village of Burin, south of Nablus': Burin, not Nablus; audit 13
    C3, ``locator_words``) when the content names another."""
    inside = [s for s in spans if s.layer == "place" and content.start <= s.start and s.end <= content.end]
    locator = re.compile(rf"\b(?:{'|'.join(alignment_config()['locator_words'])})\s+(?:the\s+)?$", re.IGNORECASE)
    kept = [s for s in inside if not locator.search(content.text[: s.start - content.start])]
    out = []
    for s in kept or inside:
        loc = {
            "text": s.text,
            "id": s.attrs.get("id"),
            "name": s.attrs.get("name"),
            "kind": s.attrs.get("kind"),
            "country": s.attrs.get("country"),
            "span": s.id,
        }
        place = event_place({"location": loc}, [], known)
        if place is not None:
            out.append(place)
    return out


def _entry(claim: dict[str, Any], by_id: dict[str, Span], grade: str, words: list[str]) -> dict[str, Any]:
    return {
        "claim": claim.get("id"),
        "speaker": claim.get("speaker"),
        "side": claim.get("side"),
        "source_kind": claim.get("source_kind"),
        "stance": "denies" if is_denial(claim, by_id) else "says",
        "span": claim.get("source"),
        "content": claim.get("content"),
        "text": by_id[claim["content"]].text,
        "words": words,
        "place_match": "same_area" if grade == "area" else "same_place",
    }


def attach(groups: list[Group], analyses: list[Analysis], keys: list[str], known: dict[str, set[str]]) -> None:
    """Add to each row the claims about it (``Group.claims``): each claim to the one row it fits,
    none when it fits several."""
    types = set(alignment_config()["claim_event_types"])
    for an, key in zip(analyses, keys, strict=True):
        by_id = {s.id: s for s in an.spans}
        for claim in an.records.get("claims", []):
            if not claim.get("speaker") or claim.get("content") not in by_id:
                continue
            content = by_id[claim["content"]]
            places = _places(content, an.spans, known)
            if not places or _unreal(content.text):
                continue
            dates = _dates(content, an.spans)
            written = report_date(an)
            found = []
            for g in groups:
                words = mentions(content.text, g.event_type) if g.event_type in types else []
                if not words or not _when_fits(dates, g) or not _new(claim, content, g, key, an, by_id):
                    continue
                if written_before(written, g.date):
                    continue  # written before the row's day
                grades = {p.grade(q) for p in places for q in g.places()} - {None}
                if grades:
                    found.append((g, "place" if "place" in grades else "area", words))
            if len(found) == 1:
                g, grade, words = found[0]
                g.claims.append((key, _entry(claim, by_id, grade, words)))


def _unreal(text: str) -> bool:
    """Does the claim speak of what may happen ('would be a mistake', 'if provoked', 'planning
    to attack') or of another or a repeated incident ('the previous shelling'), not of the row's?"""
    words = set(re.findall(r"[\w-]+", text.casefold()))
    return bool(words & (set(alignment_config()["claim_unreal_words"]) | set(alignment_config()["other_incident_words"])))


def _dates(content: Span, spans: list[Span]) -> list[str]:
    """The dates inside the claim ('2022', 'XXXX-WXX-2'); a time of day ('from about 11:45 pm':
    TIME, dated by the dateline, not by the text) or a reference without a date ('now') says
    nothing of the day."""
    out = []
    for s in spans:
        if s.layer == "time" and s.label == "DATE" and content.start <= s.start and s.end <= content.end:
            value = str(s.attrs.get("value") or "")
            if re.search(r"\d", value) and value != "XXXX-XX-XX":
                out.append(value)
    return out


def _when_fits(dates: list[str], g: Group) -> bool:
    """Can the claim's dates be the row's date? 'in 2022' or 'last year' is another incident; on a
    row without a date, a claim that gives one is not joined (nothing to check it against)."""
    for value in dates:
        if g.date is None:
            return False
        if "X" in value:
            if not fits(value, g.date):
                return False
        elif not may_be_same(value, g.date):  # the night of the 22nd may be the row of the 23rd (compare_time)
            return False
    return True


def _new(claim: dict[str, Any], content: Span, g: Group, key: str, an: Analysis, by_id: dict[str, Span]) -> bool:
    """Is the claim one without an event of the row's type? A claim that holds such an event of
    the report is that event's (it is aligned, or not, as the event), unless it denies an event of
    this row that does not rest on it ('rejected Yerevan's claim that Azerbaijani shells hit homes
    in Istisu' around an alleged 'hit')."""
    held = [e for e in an.records.get("events", []) if e.get("event_type") == g.event_type and _inside(e, content, by_id)]
    if not held:
        return True
    here = {id(i.event): i for i in g.items if i.key == key}
    return is_denial(claim, by_id) and all(
        id(e) in here and (here[id(e)].telling["said_by"] or {}).get("claim") != claim.get("id") for e in held
    )


def _inside(event: dict[str, Any], content: Span, by_id: dict[str, Span]) -> bool:
    """Is one of the event's tellings (its trigger, or one folded into it: the headline's) in the content?"""
    t = by_id.get(event.get("trigger") or "")
    starts = [t.start] if t is not None else []
    starts += [m["start"] for m in event.get("merged") or [] if m.get("start") is not None]
    return any(content.start <= x < content.end for x in starts)


def first_shots(groups: list[Group], analyses: list[Analysis], keys: list[str]) -> None:
    """Add to each dated row the claims of who fired first that no telling of it carries
    (``Group.firsts``): 'Pakistan's military said Indian forces fired first' (the event layer gave
    the act no date, or no event), 'each side accused the other of firing first'. A claim joins
    the one dated row of the report with a telling of a ``first_shot_types`` type whose date its
    own dates fit; none when the report has several such rows."""
    types = set(alignment_config()["first_shot_types"])
    for an, key in zip(analyses, keys, strict=True):
        rows = [g for g in groups if g.date and g.event_type in types and any(i.key == key and not i.denied for i in g.items)]
        if len(rows) != 1:
            continue
        by_id = {s.id: s for s in an.spans}
        actors = [s for s in an.spans if s.layer == "actor" and s.attrs.get("side")]
        for claim in an.records.get("claims", []):
            if not claim.get("speaker") or claim.get("content") not in by_id or is_denial(claim, by_id):
                continue
            content = by_id[claim["content"]]
            if _unreal(content.text) or not _when_fits(_dates(content, an.spans), rows[0]):
                continue
            reading = _first_shot_claim(claim, content, actors)
            if reading is not None:
                rows[0].firsts.append((key, reading))


def _first_shot_claim(claim: dict[str, Any], content: Span, actors: list[Span]) -> dict[str, Any] | None:
    """The side the claim says fired first: the sided actor nearest before an initiation cue in
    its content ('Indian forces fired first'); 'mutual' when the speaker is each side and the
    content 'the other' ('each side accused the other of firing first')."""
    text = content.text
    words = [(m.group().casefold(), m.start()) for m in re.finditer(r"[\w-]+", text)]
    seq = [w for w, _ in words]
    cfg = alignment_config()
    for phrase in cfg["initiation_cues"]:
        n = len(phrase.split())
        at = next((i for i in range(len(seq) - n + 1) if seq[i : i + n] == phrase.split()), None)
        if at is None:
            continue
        cue = content.start + words[at][1]
        span = cfg["response_objects"].get(phrase)  # 'started the dialogue', 'initiated an inquiry': no fire
        if span is not None and not _fire_words(seq[at + n : at + n + span]):
            continue
        if re.search(cfg["initiation_doubt"], text[: cue - content.start], re.IGNORECASE):
            return None  # 'Pakistani troops did not fire first', 'unclear whether Indian forces fired first'
        base = {"claim": claim.get("id"), "said_by": claim["speaker"], "speaker_side": claim.get("side"), "cue": phrase}
        speaker = str(claim["speaker"]).casefold()
        if speaker in cfg["reciprocal_speakers"] and " ".join(seq[:2]) in ("the other", "each other"):
            return base | {"side": None, "mutual": True}
        if re.search(r"\band\b", speaker) and " ".join(seq[:2]) in ("each other", "one another"):
            return base | {"side": None, "mutual": True}  # 'India and Pakistan accused each other of firing first' (review 12)
        before = [
            a
            for a in actors
            if content.start <= a.start and a.end <= cue and not _break(text[a.end - content.start : cue - content.start])
        ]
        if before:
            return base | {"side": max(before, key=lambda a: a.start).attrs["side"], "mutual": False}
    return None


def _break(between: str) -> bool:
    """A clause break between the doer and the cue ('Indian forces shelled Uri; Pakistan fired first')."""
    return bool(re.search(r"[;:.!?]|\b(?:and|but|while|after|before|when)\b", between))
