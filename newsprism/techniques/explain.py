"""Turn model feature strings into short phrases a reader understands."""

from __future__ import annotations

_PREFIX = {
    "w": "word '{}'",
    "w-1": "after '{}'",
    "w+1": "before '{}'",
    "w-2": "two after '{}'",
    "w+2": "two before '{}'",
    "sw": "sentence has '{}'",
    "u": "word '{}'",
    "bi": "words '{}'",
    "w-1w": "words '{}'",
    "ww+1": "words '{}'",
    "first": "starts with '{}'",
    "last": "ends with '{}'",
    "repw": "repeated word '{}'",
    "suf": "ending '-{}'",
    "l1": "after '{}'",
    "l2": "after '{}'",
    "l3": "after '{}'",
    "r1": "before '{}'",
    "r2": "before '{}'",
    "r3": "before '{}'",
    "l1bi": "words '{}'",
}
_FLAGS = {
    "inq": "inside quotation marks",
    "repbi": "repeated word pair",
    "s!": "exclamation in sentence",
    "s?": "question in sentence",
    "excl": "exclamation mark",
    "q": "question mark",
    "dq": "double quotes",
    "sq": "single quotes",
    "multisent": "spans sentences",
}


_REPEATED = {"rep<=2": "text occurs twice in the article", "rep<=3": "text occurs 3 times in the article"}
_REPEATED |= {"rep<=5": "text occurs 4-5 times in the article", "rep>5": "text occurs over 5 times in the article"}


def phrase(feature: str) -> str | None:
    """A reader's phrase for a feature, or None for structural features (bias, lengths, positions)."""
    if feature in _FLAGS:
        return _FLAGS[feature]
    if feature in _REPEATED:
        return _REPEATED[feature]
    key, sep, value = feature.partition("=")
    if sep and key in _PREFIX and value != "<s>" and any(ch.isalnum() for ch in value):
        return _PREFIX[key].format(value.replace("|", " "))
    return None


def phrases(features: list[str], limit: int = 3) -> list[str]:
    out: list[str] = []
    for f in features:
        p = phrase(f)
        if p is not None and p not in out:
            out.append(p)
    return out[:limit]
