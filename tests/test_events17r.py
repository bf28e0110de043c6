"""Seventeenth-session review, events: the round-1 seizure/hostage/rescue/herd rules fired on
innocent doers (a bus, a farmer, firefighters, 'the crisis'). Each negative case fails on 7a6fd29;
the positive ones are guards that the audit's cases still hold."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse

WED = dt.date(2026, 11, 25)


def _events(text: str) -> list[dict]:
    return analyse(text, ["time", "event"], published=WED).records.get("events", [])


def _coded(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["mode"]) for e in _events(text) if e["trigger_text"] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("After the strike, the bus took them to the border crossing at Rafah.", "took"),
        ("After the clashes, the driver took them to the market in Mitrovica.", "took"),
        ("After the shooting, his colleagues took him to the office in Nablus.", "took"),
        ("The drama took the audience hostage for three hours.", "took"),
        ("Rising prices took consumers hostage, the minister said.", "took"),
        ("Firefighters pulled him out of the car after the crash in Nicosia.", "pulled"),
        ("The coastguard rescued all 31 passengers after the ferry caught fire near Cyprus.", "rescued"),
        ("Firefighters rescued two workers trapped in the mine after the explosion.", "rescued"),
        ("Rescuers freed 31 passengers trapped in the wrecked train on Monday.", "freed"),
        ("He drove his sheep off to the market on Monday.", "drove"),
        ("The farmer drove the cows away from the river on Monday.", "drove"),
    ],
)
def test_no_seizure_or_release_by_innocent_doers(text: str, trigger: str) -> None:
    assert _coded(text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("Gunmen attacked the convoy and took them to an unknown location in Kachin state.", "took", ("COERCE", "seize")),
        ("Hamas took 240 hostages on October 7.", "took", ("ASSAULT", "abduct")),
        ("Gunmen took 12 passengers hostage near Quetta.", "took", ("ASSAULT", "abduct")),
        ("Soldiers pulled the driver out of the truck at a checkpoint near Hebron on Monday.", "pulled", ("COERCE", "seize")),
        ("Special forces rescued the hostages held by gunmen in Kaduna on Tuesday.", "rescued", ("CONCEDE", "release")),
        ("Gunmen drove away 300 goats from the village near Abyei on Tuesday.", "drove", ("COERCE", "seize")),
    ],
)
def test_seizures_by_armed_or_named_doers_stay(text: str, trigger: str, coding: tuple[str, str]) -> None:  # guards
    assert _coded(text, trigger) == [coding]


@pytest.mark.parametrize(("clock", "value"), [("9 p.m.", "2026-11-23TNI"), ("23:15", "2026-11-23TNI"), ("10 a.m.", "2026-11-23")])
def test_hours_after_an_evening_clock_time_is_that_night(clock: str, value: str) -> None:
    """Round 1's 'hours later' after 'Monday evening' is that night; so after a clock time of the
    evening (the first two fail on 366a6e1); a morning clock time keeps the day (guard)."""
    text = f"The strike came at {clock} on Monday. Hours later, jets hit the port."
    spans = analyse(text, ["time"], published=WED).spans
    assert [s.attrs["value"] for s in spans if s.text == "Hours later"] == [value]


def test_an_accusation_the_parse_tags_as_a_participle_is_the_speakers() -> None:
    """Round 1's audit 17 E2 rule read only a simple past; the parse tags this 'accused' VBN (fails on
    366a6e1: no doer, negated)."""
    text = "The ministry said its troops were not involved and accused Armenian forces of shelling Lachin."
    (e,) = [e for e in _events(text) if e["trigger_text"] == "accused"]
    assert e["actor"]["text"] == "The ministry" and not e["negated"]


def test_a_denial_a_passive_takes_is_not_the_speakers() -> None:
    """'the officers were … denied bail': the officers were denied it; round 1 gave 'denied' to Police
    (fails on 366a6e1)."""
    (e,) = [e for e in _events("Police said the officers were suspended and denied bail.") if e["trigger_text"] == "denied"]
    assert e["actor"] is None


@pytest.mark.parametrize(
    "text",
    [
        # audit 17 E3 (lead): 366a6e1's captor test lost b1's hostage-taking by 'a group of miscreants'
        "A group of miscreants attacked the post and stopped two coaches, taking 31 passengers hostage.",
        "A band of gunmen took 12 workers hostage near the mine.",
    ],
)
def test_a_body_of_captors_is_read_after_of(text):
    [(kind, mode)] = [(e["event_type"], e["mode"]) for e in _events(text) if e["trigger_text"] in ("taking", "took")]
    assert (kind, mode) == ("ASSAULT", "abduct")


def test_a_group_of_innocent_people_takes_no_hostage():
    assert _coded("A group of tourists took the bus to the border on Monday.", "took") == []
