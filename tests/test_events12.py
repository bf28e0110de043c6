"""Twelfth session, events and time: the audit-12 defects (Georgia/South Ossetia and Kosovo,
fixtures in tests/fixtures/audit12) routed to this area, each on short fictional sentences beside
the fixture's own. Every case fails on the session start's code (d9d656e) unless called a guard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.model import Analysis

from conftest import analyse, analyse_reports
from conftest import arg_text as _text
from conftest import one_event as _one

FIX = Path(__file__).parent / "fixtures" / "audit12"
PUB = dt.date(2026, 11, 24)  # a Tuesday


def _events(text: str, published: dt.date | None = PUB) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


@pytest.fixture(scope="module")
def fixtures(pipeline) -> dict[str, Analysis]:
    return analyse_reports(pipeline, FIX, tuple(p.stem for p in sorted(FIX.glob("*.txt"))))


# --- E1: a negative subject or object ('Nobody was beaten') tells the act as not done ------------


@pytest.mark.parametrize(
    ("text", "trigger", "cue"),
    [
        ("Nobody was beaten, the press service said.", "beaten", "Nobody"),
        ("None of the men was beaten at the post.", "beaten", "None"),
        ("No soldier fired at the protesters.", "fired at", "No"),
        ("Russian troops attacked no villages near Gori on Monday.", "attacked", "no"),
        ("The drone strike killed nobody, the ministry said.", "killed", "nobody"),
    ],
)
def test_e1_a_negative_argument_negates_the_act(text, trigger, cue):
    event = _one(_events(text), trigger)
    assert (event["negated"], event["modality"], event["modality_cue"]) == (True, "negated", cue)


def test_e1_the_attack_itself_stays_asserted_when_nobody_was_killed_in_it():
    events = _events("Nobody was killed in the attack on the checkpoint near Ditsi.")
    assert (_one(events, "attack")["negated"], _one(events, "attack")["modality"]) == (False, "asserted")
    assert _one(events, "killed")["negated"] is True
    strike = _one(_events("The drone strike killed nobody, the ministry said."), "strike")
    assert (strike["negated"], strike["modality"]) == (False, "asserted")


def test_e1_guard_a_beating_told_with_a_doer_stays_asserted():
    event = _one(_events("Border guards beat two men near Ditsi, and nobody intervened."), "beat")
    assert (event["negated"], event["modality"]) == (False, "asserted")


def test_e1_fixture_g2_denies_the_beating_and_the_injury(fixtures):
    events = fixtures["g2_iryston_courier"].records["events"]
    told = {(e["trigger_text"], _text(e["recipient"])): (e["negated"], e["modality"]) for e in events}
    assert told[("beaten", "Nobody")] == (True, "negated")
    assert told[("injured", "nobody")] == (True, "negated")


# --- E2: a past midnight after the report day's name is the midnight that began that day --------


def _times(text: str, published: dt.date | None = PUB) -> dict[str, str]:
    return {s.text: s.attrs["value"] for s in analyse(text, ["time"], published=published).spans_of("time")}


def test_e2_midnight_after_a_said_on_monday_is_the_start_of_monday():
    text = (
        "Two Serbs were killed overnight, the Office said on Monday.\n\n"
        "The police had entered the village of Banjska shortly after midnight and opened fire on houses."
    )
    assert _times(text, dt.date(2026, 11, 23))["midnight"] == "2026-11-22T24:00"  # was 2026-11-23T24:00


def test_e2_fixture_k2_the_opening_of_fire_is_not_dated_after_the_report(fixtures):
    fire = [e for e in fixtures["k2_sava_chronicle"].records["events"] if e["time_text"] == "midnight"]
    assert [(e["trigger_text"], e["date"]) for e in fire] == [("opened fire", "2026-11-22T24:00")]


@pytest.mark.parametrize(
    ("text", "value"),
    [  # guards: a midnight after an earlier day ends that day; a future one keeps its day
        ("The attack began late on Sunday. Soldiers arrived after midnight.", "2026-11-22T24:00"),
        ("Officials said on Monday that the curfew will start at midnight.", "2026-11-23T24:00"),
    ],
)
def test_e2_guard_other_midnights_keep_their_days(text, value):
    assert _times(text, dt.date(2026, 11, 23))["midnight"] == value


# --- E4: 'since January' in a November report is this January; a compared time dates no event ----


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Border guards had detained 14 people along the line since January.", "January", "2026-01"),
        ("Border guards have detained 14 people since early January.", "early January", "2026-01"),
        ("Prices have risen since December.", "December", "2025-12"),
    ],
)
def test_e4_since_a_month_is_the_latest_one_at_or_before_the_anchor(text, phrase, value):
    assert _times(text, dt.date(2026, 11, 25))[phrase] == value


def test_e4_guard_a_future_month_stays_ahead():
    assert _times("The talks will resume in January.", dt.date(2026, 11, 25))["January"] == "2027-01"


def test_e4_a_time_of_the_compared_quantity_dates_no_event():
    text = "Border guards had detained 14 Georgian citizens since January, compared with 11 in the whole of last year."
    event = _one(_events(text, dt.date(2026, 11, 25)), "detained")
    assert (event["date"], event["time_text"]) == (None, None)  # was 2025, 'last year'
    kept = _one(_events("Police detained 30 people on Monday, compared with 12 on Sunday."), "detained")
    assert (kept["date"], kept["time_text"]) == ("2026-11-23", "Monday")  # guard: its own day


def test_e4_fixture_g1_since_january(fixtures):
    spans = {s.text: s.attrs["value"] for s in fixtures["g1_mtkvari_herald"].spans_of("time")}
    assert spans["January"] == "2026-01"


# --- E12: 'occupied' as an attribute of a place joined to another noun is no seizure --------------


def test_e12_an_occupied_place_in_a_list_is_no_seizure():
    text = "The occupied Tskhinvali region and occupied Abkhazia remain outside Tbilisi's control, the minister said."
    assert not [e for e in _events(text) if e["trigger_text"] == "occupied"]


@pytest.mark.parametrize(
    "text",
    ["Russian troops occupied Abkhazia in 2008.", "The troops stormed the village and occupied the school."],
)
def test_e12_guard_an_occupation_told_as_an_act_stays(text):
    event = _one(_events(text), "occupied")
    assert (event["event_type"], event["mode"]) == ("COERCE", "seize-territory")


# --- L2b: a day.month.year dateline ('PRISHTINË, 23.11.2026 –') anchors the report ------------------


@pytest.mark.parametrize(
    ("text", "anchor", "tuesday"),
    [
        (
            "Two detained\n\nPRISHTINË, 23.11.2026 – Police said two men were detained on Tuesday near the village.",
            "2026-11-23",
            "2026-11-17",
        ),
        (
            "Two detained\n\n25.11.2026, Tbilisi (Interpressnews) — Police said two men were detained on Tuesday.",
            "2026-11-25",
            "2026-11-24",
        ),
    ],
)
def test_l2b_a_dotted_dateline_date_is_the_anchor(text, anchor, tuesday):
    analysis = analyse(text, ["time"])
    assert (analysis.summary["time"]["anchor"], analysis.summary["time"]["anchor_source"]) == (anchor, "dateline")
    assert {s.text: s.attrs["value"] for s in analysis.spans_of("time")}["Tuesday"] == tuesday


def test_l2b_guard_an_impossible_dotted_date_anchors_nothing():
    from newsprism.temporal import anchor

    assert anchor._dateline_date({"date": "23.13.2026"}) is None
    assert anchor.choose(None, {"date": "31.02.2026"}, []).date is None
