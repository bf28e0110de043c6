"""TempEval-3 evaluation: TimeML reading, the official-style scoring, and the command on fixtures."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsprism.eval import evaluations
from newsprism.eval.tempeval3 import split
from newsprism.temporal import scoring, timeml

from conftest import FIXTURES, shared_data

SMALL = FIXTURES / "tempeval_small"


def test_read_offsets_index_the_text_body_without_tags():
    doc = timeml.read(SMALL / "bank" / "NP_A001.tml")
    assert doc.doc_id == "NP_A001"
    assert doc.dct == "2023-04-26"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2023-04-25"),
        ("April 23, 2023", "DATE", "2023-04-23"),
        ("130 days", "DURATION", "P130D"),
        ("next week", "DATE", "2023-W18"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert "officials & residents" in doc.text  # entities decoded, tags removed
    assert "<EVENT" not in doc.text and "stopped a convoy" in doc.text


def test_creation_time_is_the_anchor_not_a_target():
    doc = timeml.read(SMALL / "wire" / "NP_B002.tml")
    assert doc.dct == "1999-03-12"
    assert all(t.value != "1999-03-12" for t in doc.timexes)
    assert len(doc.timexes) == 5


def test_folder_recurses_and_reads_a_duplicated_document_once():
    docs = timeml.read_folder(SMALL)
    assert [d.doc_id for d in docs] == ["NP_A001", "NP_B002"]


@dataclass
class T:
    start: int
    end: int
    type: str
    value: str
    text: str = ""
    how: str = "test"


def test_scoring_strict_relaxed_and_attributes():
    gold = [T(0, 5, "DATE", "2023"), T(10, 20, "DATE", "2023-04")]
    system = [T(0, 5, "DATE", "2023"), T(12, 25, "DURATION", "P1D"), T(30, 35, "DATE", "XXXX")]
    c = scoring.score_doc(gold, system)
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_ok, c.value_ok) == (2, 3, 1, 2, 1, 1)
    kinds = sorted(e[0] for e in c.errors)
    assert kinds == ["spurious", "value"]


def test_matching_is_one_to_one_and_prefers_exact_offsets():
    pairs = scoring.match([(0, 10)], [(0, 4), (0, 10), (5, 10)])
    assert pairs == [(0, 1)]


def test_internal_split_is_every_fifth_document():
    docs = list(range(12))
    assert split(docs, "held-out") == [0, 5, 10]
    assert split(docs, "tune") == [1, 2, 3, 4, 6, 7, 8, 9, 11]
    assert split(docs, "all") == docs


def _args(**kw) -> argparse.Namespace:
    base = {"data": None, "split": "held-out", "no_parse": True, "errors": 0}
    base.update(kw)
    return argparse.Namespace(**base)


def test_command_on_fixture_folder():
    report = evaluations()["tempeval3"].run(_args(data=str(SMALL), errors=5))
    m = report.metrics
    assert m["docs"] == 2
    # 9 gold timexes; the tagger finds all but "evening hours", each with the right type and value.
    assert m["relaxed_p"] == pytest.approx(1.0)
    assert m["relaxed_r"] == pytest.approx(8 / 9)
    assert m["strict_f1"] == pytest.approx(2 * (8 / 9) / (1 + 8 / 9))
    assert m["value_f1"] == pytest.approx(m["strict_f1"])
    assert m["type_accuracy"] == pytest.approx(1.0)
    assert any("missed" in line and "evening hours" in line for line in report.lines)
    assert report.machine_line().startswith("strict_f1=")


def test_internal_split_on_shared_data_smoke():
    base = shared_data("tempeval3", "TBAQ-cleaned")
    docs = split(timeml.read_folder(base), "held-out")[:6]
    from newsprism.eval.tempeval3 import evaluate

    c = evaluate(docs, parse=False)
    assert c.gold > 0
    assert c.relaxed / c.gold > 0.8


def test_folder_without_tml_files_is_a_clear_error(tmp_path: Path):
    from newsprism.datasets import DataMissing

    with pytest.raises(DataMissing, match=r"no \.tml files"):
        evaluations()["tempeval3"].run(_args(data=str(tmp_path)))
