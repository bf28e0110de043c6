"""Eighteenth session, events + time: the seventeenth audit's open rows (tests/fixtures/audit17 and
one-sentence probes). The first test of each pair fails on the session start 6f686df; the
'stays'/'none' cases are guards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.pipeline import Pipeline

from conftest import analyse, analyse_reports

THU = dt.date(2026, 11, 26)
FRI = dt.date(2026, 11, 27)
FIX = Path(__file__).parent / "fixtures" / "audit17"


def _events(text: str, published: dt.date = THU) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


def _one(events: list[dict], trigger: str, nth: int = 0) -> dict:
    return [e for e in events if e["trigger_text"] == trigger][nth]


def _text(arg: dict | None) -> str | None:
    return arg["text"] if arg else None


@pytest.fixture(scope="module")
def reports() -> dict:
    names = ("a1_nile_dawn_herald", "a2_red_sea_chronicle", "b2_balochistan_voice")
    return {k: v.records["events"] for k, v in analyse_reports(Pipeline(), FIX, names).items()}


def test_a_dateline_town_is_never_the_target(reports) -> None:  # E4
    killed = _one(reports["a2_red_sea_chronicle"], "killed")
    assert _text(killed["recipient"]) == "Four Misseriya pastoralists"
    assert killed["date"] == "2026-11-25TMO"


def test_a_common_noun_place_sets_no_act_apart_from_the_lead(reports) -> None:  # E14, E9
    b2 = reports["b2_balochistan_voice"]
    assert _one(b2, "stopped")["date"] == "2026-11-24TNI"  # 'on the Turbat–Hoshab road' after 'captured a … camp'
    assert _one(b2, "detained")["date"] == "2026-11-24TNI"
    a1 = reports["a1_nile_dawn_herald"]
    assert _one(a1, "burned")["date"] == "2026-11-25TMO"  # 'in Marial Achak' after 'attacked three … villages'
    assert _one(a1, "looted")["date"] == "2026-11-25TMO"


def test_a_named_place_still_sets_an_act_apart() -> None:  # guard (review 13's Rawalakot)
    text = (
        "Indian troops shelled villages near Kotli late on Tuesday, officials said.\n\n"
        "A shepherd was shot dead near Rawalakot, police said."
    )
    assert _one(_events(text), "shot")["date"] is None


def test_force_on_the_protesters_takes_the_protest_day(reports) -> None:  # E9
    arrested = _one(reports["b2_balochistan_voice"], "arrested")
    assert arrested["date"] == "2026-11-26"
    assert "protest it answers" in arrested["date_source"]


def test_no_protest_day_after_another_dated_act() -> None:  # guard
    text = "Students rallied in Tbilisi on Monday. On Wednesday, police arrested 12 protesters."
    assert _one(_events(text), "arrested")["date"] == "2026-11-25"
    text = "Students rallied in Tbilisi on Monday. Police arrested two journalists."
    assert _one(_events(text), "arrested")["date"] is None


def test_it_inside_an_opening_quote_is_not_the_speaker(reports) -> None:  # E7
    (killed,) = [e for e in reports["b2_balochistan_voice"] if _text(e["recipient"]) == "missing persons"]
    assert _text(killed["actor"]) == "it"  # '"… missing persons it has already killed in custody," the statement said'
    event = _one(_events('"The army is counting the bodies of missing persons it has killed," the statement said.'), "killed")
    assert _text(event["actor"]) == "it"


def test_it_in_reported_speech_stays_the_speaker() -> None:  # guards
    assert _text(_one(_events("The BLA said it had killed 23 soldiers."), "killed")["actor"]) == "The BLA"
    assert _text(_one(_events('The army said "it has killed 18 terrorists" in the operation.'), "killed")["actor"]) == "The army"


def test_a_denial_with_its_own_that_clause_is_the_speakers() -> None:  # E7 (a3)
    text = (
        "Sudan's foreign ministry said Dinka Ngok gunmen and South Sudanese soldiers attacked herders near Amiet, "
        "killing four Misseriya and stealing 600 cattle, and denied that any village had been burned."
    )
    assert _text(_one(_events(text), "denied")["actor"]) == "Sudan's foreign ministry"
    guard = "Police said the men attacked the officers and denied the charges."
    assert _text(_one(_events(guard), "denied")["actor"]) == "the men"


def test_a_past_stop_until_a_weekday_is_the_weekday_before() -> None:  # E6
    text = "Mobile internet was suspended in Kech, and traffic on the M-8 was halted until Thursday morning."
    values = {s.text: s.attrs["value"] for s in analyse(text, ["time"], published=FRI).spans if s.layer == "time"}
    assert values["Thursday morning"] == "2026-11-26TMO"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said classes were suspended until Monday.", "2026-11-30"),
        ("The road will be closed until Monday.", "2026-11-30"),
        ("The crossing has been closed until Monday.", "2026-11-30"),
    ],
)
def test_an_until_ahead_stays_ahead(text: str, value: str) -> None:  # guards
    values = [s.attrs["value"] for s in analyse(text, ["time"], published=FRI).spans if s.layer == "time"]
    assert values == [value]


def test_a_staged_sit_in_is_a_protest() -> None:  # E12
    text = "The families of 14 missing persons staged a sit-in outside the press club in Quetta."
    event = _one(_events(text), "staged")
    assert (event["event_type"], event["mode"]) == ("PROTEST", "demonstrate")


@pytest.mark.parametrize("text", ["The team staged a comeback in the second half.", "The theatre staged a play about the war."])
def test_other_stagings_are_no_protest(text: str) -> None:  # guards
    assert [e for e in _events(text) if e["trigger_text"] == "staged"] == []


def test_an_ended_killing_in_a_time_clause_is_no_second_killing() -> None:  # E10
    text = 'A patrol from the UNISFA base at Rumamer arrived "hours after the killing had stopped", said a trader.'
    assert [e for e in _events(text) if e["event_type"] == "ASSAULT"] == []
    dated = _one(_events("Aid arrived after the fighting ended on Tuesday."), "fighting")  # guard: it dates the fighting
    assert dated["date"] == "2026-11-24"


def test_tear_gas_fired_is_crowd_control() -> None:  # E10
    event = _one(_events("Troops fired tear gas canisters at the protesters.", FRI), "fired")
    assert (event["event_type"], event["mode"], _text(event["recipient"])) == ("COERCE", "disperse", "the protesters")


def test_armed_men_holding_passengers_is_a_detention() -> None:  # E13
    event = _one(_events("The militants held the passengers for more than a day before the army freed them.", FRI), "held")
    assert (event["event_type"], event["mode"], _text(event["actor"])) == ("COERCE", "arrest", "The militants")
    assert [e for e in _events("The ferry can hold 300 passengers.") if e["trigger_text"] == "hold"] == []


def test_troops_crossing_into_an_area_is_a_movement() -> None:  # E13
    event = _one(_events("An army source said SSPDF units had crossed into the area."), "crossed into")
    assert (event["event_type"], _text(event["actor"]), _text(event["location"]), event["recipient"]) == (
        "MOBILIZE",
        "SSPDF units",
        "the area",
        None,
    )
    denied = _one(_events("The SSPDF said its troops had not crossed into Abyei."), "crossed into")
    assert denied["negated"] is True
    assert [e for e in _events("Refugees crossed into Chad on Monday.")] == []


def test_an_accusation_after_a_reported_state_is_the_speakers() -> None:  # audit 16 E6 (x3)
    text = (
        "Transnistrian officials say about 40,000 residents have no heating and accuse Chisinau of an "
        '"economic blockade", which they have called a "genocide".'
    )
    assert _text(_one(_events(text), "accuse")["actor"]) == "Transnistrian officials"
    guard = "Police said the suspects have weapons and threatened the officers."  # another tense: theirs
    assert _text(_one(_events(guard), "threatened")["actor"]) == "the suspects"


# audit 18 (tests/fixtures/audit18: Cabo Delgado, Quneitra), one-sentence probes


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("The governor denied reports circulating on social networks that the attackers had beheaded villagers.", ["beheaded"]),
        (
            "He denied reports in Syrian media that soldiers had fired at the protesters and wounded three of them.",
            ["fired at", "wounded"],
        ),
    ],
)
def test_a_denied_report_with_a_phrase_before_its_that_clause(text: str, triggers: list[str]) -> None:  # E1
    for trigger in triggers:
        event = _one(_events(text, FRI), trigger)
        assert (event["negated"], event["modality"]) == (True, "denied")


def test_a_confirmed_report_with_a_phrase_stays_asserted() -> None:  # guard
    event = _one(_events("Police confirmed reports in local media that two men had been killed.", FRI), "killed")
    assert (event["negated"], event["modality"]) == (False, "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Israeli troops apprehended seven suspects in Jubata al-Khashab on Thursday.", "apprehended", "seven suspects"),
        ("The IDF rounded up 15 men in the village square and interrogated them for hours.", "rounded up", "15 men"),
        ("Israeli forces took five young men into custody in al-Rafid.", "took", "five young men"),
    ],
)
def test_detention_verbs(text: str, trigger: str, target: str) -> None:  # E2, E11
    event = _one(_events(text, FRI), trigger)
    assert (event["event_type"], event["mode"], _text(event["recipient"])) == ("COERCE", "arrest", target)


@pytest.mark.parametrize("text", ["The analyst rounded up the figures for the report.", "The bus took the children into town."])
def test_no_detention_without_people_or_custody(text: str) -> None:  # guards
    assert [e for e in _events(text, FRI) if e["event_type"] == "COERCE"] == []


def _times(text: str, published: dt.date) -> dict[str, str]:
    return {s.text: s.attrs["value"] for s in analyse(text, ["time"], published=published).spans if s.layer == "time"}


def test_the_fall_of_a_ruler_is_no_season() -> None:  # E3
    assert _times("The IDF has operated in Syria since the fall of the Assad regime in December 2024.", FRI) == {
        "December 2024": "2024-12"
    }
    assert _times("The talks stalled in the fall of 2024.", FRI) == {"fall of 2024": "2024-FA"}  # guard


def test_dawn_after_an_evening_clock_time_is_the_next_morning() -> None:  # E4
    values = _times("The attack began at around 21:00 on Tuesday and lasted until dawn.", THU)
    assert values["dawn"] == "2026-11-25TMO"
    assert _times("The attack began at 10:00 on Tuesday and lasted until dusk.", THU)["dusk"] == "2026-11-24TEV"  # guard


def test_after_midnight_on_a_weekday_is_its_first_hours() -> None:  # E5
    assert _times("Shortly after midnight on Thursday, troops entered the village.", FRI)["midnight on Thursday"] == (
        "2026-11-26T00:00"
    )
    assert _times("The curfew began at midnight on Thursday.", FRI)["midnight on Thursday"] == "2026-11-26T24:00"  # guard


def test_overnight_a_weekday_is_that_night() -> None:  # E12
    text = "Fighting broke out overnight Tuesday near the Afungi peninsula, where TotalEnergies is building a gas plant."
    assert _times(text, THU) == {"overnight Tuesday": "2026-11-24TNI"}
    assert _one(_events(text), "Fighting")["date"] == "2026-11-24TNI"
    assert _times("Drones attacked Odesa overnight into Tuesday.", THU)["overnight"] == "2026-11-23TNI"  # guard


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "But the monitor counted at least eleven dead: eight men beheaded, two women shot and a child who died.",
            "beheaded",
            "eight men",
        ),
        (
            "But the monitor counted at least eleven dead: eight men beheaded, two women shot and a child who died.",
            "shot",
            "two women",
        ),
        ("Syrian officials said four men detained then were released two days later.", "detained", "four men"),
    ],
)
def test_counted_victims_of_a_participle_are_no_doers(text: str, trigger: str, target: str) -> None:  # E6
    event = _one(_events(text, FRI), trigger)
    assert (event["actor"], _text(event["recipient"])) == (None, target)


def test_counted_armed_doers_stay_doers() -> None:  # guard
    assert _text(_one(_events("Four gunmen shot at the convoy near Palma.", FRI), "shot")["actor"]) == "Four gunmen"


def test_a_protest_met_with_gunfire_is_no_meeting() -> None:  # E6
    text = "Israeli troops detain villagers in Syria's Quneitra; protest met with gunfire"
    assert [e for e in _events(text, FRI) if e["event_type"] == "CONSULT"] == []
    met = _one(_events("The envoy met with the foreign minister on Thursday.", FRI), "met")  # guard
    assert met["event_type"] == "CONSULT"


def test_a_tally_to_now_takes_no_day_from_a_coordinated_start() -> None:  # E7
    text = (
        "The insurgency began in 2017 in the coastal districts of Cabo Delgado, a province with large gas reserves, "
        "and has killed thousands of people and displaced hundreds of thousands."
    )
    assert _one(_events(text), "killed")["date"] is None
    text = "An attack on the town of Palma in 2021 led TotalEnergies to halt its gas project on the Afungi peninsula."
    assert _one(_events(text), "attack")["date"] == "2021"


def test_armed_doers_strike_without_an_object() -> None:  # E13
    event = _one(_events('The rebels, whom the government calls "terrorists", struck at dawn on Wednesday.'), "struck")
    assert (event["event_type"], _text(event["actor"]), event["date"]) == ("ASSAULT", "The rebels", "2026-11-25TMO")
    assert _events("Tragedy struck on Wednesday.") == []  # guards
    assert _events("The workers struck on Monday for higher pay.") == []


def test_gathering_to_protest_is_a_protest_held() -> None:  # E9
    text = "When residents gathered in the village square to protest, the occupation forces opened live fire."
    event = _one(_events(text, FRI), "protest")
    assert (event["event_type"], event["modality"]) == ("PROTEST", "asserted")
    guard = _one(_events("The fighters gathered in the forest to attack the camp.", FRI), "attack")  # only a protest
    assert guard["modality"] == "intended"


def test_stones_thrown_at_troops_are_a_riot() -> None:  # E9
    text = "Several dozen residents later gathered at the entrance to the village and threw stones at the troops."
    event = _one(_events(text, FRI), "threw")
    assert (event["event_type"], event["mode"], _text(event["recipient"])) == ("PROTEST", "riot", "the troops")
    assert _events("The farmers threw the rotten tomatoes away.", FRI) == []  # guard


@pytest.mark.parametrize("text", ["He said most would return in the coming days.", "Residents returned to Chai on Wednesday."])
def test_displaced_people_going_home_is_no_retreat(text: str) -> None:  # E15
    assert [e for e in _events(text) if e["event_type"] == "RETREAT"] == []


def test_troops_returning_stay_a_retreat() -> None:  # guard
    assert _one(_events("The troops returned to their base on Wednesday."), "returned")["event_type"] == "RETREAT"
