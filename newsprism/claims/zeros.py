"""Zero figures: a report that says no one was hurt gives a count of none ('No one was injured',
'Nobody was beaten', 'no fighter had been captured', 'Not a single soldier was killed').

The comparison sets such a figure against another report's count of the same outcome and kind
('none injured' / 'two injured' cannot both hold). Only the victim of a casualty verb in a past
statement (its passive subject, or the subject of 'die'); not 'No one else was hurt' or 'no other
soldier' (a part of another toll), not a hypothetical, conditional or generic one ('to make sure
no one is hurt', 'if no one is killed'). The words are in ``zero_words`` of
``data/claims/consistency.json``. Kept out of the consistency check, as singular counts are.
"""

from __future__ import annotations

import datetime as dt

from newsprism.claims.consistency import (
    _PATIENT,
    _PRESENT,
    _SINGULAR_GROUPS,
    Mention,
    Sides,
    _count_side,
    _noun_groups,
    _regroup,
    _totals_of,
    _unreal,
    _verb_status,
    tables,
)
from newsprism.claims.tokens import tagged

_NEGATORS = frozenset({"no", "not"})


def _none_of(noun) -> tuple[object, str] | None:
    """The counted noun and its group: 'no one' / 'nobody' people, 'no civilians' / 'Not a single
    soldier' the noun's group, 'None of the sailors' the group of the noun after 'of'."""
    words = tables()["zero_words"]
    groups = _noun_groups()
    kids = list(noun.children)
    lower = noun.lower_
    if lower in words["alone"]:
        return noun, words["alone"][lower]
    if lower in words["with_no"] and any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return noun, words["with_no"][lower]
    if lower in words["of"]:
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        group = groups.get(counted.lower_) if counted is not None else None
        return (counted, group) if group in _SINGULAR_GROUPS else None
    group = groups.get(lower)
    if group not in _SINGULAR_GROUPS:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return noun, group
    single = any(c.dep_ == "amod" and c.lower_ == "single" for c in kids)
    if single and any(c.dep_ == "neg" and c.lower_ == "not" for c in kids):
        return noun, group  # 'Not a single soldier was killed'
    return None


def _figurative(verb, words: dict) -> bool:
    """Is a zero-only verb's agent no weapon or fire ('No one was hit by the price rise', '… by sanctions'): no count of
    the wounded? ``zero_only_agents`` lists what hits people; no agent ('No one was hit') is a count."""
    agents = frozenset(words.get("zero_only_agents", ()))
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p.lemma_.lower() not in agents and p.lower_ not in agents
    return False


def zero_counts(doc, text: str | None = None, sides: Sides | None = None, when: dt.date | None = None) -> list[Mention]:
    """Counts of none: the victim of a casualty verb named by 'no one', 'nobody', 'no <people>',
    'none of <people>' or 'not a single <person>', in a statement of what happened."""
    text = doc.text if text is None else text
    status_verbs = tables()["casualty_verbs"]
    blocked = set(tables()["not_same_set"]) | set(tables()["zero_words"]["blockers"])
    out = []
    words = tables()["zero_words"]
    own = {*words["alone"], *words["with_no"], *words["of"]}
    manner = frozenset(words.get("manner_verbs", ()))
    for noun in map(doc.__getitem__, tagged(doc, ("NN", "NNS"), tuple(_PATIENT))):
        if noun.lower_ not in own and not any(c.lower_ in _NEGATORS for c in noun.lefts):
            continue  # a cheap test first: a count of none is a zero word or has 'no' / 'not' before it
        found = _none_of(noun)
        if found is None or noun.dep_ == "dobj":
            continue  # 'killed no one' is rare and 'found no one' no casualty: subjects only
        counted, group = found
        verb, need = noun.head, _PATIENT[noun.dep_]
        status = _verb_status(verb, status_verbs)
        if status is None and (status := words.get("zero_only_verbs", {}).get(verb.lemma_.lower())) and _figurative(verb, words):
            continue  # 'No one was hit by the price rise': hit by no weapon (review of c00740c)
        if status is None or (need and verb.lemma_.lower() != need) or verb.lemma_.lower() in manner:
            continue  # 'No one was beheaded' is no count of the dead (audit 18 C13)
        mods = {c.lower_ for t in (noun, counted) for c in t.children if c.dep_ in ("amod", "advmod", "det")}
        if mods & blocked:
            continue  # 'No one else was hurt', 'no other soldier': a part of another toll
        generic = verb.tag_ in _PRESENT or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in verb.children)
        start = noun.left_edge.idx
        end = max(noun.idx + len(noun.text), counted.idx + len(counted.text))
        first = doc[noun.left_edge.i]
        mention = Mention(
            "count",
            (_regroup(counted, group), status),
            (0.0, 0.0, "", 0.0),
            start,
            end,
            first.idx,
            first.idx + len(first.text),
            text[start:end],
        )
        mention.side = _count_side(counted, sides or [], when) or _count_side(noun, sides or [], when)
        mention.running_total, mention.total = _totals_of(noun.sent, noun)
        mention.unreal = generic or _unreal(verb, text, end)
        mention.zero = True
        out.append(mention)
    return out
