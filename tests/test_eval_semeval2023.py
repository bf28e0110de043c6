"""``newsprism eval semeval2023`` on fixtures in the task's layout."""

from __future__ import annotations

import argparse

import pytest

from newsprism.eval import evaluations
from newsprism.techniques import predict
from newsprism.techniques.data import read_paragraph_labels
from newsprism.techniques.scoring import multilabel_scores

from conftest import FIXTURES


def _run(subtask: int, lang: str = "en"):
    ev = evaluations()["semeval2023"]
    args = argparse.Namespace(
        lang=lang,
        subtask=subtask,
        articles=str(FIXTURES / "semeval_articles"),
        labels=str(FIXTURES / f"semeval_labels_subtask{subtask}.txt"),
    )
    return ev.run(args)


def test_subtask3_scores_every_gold_paragraph():
    report = _run(3)
    assert report.metrics["items"] == 3
    text = (FIXTURES / "semeval_articles" / "article7001.txt").read_text(encoding="utf-8")
    pred = {("7001", p["paragraph"]): set(p["techniques"]) for p in predict.paragraph_techniques(text, "en")}
    micro, _ = multilabel_scores(read_paragraph_labels(FIXTURES / "semeval_labels_subtask3.txt"), pred)
    assert report.metrics["micro_f1"] == pytest.approx(micro["f1"])
    assert report.metrics["macro_f1"] == pytest.approx(micro["macro_f1"])


def test_subtask1_genre_is_one_label_per_article():
    report = _run(1)
    assert report.metrics["items"] == 1
    assert report.metrics["micro_f1"] in (0.0, 1.0)


def test_subtask2_frames():
    report = _run(2)
    assert report.metrics["items"] == 1
    assert 0.0 <= report.metrics["micro_f1"] <= 1.0
    assert "micro_f1=" in report.machine_line()


def test_paragraph_numbers_are_article_line_numbers():
    text = (FIXTURES / "semeval_articles" / "article7001.txt").read_text(encoding="utf-8")
    assert [p["paragraph"] for p in predict.paragraph_techniques(text, "en")] == [1, 3, 5]
