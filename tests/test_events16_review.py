"""Sixteenth-session review of the events + time round-1 rules: probes that broke them."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse, arg_text, one_event


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The ministers will meet this Friday in Kyiv.", dt.date(2026, 11, 28), "2026-12-04"),  # a Saturday
        ("The ministers will meet this Friday in Kyiv.", dt.date(2026, 11, 29), "2026-12-04"),  # a Sunday
        ("Talks on Karabakh will resume this Saturday in Brussels.", dt.date(2026, 11, 29), "2026-12-05"),
        ("The ministers will meet this Friday in Kyiv.", dt.date(2026, 11, 27), "2026-11-27"),  # guard: said that day
        ("Protesters marched through Tbilisi this Friday.", dt.date(2026, 11, 28), "2026-11-27"),  # guard: past
        ("Organisers called for another rally this Friday.", dt.date(2026, 11, 25), "2026-11-27"),  # guard: round 1
    ],
)
def test_this_weekday_already_past_in_a_future_context(text: str, published: dt.date, value: str) -> None:
    a = analyse(text, ["time"], published=published)
    (span,) = [s for s in a.spans if s.layer == "time"]
    assert span.text.startswith("this ")
    assert span.attrs["value"] == value


def _events(text: str) -> list[dict]:
    return analyse(text, ["time", "event"], published=dt.date(2026, 11, 26)).records.get("events", [])


@pytest.mark.parametrize(
    "text",
    ["The tanker, which holds a crew of 23, was hit near Aden.", "The ship can hold a crew of 25 and was seized off Somalia."],
)
def test_a_vessel_holding_its_crew_is_no_detention(text: str) -> None:
    assert not [e for e in _events(text) if e["trigger_text"] in ("holds", "hold")]


def test_holding_a_crew_by_armed_men_stays_a_detention() -> None:  # guard (round 1)
    e = one_event(_events("Al-Shabaab fighters held the crew of the cargo ship for two months."), "held")
    assert (e["event_type"], e["mode"], arg_text(e["actor"])) == ("COERCE", "arrest", "Al-Shabaab fighters")


def test_killed_in_the_defence_of_a_city_happened_there() -> None:
    e = one_event(_events("Ukrainian soldiers were killed in the defence of Mariupol in 2022."), "killed")
    assert arg_text(e["location"]) == "Mariupol"


def test_in_support_of_is_still_no_location() -> None:  # guard (round 1)
    e = one_event(_events("The Houthis targeted a ship in support of Gaza."), "targeted")
    assert e.get("location") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The OSCE mission said it expected an answer by Saturday.", "2026-11-28"),  # audit 16, E7 (x3)
        ("By Saturday, the troops had withdrawn from the village.", "2026-11-21"),  # guard: a past 'by'
        ("The troops withdrew on Saturday.", "2026-11-21"),  # guard
    ],
)
def test_a_day_awaited_by_is_ahead(text: str, value: str) -> None:
    a = analyse(text, ["time"], published=dt.date(2026, 11, 26))  # a Thursday
    (span,) = [s for s in a.spans if s.layer == "time"]
    assert span.attrs["value"] == value
