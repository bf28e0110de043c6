"""The sourcing profile of one article: how much is attributed, to whom, and who speaks."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any


def profile(sentences, claims: list[dict[str, Any]], sourced: list[tuple[int, int]] | None = None) -> dict[str, Any]:
    """``sentences`` from assertions.classify; ``claims`` the attribution records; ``sourced``
    the character ranges (cue and content) of the attributions that have a source. A sentence
    counts as attributed only when it holds one of those: "It was reported that …" has a cue
    but names nobody, and reads as attributed only to a careless count (``unsourced_sentences``)."""
    bearing = [s for s in sentences if s.claim_bearing]
    attributed = [s for s in bearing if s.attributed] if sourced is None else _overlapping(bearing, sourced)
    unsourced = sum(1 for s in bearing if s.attributed) - len(attributed)
    kinds = Counter(c["source_kind"] for c in claims if c.get("source_kind"))
    voices: dict[str, dict[str, Any]] = {}
    for c in claims:
        name = c.get("speaker")
        if not name:
            continue
        v = voices.setdefault(
            name.casefold(), {"speaker": name, "kind": c.get("source_kind"), "side": c.get("side"), "claims": 0}
        )
        v["claims"] += 1
    _merge_short_names(voices)
    sides = Counter(c["side"] for c in claims if c.get("side"))
    findings = Counter(s.kind for s in sentences if s.kind)
    named = sum(n for k, n in kinds.items() if k in ("named_person", "organisation", "government", "media", "document"))
    return {
        "claim_sentences": len(bearing),
        "attributed_sentences": len(attributed),
        "attributed_share": round(len(attributed) / len(bearing), 3) if bearing else None,
        "unsourced_sentences": max(unsourced, 0),
        "attributions": len(claims),
        "source_kinds": dict(kinds.most_common()),
        "named": named,
        "anonymous": kinds.get("anonymous", 0),
        "voices": sorted(voices.values(), key=lambda v: (-v["claims"], v["speaker"])),
        "sides": dict(sides.most_common()),
        "own_voice_findings": dict(findings),
    }


def _overlapping(sentences, ranges: list[tuple[int, int]]) -> list:
    """The sentences (in text order, disjoint) that overlap any range: a bisection per range
    instead of a scan of every range per sentence."""
    starts = [s.start for s in sentences]
    hit: set[int] = set()
    for a, b in ranges:
        i = max(bisect.bisect_right(starts, a) - 1, 0)
        while i < len(sentences) and sentences[i].start < b:
            if a < sentences[i].end:
                hit.add(i)
            i += 1
    return [s for i, s in enumerate(sentences) if i in hit]


_OBJECT_OF = re.compile(r"\b(?:to|of|for|by|with|from|under|and)\s+(?:[A-Z][\w.'\u2019-]*\s+)*$")


def _names(host: str, short: re.Pattern) -> bool:
    """The short form's words, in order, name the host's speaker: within one comma-separated part,
    not as a possessive ("Ivan Sidorov, Petrov's deputy") and not after a preposition ("Oksana
    Petrenko, an aide to Mykola Drach"): there they name someone else."""
    for part in host.split(","):
        m = short.search(part)
        if m and not _OBJECT_OF.search(part[: m.start()]):
            return True
    return False


def _merge_short_names(voices: dict[str, dict[str, Any]]) -> None:
    """A person named again by surname ("Melkonyan said …" after "Arsen Melkonyan, the spokesman
    of …, said") is one voice, not two: a named person whose words occur, as whole words, in
    exactly one longer named-person voice is merged into it (``also_as`` keeps the short form).
    "Major Drach" matches the voice holding both words ("Major Oksana Drach"), not "Colonel
    Mykola Drach". Two longer candidates (two Melkonyans) leave it apart, unless only one of
    them spoke before the short form's first claim (the other was introduced later)."""
    people = [k for k, v in voices.items() if v["kind"] == "named_person"]
    order = {k: i for i, k in enumerate(voices)}  # first claim of each voice, in article order
    for key in sorted(people, key=len):
        short = voices[key]
        in_order = re.compile(".*".join(r"(?<!\w)" + re.escape(w) + r"(?!\w)(?!['\u2019]s\b)" for w in short["speaker"].split()))
        words = short["speaker"].split()
        hosts = [
            k
            for k in people
            if k != key
            and k in voices
            and len(k) > len(key)
            and all(w in voices[k]["speaker"] for w in words)  # cheap test before the regex
            and _names(voices[k]["speaker"], in_order)
        ]
        if len(hosts) > 1:  # "Petrosyan" when only one Petrosyan had been named yet
            hosts = [k for k in hosts if order[k] < order[key]]
        if len(hosts) != 1:
            continue
        host = voices[hosts[0]]
        host["claims"] += short["claims"]
        host.setdefault("also_as", []).extend([short["speaker"], *short.get("also_as", [])])
        del voices[key]
