"""Fifteenth-session review, events and time: round 1's new rules firing where they should not.
Every case fails on 720182e unless called a guard."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse, time_values

PUB = dt.date(2026, 11, 24)  # a Tuesday


def _events(text: str) -> list[dict]:
    return analyse(text, ["time", "event"], published=PUB).records.get("events", [])


@pytest.mark.parametrize(
    ("text", "part", "value"),
    [
        # a part of the day inside the statement is the statement's day's, not the story day's before it
        (
            "Russian drones struck Kharkiv on Saturday. Ukraine's air force said on Monday that drones attacked Odesa overnight.",
            "overnight",
            "2026-11-22TNI",
        ),
        (
            "Israeli jets hit southern Lebanon on Sunday. The army said on Monday that its planes struck"
            " Hezbollah targets before dawn.",
            "dawn",
            "2026-11-23TMO",
        ),
        # guard (audit 15, E3): the statement's sentence names the story's day first, the dawn comes after
        (
            "The army repelled an attack near Oog on Sunday, the ministry said on Monday. The minister said the"
            " militias attacked before dawn.",
            "dawn",
            "2026-11-22TMO",
        ),
    ],
)
def test_part_of_day_inside_a_statement_keeps_its_day(text: str, part: str, value: str) -> None:
    assert time_values(analyse(text, ["time"], published=PUB))[part] == value


@pytest.mark.parametrize(
    "text",
    [
        "Police boarded the ferry to Famagusta on Monday.",
        "Ukrainian soldiers boarded a ship bound for Odesa on Sunday.",
        "The coast guard towed the stricken yacht to safety on Sunday.",
        "A navy tug towed the disabled tanker back to port on Monday.",
    ],
)
def test_boarding_to_travel_and_towing_to_safety_are_no_seizure(text: str) -> None:
    assert not [e for e in _events(text) if e["mode"] == "seize"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # guards: a seizure at sea keeps its doer
        ("Armed pirates boarded the tanker off Puntland on Sunday and took its crew hostage.", "Armed pirates"),
        (
            "Coast guard vessels entered the waters on Monday, boarded a Greek fishing boat and towed it to Izmir.",
            "Coast guard vessels",
        ),
    ],
)
def test_seizure_at_sea_still_found(text: str, doer: str) -> None:
    (seize, *_) = [e for e in _events(text) if e["trigger_text"] == "boarded"]
    assert (seize["event_type"], seize["mode"], seize["actor"]["text"]) == ("COERCE", "seize", doer)


def test_time_phrase_on_a_participle_inside_the_object_dates_the_act() -> None:
    """Audit 15 E3 (rest): s1's lead, 'on Sunday' hung on 'backed' (was: attack, killing, capturing undated)."""
    text = (
        "Our national army repelled an attack by terrorist militias backed by Puntland on its positions near Oog"
        " in Sool region on Sunday, killing 37 of the attackers and capturing 12, the Ministry of Defence said"
        " on Monday."
    )
    dates = {e["trigger_text"]: e["date"] for e in _events(text)}
    assert (dates["attack"], dates["killing"], dates["capturing"]) == ("2026-11-22",) * 3


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "SSC-Khaatumo said its forces had captured 19 soldiers and denied that any of its fighters had been taken prisoner.",
            "SSC-Khaatumo",
        ),
        ("The army said militants had attacked the post and denied that civilians were hurt.", "The army"),
        # guard: the denial reported in the pluperfect is the reported party's
        ("The police said the men had denied that they attacked the guard.", "the men"),
    ],
)
def test_denial_after_a_reported_pluperfect_is_the_speakers(text: str, doer: str) -> None:
    """Audit 15 E8: 'denied' was 'its forces' (the parse joins it to the reported 'had captured')."""
    (denied,) = [e for e in _events(text) if e["trigger_text"] == "denied"]
    assert denied["actor"]["text"] == doer
