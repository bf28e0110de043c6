"""Token indices picked from the doc's arrays: a loop over every token of the text makes a
spaCy Token object per word, and most rules look at a few tags only (fifteenth session)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, TAG


def tagged(doc, tags: tuple[str, ...], deps: tuple[str, ...] | None = None) -> list[int]:
    """The indices, in text order, of the tokens whose fine tag is one of ``tags`` (and, when
    ``deps`` is given, whose dependency label is one of those): ``[t.i for t in doc if t.tag_ in
    tags and t.dep_ in deps]`` without a Token per word."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    rows = doc.to_array([TAG, DEP]).reshape(-1, 2)
    keep = one_of(rows[:, 0], [strings[t] for t in tags])
    if deps is not None:
        keep &= one_of(rows[:, 1], [strings[d] for d in deps])
    return np.flatnonzero(keep).tolist()


def one_of(column: np.ndarray, values: list[int]) -> np.ndarray:
    """``np.isin(column, values)`` for a few values: one comparison each (``isin`` sorts)."""
    keep = np.zeros(len(column), dtype=bool)
    for v in values:
        keep |= column == v
    return keep
