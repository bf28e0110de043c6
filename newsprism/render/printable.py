"""Text from an article never drives the terminal.

Article text, titles and file names may hold control characters (ESC sequences clear the
screen, retitle the window, hide lines). For the terminal they are shown as their Unicode
control pictures (ESC → ␛, NUL → ␀, DEL → ␡; C1 controls → U+FFFD), one character for one,
so offsets stay true. Tab, newline and carriage return are kept.
"""

from __future__ import annotations

from typing import Any

_PICTURES = {c: 0x2400 + c for c in range(32) if c not in (9, 10, 13)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}


def printable(value: Any) -> Any:
    """``value`` (a string, or lists and dicts of them) with control characters made visible."""
    if isinstance(value, str):
        return value.translate(_PICTURES)
    if isinstance(value, dict):
        return {printable(k): printable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [printable(v) for v in value]
    return value


# Bidi embeddings, overrides and isolates: an outlet named "\u202eeriW" would reverse the text
# after it on the line. Terminal output (rich wraps cells and sets them side by side, so closing
# them per value cannot work) shows each as U+FFFD, one character for one; LRM/RLM/ALM are kept,
# they are ordinary marks in right-to-left text. CSV keeps them (its cells are values, not lines).
BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))  # also read by htmlkit
_BIDI_PICTURES = dict.fromkeys(map(ord, BIDI_CONTROLS), 0xFFFD)


def for_terminal(value: Any) -> Any:
    """``printable(value)`` with the bidi controls made visible too (strings in lists and dicts)."""
    if isinstance(value, str):
        return printable(value).translate(_BIDI_PICTURES)
    if isinstance(value, dict):
        return {for_terminal(k): for_terminal(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [for_terminal(v) for v in value]
    return value


_LINE_BREAKS = {0x0A: 0x240A, 0x0D: 0x240D, 0x85: 0x2424, 0x2028: 0x2424, 0x2029: 0x2424}


def one_line(text: str) -> str:
    """``printable`` for a message line: line breaks too become pictures (␊ ␍ ␤), so that a file
    named "a\\nnewsprism: error: …" cannot break one error line into two or forge another."""
    return for_terminal(text).translate(_LINE_BREAKS)
