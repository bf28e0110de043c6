"""Fourteenth session, claims: leftovers of audits 12 and 13 (a naming statement read as a claim,
a casualty count whose doer is in a 'when' clause). Each test failed on dcd8b83."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse, spans_of


def _claim(text: str):
    return analyse("Report\n\n" + text, ["claim"], published=dt.date(2026, 11, 26))


@pytest.mark.parametrize(
    "sentence",
    ["Serbs call the region Kosovo and Metohija.", "Israelis call the area Judea and Samaria."],
)
def test_a_name_of_two_joined_words_is_a_naming_not_a_claim(sentence):
    """Audit 12 (review 13): 'Kosovo and Metohija' is one place's name; the 'and' kept it from
    being read as a name, so 'Serbs | call | the region Kosovo and Metohija' was reported speech."""
    a = _claim(sentence)
    assert spans_of(a, "claim", label="cue") == []
    assert spans_of(a, "claim", label="content") == []


def test_a_name_calling_with_joined_persons_is_still_speech():
    a = _claim('The senator called Smith and Jones "liars" on Tuesday.')
    assert [s.text for s in spans_of(a, "claim", label="cue")] == ["called"]


def _sides(sentence: str) -> list[tuple[str, str | None]]:
    a = _claim(sentence)
    return [(f["text"], f["side"]) for f in a.records.get("figures", [])]


def test_a_passive_count_takes_the_side_of_the_when_clause_doer():
    """Audit 13 C9: w2 'Seven Palestinians were martyred …' had no side while '41 Palestinians'
    killed by Israeli forces had 'not israeli'."""
    sentence = (
        "Seven Palestinians were martyred and 23 others injured when Israeli occupation forces stormed the "
        "Balata refugee camp east of Nablus at dawn on Thursday, the Palestinian Ministry of Health said."
    )
    assert _sides(sentence) == [("Seven Palestinians", "not:israeli"), ("23 others", "not:israeli")]


def test_an_as_clause_gives_the_doer_and_an_unsided_cause_gives_none():
    assert _sides("Three civilians were wounded as Azerbaijani forces shelled the village of Sotk, the ministry said.") == [
        ("Three civilians", "not:azerbaijani")
    ]
    assert _sides("Two soldiers were killed when their vehicle hit a mine near Kotli, the army said.") == [("Two soldiers", None)]
