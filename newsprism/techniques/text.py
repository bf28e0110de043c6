"""Tokens and paragraphs with character offsets, independent of spaCy.

Training and inference must see the same tokens; a small regex tokenizer keeps the models
reproducible without parsing hundreds of training articles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]", re.UNICODE)
_SENT_END = {".", "!", "?"}


class Token(NamedTuple):
    """A token of the models' own tokenizer. A named tuple rather than a frozen dataclass: made
    ~30 % faster, and the garbage collector stops tracking a tuple of plain values, where every
    dataclass instance in the tokenize cache (hundreds of thousands) was walked by each full
    collection."""

    text: str
    start: int
    end: int
    sent: int  # sentence index within the text
    para: int  # paragraph (non-empty line) index


CACHE_MAX_CHARS = 100_000


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens; sentences end at . ! ? or a line break.

    One article's text and paragraphs are tokenized by several models (spans, paragraphs,
    vectors); recent results are cached (a fresh list each call, so callers may change it)."""
    if len(text) > CACHE_MAX_CHARS:
        return list(_tokenize(text))
    return list(_cached(text))


@lru_cache(maxsize=512)
def _cached(text: str) -> tuple[Token, ...]:
    return _tokenize(text)


def _tokenize(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    append, find = tokens.append, text.find
    sent = para = 0
    last_end = 0
    pending_break = False
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if tokens and find("\n", last_end, start) != -1:  # a line break in the gap before the token
            para += 1
            sent += 1
            pending_break = False
        elif pending_break:
            sent += 1
            pending_break = False
        tok = m.group()
        append(Token(tok, start, end, sent, para))
        if tok in _SENT_END:
            pending_break = True
        last_end = end
    return tuple(tokens)


def paragraphs(text: str) -> list[tuple[int, int, int]]:
    """(line number 1-based, start, end) of each non-empty line: SemEval-2023's paragraphs."""
    out = []
    pos = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            out.append((n, pos, pos + len(line)))
        pos += len(line) + 1
    return out
