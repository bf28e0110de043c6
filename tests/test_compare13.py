"""Thirteenth session, comparison: the twelfth audit's open rows (E3/C4: the night of the Kosovo
attack in two rows and no disputed initiator; C16, C13, C12) and the auditor's follow-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism import ingest
from newsprism.compare import compare
from newsprism.compare_time import may_be_same, row_day
from newsprism.model import Analysis, Article

FIX = Path(__file__).parent / "fixtures" / "audit12"


@pytest.fixture(scope="module")
def kosovo(pipeline) -> list[Analysis]:
    out = []
    for name in ("k1_dardania_observer", "k2_sava_chronicle", "k3_meridian_wire"):
        (article,) = list(ingest.read(str(FIX / f"{name}.txt")))
        out.append(pipeline(article))
    return out


@pytest.fixture(scope="module")
def kosovo_cmp(kosovo) -> dict:
    return compare(kosovo)


def test_a_night_is_the_small_hours_of_the_next_day_and_the_evening_of_its_own():
    assert may_be_same("2026-11-22TNI", "2026-11-23T02:40")
    assert may_be_same("2026-11-22TNI", "2026-11-22T24:00")
    assert may_be_same("2026-11-22TNI", "2026-11-22T21:00")
    assert not may_be_same("2026-11-22TNI", "2026-11-23T09:00")  # Monday morning is not Sunday night
    assert not may_be_same("2026-11-22TNI", "2026-11-21T23:00")
    assert not may_be_same("2026-11-22", "2026-11-23")
    assert may_be_same("2026-11", "2026-11-23") and not may_be_same("2026-07", "2026-11-23")
    assert row_day("2026-11-22T24:00") == "2026-11-23" and row_day("2026-11-23T02:40") == "2026-11-23"
    assert row_day("2026-11-22TNI") is None and row_day("2026-W47") == "2026-W47"


def _ev(i: int, date: str, side: str | None = None, **kw) -> dict:
    actor = {"text": f"doer {i}", "side": side} if side else None
    loc = {"text": "Zvecan", "name": "Zvečan", "id": "g:1", "kind": "city"}
    return {
        "id": f"event-{i}",
        "event_type": "ASSAULT",
        "date": date,
        "trigger": f"event-{i}",
        "location": loc,
        "actor": actor,
    } | kw


def _report(outlet: str, events: list[dict]) -> Analysis:
    return Analysis(article=Article(text=f"A report by {outlet}.", outlet=outlet), records={"events": events})


def _rows(a: Analysis, b: Analysis) -> list[tuple[str | None, int]]:
    return sorted((r["date"], len(r["articles"])) for r in compare([a, b])["shared_events"])


def test_overnight_joins_the_row_of_a_time_in_the_small_hours():
    """Audit 12 E3: 'overnight' in a Monday report (2026-11-22TNI) and 'about 2.40 am' on Monday
    were two rows (exact date strings); now one row, dated by the night when every telling is in it
    (a bare Monday among them dates it by the day: the Kosovo fixtures below)."""
    night = _report("Sava", [_ev(1, "2026-11-22TNI")])
    cmp = compare([_report("Ibar", [_ev(1, "2026-11-23T02:40")]), night])
    (row,) = cmp["shared_events"]
    assert row["date"] == "2026-11-22TNI"
    cells = list(row["articles"].values())
    assert [c["dates"] for c in cells] == [["2026-11-23T02:40"], []]
    # the evening of the night's own day, too; a bare Monday with the 2.40 am dates the row by the day
    assert _rows(_report("Ibar", [_ev(1, "2026-11-22T21:30")]), night) == [("2026-11-22TNI", 2)]
    day = _report("Ibar", [_ev(1, "2026-11-23T02:40"), _ev(2, "2026-11-23")])
    (row,) = compare([day, night])["shared_events"]
    assert row["date"] == "2026-11-23" and list(row["articles"].values())[1]["dates"] == ["2026-11-22TNI"]


def test_a_night_does_not_join_a_bare_day_or_the_next_morning():
    """A bare Monday may be its afternoon; 9 am is not the night before."""
    night = _report("Sava", [_ev(1, "2026-11-22TNI")])
    assert _rows(_report("Ibar", [_ev(1, "2026-11-23")]), night) == []
    assert _rows(_report("Ibar", [_ev(1, "2026-11-23T09:00")]), night) == []


def test_the_kosovo_night_is_one_row_with_a_disputed_initiator(kosovo, kosovo_cmp):
    """Audit 12 E3/C4 on the fixtures: k2's 'stormed … overnight' (the night of the 22nd) shares
    the row of k1's attack 'early on Monday … about 2.40 am' and k3's; k1's 'Special units of the
    Kosovo Police returned fire' (no date) joins its one dated attack as the reply, so k1 says the
    Kosovo side did not fire first and k2 that it did: a disputed initiator."""
    k1, k2, k3 = (c["id"] for c in kosovo_cmp["articles"])
    (row,) = [r for r in kosovo_cmp["shared_events"] if r["event_type"] == "ASSAULT" and r["date"] == "2026-11-23"]
    assert set(row["articles"]) == {k1, k2, k3}
    assert "2026-11-22TNI" in row["articles"][k2]["dates"]
    by_id = {s.id: s for s in kosovo[1].spans}
    told = [by_id[t].text for t in row["articles"][k2]["triggers"]]
    assert "stormed" in told
    (reply,) = row["articles"][k1]["replies"]
    assert reply["text"] == "returned fire"
    assert next(s for s in kosovo[0].spans if s.id == reply["trigger"]).text == "returned fire"
    (m,) = [m for m in row["markers"] if m["marker"] == "disputed_initiator"]
    assert m["by_article"] == {k1: ["not:kosovar"], k2: ["kosovar"]}
    assert m["basis"][k1] == ["answered_fire"]


def test_the_kosovo_rows_render_the_nights_dates_and_the_reply(kosovo_cmp):
    from newsprism.render import comparison

    html = comparison.to_html(kosovo_cmp)
    assert "the night after 2026-11-22" in html
    assert "disputed initiator, who fired first (Dardania Observer: not kosovar; The Sava Chronicle: kosovar)" in html
    assert "as the reply to the attack this report dates" in html


def test_a_reply_alone_without_an_unsided_attack_names_no_initiator():
    """'Indian troops fired back' with no other telling: who they answered is not said."""
    a = _report("A", [_ev(1, "2026-11-23", "indian", reply=True)])
    b = _report("B", [_ev(1, "2026-11-23", "pakistani")])
    (row,) = compare([a, b])["shared_events"]
    ka = next(iter(row["articles"]))
    assert row["articles"][ka]["initiator"] is None


def test_one_officers_death_is_one_row_and_the_attackers_one(kosovo_cmp):
    """Audit 12 C16: the officer was in rows 'police · at Zvecan' (k3), 'police · kosovar · at
    Zveçan' (k1, one place id) and 'police · kosovar' without a place (k3's lead, k2's 'A member');
    now one row. A row that says less (no place, no side) joins the one that says more when its
    figures fit there."""
    k1, k2, k3 = (c["id"] for c in kosovo_cmp["articles"])
    rows = [r for r in kosovo_cmp["casualty_figures"]["rows"] if r["outcome"] == "killed" and r["victims"] == "police"]
    (row,) = rows
    assert row["side"] == "kosovar" and set(row["by_article"]) == {k1, k2, k3} and row["differs"] is False
    assert sorted(e["text"] for e in row["by_article"][k3]) == ["A Kosovo police officer", "one officer"]
    (fighters,) = [r for r in kosovo_cmp["casualty_figures"]["rows"] if r["outcome"] == "killed" and r["victims"] == "fighters"]
    assert set(fighters["by_article"]) == {k1, k2, k3}


def test_three_armed_attackers_or_two_unarmed_serbs_is_a_disputed_victims_finding(kosovo, kosovo_cmp):
    """Audit 12 C13: Kosovo's three attackers and Serbia's two unarmed Serbs (the wire's 'Kosovo
    authorities said …, while Serbia said two unarmed Serbs had died', early on Monday) gave no
    finding: the Serbs' figure has no place and the wire gives both kinds. Two sides' accounts
    are no toll of one report's own; one day dates them together."""
    k1, _k2, k3 = (c["id"] for c in kosovo_cmp["articles"])
    (d,) = [x for x in kosovo_cmp["casualty_figures"]["disputes"] if x["marker"] == "disputed_victims"]
    assert (d["combatants"]["victims"], d["noncombatants"]["victims"]) == ("fighters", "civilians")
    (serbs,) = d["noncombatants"]["by_article"][k3]
    assert kosovo[2].article.text[serbs["start"] : serbs["end"]] == "two unarmed Serbs"
    assert serbs["said_by"]["side"] == "serbian"
    assert {e["text"] for e in d["combatants"]["by_article"][k1]} == {"three attackers"}


def test_an_undated_unplaced_figure_makes_no_disputed_victims():
    """Two figures without a place and without a day may be two incidents."""
    import datetime as dt

    from conftest import analyse

    a = analyse("Clash\n\nThree gunmen were killed, the police said.", outlet="Ibar Post", published=dt.date(2026, 11, 23))
    b = analyse(
        "Raid\n\nTwo unarmed civilians were killed, the office said.", outlet="Morava Post", published=dt.date(2026, 11, 23)
    )
    assert compare([a, b])["casualty_figures"]["disputes"] == []


def test_the_morning_and_the_evening_of_one_day_are_two_rows():
    """A clock time or part of the day joins its day's row, but the morning of the 25th and the
    evening of the 25th cannot meet (audit 13 w: a ramming in the morning, settlers at dusk)."""
    from newsprism.compare_time import clash

    assert clash("2026-11-25TMO", "2026-11-25TEV") and not clash("2026-11-25TMO", "2026-11-25T02:40")
    assert not clash("2026-11-25", "2026-11-25TEV") and clash("2026-11-25T08:00", "2026-11-25T19:00")
    a = _report("Zion", [_ev(1, "2026-11-25TMO")])
    b = _report("Lodestar", [_ev(1, "2026-11-25TEV")])
    assert _rows(a, b) == []
    c = _report("Karama", [_ev(1, "2026-11-25")])
    assert _rows(a, c) == [("2026-11-25", 2)]


@pytest.fixture(scope="module")
def west_bank(pipeline) -> list[Analysis]:
    fix = Path(__file__).parent / "fixtures" / "audit13"
    out = []
    for name in ("w1_zion_gazette", "w2_karama_voice", "w3_lodestar_wire"):
        (article,) = list(ingest.read(str(fix / f"{name}.txt")))
        out.append(pipeline(article))
    return out


def test_the_armys_five_gunmen_and_the_ministrys_seven_people_are_the_sides_dispute(west_bank):
    """Audit 13 C2: Balata — the army's five gunmen ('Five terrorists were neutralized') and the
    Palestinian health ministry's seven people sat in two rows with no finding: 'people' is no
    non-combatant kind. In the words of the two sides' own speakers it is their dispute
    (sides_differ), shown with both sides' figures."""
    from newsprism.render.comparison import to_html

    cmp = compare(west_bank)
    k1 = cmp["articles"][0]["id"]
    (d,) = [x for x in cmp["casualty_figures"]["disputes"] if x["marker"] == "sides_differ"]
    fighters, people = d["counts"]
    assert (fighters["victims"], people["victims"]) == ("fighters", "people")
    (five,) = fighters["by_article"][k1]
    assert west_bank[0].article.text[five["start"] : five["end"]] == "Five terrorists"
    assert five["said_by"]["side"] == "israeli"
    said = {(e["said_by"] or {}).get("side") for v in people["by_article"].values() for e in v}
    assert "palestinian" in said
    assert "The sides&#x27; counts differ (killed" in to_html(cmp)


def test_people_against_fighters_without_rival_speakers_is_no_dispute():
    """'Three gunmen' and 'five people' killed, neither in a side's words: the people may be the gunmen and more."""
    import datetime as dt

    from conftest import analyse

    day = dt.date(2026, 11, 23)
    a = analyse("Clash\n\nThree gunmen were killed in Banjska on Monday.", outlet="Ibar Post", published=day)
    b = analyse("Clash\n\nFive people were killed in Banjska on Monday.", outlet="Morava Post", published=day)
    assert compare([a, b])["casualty_figures"]["disputes"] == []


def test_adi_goshu_fourteen_infiltrators_or_eleven_civilians_is_disputed(pipeline):
    """Audit 13 C2 (Welkait): t1's fourteen infiltrators (killed on the night, per the zone's head of
    security, who spoke in Humera) and t2's eleven Tigrayan civilians at Adi Goshu: a disputed_victims
    finding, dated to one day."""
    fix = Path(__file__).parent / "fixtures" / "audit13"
    reports = []
    for name in ("t1_tana_herald", "t2_mekelle_monitor", "t3_lodestar_wire"):
        (article,) = list(ingest.read(str(fix / f"{name}.txt")))
        reports.append(pipeline(article))
    cmp = compare(reports)
    t1, t2 = cmp["articles"][0]["id"], cmp["articles"][1]["id"]
    (d,) = [x for x in cmp["casualty_figures"]["disputes"] if x["marker"] == "disputed_victims"]
    assert "Fourteen infiltrators" in {e["text"] for e in d["combatants"]["by_article"][t1]}
    assert [e["text"] for e in d["noncombatants"]["by_article"][t2]] == ["11 Tigrayan civilians"]


def test_a_place_that_only_locates_another_joins_no_claim_to_its_row():
    """Audit 13 C3: the village council's 'colonists … set fire to dozens of olive trees in the
    village of Burin, south of Nablus' joined the row of a shooting in Nablus (the place-only row)
    as a claim about it: Nablus only locates Burin."""
    from conftest import analyse

    a = analyse("Raid in Nablus\n\nSoldiers shot two gunmen in Nablus, the army said.", outlet="Zion Post")
    b = analyse(
        "Olive groves burned\n\nMeanwhile, colonists from the illegal Yitzhar settlement set fire to dozens of olive "
        "trees in the village of Burin, south of Nablus, the village council said.",
        outlet="Karama Post",
    )
    assert [r for r in compare([a, b])["shared_events"] if any(c["claims"] for c in r["articles"].values())] == []


def test_the_ministrys_seven_dead_are_one_row(west_bank):
    """Audit 13 C13: the health ministry's seven dead sat in four rows (w1 at Balata, w2 at Balata
    refugee camp, w3 unplaced, w3's headline 'seven dead' of no kind). With geo's one place key for
    Balata (17a8858) and a casualty noun of no kind folding into the one row it fits, one row."""
    cmp = compare(west_bank)
    rows = [r for r in cmp["casualty_figures"]["rows"] if r["outcome"] == "killed"]
    sevens = [r for r in rows if any(e["value"] == 7 for v in r["by_article"].values() for e in v)]
    assert len(sevens) == 1 and len(sevens[0]["by_article"]) == 3
    assert "seven dead" in {e["text"] for v in sevens[0]["by_article"].values() for e in v}


def test_the_headlines_own_word_that_the_body_only_quotes_is_a_row(pipeline):
    """Framing's follow-up: g2's headline 'Tbilisi stages new provocation' uses the South Ossetian
    ministry's word in the outlet's voice (the headline layer's word_as_own); the comparison listed
    only stated_as_fact."""
    from newsprism.render.comparison import to_html

    reports = []
    for name in ("g1_mtkvari_herald", "g2_iryston_courier"):
        (article,) = list(ingest.read(str(FIX / f"{name}.txt")))
        reports.append(pipeline(article))
    cmp = compare(reports)
    col = cmp["articles"][1]
    (word,) = [w for w in col["headline_words_as_own"] if w.startswith("provocation")]
    assert "(the body: " in word
    (ev,) = [e for e in col["evidence"]["headline_words_as_own"] if e["text"] == "provocation"]
    assert reports[1].article.text[ev["start"] : ev["end"]] == "provocation"
    assert "headline&#x27;s own word, the body&#x27;s quote" in to_html(cmp)


def test_the_beating_asserted_and_denied_is_a_disputed_occurrence(pipeline):
    """Audit 12 C12: g1 and g3 tell a man beaten, g2 'Nobody was beaten'; g1's and g2's tellings have
    no date and no place, so they joined no row. Each report dates all else it tells to 24 November:
    they join that day's beating row (g3's, dated), matched by the report's day."""
    reports = []
    for name in ("g1_mtkvari_herald", "g2_iryston_courier", "g3_meridian_wire"):
        (article,) = list(ingest.read(str(FIX / f"{name}.txt")))
        reports.append(pipeline(article))
    cmp = compare(reports)
    _g1, g2, g3 = (c["id"] for c in cmp["articles"])
    (row,) = [r for r in cmp["shared_events"] if r["event_type"] == "ASSAULT" and r["date"] == "2026-11-24"]
    assert row["articles"][g2]["matched_by"] == "report_day" and row["articles"][g2]["denied"]
    (m,) = [m for m in row["markers"] if m["marker"] == "disputed_occurrence"]
    assert m["denied"] == [g2] and g3 in m["asserted"]


def test_an_undated_act_needs_a_row_of_its_type_on_the_reports_one_day():
    """No row of the type that day (another report's): nothing joins."""
    a = _report("A", [_ev(1, "2026-11-24", event_type="COERCE"), _ev(2, None, location=None)])
    b = _report("B", [_ev(1, "2026-11-24", event_type="COERCE")])
    a.article.published = b.article.published = __import__("datetime").date(2026, 11, 25)
    rows = compare([a, b])["shared_events"]
    assert [r["event_type"] for r in rows] == ["COERCE"]
