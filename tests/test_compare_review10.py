"""Tenth-session review of the comparison: attempts to break who-fired-first, claims joined to
rows, same-area places, and the caveat for sides that rest on an undated report.

Fictional reports built by hand (the helper of test_compare_turns), so that each rule is tested
without the other layers' changes moving the result; one test runs the whole pipeline on the
fictional wire in tests/fixtures/compare10r_wire.
"""

import datetime as dt
import json
from pathlib import Path

from test_compare_turns import Report, _ids, two_sided_wire

from newsprism.cli import main
from newsprism.compare import compare
from newsprism.compare_claims import mentions
from newsprism.render.comparison import _event_cell, _extras, _markers

FIX = Path(__file__).parent / "fixtures" / "compare10r_wire"
JERMUK = "Azerbaijani forces shelled positions near Jermuk."


def _jermuk(outlet: str = "Ararat Post", text: str = JERMUK, doer=("Azerbaijani forces", "azerbaijani")) -> Report:
    r = Report(outlet, text)
    r.event("shelled", doer[0], doer[1], "Jermuk", "g:1")
    return r


# --- what did not happen, or happened another time -------------------------------------------


def test_a_planned_attack_at_the_same_place_is_not_the_incident():
    """'Armenian troops were planning to attack positions near Jermuk' (modality planned, no
    date) joined the dated row by place and made a disputed_actor; now it is a row of its own.
    Two reports of one planned meeting still align with each other."""
    b = Report("Caspian Post", "The ministry said Armenian troops were planning to attack positions near Jermuk.")
    b.event("attack", "Armenian troops", "armenian", "Jermuk", "g:1", date=None, modality="planned")
    result = compare([_jermuk().analysis(), b.analysis()])
    a, kb = _ids(result)
    assert result["shared_events"] == []
    assert sorted(next(iter(r["articles"])) for r in result["single_source_events"]) == sorted([a, kb])
    meet = []
    for outlet in ("A", "B"):
        r = Report(outlet, "The two leaders will meet in Brussels.")
        r.event("meet", "The two leaders", None, "Brussels", "g:9", modality="future", event_type="CONSULT")
        meet.append(r.analysis())
    (row,) = compare(meet)["shared_events"]
    assert row["event_type"] == "CONSULT"


def test_a_claim_about_another_year_or_a_hypothetical_joins_no_row():
    """'the shelling near Jermuk in 2022 was their work' and 'a strike near Jermuk would be a
    mistake' joined the 13 May row; a claim whose date fits ('on 13 May') still joins."""
    text = (
        "The spokesman said the shelling of positions near Jermuk in 2022 was the work of Armenian units. "
        "The minister said a strike on positions near Jermuk would be a mistake. "
        "Residents said shells hit homes near Jermuk on 13 May."
    )
    b = Report("Caspian Post", text)
    b.claim(
        "The spokesman", "said", "the shelling of positions near Jermuk in 2022 was the work of Armenian units", {"Jermuk": "g:1"}
    )
    b.span("2022", "time", "DATE", value="2022")
    b.claim("The minister", "said", "a strike on positions near Jermuk would be a mistake")
    b.span("Jermuk", "place", nth=1, kind="city", id="g:1", name="Jermuk")
    b.claim("Residents", "said", "shells hit homes near Jermuk on 13 May")
    b.span("Jermuk", "place", nth=2, kind="city", id="g:1", name="Jermuk")
    b.span("13 May", "time", "DATE", value="2025-05-13")
    result = compare([_jermuk().analysis(), b.analysis()])
    _, kb = _ids(result)
    (row,) = result["shared_events"]
    assert [c["speaker"] for c in row["articles"][kb]["claims"]] == ["Residents"]
    # a clock time carries the dateline's day (14 May), not the text's: it sets nothing apart
    m = Report("Wire", "Monitors said they heard artillery fire near Jermuk from about 11:45 pm.")
    m.claim("Monitors", "said", "they heard artillery fire near Jermuk from about 11:45 pm", {"Jermuk": "g:1"})
    m.span("about 11:45 pm", "time", "TIME", value="2025-05-14T23:45")
    result = compare([_jermuk().analysis(), m.analysis()])
    (row,) = result["shared_events"]
    assert [c["speaker"] for c in row["articles"][_ids(result)[1]]["claims"]] == ["Monitors"]


