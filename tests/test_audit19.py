"""Nineteenth session, audit of two new theatres: a Ukrainian drone strike on a fuel depot near Feodosia and FSB
detentions of Crimean Tatars (Dzhankoi district, Simferopol/Aqmescit) told from Simferopol, Kyiv and by a wire; and an
attack on Trans-Papua road workers near Mbua (Nduga regency, Highland Papua), the military operation after it and a
shooting at a student protest in Wamena, told from Jakarta, Jayapura and by a wire. Six fictional reports (fictional
outlets and people, real places) in tests/fixtures/audit19. These tests pin what the tool already gets right; the
defects found are in docs/notes/audit.md and were routed to the engineers who own the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Analysis

from conftest import (
    analyse_reports,
    arg_text,
    assert_dateline_anchor_and_outlet,
    claims_of,
    events_of,
    figures_told,
    one_event,
    spans_of,
    time_values,
)

FIX = Path(__file__).parent / "fixtures" / "audit19"
NAMES = (
    "k1_tavrida_vestnik",
    "k2_kyiv_meridian",
    "k3_northgate_wire",
    "p1_nusantara_post",
    "p2_cenderawasih_voice",
    "p3_northgate_wire",
)
_spans = spans_of


@pytest.fixture(scope="module")
def reports(pipeline) -> dict[str, Analysis]:
    return analyse_reports(pipeline, FIX, NAMES)


_evs = events_of


_figures = figures_told


def test_offsets_hold_and_layers_run(reports):
    for name, a in reports.items():
        for s in a.spans:
            assert a.article.text[s.start : s.end] == s.text, (name, s.id)
        failed = [r.name for r in a.layers if r.status != "ok"]
        assert not failed, (name, failed)


@pytest.mark.parametrize(
    ("name", "anchor", "outlet"),
    [
        ("k1_tavrida_vestnik", "2026-11-25", "Tavrida Vestnik"),
        ("k2_kyiv_meridian", "2026-11-25", "Kyiv Meridian"),
        ("k3_northgate_wire", "2026-11-25", "Northgate Wire"),
        ("p1_nusantara_post", "2026-11-24", "Nusantara Post"),
        ("p2_cenderawasih_voice", "2026-11-24", "Cenderawasih Voice"),
        ("p3_northgate_wire", "2026-11-24", "Northgate Wire"),
    ],
)
def test_dateline_gives_anchor_and_outlet(reports, name, anchor, outlet):
    assert_dateline_anchor_and_outlet(reports[name], anchor, outlet)


def test_towns_of_both_theatres_resolve_where_they_are(reports):
    for name, towns in (
        ("k1_tavrida_vestnik", {"Simferopol": "UA", "Feodosiya": "UA", "Kerch": "UA", "Dzhankoy": "UA", "Moscow": "RU"}),
        ("k2_kyiv_meridian", {"Feodosiya": "UA", "Sevastopol": "UA", "Kyiv": "UA", "Russia": "RU"}),
        ("k3_northgate_wire", {"Feodosiya": "UA", "Dzhankoy": "UA", "Simferopol": "UA", "Sevastopol": "UA"}),
        ("p1_nusantara_post", {"Jakarta": "ID", "Jayapura": "ID", "Wamena": "ID", "Kenyam": "ID", "Sugapa": "ID"}),
        ("p2_cenderawasih_voice", {"Jayapura": "ID", "Wamena": "ID", "Kenyam": "ID"}),
        ("p3_northgate_wire", {"Wamena": "ID", "Sugapa": "ID", "Timika": "ID", "Geneva": "CH"}),
    ):
        for town, country in towns.items():
            spans = [s for s in _spans(reports[name], "place") if s.attrs.get("name") == town]
            assert spans and {s.attrs["country"] for s in spans} == {country}, (name, town)
    # Wamena is the Baliem valley town (4.1 S, 138.9 E); Sevastopol is marked contested
    (wamena, *_) = [s for s in _spans(reports["p3_northgate_wire"], "place", "Wamena")]
    assert abs(wamena.attrs["lat"] + 4.1) < 0.1 and abs(wamena.attrs["lon"] - 138.95) < 0.1
    (sev,) = _spans(reports["k3_northgate_wire"], "place", "Sevastopol")
    assert sev.attrs["contested"] is True


def test_crimea_names_follow_each_sides_convention(reports):
    k1 = reports["k1_tavrida_vestnik"]
    rep = [s for s in _spans(k1, "place", "Republic of Crimea")]
    assert len(rep) == 3 and {s.attrs["convention"] for s in rep} == {"russian"} and rep[0].attrs["name"] == "Crimea"
    assert {s.attrs["convention"] for s in _spans(k1, "place", "Kiev")} == {"russian/international_legacy"}
    # Kyiv: 'in Aqmescit, which the occupiers call Simferopol' — the Crimean Tatar name, Simferopol as a gloss
    k2 = reports["k2_kyiv_meridian"]
    (aq,) = _spans(k2, "place", "Aqmescit")
    assert aq.attrs["name"] == "Simferopol" and aq.attrs["convention"] == "crimean_tatar"
    assert [g["name"] for g in k2.summary["naming"]["glosses"]] == ["Simferopol"]
    # the wire: 'in Simferopol, which Crimean Tatars call Aqmescit'
    k3 = reports["k3_northgate_wire"]
    assert ("Aqmescit", "crimean_tatar") in [(g["name"], g["convention"]) for g in k3.summary["naming"]["glosses"]]
    assert k3.summary["naming"]["verdict"] == "international"


def test_days_and_times(reports):
    k1 = time_values(reports["k1_tavrida_vestnik"])  # filed Wednesday 25 November
    assert k1["Tuesday night"] == "2026-11-24TNI" and k1["Wednesday morning"] == "2026-11-25TMO"
    assert k1["9 a.m."] == "2026-11-25T09:00" and k1["about 2 a.m."] == "2026-11-25T02:00"
    assert k1["last week"] == "2026-W47" and k1["2014"] == "2014" and k1["next week"] == "2026-W49"
    assert k1["Friday"] == "2026-11-27" and k1["Thursday"] == "2026-11-26"
    k2 = time_values(reports["k2_kyiv_meridian"])
    assert k2["Tuesday night"] == "2026-11-24TNI" and k2["last week"] == "2026-W47" and k2["1944"] == "1944"
    assert k2["last month"] == "2026-10" and k2["February"] == "2027-02" and k2["2016"] == "2016"
    k3 = time_values(reports["k3_northgate_wire"])
    assert k3["overnight"] == "2026-11-24TNI" and k3["the night"] == "2026-11-24TNI"
    assert k3["Wednesday afternoon"] == "2026-11-25TAF" and k3["2022"] == "2022" and k3["2023"] == "2023"
    p1 = time_values(reports["p1_nusantara_post"])  # filed Tuesday 24 November
    assert p1["Saturday"] == "2026-11-21" and p1["Sunday morning"] == "2026-11-22TMO" and p1["Sunday"] == "2026-11-22"
    assert p1["Monday"] == "2026-11-23" and p1["last month"] == "2026-10" and p1["1969"] == "1969"
    assert p1["Tuesday"] == "2026-11-24" and p1["next week"] == "2026-W49" and p1["2018"] == "2018"
    p2 = time_values(reports["p2_cenderawasih_voice"])
    assert p2["Monday morning"] == "2026-11-23TMO" and p2["December 2018"] == "2018-12" and p2["Thursday"] == "2026-11-26"
    p3 = time_values(reports["p3_northgate_wire"])
    assert p3["the weekend"] == "2026-W47-WE" and p3["Saturday"] == "2026-11-21" and p3["next month"] == "2026-12"


def test_the_feodosia_strike_and_the_detentions_as_each_side_tells_them(reports):
    k1 = _evs(reports["k1_tavrida_vestnik"])
    # 'repelling a terrorist attack by the Kiev regime on a fuel depot near Feodosia'
    attack = one_event(k1, "attack")
    assert attack["event_type"] == "ASSAULT" and attack["actor"]["side"] == "ukrainian"
    assert arg_text(attack["location"]) == "Feodosia"
    detained = one_event(k1, "detained")
    assert (detained["event_type"], detained["mode"]) == ("COERCE", "arrest")
    assert arg_text(detained["location"]) == "the Dzhankoi district"
    k2 = _evs(reports["k2_kyiv_meridian"])
    struck = one_event(k2, "struck")
    assert struck["actor"]["side"] == "ukrainian" and arg_text(struck["recipient"]) == "an oil depot"
    assert arg_text(struck["location"]) == "Feodosia" and struck["date"] == "2026-11-24TNI"
    # 'Russia seized Crimea in 2014 after a so-called "referendum"'
    seized = one_event(k2, "seized")
    assert (seized["mode"], seized["date"], seized["actor"]["side"]) == ("seize-territory", "2014", "russian")
    (seven,) = [e for e in k2 if e["trigger_text"] == "detained" and arg_text(e["recipient"]) == "seven Crimean Tatars"]
    assert arg_text(seven["actor"]) == "the Russian FSB" and arg_text(seven["location"]) == "the Dzhankoi district"
    k3 = _evs(reports["k3_northgate_wire"])
    deported = one_event(k3, "deported")
    assert (deported["event_type"], deported["mode"], deported["date"]) == ("COERCE", "deport", "1944")
    halted = one_event(k3, "halted")
    assert arg_text(halted["location"]) == "the Kerch Strait bridge" and halted["date"] == "2026-11-24TNI"
    # 'a similar attack near Dzhankoi last week had caused no damage'
    # (one of two 'attack's since the nineteenth session's events fix: the lead's 'after a Ukrainian drone attack
    # overnight into Wednesday' is an event too, audit 19 E2)
    (last_week,) = [e for e in k3 if e["trigger_text"] == "attack" and e["date"] == "2026-W47"]
    assert arg_text(last_week["location"]) == "Dzhankoi"
    (lead,) = [e for e in k3 if e["trigger_text"] == "attack" and e["date"] == "2026-11-24TNI"]
    assert arg_text(lead["actor"]) == "Ukrainian"


def test_the_nduga_attack_the_operation_and_the_protest(reports):
    p1 = _evs(reports["p1_nusantara_post"])
    shot = one_event(p1, "shot")
    assert (shot["event_type"], shot["mode"]) == ("ASSAULT", "kill")
    assert arg_text(shot["recipient"]) == "four construction workers" and arg_text(shot["location"]) == "Nduga regency"
    dispersed = one_event(p1, "dispersed")
    assert arg_text(dispersed["location"]) == "Wamena" and dispersed["date"] == "2026-11-23"
    p2 = _evs(reports["p2_cenderawasih_voice"])
    taken = one_event(p2, "taken")
    assert (taken["mode"], taken["date"], arg_text(taken["recipient"])) == ("arrest", "2026-11-23TMO", "two young men")
    p3 = _evs(reports["p3_northgate_wire"])
    (claimed,) = [e for e in p3 if arg_text(e.get("recipient")) == "four soldiers"]
    assert claimed["date"] == "2026-11-21" and claimed["attributed_to"]["text"].startswith("The West Papua National")
    sent = one_event(p3, "sent")
    assert (sent["event_type"], sent["date"]) == ("MOBILIZE", "2026-11-22")
    protest = one_event(p3, "protest")
    assert protest["event_type"] == "PROTEST" and protest["date"] == "2026-11-23"
    assert arg_text(protest["location"]) == "the highland town of Wamena"
    (student,) = [e for e in p3 if arg_text(e.get("recipient")) == "a 19-year-old protester"]
    assert student["mode"] == "kill" and student["date"] == "2026-11-23"


def test_denials_and_negations(reports):
    p1 = _evs(reports["p1_nusantara_post"])
    # 'denied reports on social media that soldiers had burned houses in Mbua'
    (burned,) = [e for e in p1 if e["trigger_text"] == "burned" and arg_text(e["actor"]) == "soldiers"]
    assert burned["negated"] is True and burned["modality"] == "denied" and arg_text(burned["location"]) == "Mbua"
    # '"No civilians were targeted by security forces."'; 'the state would not negotiate with the KKB'
    assert one_event(p1, "targeted")["negated"] is True
    assert one_event(p1, "negotiate")["negated"] is True
    # Tabuni 'denied that its fighters had burned any houses'
    p2 = _evs(reports["p2_cenderawasih_voice"])
    (tpnpb,) = [e for e in p2 if e["trigger_text"] == "burned" and arg_text(e["recipient"]) == "any houses"]
    assert tpnpb["negated"] is True and tpnpb["modality"] == "denied"


def test_speakers_kinds_and_sides(reports):
    k1 = reports["k1_tavrida_vestnik"]
    (source,) = claims_of(k1, "a source in the regional administration")
    assert source["source_kind"] == "anonymous"
    assert {(c["source_kind"], c["side"]) for c in claims_of(k1, "the Russian Defence Ministry")} == {("government", "russian")}
    (belova,) = claims_of(k1, "the ministry's spokeswoman, Irina Belova")
    assert (belova["kind"], belova["source_kind"], belova["side"]) == ("direct_quote", "named_person", "russian")
    k2 = reports["k2_kyiv_meridian"]
    (anon,) = claims_of(k2, "the source, who spoke on condition of anonymity")
    assert anon["source_kind"] == "anonymous"
    staff = claims_of(k2, "The General Staff of the Armed Forces of Ukraine")
    assert {(c["source_kind"], c["side"]) for c in staff} == {("government", "ukrainian")}
    (lysenko,) = claims_of(k2, "Ukraine's Navy spokesman, Captain Dmytro Lysenko")
    assert (lysenko["source_kind"], lysenko["side"]) == ("named_person", "ukrainian")
    k3 = reports["k3_northgate_wire"]
    (sbu,) = claims_of(k3, "A source in Ukraine's SBU security service")
    assert sbu["side"] == "ukrainian"
    (diplomat,) = claims_of(k3, "A Western diplomat in Kyiv")
    assert diplomat["source_kind"] == "anonymous"
    (atesh,) = claims_of(k3, "A Ukrainian partisan group, Atesh")
    assert (atesh["source_kind"], atesh["side"]) == ("organisation", "ukrainian")
    (official,) = claims_of(reports["p1_nusantara_post"], "A senior security official in Jakarta")
    assert official["source_kind"] == "anonymous"
    villager = claims_of(reports["p2_cenderawasih_voice"], "A villager from Mbua")
    assert len(villager) == 2 and {c["source_kind"] for c in villager} == {"anonymous"}
    p3 = reports["p3_northgate_wire"]
    (lindqvist,) = claims_of(p3, "Maria Lindqvist, a spokeswoman for the UN human rights office in Geneva")
    assert (lindqvist["kind"], lindqvist["side"]) == ("direct_quote", "neutral")
    (foreign,) = claims_of(p3, "A foreign diplomat in Jakarta")
    assert foreign["source_kind"] == "anonymous"


def test_headlines_against_the_body(reports):
    (regime,) = _spans(reports["k1_tavrida_vestnik"], "headline", "Kiev regime")
    assert regime.label == "word_as_own"
    # 'Security forces hunt KKB after armed criminal group kills four road workers in Nduga'
    (kills,) = _spans(reports["p1_nusantara_post"], "headline", "kills")
    assert kills.label == "stated_as_fact" and kills.attrs["speaker"] == "police"


def test_distancing_and_scare_quotes_that_are_right(reports):
    k1 = reports["k1_tavrida_vestnik"]
    (so_called,) = _spans(k1, "framing", "so-called", "distancing")
    assert so_called.attrs["scope_text"] == "'partisans'" and so_called.attrs["voice"] == "quoted"
    k2 = reports["k2_kyiv_meridian"]
    (referendum,) = _spans(k2, "framing", "so-called", "distancing")
    assert referendum.attrs["scope_text"] == '"referendum"' and referendum.attrs["voice"] == "outlet"
    (head,) = _spans(k2, "framing", '"head"', "scare_quote")
    assert head.attrs["voice"] == "outlet"
    (call,) = _spans(k2, "framing", "call", "distancing")
    assert call.attrs["scope_text"] == "Simferopol"
    (call3,) = _spans(reports["k3_northgate_wire"], "framing", "call", "distancing")
    assert call3.attrs["scope_text"] == "Aqmescit"
    (opm,) = _spans(reports["p1_nusantara_post"], "framing", "so-called", "distancing")
    assert opm.attrs["scope_text"] == '"Free Papua Movement"'
    p2 = reports["p2_cenderawasih_voice"]
    (what,) = _spans(p2, "framing", "what it calls", "distancing")
    assert what.attrs["scope_text"] == 'the "armed criminal group"'
    (kkb,) = _spans(p2, "framing", "described", "distancing")
    assert kkb.attrs["scope_text"] == 'as "KKB"'
    (afc,) = _spans(p2, "framing", "so-called", "distancing")
    assert afc.attrs["scope_text"] == '"Act of Free Choice"'


def test_labels_and_loaded_words_in_each_voice(reports):
    k1 = reports["k1_tavrida_vestnik"]
    regime = _spans(k1, "framing", "Kiev regime", "label")
    assert [s.attrs["voice"] for s in regime] == ["outlet", "reported", "quoted"]
    (neutralised,) = _spans(k1, "framing", "neutralised", "loaded")
    assert neutralised.attrs["category"] == "euphemism"
    k2 = reports["k2_kyiv_meridian"]
    occupiers = _spans(k2, "framing", "occupiers", "label")
    assert occupiers[0].start == 45 and occupiers[0].attrs["voice"] == "outlet"
    (annexation,) = _spans(k2, "framing", "annexation", "loaded")
    assert annexation.attrs["attributed_to"].startswith("The Mission of the President of Ukraine")
    (liberation,) = _spans(k2, "framing", "liberation", "loaded")
    assert liberation.attrs["category"] == "legitimising"
    (illegitimate,) = _spans(reports["k3_northgate_wire"], "framing", "illegitimate", "loaded")
    assert illegitimate.attrs["attributed_to"] == "Kyiv and most Western governments"
    (sham,) = _spans(reports["p3_northgate_wire"], "framing", "sham", "loaded")
    assert sham.attrs["attributed_to"] == "critics"


def test_figures_that_are_right(reports):
    k1 = reports["k1_tavrida_vestnik"]
    assert _figures(k1, "three members") == [(3, "detained", "people")]
    assert _figures(k1, "A fourth man") == [(1, "killed", "people")]
    assert _figures(k1, "one worker") == [(1, "wounded", "people")]
    k3 = reports["k3_northgate_wire"]
    (five,) = [f for f in k3.records["figures"] if f["text"] == "five Russian soldiers"]
    assert (five["value"], five["how"], five["outcome"], five["side"]) == (5, "at least", "killed", "russian")
    assert _figures(k3, "seven men") == [(7, "detained", "people")]
    p1 = reports["p1_nusantara_post"]
    assert _figures(p1, "four construction workers") == [(4, "killed", "people")]
    assert _figures(p1, "23") == [(23, "detained", "people")]
    p2 = reports["p2_cenderawasih_voice"]
    assert _figures(p2, "2,400 people") == [(2400, "displaced", "people")]
    assert _figures(p2, "two young men") == [(2, "detained", "people")]
    p3 = reports["p3_northgate_wire"]
    assert _figures(p3, "four soldiers") == [(4, "killed", "military")]
    assert _figures(p3, "2,400 people") == [(2400, "displaced", "people")]


def test_compare_rows_that_are_right(reports):
    from newsprism.compare import compare

    k = [reports[n] for n in NAMES[:3]]
    ids = {x.article.id: n for n, x in zip(NAMES[:3], k, strict=True)}
    out = compare(k)
    # the FSB's three against the rights group's seven: one detention row, marked as differing
    (detained,) = [r for r in out["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    values = {ids[i]: sorted(f["value"] for f in fs) for i, fs in detained["by_article"].items()}
    assert detained["differs"] and values["k1_tavrida_vestnik"] == [3] and values["k3_northgate_wire"] == [3, 7]
    # the detentions in the Dzhankoi district, in all three reports
    rows = [r for r in out["shared_events"] if r["event_type"] == "COERCE" and r["date"] == "2026-11-25"]
    assert any({ids[i] for i in r["articles"]} == set(NAMES[:3]) for r in rows)
    assert "Aqmescit" in str(out["place_names"])
    p = [reports[n] for n in NAMES[3:]]
    ids = {x.article.id: n for n, x in zip(NAMES[3:], p, strict=True)}
    out = compare(p)
    # the pastor's 2,400 displaced, in the Papuan outlet and the wire
    (fled,) = [  # (the 150 moved to a church are figures of their own since audit 19 C3)
        r
        for r in out["casualty_figures"]["rows"]
        if r["outcome"] == "displaced" and any(f["value"] == 2400 for v in r["by_article"].values() for f in v)
    ]
    assert {ids[i] for i in fled["by_article"]} == {"p2_cenderawasih_voice", "p3_northgate_wire"}


def test_actors_that_are_right(reports):
    def table(name: str) -> dict[str, tuple]:
        return {s.text: (s.attrs.get("side"), s.label) for s in _spans(reports[name], "actor")}

    k1 = table("k1_tavrida_vestnik")
    assert k1["Kiev regime"] == ("ukrainian", "state") and k1["Russian Defence Ministry"] == ("russian", "ministry")
    k2 = table("k2_kyiv_meridian")
    assert k2["occupiers"] == ("russian", "armed_forces") and k2["Armed Forces of Ukraine"] == ("ukrainian", "armed_forces")
    assert k2["President of Ukraine"][0] == "ukrainian" and k2["Russian troops"][0] == "russian"
    k3 = table("k3_northgate_wire")
    assert k3["Russia's Defence Ministry"] == ("russian", "ministry") and k3["Russian soldiers"][0] == "russian"
    p3 = table("p3_northgate_wire")
    assert p3["UN"] == ("neutral", "international_org") and p3["Maria Lindqvist"][0] == "neutral"
