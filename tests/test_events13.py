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

from conftest import analyse

FIX = Path(__file__).parent / "fixtures" / "audit12"
PUB = dt.date(2026, 11, 23)  # a Monday


def _events(text: str, published: dt.date | None = PUB, claims: bool = False) -> list[dict]:
    layers = ["actor", "claim", "time", "event"] if claims else ["time", "event"]
    return analyse(text, layers, published=published).records.get("events", [])


def _text(arg: dict | str | None) -> str | None:
    return arg.get("text") if isinstance(arg, dict) else arg


def _one(events: list[dict], trigger: str) -> dict:
    (found,) = [e for e in events if e["trigger_text"] == trigger]
    return found


@pytest.fixture(scope="module")
def fixtures(pipeline) -> dict[str, Analysis]:
    out = {}
    for path in sorted(FIX.glob("*.txt")):
        (article,) = list(ingest.read(str(path)))
        out[path.stem] = pipeline(article)
    return out


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
