"""Eighteenth session, comparison: audit 17's Balochistan reports (tests/fixtures/audit17; fictional outlets and
people, real places). Each test failed on 6f686df."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import compare
from newsprism.model import Analysis, Article

from conftest import analyse_reports

FIX = Path(__file__).parent / "fixtures" / "audit17"
B = ("b1_islamabad_standard", "b2_balochistan_voice", "b3_meridian_wire")


@pytest.fixture(scope="module")
def b_table(pipeline) -> tuple[dict[str, object], dict[str, str]]:
    reports: dict[str, Analysis] = analyse_reports(pipeline, FIX, B)
    ids = {reports[n].article.id: n for n in B}
    return compare([reports[n] for n in B]), ids


def test_the_militarys_18_militants_are_one_row(b_table):
    """audit 17 C7: b1's '18 India-sponsored terrorists' (baloch_separatist), b2's '18 fighters' per the
    military (no side) and b3's '18 militants' (not:pakistani: killed by Pakistan's forces) are one row,
    and the BLA's own three 'martyred' fighters are the other side's count of it."""
    out, ids = b_table
    cf = out["casualty_figures"]
    rows = [r for r in cf["rows"] if (r["outcome"], r["victims"]) == ("killed", "fighters")]
    eighteen = [r for r in rows if any(f["value"] == 18 for v in r["by_article"].values() for f in v)]
    assert len(eighteen) == 1
    assert {ids[k] for k in eighteen[0]["by_article"]} == set(B)
    assert eighteen[0]["side"] == "baloch_separatist"
    rival = [
        d
        for d in cf["disputes"]
        if d["marker"] == "sides_differ"
        and {f["value"] for c in d["counts"] for v in c["by_article"].values() for f in v} == {18, 3}
    ]
    assert len(rival) == 1


def test_the_blas_tuesday_night_attack_joins_tuesdays_row(b_table):
    """audit 17 E8: b2's 'its Sarmachars killed 23 … on Tuesday night' (2026-11-24TNI) is the attack that b1 ('late
    on Tuesday') and b3 ('on Tuesday') date to a bare Tuesday at Hoshab: one row, its own night kept in ``dates``."""
    out, ids = b_table
    rows = [r for r in out["shared_events"] if r["event_type"] == "ASSAULT" and r["date"] == "2026-11-24"]
    assert len(rows) == 1
    assert {ids[k] for k in rows[0]["articles"]} == set(B)
    b2 = next(c for k, c in rows[0]["articles"].items() if ids[k] == B[1])
    assert b2["dates"] == ["2026-11-24TNI"]
    assert not [r for r in out["single_source_events"] if r["event_type"] == "ASSAULT" and r["date"] == "2026-11-24TNI"]


def _report(outlet: str, dateline: str, body: str) -> Article:
    return Article(text=f"Shelling in Kupiansk\n\n{dateline}, Nov. 26, 2026 ({outlet}) — {body}\n", outlet=outlet)


@pytest.mark.parametrize("count", ["No one was", "Two people were"])
def test_two_days_at_one_place_are_two_rows(pipeline, count):
    """Seventeenth-session review: the day told in a 'when' clause ('when shells hit a school in Kupiansk on
    Monday' / '… a market in Kupiansk on Wednesday') did not keep two incidents at one place apart: one row, 'differs'."""
    monday = pipeline(
        _report("Dnipro Ledger", "KYIV", f"{count} killed when shells hit a school in Kupiansk on Monday, the governor said.")
    )
    wednesday = pipeline(
        _report(
            "Slobozhansky Herald",
            "KHARKIV",
            "Four people were killed when shells hit a market in Kupiansk on Wednesday, police said.",
        )
    )
    rows = [r for r in compare([monday, wednesday])["casualty_figures"]["rows"] if r["outcome"] == "killed"]
    assert len(rows) == 2
    assert not any(r["differs"] for r in rows)


def test_an_earlier_months_death_is_not_set_against_the_days_dead(pipeline):
    """audit 18 C3: c1's 'a terrorist commander' killed near Mucojo last month made the 'killed · fighters' row of
    Tuesday's nine (c2, c3) differ; a figure dated to an earlier month is another incident's."""
    fix = Path(__file__).parent / "fixtures" / "audit18"
    names = ("c1_horizonte_daily", "c2_rovuma_monitor", "c3_coastline_wire")
    reports = analyse_reports(pipeline, fix, names)
    ids = {reports[n].article.id: n for n in names}
    table = compare([reports[n] for n in names])["casualty_figures"]
    rows = [r for r in table["rows"] if (r["outcome"], r["victims"]) == ("killed", "fighters")]
    nines = {ids[k] for r in rows for k, v in r["by_article"].items() if any(f["value"] == 9 for f in v)}
    assert nines == set(names)
    assert not any(r["differs"] for r in rows)
    assert all(f["value"] != 1 for r in rows for v in r["by_article"].values() for f in v)


def _dated(outlet: str, dateline: str, body: str) -> Article:
    return Article(text=f"Air strikes overnight\n\n{dateline}, Nov. 26, 2026 ({outlet}) — {body}\n", outlet=outlet)


def test_a_night_strike_joins_no_day_strike_at_another_city(pipeline):
    """Eighteenth-session review: 'Russian drones struck Odesa on Tuesday night' joined the Wednesday row of
    'Russian missiles struck Kharkiv' because each report names the other city in passing (the reports' named
    places met); the rows' own places (Odesa, Kharkiv) are two incidents."""
    night = pipeline(
        _dated(
            "Dnipro Ledger",
            "KYIV",
            "Russian drones struck Odesa on Tuesday night, killing three people, officials said. Kharkiv was also under alert.",
        )
    )
    day = pipeline(
        _dated(
            "Slobozhansky Herald",
            "KHARKIV",
            "Russian missiles struck Kharkiv on Wednesday, killing five people, officials said. Sirens also sounded in Odesa.",
        )
    )
    out = compare([night, day])
    assert not [r for r in out["shared_events"] if r["event_type"] == "ASSAULT" and r["date"]]
    assert {r["date"] for r in out["single_source_events"] if r["event_type"] == "ASSAULT"} >= {
        "2026-11-24TNI",
        "2026-11-25",
    }


def test_the_incident_told_as_last_month_stays_in_a_later_months_report(pipeline):
    """Eighteenth-session review: a report of 2 December on 'Insurgents killed 12 people in Chai late last month'
    lost its 12 (a figure dated to an earlier month was left out as another incident's, audit 18 C3), so the
    other report's 15 stood alone; the month rule holds only in a report that dates something to its own month."""

    def report(outlet: str, body: str) -> Article:
        return Article(text=f"Attack on Chai\n\nPEMBA, Dec. 2, 2026 ({outlet}) — {body}\n", outlet=outlet)

    late = pipeline(report("Pemba Post", "Insurgents killed 12 people in Chai late last month, the governor said."))
    dated = pipeline(report("Maputo Star", "Insurgents killed 15 people in Chai on Nov. 28, the police said."))
    rows = [r for r in compare([late, dated])["casualty_figures"]["rows"] if r["outcome"] == "killed"]
    assert [sorted(f["value"] for v in r["by_article"].values() for f in v) for r in rows] == [[12, 15]]
    assert rows[0]["differs"]
