"""Nineteenth session, comparison: audit 18's rows left open (C1, C3) on the audit-18 fixtures and on short fictional
reports with real places. Each positive test failed on ef70160."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import compare
from newsprism.model import Article

from conftest import analyse_reports

FIX = Path(__file__).parent / "fixtures" / "audit18"


def _report(outlet: str, dateline: str, body: str) -> Article:
    return Article(text=f"Raid near the line\n\n{dateline}, Nov. 26, 2026 ({outlet}) — {body}\n", outlet=outlet)


def test_the_idfs_seven_and_damascuss_twelve_are_one_disputed_row(pipeline):
    """audit 18 C1: g1/g3's 'seven suspects' (people) and g2/g3's '12 civilians' detained at Jubata al-Khashab were two
    rows; the detainees each side labels its own way are one count in dispute."""
    names = ("g1_galilee_ledger", "g2_barada_daily", "g3_crossroads_wire")
    reports = analyse_reports(pipeline, FIX, names)
    table = compare([reports[n] for n in names])["casualty_figures"]
    rows = [r for r in table["rows"] if r["outcome"] == "detained" and "Jubata al-Khashab" in r["places"]]
    assert len(rows) == 1
    values = {f["value"] for v in rows[0]["by_article"].values() for f in v}
    assert values == {7.0, 12.0}
    assert rows[0]["differs"]
    (dispute,) = [d for d in table["disputes"] if d["marker"] == "sides_differ" and d["outcome"] == "detained"]
    assert {c["said_by_side"] for c in dispute["counts"]} == {"israeli", "syrian_transitional_government"}


def test_suspects_and_civilians_detained_on_one_day_are_one_row(pipeline):
    army = pipeline(
        _report("Golan Post", "KATZRIN", "Israeli troops detained seven suspects in Beit Jinn on Thursday, the army said.")
    )
    ministry = pipeline(
        _report(
            "Damascus Herald", "DAMASCUS", "Israeli forces kidnapped 12 civilians in Beit Jinn on Thursday, the ministry said."
        )
    )
    rows = [r for r in compare([army, ministry])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert len(rows) == 1 and rows[0]["victims"] == "people"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # two days: two raids
            "Israeli troops detained seven suspects in Beit Jinn on Monday, the army said.",
            "Israeli forces detained 12 civilians in Beit Jinn on Thursday, the ministry said.",
        ),
        (  # two doers: two groups of detainees
            "Russian forces detained five people in Oleshky on Thursday, residents said.",
            "Ukrainian police detained seven civilians in Oleshky on Thursday, the ministry said.",
        ),
        (  # review: no doer named on either row (the junta's suspects, the Arakan Army's villagers)
            "Troops detained 20 suspects in Sagaing on Thursday, the junta said.",
            "Rebels of the Arakan Army detained 30 villagers in Sagaing on Thursday, residents said.",
        ),
        (  # the dead are not joined by kind
            "Shelling killed seven people in Oleshky on Thursday, the governor said.",
            "Shelling killed 12 civilians in Oleshky on Thursday, the ministry said.",
        ),
    ],
)
def test_no_join_of_kinds_across_days_doers_or_for_the_dead(pipeline, first, second):
    a = pipeline(_report("Kherson Post", "KHERSON", first))
    b = pipeline(_report("Moscow Ledger", "MOSCOW", second))
    kinds = {r["victims"] for r in compare([a, b])["casualty_figures"]["rows"]}
    assert kinds == {"people", "civilians"}


def test_the_nine_dead_attackers_are_one_row(pipeline):
    """audit 18 C3: c1's nine attackers at Chai (no side), c2's nine '"terrorists"' (islamic_state, no place) and c3's
    nine attackers (neither) stood in three rows: the placed and the sided row could both take c3's."""
    names = ("c1_horizonte_daily", "c2_rovuma_monitor", "c3_coastline_wire")
    reports = analyse_reports(pipeline, FIX, names)
    ids = {reports[n].article.id: n for n in names}
    rows = [
        r
        for r in compare([reports[n] for n in names])["casualty_figures"]["rows"]
        if any(f["value"] == 9 for v in r["by_article"].values() for f in v)
    ]
    assert len(rows) == 1
    assert {ids[k] for k in rows[0]["by_article"]} == set(names)
    assert rows[0]["side"] == "islamic_state" and "Chai" in rows[0]["places"]


