"""Find quotation-mark pairs in raw text: straight and typographic, single and double.

Apostrophes are not quotes (don't, Azerbaijan's, 'Tis, the '90s, rock'n'roll); a plural
possessive (soldiers') only closes a single quote when one is open in the same paragraph.
Quotes may be nested (a single pair inside a double pair) and may span a line break; a
paragraph that ends inside a quotation which the next paragraph re-opens (the news
convention for multi-paragraph speech) yields an unbalanced quote ending at the paragraph end.
Offsets are character offsets into the unaltered text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "\u201c\u201e\u00ab"
DOUBLE_CLOSE = "\u201d\u00bb"
SINGLE_OPEN = "\u2018\u2039"
SINGLE_CLOSE = "\u2019\u203a"
QUOTE_CHARS = set(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'")

# After an apostrophe at a word start: elisions and decades ('Tis, 'em, 'n', '90s, '08).
_ELISION = re.compile(r"(?:tis|twas|em|til|n|cause|bout)\b|\d\d(?:s\b|\b)", re.IGNORECASE)
_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/") | set(DOUBLE_OPEN) | set(SINGLE_OPEN)
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True)
class Quote:
    """One quotation: ``start`` is the opening mark, ``end`` is just after the closing mark.

    For an unbalanced quote (no closing mark) ``end`` is the end of the paragraph.
    """

    start: int
    end: int
    kind: str  # "double" | "single"
    balanced: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.balanced else self.end


def left_open(s: str) -> str:
    """The closing marks that would close a double quotation ``s`` leaves open: '"' when it holds an
    odd number of straight marks, '\u201d' when it opens more typographic ones than it closes ('' when
    neither). A cheap count shared by the distancing cues and the technique span post-processing
    (no pairing; single quotes are not read, they double as apostrophes)."""
    return ('"' if s.count('"') % 2 == 1 else "") + ("\u201d" if s.count("\u201c") > s.count("\u201d") else "")


def _kind(ch: str) -> str:
    return "double" if ch in DOUBLE_OPEN + DOUBLE_CLOSE + '"' else "single"


def _role(text: str, i: int) -> str:
    """'open', 'close', 'either', 'possessive' or 'apostrophe' for the quote mark at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in DOUBLE_OPEN + SINGLE_OPEN and ch != "\u2018":
        return "open"
    if ch in DOUBLE_CLOSE and ch != "\u2019":
        return "close"
    if ch in "'\u2019\u2018":
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe"
        if (prev.isspace() or prev in "(") and _ELISION.match(text, i + 1):
            return "apostrophe"
        if ch == "\u2018":
            return "open"
        if prev in _OPEN_BEFORE and not nxt.isspace():
            return "open"
        if prev in "sSzZ" and (nxt.isspace() or nxt in ",.;:!?)"):
            return "possessive"
        if not prev.isspace():
            return "close"
        return "apostrophe" if nxt.isspace() else "open"
    # straight double quote
    if prev in _OPEN_BEFORE and not nxt.isspace():
        return "open"
    if nxt.isspace() or nxt in ",.;:!?)]}\u2014\u2013-" or i + 1 == len(text):
        return "close" if not prev.isspace() or nxt.isspace() else "either"
    return "either"


def _para_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text`` (balanced and unbalanced), sorted by start."""
    stack: list[tuple[int, str]] = []  # (offset, kind) of open marks
    found: list[Quote] = []

    def close_unbalanced(pos: int, kind: str) -> None:
        end = _para_end(text, pos)
        if end > pos + 1:
            found.append(Quote(pos, end, kind, balanced=False))

    for i, ch in enumerate(text):
        if ch == "\n" and stack:
            # a quote left open over a paragraph that the next paragraph re-opens: close it there
            j = i + 1
            while j < len(text) and text[j] in " \t\n":
                j += 1
            if j < len(text) and text[j] in QUOTE_CHARS and _role(text, j) in ("open", "either"):
                kind = _kind(text[j])
                if any(k == kind for _, k in stack):
                    while stack:
                        pos, k = stack.pop()
                        close_unbalanced(pos, k)
                        if k == kind:
                            break
            continue
        if ch not in QUOTE_CHARS:
            continue
        role = _role(text, i)
        if role == "apostrophe":
            continue
        kind = _kind(ch)
        is_open = any(k == kind for _, k in stack)
        if role == "possessive":
            if not (is_open and "\n" not in text[stack[-1][0] : i] and stack[-1][1] == kind):
                continue
            role = "close"
        if role == "either":
            role = "close" if is_open else "open"
        if role == "close":
            if not is_open:
                continue  # stray closing mark
            while stack:
                pos, k = stack.pop()
                if k == kind:
                    if i - pos <= MAX_QUOTE_CHARS:
                        found.append(Quote(pos, i + 1, kind))
                    else:
                        close_unbalanced(pos, k)
                    break
                close_unbalanced(pos, k)
        else:
            if stack and stack[-1][1] == kind and kind == "double" and ch == '"':
                # two straight openers without a closer: the first one is unbalanced
                # (typographic openers may nest: “a “b” c”)
                pos, k = stack.pop()
                close_unbalanced(pos, k)
            stack.append((i, kind))
    for pos, k in stack:
        close_unbalanced(pos, k)
    return sorted(found, key=lambda q: (q.start, -q.end))
