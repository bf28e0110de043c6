"""Fifteenth session, events and time: the fifteenth audit (tests/fixtures/audit15, Kinmen and Las
Anod) on short fictional sentences beside the fixtures' own. Every case fails on the session
start's code (fbeb9b1) unless called a guard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.model import Analysis
from newsprism.pipeline import Pipeline

from conftest import analyse, analyse_reports, time_values
from conftest import arg_text as _text
from conftest import one_event as _one

FIXTURES = Path(__file__).parent / "fixtures"
PUB = dt.date(2026, 11, 24)  # a Tuesday


def _analysis(text: str, published: dt.date | None = PUB) -> Analysis:
    return analyse(text, ["time", "event"], published=published)


def _events(text: str, published: dt.date | None = PUB) -> list[dict]:
    return _analysis(text, published).records.get("events", [])


@pytest.fixture(scope="module")
def audit15() -> dict[str, Analysis]:
    return analyse_reports(Pipeline(["time", "event"]), FIXTURES / "audit15", ("t1_formosa_morning_ledger",))


# --- E2: '<month> of that year' is that month of the year last named -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somaliland withdrew its troops from Goojacade in August 2023 after months of fighting that began"
            " in Lasanod in February of that year.",
            {"August 2023": "2023-08", "February of that year": "2023-02"},
        ),
        (
            "The war began in Las Anod in February 2023. Somaliland withdrew in August of that year.",
            {"February 2023": "2023-02", "August of that year": "2023-08"},
        ),
        (
            "The ceasefire was signed on 4 May 2019. Fighting resumed on 2 August of that year.",
            {"4 May 2019": "2019-05-04", "2 August of that year": "2019-08-02"},
        ),
        # "of this/last year" joins the month too (counted from the anchor, as "March last year" was)
        (
            "Prices rose in February of this year and fell in March of last year.",
            {"February of this year": "2026-02", "March of last year": "2025-03"},
        ),
    ],
)
def test_month_of_that_year_is_in_the_year_last_named(text, expected):
    assert time_values(_analysis(text)) == expected


def test_withdrawal_in_august_of_that_year_is_dated_2023():
    event = _one(_events("The war began in Las Anod in February 2023. Somaliland withdrew in August of that year."), "withdrew")
    assert event["date"] == "2023-08"


# --- E1: a past form the parse makes a participle on the sentence's root noun --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The militias attacked before dawn on Sunday with mortars.",
        "Defence Minister Abdiqani Warsame Hirsi said the militias, which call themselves SSC-Khaatumo, attacked"
        " before dawn with mortars and technicals mounted with heavy machine guns.",
    ],
)
def test_militias_that_attacked_are_the_doers(text):
    event = _one(_events(text), "attacked")
    assert (event["event_type"], _text(event["actor"]).lower(), event["recipient"]) == ("ASSAULT", "the militias", None)


def test_guard_soldiers_attacked_by_militias_are_the_target():
    """Guard: with a 'by' agent the participle on the root noun stays passive."""
    event = _one(_events("Three soldiers attacked by militias near Oog."), "attacked")
    assert (_text(event["actor"]), _text(event["recipient"])) == ("militias", "Three soldiers")


# --- E5: seizing, boarding and towing a boat ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "The China Coast Guard seized a Taiwanese fishing boat off Kinmen on Tuesday.",
            "seized",
            "The China Coast Guard",
            "a Taiwanese fishing boat",
        ),
        (
            "Chinese coast guard officers boarded the fishing boat on Monday.",
            "boarded",
            "Chinese coast guard officers",
            "the fishing boat",
        ),
        ("Navy commandos towed the trawler to Weitou on Monday.", "towed", "Navy commandos", "the trawler"),
    ],
)
def test_seizing_boarding_and_towing_a_boat(text, trigger, actor, target):
    event = _one(_events(text), trigger)
    assert (event["event_type"], _text(event["actor"]), _text(event["recipient"])) == ("COERCE", actor, target)
    assert event["date"] in ("2026-11-24", "2026-11-23")


@pytest.mark.parametrize(
    "text",
    [
        "Passengers boarded the ferry to Kinmen on Monday.",  # travel
        "Police towed the car away on Monday.",  # traffic enforcement
        "The opposition seized on the verdict on Monday.",  # an idiom
    ],
)
def test_guard_no_seizure(text):
    assert _events(text) == []


def test_t1_boarding_abduction_and_towing_share_tuesday_morning(audit15):
    events = audit15["t1_formosa_morning_ledger"].records["events"]
    lead = [e for e in events if e["trigger_text"] in ("boarded", "abducted", "towed") and e["sentence_start"] < 300]
    assert sorted(e["trigger_text"] for e in lead) == ["abducted", "boarded", "towed"]
    for e in lead:
        assert e["date"] == "2026-11-24TMO", e["trigger_text"]
        assert "Party" in _text(e["actor"])


# --- E4: a past clock time paragraphs after the day the report named is on that day ---------------


def test_t1_clock_times_are_on_tuesday(audit15):
    values = time_values(audit15["t1_formosa_morning_ledger"])
    assert values["around 7:40 am"] == "2026-11-24T07:40"
    assert values["shortly after 11 am"] == "2026-11-24T11:00"  # past two amounts of time (20 minutes, three hours)


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            "Four ships entered the waters off Kinmen on Monday morning. The crew were unhurt. Officers said the"
            " boat was fishing near Lieyu at around 7:40 am when the ships surrounded it.",
            "around 7:40 am",
            "2026-11-23T07:40",
        ),
        # guards: the anchor's day when it (or a month) was named last, or in a present clause
        ("Ships entered the waters on Monday. The council met today. The boat left at 11 am.", "11 am", "2026-11-24T11:00"),
        ("Ships entered the waters on Monday. Prices rose in October. The boat left at 11 am.", "11 am", "2026-11-24T11:00"),
        ("Ships entered the waters on Monday. The crew were unhurt. The curfew starts at 10 pm.", "10 pm", "2026-11-24T22:00"),
        (  # a day a speech verb dates is when it was said, no day of the story
            "The sheriff had said Monday that the guard was shot. The gap was unexplained. Nobody was hurt."
            " Police said officers arrived at 10:17 p.m.",
            "10:17 p.m.",
            "2026-11-24T22:17",
        ),
    ],
)
def test_past_clock_time_on_the_last_day_named(text, clock, value):
    assert time_values(_analysis(text))[clock] == value


# --- E3: a part of the day takes the story's day, not the day a statement was made ---------------


def test_dawn_after_said_on_monday_is_sundays():
    a = _analysis(
        "The army repelled an attack near Oog on Sunday, the ministry said on Monday."
        " The minister said the militias attacked before dawn."
    )
    assert time_values(a)["dawn"] == "2026-11-22TMO"
    assert _one(a.records["events"], "attacked")["date"] == "2026-11-22TMO"


def test_guard_dawn_with_only_the_statements_day_takes_it():
    a = _analysis("The minister said on Monday that the militias attacked before dawn.")
    assert time_values(a)["dawn"] == "2026-11-23TMO"


# --- E6: the dateline's city is no doer ---------------------------------------------------------


def test_s3_dateline_city_is_not_the_killer():
    reports = analyse_reports(Pipeline(["time", "event"]), FIXTURES / "audit15", ("s3_meridian_wire",))
    events = reports["s3_meridian_wire"].records["events"]
    for trigger in ("killed", "forced"):
        event = next(e for e in events if e["trigger_text"] == trigger)
        assert event["actor"] is None or "ANOD" not in _text(event["actor"]), trigger