FIX19 = Path(__file__).parent / "fixtures" / "audit19"


@pytest.fixture(scope="module")
def p_table(pipeline):
    names = ("p1_nusantara_post", "p2_cenderawasih_voice", "p3_northgate_wire")
    reports = analyse_reports(pipeline, FIX19, names)
    return compare([reports[n] for n in names])["casualty_figures"], {reports[n].article.id: n for n in names}


def test_wamenas_detainees_are_not_set_against_mbuas_two(p_table):
    """audit 19 C1: p1/p3's 23 detained at the Wamena protest (a paragraph about Wamena) and p2's two young men taken
    away in Mbua (a paragraph about Mbua), both unplaced, were one 'differs' row."""
    table, _ = p_table
    for row in table["rows"]:
        texts = {f["text"] for v in row["by_article"].values() for f in v}
        assert not ({"23", "two young men"} <= texts)
        assert not ({"four road workers", "a 19-year-old protester"} <= texts)


def test_the_workers_and_the_soldiers_are_the_sides_dispute(p_table):
    """audit 19 C2: the police's four construction workers and the TPNPB's four soldiers (p2's 'four members of the
    Indonesian military', a figure since C3) at Nduga: two rows there, each with its reports (a sides_differ between
    them when the police speak with a side: the actor layer's)."""
    table, ids = p_table
    (military,) = [r for r in table["rows"] if (r["outcome"], r["victims"]) == ("killed", "military")]
    assert "Nduga" in military["places"]
    assert {ids[k] for k in military["by_article"]} == {"p2_cenderawasih_voice", "p3_northgate_wire"}
    (workers,) = [r for r in table["rows"] if r["outcome"] == "killed" and "Nduga" in r["places"] and r["victims"] == "people"]
    assert {ids[k] for k in workers["by_article"]} == {"p1_nusantara_post", "p3_northgate_wire"}


def test_kyivs_seven_join_the_detention_row(pipeline):
    """audit 19 C3: k2's 'the Russian FSB detained seven Crimean Tatars in the Dzhankoi district' (now a figure, side
    not:russian) joins the unsided detention row of k1's three and k3's three and seven."""
    names = ("k1_tavrida_vestnik", "k2_kyiv_meridian", "k3_northgate_wire")
    reports = analyse_reports(pipeline, FIX19, names)
    ids = {reports[n].article.id: n for n in names}
    (row,) = [r for r in compare([reports[n] for n in names])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert {ids[k] for k in row["by_article"]} == set(names) and row["differs"]


def test_unplaced_counts_of_paragraphs_about_two_places_are_two_rows(pipeline):
    a = pipeline(
        _report(
            "Jayapura Ledger",
            "JAYAPURA",
            "Police dispersed a protest in Wamena on Monday.\n\nIn Wamena, students gathered at the campus. The police "
            "chief said 23 protesters were detained.",
        )
    )
    b = pipeline(
        _report(
            "Highland Voice",
            "WAMENA",
            "Troops searched villages on Monday.\n\nIn Mbua, soldiers went from house to house. A villager said soldiers "
            "had detained two young men.",
        )
    )
    rows = [r for r in compare([a, b])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert len(rows) == 2 and not any(r["differs"] for r in rows)


def test_an_undated_telling_joins_no_day_of_a_report_of_two_days(pipeline):
    """audit 19 C7: p1 tells Saturday's attack near Mbua and Monday's protest in Wamena; its undated 'The houses were
    burned by the KKB' and Widodo's 'criminals who kill unarmed people' joined Monday's ASSAULT row by the report's day."""
    names = ("p1_nusantara_post", "p2_cenderawasih_voice", "p3_northgate_wire")
    reports = analyse_reports(pipeline, FIX19, names)
    ids = {reports[n].article.id: n for n in names}
    rows = compare([reports[n] for n in names])["shared_events"]
    for row in rows:
        for key, cell in row["articles"].items():
            assert not (ids[key] == "p1_nusantara_post" and cell["matched_by"] == "report_day")
