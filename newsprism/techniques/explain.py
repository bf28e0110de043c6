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


def phrase(feature: str) -> str:
    if feature in _FLAGS:
        return _FLAGS[feature]
    key, sep, value = feature.partition("=")
    if sep and key in _PREFIX:
        return _PREFIX[key].format(value.replace("|", " "))
    if feature.startswith("rep") and not sep:
        return f"text occurs {feature[3:]} times in the article"
    return feature


def phrases(features: list[str]) -> list[str]:
    out: list[str] = []
    for f in features:
        p = phrase(f)
        if p not in out:
            out.append(p)
    return out
