"""The technique layer's fast paths give exactly what the plain ones give (speed work, session 11)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism import samples
from newsprism.techniques.features import TokenFeaturizer
from newsprism.techniques.linear import LinearModel, distinct, indices
from newsprism.techniques.predict import FeatureRows, token_probabilities
from newsprism.techniques.text import tokenize

TEXTS = [
    "",
    "a",
    "Hi!",
    "\n\n",
    'One. Two? "Three" four four four four.\nFive five five five five five, "so-called" five!',
    "<s> w=x |a| <<s>> don't won\u2019t\n\nNEW LINE 12 13",
    *(article.text for _, article in samples.load_all()),
]


def _string_keys(feat: TokenFeaturizer, bits: int) -> np.ndarray:
    rows = [feat.features(i) for i in range(len(feat.tokens))]
    lens = np.asarray([len(r) for r in rows], dtype=np.int64)
    flat = np.asarray([b for r in rows for b in indices(r, bits)], dtype=np.int64)
    return np.repeat(np.arange(len(rows), dtype=np.int64), lens) << bits | flat


@pytest.mark.parametrize("bits", [18, 6])
@pytest.mark.parametrize("with_clusters", [False, True])
def test_token_keys_are_the_hashed_feature_strings(bits, with_clusters):
    for text in TEXTS:
        toks = tokenize(text)
        clusters = [str(len(t.text) % 5) if t.text[:1].isalpha() else "none" for t in toks] if with_clusters else None
        feat = TokenFeaturizer(toks, clusters)
        assert np.array_equal(np.sort(feat.keys(bits)), np.sort(_string_keys(feat, bits))), text[:40]


def test_distinct_is_numpy_unique():
    rng = np.random.default_rng(7)
    for n in (0, 1, 2, 5, 1000):
        for high in (2, 50, 1 << 40):
            a = rng.integers(0, high, n).astype(np.int64)
            assert np.array_equal(distinct(a), np.unique(a))


def test_token_probabilities_from_keys_equal_the_string_rows():
    rng = np.random.default_rng(3)
    model = LinearModel("binary", ["p"], rng.normal(size=(1 << 10, 1)).astype(np.float32), np.asarray([-0.5], np.float32), 10)
    toks = tokenize(TEXTS[4])
    probs, rows = token_probabilities(model, toks)
    assert isinstance(rows, FeatureRows) and len(rows) == len(toks)
    strings = [rows[i] for i in range(len(rows))]
    assert rows == strings and rows[-1] == strings[-1] and rows[1:3] == strings[1:3]
    assert np.array_equal(probs, model.proba(strings)[:, 0])
    with pytest.raises(IndexError):
        rows[len(toks)]
