"""Eighteenth-session review, events + time: probes that broke round 1's rules (abb62bf). Each of
the first tests fails on 2508fa2; the 'stays' cases are guards that round 1's fixes still hold."""

from __future__ import annotations

import datetime as dt

from conftest import analyse

WED = dt.date(2026, 11, 25)
FRI = dt.date(2026, 11, 27)


def _events(text: str, published: dt.date = FRI) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


def _kinds(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["mode"]) for e in _events(text) if e["trigger_text"] == trigger]


def _values(text: str, published: dt.date) -> dict[str, str]:
    return {s.text: s.attrs["value"] for s in analyse(text, ["time"], published=published).spans if s.layer == "time"}


def test_a_past_stop_until_a_weekday_still_to_come_is_that_weekday() -> None:
    # written on a Wednesday, 'until Thursday morning' is the next day, not the Thursday of last week
    assert _values("Schools were closed until Thursday morning.", WED)["Thursday morning"] == "2026-11-26TMO"
    assert _values("Schools were closed until Thursday morning.", FRI)["Thursday morning"] == "2026-11-26TMO"


def test_apprehending_a_danger_is_no_arrest() -> None:
    assert _kinds("Police apprehended the danger too late.", "apprehended") == []
    assert _kinds("Police apprehended three suspects in Srinagar on Tuesday.", "apprehended") == [("COERCE", "arrest")]


def test_crossing_into_no_place_is_no_troop_movement() -> None:
    assert _kinds("The rebels crossed into the debate with a statement.", "crossed into") == []
    moved = "Ukrainian troops crossed into the Kursk region on Tuesday."
    assert _kinds(moved, "crossed into") == [("MOBILIZE", "military")]
    assert _kinds("SSPDF units had crossed into the area.", "crossed into") == [("MOBILIZE", "military")]


def test_stones_thrown_at_a_proposal_are_no_riot() -> None:
    assert _kinds("The opposition threw stones at the proposal.", "threw") == []
    (riot,) = [e for e in _events("Protesters threw stones at police in Pristina on Tuesday.") if e["trigger_text"] == "threw"]
    assert (riot["event_type"], riot["recipient"]["text"], riot["date"]) == ("PROTEST", "police", "2026-11-24")
    assert _kinds("Youths threw stones near the checkpoint on Tuesday.", "threw") == [("PROTEST", "riot")]


def test_most_of_the_soldiers_returning_stay_a_retreat() -> None:
    (back,) = [e for e in _events("Most of the soldiers returned to their base on Tuesday.") if e["trigger_text"] == "returned"]
    assert (back["event_type"], back["actor"]["text"]) == ("RETREAT", "Most of the soldiers")
    assert _kinds("The officials said most would return in the coming days.", "return") == []


def test_until_after_midnight_on_a_weekday_is_that_nights_end() -> None:
    values = _values("Troops stayed until after midnight on Thursday.", FRI)
    assert values["midnight on Thursday"] == "2026-11-26T24:00"
    assert _values("Shortly after midnight on Thursday, troops entered.", FRI)["midnight on Thursday"] == "2026-11-26T00:00"


def test_firing_gas_engineers_is_no_dispersal() -> None:
    assert _kinds("The company fired its gas engineers.", "fired") == []
    assert _kinds("Police fired tear gas to disperse the crowd.", "fired") == [("COERCE", "disperse")]
    assert _kinds("Police fired gas canisters into the crowd.", "fired") == [("COERCE", "disperse")]


def test_counted_victims_on_a_day_are_targets() -> None:
    (held,) = [e for e in _events("Four protesters detained in Tbilisi on Tuesday.") if e["trigger_text"] == "detained"]
    assert (held["actor"], held["recipient"]["text"], held["date"]) == (None, "Four protesters", "2026-11-24")
    (shot,) = [e for e in _events("Four gunmen shot at the convoy on Tuesday.") if e["trigger_text"] == "shot"]
    assert shot["actor"]["text"] == "Four gunmen"


def test_overnight_a_weekday_into_the_next_is_the_first_days_night() -> None:
    text = "Fighting broke out overnight Tuesday into Wednesday near Kherson."
    assert _values(text, FRI) == {"overnight Tuesday into Wednesday": "2026-11-24TNI"}
    (fight,) = _events(text)
    assert fight["date"] == "2026-11-24TNI"
    assert _values("Russia attacked overnight Sunday to Monday, Kyiv said.", FRI)["overnight Sunday to Monday"] == "2026-11-22TNI"
    assert _values("Fighting broke out overnight Tuesday near Kherson.", FRI) == {"overnight Tuesday": "2026-11-24TNI"}