def test_shelling_out_money_is_no_attack_and_criticism_is_no_fire():
    """'In response to criticism, the ministry shelled out …': the event layer may read an
    ASSAULT; the reply to criticism must not make it a reply to fire, and a claim about money
    spent in Jermuk is no shelling claim."""
    assert mentions("the ministry shelled out 2 million dram for repairs in Jermuk", "ASSAULT") == []
    text = (
        "In response to criticism, the ministry shelled out money for repairs near Jermuk. "
        "Armenian forces shelled positions near Jermuk."
    )
    r = Report("Money Times", text)
    r.event("shelled", "the ministry", "armenian", "Jermuk", "g:1")
    r.event("shelled", "Armenian forces", "armenian", trigger_nth=1)
    r.events[-1]["location"] = r.events[0]["location"]
    result = compare([_jermuk().analysis(), r.analysis()])
    (row,) = result["shared_events"]
    cell = row["articles"][_ids(result)[1]]
    assert cell["initiator"]["basis"] == ["sole_doer"]  # was 'response_cue'; 'in response to criticism' is no reply
    # a reply to fire is still read: 'in response to the shelling', 'to Armenian provocations'
    for reply in ("In response to the shelling, Armenian units", "In response to Azerbaijani provocations, Armenian units"):
        text = f"Azerbaijani forces shelled positions near Jermuk. {reply} shelled positions near Jermuk."
        s = Report("Ararat Post", text)
        s.event("shelled", "Azerbaijani forces", "azerbaijani", "Jermuk", "g:1")
        s.event("shelled", "Armenian units", "armenian", trigger_nth=1)
        s.events[-1]["location"] = s.events[0]["location"]
        (row,) = compare([s.analysis(), s.analysis()])["shared_events"]
        assert next(iter(row["articles"].values()))["initiator"]["basis"] == ["response_cue"], reply


def test_a_reply_in_a_clause_of_its_own_is_not_the_triggers():
    """'… said Azerbaijani forces shelled positions near Jermuk and that Armenian units fired
    back': the event layer gives no event for 'fired back', and the reply was read as the
    shelling's, so each account had only replies and the wire named no initiator. Now each
    account says the other side fired (the wire gives both; no dispute with either outlet)."""
    text = (
        "Yerevan said Azerbaijani forces shelled positions near Jermuk and that Armenian units fired back. "
        "Baku said Armenian forces shelled positions near Jermuk and that Azerbaijani units responded."
    )
    w = two_sided_wire(text)
    result = compare([_jermuk().analysis(), w.analysis()])
    (row,) = result["shared_events"]
    started = row["articles"][_ids(result)[1]]["initiator"]
    assert started["sides"] == ["armenian", "azerbaijani"] and started["basis"] == ["sole_doer"]
    assert row["markers"] == []
    # the coach 'fired back at critics' after the shelling in the same sentence: no reply either
    s = _jermuk("Sport Daily", "Azerbaijani forces shelled positions near Jermuk; the coach fired back at critics.")
    (row,) = compare([s.analysis(), s.analysis()])["shared_events"]
    assert next(iter(row["articles"].values()))["initiator"]["basis"] == ["sole_doer"]


def test_a_retaliation_told_before_its_trigger_still_counts():
    """'Armenian units retaliated by shelling …': the clause cue comes before the trigger it marks."""
    text = "Azerbaijani forces shelled positions near Jermuk. Armenian units retaliated by shelling positions near Jermuk."
    r = Report("Ararat Post", text)
    r.event("shelled", "Azerbaijani forces", "azerbaijani", "Jermuk", "g:1")
    r.event("shelling", "Armenian units", "armenian")
    r.events[-1]["location"] = r.events[0]["location"]
    (row,) = compare([r.analysis(), r.analysis()])["shared_events"]
    started = next(iter(row["articles"].values()))["initiator"]
    assert started["sides"] == ["azerbaijani"] and started["basis"] == ["response_cue"]


