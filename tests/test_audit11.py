"""Eleventh session, audit of two new theatres: an exchange of fire across the Line of Control in
Kashmir and a drone strike east of the berm in Western Sahara. Six fictional reports (fictional
outlets and people, real places) in tests/fixtures/audit11: one outlet of each side and a wire
service per theatre. These tests pin what the tool already gets right; the defects found are in
docs/notes (the audit section) and were routed to the engineers who own the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Analysis

from conftest import (
    analyse_reports,
    assert_dateline_anchor_and_outlet,
    assert_layers_ok_and_offsets_hold,
    events_with_trigger,
    spans_of,
)

FIX = Path(__file__).parent / "fixtures" / "audit11"
NAMES = (
    "k1_himalayan_sentinel",
    "k2_karakoram_ledger",
    "k3_compass_wire",
    "w1_sous_daily",
    "w2_sahrawi_review",
    "w3_compass_wire",
)


@pytest.fixture(scope="module")
def reports(pipeline) -> dict[str, Analysis]:
    return analyse_reports(pipeline, FIX, NAMES)


def test_no_layer_fails_and_offsets_hold(reports):
    assert_layers_ok_and_offsets_hold(reports)


@pytest.mark.parametrize(
    ("name", "anchor", "outlet"),
    [
        ("k1_himalayan_sentinel", "2026-10-12", "The Himalayan Sentinel"),
        ("k2_karakoram_ledger", "2026-10-12", "The Karakoram Ledger"),
        ("k3_compass_wire", "2026-10-13", "Compass Newswire"),
        ("w1_sous_daily", "2026-11-06", "The Sous Daily"),
        ("w2_sahrawi_review", "2026-11-06", "Sahrawi Liberation Review"),
        ("w3_compass_wire", "2026-11-07", "Compass Newswire"),
    ],
)
def test_dateline_gives_anchor_and_outlet(reports, name, anchor, outlet):
    assert_dateline_anchor_and_outlet(reports[name], anchor, outlet)


def test_partisan_naming_verdicts(reports):
    # each side's outlet is recognised by the names it gives the two parts of Kashmir / the territory
    assert reports["k1_himalayan_sentinel"].summary["naming"]["verdict"] == "indian_official"
    assert reports["k2_karakoram_ledger"].summary["naming"]["verdict"] == "pakistani_official"
    assert reports["w2_sahrawi_review"].summary["naming"]["verdict"] == "sahrawi"


def test_names_at_a_distance_are_glosses(reports):
    # "The so-called Azad Kashmir is a training ground ..." in the Indian outlet: not adopted
    glosses = reports["k1_himalayan_sentinel"].summary["naming"]["glosses"]
    assert ("Azad Kashmir", "pakistani_official") in {(g["name"], g["convention"]) for g in glosses}
    # "Indian Illegally Occupied Jammu and Kashmir (IIOJK)": the abbreviation is a gloss of the full name
    glosses = reports["k2_karakoram_ledger"].summary["naming"]["glosses"]
    assert ("IIOJK", "pakistani_official") in {(g["name"], g["convention"]) for g in glosses}


def test_contested_names_resolve_to_the_administered_parts(reports):
    k1 = reports["k1_himalayan_sentinel"]
    (pok,) = spans_of(k1, "place", "Pakistan-occupied Kashmir")
    assert pok.attrs["country"] == "PK" and pok.attrs["convention"] == "indian_official"
    k2 = reports["k2_karakoram_ledger"]
    (iiojk,) = spans_of(k2, "place", "Indian Illegally Occupied Jammu and Kashmir")
    assert iiojk.attrs["country"] == "IN" and iiojk.attrs["convention"] == "pakistani_official"
    w2 = reports["w2_sahrawi_review"]
    (aaiun,) = spans_of(w2, "place", "El Aaiún")
    assert aaiun.attrs["name"] == "Laayoune" and aaiun.attrs["convention"] == "sahrawi"


def test_times_of_the_night(reports):
    k1 = reports["k1_himalayan_sentinel"]
    values = {s.text: s.attrs.get("value") for s in spans_of(k1, "time")}
    assert values["Sunday night"] == "2026-10-11TNI"
    assert values["around 11.30 pm on Sunday"] == "2026-10-11T23:30"
    assert values["Last month"] == "2026-09"
    # "Residents of Mahbes said they heard explosions on Wednesday around 7 pm."
    w1 = reports["w1_sous_daily"]
    values = {s.text: s.attrs.get("value") for s in spans_of(w1, "time")}
    assert values["around 7 pm"] == "2026-11-04T19:00"
    assert values["Wednesday evening"] == "2026-11-04TEV"


def test_events_that_are_right(reports):
    k1 = reports["k1_himalayan_sentinel"]
    (opened,) = events_with_trigger(k1, "opened")
    assert opened["event_type"] == "ASSAULT" and opened["actor"]["text"] == "the Pakistan Army"
    assert opened["date"] == "2026-10-11TNI"
    # "Troops "responded befittingly"": a reply in an exchange of fire
    (responded,) = events_with_trigger(k1, "responded")
    assert responded["reply"] is True
    # the Foreign Office's summons of the envoy: ACCUSE, dated by "on Monday", in Islamabad
    k2 = reports["k2_karakoram_ledger"]
    (summoned,) = events_with_trigger(k2, "summoned")
    assert summoned["event_type"] == "ACCUSE" and summoned["mode"] == "summon-envoy"
    assert summoned["date"] == "2026-10-12" and summoned["location"]["text"] == "Islamabad"
    # "'bombardments' that never took place, observers say": negated
    w1 = reports["w1_sous_daily"]
    (bomb,) = events_with_trigger(w1, "bombardments")
    assert bomb["negated"] is True
    # "It said it had carried out artillery attacks on Moroccan army positions in the Mahbes sector on Wednesday."
    w3 = reports["w3_compass_wire"]
    (attacks,) = events_with_trigger(w3, "attacks")
    assert attacks["date"] == "2026-11-04" and attacks["location"]["text"] == "the Mahbes sector"


def test_evidence_withheld(reports):
    # "The Army said it had drone footage of the launch pads but it was not released."
    k1 = reports["k1_himalayan_sentinel"]
    withheld = [r for r in k1.records["claims"] if r["kind"] == "evidence_withheld"]
    assert [(k1.span(r["evidence"]).text, r["speaker"]) for r in withheld] == [("drone footage of the launch pads", "The Army")]


def test_actor_sides(reports):
    k3 = reports["k3_compass_wire"]
    sides = {s.text: s.attrs.get("side") for s in spans_of(k3, "actor")}
    assert sides["Pakistan's Foreign Office"] == "pakistani"
    assert sides["India's foreign ministry"] == "indian"
    w2 = reports["w2_sahrawi_review"]
    (army, *_) = spans_of(w2, "actor", "Moroccan occupation army")
    assert army.attrs["side"] == "moroccan"
    labels = w2.summary["actors"]["side_labels"]
    assert labels and labels[0]["used_by"] == ["sahrawi"]
    w3 = reports["w3_compass_wire"]
    (the_army,) = spans_of(w3, "actor", "army")
    assert the_army.attrs["side"] == "moroccan"


def test_scare_quotes_that_are_right(reports):
    w1 = reports["w1_sous_daily"]
    # 'The so-called "Sahrawi Arab Democratic Republic" claimed …': the Moroccan outlet's scare quote (audit12 F6)
    assert [s.text for s in spans_of(w1, "framing", label="scare_quote")] == ['"attack"', '"Sahrawi Arab Democratic Republic"']
    w2 = reports["w2_sahrawi_review"]
    assert '"autonomy plan"' in [s.text for s in spans_of(w2, "framing", label="scare_quote")]


# Defects found by the audit and fixed this session (the routed follow-ups E1, E2, E4, P1–P4, F1, F2)


def test_a_place_name_is_no_seizure(reports):
    # "Indian Illegally Occupied Jammu and Kashmir" is a name, not a territorial seizure (E1)
    for name in ("k2_karakoram_ledger", "k3_compass_wire"):
        assert not [e for e in reports[name].records["events"] if e["trigger_text"].lower() == "occupied"]


def test_a_year_modifying_a_noun_dates_no_killing(reports):
    # "killing at least four civilians … in the most serious violation of a 2021 ceasefire" (E2)
    (killing,) = events_with_trigger(reports["k3_compass_wire"], "killing")
    assert killing["date"] == "2026-10-11TNI"


def test_martyred_and_neutralised_are_kills(reports):
    k2 = reports["k2_karakoram_ledger"]
    martyred = events_with_trigger(k2, "martyred")
    assert martyred and all(e["event_type"] == "ASSAULT" and e["mode"] == "kill" for e in martyred)
    assert martyred[0]["recipient"]["text"] == "Three civilians"
    (neutralised,) = events_with_trigger(reports["w1_sous_daily"], "neutralised")
    assert neutralised["mode"] == "kill" and neutralised["actor"]["text"] == "The Royal Armed Forces"
    assert neutralised["date"] == "2026-11-05"


def test_wires_reporting_each_sides_names_are_international(reports):
    k3 = reports["k3_compass_wire"].summary["naming"]
    assert k3["verdict"] == "international"
    assert {g["name"] for g in k3["glosses"]} == {"Pakistan-occupied Kashmir", "Indian Illegally Occupied Jammu and Kashmir"}
    assert reports["w3_compass_wire"].summary["naming"]["verdict"] == "international"


def test_kashmir_is_contested_not_indian(reports):
    for s in spans_of(reports["k3_compass_wire"], "place", "Kashmir"):
        assert s.attrs.get("contested") and s.attrs.get("country") != "IN"


def test_the_sahrawi_army_is_not_chinese(reports):
    w2 = reports["w2_sahrawi_review"]
    assert not [s for s in spans_of(w2, "actor") if s.attrs.get("side") == "chinese"]
    assert {s.attrs.get("side") for s in spans_of(w2, "actor", "SPLA")} == {"sahrawi"}


def test_berm_places_resolve(reports):
    mahbes = spans_of(reports["w1_sous_daily"], "place", "Mahbes")
    assert len(mahbes) >= 5 and {s.attrs.get("country") for s in mahbes} == {"EH"}
    assert {s.attrs.get("country") for s in spans_of(reports["k2_karakoram_ledger"], "place", "Neelum valley")} == {"PK"}


def test_quoted_words_of_a_named_speaker_are_no_scare_quotes(reports):
    # 'Pakistan's military said "several" Indian soldiers had been killed' (F1);
    # 'The SADR government also denounced the "plunder" of …' (F2)
    assert not spans_of(reports["k3_compass_wire"], "framing", '"several"', "scare_quote")
    assert not spans_of(reports["w2_sahrawi_review"], "framing", '"plunder"', "scare_quote")


def test_days_of_the_strikes(reports):
    # "Units of the SPLA on Wednesday carried out intense bombardments …" (E3)
    (bomb,) = events_with_trigger(reports["w2_sahrawi_review"], "bombardments")
    assert bomb["date"] == "2026-11-04"
    # "… landed near Mahbes on Wednesday evening …, and that the army's response on Thursday killed four
    # Polisario fighters": the second clause has its own day (E18)
    (four,) = [
        e for e in events_with_trigger(reports["w3_compass_wire"], "killed") if "four" in (e["recipient"] or {}).get("text", "")
    ]
    assert four["date"] == "2026-11-05"


def test_the_smara_refugee_camp_is_near_tindouf(reports):
    camps = [s for s in spans_of(reports["w2_sahrawi_review"], "place") if "Smara" in s.text]
    assert camps and {s.attrs.get("country") for s in camps} == {"DZ"}


def test_compare_shows_who_fired_first_is_disputed(reports):
    from newsprism.compare import compare

    table = compare([reports[n] for n in ("k1_himalayan_sentinel", "k2_karakoram_ledger", "k3_compass_wire")])
    ids = {reports[n].article.id: n for n in ("k1_himalayan_sentinel", "k2_karakoram_ledger", "k3_compass_wire")}
    (row,) = [e for e in table["shared_events"] if e["event_type"] == "ASSAULT" and e["date"] == "2026-10-11TNI"]
    (marker,) = [m for m in row["markers"] if m["marker"] == "disputed_initiator"]
    sides = {ids[k]: v for k, v in marker["by_article"].items()}
    assert sides["k1_himalayan_sentinel"] == ["pakistani"] and sides["k2_karakoram_ledger"] == ["indian"]
