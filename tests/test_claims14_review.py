"""Fourteenth-session review, claims: probes of round 1's rules in other theatres. Each test
failed on the round-1 code (74e3353) and passes after the review's fix."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse, spans_of


def _claim(text: str):
    return analyse("Report\n\n" + text, ["claim"], published=dt.date(2026, 11, 26))


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "The claim was rejected by Azerbaijan's foreign ministry as a fabrication.",
            "Azerbaijan's foreign ministry",
            "rejected",
        ),
        ("The report was dismissed by the Kremlin as propaganda.", "the Kremlin", "dismissed"),
    ],
)
def test_a_passive_doer_of_a_stance_verb_still_speaks(sentence, speaker, cue):
    """Round 1's C10 rule (a passive's 'by' doer of a verb not of saying is no speaker) dropped
    'dismissed by the Kremlin' and made 'The claim' the speaker of 'rejected'."""
    a = _claim(sentence)
    assert [s.text for s in spans_of(a, "claim", label="source")] == [speaker]
    assert [s.text for s in spans_of(a, "claim", label="cue")] == [cue]
    assert (
        spans_of(_claim("The peacekeepers were pushed back by Turkish Cypriot police on Tuesday."), "claim", label="source") == []
    )
