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


TWO_SIDES = (
    "Armenia's Defence Ministry said Azerbaijani forces shelled a village near Kalbajar on Tuesday, killing two "
    "soldiers. It said one Azerbaijani soldier was killed when Armenian troops returned fire."
)


def test_two_sides_dead_are_two_counts(parse, monkeypatch):
    """The victims of Azerbaijani shelling are not the Azerbaijani dead: no conflict (review 10)."""
    assert consistency.check(parse(TWO_SIDES)) == []
    monkeypatch.setattr(consistency, "COUNT_SIDES", False)
    assert [f.kind for f in consistency.check(parse(TWO_SIDES))] == ["count_conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces shelled a village near Kalbajar, killing two soldiers. Later the ministry said five "
        "Armenian soldiers were killed.",
        "Two Armenian soldiers were killed near Kalbajar on Tuesday. The ministry later said five Armenian soldiers were killed.",
    ],
)
def test_one_sides_dead_counted_twice_still_conflict(parse, text):
    assert [f.kind for f in consistency.check(parse(text))] == ["count_conflict"]


def test_count_sides_from_the_actor_layer(parse):
    """With the actor layer's spans, a noun that is itself an actor carries its side."""
    text = "Azerbaijani forces shelled a village near Kalbajar, killing two soldiers."
    doc = parse(text)
    sides = [(0, len("Azerbaijani forces"), "azerbaijani")]
    assert [m.side for m in consistency.counts(doc, text, sides)] == ["not:azerbaijani"]
    assert consistency.sides_agree("not:azerbaijani", "armenian")
    assert not consistency.sides_agree("not:azerbaijani", "azerbaijani")
    assert not consistency.sides_agree("armenian", "azerbaijani")
    assert consistency.sides_agree(None, "azerbaijani")


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        # a running total may hold the day's count ...
        (
            "At least 90 civilians have been killed by drones since 2020, the group said. Three civilians were killed on Thursday.",
            False,
        ),
        # ... but not when it is smaller than the other count's lower bound
        (
            "Five civilians were killed in the town on Monday. Three civilians have been killed in the town since the truce began.",
            True,
        ),
        ("More than 300 people were detained during the protest. Police said 120 people were detained in total.", True),
    ],
)
def test_a_running_total_is_compared_only_where_it_cannot_hold_the_other_count(parse, text, conflict):
    kinds = {f.kind for f in consistency.check(parse(text))}
    assert ("count_conflict" in kinds) is conflict
