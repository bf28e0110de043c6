"""Thirteenth-session review, comparison: the new date and place matching probed on other theatres
for false merges (fictional outlets, real places)."""

from __future__ import annotations

from newsprism.compare import compare
from newsprism.model import Article

_MILITARY = (
    "Military says six insurgents killed\n\n"
    "NAYPYITAW, November 26, 2026 (The Irrawaddy Ledger) — Soldiers killed six insurgents on Wednesday, "
    "the military's information team said in a statement.\n\n"
    "The statement said the insurgents had attacked {where}."
)
_RESISTANCE = (
    "Air strike kills nine civilians in Sagaing village\n\n"
    "YANGON, November 26, 2026 (The Chindwin Post) — Junta air strikes killed nine civilians in the village "
    "of Let Yet Kone in Sagaing on Wednesday, a local resistance group said.\n\n"
    "The group said a school and a clinic were destroyed."
)


def _victims(pipeline, where: str) -> list[dict]:
    reports = [
        pipeline(Article(text=_MILITARY.format(where=where), outlet="The Irrawaddy Ledger")),
        pipeline(Article(text=_RESISTANCE, outlet="The Chindwin Post")),
    ]
    return [d for d in compare(reports)["casualty_figures"]["disputes"] if d["marker"] == "disputed_victims"]


def test_an_unplaced_figure_of_the_same_day_elsewhere_is_no_disputed_victims(pipeline):
    # two incidents of one day of a war: the insurgents' attack on a police station (no place) and
    # an air strike in Sagaing; was a disputed_victims finding (six insurgents or nine civilians)
    assert _victims(pipeline, "a police station") == []


def test_an_unplaced_figure_whose_report_names_the_other_place_is_still_disputed(pipeline):
    (found,) = _victims(pipeline, "troops in Let Yet Kone, a village in Sagaing")
    assert found["outcome"] == "killed"


_ERGNETI = (
    "Police detain two smugglers near Ergneti\n\n"
    "TBILISI, November 25, 2026 (The Kura Herald) — Georgian police detained two men near Ergneti on Tuesday, "
    "the Interior Ministry said. The men were accused of smuggling cigarettes.\n\n"
    "In a separate case, militiamen beat a shepherd, his relatives said."
)
_KHURVALETI = (
    "Farmer beaten near Khurvaleti\n\n"
    "GORI, November 25, 2026 (The Mtkvari Courier) — Russian border guards beat a farmer near Khurvaleti on "
    "Tuesday, Georgia's State Security Service said.\n\n"
    "The farmer, 62, was taken to hospital in Gori."
)


def test_an_undated_act_of_a_report_on_another_place_does_not_join_by_the_reports_day(pipeline):
    reports = [
        pipeline(Article(text=_ERGNETI, outlet="The Kura Herald")),
        pipeline(Article(text=_KHURVALETI, outlet="The Mtkvari Courier")),
    ]
    got = compare(reports)
    beatings = [r for r in got["shared_events"] + got["single_source_events"] if r["event_type"] == "ASSAULT"]
    # the shepherd beaten 'in a separate case' joined the Khurvaleti beating's row (matched report_day)
    assert beatings and all(len(r["articles"]) == 1 for r in beatings)
    assert not any(c["matched_by"] == "report_day" for r in beatings for c in r["articles"].values())
    # nor does the unplaced shepherd fold into the farmer's row at Khurvaleti
    beaten = [r for r in got["casualty_figures"]["rows"] if r["outcome"] == "beaten"]
    assert sorted(len(r["by_article"]) for r in beaten) == [1, 1]
