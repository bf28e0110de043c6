"""Defects the eleventh session's auditor found in the claims layer (fictional reports of a
Line-of-Control exchange and of a drone strike in Western Sahara), each with the input that
showed it."""

from conftest import analyse


def _conflicts(an) -> list[str]:
    return [c["message"] for c in an.records.get("consistency", [])]


def test_a_total_on_both_sides_is_no_rival_of_one_sides_count():
    """'killing at least four civilians on both sides' and later 'three civilians … were killed'
    (Pakistan's side): a part of the total, not a conflicting count."""
    an = analyse(
        "Exchange of fire\n\nIndian and Pakistani troops exchanged heavy fire on Sunday night, killing at least four "
        "civilians on both sides, officials said. Pakistan's military said three civilians, including a child, were killed."
    )
    assert _conflicts(an) == []
    sides = {f["text"]: f["side"] for f in an.records["figures"]}
    assert sides["four civilians"] == "both_sides"


def test_a_running_total_is_no_rival_of_the_incidents_count():
    """'at least 90 civilians had been killed by drones since 2020' beside 'three civilians' of one
    strike was reported as an internal conflict (twice: the headline's count too)."""
    an = analyse(
        "Drone kills three civilians near Mijek\n\nA drone killed three civilians near Mijek on Thursday, the ministry "
        "said. The envoy said at least 90 civilians had been killed by drones since 2020."
    )
    assert _conflicts(an) == []
    total = next(f for f in an.records["figures"] if f["value"] == 90)
    assert total["running_total"] is True


def test_two_counts_of_one_incident_still_conflict():
    an = analyse("Clash\n\nTwo soldiers were killed on Sunday, the army said. Later it said five soldiers were killed.")
    assert any("two soldiers" in m.lower() and "five soldiers" in m for m in _conflicts(an)), _conflicts(an)
