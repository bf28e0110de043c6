"""Turn model feature strings into short phrases a reader understands."""

from __future__ import annotations

from functools import cache

from newsprism.resources import load_json

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


@cache
def _function_words() -> frozenset[str]:
    """Function words (``data/techniques/explain_function_words.json``): a feature made only of
    these ("words 'of the'") is real model evidence but tells a reader nothing, so it is shown
    only after content words."""
    return frozenset(load_json("techniques", "explain_function_words.json")["words"])


def _has_content(feature: str) -> bool:
    if feature in _FLAGS or feature in _REPEATED:
        return True
    _, _, value = feature.partition("=")
    words = [w for w in value.lower().replace("|", " ").split() if any(ch.isalnum() for ch in w)]
    function_words = _function_words()
    return any(w not in function_words for w in words)


def phrases(features: list[str], limit: int = 3) -> list[str]:
    """Reader's phrases for the strongest features (in the given order), content words first."""
    content: list[str] = []
    function: list[str] = []
    for f in features:
        p = phrase(f)
        if p is not None and p not in content and p not in function:
            (content if _has_content(f) else function).append(p)
    return (content + function)[:limit]