# --- places -----------------------------------------------------------------------------------


def test_a_district_of_the_same_name_in_another_country_is_not_the_area():
    """'the Hyderabad district' (Pakistan; no id from the place layer) and Hyderabad (India)
    matched by name as the same area; places of two countries never match."""
    a = Report("Deccan Post", "Militants attacked a police station in Hyderabad.")
    a.event("attacked", "Militants", None, "Hyderabad", "geonames:1269843", date=None)
    a.spans[-1].attrs["country"] = "IN"
    b = Report("Sindh Courier", "Gunmen attacked a checkpoint in the Hyderabad district.")
    b.event("attacked", "Gunmen", None, "the Hyderabad district", None, name="Hyderabad", date=None)
    b.spans[-1].attrs["country"] = "PK"
    assert compare([a.analysis(), b.analysis()])["shared_events"] == []
    b.spans[-1].attrs["country"] = "IN"  # the same country: the same area, as before
    (row,) = compare([a.analysis(), b.analysis()])["shared_events"]
    assert row["place_match"] == "same_area"


# --- sides ------------------------------------------------------------------------------------


def test_the_same_side_under_other_names_is_no_dispute():
    """'Azerbaijani forces' and 'the Azerbaijani army' fired first in one report, 'Baku's troops'
    (same side) in the other: no disputed_initiator, no disputed_actor."""
    a = Report("A", "The Azerbaijani army fired first at positions near Jermuk. Armenian units shelled positions near Jermuk.")
    a.event("fired", "The Azerbaijani army", "azerbaijani", "Jermuk", "g:1")
    a.event("shelled", "Armenian units", "armenian")
    a.events[-1]["location"] = a.events[0]["location"]
    b = Report("B", "Armenian units shelled positions near Jermuk. Baku's troops fired first at positions near Jermuk.")
    b.event("shelled", "Armenian units", "armenian", "Jermuk", "g:1")
    b.event("fired", "Baku's troops", "azerbaijani")
    b.events[-1]["location"] = b.events[0]["location"]
    (row,) = compare([a.analysis(), b.analysis()])["shared_events"]
    assert row["markers"] == []


def test_a_side_that_rests_on_an_undated_report_is_said_so():
    """The actor layer gives an undated report the current side of 'the Syrian army' (the
    transitional government's); a 2019 report's Syrian army is Assad's. The disputed_actor that
    follows is kept (the sides are the layer's) but said to rest on a report without a date."""
    a = Report("Idlib Post", "The Syrian army shelled villages near Saraqib.")
    a.event("shelled", "The Syrian army", "syrian_government", "Saraqib", "g:2", date="2019-03-03")
    span = a.span("Syrian army", "actor", "armed_forces", side="syrian_government", period={"until": "2024-12-08"})
    span.attrs["dated_by"] = "time anchor 2019-03-03"
    a.events[0]["actor"]["span"] = span.id
    b = Report("Orontes Courier", "The Syrian army shelled villages near Saraqib.")
    b.event("shelled", "The Syrian army", "syrian_transitional_government", "Saraqib", "g:2", date=None)
    span = b.span("Syrian army", "actor", "armed_forces", side="syrian_transitional_government", period={"from": "2024-12-08"})
    span.attrs["dated_by"] = "no date for the article: the current entry"
    b.events[0]["actor"]["span"] = span.id
    result = compare([a.analysis(), b.analysis()])
    ka, kb = _ids(result)
    (row,) = result["shared_events"]
    assert row["articles"][ka]["undated_sides"] == []
    assert row["articles"][kb]["undated_sides"] == [
        {"actor": "The Syrian army", "side": "syrian_transitional_government", "period": {"from": "2024-12-08"}}
    ]
    (marker,) = row["markers"]
    assert marker["marker"] == "disputed_actor" and marker["undated_sides"] == [kb]
    assert (
        "undated report: The Syrian army read as syrian_transitional_government (its side from 2024-12-08, another before)"
        in (_event_cell(row, kb))
    )
    assert _markers(row, {ka: "Idlib Post", kb: "Orontes Courier"}).endswith(
        "sides of Orontes Courier rest on a report without a date"
    )
    assert any("changed sides over time" in line for line in _extras(result["shared_events"]))


