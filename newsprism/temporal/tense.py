"""Which way a bare date points: past or future, from the verb that governs it.

"Forces on Tuesday blocked" → past (the most recent Tuesday); "the convoy would try again on
Thursday" → future (the next Thursday). Uses the spaCy parse when there is one, else a
window of words before the expression.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from newsprism.resources import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "'ll", "\u2019ll", "shall", "wo"}
FUTURE_HEADS = {
    "plan", "expect", "due", "schedule", "intend", "aim", "set", "hope", "prepare", "agree",
    "promise", "going", "want", "try", "seek", "vow", "pledge", "threaten", "propose", "invite",
}  # fmt: skip
DUE_WORDS = {"due", "set", "scheduled", "slated", "expected", "planned"}  # "a service is planned for Sunday" (audit 14, E8)
PAST_MARKERS = {"since", "ago", "last"}
FUTURE_MARKERS = {"next", "coming", "upcoming", "until", "till"}


@cache
def _cues() -> tuple[re.Pattern, re.Pattern]:
    lex = load_json("time/lexicon.json")
    fut = "|".join(re.escape(c) for c in lex["future_cues"])
    past = "|".join(re.escape(c) for c in lex["past_cues"])
    return re.compile(rf"\b(?:{fut})\b", re.I), re.compile(rf"\b(?:{past})\b|\b\w+ed\b", re.I)


MODALS = {"must", "should", "may", "might", "can", "could", "ought", "need"}


def verb_direction(verb: Token) -> str:
    """``past``/``future``/``present``/``""`` of a verb group (for the tagger's rules)."""
    return _verb_direction(verb)


def _verb_direction(verb: Token, depth: int = 0) -> str:
    """``past``/``future``/``present`` for a finite verb group; ``""`` for a non-finite verb
    (participle or infinitive without its own tense), whose head decides."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or "would" in lowers or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)):
        return "future"
    if any(a.tag_ == "VBD" or a.lower_ in ("had", "was", "were", "did") for a in auxes):
        return "past"
    if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(c.lower_ in DUE_WORDS for c in verb.children):
        return "future"  # "a review is due on the 31st"
    if verb.lower_ in DUE_WORDS and lowers & {"is", "are", "'s", "'re"}:
        return "future"  # "the vote is set for Monday", "talks are scheduled for the 31st"
    perfect_infinitive = "to" in lowers and "have" in lowers  # "expected to have withdrawn by Monday"
    if lowers & {"has", "have", "'ve", "\u2019ve"} and verb.tag_ == "VBN" and not perfect_infinitive:
        return "past"
    if lowers & MODALS:
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)) or perfect_infinitive:
        head = verb.head
        # the word less -d/-ed too: the parser lemmatises "hoped" as "hop"
        if head.i != verb.i and {head.lemma_.lower(), head.lower_, head.lower_[:-1], head.lower_[:-2]} & FUTURE_HEADS:
            return "future"
        if head.i != verb.i and head.lemma_.lower() == "be" and head.i < verb.i and head.tag_ in ("VBZ", "VBP"):
            return "future"  # "trading is to resume Tuesday": be + to-infinitive, an arrangement
        return "past" if perfect_infinitive else ""  # "they claim to have withdrawn on Monday"
    if verb.tag_ in ("VBZ", "VBP") or lowers & {"is", "are", "am", "'s", "'re"}:
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp", "conj", "advcl") and not auxes:
        return "past"
    return ""


UNTIL = {"until", "till"}


@cache
def _until_past_verbs() -> frozenset[str]:
    return frozenset(load_json("time/lexicon.json")["until_past_verbs"])


@cache
def _present_marks() -> frozenset[str]:
    return frozenset(load_json("time/lexicon.json")["present_for_future_marks"])


def _present_for_future(verb: Token) -> bool:
    """A present-tense adverbial clause of time ("after the envoy returns", "when the vote is
    held"): English writes a future event there in the present, so its head clause's tense counts."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _present_marks() for c in verb.children)


def _done_to(tok: Token) -> bool:
    """'cranes damaged in Tuesday's raids': a participle after its noun, with no auxiliary, tells
    what was done to it, so a possessive day under it is past (audit 16 E7); not 'talks set for'."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.lower_ not in DUE_WORDS
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _parsed(doc: Doc, start: int, end: int, lemmas: frozenset[str] | None = None, possessive: bool = False) -> str:
    """The direction of the verb that governs [start, end) in the parse ("" when none says); with
    ``lemmas``, "" unless that verb is one of them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    tok = span.root
    for _ in range(6):
        if possessive and lemmas is None and _done_to(tok):
            return "past"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
            if lemmas is not None and not {tok.lemma_.lower(), tok.lower_[:-1], tok.lower_[:-2]} & lemmas:
                return ""  # the word less its -d/-ed too: the parser lemmatises "raged" as "rag"
            d = _verb_direction(tok)
            if d == "present" and _present_for_future(tok):
                tok = tok.head  # "will resume after the envoy returns on Monday": the main clause decides
                continue
            if d == "present":
                return ""
            if d:
                return d
            if tok.dep_ in ("ccomp", "ROOT"):
                return ""
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return ""


@cache
def _until_past_passives() -> frozenset[str]:
    return frozenset(load_json("time/lexicon.json")["until_past_passives"])


def _past_stop(doc: Doc, start: int, end: int) -> bool:
    """'traffic on the M-8 was halted until Thursday morning': a stop the writer tells in the simple
    past passive ended on the day named (audit 17 E6); not in reported speech ('said classes were
    suspended until Monday')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = span.root if span is not None and len(span) else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in _until_past_passives():
        return False
    passive = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    return passive and not any(t.dep_ == "ccomp" for t in (verb, *verb.ancestors))


def _stop_ended_lately(text: str, start: int, end: int, anchor: dt.date | None) -> bool:
    """A past stop's weekday ends in the last three days ('was halted until Thursday morning' in a
    Friday report); on a Wednesday, 'Schools were closed until Thursday' is tomorrow (review)."""
    named = [i for i, d in enumerate(calendar.day_name) if re.search(rf"\b{d}\b", text[start:end], re.IGNORECASE)]
    return anchor is None or not named or (anchor.weekday() - named[0]) % 7 in (1, 2, 3)


def direction(text: str, start: int, end: int, doc: Doc | None = None, anchor: dt.date | None = None) -> str:
    """``past``, ``future`` or ``""`` for the expression at [start, end)."""
    before = text[max(0, start - 25) : start].lower().split()
    if before and before[-1] in PAST_MARKERS:
        return "past"
    if before and before[-1] in FUTURE_MARKERS:
        lasting = None if len(before) > 1 and before[-2] in ("up", "not") else _until_past_verbs()  # "up until", "not until"
        if before[-1] in UNTIL and doc is not None and _parsed(doc, start, end, lasting) == "past":
            return "past"  # "counting continued until 02:30 on Wednesday": a past lasting verb, a past day
        if (
            before[-1] in UNTIL
            and doc is not None
            and _past_stop(doc, start, end)
            and _stop_ended_lately(text, start, end, anchor)
        ):
            return "past"
        return "future"
    if doc is not None:
        return _parsed(doc, start, end, possessive=text[end : end + 2] in ("'s", "\u2019s"))
    fut, past = _cues()
    sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 80)
    window = text[sent_start:start]
    if fut.search(window):
        return "future"
    if past.search(window):
        return "past"
    return ""
