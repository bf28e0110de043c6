"""The SemEval scorers on small cases whose figures were worked out by hand."""

from __future__ import annotations

import pytest

from newsprism.techniques.scoring import merge, multilabel_scores, si_scores, tc_scores


def test_merge_joins_overlaps_not_neighbours():
    assert merge([(5, 15), (0, 10), (15, 20), (30, 31)]) == [(0, 15), (15, 20), (30, 31)]


def test_si_partial_overlap_by_hand():
    # gold A: [0,10) and [5,15) merge to [0,15); plus [20,30)
    gold = {"A": [(0, 10), (5, 15), (20, 30)]}
    pred = {"A": [(0, 5), (25, 35)]}
    s = si_scores(pred, gold)
    # P = (5/5 + 5/10) / 2 = 0.75 ; R = (5/15 + 5/10) / 2 = 5/12
    assert s["precision"] == pytest.approx(0.75)
    assert s["recall"] == pytest.approx(5 / 12)
    assert s["f1"] == pytest.approx(2 * 0.75 * (5 / 12) / (0.75 + 5 / 12))
    assert s["n_gold"] == 2


def test_si_article_missing_from_gold_has_no_gold_spans():
    gold = {"A": [(0, 10), (5, 15), (20, 30)]}
    pred = {"A": [(0, 5), (25, 35)], "B": [(0, 4)]}
    s = si_scores(pred, gold)
    assert s["precision"] == pytest.approx(1.5 / 3)
    assert s["recall"] == pytest.approx(5 / 12)
    assert s["f1"] == pytest.approx(5 / 11)


def test_si_one_prediction_covering_two_gold_spans():
    s = si_scores({"A": [(0, 40)]}, {"A": [(0, 10), (30, 40)]})
    assert s["precision"] == pytest.approx(20 / 40)
    assert s["recall"] == pytest.approx(1.0)


def test_si_nothing_predicted_is_zero_not_error():
    s = si_scores({}, {"A": [(0, 10)]})
    assert (s["precision"], s["recall"], s["f1"]) == (0.0, 0.0, 0.0)


def test_tc_matches_identical_spans_as_multisets():
    gold = [
        ("A", 0, 10, "Loaded_Language"),
        ("A", 0, 10, "Name_Calling,Labeling"),
        ("A", 20, 30, "Doubt"),
        ("B", 1, 3, "Loaded_Language"),
    ]
    pred = [("A", 0, 10, "Name_Calling,Labeling"), ("A", 0, 10, "Doubt"), ("A", 20, 30, "Doubt"), ("B", 1, 3, "Repetition")]
    micro, per = tc_scores(gold, pred)
    assert micro["f1"] == pytest.approx(0.5)
    assert per["Loaded_Language"]["f1"] == 0.0
    assert per["Name_Calling,Labeling"]["f1"] == pytest.approx(1.0)
    assert per["Doubt"]["precision"] == pytest.approx(0.5)
    assert per["Doubt"]["f1"] == pytest.approx(2 / 3)
    assert per["Repetition"]["support"] == 0


def test_multilabel_micro_and_macro_over_present_classes():
    gold = {"p1": {"A", "B"}, "p2": set(), "p3": {"C"}}
    pred = {"p1": {"A"}, "p2": {"B"}, "p3": {"C", "A"}}
    micro, per = multilabel_scores(gold, pred)
    assert micro["precision"] == pytest.approx(0.5)
    assert micro["recall"] == pytest.approx(2 / 3)
    assert micro["f1"] == pytest.approx(4 / 7)
    assert micro["macro_f1"] == pytest.approx((2 / 3 + 0 + 1) / 3)
    assert per["B"]["f1"] == 0.0


def test_multilabel_missing_prediction_counts_as_empty():
    micro, _ = multilabel_scores({"x": {"A"}}, {})
    assert micro["recall"] == 0.0 and micro["f1"] == 0.0
