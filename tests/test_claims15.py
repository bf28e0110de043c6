"""The fifteenth session's speed work keeps every result: each shortcut against the plain
computation it replaces (the old code, copied here as the reference), on a text written for
these tests."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism import nlp
from newsprism.claims import attribution, consistency, cue_model, source_model, withheld
from newsprism.claims.tokens import one_of, tagged

TEXT = (
    "Stepanakert, 3 May 2025 (Aras Ledger) - Three soldiers were killed and four were wounded on Monday, the "
    "ministry said. A woman died in Martuni and a policeman was injured. Militants killed two guards and "
    "wounded three. \u201cWe withheld the footage,\u201d a spokesman, Aram Tevosyan, told reporters, according to "
    "the Aras Ledger. The report, which officials have not released, was seen by the Ledger. Analysts believe "
    "that more than 200 fighters were killed, while the ministry says 150 died. The Ledger has learned that "
    "the convoy was stopped. The army, a diplomat said, was ready to withdraw."
)


@pytest.fixture(scope="module")
def doc():
    return nlp.load()(TEXT)


def test_tagged_are_the_tokens_a_loop_would_pick(doc):
    assert tagged(doc, ("CD",)) == [t.i for t in doc if t.tag_ == "CD"]
    deps = ("nsubjpass", "dobj", "nsubj")
    assert tagged(doc, ("CD",), deps) == [t.i for t in doc if t.tag_ == "CD" and t.dep_ in deps]
    assert tagged(doc, ("NN", "VBN")) == [t.i for t in doc if t.tag_ in ("NN", "VBN")]
    assert tagged(doc, ("CD",), deps) and tagged(doc, ("NN",))
    assert tagged(nlp.load()(""), ("NN",)) == []


def test_one_of_is_isin():
    rng = np.random.default_rng(3)
    column = rng.integers(0, 12, 500).astype(np.uint64)
    for values in ([], [3], [1, 5, 7], list(range(20))):
        assert one_of(column, values).tolist() == np.isin(column, values).tolist()


def _old_cue_features(tok, in_quote: bool) -> dict[str, float]:
    """cue_model.features before the fifteenth session (the trained model's features)."""
    f: dict[str, float] = {
        f"lemma={tok.lemma_.lower()}": 1.0,
        f"pos={tok.pos_}": 1.0,
        f"dep={tok.dep_}": 1.0,
        f"tag={tok.tag_}": 1.0,
        f"lemma_dep={tok.lemma_.lower()}|{tok.dep_}": 1.0,
        "bias": 1.0,
    }
    if in_quote:
        f["in_quote"] = 1.0
    kids = {c.dep_ for c in tok.children}
    for dep in cue_model._DEPS:
        if dep in kids:
            f[f"child={dep}"] = 1.0
            f[f"lemma_child={tok.lemma_.lower()}|{dep}"] = 1.0
    for c in tok.children:
        if c.dep_ == "prep":
            f[f"prep={c.lower_}"] = 1.0
        if c.dep_ in ("nsubj", "nsubjpass"):
            f[f"subj_pos={c.pos_}"] = 1.0
            f[f"subj_ent={c.ent_type_ or 'none'}"] = 1.0
            if c.pos_ == "PRON":
                f[f"subj_pron={c.lower_}"] = 1.0
        if c.dep_ == "ccomp":
            f[f"ccomp_mark={next((m.lower_ for m in c.children if m.dep_ == 'mark'), 'none')}"] = 1.0
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in (":", ",", '"', "\u201c"):
        f[f"next={nxt.text}"] = 1.0
    if tok.i > 0 and tok.nbor(-1).text in (",", '"', "\u201d", "''"):
        f["prev=punct"] = 1.0
    f[f"head_dep={tok.head.dep_ if tok.head is not tok else 'ROOT'}"] = 1.0
    return f


def test_cue_features_are_the_trained_ones_in_the_same_order(doc):
    for tok in doc:
        for in_quote in (False, True):
            assert list(cue_model.features(tok, in_quote).items()) == list(_old_cue_features(tok, in_quote).items())


def test_source_features_keep_their_order(doc, monkeypatch):
    """The source detector's features read each predicate once now: same keys, same order (the
    score sums in that order), checked against a run where _predicates is counted."""
    got = [list(source_model.features(t, role, p, False)) for t, role, p in source_model.candidates(doc)]
    calls = []
    plain = source_model._predicates
    monkeypatch.setattr(source_model, "_predicates", lambda pred: calls.append(pred.i) or plain(pred))
    again = [list(source_model.features(t, role, p, False)) for t, role, p in source_model.candidates(doc)]
    assert got == again and got
    subjects = [role for _, role, _ in source_model.candidates(doc) if role in ("nsubj", "nsubjpass", "ctrl")]
    assert len(calls) == len(subjects)  # once per subject candidate (was twice)


def test_where_memo_answers_as_the_test_and_follows_the_threshold(doc, monkeypatch):
    from spacy.attrs import LEMMA

    strings = doc.vocab.strings
    column = doc.to_array([LEMMA]).reshape(-1)
    table = attribution._cue_table()
    for _ in range(2):  # the second time from the memo
        fast = attribution._cue_capable(doc)
        assert fast.tolist() == [attribution.cue_confidence(t) >= attribution.MIN_CUE_P for t in doc]
    monkeypatch.setattr(attribution, "MIN_CUE_P", 0.9)
    assert attribution._cue_capable(doc).tolist() == [attribution.cue_confidence(t) >= 0.9 for t in doc]
    test = lambda w: f"{w.lower()}/V" in table  # noqa: E731
    key = ("test15", id(table))
    assert attribution._where(strings, column, test, key).tolist() == [test(strings[h]) for h in column.tolist()]


def test_withheld_candidates_are_the_trigger_words(doc):
    ids = withheld._trigger_ids()
    plain = [t.i for t in doc if t.lower in ids or t.lemma in ids]
    assert withheld._candidate_indices(doc) == plain and plain


def test_the_layer_scores_only_frequent_cue_words(doc, monkeypatch):
    """A cue word under MIN_CUE_P is dropped in the layer's view whatever the detector says: it is
    no longer scored, and the attributions are those of a run that scores everything."""
    before = [(a.kind, a.cue, a.content, a.source, a.rule) for a in attribution.extract(doc, communicative=True)]
    scored = []
    plain = cue_model.score
    monkeypatch.setattr(cue_model, "score", lambda tok, q: scored.append(tok.i) or plain(tok, q))
    after = [(a.kind, a.cue, a.content, a.source, a.rule) for a in attribution.extract(doc, communicative=True)]
    assert after == before and before
    assert all(attribution.cue_confidence(doc[i]) >= attribution.MIN_CUE_P for i in scored) and scored


def test_elided_and_singular_counts_found_from_the_tag_arrays(doc):
    elided = [(m.start, m.end, m.key) for m in consistency.elided_counts(doc, TEXT)]
    single = [(m.start, m.end, m.key) for m in consistency.singular_counts(doc, TEXT)]
    assert [TEXT[a:b] for a, b, _ in elided] == ["three"]  # "wounded three"; the parse misses "four were"
    assert [TEXT[a:b] for a, b, _ in single] == ["A woman", "a policeman"]


def test_lemma_codes_are_the_cue_table_answers(doc):
    table = attribution._cue_table()
    codes = attribution._lemma_codes(doc).tolist()
    for tok, code in zip(doc, codes, strict=True):
        w = tok.lemma_.lower()
        assert bool(code & attribution._KNOWN_N) == (f"{w}/N" in table)
        assert bool(code & attribution._KNOWN_V) == (f"{w}/V" in table)
        assert bool(code & attribution._CAPABLE_N) == (table.get(f"{w}/N", 0.0) >= attribution.MIN_CUE_P)
        assert bool(code & attribution._CAPABLE_V) == (table.get(f"{w}/V", 0.0) >= attribution.MIN_CUE_P)
    assert any(c & attribution._CAPABLE_V for c in codes) and any(c & attribution._KNOWN_N for c in codes)


def test_source_candidates_of_found_speakers_are_not_scored(doc, monkeypatch):
    """The layer's view scores no candidate whose phrase overlaps a speaker the cue loop found (the
    loop after the scores passes those over): the same attributions as the unpruned view."""
    scored = []
    plain = source_model.features
    monkeypatch.setattr(source_model, "features", lambda *a: scored.append(a[0].i) or plain(*a))
    view = [(a.kind, a.cue, a.content, a.source, a.rule) for a in attribution.extract(doc, communicative=True)]
    speakers = [a[3] for a in view if a[3]]
    assert speakers and not any(s[0] <= doc[i].idx < s[1] for i in scored for s in speakers)
    monkeypatch.setattr(attribution, "PRUNE_SOURCES", False)
    assert [(a.kind, a.cue, a.content, a.source, a.rule) for a in attribution.extract(doc, communicative=True)] == view


def test_entity_index_answers_as_the_scans(doc):
    from newsprism.claims import speakers

    ents = list(doc.ents)
    index = speakers._ents_index(ents)
    assert index is not None and speakers._ents_index(ents) is index  # read once per list
    for start in range(0, len(TEXT), 5):
        for end in (start + 1, start + 9, start + 40):
            assert index.overlapping(start, end) == [e for e in ents if e.start_char < end and start < e.end_char]
    for word in ("Tevosyan", "Aram", "Ledger", "Martuni"):
        for start, end in ((0, 5), (len(TEXT) - 5, len(TEXT))):
            assert speakers._surname_of_person(word, start, end, ents, index) == speakers._surname_of_person(
                word, start, end, ents
            )
    assert speakers._ents_index(tuple(ents)) is None  # a tuple (doc.ents) is no list the caller keeps
