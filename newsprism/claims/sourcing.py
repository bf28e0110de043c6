"""The sourcing profile of one article: how much is attributed, to whom, and who speaks."""

from __future__ import annotations

from collections import Counter
from typing import Any


def profile(sentences, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """``sentences`` from assertions.classify; ``claims`` the attribution records."""
    bearing = [s for s in sentences if s.claim_bearing]
    attributed = [s for s in bearing if s.attributed]
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
    sides = Counter(c["side"] for c in claims if c.get("side"))
    findings = Counter(s.kind for s in sentences if s.kind)
    named = sum(n for k, n in kinds.items() if k in ("named_person", "organisation", "government", "media", "document"))
    return {
        "claim_sentences": len(bearing),
        "attributed_sentences": len(attributed),
        "attributed_share": round(len(attributed) / len(bearing), 3) if bearing else None,
        "attributions": len(claims),
        "source_kinds": dict(kinds.most_common()),
        "named": named,
        "anonymous": kinds.get("anonymous", 0),
        "voices": sorted(voices.values(), key=lambda v: (-v["claims"], v["speaker"])),
        "sides": dict(sides.most_common()),
        "own_voice_findings": dict(findings),
    }
