"""Eighteenth session, casualty figures: audit 17's figures left open (C1 rest, C8, C10), on fictional
sentences with real places (each positive case failed on 6f686df; the negative ones pin the limits)."""

from __future__ import annotations

import pytest

from conftest import figure_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a1: a bare number driven from its homes (C1)
            "Armed herders attacked three villages near Rumamer on Wednesday, killing 27 people and driving more than "
            "3,400 from their homes.",
            ("displaced", "people", 3400.0, "3,400"),
        ),
        ("The floods drove 2,000 people from their homes in Agok.", ("displaced", "people", 2000.0, "2,000 people")),
        (  # b2: 'take away' (C1)
            "Soldiers took away at least nine young men from Hoshab on Wednesday, a schoolteacher said.",
            ("detained", "people", 9.0, "nine young men"),
        ),
        (  # b3: a party's active 'held' (C1)
            "It said it had held 14 people it described as off-duty soldiers near Turbat.",
            ("detained", "people", 14.0, "14 people"),
        ),
        (  # C10: the passive 'disappeared' is the enforced disappearance
            "Fourteen men have been forcibly disappeared from Turbat since Wednesday, activists said.",
            ("detained", "people", 14.0, "Fourteen men"),
        ),
    ],
)
def test_figures_of_displacement_and_custody(claim_pipe, text, want):
    assert want in figure_rows(claim_pipe, text)


@pytest.mark.parametrize("part", ["four people", "those of four people"])
def test_a_part_of_the_bodies_brought_in_keeps_its_kind(claim_pipe, part):
    """b3 (C8): 'including (those of) four people who appeared to be civilians' hangs on 'brought', not on '11
    bodies': a part of the dead, and the relative clause says they are civilians."""
    got = figure_rows(
        claim_pipe,
        f"A local official in Turbat said 11 bodies had been brought to the hospital, including {part} who "
        "appeared to be civilians.",
    )
    assert ("killed", "civilians", 4.0, "four people") in got
    assert ("killed", "unspecified", 11.0, "11 bodies") in got


@pytest.mark.parametrize(
    "text",
    [
        "The stadium in Quetta held 40,000 people on Sunday.",  # a place holds, no party
        "Ambulances took away nine wounded men from the market in Turbat.",  # wounded, not taken
        "Two men disappeared near Turbat on Wednesday.",  # no passive: nobody made them disappear
        "The river drove the boats from the banks near Agok.",
    ],
)
def test_no_custody_or_displacement_where_none_is_told(claim_pipe, text):
    assert not [f for f in figure_rows(claim_pipe, text) if f[0] in ("detained", "displaced")]
