"""Twelfth-session review, comparison: probes that broke the round-1 rules (a wire's claim of who
fired first), each failing before its fix."""

import datetime as dt

import pytest

from newsprism.compare import compare

from conftest import analyse

EXCHANGE = "Indian and Pakistani troops exchanged heavy fire across the Line of Control on Sunday night, officials said. "


def _initiator(claim: str):
    wire = analyse("Fire on the LoC\n\n" + EXCHANGE + claim, outlet="Compass Newswire", published=dt.date(2026, 10, 12))
    other = analyse(
        "Firing on the LoC\n\nPakistani troops shelled villages across the Line of Control on Sunday night, the army said.",
        outlet="Valley Ledger",
        published=dt.date(2026, 10, 12),
    )
    cmp = compare([wire, other])
    kw = cmp["articles"][0]["id"]
    (row,) = [e for e in cmp["shared_events"] if e["event_type"] == "ASSAULT" and e["date"] and kw in e["articles"]]
    return row["articles"][kw]["initiator"]


@pytest.mark.parametrize(
    "claim",
    [
        "India said Pakistani troops did not fire first.",  # negated
        "Pakistan's military said it was unclear whether Indian forces fired first.",  # questioned
        "Pakistan's military said India started the dialogue process.",  # 'started the' without fire
        "Pakistan said India initiated an inquiry into the firing.",  # 'initiated' without fire
    ],
)
def test_a_claim_that_names_no_first_shot_gives_no_initiator(claim):
    """Each of these gave the wire's cell a claimed_initiation (the side before the cue)."""
    assert _initiator(claim) is None


def test_a_claim_that_names_the_first_shot_still_does():
    started = _initiator("India said Pakistan started the shelling.")
    assert (started["sides"], started["basis"]) == (["pakistani"], ["claimed_initiation"])


def _figures_of(a_text: str, b_text: str) -> dict:
    day = dt.date(2026, 11, 6)
    a = analyse("Report\n\n" + a_text, outlet="Saffron Ledger", published=day)
    b = analyse("Report\n\n" + b_text, outlet="Lake Herald", published=day)
    return compare([a, b])["casualty_figures"]


def test_fighters_and_civilians_dated_apart_at_one_place_are_no_dispute():
    """'four fighters near Kupwara on Monday' / 'three civilians … near Kupwara in July' were
    'disputed victims' (two incidents months apart)."""
    figs = _figures_of(
        "A drone strike killed four fighters near Kupwara on Monday, the army said.",
        "Three civilians were killed in a shooting near Kupwara in July, residents said.",
    )
    assert [d["marker"] for d in figs["disputes"]] == []
    same_day = _figures_of(
        "The army said it killed three militants in Rafah on Thursday.",
        "Medics said three civilians were killed in Rafah on Thursday.",
    )
    assert [d["marker"] for d in same_day["disputes"]] == ["disputed_victims"]


def test_a_date_in_a_relative_clause_after_the_figure_does_not_make_it_another_years():
    """'Two soldiers were killed on Monday near Avdiivka, which Russia captured last year' was left
    out of the casualty table (a date of another year in its sentence); 'Last year, a similar attack
    … killed one police officer' still is."""
    figs = _figures_of(
        "Two soldiers were killed on Monday near Avdiivka, which Russia captured last year.",
        "Last year, a similar attack near Avdiivka killed one soldier.",
    )
    shown = [e["text"] for r in figs["rows"] for v in r["by_article"].values() for e in v]
    assert shown == ["Two soldiers"]


def test_two_named_sides_accusing_each_other_is_a_mutual_accusation():
    """'India and Pakistan accused each other of firing first' gave no initiator (only 'Each side …' did)."""
    started = _initiator("India and Pakistan accused each other of firing first.")
    assert (started["sides"], started["basis"]) == (["indian", "pakistani"], ["mutual_accusation"])
