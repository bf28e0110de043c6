"""Tolls put at a number: 'Tigrayan officials put the toll at 40', 'put the death toll at 52', 'put the
number of dead at 19'. The number has no victim noun, so the counted readers (``consistency.counts``)
pass it by; the toll's noun (``toll_phrases`` in ``data/claims/consistency.json``) gives the outcome.
A toll counts every victim: its kind is 'unspecified' (the figure reader's kind of 'eleven dead').
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.claims.consistency import Mention, Sides, _interval, _totals_of, _unreal, number_value, tables

_VERBS = re.compile(r"\b(?:put|puts|putting|placed|places|place|placing)\b", re.IGNORECASE)


def _outcome(noun, cfg: dict) -> str | None:
    """The outcome the toll's noun tells: 'the (death) toll' killed, 'the number of dead / wounded' that
    casualty noun's ('number', 'figure' need their 'of')."""
    nouns = cfg.get("nouns", {})
    lemma = noun.lemma_.lower()
    if lemma in nouns:
        return nouns[lemma]
    if lemma not in cfg.get("of_nouns", ()):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if counted is None:
        return None
    if counted.lower_ in tables()["casualty_nouns"]:
        return tables()["casualty_nouns"][counted.lower_]
    # 'put the number of people who had left Chai for Macomia town at about 400' (audit 18 C2): the relative clause's
    # verb tells the outcome (``relative_verbs``: leave, flee)
    relative = cfg.get("relative_verbs", {})
    verb = next((c for c in counted.children if c.dep_ == "relcl"), None)
    return relative.get(verb.lemma_.lower()) if verb is not None and not any(c.dep_ == "neg" for c in verb.children) else None


def toll_counts(doc, text: str | None = None, sides: Sides | None = None, when: dt.date | None = None) -> list[Mention]:
    """Counts of a toll a speaker puts at a number (review 18; framing's 'put the toll at 40', audit 18 C2)."""
    text = doc.text if text is None else text
    cfg = tables().get("toll_phrases", {})
    if not cfg:
        return []
    out = []
    for m in _VERBS.finditer(text):  # the verb's words first: no Token per word of the text (speed note)
        span = doc.char_span(m.start(), m.end())
        verb = span[0] if span is not None and len(span) == 1 else None
        if verb is None or verb.lemma_.lower() not in cfg.get("verbs", ()) or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        if at is None and obj is not None:  # '… of people who had left Chai for Macomia town at about 400': the parse
            # hangs 'at' on the relative clause's verb; the object's last 'at' with a number is the toll's
            at = next(
                (
                    t
                    for t in reversed(list(obj.subtree))
                    if t.dep_ == "prep"
                    and t.lower_ == "at"
                    and t.head.dep_ == "relcl"
                    and any(p.tag_ == "CD" for p in t.children)
                ),
                None,
            )
        num = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        if obj is None or num is None or num.tag_ != "CD":
            continue
        status = _outcome(obj, cfg)
        value = number_value(num.text)
        if status is None or value is None:
            continue
        start, end = num.idx, num.idx + len(num.text)
        low, high, how = _interval(text, start, end, value)
        mention = Mention("count", ("person", status), (low, high, how, value), start, end, start, end, text[start:end])
        mention.running_total, mention.total = _totals_of(num.sent, num)
        mention.unreal = _unreal(verb, text, start)
        mention.toll = True
        out.append(mention)
    return out