# --- whole pipeline ---------------------------------------------------------------------------


def test_a_wire_quoting_both_sides_through_the_whole_pipeline(tmp_path):
    """A wire gives each ministry's account ('… and that Armenian units fired back'); it names
    both sides as having started it and collides with neither outlet."""
    files = [str(FIX / f) for f in ("jermuk_ararat_post.txt", "jermuk_meridian_wire.txt")]
    assert main(["compare", *files, "--format", "json", "-o", str(tmp_path / "c.json")]) == 0
    doc = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    _, wire = _ids(doc)
    (row,) = [e for e in doc["shared_events"] if e["event_type"] == "ASSAULT"]
    assert row["articles"][wire]["initiator"]["sides"] == ["armenian", "azerbaijani"]
    assert row["markers"] == []


def test_a_report_written_before_the_day_tells_another_incident():
    """A report of 10 May (its dateline) telling undated shelling near Jermuk joined the row of
    13 May by place, and so could a claim in it; what a report tells happened by its own date."""
    b = Report(
        "Lake Courier", "JERMUK, 10 May 2025 — Shells hit homes near Jermuk, residents said. Officials said shells hit Jermuk."
    )
    b.event("hit", None, None, "Jermuk", "g:1", date=None)
    dateline = b.span("10 May 2025", "time", "DATE", value="2025-05-10", dateline=True)
    b.claim("Officials", "said", "shells hit Jermuk")
    b.span("Jermuk", "place", nth=1, kind="city", id="g:1", name="Jermuk")
    result = compare([_jermuk().analysis(), b.analysis()])
    assert result["shared_events"] == []
    # written on 14 May, it may tell the 13 May shelling (a place match, as before)
    dateline.attrs["value"] = "2025-05-14"
    (row,) = compare([_jermuk().analysis(), b.analysis()])["shared_events"]
    assert row["match"] == "date_and_place"


def test_starting_an_inquiry_is_no_first_shot():
    """'The ministry started the inquiry after Azerbaijani forces shelled …' read as the first
    shot ('started the'); 'started the clash' still is one."""
    for opening, basis in (
        ("The ministry started the inquiry after", "response_cue"),
        ("Armenian units started the clash and", "initiation_cue"),
    ):
        text = f"{opening} Azerbaijani forces shelled positions near Jermuk. Armenian units fired back at positions near Jermuk."
        r = Report("Ararat Post", text)
        r.event("shelled", "Azerbaijani forces", "azerbaijani", "Jermuk", "g:1")
        r.event("fired", "Armenian units", "armenian")
        r.events[-1]["location"] = r.events[0]["location"]
        if basis == "initiation_cue":  # the clash is the Armenian units' first act, told as their event
            r.event("clash", "Armenian units", "armenian")
            r.events[-1]["location"] = r.events[0]["location"]
        (row,) = compare([r.analysis(), r.analysis()])["shared_events"]
        started = next(iter(row["articles"].values()))["initiator"]
        assert basis in started["basis"], opening


def test_an_earlier_or_repeated_attack_at_the_place_is_not_the_incident():
    """'an earlier attack on Jermuk by Armenian units', 'Armenian forces have repeatedly shelled
    villages near Jermuk' (no date) joined the 13 May row by place and made a disputed_actor;
    'the previous shelling of Jermuk' joined as a claim. None of them joins now."""
    text = (
        "The spokesman said an earlier attack on Jermuk by Armenian units had killed a shepherd. "
        "Armenian forces have repeatedly shelled villages near Jermuk. "
        "Residents recalled the previous shelling of Jermuk."
    )
    b = Report("Caspian Post", text)
    b.event("attack", "Armenian units", "armenian", "Jermuk", "g:1", date=None)
    b.event("shelled", "Armenian forces", "armenian", date=None)
    b.events[-1]["location"] = b.events[0]["location"]
    b.claim("Residents", "recalled", "the previous shelling of Jermuk")
    b.span("Jermuk", "place", nth=2, kind="city", id="g:1", name="Jermuk")
    result = compare([_jermuk().analysis(), b.analysis()])
    assert result["shared_events"] == []
    assert result["undated_events"][_ids(result)[1]] == 2


