"""Thirteenth-session review, events and time: probes that broke round 1's incident-day rules
(events/incident.py: an undated act of force takes the day of the lead's act or of a fronted time
phrase). Each case fails on 54b606e unless called a guard; fictional reports, real places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse
from conftest import one_event as _one

THU = dt.date(2026, 11, 26)
KOTLI = "Indian troops shelled villages near Kotli late on Tuesday, wounding four civilians, officials said."


def _events(text: str) -> list[dict]:
    return analyse(text, ["time", "event"], published=THU).records.get("events", [])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Russian forces shelled Kherson on Tuesday, killing two civilians, regional officials said. "
            "In a separate attack, a drone hit an apartment block in Odesa, police said.",
            "hit",
        ),
        (
            "Israeli aircraft struck a house in Khan Younis on Monday, killing six people, the health ministry said. "
            "A similar strike killed 12 people there.",
            "strike",
        ),
        (
            "An Israeli drone strike killed a Hezbollah commander in Nabatieh on Thursday, the army said.\n\n"
            "Another strike hit a car, Lebanese media reported.",
            "strike",
        ),
        (KOTLI + " Separately, a shepherd was shot dead, police said.", "shot"),
    ],
)
def test_a_separate_incident_near_the_lead_keeps_no_date(text, trigger):
    event = [e for e in _events(text) if e["trigger_text"] == trigger][-1]
    assert (event["date"], event["date_source"]) == (None, "none (not after the publication date)")


def test_guard_another_victim_of_the_same_incident_takes_the_leads_day():
    event = _one(_events(KOTLI + " Another civilian was wounded by shrapnel."), "wounded")
    assert (event["date"], event["date_source"]) == ("2026-11-24", "the day of the lead's act ('late on Tuesday', time-span)")


def test_an_act_placed_elsewhere_than_the_leads_acts_keeps_no_date():
    """The engineer's own worry (fix9_border): the shepherd near Rawalakot after the Kotli shelling."""
    events = _events(
        KOTLI
        + " A shepherd was shot dead near Rawalakot, police said. Militants ambushed a convoy in Rajouri, killing five soldiers."
    )
    for trigger in ("shot", "ambushed", "killing"):
        assert _one(events, trigger)["date"] is None, trigger


def test_guard_an_unplaced_act_after_the_lead_takes_its_day():
    event = _one(_events(KOTLI + " Two of the wounded later died. Gunmen fired at a checkpoint, police said."), "fired at")
    assert event["date"] == "2026-11-24"


def test_a_past_perfect_told_by_the_writer_is_an_earlier_act():
    text = "RSF fighters stormed the village of Wad al-Noura on Wednesday, killing dozens, activists said. Militiamen had looted the market before the attack."
    assert _one(_events(text), "looted")["date"] is None


def test_guard_a_past_perfect_in_reported_speech_is_the_incident():
    event = _one(_events(KOTLI + " Police said gunmen had fired at a checkpoint near the village."), "fired at")
    assert event["date"] == "2026-11-24"


def test_lines_are_paragraphs_in_a_text_without_blank_lines():
    text = f"{KOTLI}\nThe army did not comment.\nResidents fled to the hills.\nMilitants shot two police officers."
    assert _one(_events(text), "shot")["date"] is None


def test_lines_are_paragraphs_in_a_body_with_a_blank_line_after_the_title_only():
    """PTC's layout: the title, a blank line, then one paragraph a line."""
    from newsprism.ingest.plaintext import from_text
    from newsprism.pipeline import Pipeline

    text = f"Troops shell Kotli villages\n\n{KOTLI}\nThe army did not comment.\nResidents fled.\nMilitants shot two police officers.\n"
    events = Pipeline(["time", "event"])(from_text(text, published=THU)).records["events"]
    assert _one(events, "shot")["date"] is None


