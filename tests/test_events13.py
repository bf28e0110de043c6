"""Thirteenth session, events and time: the twelfth audit's open event rows (E7, E8, E14, E15 …;
fixtures in tests/fixtures/audit12) on short fictional sentences beside the fixtures' own. Every
case fails on the session start's code (a9d0bf7) unless called a guard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism import ingest
from newsprism.model import Analysis

from conftest import analyse, analyse_reports
from conftest import arg_text as _text
from conftest import one_event as _one

FIX = Path(__file__).parent / "fixtures" / "audit12"
PUB = dt.date(2026, 11, 23)  # a Monday


def _events(text: str, published: dt.date | None = PUB, claims: bool = False) -> list[dict]:
    layers = ["actor", "claim", "time", "event"] if claims else ["time", "event"]
    return analyse(text, layers, published=published).records.get("events", [])


@pytest.fixture(scope="module")
def fixtures(pipeline) -> dict[str, Analysis]:
    return analyse_reports(pipeline, FIX, tuple(p.stem for p in sorted(FIX.glob("*.txt"))))


# --- E7: who heard an act did not do it; a thing used for an act is not its doer -------------------


@pytest.mark.parametrize(
    "text",
    ['"We heard shooting for hours," said a shopkeeper in Mitrovica.', "Villagers in Ditsi heard shooting near the line."],
)
def test_e7_the_hearer_of_shooting_is_no_doer(text):
    event = _one(_events(text), "shooting")
    assert (event["event_type"], event["actor"]) == ("ASSAULT", None)


def test_e7_guard_a_perceived_doer_named_as_object_is_the_doer():
    event = _one(_events("Residents heard soldiers shooting near the Ibar bridge."), "shooting")
    assert _text(event["actor"]) == "soldiers"


def test_e7_guard_a_passive_perception_keeps_its_subject():
    assert _text(_one(_events("Troops were seen to fire at the crowd in Zvecan."), "fire at")["actor"]) == "Troops"


def test_e7_trucks_used_to_block_the_road_are_no_blockaders():
    text = "The attackers opened fire from behind two trucks that had been used to block the road at about 2.40 am."
    block = _one(_events(text), "block")
    assert (block["event_type"], block["actor"], _text(block["recipient"])) == ("COERCE", None, "the road")
    by = _one(_events("Two trucks were used by the gunmen to block the road near Zvecan."), "block")
    assert _text(by["actor"]) == "the gunmen"


def test_e7_fixture_k1(fixtures):
    events = fixtures["k1_dardania_observer"].records["events"]
    assert _one(events, "shooting")["actor"] is None
    assert _one(events, "block")["actor"] is None


# --- E8: a pronoun doer the claim layer resolved; a verb that agrees with the speaker, not the clause


def test_e8_it_accused_takes_the_resolved_speaker():
    text = (
        "Serbia's Office for Kosovo and Metohija said two local Serbs were killed. It accused Kosovo Prime Minister "
        'Albin Kurti\'s government of "ethnic cleansing" and said no Serb had fired a shot.'
    )
    actor = _one(_events(text, claims=True), "accused")["actor"]
    assert (actor["text"], actor["name"]) == ("It", "Serbia's Office for Kosovo and Metohija")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "South Ossetia and Moscow say the line follows the Soviet-era administrative border and reject the accusation.",
            "reject",
            "South Ossetia",
        ),
        ("Officials say the army controls the town and deny any attack.", "deny", "Officials"),
        ("The ministry says the rebels shell the town and warns of more attacks.", "warns", "The ministry"),
    ],
)
def test_e8_a_verb_agreeing_with_the_speaker_is_the_speakers(text, trigger, doer):
    assert _text(_one(_events(text), trigger)["actor"]) == doer


def test_e8_guard_a_verb_agreeing_with_the_reported_clause_stays_its():
    events = _events("Officials say the rebels shell the town and attack the market.")
    assert _text(_one(events, "attack")["actor"]) == "the rebels"


def test_e8_fixtures_k3_and_g3(fixtures):
    accused = _one(fixtures["k3_meridian_wire"].records["events"], "accused")["actor"]
    assert accused["name"] == "Serbia's Office for Kosovo and Metohija" and accused["side"] == "serbian"
    reject = _one(fixtures["g3_meridian_wire"].records["events"], "reject")
    assert _text(reject["actor"]) == "South Ossetia"


# --- E14: an act told inside a direct quotation is the quoted speaker's ------------------------------


def test_e14_acts_in_a_direct_quote_are_attributed_to_its_speaker():
    text = (
        '"The border violators were detained without the use of any force. Nobody was beaten, nobody was injured," '
        "said Alan Kochiev, the head of the press service."
    )
    events = _events(text, claims=True)
    for trigger in ("detained", "beaten", "injured"):
        said = _one(events, trigger)["attributed_to"]
        assert said["text"].startswith("Alan Kochiev") and said["cue"] == "said"
    assert _one(events, "detained")["attributed_to"]["claim"].startswith("claim-")


def test_e14_guard_an_act_outside_quotes_stays_unattributed():
    text = 'Police detained two men in Zvecan. "We heard shooting," said a shopkeeper.'
    events = _events(text, claims=True)
    assert _one(events, "detained")["attributed_to"] is None
    assert _one(events, "shooting")["attributed_to"]["text"] == "a shopkeeper"


def test_e14_fixtures_g2_and_k1(fixtures):
    g2 = fixtures["g2_iryston_courier"].records["events"]
    beaten = _one(g2, "beaten")
    assert beaten["negated"] is True and beaten["attributed_to"]["text"].startswith("Alan Kochiev")
    k1 = fixtures["k1_dardania_observer"].records["events"]
    assert _one(k1, "shooting")["attributed_to"]["text"] == "a shopkeeper in the southern part of Mitrovica"


# --- E15: 'has no right to deploy' is a right denied, not a deployment by 'no right' ----------------


def test_e15_no_right_to_deploy():
    event = _one(_events("The self-proclaimed Kosovo has no right to deploy police in Serb areas."), "deploy")
    assert (event["event_type"], event["modality"], event["negated"]) == ("MOBILIZE", "possible", True)
    assert _text(event["actor"]) == "The self-proclaimed Kosovo"


def test_e15_a_right_to_act_tells_no_act():
    event = _one(_events("Residents of Zvecan have the right to protest."), "protest")
    assert (event["modality"], event["negated"], _text(event["actor"])) == ("possible", False, "Residents of Zvecan")


# --- audit 13 (West Bank, Western Tigray; tests/fixtures/audit13) ---------------------------------

FIX13 = Path(__file__).parent / "fixtures" / "audit13"
THU = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def fixtures13(pipeline) -> dict[str, Analysis]:
    out = {}
    for path in sorted(FIX13.glob("*.txt")):
        (article,) = list(ingest.read(str(path)))
        out[path.stem] = pipeline(article)
    return out


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "target"),
    [
        (
            "A Palestinian terrorist rammed his car into a group of soldiers at the Gush Etzion junction on Wednesday.",
            "rammed",
            "A Palestinian terrorist",
            "a group of soldiers",
        ),
        ("A Palestinian driver rammed his car into a bus stop.", "rammed", "A Palestinian driver", "a bus stop"),
        (
            "A Palestinian driver drove his car into a group of people at the Gush Etzion junction.",
            "drove",
            "A Palestinian driver",
            "a group of people",
        ),
    ],
)
def test_a13_e1_a_vehicle_attack_is_an_assault(text, trigger, doer, target):
    event = _one(_events(text, THU), trigger)
    assert (event["event_type"], event["mode"], _text(event["actor"]), _text(event["recipient"])) == (
        "ASSAULT",
        "attack",
        doer,
        target,
    )


def test_a13_e1_trying_to_run_over_soldiers_is_an_attempt():
    event = _one(_events("The army said he had tried to run over soldiers.", THU), "run over")
    assert (event["event_type"], event["modality"], _text(event["recipient"])) == ("ASSAULT", "attempted", "soldiers")


@pytest.mark.parametrize(
    "text",
    [
        "He drove his car into the city on Wednesday.",
        "The truck ran over a landmine near Jenin.",
        "The project ran over budget.",
        "The government rammed the bill through parliament.",
    ],
)
def test_a13_e1_guard_driving_and_running_over_things_is_no_attack(text):
    assert [e for e in _events(text, THU) if e["event_type"] == "ASSAULT"] == []


def test_a13_e2_setting_fire_to_olive_trees_is_arson():
    event = _one(
        _events("Settlers set fire to dozens of olive trees in the village of Burin on Wednesday evening.", THU), "set fire"
    )
    assert (event["event_type"], event["mode"], _text(event["actor"])) == ("ASSAULT", "arson", "Settlers")
    assert (_text(event["recipient"]), event["date"]) == ("dozens of olive trees", "2026-11-25TEV")


@pytest.mark.parametrize("text", ["Protesters set fire to tyres in Nablus.", "Soldiers set up a checkpoint near Huwara."])
def test_a13_e2_guard_burning_tyres_and_setting_up_checkpoints(text):
    assert [e for e in _events(text, THU) if e["mode"] == "arson"] == []


def test_a13_e4_shot_dead_is_a_killing_at_the_junction_not_his_home_village():
    text = "Occupation soldiers shot dead a young man from Beit Ummar at the Gush Etzion junction."
    event = _one(_events(text, THU), "shot")
    assert (event["mode"], _text(event["recipient"]), _text(event["location"])) == (
        "kill",
        "a young man",
        "the Gush Etzion junction",
    )


def test_a13_e4_guard_a_place_of_a_verb_from_stays():
    event = _one(_events("Rockets were fired from Gaza at Sderot.", THU), "fired")
    assert _text(event["location"]) == "Gaza"


def test_a13_e5_years_later_never_after_the_report_in_a_present_clause():
    text = 'The attack began on Monday night. "Two years later, our people are being killed when they go home," Gebremedhin said.'
    a = analyse(text, ["time", "event"], published=dt.date(2026, 11, 24))
    (later,) = [s for s in a.spans if s.layer == "time" and s.text == "Two years later"]
    assert later.attrs["value"] == "XXXX"
    assert _one(a.records["events"], "killed")["date"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The war began in 2020. Two years later, a truce was signed.", "2022"),
        ("The plan was agreed on Monday. Two years later, the troops will leave.", "2028-11-23"),
    ],
)
def test_a13_e5_guard_later_from_a_past_year_or_in_a_future_clause(text, value):
    a = analyse(text, ["time"], published=dt.date(2026, 11, 24))
    (later,) = [s for s in a.spans if s.layer == "time" and s.text == "Two years later"]
    assert later.attrs["value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Palestinians and most of the world regard the West Bank as occupied territory.",
        "Tigrayan leaders say it is occupied.",
        "The agreement said the occupying forces would leave Western Tigray.",
        "The town is occupied by Amhara forces, residents said.",
    ],
)
def test_a13_e6_an_occupation_described_is_no_seizure(text):
    assert [e for e in _events(text, THU) if e["mode"] == "seize-territory"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops occupied the village on Monday.",
        "The village is being occupied by Amhara forces, residents said.",
        "Russian troops have occupied the village.",
    ],
)
def test_a13_e6_guard_an_occupation_told_as_an_act_stays(text):
    assert [e["mode"] for e in _events(text, THU)] == ["seize-territory"]


# --- E3 (audit 13): the day the lead or a fronted time phrase set, for the incident's undated acts ---


def test_a13_e3_a_fronted_time_frames_its_paragraph():
    text = (
        "Overnight, troops launched an operation in Balata, where a cell had been hiding. Five gunmen were killed "
        "in an exchange of fire and eight suspects were arrested, the army said on Thursday.\n\n"
        "Schools in Nablus were closed."
    )
    events = _events(text, THU)
    for trigger in ("killed", "arrested"):
        event = _one(events, trigger)
        assert (event["date"], event["time_text"]) == ("2026-11-25TNI", "Overnight")
        assert "the time that frames its paragraph" in event["date_source"]


def test_a13_e3_the_leads_day_dates_the_next_paragraphs_acts_of_force():
    text = (
        "Fighters crossed the Tekeze river on Monday night and attacked the village of Adi Goshu, officials said.\n\n"
        "Fourteen infiltrators were killed and six were captured alive, a colonel said in Humera on Tuesday."
    )
    events = _events(text, dt.date(2026, 11, 25))
    for trigger in ("killed", "captured"):
        event = _one(events, trigger)
        assert event["date"] == "2026-11-23TNI"
        assert "the day of the lead's act ('Monday night', time-span)" in event["date_source"]


def test_a13_e3_guard_another_day_or_a_tally_stops_the_carrying():
    text = (
        "Fighters attacked the village of Adi Goshu on Monday night, officials said.\n\n"
        "Troops have detained 40 people in the zone. A second clash was reported on Tuesday. Three fighters were "
        "killed, the militia said."
    )
    events = _events(text, dt.date(2026, 11, 25))
    assert _one(events, "detained")["date"] is None
    assert _one(events, "killed")["date"] is None


def test_a13_e3_fixtures(fixtures13):
    w1 = fixtures13["w1_zion_gazette"].records["events"]
    assert {e["date"] for e in w1 if e["trigger_text"] in ("neutralized", "arrested") and e["recipient"]} >= {"2026-11-25TNI"}
    t1 = fixtures13["t1_tana_herald"].records["events"]
    assert _one(t1, "captured")["date"] == "2026-11-23TNI"
    t3 = fixtures13["t3_lodestar_wire"].records["events"]
    attacked = _one(t3, "attacked")
    assert _text(attacked["actor"]) == "fighters" and _text(attacked["recipient"]) == "the village of Adi Goshu"


def test_a13_e3_a_subject_split_from_its_verb_by_the_parser():
    text = (
        "Officials said fighters loyal to the Tigray People's Liberation Front (TPLF) crossed the Tekeze river "
        "and attacked the village of Adi Goshu."
    )
    assert _text(_one(_events(text, THU), "attacked")["actor"]) == "fighters"


# --- E8, E9 (audit 13): deaths and injuries told without a doer; the war is no doer ------------------


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "target", "negated"),
    [
        (
            "Gunmen attacked the village. Three members of the militia lost their lives defending the people.",
            "lost",
            "kill",
            "Three members of the militia",
            False,
        ),
        (
            "The attacker was shot. Two residents of Alon Shvut were lightly hurt.",
            "hurt",
            "wound",
            "Two residents of Alon Shvut",
            False,
        ),
        ("No soldiers were hurt in the raid.", "hurt", "wound", "No soldiers", True),
    ],
)
def test_a13_e8_deaths_and_injuries_without_a_doer(text, trigger, mode, target, negated):
    event = _one(_events(text, THU), trigger)
    assert (event["mode"], event["actor"], _text(event["recipient"]), event["negated"]) == (mode, None, target, negated)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions hurt the economy.",
        "The company lost its licence.",
        "Officials said 165 people have now lost their lives in the outbreak.",
        "I am tired of people being hurt, gravely hurt!",
    ],
)
def test_a13_e8_guard_no_harm_to_people(text):
    assert _events(text, THU) == []


def test_a13_e9_the_war_is_no_doer():
    event = _one(_events("Ethiopia's 2020-2022 war in Tigray killed hundreds of thousands of people.", THU), "killed")
    assert (event["actor"], _text(event["recipient"])) == (None, "hundreds of thousands of people")


def test_a13_e3_the_samples_lead_dates_the_detention_and_beating(sample_analyses):
    events = sample_analyses["meridian_wire"].records["events"]
    for trigger in ("detained", "beaten"):
        event = next(e for e in events if e["trigger_text"] == trigger)
        assert (event["date"], event["date_source"]) == ("2023-04-25", "the day of the lead's act ('Tuesday', time-span)")


def test_a13_e4_a_headline_killed_folds_into_the_bodys_shot_dead():
    text = (
        "Indian troops shell Kotli villages; shepherd killed near Rawalakot\n\n"
        "Muzaffarabad, 9 May (Jhelum Evening Star) — Indian troops shelled villages near Kotli late on Tuesday, "
        "wounding four civilians, the ISMD said. A shepherd was shot dead near Rawalakot, police said."
    )
    from newsprism.ingest.plaintext import from_text
    from newsprism.pipeline import Pipeline

    events = Pipeline(["time", "event"])(from_text(text, published=dt.date(2024, 5, 9))).records["events"]
    shot = _one(events, "shot")
    assert shot["mode"] == "kill" and [m["trigger_text"] for m in shot["merged"]] == ["killed"]


def test_a13_e11_shot_dead_before_the_object_is_a_killing_of_the_object():
    event = _one(_events("Israeli troops shot dead two Palestinians in Jenin on Thursday.", THU), "shot")
    assert (event["mode"], _text(event["recipient"]), event["date"]) == ("kill", "two Palestinians", "2026-11-26")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fighting broke out on 23/11/2026 near Humera.", "2026-11-23"),
        ("Fighting broke out on 11/23/2026 near Humera.", "2026-11-23"),
    ],
)
def test_a13_e16_a_slashed_date_with_a_day_above_12(text, value):
    a = analyse(text, ["time", "event"], published=dt.date(2026, 11, 25))
    (span,) = [s for s in a.spans if s.layer == "time"]
    assert (span.attrs["value"], span.attrs["how"]) == (value, "slashed-date")
    assert a.records["events"][0]["date"] == value


@pytest.mark.parametrize("text", ["Fighting broke out on 05/06/2026 near Humera.", "Fighting broke out on 31/02/2026."])
def test_a13_e16_guard_an_ambiguous_or_impossible_slashed_date_is_none(text):
    a = analyse(text, ["time"], published=dt.date(2026, 11, 25))
    assert [s for s in a.spans if s.layer == "time"] == []


def test_a13_e3_the_leads_mobilisation_day_dates_the_call_up():
    text = (
        "Armenia orders partial mobilisation\n\n"
        "Yerevan, May 29 (Ararat Evening Post) - The Armenian government ordered a partial mobilisation of "
        "reservists on Tuesday, the defence ministry said. About 5,000 reservists were called up, and the army "
        "deployed two battalions to the villages of Berkaber and Voskepar."
    )
    from newsprism.ingest.plaintext import from_text
    from newsprism.pipeline import Pipeline

    events = Pipeline(["time", "event"])(from_text(text, published=dt.date(2024, 5, 29))).records["events"]
    assert [_one(events, t)["date"] for t in ("called up", "deployed")] == ["2024-05-28", "2024-05-28"]


def test_a13_e3_guard_a_frame_on_a_report_or_a_relative_clause_dates_nothing():
    text = (
        "On Thursday, investigators revealed new details about the note. The officers who stormed the hotel room "
        "spoke to reporters."
    )
    assert _one(_events(text, THU), "stormed")["date"] is None


def test_a13_e14_a_verbs_own_doer_stays_when_the_raid_it_was_done_in_names_none():
    text = "Israeli forces detained 25 Palestinians in overnight raids across the West Bank, the society said."
    assert _text(_one(_events(text, THU), "detained")["actor"]) == "Israeli forces"


def test_a13_e14_guard_a_passive_act_in_a_raid_takes_the_raids_doer():
    text = "Five men were detained in an Israeli raid on Jenin."
    assert _one(_events(text, THU), "detained")["actor"] is not None


def test_a13_e12_the_suspect_neutralized_after_trying_to_stab_soldiers():
    text = "The army said the suspect was neutralized after he tried to stab soldiers at the Tapuah junction."
    events = _events(text, THU)
    assert (_one(events, "neutralized")["mode"], _text(_one(events, "neutralized")["recipient"])) == ("kill", "the suspect")
    stab = _one(events, "stab")
    assert (stab["event_type"], stab["modality"], _text(stab["recipient"])) == ("ASSAULT", "attempted", "soldiers")


@pytest.mark.parametrize("text", ["The plan was to stab the budget in the back.", "The virus was neutralized by the antibodies."])
def test_a13_e12_guard_no_people_no_attack(text):
    assert _events(text, THU) == []
