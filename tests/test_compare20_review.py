"""Twentieth session, review of the comparison's round-1 rules (disputed victims, sides' counts) with short fictional
reports from other theatres (real places) and the audit-20 fixtures. Each fix's test failed before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import compare
from newsprism.model import Article

from conftest import analyse_reports

FIX = Path(__file__).parent / "fixtures" / "audit20"


def _report(outlet: str, body: str, dateline: str = "SYDNEY") -> Article:
    return Article(text=f"Attack reported\n\n{dateline}, Nov. 23, 2026 ({outlet}) — {body}\n", outlet=outlet)


def _disputes(pipeline, first: str, second: str, dateline: str = "SYDNEY") -> list[dict]:
    a, b = pipeline(_report("Alpha Post", first, dateline)), pipeline(_report("Beta Voice", second, dateline))
    return compare([a, b])["casualty_figures"]["disputes"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Rebels killed four civilians in Kidal on Monday, residents said.",
            "The Malian army said four of its soldiers were killed by rebels in Kidal on Monday.",
        ),
        (
            "Russian shelling killed four civilians in Kupiansk on Monday, local officials said.",
            "Ukraine's army said four of its soldiers were killed by Russian shelling in Kupiansk on Monday.",
        ),
    ],
)
def test_a_sides_own_soldiers_beside_civilians_are_no_disputed_victims(pipeline, first, second):
    """The army's own dead, in its own words, are more dead of one attack, not the residents' civilians told as
    soldiers (both were one 'disputed_victims' finding)."""
    assert [d for d in _disputes(pipeline, first, second) if d["marker"] == "disputed_victims"] == []


@pytest.mark.parametrize(
    ("first", "second", "doers"),
    [
        (
            "Israeli strikes killed 12 people in Jabalia on Monday, the health ministry said.",
            "The IDF said its aircraft killed 12 terrorists in Jabalia on Monday.",
            "israeli",
        ),
        (
            "Residents said soldiers killed 20 civilians in Djibo on Sunday.",
            "The army said it neutralised 20 terrorists in Djibo on Sunday.",
            None,
        ),
        (
            "Indian troops killed three civilians in Kupwara on Friday, residents said.",
            "The Indian Army said its soldiers killed three militants in Kupwara on Friday.",
            None,
        ),
    ],
)
def test_the_doers_combatants_against_anothers_civilians_stay_disputed(pipeline, first, second, doers):
    (d,) = [d for d in _disputes(pipeline, first, second) if d["marker"] == "disputed_victims"]
    assert d.get("doers_side") == doers


def test_ankaras_thirteen_are_not_set_against_the_sdfs_losses_at_manbij(pipeline):
    """audit 20 C2 rest: Ankara's 13 'neutralised' (told beside the base near Tal Abyad) and the SDF's two or five
    fighters killed near Manbij (unplaced, in a paragraph about Manbij) were 'the sides' counts differ'."""
    names = ("r1_baskent_daily", "r2_rojava_dawn", "r3_harbour_wire")
    reports = analyse_reports(pipeline, FIX, names)
    disputes = compare([reports[n] for n in names])["casualty_figures"]["disputes"]
    differ = [d for d in disputes if d["marker"] == "sides_differ"]
    values = [{f["value"] for c in d["counts"] for v in c["by_article"].values() for f in v} for d in differ]
    assert not [v for v in values if 13 in v]
    # the SDF's two against the SNA's five SDF fighters (both at Manbij's fighting) stays
    assert {2.0, 5.0} in values


def test_a_datelines_places_do_not_set_the_leads_count_apart(pipeline):
    """The dateline ('TBILISI/TSKHINVALI, Nov 26 … -') opens the lead's paragraph but tells no incident's place: the
    lead's three Georgian citizens (South Ossetia's count) stay against Georgia's two men (audit 12 g3)."""
    folder = Path(__file__).parent / "fixtures" / "audit12"
    names = tuple(p.stem for p in sorted(folder.glob("g*.txt")))
    reports = analyse_reports(pipeline, folder, names)
    disputes = compare([reports[n] for n in names])["casualty_figures"]["disputes"]
    texts = [
        {f["text"] for c in d["counts"] for v in c["by_article"].values() for f in v}
        for d in disputes
        if d["marker"] == "sides_differ"
    ]
    assert any({"three Georgian citizens", "two men"} <= t for t in texts)
