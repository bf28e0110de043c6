"""TempEval-3 timex scoring: strict/relaxed extraction P/R/F1 and attribute (type, value) scores.

Definitions as in the official TempEval-3 scorer (UzZaman et al. 2013): a system timex matches
a gold one strictly when the offsets are equal, relaxed when they overlap; each gold and
each system timex is matched at most once. Attribute F1 counts a timex correct when it is
relaxed-matched and the attribute is equal: P over system timexes, R over gold ones.
Attribute accuracy is over the relaxed matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for k in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors.extend(other.errors)


def match(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching (index pairs), exact matches first, then largest overlap."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for si, (ss, se) in enumerate(system):
            overlap = min(ge, se) - max(gs, ss)
            if overlap > 0:
                pairs.append((0 if (gs, ge) == (ss, se) else 1, -overlap, gi, si))
    used_g, used_s, out = set(), set(), []
    for _, _, gi, si in sorted(pairs):
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out


def score_doc(gold: Iterable, system: Iterable, doc_id: str = "") -> Counts:
    """``gold``/``system``: objects with ``start``, ``end``, ``type``, ``value`` (and ``text``)."""
    gold, system = list(gold), list(system)
    c = Counts(gold=len(gold), system=len(system))
    pairs = match([(g.start, g.end) for g in gold], [(s.start, s.end) for s in system])
    matched_g = {gi for gi, _ in pairs}
    matched_s = {si for _, si in pairs}
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        c.relaxed += 1
        c.strict += (g.start, g.end) == (s.start, s.end)
        c.type_ok += g.type == s.type
        c.value_ok += g.value == s.value
        if g.value != s.value or g.type != s.type:
            c.errors.append(("value", doc_id, g.text, g.type, g.value, s.type, s.value, s.how))
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            c.errors.append(("missed", doc_id, g.text, g.type, g.value, "", "", ""))
    for si, s in enumerate(system):
        if si not in matched_s:
            c.errors.append(("spurious", doc_id, s.text, "", "", s.type, s.value, s.how))
    return c