def test_the_event_layers_reply_marks_a_reply():
    """The event layer marks 'its army responded' … as ``reply``; with no cue word at the
    trigger the comparison took the reply for the only other doer ('order'); now it reads it."""
    text = "Armenian forces shelled positions near Jermuk. Azerbaijani units struck positions near Jermuk."
    r = Report("Caspian Post", text)
    r.event("shelled", "Armenian forces", "armenian", "Jermuk", "g:1")
    r.event("struck", "Azerbaijani units", "azerbaijani", reply=True)
    r.events[-1]["location"] = r.events[0]["location"]
    (row,) = compare([r.analysis(), r.analysis()])["shared_events"]
    started = next(iter(row["articles"].values()))["initiator"]
    assert started["sides"] == ["armenian"] and started["basis"] == ["response_cue"]


def test_an_undated_report_shows_what_dated_it_and_social_media_sources_are_evidence():
    from newsprism.render.comparison import _row_value

    from conftest import analyse

    a = analyse(
        "Shelling near Jermuk\n\nYEREVAN, May 14, 2025 (Ararat Post) \u2014 Azerbaijani forces shelled Jermuk on Tuesday. "
        "Footage circulating on social media appeared to show fires in the town.\n"
    )
    b = analyse("Border calm\n\nThe ministry said the border was calm.\n", published=dt.date(2025, 5, 15))
    cmp = compare([a, b])
    col_a, col_b = cmp["articles"]
    assert col_a["published"] is None and col_a["time_anchor"]["anchor"] == "2025-05-14"
    assert _row_value(col_a, "published") == "no publication date; dateline 2025-05-14"
    assert col_b["time_anchor"] is None and _row_value(col_b, "published") == "2025-05-15"
    assert col_a["source_kinds"] == {"social_media": 1}
    assert [e["text"] for e in col_a["evidence"]["source_kinds"]] == ["Footage"]  # the unnamed source, checkable


def test_a_genre_caveat_shared_by_every_report_is_printed_once():
    import io
    from html import escape

    from rich.console import Console

    from newsprism.render.comparison import terminal, to_html

    from conftest import analyse

    a = analyse("Shelling near Jermuk\n\nAzerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n")
    b = analyse("Border stays calm\n\nThe ministry said the border was calm on Tuesday.\n")
    cmp = compare([a, b])
    caveat = cmp["articles"][0]["genre_caveat"]
    assert caveat and caveat == cmp["articles"][1]["genre_caveat"]
    out = io.StringIO()
    terminal(cmp, Console(file=out, width=300))
    text = out.getvalue()
    assert text.count("Genre caveat (every report)") == 1
    assert text.count(caveat[:40]) == 1
    # the HTML too: one cell across the columns, not the caveat in each (the JSON below the table aside)
    page = to_html(cmp).split("<details>")[0]
    assert page.count(escape(caveat[:40])) == 1 and '<td colspan="2" class="shared"><b>Every report: </b>' in page


def test_a_row_dated_by_a_period_is_compared_by_its_first_day():
    from newsprism.compare_events import written_before

    # a report of 10 May can tell the shelling "last week" (week 18 starts on 1 May) or in Q1
    assert not written_before("2023-05-10", "2023-W18")
    assert not written_before("2023-05-10", "2023-Q1")
    assert written_before("2023-04-20", "2023-W18")
    assert written_before("2023-05-10", "2023-05-13")
    assert not written_before("2023-05-10", "PAST_REF") and not written_before(None, "2023-05-13")
