"""Consistency check on fixtures written for NewsPrism: conflicts found, compatible values not."""

from __future__ import annotations

import json

import pytest

from newsprism import nlp
from newsprism.claims import consistency

from conftest import FIXTURES

CASES = json.loads((FIXTURES / "claims_consistency.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def parse():
    return nlp.load()


def test_fixture_has_enough_cases():
    assert sum(1 for c in CASES if c["conflict"]) >= 10
    assert sum(1 for c in CASES if not c["conflict"]) >= 10


@pytest.mark.parametrize("case", [c for c in CASES if c["conflict"]], ids=lambda c: c["id"])
def test_true_conflict_is_flagged(parse, case):
    findings = consistency.check(parse(case["text"]))
    assert case["conflict"] in {f.kind for f in findings}
    f = next(f for f in findings if f.kind == case["conflict"])
    assert f.first.start < f.second.start and f.message


@pytest.mark.parametrize("case", [c for c in CASES if not c["conflict"]], ids=lambda c: c["id"])
def test_compatible_values_not_flagged(parse, case):
    assert consistency.check(parse(case["text"])) == []


def test_date_parsing_and_compatibility():
    m = consistency.DATE_RE.search("signed on 10 November 2020 in Moscow")
    assert consistency.parse_date(m) == (2020, 11, 10)
    assert consistency.dates_compatible((2020, 11, None), (2020, 11, 10))
    assert not consistency.dates_compatible((2020, 11, 9), (2020, 11, 10))


def test_number_values():
    assert consistency.number_value("120,000") == 120000
    assert consistency.number_value("twelve") == 12
    assert consistency.number_value("twenty-five") == 25
    assert consistency.number_value("1.5 million") == 1_500_000
