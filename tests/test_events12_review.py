"""Twelfth-session review, events and time: probes that broke the round-1 rules (audit 12) on
other theatres, each on a short fictional sentence. Every case fails on the round-1 code
(afc8b02) unless called a guard.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse

PUB = dt.date(2026, 11, 25)  # a Wednesday


def _events(text: str, published: dt.date | None = PUB) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


def _text(arg: dict | str | None) -> str | None:
    return arg.get("text") if isinstance(arg, dict) else arg


def _one(events: list[dict], trigger: str) -> dict:
    (found,) = [e for e in events if e["trigger_text"] == trigger]
    return found


# --- E1 rule: a negative argument that names somebody after all is no negation ------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army killed none other than the rebel commander near Myitkyina.", "killed"),
        ("The drone hit no military target, only houses in Kharkiv.", "hit"),
    ],
)
def test_a_negative_word_with_an_exception_does_not_negate(text, trigger):
    event = _one(_events(text), trigger)
    assert (event["negated"], event["modality"]) == (False, "asserted")


def test_guard_a_plain_negative_object_still_negates():
    events = _events("The troops killed no civilians but wounded three herders near Kupwara.")
    assert (_one(events, "killed")["negated"], _one(events, "wounded")["negated"]) == (True, False)


def test_an_attack_whose_denied_outcome_has_a_doer_keeps_that_doer():
    """'it killed no civilians in the strike': the strike stays asserted and is the army's (the
    round-1 rule negated 'killed' and left both the strike and the killing with no actor)."""
    events = _events("The army said it killed no civilians in the strike on Khan Younis.")
    strike, killed = _one(events, "strike"), _one(events, "killed")
    assert (strike["modality"], _text(strike["actor"])) == ("asserted", "The army")
    assert (killed["negated"], _text(killed["actor"])) == (True, "The army")
