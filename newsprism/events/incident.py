"""The day an incident was set on, for undated acts of force told after it.

A report names the day once and tells the rest of the incident without it: 'The incident took
place on Tuesday near Ditsi' (review 12, audit-12 E5), a fronted time phrase for the next sentence
('Overnight, forces launched an operation … . Five gunmen were killed …'), or the day of an act of
force the lead tells ('Fighters attacked Adi Goshu on Monday night … Fourteen infiltrators were
killed', audit-13 E3), or of one told in the sentence right before, in its paragraph ('police opened fire
on students who gathered on Monday … . One student … was killed', audit-19 E4). Only acts of force (``continuation_types``), asserted or negated, with no
'again', 'later', 'since' … and no present perfect of their own, in that paragraph or the next;
the latest day named before decides, so another day named in between stops the carrying. Not a
separate incident ('In a separate attack', 'Another strike hit …', 'A similar strike …'), nor a past
perfect outside reported speech, nor more than a few sentences on (review 13).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from newsprism.events.lexicon import Lexicon, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.events.extract import Candidate
    from newsprism.model import Span

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


NEXT_SENTENCE_HOW = "the day of the act of force told in the sentence before"


def incident_day(
    cand: Candidate,
    times: list[Span],
    text: str,
    lead: tuple[int, int] | None,
    acts: dict[str, list[str]],
    assaults: dict[str, str] | None = None,
) -> tuple[Span, str] | None:
    """(the time span, how it sets the incident) for an undated act of force, or None; ``acts``: the
    ids of the time spans that date an act of force recorded before, with where those acts were;
    ``assaults``: those of them that date an ASSAULT told by a verb, with who told it ('' the writer)."""
    assaults = assaults or {}
    lex = lexicon()
    if cand.event_type not in lex.continuation_types or cand.modality not in ("asserted", "negated"):
        return None
    if any(c.lower_ in lex.incident_blockers for c in cand.trigger.children):
        return None  # "have detained 40 since", "shelled the city again": another time
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in cand.trigger.children):
        return None  # a present perfect tells a tally to now, not the incident
    if _separate(cand, lex) or _earlier_unreported(cand.trigger, lex):
        return None  # 'In a separate attack, …', 'Militiamen had looted the market before the attack.'
    start = cand.sent.start_char
    starts = [p for p in _paragraph_starts(text) if p <= start]
    par = starts[-1]
    first = starts[-2] if len(starts) > 1 else 0  # this paragraph and the one before
    days = [s for s in times if isinstance(s.attrs.get("value"), str) and DAY.match(s.attrs["value"])]
    before = [s for s in days if first <= s.start < start]
    if not before:
        return None
    span = max(before, key=lambda s: s.start)
    if lead is not None and lead[0] <= span.start < lead[1] and span.id not in acts:
        lead_acts = [s for s in before if lead[0] <= s.start < lead[1] and s.id in acts]
        span = lead_acts[-1] if lead_acts else span  # 'on Tuesday night, killing nine … and restoring calm by Wednesday morning'
    if _sentences_between(cand, span) > lex.incident_max_sentences:
        return None
    verb = _verb_of(
        cand.trigger.doc, span
    )  # None: the day hangs deep in a noun ('an attack … on the village … on Tuesday night')
    if verb is not None and span.label == "DATE" and _sets_an_incident(verb, lex):
        return span, "the incident's day set before"
    framed = verb is not None and _fronted(cand.trigger.doc, span, cand) and span.text.lower() not in lex.frame_skip
    framing = span.id in acts or (
        verb is not None and verb.lemma_.lower() in lex.frame_verbs
    )  # not 'On Tuesday, a court convicted …'
    if framed and framing and span.start >= par and verb.lemma_.lower() not in lex.speech_verbs and cand.trigger.dep_ != "relcl":
        return span, "the time that frames its paragraph"  # not 'On Thursday, investigators revealed …'
    if lead is not None and lead[0] <= span.start < lead[1] and span.id in acts and not _elsewhere(cand, acts[span.id]):
        lead_days = {s.attrs["value"][:10] for s in days if lead[0] <= s.start < lead[1] and s.id in acts}
        if len(lead_days) > 1:
            return None  # the ship struck on Monday evening, the strikes early on Tuesday: which day is unknown
        return span, "the day of the lead's act"
    if (
        span.id in assaults
        and cand.event_type == "ASSAULT"  # not 'Syrian government forces set up checkpoints …' after an ambush
        and span.start >= par
        and _sentences_between(cand, span) == 1
        and not _elsewhere(cand, acts[span.id])
        and cand.trigger.dep_ != "relcl"
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cand.trigger.children)  # 'He said forces had recaptured'
        and not any(
            a.lower_ in ("after", "before", "since", "until") for a in cand.trigger.ancestors
        )  # 'a day after their leader was killed'
        and not _told_by_another(cand, assaults[span.id])  # 'Sudan's foreign ministry said …' after Juba's account
        and not _named_apart(cand, span)  # 'M23 fighters shelled Sake on Monday. … killed four people near Goma'
        and not _a_new_act(cand)  # '… . A drone strike killed four people': another incident, not told on
    ):  # 'police opened fire on students who gathered on Monday … . One student … was killed' (audit 19 E4)
        return span, NEXT_SENTENCE_HOW
    return None


def _named_apart(cand: Candidate, span: Span) -> bool:
    """The act is placed by a name its day's sentence does not have ('M23 fighters shelled Sake on Monday.
    A drone strike killed four people near Goma'): ``_elsewhere`` sees only the earlier act's location,
    and 'Sake' there is the object, no location (twentieth-session review)."""
    loc = cand.location
    if loc is None or loc.pos_ != "PROPN":
        return False
    words = cand.trigger.doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and loc.lower_ not in words.sent.text.lower()


def _a_new_act(cand: Candidate) -> bool:
    """An event noun brought in with 'a/an/another' ('A drone strike killed four people') tells a new
    act, whose day the sentence before does not give (twentieth-session review)."""
    trig = cand.trigger
    return trig.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in trig.children)


def _told_by_another(cand: Candidate, teller: str) -> bool:
    """Both acts are attributed, to different speakers: two accounts, not one incident told on."""
    if cand.attributed_to is None or not teller:
        return False
    i, j = cand.attributed_to.left_edge.i, cand.attributed_to.right_edge.i + 1
    mine = cand.attributed_to.doc[i:j].text.lower()
    return mine not in teller and teller not in mine


def protest_answered(cand: Candidate, by_trigger: dict[int, dict]) -> dict | None:
    """The record of the protest an undated act of force on its protesters answers: 'Hundreds of
    families held a sit-in … on Thursday. Police fired tear gas … and arrested 12 protesters'
    (audit 17 E9); the protest must be the last dated event, in the act's sentence or the one before."""
    lex = lexicon()
    obj = cand.recipient
    if obj is None or obj.lemma_.lower() not in lex.protesters or cand.event_type not in lex.continuation_types:
        return None
    if cand.modality not in ("asserted", "negated") or any(c.lower_ in lex.incident_blockers for c in cand.trigger.children):
        return None
    sent = cand.trigger.sent
    first = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    dated = [i for i, rec in by_trigger.items() if first <= i < cand.trigger.i and rec.get("date")]
    last = by_trigger[max(dated)] if dated else None
    return last if last is not None and last["event_type"] == "PROTEST" and DAY.match(last["date"]) else None


