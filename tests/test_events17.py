"""Seventeenth session, events and time: the sixteenth audit's open rows (tests/fixtures/audit16) and
the seventeenth audit (tests/fixtures/audit17) on short fictional sentences. Every case fails on the
session start's code (9bd2eb5) unless called a guard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.pipeline import Pipeline

from conftest import analyse, analyse_reports
from conftest import arg_text as _text
from conftest import one_event as _one

WED = dt.date(2026, 11, 25)
THU = dt.date(2026, 11, 26)


def _events(text: str, published: dt.date | None = WED) -> list[dict]:
    return analyse(text, ["time", "event"], published=published).records.get("events", [])


def _by(events: list[dict], trigger: str) -> list[dict]:
    return [e for e in events if e["trigger_text"] == trigger]


# --- audit 16 E2: the strikes the ship attack prompted; 'hours later' after an evening ----------


def test_strikes_prompted_by_an_attack_are_an_event() -> None:
    text = (
        "Yemen's Houthis struck a bulk carrier near the Bab al-Mandab strait on Monday evening and seized its "
        "crew, prompting U.S. and British air strikes on the port city of Hodeidah early on Tuesday."
    )
    e = _one(_events(text), "strikes")
    assert e["event_type"] == "ASSAULT" and e["date"] == "2026-11-24" and not e["negated"]
    assert _text(e["recipient"]) == "the port city of Hodeidah"


def test_prompted_fears_are_no_strike() -> None:  # guard
    assert not _by(_events("The arrests prompted fears of a strike."), "strike")


def test_hours_after_an_evening_is_that_night() -> None:
    text = (
        "The Yemeni Armed Forces targeted the ship on Monday evening. Hours later, the aggression launched 14 raids on Hudaydah."
    )
    assert _one(_events(text), "raids")["date"] == "2026-11-23TNI"


def test_hours_after_a_morning_is_that_day() -> None:  # guard
    text = "The ship was hit on Monday morning. Hours later, US jets struck the port."
    spans = analyse(text, ["time"], published=WED).spans
    assert [s.attrs["value"] for s in spans if s.text == "Hours later"] == ["2026-11-23"]


# --- audit 16 E4: the crew taken or boarded is a seizure (COERCE/seize, as 'seized its crew') -----


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "According to al-Sharabi, militia boats boarded the burning ship after the strike and took the crew "
            "to the port of Salif.",
            "took",
            "militia boats",
            "the crew",
        ),
        (
            "According to al-Sharabi, militia boats boarded the burning ship after the strike and took the crew "
            "to the port of Salif.",
            "boarded",
            "militia boats",
            "the burning ship",
        ),
        (
            "Al-Marrani said the operation hit the ship near the Bab al-Mandab and that the naval forces had taken "
            "its 19 crew members to a safe place.",
            "taken",
            "the naval forces",
            "its 19 crew members",
        ),
        (
            "According to the Bureau, three men in camouflage pulled him out of the car, beat him and took him to Tighina.",
            "took",
            "three men",
            "him",
        ),
    ],
)
def test_crew_taken_away_is_a_seizure(text: str, trigger: str, actor: str, target: str) -> None:
    e = _one(_events(text), trigger)
    assert (e["event_type"], e["mode"]) == ("COERCE", "seize")
    assert _text(e["actor"]) == actor and _text(e["recipient"]) == target


@pytest.mark.parametrize(
    "text",
    ["Police shot the suspect and took him to hospital.", "His mother took him to school on Monday."],
)
def test_taken_to_hospital_or_school_is_no_seizure(text: str) -> None:  # guard
    assert not [e for e in _events(text) if e["trigger_text"] in ("took", "taken")]


# --- audit 16 E9: pulled out of a car is force, not a withdrawal -----------------------------------


def test_pulled_out_of_the_car_is_a_seizure() -> None:
    text = "According to the Bureau, three men in camouflage pulled him out of the car and beat him."
    e = _one(_events(text), "pulled")
    assert (e["event_type"], e["mode"]) == ("COERCE", "seize")
    assert _text(e["actor"]) == "three men" and _text(e["recipient"]) == "him"


def test_troops_pulled_out_of_a_town_withdraw() -> None:  # guard
    e = _one(_events("Russia pulled its troops out of Kherson."), "pulled")
    assert e["event_type"] == "RETREAT"


# --- audit 16 E6: 'the only person detained' is the detainee ---------------------------------------


def test_the_only_person_detained_is_the_detainee() -> None:
    events = _events("It said he was the only person detained and denied that he had been beaten.", THU)
    detained = _one(events, "detained")
    assert detained["actor"] is None and _text(detained["recipient"]) == "the only person"
    assert _text(_one(events, "denied")["actor"]) == "It"


# --- audit 16 E7: a possessive weekday under a participle of what was done is past ----------------


def test_possessive_weekday_of_past_raids() -> None:
    e = _one(_events("Workers said cranes damaged in Tuesday's raids would take weeks to repair."), "raids")
    assert e["date"] == "2026-11-24"


# --- audit 16 E10 / E8: the place of the strike ----------------------------------------------------


def test_bab_al_mandab_is_not_cut_at_the_hyphen() -> None:
    text = "Al-Marrani said the operation hit the ship near the Bab al-Mandab and that the crew was safe."
    assert _text(_one(_events(text), "hit")["location"]) == "the Bab al-Mandab"


def test_place_of_an_after_clause_is_not_the_attacks() -> None:
    e = _one(_events("The group resumed some attacks this year after fighting in Gaza flared again."), "attacks")
    assert e.get("location") is None


# --- audit 17 E1: 'Not a single civilian was killed' is a denial --------------------------------


def test_not_a_single_civilian_killed_is_negated() -> None:
    text = '"Not a single civilian was killed by security forces," he said.'
    e = _one(_events(text, dt.date(2026, 11, 27)), "killed")
    assert e["negated"] is True


def test_not_only_civilians_killed_stays_asserted() -> None:  # guard
    e = _one(_events("Not only civilians were killed, but soldiers too."), "killed")
    assert e["negated"] is False


# --- audit 17 E2: an accusation after a negated reported passive is the speaker's, not negated -----


def test_accusation_after_a_negated_passive_is_the_speakers() -> None:
    text = "Sudan's government said on Wednesday that its forces were not involved and accused Ngok youth of stealing cattle."
    e = _one(_events(text, THU), "accused")
    assert e["negated"] is False and e["modality"] == "asserted"
    assert _text(e["actor"]) == "Sudan's government" and _text(e["recipient"]) == "Ngok youth"


# --- audit 17 E3: hostage-taking and the rescue --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants took 31 passengers hostage on the M-8 highway near Turbat on Tuesday.",
        "The gunmen stopped two passenger coaches on Tuesday, taking 31 passengers hostage.",
    ],
)
def test_taking_passengers_hostage_is_an_abduction(text: str) -> None:
    events = [e for e in _events(text, dt.date(2026, 11, 27)) if e["trigger_text"] in ("took", "taking")]
    (e,) = events
    assert (e["event_type"], e["mode"]) == ("ASSAULT", "abduct")
    assert e["date"] == ("2026-11-24" if e["trigger_text"] == "took" else None)


def test_rescue_of_passengers_after_an_attack_is_their_release() -> None:
    text = "Militants attacked the post. Security forces rescued all 31 passengers on Wednesday."
    e = _one(_events(text, dt.date(2026, 11, 27)), "rescued")
    assert (e["event_type"], e["mode"]) == ("CONCEDE", "release") and e["date"] == "2026-11-25"
    assert _text(e["actor"]) == "Security forces"


def test_rescue_after_a_ferry_sank_is_no_release() -> None:  # guard
    assert not _by(_events("The coastguard rescued 31 passengers after the ferry sank."), "rescued")


# --- audit 17 E4: the day and place hung on the object's participle date and place the attack -----


def test_attack_on_nomads_grazing_on_wednesday_morning_is_dated() -> None:
    text = (
        "Four Misseriya pastoralists were killed when Dinka Ngok gunmen attacked nomads grazing their herds near "
        "Amiet on Wednesday morning, tribal leaders said."
    )
    e = _one(_events(text, THU), "attacked")
    assert e["date"] == "2026-11-25TMO" and _text(e["actor"]) == "Dinka Ngok gunmen"


# --- audit 17 E5: 'of occupied Balochistan' is a label, no seizure --------------------------------


def test_occupied_before_a_place_name_is_no_event_and_lends_its_day() -> None:
    text = (
        "The Baloch Liberation Army claimed that its Sarmachars captured a Frontier Corps camp near Hoshab in "
        "Kech district of occupied Balochistan on Tuesday night."
    )
    events = _events(text, dt.date(2026, 11, 27))
    assert not _by(events, "occupied")
    assert _one(events, "captured")["date"] == "2026-11-24TNI"


# --- audit 17 E6: days aimed at, and 'two hundred years' -----------------------------------------


def _values(text: str, published: dt.date) -> list[str]:
    return [s.attrs["value"] for s in analyse(text, ["time"], published=published).spans]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Baloch National Movement called for a strike across Kech on Saturday.", "2026-11-28"),
        ("The meeting, which Sudan had proposed for Monday, will not take place.", "2026-11-30"),
        ("The opposition called for calm on Monday.", "2026-11-23"),  # guard: the call's own day
        ("Protesters marched in Quetta on Saturday.", "2026-11-21"),  # guard
    ],
)
def test_day_a_call_or_a_proposal_aims_at(text: str, value: str) -> None:
    assert _values(text, THU)[0] == value


def test_two_hundred_years() -> None:
    assert _values("Our people have grazed there for two hundred years.", THU) == ["P200Y"]


# --- audit 17 E11/E12: cattle raids, abductions by soldiers, a sit-in -----------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Dinka Ngok gunmen stole 600 head of cattle near Diffra on Monday night.", "stole", "seize"),
        ("Residents said the raiders drove off about 2,000 cattle and looted the market.", "drove", "seize"),
        ("A teacher said soldiers took away nine young men.", "took", "arrest"),
        ("Fourteen men have been forcibly disappeared from Turbat since Wednesday.", "disappeared", "arrest"),
    ],
)
def test_cattle_raids_and_abductions_are_coercion(text: str, trigger: str, mode: str) -> None:
    e = _one(_events(text), trigger)
    assert (e["event_type"], e["mode"]) == ("COERCE", mode)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He stole the show.", "stole"),
        ("The man disappeared on Monday.", "disappeared"),
        ("The farmer drove his cattle to the river.", "drove"),
        ("His friends took away the chairs.", "took"),
        ("How can you sit there while this lunatic drives the sheep off a cliff?", "drives"),
    ],
)
def test_no_coercion_without_a_raid(text: str, trigger: str) -> None:  # guard
    assert not _by(_events(text), trigger)


def test_sit_in_held_is_a_protest() -> None:
    text = "Hundreds of families held a sit-in at Shahid Fida Chowk in Turbat on Thursday."
    e = _one(_events(text, dt.date(2026, 11, 27)), "held")
    assert e["event_type"] == "PROTEST" and e["date"] == "2026-11-26"


# --- guards from the PTC check of the new rules ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The sun prepares for hibernation, triggering a barrage of cataclysmic events.",
        "The paper suggests that the US focus on ethnic minority groups to spark unrest.",
    ],
)
def test_no_event_from_a_figurative_or_aimed_cause(text: str) -> None:
    assert not _events(text)


def test_passive_with_a_modal_still_shares_it() -> None:
    e = _one(_events("Heresy could at least be readily identified and denounced as such."), "denounced")
    assert e["modality"] == "possible"


def test_headline_participle_after_a_semicolon_is_passive(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(
        "Sarmachars strike Pakistani occupying forces in Kech; 23 soldiers killed, BLA says\n\n"
        "LONDON, 27 November 2026 (Balochistan Voice) - The Baloch Liberation Army said its fighters killed "
        "23 soldiers near Hoshab on Tuesday night.\n"
    )
    events = analyse_reports(Pipeline(["time", "event"]), tmp_path, ("b",))["b"].records["events"]
    assert [_text(e.get("actor")) for e in events if e["trigger_text"] == "killed"] == ["its fighters"]


# --- audit 16 F5: headline verbs 'rams' (a compound to the parser) and 'guard hurt' --------------


def _report_events(tmp_path: Path, text: str) -> list[dict]:
    (tmp_path / "r.txt").write_text(text)
    return analyse_reports(Pipeline(["time", "event"]), tmp_path, ("r",))["r"].records["events"]


def test_headline_rams_is_an_attack(tmp_path: Path) -> None:
    events = _report_events(
        tmp_path,
        "Moldovan provocateur rams barrier at Bendery peacekeeping post, customs officer injured\n\n"
        "TIRASPOL, November 26, 2026 (Dniester Daily) — A Moldovan citizen rammed the barrier at the post near "
        "Varnitsa on Wednesday morning, injuring a customs officer, the ministry said.\n",
    )
    e = _one(events, "rams")
    assert e["event_type"] == "ASSAULT" and _text(e["recipient"]) == "barrier"


def test_headline_guard_hurt_is_a_wound(tmp_path: Path) -> None:
    events = _report_events(
        tmp_path,
        "Moldovan detained, guard hurt at Transnistria checkpoint as sides trade blame\n\n"
        "BENDER, Moldova, Nov. 26, 2026 (Danube Wire) — A Moldovan man was detained at a checkpoint near Bender "
        "on Wednesday after a confrontation in which a shot was fired, officials said.\n",
    )
    e = _one(events, "hurt")
    assert (e["event_type"], e["mode"]) == ("ASSAULT", "wound") and _text(e["recipient"]) == "guard"


def test_undated_casualties_after_a_lead_of_two_days_take_neither(tmp_path: Path) -> None:
    events = _report_events(
        tmp_path,
        "Rebels hit cargo ship; jets strike port\n\n"
        "DUBAI, Nov. 25, 2026 (Gulf Wire) — Rebels struck a bulk carrier near the Bab al-Mandab strait on Monday "
        "evening and seized its crew, prompting air strikes on the port city of Hodeidah early on Tuesday.\n\n"
        "The government said two sailors were killed and one was injured.\n",
    )
    assert _one(events, "strikes")["date"] == "2026-11-24"
    assert _one(events, "killed")["date"] is None
