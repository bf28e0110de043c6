"""Twentieth session, events + time: the nineteenth audit's open rows (tests/fixtures/audit19, one-sentence
probes) and the twentieth audit's (tests/fixtures/audit20). The first test of each group fails on the session
start c22ddd0; the 'stays'/'none' cases are guards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.pipeline import Pipeline

from conftest import analyse, analyse_reports

THU = dt.date(2026, 11, 26)
FIX19 = Path(__file__).parent / "fixtures" / "audit19"
PLACED = ["place", "actor", "time", "event"]


def _events(text: str, published: dt.date = THU, layers: list[str] | None = None) -> list[dict]:
    return analyse(text, layers or ["time", "event"], published=published).records.get("events", [])


def _times(text: str, published: dt.date = THU) -> dict[str, str]:
    a = analyse(text, ["time"], published=published)
    return {s.text: s.attrs.get("value") for s in a.spans if s.layer == "time"}


def _one(events: list[dict], trigger: str, nth: int = 0) -> dict:
    return [e for e in events if e["trigger_text"] == trigger][nth]


def _text(arg: dict | None) -> str | None:
    return arg["text"] if arg else None


@pytest.fixture(scope="module")
def reports19() -> dict:
    names = ("k3_northgate_wire", "p2_cenderawasih_voice")
    return dict(analyse_reports(Pipeline(PLACED), FIX19, names))


# audit 19 E2 rest: k3's lead attack has the depot as target and Feodosia as its place
def test_k3_attack_struck_the_depot_at_feodosia(reports19) -> None:
    attack = _one(reports19["k3_northgate_wire"].records["events"], "attack")
    assert _text(attack["recipient"]) == "A fuel depot"
    assert (attack["location"] or {}).get("id") == "kb:feodosia"
    assert attack["date"] == "2026-11-24TNI"
    assert (attack["actor"] or {}).get("side") == "ukrainian"


@pytest.mark.parametrize(
    ("text", "trigger", "target", "place"),
    [
        ("Two houses were destroyed in Kherson after a Russian drone strike on Tuesday.", "strike", "Two houses", "Kherson"),
        ("A warehouse in Sumy burned after a Russian missile attack on Monday night.", "attack", "A warehouse", "Sumy"),
        ("Two soldiers were wounded in Tavush after an Azerbaijani sniper attack.", "attack", "Two soldiers", "Tavush"),
    ],
)
def test_what_the_verb_after_a_new_attack_tells_was_struck(text: str, trigger: str, target: str, place: str) -> None:
    ev = _one(_events(text, layers=PLACED), trigger)
    assert (_text(ev["recipient"]), _text(ev["location"])) == (target, place)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Prices rose in London after a Russian strike.", "strike"),  # no harm verb
        ("Residents fled after an Azerbaijani drone attack.", "attack"),
        ("A school was damaged after a Syrian refugee protest.", "protest"),  # no act of force
    ],
)
def test_no_target_from_a_verb_that_tells_no_harm(text: str, trigger: str) -> None:
    ev = _one(_events(text, layers=PLACED), trigger)
    assert ev["recipient"] is None and ev["location"] is None


def test_the_attack_after_which_a_market_burned_stays_none() -> None:
    # 'after the attack' refers back to one told elsewhere (seventh-session decision)
    assert not _events("The market in Bakhmut caught fire after the attack.", layers=PLACED)


# audit 19 E2 rest: a national adjective before an act of force that the actor layer left is the country's side
def test_national_modifier_of_an_attack_gives_the_side() -> None:
    ev = _one(_events("An American strike hit a radar site near Hodeidah.", layers=PLACED), "strike")
    assert (ev["actor"] or {}).get("side") == "united_states"
    assert _text(ev["actor"]) == "American"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Syrian refugee protest in Gaziantep turned violent.", "protest"),  # no act of a state
        ("A Kurdish attack on the checkpoint killed two guards.", "attack"),  # a people, no country
    ],
)
def test_no_side_from_a_modifier_of_no_country_or_no_force(text: str, trigger: str) -> None:
    ev = _one(_events(text, layers=PLACED), trigger)
    assert not (ev["actor"] or {}).get("side")


# audit 19 E3 rest: 'No ship was damaged' after an attack is a denial of damage (negated), not nothing
def test_k1_no_ship_damaged_is_negated() -> None:
    a = analyse_reports(Pipeline(["time", "event"]), FIX19, ("k1_tavrida_vestnik",))["k1_tavrida_vestnik"]
    damaged = _one(a.records["events"], "damaged")
    assert (damaged["event_type"], damaged["negated"], _text(damaged["recipient"])) == ("ASSAULT", True, "No ship")


def test_damage_by_a_doer_is_an_attack_and_none_damaged_after_force_is_negated() -> None:
    ev = _events("Turkish drones damaged a power station near Qamishli on Tuesday.")
    assert (_one(ev, "damaged")["event_type"], _one(ev, "damaged")["date"]) == ("ASSAULT", "2026-11-24")
    ev = _events("Troops fired at the village. No one was injured and no houses were damaged.")
    assert _one(ev, "damaged")["negated"] is True


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday. No ship was damaged, the port said.",  # no act of force
        "Heavy rain damaged the bridge in Kabul.",
        "The scandal damaged the party's standing in the city.",
        "Several houses were damaged in the village, residents said.",  # no doer, nothing denied
        "No homes were destroyed in the floods.",
    ],
)
def test_damage_of_no_war_stays_none(text: str) -> None:
    assert not [e for e in _events(text) if e["trigger_text"] in ("damaged", "destroyed")]
