"""Eleventh session (actors): a side that depends on the period, in a text nothing dates, is
given as the current one but marked uncertain, with every period's side."""

from __future__ import annotations

import datetime as dt

from conftest import analyse

SYRIA = (
    "Syrian jets struck rebel positions near Idlib, and the Syrian army said it had retaken two villages. "
    "Syria's foreign ministry condemned the strikes."
)
SY_CANDIDATES = [
    {"side": "syrian_government", "until": "2024-12-08"},
    {"side": "syrian_transitional_government", "from": "2024-12-08"},
]


def _actors(text: str, **meta) -> tuple[dict[str, dict], dict]:
    a = analyse(text, ["place", "time", "actor"], **meta)
    return {s.text: s.attrs for s in a.spans_of("actor")}, a.summary["actors"]


def test_an_undated_syria_report_gets_the_current_side_marked_uncertain():
    actors, summary = _actors(SYRIA)
    for written in ("Syrian jets", "Syrian army", "Syria's foreign ministry"):
        at = actors[written]
        assert at["side"] == "syrian_transitional_government", written
        assert at["side_uncertain"] is True and at["side_candidates"] == SY_CANDIDATES, written
        assert at["dated_by"].startswith("no date for the article"), written
        assert "side uncertain: nothing dates the text" in at["why"] and "syrian_government until 2024-12-08" in at["why"]
    assert actors["Syria's foreign ministry"]["period"] == {"from": "2024-12-08"}  # a ministry the KB does not list
    assert summary["side_uncertain"] == {"syrian_transitional_government": 3}
    assert summary["by_side"]["syrian_transitional_government"] == 3


def test_a_date_of_any_kind_removes_the_doubt():
    published, summary = _actors(SYRIA, published=dt.date(2019, 5, 2))
    assert published["Syrian army"]["side"] == "syrian_government"
    assert not any(a.get("side_uncertain") for a in published.values()) and summary["side_uncertain"] == {}
    recent, _ = _actors(SYRIA, published=dt.date(2025, 3, 1))
    assert recent["Syrian army"]["side"] == "syrian_transitional_government" and "side_uncertain" not in recent["Syrian army"]
    year, _ = _actors("In 2016, " + SYRIA)  # a year in the text dates it
    assert year["Syrian army"]["side"] == "syrian_government" and "side_uncertain" not in year["Syrian army"]


def test_afghanistan_and_the_rsf_undated():
    actors, summary = _actors(
        "The Taliban said Afghan security forces had left the district. The Afghan defence ministry denied it."
    )
    assert actors["Afghan security forces"]["side_uncertain"] and actors["Afghan defence ministry"]["side_uncertain"]
    assert [c["side"] for c in actors["Afghan defence ministry"]["side_candidates"]] == ["afghan_republic", "taliban"]
    assert "side_uncertain" not in actors["Taliban"]  # the Taliban are the Taliban in every period
    assert summary["side_uncertain"] == {"taliban": 2}
    rsf, _ = _actors("The RSF said it had taken the town from the army in North Darfur, Sudan.")
    assert rsf["RSF"]["side"] == "rapid_support_forces" and rsf["RSF"]["side_uncertain"]
    assert rsf["RSF"]["side_candidates"][0] == {"side": "sudanese_army", "until": "2023-04-15"}
    assert "side_uncertain" not in rsf["army"]  # Sudan's army never changed side


def test_a_name_of_one_period_and_a_country_that_never_changed_are_not_uncertain():
    actors, summary = _actors("Assad regime forces shelled Aleppo. Azerbaijani forces shelled Armenian positions.")
    assert actors["Assad regime forces"]["side"] == "syrian_government" and "side_uncertain" not in actors["Assad regime forces"]
    assert "side_uncertain" not in actors["Azerbaijani forces"] and summary["side_uncertain"] == {}
