"""WordLlama subword-vector blocks of the fine-grained (CASE-2021) event-type model.

Three dense blocks from the static subword table of ``newsprism.embeddings`` (WordLlama
``l2_supercat``, 256-d), each the unit-length mean of the subword vectors of a set of words
picked from the spaCy parse (the article's own parse in the event layer):

- ``text``: the lower-cased words that are neither punctuation nor inside a named entity
  (places, people, groups, dates and numbers are noise for the event *type*: with them the
  block alone scores 0.57 macro-F1 in CV, without them 0.65);
- ``window``: the verbs and the word on each side of them (the trigger and its context);
- ``subject``: the words of the subjects (active and passive) with their subtrees — who acts.

Words travel as the extra fields of ``finetype.lemma_text``'s string; the subword ids of each
word are cached, so a sentence costs a few dictionary look-ups and three small means (the
table's tokenizer is called once per new word). Llama's tokenizer splits at spaces, so a
word's ids are the same alone as inside a sentence. When ``wordllama`` is not installed the
blocks are zero (the model degrades, it does not fail).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

BLOCKS = ("text", "window", "subject")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def table():
    """The shared static embeddings (None when the package is not installed)."""
    from newsprism.embeddings import static_embeddings

    return static_embeddings()


def dim() -> int:
    from newsprism.embeddings import DIM

    return DIM


def parse_words(tokens) -> tuple[str, str, str]:
    """The words of the three blocks of spaCy tokens (a ``Doc`` or a sentence ``Span``), each
    block as one space-separated string."""
    toks = [t for t in tokens if not t.is_space]
    text: list[str] = []
    near: set[int] = set()
    subjects = []
    for k, t in enumerate(toks):  # one pass over the tokens for the three blocks
        if not t.is_punct and not t.ent_type_:
            text.append(t.lower_)
        if t.pos_ == "VERB":
            near.update((k - 1, k, k + 1))
        if t.dep_ in SUBJECT_DEPS:
            subjects.append(t)
    window = [toks[k].lower_ for k in sorted(near) if 0 <= k < len(toks) and not toks[k].is_punct]
    subject = [w.lower_ for t in subjects for w in t.subtree if not w.is_punct and not w.is_space]
    return " ".join(text), " ".join(window), " ".join(subject)


@cache
def _word_ids(word: str) -> tuple[int, ...]:
    emb = table()
    return tuple(emb.token_ids(word)) if emb is not None else ()


def block_vector(words: list[str]) -> np.ndarray | None:
    """Unit-length mean subword vector of ``words`` (None when there is none or no table)."""
    v = block_vectors([words])
    return v[0] if v is not None and v[0].any() else None


def block_vectors(blocks: list[list[str]]) -> np.ndarray | None:
    """``block_vector`` of each word list as rows of an (n, dim) array, zero rows for lists
    without subwords; None when there is no table. One gather and one segment sum for all."""
    import numpy as np

    emb = table()
    if emb is None:
        return None
    ids: list[int] = []
    starts: list[int] = []
    for words in blocks:
        starts.append(len(ids))
        for w in words:
            ids.extend(_word_ids(w))
    out = np.zeros((len(blocks), emb.dim), dtype=np.float32)
    if not ids:
        return out
    bounds = np.asarray([*starts, len(ids)])
    filled = np.flatnonzero(bounds[1:] > bounds[:-1])
    out[filled] = np.add.reduceat(emb.matrix[ids], bounds[filled], axis=0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norms, out=out, where=norms > 0)
