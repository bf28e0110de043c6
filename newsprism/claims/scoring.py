"""Span and attribution-triple matching for the PolNeAR evaluation.

Spans are compared as tuples of (start, end) ranges after trimming whitespace and
trailing sentence punctuation. *Exact*: identical outer boundaries (first start, last
end). *Overlap*: at least one character in common. Precision counts predicted spans that
match some gold span; recall counts gold spans matched by some prediction (the usual
lenient definition, so that one long prediction cannot be rewarded twice on the recall
side by duplicate gold spans — gold spans are de-duplicated by offsets first).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Ranges = tuple[tuple[int, int], ...]

_TRIM = " \t\r\n\u00a0.,;:"


def normalise(text: str, ranges: Ranges) -> Ranges:
    """Trim whitespace and trailing/leading sentence punctuation from a span's ranges."""
    out = []
    for start, end in ranges:
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if start < end:
            out.append((start, end))
    return tuple(out)


def extent(ranges: Ranges) -> tuple[int, int]:
    return ranges[0][0], ranges[-1][1]


def overlaps(a: Ranges, b: Ranges) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def same(a: Ranges, b: Ranges) -> bool:
    return bool(a) and bool(b) and extent(a) == extent(b)


@dataclass
class Counts:
    """Matched predictions, matched gold, and totals (floats: annotators are averaged)."""

    tp_pred: float = 0.0
    tp_gold: float = 0.0
    n_pred: float = 0.0
    n_gold: float = 0.0

    def add(self, other: Counts, weight: float = 1.0) -> None:
        self.tp_pred += weight * other.tp_pred
        self.tp_gold += weight * other.tp_gold
        self.n_pred += weight * other.n_pred
        self.n_gold += weight * other.n_gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match_spans(pred: Iterable[Ranges], gold: Iterable[Ranges], exact: bool) -> Counts:
    pred_u = sorted({p for p in pred if p})
    gold_u = sorted({g for g in gold if g})
    test = same if exact else overlaps
    return Counts(
        tp_pred=sum(1 for p in pred_u if any(test(p, g) for g in gold_u)),
        tp_gold=sum(1 for g in gold_u if any(test(p, g) for p in pred_u)),
        n_pred=len(pred_u),
        n_gold=len(gold_u),
    )


Triple = tuple[Ranges, Ranges, Ranges]  # source, cue, content


def _triple_match(p: Triple, g: Triple, exact: bool) -> bool:
    test = same if exact else overlaps
    if not (test(p[1], g[1]) and test(p[2], g[2])):
        return False
    if not p[0] and not g[0]:
        return True
    return bool(p[0]) and bool(g[0]) and test(p[0], g[0])


def match_triples(pred: list[Triple], gold: list[Triple], exact: bool) -> Counts:
    """An attribution matches when its source, cue and content all match (a missing source
    matches only a missing source)."""
    pred_u = sorted(set(pred))
    gold_u = sorted(set(gold))
    return Counts(
        tp_pred=sum(1 for p in pred_u if any(_triple_match(p, g, exact) for g in gold_u)),
        tp_gold=sum(1 for g in gold_u if any(_triple_match(p, g, exact) for p in pred_u)),
        n_pred=len(pred_u),
        n_gold=len(gold_u),
    )