def test_not_more_than_four_sentences_after_the_day():
    text = (
        KOTLI
        + " The army did not comment. Schools were closed. Markets were shut. Roads were empty. Militants killed 40 paramilitary police."
    )
    assert _one(_events(text), "killed")["date"] is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On Tuesday, a court in Kyiv convicted three Russian soldiers. The soldiers shot four civilians in Bucha.", "shot"),
        ("On Monday, the prime minister visited Mai Kadra. Militiamen killed hundreds of people in the town.", "killed"),
        ("On Sunday, Armenia marked the anniversary of the war. Azerbaijani troops captured Shusha.", "captured"),
    ],
)
def test_a_fronted_day_frames_only_a_sentence_of_force(text, trigger):
    assert _one(_events(text), trigger)["date"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Overnight, IDF forces launched an operation in Jenin. Five gunmen were killed.", "killed", "2026-11-25TNI"),
        (
            "Late on Tuesday, Kosovo police raided a Serb municipal building in Zvecan. Officers detained four men.",
            "detained",
            "2026-11-24",
        ),
    ],
)
def test_guard_a_fronted_day_of_an_operation_or_raid_frames_the_next_sentence(text, trigger, value):
    event = _one(_events(text), trigger)
    assert (event["date"], event["date_source"].split(" (")[0]) == (value, "the time that frames its paragraph")


@pytest.mark.parametrize(
    "text",
    [
        "The driver drove the bus into the station in Kharkiv on Monday.",
        "He drove his truck into the post office car park in Gori on Monday.",
        "The farmer drove his tractor into a group of trees near Humera on Monday.",
    ],
)
def test_driving_into_a_place_or_a_group_of_things_is_no_attack(text):
    assert [e["trigger_text"] for e in _events(text) if e["event_type"] == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A settler drove his car into a Palestinian child near Hebron on Tuesday.", "a Palestinian child"),
        ("A man drove his car into a group of protesters in Belgrade on Saturday.", "a group of protesters"),
        ("A Palestinian driver rammed his car into a bus stop near Hebron on Wednesday.", "a bus stop"),
    ],
)
def test_guard_a_vehicle_driven_or_rammed_into_people_or_a_stop_is_an_attack(text, target):
    (event,) = [e for e in _events(text) if e["event_type"] == "ASSAULT"]
    assert (event["mode"], event["recipient"]["text"]) == ("attack", target)


# --- open rows of audit 13 taken in the review ------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Aid workers in Shire said thousands of people had fled.", "Aid agencies in Khartoum warned of famine on Monday."]
)
def test_a13_e9_aid_workers_are_no_aid_event(text):
    assert [e for e in _events(text) if e["event_type"] == "AID"] == []


def test_a13_e9_aid_agencies_are_the_doer_of_their_warning():
    event = _one(_events("Aid agencies in Khartoum warned of famine on Monday."), "warned")
    assert (event["actor"]["text"], event["date"]) == ("agencies", "2026-11-23")


@pytest.mark.parametrize(
    ("published", "value"),
    [(THU, "2026-W48-WE"), (dt.date(2026, 11, 23), "2026-W47-WE")],  # a Thursday: the coming one; a Monday: the past one
)
def test_a13_e10_ahead_of_the_weekend_late_in_the_week_is_the_coming_one(published, value):
    a = analyse("Forces were on high alert ahead of the weekend, the army said.", ["time"], published=published)
    (span,) = [s for s in a.spans if s.layer == "time"]
    assert span.attrs["value"] == value


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Amhara Special Forces took control of Humera in November 2020.", "Humera"),
        ("Russian troops gained control of the town of Avdiivka on Saturday.", "the town of Avdiivka"),
        ("Kosovo police took control of the Jarinje crossing on Monday.", "the Jarinje crossing"),
    ],
)
def test_a13_e13_armed_men_taking_control_of_a_place_seize_it(text, target):
    (event,) = _events(text)
    assert (event["event_type"], event["mode"], event["recipient"]["text"]) == ("COERCE", "seize-territory", target)


@pytest.mark.parametrize(
    "text",
    [
        "The new manager took control of the company on Monday.",
        "Police took control of the situation in Tbilisi on Sunday.",
        "The Republicans took control of the Senate in January.",
    ],
)
def test_a13_e13_guard_control_of_no_place_or_by_no_armed_men_is_none(text):
    assert _events(text) == []
