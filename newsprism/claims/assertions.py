"""Claims in the author's own voice: marked certainty, asserted evidence, unsourced hedges.

A sentence is *claim-bearing* when it has a finite verb and at least five words and is not
a question. It is *attributed* when it holds an attribution cue or lies in a reported
content. Unattributed claim-bearing sentences with a marker from ``assertion_cues.json``
become findings: ``unattributed`` (epistemic/evaluative certainty: "undoubtedly", "it
became clear to everyone"), ``evidence_claim`` ("facts and video evidence show", with no
cited source) and ``hedged`` ("reportedly", "it is said": a report without a reporter).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE, MORPH, POS
from spacy.symbols import AUX, VERB

from newsprism.claims.guard import guarded
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
        "unattributed": guarded(r"\b(?:" + "|".join(cues["epistemic"]) + r")\b", re.IGNORECASE),
        "evidence_claim": guarded(r"\b(?:" + "|".join(cues["evidence"]) + r")\b", re.IGNORECASE),
        "hedged": guarded(r"\b(?:" + "|".join(cues["hedged"]) + r")\b", re.IGNORECASE),
    }


def marker(kind: str, text: str) -> re.Match | None:
    """The first marker of a finding kind (``evidence_claim``, ``unattributed``, ``hedged``) in a text."""
    return _patterns()[kind].search(text)


def claim_bearing(sent) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 5 or sent.text.rstrip().endswith("?"):
        return False
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in sent)


class _ClaimBearing:
    """``claim_bearing`` for every sentence of one doc, read from the doc's arrays: word counts
    as prefix sums, and the finite-verb test decided once per distinct morphology."""

    def __init__(self, doc, text: str) -> None:
        self.doc, self.text = doc, text
        rows = doc.to_array([IS_PUNCT, IS_SPACE, POS, MORPH]).reshape(-1, 4)
        self.words = [0, *np.cumsum((rows[:, 0] == 0) & (rows[:, 1] == 0)).tolist()]
        verbs = np.flatnonzero((rows[:, 2] == VERB) | (rows[:, 2] == AUX))
        self.verbs = list(zip(verbs.tolist(), rows[verbs, 3].tolist(), strict=True))
        self.verb_at = verbs.tolist()
        self.finite: dict[int, bool] = {}

    def __call__(self, sent) -> bool:
        if self.words[sent.end] - self.words[sent.start] < 5:
            return False
        if self.text[sent.start_char : sent.end_char].rstrip().endswith("?"):
            return False
        for k in range(bisect.bisect_left(self.verb_at, sent.start), bisect.bisect_left(self.verb_at, sent.end)):
            i, morph = self.verbs[k]
            if morph not in self.finite:
                self.finite[morph] = "Fin" in self.doc[i].morph.get("VerbForm")
            if self.finite[morph]:
                return True
        return False


class _Overlaps:
    """Does a range overlap any of the given ranges? Sorted starts and a running maximum of the
    ends, bisected per question, instead of a scan of every range per sentence."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [a for a, _ in ordered]
        self.max_end: list[float] = []
        for _, b in ordered:
            self.max_end.append(max(b, self.max_end[-1]) if self.max_end else b)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # the ranges that begin before ``end``
        return k > 0 and self.max_end[k - 1] > start


def classify(doc, attributed: list[tuple[int, int]], text: str | None = None) -> list[Sentence]:
    """Every sentence of the doc, with whether it bears a claim, is attributed, and is marked.
    ``text``: the doc's text when the caller holds it (spaCy rebuilds it on every access)."""
    out = []
    patterns = _patterns()
    text = doc.text if text is None else text
    bearing = _ClaimBearing(doc, text)
    overlaps = _Overlaps(attributed)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        sent_text = text[start:end]  # = sent.text
        is_attr = overlaps(start, end)
        s = Sentence(start, end, bearing(sent), is_attr)
        if s.claim_bearing:
            for kind in KINDS:
                m = patterns[kind].search(sent_text)
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
