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
