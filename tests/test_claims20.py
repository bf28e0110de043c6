"""Twentieth session, claims: audit 19's rows left open (C6, C8–C11) and audit 20's, on fictional sentences with real
places (each positive case failed on 4cd4843; the negative ones pin the limits)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.model import Article


def _conflicts(pipe, text: str) -> list[tuple[str, str]]:
    a = pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    return [(c["first_value"], c["second_value"]) for c in a.records.get("consistency", []) if c["kind"] == "count_conflict"]


HEAD = "Air defences destroy 38 Ukrainian drones over Belgorod\n\n"


def test_an_undated_headline_count_takes_the_date_of_the_body_count_it_repeats(claim_pipe):
    """k1 (audit 19 C6): the headline's '38 Ukrainian drones' (undated) against last week's '22 drones' was an internal
    conflict, though the lead dates its 38 to Tuesday night."""
    text = (
        HEAD + "Air defence forces destroyed 38 Ukrainian drones over the region on Tuesday night, the ministry said. "
        "The ministry reported destroying 22 drones over the region last week."
    )
    assert _conflicts(claim_pipe, text) == []


@pytest.mark.parametrize(
    "body",
    [  # the repeated count is of the same night as the rival one
        "Air defence forces destroyed 38 Ukrainian drones over the region on Tuesday night, the ministry said. Later the "
        "governor said 22 drones were destroyed over the region on Tuesday night.",
        # the repeat is undated too: nothing dates the headline's count
        "Air defence forces destroyed 38 Ukrainian drones over the region, the ministry said. The ministry reported "
        "destroying 22 drones over the region last week.",
    ],
)
def test_a_headline_count_whose_repeat_is_not_dated_apart_still_conflicts(claim_pipe, body):
    assert len(_conflicts(claim_pipe, HEAD + body)) >= 1
