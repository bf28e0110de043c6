"""Fourteenth session, audit of two new theatres: a scuffle between UN peacekeepers and Turkish
Cypriot police over road works in the buffer zone at Pyla (Pile), and a checkpoint attack at
Bamessing followed by an army operation in Babessi near Ndop, in Cameroon's North-West region.
Six fictional reports (fictional outlets and people, real places) in tests/fixtures/audit14: one
outlet of each side and a wire service per theatre. These tests pin what the tool already gets
right; the defects found are in docs/notes/audit.md and were routed to the engineers who own the
code."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Analysis

from conftest import (
    analyse_reports,
    assert_dateline_anchor_and_outlet,
    assert_layers_ok_and_offsets_hold,
    claims_of,
    events_with_trigger,
    spans_of,
    time_values,
)

FIX = Path(__file__).parent / "fixtures" / "audit14"
NAMES = (
    "c1_nicosia_sentinel",
    "c2_lefkosa_courier",
    "c3_compass_wire",
    "m1_national_beacon",
    "m2_southern_cameroons_voice",
    "m3_compass_wire",
)
_spans = spans_of
_events = events_with_trigger


@pytest.fixture(scope="module")
def reports(pipeline) -> dict[str, Analysis]:
    return analyse_reports(pipeline, FIX, NAMES)


def _figure(a: Analysis, text: str) -> dict:
    (fig,) = [f for f in a.records.get("figures", []) if f["text"] == text]
    return fig


def test_no_layer_fails_and_offsets_hold(reports):
    assert_layers_ok_and_offsets_hold(reports)


@pytest.mark.parametrize(
    ("name", "anchor", "outlet"),
    [
        ("c1_nicosia_sentinel", "2026-11-25", "Nicosia Sentinel"),
        ("c2_lefkosa_courier", "2026-11-25", "Lefkoşa Courier"),
        ("c3_compass_wire", "2026-11-25", "Compass Wire"),
        ("m1_national_beacon", "2026-11-25", "The National Beacon"),
        ("m2_southern_cameroons_voice", "2026-11-24", "Southern Cameroons Voice"),
        ("m3_compass_wire", "2026-11-25", "Compass Wire"),
    ],
)
def test_dateline_gives_anchor_and_outlet(reports, name, anchor, outlet):
    assert_dateline_anchor_and_outlet(reports[name], anchor, outlet)


def test_the_turkish_cypriot_report_names_places_the_turkish_cypriot_way(reports):
    c2 = reports["c2_lefkosa_courier"]
    for text, name in (("Lefkoşa", "Nicosia"), ("Girne", "Kyrenia"), ("Gazimağusa", "Famagusta"), ("TRNC", "Northern Cyprus")):
        spans = _spans(c2, "place", text)
        assert spans, text
        for s in spans:
            assert s.attrs["name"] == name and s.attrs["contested"] and s.attrs["convention"] == "turkish_cypriot"
    assert c2.summary["naming"]["verdict"] == "turkish_cypriot"


def test_the_trnc_is_named_at_a_distance_by_the_greek_cypriot_report_and_glossed_by_the_wire(reports):
    c1 = reports["c1_nicosia_sentinel"]
    naming = c1.summary["naming"]
    # 'The "TRNC" claimed …' and 'The so-called TRNC is recognised only by Ankara': not the outlet's own usage
    glosses = [(g["name"], g["convention"]) for g in naming["glosses"]]
    assert glosses == [("TRNC", "turkish_cypriot"), ("TRNC", "turkish_cypriot")]
    assert "turkish_cypriot" not in naming["counts"]
    for place in ("Kyrenia", "Famagusta", "Nicosia"):
        (row,) = [p for p in naming["places"] if p["place"] == place]
        assert "greek_cypriot" in row["conventions"]
    # the wire: '… as the Turkish Republic of Northern Cyprus (TRNC)': the abbreviation is introduced as a gloss
    c3 = reports["c3_compass_wire"]
    assert ("TRNC", "turkish_cypriot") in [(g["name"], g["convention"]) for g in c3.summary["naming"]["glosses"]]
    (north,) = [s for s in _spans(c3, "place", "Turkish Cypriot north") if s.start < 600]
    assert north.attrs["name"] == "Northern Cyprus" and north.attrs["convention"] == "international"


def test_towns_of_both_theatres_resolve_to_their_country(reports):
    for name, text in (("c1_nicosia_sentinel", "Pyla"), ("c2_lefkosa_courier", "Pile"), ("c3_compass_wire", "Pyla")):
        spans = _spans(reports[name], "place", text)
        # the village in the buffer zone south-east of Nicosia (35.00 N, 33.69 E), not a homonym
        assert spans and all(s.attrs["country"] == "CY" and abs(s.attrs["lat"] - 35.0) < 0.05 for s in spans)
    assert {s.attrs["country"] for s in _spans(reports["c1_nicosia_sentinel"], "place", "Larnaca")} == {"CY"}
    for name, towns in (
        ("m1_national_beacon", ("Ndop", "Bamenda", "Kumbo", "Buea")),
        ("m2_southern_cameroons_voice", ("Bamenda", "Ndop", "Batibo")),
        ("m3_compass_wire", ("Douala", "Ndop", "Bamenda", "Yaoundé")),
    ):
        for town in towns:
            spans = [s for s in _spans(reports[name], "place") if s.attrs.get("name") == town]
            assert spans and {s.attrs["country"] for s in spans} == {"CM"}, (name, town)


def test_days_and_clock_times(reports):
    c1 = time_values(reports["c1_nicosia_sentinel"])  # filed Wednesday 25 November
    assert c1["Tuesday"] == "2026-11-24"
    # "… at around 9 am to stop the works", the paragraph after "on Tuesday"
    assert c1["around 9 am"] == "2026-11-24T09:00"
    assert c1["Two weeks ago"] == "2026-W46" and c1["summer of 2023"] == "2023-SU"
    c3 = time_values(reports["c3_compass_wire"])
    assert c3["August 2023"] == "2023-08" and c3["next month"] == "2026-12"
    m1 = time_values(reports["m1_national_beacon"])
    assert m1["Sunday evening"] == "2026-11-22TEV"
    # "tracked them to their hideout in Babessi at dawn": the dawn after Sunday evening's attack
    assert m1["dawn"] == "2026-11-23TMO"
    # "He will be buried … on Saturday": the coming Saturday
    assert m1["Saturday"] == "2026-11-28" and m1["Last week"] == "2026-W47"
    m2 = time_values(reports["m2_southern_cameroons_voice"])  # filed Tuesday 24 November
    assert m2["Monday morning"] == "2026-11-23TMO" and m2["about 5 am"] == "2026-11-23T05:00"
    m3 = time_values(reports["m3_compass_wire"])
    assert m3["Mondays"] == "XXXX-WXX-1" and m3["late 2016"] == "2016"


def test_the_checkpoint_attack_and_the_operation_as_yaounde_tells_them(reports):
    m1 = reports["m1_national_beacon"]
    (lead,) = [e for e in _events(m1, "neutralised") if e["date"] == "2026-11-23"]
    assert lead["event_type"] == "ASSAULT" and lead["mode"] == "kill"
    assert lead["actor"]["text"] == "Defence and security forces"
    assert lead["recipient"]["text"] == "nine secessionist terrorists"
    (killing,) = _events(m1, "killing")
    assert killing["actor"]["text"] == "A group of about fifteen armed men"
    assert killing["recipient"]["text"] == "Chief Warrant Officer Joseph Essomba"
    assert killing["date"] == "2026-11-22TEV"
    (wounding,) = _events(m1, "wounding")
    assert wounding["mode"] == "wound" and wounding["recipient"]["text"] == "two other gendarmes"


def test_the_operation_as_the_separatist_outlet_tells_it(reports):
    m2 = reports["m2_southern_cameroons_voice"]
    (stormed,) = _events(m2, "stormed")
    assert stormed["event_type"] == "ASSAULT" and stormed["actor"]["text"] == "The occupation forces"
    assert stormed["date"] == "2026-11-23T05:00"
    (burnt,) = [e for e in _events(m2, "burnt") if (e["recipient"] or {}).get("text") == "at least 47 houses"]
    assert burnt["mode"] == "arson" and burnt["date"] == "2026-11-23TMO"
    assert burnt["actor"]["text"] == "Soldiers of La République du Cameroun"
    # 'The colonial regime in Yaoundé claimed on state radio that nine "terrorists" were "neutralised"'
    (neutralised,) = _events(m2, "neutralised")
    assert neutralised["modality"] == "alleged" and neutralised["recipient"]["text"] == 'nine "terrorists"'
    # "The ADF said none of its fighters had been killed in Babessi."
    (none,) = [e for e in _events(m2, "killed") if e["negated"]]
    assert none["recipient"]["text"] == "none of its fighters"


def test_denials_and_negations(reports):
    m1 = reports["m1_national_beacon"]
    # "Colonel Ndzana firmly denied that civilians had been killed in the operation."
    (civ,) = [e for e in _events(m1, "killed") if e["negated"]]
    assert civ["recipient"]["text"] == "civilians" and civ["modality"] == "denied"
    # '"No house was burnt by our forces."'
    (house,) = _events(m1, "burnt")
    assert house["negated"] is True and house["actor"]["text"] == "our forces"
    # the wire: "He denied that soldiers had set fire to homes."
    (fire,) = _events(reports["m3_compass_wire"], "set fire")
    assert fire["negated"] is True and fire["modality"] == "denied" and fire["actor"]["text"] == "soldiers"
    # '"We will not accept the annexation of a single square metre of the buffer zone."'
    (accept,) = _events(reports["c1_nicosia_sentinel"], "accept")
    assert accept["negated"] is True and accept["recipient"]["text"].startswith("the annexation")
    # "UN officials said the peacekeepers would not withdraw from the area"
    (withdraw,) = _events(reports["c3_compass_wire"], "withdraw")
    assert withdraw["negated"] is True and withdraw["actor"]["text"] == "the peacekeepers"


def test_events_of_the_buffer_zone(reports):
    c1 = reports["c1_nicosia_sentinel"]
    (injured,) = _events(c1, "injured")
    assert injured["mode"] == "wound" and injured["recipient"]["text"] == "Four UN peacekeepers"
    assert injured["date"] == "2026-11-24"
    c2 = reports["c2_lefkosa_courier"]
    (blocked,) = _events(c2, "blocked")
    assert blocked["event_type"] == "COERCE" and blocked["mode"] == "blockade"
    assert blocked["actor"]["text"] == "a group of UN soldiers" and blocked["actor"]["side"] == "neutral"
    (summoned,) = _events(c2, "summoned")
    assert summoned["mode"] == "summon-envoy" and summoned["date"] == "2026-11-25"
    assert summoned["actor"]["text"] == "The Greek Cypriot leadership"
    (condemned,) = _events(reports["c3_compass_wire"], "condemned")
    assert condemned["actor"]["text"] == "the UN Security Council" and condemned["actor"]["side"] == "neutral"


def test_compare_puts_the_outlets_accounts_in_shared_rows(reports):
    from newsprism.compare import compare

    def row_of(names, etype, date):
        out = compare([reports[n] for n in names])
        rows = [r for r in out["shared_events"] if r["event_type"] == etype and r["date"] == date]
        return set(rows[0]["articles"]) if rows else set()

    # Monday's operation in Babessi as Yaoundé and the separatist outlet tell it
    row = row_of(("m1_national_beacon", "m2_southern_cameroons_voice", "m3_compass_wire"), "ASSAULT", "2026-11-23")
    assert {reports["m1_national_beacon"].article.id, reports["m2_southern_cameroons_voice"].article.id} <= row
    # Tuesday's injuries at Pyla as the Nicosia and the Lefkoşa outlets tell them
    row = row_of(("c1_nicosia_sentinel", "c2_lefkosa_courier", "c3_compass_wire"), "ASSAULT", "2026-11-24")
    assert {reports["c1_nicosia_sentinel"].article.id, reports["c2_lefkosa_courier"].article.id} <= row


def test_speakers_and_their_kinds(reports):
    c1 = reports["c1_nicosia_sentinel"]
    (unficyp,) = claims_of(c1, "the United Nations Peacekeeping Force in Cyprus (UNFICYP)")
    assert unficyp["kind"] == "according_to" and unficyp["side"] == "neutral"
    assert {c["source_kind"] for c in claims_of(c1, "Witnesses")} == {"anonymous"}
    c3 = reports["c3_compass_wire"]
    marchetti = claims_of(c3, "UN spokesperson Elena Marchetti")
    assert marchetti and {(c["source_kind"], c["side"]) for c in marchetti} == {("named_person", "neutral")}
    assert {c["source_kind"] for c in claims_of(c3, "A Western diplomat in Nicosia")} == {"anonymous"}
    c2 = reports["c2_lefkosa_courier"]
    # 'Foreign Minister Ayşe Kemaloğlu accused …  "This road is a humanitarian need …," she said.'
    she = [c for c in claims_of(c2, "Foreign Minister Ayşe Kemaloğlu") if c.get("resolved_from") == "she"]
    assert she and she[0]["kind"] == "direct_quote"
    (ministry,) = claims_of(c2, "Turkey's Foreign Ministry")
    assert ministry["source_kind"] == "government" and ministry["side"] == "turkish"
    m3 = reports["m3_compass_wire"]
    assert {c["source_kind"] for c in claims_of(m3, "Amina Diallo, the group's Central Africa researcher")} == {"named_person"}
    assert {c["source_kind"] for c in claims_of(m3, "A resident of Babessi")} == {"anonymous"}
    m2 = reports["m2_southern_cameroons_voice"]
    assert {c["source_kind"] for c in claims_of(m2, "Mami Bridget Nkwain, a mother of five")} == {"named_person"}


def test_headlines_against_the_body(reports):
    # "… after gendarme killed near Ndop": the body has the killing on the ministry's word
    (killed,) = _spans(reports["m1_national_beacon"], "headline", "killed")
    assert killed.label == "stated_as_fact" and killed.attrs["speaker"] == "the Ministry of Defence"
    # "Army neutralises nine …": the body has 'neutralised' only in the ministry's statement
    (own,) = _spans(reports["m1_national_beacon"], "headline", "neutralises")
    assert own.label == "word_as_own"
    # the wire's headline attributes ("army says"): nothing to flag
    assert not _spans(reports["m3_compass_wire"], "headline")


def test_distancing_and_scare_quotes_that_are_right(reports):
    c1 = reports["c1_nicosia_sentinel"]
    # 'escorted by so-called "police" officers' and 'The occupation regime's "foreign minister"'
    for term in ('"police"', '"foreign minister"'):
        (sq,) = _spans(c1, "framing", term, "scare_quote")
        assert sq.attrs["voice"] == "outlet"
    scopes = {s.attrs["scope_text"] for s in _spans(c1, "framing", "so-called", "distancing")}
    assert "TRNC" in scopes
    (pseudo,) = _spans(c1, "framing", "pseudo-", "distancing")
    assert pseudo.attrs["scope_text"] == "state"  # inside the spokesman's quote
    c2 = reports["c2_lefkosa_courier"]
    (annex,) = _spans(c2, "framing", '"annexation"', "scare_quote")
    assert annex.attrs["voice"] == "reported" and annex.attrs["attributed_to"] == "Foreign Minister Ayşe Kemaloğlu"
    (ultra,) = _spans(c2, "framing", '"ultra-nationalist"', "scare_quote")
    assert ultra.attrs["attributed_to"] == "Turkish Cypriot officials"
    m2 = {s.text: s.attrs["scope_text"] for s in _spans(reports["m2_southern_cameroons_voice"], "framing", label="distancing")}
    assert m2["what it called"] == "an operation against armed men"
    assert m2["claimed"].startswith('nine "terrorists" were "neutralised"')
    m3 = reports["m3_compass_wire"]
    assert {s.attrs["scope_text"] for s in _spans(m3, "framing", "called", "distancing")} == {'"Amba boys"'}
    (terrorists,) = [s for s in _spans(m3, "framing", "terrorists", "label") if s.attrs.get("characterised_by")]
    assert terrorists.attrs["voice"] == "reported" and terrorists.attrs["attributed_to"] == "Officials in Yaoundé"
    assert {s.attrs["scope_text"] for s in _spans(reports["c3_compass_wire"], "framing", "call", "distancing")} == {
        "an occupation"
    }


def test_labels_in_each_voice(reports):
    m1 = reports["m1_national_beacon"]
    (head,) = [s for s in _spans(m1, "framing", label="label") if s.start < 50 and s.text.endswith("terrorists")]
    assert head.attrs["voice"] == "outlet"
    (neutralises,) = _spans(m1, "framing", "neutralises", "loaded")
    assert neutralises.attrs["category"] == "euphemism" and neutralises.attrs["voice"] == "outlet"
    m2 = reports["m2_southern_cameroons_voice"]
    (occ,) = [s for s in _spans(m2, "framing", "Occupation forces", "label") if s.start == 0]
    assert occ.attrs["voice"] == "outlet"
    assert [s.attrs["voice"] for s in _spans(m2, "framing", "genocide", "loaded") if s.start < 80] == ["outlet"]
    # the wire: "… separatist leaders accuse the army of genocide"
    (genocide,) = _spans(reports["m3_compass_wire"], "framing", "genocide", "loaded")
    assert genocide.attrs["voice"] == "reported" and genocide.attrs["attributed_to"] == "separatist leaders"
    c2 = reports["c2_lefkosa_courier"]
    (gca,) = [s for s in _spans(c2, "framing", "Greek Cypriot administration", "label") if s.start < 300]
    assert gca.attrs["voice"] == "outlet"


def test_figures_that_are_right(reports):
    m1 = reports["m1_national_beacon"]
    nine = [f for f in m1.records["figures"] if f["text"] == "nine secessionist terrorists"]
    assert nine and {(f["value"], f["outcome"], f["victims"]) for f in nine} == {(9, "killed", "fighters")}
    villagers = _figure(m1, "fourteen villagers")
    assert villagers["value"] == 14 and villagers["victims"] == "civilians" and villagers["outcome"] == "killed"
    assert _figure(m1, "two other gendarmes")["outcome"] == "wounded"
    m2 = reports["m2_southern_cameroons_voice"]
    unarmed = _figure(m2, "fourteen unarmed civilians")
    assert unarmed["value"] == 14 and unarmed["victims"] == "civilians"
    gunmen = _figure(m2, 'nine "terrorists"')
    assert gunmen["value"] == 9 and gunmen["victims"] == "fighters"
    m3 = reports["m3_compass_wire"]
    eleven = _figure(m3, "eleven deaths")
    assert eleven["value"] == 11 and eleven["how"] == "at least" and eleven["outcome"] == "killed"
    total = _figure(m3, "6,000 people")
    assert total["running_total"] is True and total["how"] == "more than"
    assert _figure(m3, "two gendarmes")["value"] == 2
    c1 = _figure(reports["c1_nicosia_sentinel"], "Four UN peacekeepers")
    assert c1["value"] == 4 and c1["outcome"] == "wounded" and c1["side"] == "neutral"
    c3 = _figure(reports["c3_compass_wire"], "three peacekeepers")
    assert c3["value"] == 3 and c3["how"] == "at least" and c3["outcome"] == "wounded"
    c2 = _figure(reports["c2_lefkosa_courier"], "five TRNC police officers")
    assert c2["value"] == 5 and c2["victims"] == "police" and c2["outcome"] == "wounded"


def test_actors_that_are_right(reports):
    c1 = {s.text: (s.attrs.get("side"), s.label) for s in _spans(reports["c1_nicosia_sentinel"], "actor")}
    assert c1["UN peacekeepers"] == ("neutral", "peacekeepers") and c1["UNFICYP"] == ("neutral", "peacekeepers")
    c3 = {s.text: (s.attrs.get("side"), s.label) for s in _spans(reports["c3_compass_wire"], "actor")}
    assert c3["Turkish troops"] == ("turkish", "armed_forces")
    assert c3["UN Security Council"] == ("neutral", "international_org")
    c2 = {s.text: (s.attrs.get("side"), s.label) for s in _spans(reports["c2_lefkosa_courier"], "actor")}
    assert c2["Turkey's Foreign Ministry"] == ("turkish", "ministry")
