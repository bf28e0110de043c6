"""Fourteenth session, events and time: the thirteenth audit's open rows (E7, E13, E15/E16;
fixtures in tests/fixtures/audit13) and the fourteenth audit's (tests/fixtures/audit14) on short
fictional sentences beside the fixtures' own. Every case fails on the session start's code
(dcd8b83) unless called a guard.
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


def _event_fields(text: str, trigger: str) -> tuple:
    """(type, mode, actor text, target text) of the one event with this trigger."""
    event = _one(_events(text), trigger)
    return event["event_type"], event["mode"], _text(event["actor"]), _text(event["recipient"])


@pytest.fixture(scope="module")
def dated() -> Pipeline:
    return Pipeline(["time", "event"])


@pytest.fixture(scope="module")
def audit13(dated) -> dict[str, Analysis]:
    return analyse_reports(dated, FIXTURES / "audit13", ("w2_karama_voice", "w3_lodestar_wire", "t3_lodestar_wire"))


@pytest.fixture(scope="module")
def audit14(dated) -> dict[str, Analysis]:
    return analyse_reports(dated, FIXTURES / "audit14", ("m1_national_beacon", "m2_southern_cameroons_voice"))


# --- audit 13, E13: demolitions, uprooting, forced displacement and expulsion ------------------


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "actor", "target"),
    [
        (
            "Soldiers demolished the family home of the attacker in Beit Ummar on Thursday.",
            "demolished",
            "demolition",
            "Soldiers",
            "the family home of the attacker",
        ),
        (
            "The family home of the attacker was demolished by the army on Thursday.",
            "demolished",
            "demolition",
            "the army",
            "The family home of the attacker",
        ),
        ("Israeli forces bulldozed three homes in Masafer Yatta.", "bulldozed", "demolition", "Israeli forces", "three homes"),
        (
            "Settlers uprooted 200 olive trees in Turmus Ayya overnight, the village council said.",
            "uprooted",
            "destroy-property",
            "Settlers",
            "200 olive trees",
        ),
    ],
)
def test_e13_demolition_and_uprooting_are_assaults_on_property(text, trigger, mode, actor, target):
    assert _event_fields(text, trigger) == ("ASSAULT", mode, actor, target)


def test_e13_forcible_displacement_is_an_expulsion():
    event = _one(_events("Thousands of Tigrayans were forcibly displaced from Western Tigray during the war."), "displaced")
    assert (event["event_type"], event["mode"], event["actor"], _text(event["recipient"])) == (
        "COERCE",
        "expel",
        None,
        "Thousands of Tigrayans",
    )


def test_e13_armed_doers_displacing_people_is_an_expulsion():
    event = _one(_events("Amhara forces displaced thousands of Tigrayans from Humera."), "displaced")
    assert (event["event_type"], event["mode"], _text(event["actor"])) == ("COERCE", "expel", "Amhara forces")


def test_e13_a_population_expelled_is_coercion_not_a_sanction(audit13):
    events = [e for e in audit13["t3_lodestar_wire"].records["events"] if e["trigger_text"] == "expelled"]
    assert [(e["event_type"], e["mode"], _text(e["recipient"])) for e in events] == [
        ("COERCE", "expel", "hundreds of thousands of Tigrayans")
    ]


def test_e13_guard_expelled_diplomats_stay_a_sanction():
    event = _one(_events("Russia expelled two Estonian diplomats on Monday."), "expelled")
    assert (event["event_type"], event["mode"]) == ("SANCTION", "expel")


@pytest.mark.parametrize(
    "text",
    [
        "The city council demolished the old stadium last year.",
        "The storm uprooted trees across the city.",
        "The war uprooted millions of families.",
        "The floods displaced 2,000 people in Gambella.",
        "More than a million people from Western Tigray have been displaced since the start of the war.",
        "The new model displaced the older one in the market.",
    ],
)
def test_e13_guard_no_act_of_force_without_armed_doers_or_force(text):
    triggers = {e["trigger_text"] for e in _events(text)}
    assert not triggers & {"demolished", "uprooted", "displaced"}


# --- audit 13, E7: a count of times over a period is repeated happenings -----------------------


def test_e7_repeated_raids_in_the_past_month_are_no_single_incident(audit13):
    (raid,) = [e for e in audit13["w2_karama_voice"].records["events"] if e["trigger_text"] == "raided"]
    assert (raid["modality"], raid["modality_cue"]) == ("habitual", "four times")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Soldiers raided the village three times last month.", "three times"),
        ("Settlers have attacked the village repeatedly since January.", "repeatedly"),
    ],
)
def test_e7_counts_over_a_period(text, cue):
    (event,) = _events(text)
    assert (event["modality"], event["modality_cue"]) == ("habitual", cue)


@pytest.mark.parametrize(
    "text",
    [
        "He was shot three times in the chest.",
        "A missile hit the building twice on Monday.",
        "Medical staff said the facility was struck twice last week.",
    ],
)
def test_e7_guard_a_count_within_one_incident_stays_asserted(text):
    assert [e["modality"] for e in _events(text) if e["event_type"] == "ASSAULT"] == ["asserted"]


# --- audit 13, E15/E16 and audit 14, E2: 'a day after …' dates one act from the other ----------


def test_e15_the_ramming_a_day_before_the_raid_is_dated_so(audit13):
    (ramming,) = [e for e in audit13["w3_lodestar_wire"].records["events"] if e["trigger_text"] == "rammed"]
    assert ramming["date"] == "2026-11-25"
    assert ramming["date_source"].startswith("1 day(s) before 'raid'")


def test_e15_a_clause_after_a_dated_act():
    events = _events("Rebels attacked the base two days after the army shelled Goma on Monday.")
    assert (_one(events, "attacked")["date"], _one(events, "shelled")["date"]) == ("2026-11-25", "2026-11-23")


def test_e15_an_event_noun_names_the_act_told_before():
    events = _events("Soldiers raided the camp on Monday. Two days after the raid, settlers attacked Burin.")
    assert _one(events, "attacked")["date"] == "2026-11-25"


@pytest.mark.parametrize(
    "text",
    [
        "Two days after the ramming, the army raided Balata.",  # the ramming has no day
        # Wednesday + 2 is after the report's Thursday: no past act then
        "A driver rammed his car into a bus stop on Wednesday. Two days after the ramming, the army raided Balata.",
    ],
)
def test_e15_counted_from_an_act_with_no_usable_day_stays_undated(text):
    raid = _one(_events(text), "raided")
    assert raid["date"] is None and raid["date_source"].startswith("none:")


def test_e16_the_amount_is_marked_an_offset_not_a_length():
    a = analyse("The fighting resumed a day after the AU envoy left Mekelle.", ["time"], published=PUB)
    (span,) = [s for s in a.spans if s.layer == "time"]
    assert (span.text, span.label, span.attrs["value"], span.attrs["offset"], span.attrs["signal"]) == (
        "a day",
        "DURATION",
        "P1D",
        "P1D",
        "after",
    )


@pytest.mark.parametrize("text", ["He was held for two days after his arrest.", "The talks lasted two days before collapsing."])
def test_e16_guard_a_length_stays_a_length(text):
    (span,) = [s for s in analyse(text, ["time"], published=PUB).spans if s.layer == "time"]
    assert "signal" not in span.attrs


@pytest.mark.parametrize(
    ("name", "trigger", "date"),
    [("m1_national_beacon", "killed", "2026-11-22"), ("m2_southern_cameroons_voice", "attacked", "2026-11-22")],
)
def test_audit14_e2_the_checkpoint_attack_a_day_before_the_operation(audit14, name, trigger, date):
    found = [e for e in audit14[name].records["events"] if e["trigger_text"] == trigger and "day(s) before" in e["date_source"]]
    assert [e["date"] for e in found] == [date]


# --- audit 14, E1: a time phrase between 'said' and its clause dates the saying ---------------


def test_audit14_e1_said_on_tuesday_does_not_date_the_killing():
    event = _one(
        _events("Cameroon's army said on Tuesday it had killed nine separatist fighters in the North-West region."), "killed"
    )
    assert event["date"] is None


@pytest.mark.parametrize(
    "text",
    ["The army said that on Monday troops had killed nine fighters.", "The army said troops killed nine fighters on Monday."],
)
def test_audit14_e1_guard_the_clause_own_day_still_dates_it(text):
    assert _one(_events(text), "killed")["date"] == "2026-11-23"


# --- audit 14, E2: a time phrase closing two joined acts dates both ---------------------------


def test_audit14_e2_killed_and_burnt_on_monday_morning():
    events = _events(
        "Soldiers of La République du Cameroun killed fourteen unarmed civilians and burnt at least 47 houses in Babessi on Monday morning."
    )
    assert (_one(events, "killed")["date"], _one(events, "burnt")["date"]) == ("2026-11-23TMO", "2026-11-23TMO")


def test_audit14_e2_guard_each_act_keeps_its_own_day():
    events = _events("Troops shelled the town on Sunday and stormed it on Monday.")
    assert (_one(events, "shelled")["date"], _one(events, "stormed")["date"]) == ("2026-11-22", "2026-11-23")


# --- audit 14, E3: scuffles, blows and a bulldozer pushing vehicles ---------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "actor", "target"),
    [
        (
            "Turkish Cypriot police and UN peacekeepers scuffled on Tuesday near Pyla.",
            "scuffled",
            "fighting",
            None,
            None,
        ),
        (
            "Witnesses said men in civilian clothes punched and kicked the soldiers on Tuesday.",
            "punched",
            "beat",
            "men",
            "the soldiers",
        ),
        (
            "Witnesses said men in civilian clothes punched and kicked the soldiers on Tuesday.",
            "kicked",
            "beat",
            "men",
            "the soldiers",
        ),
        ("On Tuesday a bulldozer dragged the UN vehicles off the road.", "dragged", "attack", "a bulldozer", "the UN vehicles"),
        (
            "A group of UN soldiers shoved the workers and the police officers.",
            "shoved",
            "beat",
            "A group of UN soldiers",
            "the workers",
        ),
        ("Footage showed men in civilian clothes scuffling with soldiers in blue berets.", "scuffling", "fighting", None, None),
        ("Witnesses said men in civilian clothes scuffled near the barrels.", "scuffled", "fighting", "men", None),
    ],
)
def test_audit14_e3_physical_force(text, trigger, mode, actor, target):
    assert _event_fields(text, trigger) == ("ASSAULT", mode, actor, target)


def test_audit14_e3_the_denied_blow_is_negated():
    event = _one(
        _events('"The peacekeepers pushed first. Our police did not hit anyone," said Police Director Hasan Özkan.'), "hit"
    )
    assert (event["event_type"], event["negated"], _text(event["actor"])) == ("ASSAULT", True, "Our police")


@pytest.mark.parametrize(
    "text",
    [
        "The talks dragged on for months.",
        "The league kicked off the season.",
        "He kicked the ball.",
        "The minister pushed the bill through parliament.",
        "The minister pushed them to accept the deal.",
        '"They came shooting and pouring petrol on our roofs," she said.',
    ],
)
def test_audit14_e3_guard_no_blow(text):
    assert not [e for e in _events(text) if e["mode"] == "beat" or (e["recipient"] and "petrol" in _text(e["recipient"]))]


def test_audit14_e1_the_killing_in_which_clause_takes_the_attack_day():
    text = (
        "The army operation on Monday in the village of Babessi followed an attack on Sunday evening on a checkpoint "
        "at nearby Bamessing in which one gendarme was killed, according to the defence ministry."
    )
    assert _one(_events(text, dt.date(2026, 11, 25)), "killed")["date"] == "2026-11-22TEV"


def test_audit14_e5_a_bare_year_between_does_not_move_the_clock_to_the_anchor():
    text = "Five officers were injured on Tuesday near Pile, on a road awaited since 1974. The works started at around 9 am, police said."
    a = analyse(text, ["time"], published=dt.date(2026, 11, 25))
    assert {s.text: s.attrs["value"] for s in a.spans if s.layer == "time"}["around 9 am"] == "2026-11-24T09:00"


def test_audit14_e7_occupied_before_a_name_is_no_seizure():
    text = "Turkey has kept some 40,000 troops in the occupied areas, from Kyrenia to the fenced-off town of Varosha in occupied Famagusta."
    assert [e["trigger_text"] for e in _events(text) if e["mode"] == "seize-territory"] == []


def test_audit14_e7_moving_a_guard_post_forward_is_a_mobilization():
    event = _one(_events("Two weeks ago, Turkish occupation troops also moved a guard post forward near Deneia."), "moved")
    assert (event["event_type"], event["mode"], _text(event["actor"])) == ("MOBILIZE", "military", "Turkish occupation troops")


@pytest.mark.parametrize("text", ["The council moved the meeting to Friday.", "They moved house in May."])
def test_audit14_e7_guard_moving_no_troops(text):
    assert _events(text) == []


# --- fourteenth audit, second batch and claims' follow-up ----------------------------------


def test_claims_followup_the_speaker_is_not_a_participle_object():
    text = (
        "Settlers attack Palestinian village\n\nIsraeli settlers attacked the village of Burin on Wednesday, burning cars, "
        'the village council said. The council called them "settler militias".'
    )
    a = analyse(text, ["time", "event"], published=PUB, title="Settlers attack Palestinian village")
    (event,) = [e for e in a.records["events"] if e["trigger_text"] == "attacked"]
    assert _text(event["attributed_to"]) == "the village council"


@pytest.mark.parametrize(
    ("text", "trigger", "etype", "mode", "actor", "target"),
    [
        (
            "Separatist fighters beheaded a gendarme near Bamenda last month, the army said.",
            "beheaded",
            "ASSAULT",
            "kill",
            "Separatist fighters",
            "a gendarme",
        ),
        (
            "Fighters torched a school and executed two teachers in Ekona on Friday.",
            "executed",
            "ASSAULT",
            "kill",
            "Fighters",
            "two teachers",
        ),
        (
            "UN peacekeepers were manhandled by Turkish Cypriot police near Pyla on Tuesday.",
            "manhandled",
            "ASSAULT",
            "beat",
            "Turkish Cypriot police",
            "UN peacekeepers",
        ),
    ],
)
def test_audit14_e9_killings_and_abuse(text, trigger, etype, mode, actor, target):
    event = _one(_events(text, dt.date(2026, 11, 24)), trigger)
    assert (event["event_type"], event["mode"], _text(event["actor"]), _text(event["recipient"])) == (etype, mode, actor, target)


def test_audit14_e9_torched_and_executed_on_friday_both_dated():
    events = _events("Fighters torched a school and executed two teachers in Ekona on Friday.", dt.date(2026, 11, 24))
    assert (_one(events, "torched")["date"], _one(events, "executed")["date"]) == ("2026-11-20", "2026-11-20")


def test_audit14_e10_an_invasion():
    a = analyse(
        "Turkey invaded Cyprus in 1974 after a coup backed by the Greek junta.", ["place", "time", "event"], published=PUB
    )
    event = _one(a.records["events"], "invaded")
    assert (event["event_type"], event["mode"], _text(event["actor"]), _text(event["recipient"]), event["date"]) == (
        "ASSAULT",
        "invasion",
        "Turkey",
        "Cyprus",
        "1974",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The company executed the plan.",
        "The court executed the warrant.",
        "Tourists invaded the beaches.",
        "The media invaded her privacy.",
        "Sanctions should not create burdens so heavy that they are pushed to work around our dominance.",
        "A false flag could be used to drag us into it.",
        "They went to jail for doing what ranchers do, setting fires to protect property and livestock.",
        "In 1960, 56 persons were executed.",
    ],
)
def test_audit14_e9_e10_guard_no_violence(text):
    assert [e for e in _events(text) if e["event_type"] == "ASSAULT"] == []


def test_audit14_e8_a_service_planned_for_sunday_is_the_coming_one():
    text = "Families could not bury their dead on Tuesday. A memorial service is planned for Sunday in the diaspora."
    a = analyse(text, ["time"], published=dt.date(2026, 11, 24))
    assert {s.text: s.attrs["value"] for s in a.spans if s.layer == "time"}["Sunday"] == "2026-11-29"


def test_audit14_e8_guard_a_past_plan_stays_past():
    a = analyse("The attack was planned for Sunday, police said.", ["time"], published=dt.date(2026, 11, 24))
    assert {s.text: s.attrs["value"] for s in a.spans if s.layer == "time"}["Sunday"] == "2026-11-22"


def test_audit14_e4_leaving_peacekeepers_injured():
    text = (
        "UN peacekeepers and Turkish Cypriot police scuffled on Tuesday over road works inside the buffer zone, "
        "leaving at least three peacekeepers and several police officers injured, officials on both sides said."
    )
    event = _one(_events(text, dt.date(2026, 11, 25)), "injured")
    assert (event["actor"], _text(event["recipient"]), event["date"]) == (None, "at least three peacekeepers", "2026-11-24")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("About 400 Greek Cypriots protested in Pyla on Wednesday evening.", "protested", "About 400 Greek Cypriots", None),
        ("Catholic bishops in Bamenda called on Tuesday for an independent investigation.", "called", "Catholic bishops", None),
        (
            "The crisis began in late 2016, when lawyers and teachers protested against marginalisation.",
            "protested",
            "lawyers",
            None,
        ),
    ],
)
def test_audit14_e4_roles(text, trigger, actor, target):
    event = _one(_events(text, dt.date(2026, 11, 25)), trigger)
    assert (_text(event["actor"]), _text(event["recipient"])) == (actor, target)


# --- audit 13 leftovers in the wire report, audit 12 E9/E18 and the review's 'in January' -----


def test_e2_w3_settlers_set_fire_to_olive_trees(audit13):
    (arson,) = [e for e in audit13["w3_lodestar_wire"].records["events"] if e["mode"] == "arson"]
    assert (_text(arson["actor"]), arson["date"]) == ("Israeli settlers", "2026-11-25TEV")


def test_e6_w3_regarded_as_occupied_territory_is_no_seizure(audit13):
    assert [e["trigger_text"] for e in audit13["w3_lodestar_wire"].records["events"] if e["trigger_text"] == "occupied"] == []


def _values(text: str, published: dt.date) -> dict[str, str]:
    return {s.text: s.attrs["value"] for s in analyse(text, ["time"], published=published).spans if s.layer == "time"}


def test_audit12_e9_next_thursday_said_on_a_wednesday_is_next_week():
    values = _values("The next meeting is scheduled for next Thursday in Ergneti.", dt.date(2026, 11, 25))
    assert values["next Thursday"] == "2026-12-03"


def test_audit12_e9_guard_this_coming_thursday_is_tomorrow():
    assert _values("They will meet this coming Thursday.", dt.date(2026, 11, 25))["this coming Thursday"] == "2026-11-26"


def test_audit12_e18_a_week_ago_is_a_day():
    values = _values("A week ago a shepherd was detained near Odzisi. Two weeks ago they met.", dt.date(2026, 11, 25))
    assert (values["A week ago"], values["Two weeks ago"]) == ("2026-11-18", "2026-W46")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Republicans took control of the Senate in January.", "2026-01"),
        ("The army said it had withdrawn in January.", "2026-01"),
        ("The talks were postponed to January.", "2027-01"),  # guard: a month a past verb aims at
    ],
)
def test_review13_a_past_event_in_january_said_in_november(text, value):
    assert _values(text, PUB)["January"] == value


def test_audit14_e4_leaving_injured_hung_on_a_relative_clause_takes_the_scuffle_day():
    text = (
        "UN peacekeepers and Turkish Cypriot police scuffled on Tuesday over road works inside the buffer zone that divides "
        "Cyprus, leaving at least three peacekeepers and several police officers injured, officials on both sides said."
    )
    event = _one(_events(text, dt.date(2026, 11, 25)), "injured")
    assert (event["actor"], _text(event["recipient"]), event["date"]) == (None, "at least three peacekeepers", "2026-11-24")
