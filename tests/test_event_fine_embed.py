"""CASE-2021 fine type: the WordLlama subword-vector blocks and the logit adjustment.

Sentences are fictional; the parse of the first test is built by hand (words, tags, heads,
entities), so the expected words do not depend on the statistical parser.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from newsprism.events import case_data, fine_embed, fine_train, finetype

TINY = Path(__file__).parent / "fixtures" / "case_tiny.tsv"


def _hand_parsed() -> Doc:
    # "Rebel fighters from Ostrava stormed the depot , residents said ."
    words = ["Rebel", "fighters", "from", "Ostrava", "stormed", "the", "depot", ",", "residents", "said", "."]
    pos = ["ADJ", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    heads = [1, 4, 1, 2, 9, 6, 4, 9, 9, 9, 9]
    deps = ["amod", "nsubj", "prep", "pobj", "ccomp", "det", "dobj", "punct", "nsubj", "ROOT", "punct"]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def test_parse_words_leave_out_names_and_pick_verb_windows_and_subjects():
    text, window, subject = fine_embed.parse_words(_hand_parsed())
    assert text == "rebel fighters from stormed the depot residents said"  # no place name, no punctuation
    assert window == "ostrava stormed the residents said"  # each verb with one word either side
    assert subject == "rebel fighters from ostrava residents"  # both subjects with their subtrees
    # lemma_text carries them as fields 5-7; an older four-field string has none
    parsed = finetype.lemma_text(_hand_parsed())
    assert [" ".join(f) for f in finetype.embed_fields(parsed)] == [text, window, subject]
    assert finetype.embed_fields("police arrest\tx\t\tarrested") == [[], [], []]


def _table():
    table = fine_embed.table()
    if table is None:
        pytest.skip("wordllama (subword vectors) not installed")
    return table


def test_block_vector_is_the_unit_mean_of_the_subword_rows():
    table = _table()
    words = ["militants", "stormed", "the", "barracks"]
    ids = table.token_ids(" ".join(words))
    expected = table.matrix[ids].mean(axis=0)
    expected /= np.linalg.norm(expected)
    assert abs(fine_embed.block_vector(words) - expected).max() < 1e-5
    assert fine_embed.block_vector([]) is None
    # related event words are closer than unrelated ones
    strike = fine_embed.block_vector(["warplanes", "bombed", "the", "depot"])
    raid = fine_embed.block_vector(["jets", "struck", "the", "warehouse"])
    march = fine_embed.block_vector(["teachers", "marched", "for", "higher", "pay"])
    assert strike @ raid > strike @ march


def _featurizer(emb_weight: float = 0.5):
    rows = case_data.read(TINY)
    texts = [r.text for r in rows]
    return finetype.fit_featurizer(texts, lemmas=finetype.parse_lemmas(texts), word_ngrams=False, emb_weight=emb_weight)


def test_subword_blocks_in_features_scores_and_artefact(tmp_path):
    _table()
    feat = _featurizer()
    width = len(fine_embed.BLOCKS) * fine_embed.dim()
    assert feat.uses_embeddings and feat.dense_dim == width == 768
    new = ["Rebels stormed the barracks near the river.", "Police detained two protesters."]
    x = feat.dense(new)
    blocks = x[:, -width:].reshape(2, 3, -1)
    assert np.allclose((blocks**2).sum(axis=2), 0.25, atol=1e-4)  # each block unit length × 0.5
    parsed = finetype.parse_lemmas(new)
    assert abs(blocks[0, 2] - 0.5 * fine_embed.block_vector(finetype.embed_fields(parsed[0])[2])).max() < 1e-5
    coef = np.random.default_rng(1).normal(size=(3, feat.size)).astype(np.float32)
    model = finetype.FineTypeModel(feat, ["A", "B", "C"], coef, np.array([0.1, 0.0, -0.1], dtype=np.float32), {})
    assert abs(model.scores(new) - (x @ coef.T + model.intercept)).max() < 1e-3
    model.save(tmp_path / "m.npz")
    loaded = finetype.FineTypeModel.load(tmp_path / "m.npz")
    assert loaded.featurizer.emb_weight == 0.5 and loaded.featurizer.dense_dim == width
    assert abs(loaded.featurizer.dense(new) - x).max() < 1e-6
    # without the weight there is no subword block at all
    assert _featurizer(0.0).dense_dim == 0


def test_missing_wordllama_leaves_the_blocks_zero(monkeypatch):
    _table()
    feat = _featurizer()
    new = ["Rebels stormed the barracks near the river."]
    x = feat.dense(new)
    monkeypatch.setattr(fine_embed, "table", lambda: None)
    fine_embed._word_ids.cache_clear()
    try:
        y = feat.dense(new)
    finally:
        fine_embed._word_ids.cache_clear()
    width = feat.emb_dim
    assert x[0, -width:].any() and not y[0, -width:].any()
    assert abs(x[0, :-width] - y[0, :-width]).max() < 1e-6  # every other block unchanged


def test_prior_adjustment_lifts_rare_types():
    labels = ["A"] * 8 + ["B"] * 2 + ["C"]
    out = fine_train.prior_adjusted(np.array([0.5, 0.0, -0.5]), ["A", "B", "C"], labels, tau=1.0)
    assert out == pytest.approx([0.5 - np.log(8), -np.log(2), -0.5])
    # equal raw scores: the rarest type wins after the adjustment
    assert int(np.argmax(fine_train.prior_adjusted(np.zeros(3), ["A", "B", "C"], labels))) == 2


def test_shipped_model_uses_the_subword_blocks():
    model = finetype.shipped_model()
    assert model is not None and model.featurizer.emb_weight == fine_train.EMB_WEIGHT
    assert model.meta["prior_tau"] == fine_train.PRIOR_TAU
