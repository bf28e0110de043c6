"""Twelfth-session review, events and time: probes that broke the round-1 rules (audit 12) on
other theatres, each on a short fictional sentence. Every case fails on the round-1 code
(afc8b02) unless called a guard.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse
from conftest import arg_text as _text
from conftest import one_event as _one

PUB = dt.date(2026, 11, 25)  # a Wednesday


def _events(text: str, published: dt.date | None = PUB) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


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


# --- E10: a day.month.year date in the body ------------------------------------------------------


def test_e10_a_dotted_date_in_the_body_dates_the_event():
    event = _one(_events("Russian soldiers detained a shepherd near Odzisi on 23.11.2026."), "detained")
    assert (event["time_text"], event["date"]) == ("23.11.2026", "2026-11-23")


@pytest.mark.parametrize(
    "text", ["on 31.02.2026 nothing happened", "on 12.23.2026 nothing happened", "version 3.11.2026.1 was released"]
)
def test_e10_guard_no_date_from_an_impossible_or_longer_number(text):
    spans = analyse(text, ["time"], published=PUB).spans_of("time")
    assert [s.text for s in spans] == []


def test_e10_a_dotted_date_anchors_an_undated_text_as_a_written_one_does():
    def tuesday(date: str) -> str:
        analysis = analyse(f"Police entered Banjska on {date}. On Tuesday they left.", ["time"], published=None)
        return {s.text: s.attrs["value"] for s in analysis.spans_of("time")}["Tuesday"]

    assert tuesday("23.11.2026") == tuesday("23 November 2026") != "XXXX-WXX-2"


# --- E5: the day an incident-setting sentence gives dates the acts told after it -----------------

INCIDENT = (
    "TBILISI, Nov 26 - Georgia accused Russian forces on Wednesday of abducting two villagers.\n\n"
    "The incident took place on Tuesday near Ditsi, a village in Gori municipality.\n\n"
    "Georgia's State Security Service said two men from Ditsi were seized by Russian soldiers and that one "
    "was beaten. South Ossetia said three men were detained.\n\n"
)


def test_e5_the_incident_day_dates_the_next_paragraphs_acts():
    events = _events(INCIDENT + "Georgia called for their release.", dt.date(2026, 11, 26))
    dates = {e["trigger_text"]: (e["date"], e["date_source"]) for e in events}
    for trigger in ("seized", "beaten", "detained"):
        assert dates[trigger][0] == "2026-11-24" and "incident's day" in dates[trigger][1]


@pytest.mark.parametrize(
    "later",
    [
        "On Monday soldiers had detained a shepherd near Odzisi.",  # a day of its own
        "A week later, two more men were detained.",  # a time of its own
        "Since then, soldiers have detained 40 people in the district.",  # a period up to now
        "Soldiers detained a shepherd there again, the ministry said.",  # another occasion
        "Soldiers regularly detain villagers there.",  # a habit
    ],
)
def test_e5_guard_another_time_named_keeps_the_incident_day_out(later):
    events = _events(INCIDENT.split("\n\n")[0] + "\n\n" + INCIDENT.split("\n\n")[1] + "\n\n" + later, dt.date(2026, 11, 26))
    (detained,) = [e for e in events if e["trigger_text"].startswith("detain")]
    assert detained["date"] != "2026-11-24"


def test_e5_guard_a_paragraph_two_away_is_not_dated():
    text = INCIDENT + "Talks were held in Ergneti.\n\nSoldiers detained a shepherd near Odzisi."
    (last,) = [e for e in _events(text, dt.date(2026, 11, 26)) if "shepherd" in str(e.get("recipient"))]
    assert last["date"] is None


# --- E6: borderization; E11: raised combat readiness ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "coding", "actor"),
    [
        (
            "Overnight, the same forces moved barbed wire about 150 metres deeper into farmland in Khurvaleti.",
            "moved",
            ("COERCE", "seize-territory"),
            "the same forces",
        ),
        (
            'Russian soldiers installed "State border" signs near Ditsi on Monday.',
            "installed",
            ("COERCE", "seize-territory"),
            "Russian soldiers",
        ),
        (
            "Serbia raised the combat readiness of its army near the administrative line on Monday.",
            "raised",
            ("MOBILIZE", "military"),
            "Serbia",
        ),
        (
            "Pakistan heightened the alert of its troops along the Line of Control.",
            "heightened",
            ("MOBILIZE", "military"),
            "Pakistan",
        ),
    ],
)
def test_e6_e11_borderization_and_readiness_are_events(text, trigger, coding, actor):
    event = _one(_events(text), trigger)
    assert ((event["event_type"], event["mode"]), _text(event["actor"])) == (coding, actor)


@pytest.mark.parametrize(
    "text",
    [
        "Residents installed new street signs in Mitrovica.",
        "Farmers moved the cattle to another pasture near Gori.",
        "The opposition raised concerns about the readiness of hospitals in Gaza.",
        "The government raised taxes and moved the deadline.",
    ],
)
def test_e6_e11_guard_innocent_uses_are_no_events(text):
    assert _events(text) == []


def test_e6_guard_installed_checkpoints_stay_checkpoints():
    event = _one(_events("Police installed checkpoints near Zvecan on Monday."), "installed")
    assert (event["event_type"], event["mode"]) == ("COERCE", "checkpoint")


# --- E16: 'the night of 22 to 23 November' is one night ------------------------------------------


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Gunmen attacked a police patrol on the night of 22 to 23 November near Zvecan.", "the night of 22 to 23 November"),
        ("Gunmen attacked a police patrol on the night from Sunday to Monday near Zvecan.", "the night from Sunday to Monday"),
    ],
)
def test_e16_a_night_from_one_day_to_the_next_is_one_night(text, night):
    event = _one(_events(text, dt.date(2026, 11, 23)), "attacked")
    assert (event["time_text"], event["date"]) == (night, "2026-11-22TNI")


def test_e16_guard_a_range_of_days_stays_a_range():
    spans = analyse("The talks ran from 22 to 24 November.", ["time"], published=PUB).spans_of("time")
    assert [s.attrs["value"] for s in spans] == ["2026-11-22", "2026-11-24"]


# --- E17: 'at dawn' after a night named before the report day is the report day's dawn -----------


def test_e17_dawn_after_sunday_night_is_monday_dawn_in_a_monday_report():
    text = "Shots were heard in Zvecan late on Sunday night, and the police patrol was attacked at dawn."
    event = _one(_events(text, dt.date(2026, 11, 23)), "attacked")
    assert (event["time_text"], event["date"]) == ("dawn", "2026-11-23TMO")


def test_guard_any_other_after_neither_stays_negated():
    """PTC article703821117 (own words): 'other' names an exception only before 'than'."""
    event = _one(_events("Neither Kochiev nor any other Ossetian official had ever attacked the village."), "attacked")
    assert (event["negated"], event["modality"]) == (True, "negated")


# --- a governing noun with 'no' ('has no plans to attack') negates the plan ----------------------


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        ("Russia has no plans to attack Moldova.", "attack", True),
        ("Azerbaijan has no intention to attack Armenia, the minister said.", "attack", True),
        ("Russia has plans to attack Moldova.", "attack", False),  # guard
        ("The army made several attempts to capture the town.", "capture", False),  # guard
    ],
)
def test_a_plan_told_with_no_is_negated(text, trigger, negated):
    assert _one(_events(text), trigger)["negated"] is negated
