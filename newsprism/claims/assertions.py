"""Claims in the author's own voice: marked certainty, asserted evidence, unsourced hedges.

A sentence is *claim-bearing* when it has a finite verb and at least five words and is not
a question. It is *attributed* when it holds an attribution cue or lies in a reported
content. Unattributed claim-bearing sentences with a marker from ``assertion_cues.json``
become findings: ``unattributed`` (epistemic/evaluative certainty: "undoubtedly", "it
became clear to everyone"), ``evidence_claim`` ("facts and video evidence show", with no
cited source) and ``hedged`` ("reportedly", "it is said": a report without a reporter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsprism.resources import load_json

KINDS = ("evidence_claim", "unattributed", "hedged")  # when several markers match, the first wins


@dataclass
class Sentence:
    start: int
    end: int
    claim_bearing: bool
    attributed: bool
    kind: str | None = None  # a finding kind, when marked and unattributed (hedged: any)
    marker: tuple[int, int] | None = None


@cache
def _patterns() -> dict[str, re.Pattern]:
    cues = load_json("claims", "assertion_cues.json")
    return {
        "unattributed": re.compile(r"\b(?:" + "|".join(cues["epistemic"]) + r")\b", re.IGNORECASE),
        "evidence_claim": re.compile(r"\b(?:" + "|".join(cues["evidence"]) + r")\b", re.IGNORECASE),
        "hedged": re.compile(r"\b(?:" + "|".join(cues["hedged"]) + r")\b", re.IGNORECASE),
    }


def marker(kind: str, text: str) -> re.Match | None:
    """The first marker of a finding kind (``evidence_claim``, ``unattributed``, ``hedged``) in a text."""
    return _patterns()[kind].search(text)


def claim_bearing(sent) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 5 or sent.text.rstrip().endswith("?"):
        return False
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in sent)


def classify(doc, attributed: list[tuple[int, int]]) -> list[Sentence]:
    """Every sentence of the doc, with whether it bears a claim, is attributed, and is marked."""
    out = []
    patterns = _patterns()
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        text = sent.text
        is_attr = any(a < end and start < b for a, b in attributed)
        s = Sentence(start, end, claim_bearing(sent), is_attr)
        if s.claim_bearing:
            for kind in KINDS:
                m = patterns[kind].search(text)
                if m is None:
                    continue
                if kind == "hedged" or not is_attr or _outside(attributed, start + m.start(), start + m.end()):
                    s.kind, s.marker = kind, (start + m.start(), start + m.end())
                    break
        out.append(s)
    return out


def _outside(ranges: list[tuple[int, int]], a: int, b: int) -> bool:
    """The marker lies in the author's own words (in no reported content or cue)."""
    return not any(x < b and a < y for x, y in ranges)
