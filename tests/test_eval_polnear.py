"""PolNeAR reader, scorer and evaluation command on a tiny fixture in the PolNeAR layout."""

from __future__ import annotations

import argparse

from newsprism.claims import brat, scoring
from newsprism.eval import evaluations

from conftest import FIXTURES, shared_data

MINI = FIXTURES / "polnear_mini"


def test_reader_handles_annotators_and_discontinuous_content():
    (article,) = brat.load_split(MINI)
    assert sorted(article.annotations) == ["aaaa", "bbbb"]
    assert len(article.annotations["aaaa"]) == 3 and len(article.annotations["bbbb"]) == 2
    quote = article.annotations["bbbb"][1].content
    assert len(quote) == 2 and article.text[quote[0][0] : quote[1][1]].startswith('"We found mines')


def test_scoring_exact_and_overlap():
    gold = [((10, 20),), ((30, 40),)]
    pred = [((10, 20),), ((35, 50),), ((60, 70),)]
    exact = scoring.match_spans(pred, gold, exact=True)
    overlap = scoring.match_spans(pred, gold, exact=False)
    assert (exact.tp_pred, exact.tp_gold) == (1, 1)
    assert (overlap.tp_pred, overlap.tp_gold) == (2, 2)
    p, r, _f = overlap.prf()
    assert round(p, 3) == 0.667 and r == 1.0


def test_triple_needs_all_roles():
    g = [(((0, 5),), ((6, 10),), ((11, 30),))]
    assert scoring.match_triples([(((0, 5),), ((6, 10),), ((12, 20),))], g, exact=False).tp_gold == 1
    assert scoring.match_triples([((), ((6, 10),), ((12, 20),))], g, exact=False).tp_gold == 0


def test_eval_command_on_fixture():
    ev = evaluations()["polnear"]
    report = ev.run(argparse.Namespace(data=MINI, limit=None, communicative=False))
    m = report.metrics
    assert m["source_overlap_f1"] >= 0.9 and m["content_overlap_f1"] >= 0.9 and m["cue_overlap_f1"] >= 0.9
    assert m["triple_overlap_r"] > 0.9
    assert "source_exact_f1" in report.machine_line()
    assert "broad notion" in report.lines[0]


def test_eval_command_in_the_layers_setting():
    """--communicative scores what the claim layer keeps; the fixture has only speech, so it matches."""
    report = evaluations()["polnear"].run(argparse.Namespace(data=MINI, limit=None, communicative=True))
    m = report.metrics
    assert m["source_overlap_f1"] >= 0.9 and m["content_overlap_f1"] >= 0.9
    assert "communicative cues only" in report.lines[0]


def test_eval_command_smoke_on_shared_dev():
    folder = shared_data("polnear", "dev")
    report = evaluations()["polnear"].run(argparse.Namespace(data=folder, limit=3, communicative=False))
    m = report.metrics
    assert all(0.0 <= v <= 1.0 for v in m.values())
    assert m["content_overlap_f1"] > 0.4 and m["source_overlap_f1"] > 0.4
