"""Framing lexicons (actor labels, loaded terms) and a token matcher with context rules.

Two data files: ``lexicon_seed.json`` (hand-written, never touched by training) and
``lexicon_generated.json`` (rewritten by ``newsprism train lexicons`` from PTC and BABE).
Terms match token by token, case-insensitively, longest first; a seed entry wins over a
generated one for the same words. Context rules cancel a match where a word is not loaded
(``sanctions regime``, ``regime of``, ``terrorist attack``, ``occupation of a … building``), and a
label right after a negation (``not terrorists``, ``not a puppet regime``) is denied, not applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from newsprism.resources import data_path, load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc

SEED_FILE = "lexicon_seed.json"
GENERATED_FILE = "lexicon_generated.json"
_TERM_TOKEN = re.compile(r"[\w']+|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    term: str
    kind: str  # "label" | "loaded"
    category: str
    source: str  # "seed" | "ptc" | "babe"
    tokens: tuple[str, ...]
    unless_prev: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()
    pos: frozenset[str] = frozenset()
    unless_after: frozenset[str] = frozenset()  # any of these among the next AFTER_WINDOW words cancels
    support: dict[str, Any] | None = None


@dataclass
class Match:
    start: int
    end: int
    entry: Entry


def term_tokens(term: str) -> tuple[str, ...]:
    """Split a term the way the spaCy tokenizer splits words (hyphens become tokens)."""
    return tuple(_TERM_TOKEN.findall(term.lower()))


def _entry(d: dict, source: str) -> Entry:
    return Entry(
        term=d["term"],
        kind=d["kind"],
        category=d["category"],
        source=d.get("source", source),
        tokens=term_tokens(d["term"]),
        unless_prev=frozenset(d.get("unless_prev", ())),
        unless_next=frozenset(d.get("unless_next", ())),
        pos=frozenset(d.get("pos", ())),
        unless_after=frozenset(d.get("unless_after", ())),
        support=d.get("support"),
    )


def load_entries(sources: tuple[str, ...] = ("seed", "ptc", "babe")) -> list[Entry]:
    """Seed entries first, then generated ones whose source is selected."""
    entries = [_entry(d, "seed") for d in load_json("framing", SEED_FILE)["entries"]] if "seed" in sources else []
    if data_path("framing", GENERATED_FILE).exists():
        for d in load_json("framing", GENERATED_FILE)["entries"]:
            if d.get("source") in sources:
                entries.append(_entry(d, d.get("source", "generated")))
    return entries


class Lexicon:
    """Entries indexed by their first token, for matching over a spaCy Doc."""

    def __init__(self, entries: list[Entry]):
        self.by_first: dict[str, list[Entry]] = {}
        seen: set[tuple[str, ...]] = set()
        for e in entries:
            if not e.tokens or e.tokens in seen:
                continue  # the first (seed) entry for the same words wins
            seen.add(e.tokens)
            self.by_first.setdefault(e.tokens[0], []).append(e)
        for lst in self.by_first.values():
            lst.sort(key=lambda e: -len(e.tokens))

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_first.values())

    def match(self, doc: Doc) -> list[Match]:
        out: list[Match] = []
        strings = doc.vocab.strings
        lowers = [strings[h] for h in doc.to_array("LOWER").tolist()] if len(doc) else []
        i, n = 0, len(doc)
        while i < n:
            cands = self.by_first.get(lowers[i])
            hit = None
            denied = 0
            if cands and _negating_compound(doc, i):
                cands = None  # "anti-terrorist operation" labels nobody a terrorist
            if cands:
                for e in cands:
                    k = len(e.tokens)
                    if tuple(lowers[i : i + k]) != e.tokens:
                        continue
                    last = doc[i + k - 1]
                    if e.pos and last.pos_ not in e.pos:
                        continue
                    prev = next((lowers[j] for j in range(i - 1, max(-1, i - 3), -1) if not doc[j].is_space), "")
                    nxt = next((lowers[j] for j in range(i + k, min(n, i + k + 2)) if not doc[j].is_space), "")
                    if prev in e.unless_prev or nxt in e.unless_next:
                        continue
                    if e.unless_after and not e.unless_after.isdisjoint(lowers[i + k : i + k + AFTER_WINDOW]):
                        continue
                    if e.kind == "label" and _negated(lowers, i):
                        denied = k  # "we are not terrorists" denies the label, it applies it to nobody
                        break
                    hit = e
                    break
            if hit:
                start = doc[i].idx
                last = doc[i + len(hit.tokens) - 1]
                out.append(Match(start, last.idx + len(last), hit))
                i += len(hit.tokens)
            else:
                i += denied or 1  # nothing inside a denied label ("not a puppet regime") matches either
        return out


_AGAINST_PREFIXES = frozenset({"anti", "counter"})
_NEGATIONS = frozenset({"not", "n't", "never"})
_NEGATION_SKIP = frozenset({"a", "an", "the", "any", "some"})
AFTER_WINDOW = 5


def _negated(lowers: list[str], i: int) -> bool:
    """The word before token i (skipping an article) is a negation: "not terrorists", "not a puppet regime"."""
    j = i - 1
    while j >= 0 and (lowers[j] in _NEGATION_SKIP or not lowers[j].strip()):
        j -= 1
    return j >= 0 and lowers[j] in _NEGATIONS


def _negating_compound(doc: Doc, i: int) -> bool:
    """Token i is the second half of an "anti-X" / "counter-X" compound written with a hyphen."""
    if i < 2:
        return False
    hyphen, prefix = doc[i - 1], doc[i - 2]
    return (
        hyphen.text in ("-", "\u2010", "\u2011")
        and prefix.lower_ in _AGAINST_PREFIXES
        and prefix.idx + len(prefix) == hyphen.idx
        and hyphen.idx + len(hyphen) == doc[i].idx
    )


@cache
def default_lexicon() -> Lexicon:
    return Lexicon(load_entries())
