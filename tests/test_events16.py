"""Sixteenth session, events and time: the sixteenth audit (tests/fixtures/audit16, a Transnistria
checkpoint and the Red Sea / Hodeidah strikes) on short fictional sentences beside the fixtures' own.
Every case fails on the session start's code (154ecae) unless called a guard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.model import Analysis
from newsprism.pipeline import Pipeline

from conftest import analyse, analyse_reports
from conftest import arg_text as _text
from conftest import one_event as _one

FIXTURES = Path(__file__).parent / "fixtures"
PUB = dt.date(2026, 11, 26)  # a Thursday


def _events(text: str, published: dt.date | None = PUB) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


@pytest.fixture(scope="module")
def audit16() -> dict[str, Analysis]:
    names = ("x2_pridnestrovie_today", "y1_sanaa_resistance_daily", "y2_aden_gazette")
    return analyse_reports(Pipeline(["time", "event"]), FIXTURES / "audit16", names)


# --- E1: ramming a barrier or a police car is an attack ------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "A Moldovan citizen rammed the barrier at the checkpoint near Bender on Wednesday.",
            "A Moldovan citizen",
            "the barrier",
        ),
        ("The driver rammed a police car near Tighina.", "The driver", "a police car"),
        ("The man rammed a barrier and broke a customs officer's leg.", "The man", "a barrier"),
    ],
)
def test_ramming_a_barrier_or_a_police_car_is_an_attack(text: str, actor: str, target: str) -> None:
    e = _one(_events(text), "rammed")
    assert (e["event_type"], e["mode"]) == ("ASSAULT", "attack")
    assert _text(e["actor"]) == actor
    assert _text(e["recipient"]) == target


def test_ramming_barrier_dated_by_its_day() -> None:
    e = _one(_events("A Moldovan citizen rammed the barrier at the checkpoint near Bender on Wednesday."), "rammed")
    assert e["date"] == "2026-11-25"


@pytest.mark.parametrize(
    "text",
    [
        "He rammed his car into the city centre.",  # guard: an own vehicle still needs a target
        "Protesters drove their tractors into the square.",  # guard
    ],
)
def test_own_vehicle_without_target_is_no_ramming(text: str) -> None:
    assert not [e for e in _events(text) if e["event_type"] == "ASSAULT"]


def test_x2_lead_ramming(audit16: dict[str, Analysis]) -> None:
    events = audit16["x2_pridnestrovie_today"].records["events"]
    e = _one(events, "rammed")
    assert (e["event_type"], _text(e["actor"]), _text(e["recipient"])) == ("ASSAULT", "A Moldovan citizen", "the barrier")
    assert e["date"] == "2026-11-25TMO"  # 'on Wednesday morning'


# --- E3: a participle clause hung on 'accused' goes on from the accused's act ---------------------


def test_wounding_after_accused_of_shelling_is_the_accused_act() -> None:
    text = "The government also accused the militia of shelling homes in Hays on Tuesday, wounding four civilians."
    e = _one(_events(text, dt.date(2026, 11, 25)), "wounding")
    assert _text(e["actor"]) == "the militia"
    assert e["modality"] == "alleged"
    assert e["date"] == "2026-11-24"


def test_y2_wounding_not_by_the_government(audit16: dict[str, Analysis]) -> None:
    e = _one(audit16["y2_aden_gazette"].records["events"], "wounding")
    assert _text(e["actor"]) == "the militia"
    assert e["modality"] == "alleged"


def test_participle_after_plain_shelling_keeps_its_doer() -> None:  # guard
    e = _one(_events("The militia shelled homes in Hays on Tuesday, wounding four civilians."), "wounding")
    assert _text(e["actor"]) == "The militia"
    assert e["modality"] == "asserted"


# --- E11: releasing sailors or a farmer, holding a crew ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The Houthis released the 19 sailors on Friday.", "The Houthis", "the 19 sailors"),
        ("The separatist regime in Tiraspol released the farmer on Thursday.", "The separatist regime", "the farmer"),
    ],
)
def test_release_of_sailors_or_a_farmer(text: str, actor: str, target: str) -> None:
    e = _one(_events(text, dt.date(2026, 11, 28)), "released")
    assert (e["event_type"], e["mode"]) == ("CONCEDE", "release")
    assert (_text(e["actor"]), _text(e["recipient"])) == (actor, target)


def test_holding_a_crew_is_a_detention() -> None:
    e = _one(_events("The Houthis have held the crew of the Galaxy Leader since November 2023."), "held")
    assert (e["event_type"], e["mode"]) == ("COERCE", "arrest")
    assert _text(e["actor"]) == "The Houthis"


@pytest.mark.parametrize("text", ["The band released a new album on Friday.", "Police held a press conference on Friday."])
def test_release_and_hold_guards(text: str) -> None:  # guard
    assert not [e for e in _events(text) if e["event_type"] in ("CONCEDE", "COERCE")]


def test_holding_talks_stays_consult() -> None:  # guard
    e = _one(_events("The two sides held talks on Friday."), "held")
    assert e["event_type"] == "CONSULT"


# --- E7: 'this <weekday>' is that day of the anchor's week ------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Organisers called for another rally this Friday.", dt.date(2026, 11, 25), "2026-11-27"),
        ("The talks this Monday ended without a deal.", dt.date(2026, 11, 25), "2026-11-23"),  # guard (past)
        ("Officials met this Friday.", dt.date(2026, 11, 28), "2026-11-27"),  # guard (a Saturday report)
    ],
)
def test_this_weekday_is_in_the_anchor_week(text: str, published: dt.date, value: str) -> None:
    a = analyse(text, ["time"], published=published)
    (span,) = [s for s in a.spans if s.layer == "time"]
    assert span.attrs["value"] == value


# --- E2: a bulk carrier struck is a target -----------------------------------------------------------


def test_struck_a_bulk_carrier_is_an_attack() -> None:
    text = (
        "Yemen's Houthis struck a bulk carrier with a missile and drones near the Bab al-Mandab strait on Monday "
        "evening and seized its crew."
    )
    e = _one(_events(text, dt.date(2026, 11, 24)), "struck")
    assert (e["event_type"], _text(e["actor"]), _text(e["recipient"])) == ("ASSAULT", "Yemen's Houthis", "a bulk carrier")
    assert e["date"] == "2026-11-23TEV"


def test_storm_hitting_a_tanker_is_no_attack() -> None:  # guard
    assert not _events("The storm hit the tanker near Aden.")


# --- L1: the outlet's name in the dateline is no timex ------------------------------------------------


def test_outlet_name_in_dateline_is_no_timex() -> None:
    a = analyse("GAZA CITY, 3 May 2026 (Gaza Today) — Shelling hit the camp on Monday.", ["time"])
    assert [s.text for s in a.spans if s.layer == "time"] == ["3 May 2026", "Monday"]


def test_x2_dateline_outlet_today(audit16: dict[str, Analysis]) -> None:
    a = audit16["x2_pridnestrovie_today"]
    assert "Today" not in [s.text for s in a.spans if s.layer == "time"]


def test_today_in_a_sentence_stays() -> None:  # guard
    a = analyse("GAZA CITY, 3 May 2026 (Gaza Today) — Talks resume today in Cairo.", ["time"])
    assert [(s.text, s.attrs["value"]) for s in a.spans if s.layer == "time"][-1] == ("today", "2026-05-03")


@pytest.mark.parametrize(
    "text",
    ["Kim's big guns hold Seoul's millions of inhabitants hostage.", "The militia held the town hostage for weeks."],
)
def test_holding_a_city_hostage_is_a_figure(text: str) -> None:  # guard
    assert not [e for e in _events(text) if e["event_type"] == "COERCE"]


def test_holding_hostages_is_a_detention() -> None:
    e = _one(_events("The rebels held the hostages in a school for three days."), "held")
    assert (e["event_type"], e["mode"]) == ("COERCE", "arrest")


# --- E6 (part): a 'no' object of the first verb does not negate a conjunct with its own object ---------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'Transnistrian officials say about 40,000 residents have no heating and accuse Chisinau of an "economic blockade".',
            "accuse",
        ),
        ("The army seized no weapons and arrested two men in Bender.", "arrested"),
    ],
)
def test_no_object_of_first_verb_does_not_negate_the_next(text: str, trigger: str) -> None:
    e = _one(_events(text), trigger)
    assert e["negated"] is False


def test_nobody_subject_still_negates_both() -> None:  # guard
    events = _events("Nobody was beaten or detained.")
    assert [(e["trigger_text"], e["negated"]) for e in events] == [("beaten", True), ("detained", True)]


# --- E8: 'in support of Gaza' is no location -----------------------------------------------------------


def test_in_support_of_a_place_is_no_location() -> None:
    e = _one(_events('The Houthis said they had targeted an "Israeli-linked ship" in support of Gaza.'), "targeted")
    assert e["location"] is None


def test_place_beside_solidarity_phrase_stays() -> None:  # guard
    e = _one(_events("Protesters rallied in Sanaa in solidarity with Gaza."), "rallied")
    assert _text(e["location"]) == "Sanaa"


# --- E10: 'would be met with operations' is no meeting ------------------------------------------------


def test_met_with_operations_is_no_meeting() -> None:
    text = 'Al-Marrani warned that any new aggression would be met "with operations that the enemy does not expect".'
    assert not [e for e in _events(text) if e["event_type"] == "CONSULT"]


def test_met_by_a_minister_is_a_meeting() -> None:  # guard
    e = _one(_events("The envoy was met by the foreign minister in Aden on Tuesday."), "met")
    assert e["event_type"] == "CONSULT"


# --- E6 (part): a speech act after a judgement reported two clauses down is the speaker's -----------


def test_called_on_after_nested_reported_copula_is_the_speakers() -> None:
    text = (
        "The Presidential Leadership Council said in a statement on Tuesday that the attack proved that the militia "
        'was "a tool of the Iranian regime" and called on the international community to designate it as a terrorist '
        "organisation."
    )
    e = _one(_events(text, dt.date(2026, 11, 25)), "called on")
    assert _text(e["actor"]) == "The Presidential Leadership Council"


def test_urged_after_reported_copula_stays_the_speakers() -> None:  # guard
    text = 'Rafiq said the targeting of civilians was "a violation of international law" and urged the UN to investigate.'
    assert _text(_one(_events(text), "urged")["actor"]) == "Rafiq"


# --- E5: a that-clause of a denied report is denied ------------------------------------------------


def test_denied_reports_that_content_is_negated() -> None:
    events = _events("He denied reports that any sailor had been killed or wounded.", dt.date(2026, 11, 25))
    for trigger in ("killed", "wounded"):
        e = _one(events, trigger)
        assert e["negated"] is True
        assert e["modality"] == "denied"


def test_y1_denied_reports(audit16: dict[str, Analysis]) -> None:
    e = _one(audit16["y1_sanaa_resistance_daily"].records["events"], "killed")
    assert (e["negated"], e["modality"]) == (True, "denied")


def test_confirmed_reports_stay_reported() -> None:  # guard: only a verb that denies its content
    e = _one(_events("Police confirmed reports that two men had been killed near Bender."), "killed")
    assert e["negated"] is False