@lru_cache(maxsize=4)  # speed: asked once per act of the same text
def _paragraph_starts(text: str) -> tuple[int, ...]:
    """Where paragraphs begin: blank lines part those of a body that has them; else each line is
    one (PTC's articles: a blank line after the title only)."""
    first = text.find("\n\n")
    blank = first >= 0 and "\n\n" in text[first + 2 :].strip()
    return (0, *(m.end() for m in re.finditer(r"\n[ \t]*\n\s*" if blank else r"\n\s*", text)))


def _separate(cand: Candidate, lex: Lexicon) -> bool:
    """'Separately, …', 'In a similar attack …', 'Another strike hit a car near Tyre': another incident
    ('another soldier was wounded' is the same one)."""
    for tok in cand.sent:
        if tok.lower_ in lex.separate_words:
            return True
        if tok.lower_ in lex.separate_dets and (tok.head.i == cand.trigger.i or tok.head.lower_ in lex.incident_nouns):
            return True
    return False


def _elsewhere(cand: Candidate, places: list[str]) -> bool:
    """The act is placed, the lead's acts of that day are placed, and not there: 'A shepherd was shot
    dead near Rawalakot' after 'Indian troops shelled villages near Kotli late on Tuesday'. Only a
    name sets it apart: 'stopped vehicles on the Turbat–Hoshab road' after 'captured a camp' (audit 17 E14)."""
    loc = cand.location
    where = loc.lower_ if loc is not None and loc.pos_ == "PROPN" else ""
    placed = [p for p in places if p]
    return bool(where and placed and not any(where in p for p in placed))


def _earlier_unreported(trigger: Token, lex: Lexicon) -> bool:
    """A past perfect told by the writer ('had looted the market before the attack') is an earlier
    act; in reported speech ('the army said gunmen had fired') it is the backshifted incident."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in trigger.children):
        return False
    reported = any(a.lemma_.lower() in lex.speech_verbs for a in trigger.ancestors)
    return not reported and not any(t.lower_ == "according" for t in trigger.sent)


def _sentences_between(cand: Candidate, span: Span) -> int:
    """How many sentences the act is told after the one that names the day."""
    doc = cand.trigger.doc
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return 0
    key = "newsprism:sentence_starts"  # speed: the sentence starts, found once per document
    if key not in doc.user_data:
        doc.user_data[key] = [s.start for s in doc.sents]
    starts = doc.user_data[key]
    return max(0, bisect_right(starts, cand.sent.start) - bisect_right(starts, words.sent.start))


def _verb_of(doc, span: Span) -> Token | None:
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    verb = words.root if words is not None else None
    for _ in range(5):  # 'on Tuesday' hangs on 'took'; 'during a raid … early on Thursday' on 'killed'
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _sets_an_incident(verb: Token, lex: Lexicon) -> bool:
    """'The incident took place on Tuesday', 'The attack happened on Monday'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    took = verb.lemma_ != "take" or any(c.lower_ == "place" for c in verb.children)
    return took and verb.lemma_ in lex.incident_verbs and subject is not None and subject.lower_ in lex.incident_nouns


def _fronted(doc, span: Span, cand: Candidate) -> bool:
    """'Overnight, IDF forces launched … . Five gunmen were killed …': the time phrase opens the
    sentence right before the act's, and a comma follows it."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or cand.sent.start == 0 or doc[cand.sent.start - 1].sent.start != words.sent.start:
        return False
    opener = words[0].i - words.sent.start <= 1 and (words[0].i == words.sent.start or words.sent[0].pos_ == "ADP")
    return opener and words.end < len(doc) and doc[words.end].text == ","
