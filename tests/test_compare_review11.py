"""Eleventh-session review of the comparison: fictional reports that broke round-1 changes."""

from newsprism.compare import compare

from conftest import analyse


def _report(outlet: str, body: str):
    return analyse(f"Shelling\n\nKRAMATORSK, 3 March 2026 ({outlet}) — {body}", outlet=outlet)


def test_a_part_of_the_victims_in_the_same_account_is_no_other_kind():
    """'four children' and 'two soldiers' killed in Kramatorsk (one report) beside 'two soldiers' (another): the
    children row named 'military (Lake Courier)' as other victims at the same place, as if the two
    disputed who was killed; a report that gives both kinds tells two parts of its toll."""
    a = _report(
        "Donbas Herald",
        "A missile killed four children in Kramatorsk. Shelling killed two soldiers in Kramatorsk, officials said.",
    )
    b = _report("Lake Courier", "A missile killed two soldiers in Kramatorsk, the governor said.")
    rows = compare([a, b])["casualty_figures"]["rows"]
    assert {r["victims"] for r in rows} == {"military", "children"}, rows
    assert all(r["other_victims"] == [] for r in rows), [(r["victims"], r["other_victims"]) for r in rows]
