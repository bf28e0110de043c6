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
