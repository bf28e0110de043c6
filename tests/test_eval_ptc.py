"""``newsprism eval ptc`` on fixtures in the official layouts (labels as a file, a folder, or SI-only)."""

from __future__ import annotations

import argparse

import pytest

from newsprism.eval import evaluations
from newsprism.techniques.predict import find_spans
from newsprism.techniques.scoring import si_scores

from conftest import FIXTURES

TECHNIQUES = {
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
}


def _run(labels: str):
    ev = evaluations()["ptc"]
    return ev.run(argparse.Namespace(articles=str(FIXTURES / "ptc_articles"), labels=str(FIXTURES / labels)))


def test_file_and_folder_layouts_agree():
    a, b = _run("ptc_labels.tsv"), _run("ptc_labels")
    assert a.metrics == b.metrics
    assert a.metrics["articles"] == 2
    assert 0.0 <= a.metrics["tc_micro_f1"] <= 1.0
    # three gold rows over one span group of two + one: micro-F1 is a multiple of 1/3
    assert round(a.metrics["tc_micro_f1"] * 3, 6) == pytest.approx(round(a.metrics["tc_micro_f1"] * 3))


def test_si_figures_are_the_official_measure_of_the_tagger_output():
    report = _run("ptc_labels.tsv")
    texts = {p.stem.removeprefix("article"): p.read_text(encoding="utf-8") for p in (FIXTURES / "ptc_articles").glob("*.txt")}
    pred = {k: [(f.start, f.end) for f in find_spans(t)] for k, t in texts.items()}
    expected = si_scores(pred, {"9001": [(25, 45), (21, 66)]})  # 9002 has no gold spans
    assert report.metrics["si_f1"] == pytest.approx(expected["f1"])
    assert report.metrics["si_precision"] == pytest.approx(expected["precision"])


def test_si_only_labels_skip_tc():
    report = _run("ptc_si_labels.tsv")
    assert "tc_micro_f1" not in report.metrics
    assert any("TC: the labels carry no technique names" in line for line in report.lines)


def test_tc_model_knows_the_fourteen_techniques():
    from newsprism.techniques.predict import TC_MODEL, load

    assert set(load(TC_MODEL).classes) == TECHNIQUES


def test_machine_line_format():
    line = _run("ptc_labels.tsv").machine_line()
    assert line.startswith("si_precision=") and "tc_micro_f1=" in line and line.endswith("articles=2")
