"""Fifteenth-session review (headline): audit 15 F6 — the Xiamen outlet's headline 'China Coast Guard seizes
Taiwan fishing boat …' states as fact the seizure its body has only on a spokesperson's word (the events
layer's seizure events, 720182e, match it). Failed on the session-start code (fbeb9b1: tellings_matched 0)."""

from pathlib import Path

import pytest

from newsprism.model import Analysis

from conftest import analyse_reports

FIX = Path(__file__).parent / "fixtures" / "audit15"


@pytest.fixture(scope="module")
def reports(pipeline) -> dict[str, Analysis]:
    return analyse_reports(pipeline, FIX, ("t1_formosa_morning_ledger", "t2_haixi_herald", "t3_meridian_wire"))


def test_t2_seizes_is_stated_as_fact_on_the_spokespersons_word(reports):
    a = reports["t2_haixi_herald"]
    (s,) = [s for s in a.spans_of("headline") if s.label == "stated_as_fact"]
    assert a.article.text[s.start : s.end] == "seizes" and s.start < a.article.text.index("\n")
    assert (s.attrs["speaker"], s.attrs["event_type"]) == ("a spokesperson", "COERCE")


def test_one_finding_per_headline_word(reports):
    # a word stated as fact is not also a word_as_own finding (t1 'abducts': the CGA's word, found once)
    for a in reports.values():
        spans = [(s.start, s.end) for s in a.spans_of("headline")]
        assert len(spans) == len(set(spans))


def test_the_wire_that_attributes_in_its_headline_states_nothing_as_fact(reports):
    # t3 'China seizes Taiwanese fishing boat off Kinmen; Taipei says crew "abducted"': both sides said the seizure
    assert reports["t3_meridian_wire"].summary["headline"]["stated_as_fact"] == 0
