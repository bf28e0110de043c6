"""Faster searches for patterns that open on a word boundary: ``\\b(?=[first chars])…``.

Python's regex engine tries every alternative of a long alternation at every word boundary of
the text (and, with IGNORECASE, without its literal-prefix shortcut). A lookahead on the
characters a match can begin with, inserted after the opening ``\\b``, lets most positions
fail at once. The set is read from the pattern's own parse, so the guarded pattern matches
exactly what the original matches; where the parse holds anything this module does not know
(lookarounds, back-references, a match that may be empty), the original pattern is returned.
"""

from __future__ import annotations

import re

try:  # the standard library's regex parser (private; absent or changed: no guard, same results)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled, with a first-character lookahead after its opening ``\\b`` when
    one can be derived (else compiled as it is)."""
    if pattern.startswith(r"\b") and _p is not None:
        try:
            first, nullable = _first(_p.parse(pattern[2:], flags).data)
        except Exception:  # an unknown parse shape: no guard
            first, nullable = None, True
        if first and not nullable:
            return re.compile(r"\b(?=[" + "".join(sorted(first)) + "])" + pattern[2:], flags)
    return re.compile(pattern, flags)


def _first(items) -> tuple[set[str] | None, bool]:
    """The class items (escaped) a match of the parsed sequence can begin with, and whether it
    can match the empty string; ``None`` when that cannot be told."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.AT:  # a zero-width anchor (\b, ^ …): the next item gives the first character
            continue
        if op is _c.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is _c.IN:
            chars = _class_items(av)
            return (None, False) if chars is None else (out | chars, False)
        if op is _c.SUBPATTERN:
            sub, nullable = _first(av[3])
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for alternative in av[1]:
                f, n = _first(alternative)
                if f is None:
                    return None, False
                sub, nullable = sub | f, nullable or n
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            sub, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:  # lookarounds, groups referred back to, possessive/atomic parts …: no guard
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


def _class_items(items) -> set[str] | None:
    """A character class's members as class items (negated classes: no guard)."""
    out = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is _c.RANGE:
            out.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.CATEGORY and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            return None
    return out
