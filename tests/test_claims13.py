"""Thirteenth session, claims: the auditor's follow-ups (audit 13: West Bank, Western Tigray)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse


def _figures(sentence: str) -> list[tuple[float, str, str, str]]:
    a = analyse("Report\n\n" + sentence, ["claim"], published=dt.date(2026, 11, 25))
    return [(f["value"], f["outcome"], f["victims"], f["text"]) for f in a.records.get("figures", [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fourteen infiltrators were killed and six were captured alive, the colonel said.",
            [(14, "killed", "fighters", "Fourteen infiltrators"), (6, "detained", "fighters", "six")],
        ),
        (
            "Five terrorists were neutralized in an exchange of fire and eight wanted suspects were arrested, the army said.",
            [(5, "killed", "fighters", "Five terrorists"), (8, "detained", "people", "eight wanted suspects")],
        ),
        (
            "Three members of the militia lost their lives in the fighting and five civilians were wounded, officials said.",
            [(3, "killed", "fighters", "Three members"), (5, "wounded", "civilians", "five civilians")],
        ),
        ("Two residents of the community of Alon Shvut were lightly hurt.", [(2, "wounded", "civilians", "Two residents")]),
        ("More than 2,000 people had fled the area, the agency said.", [(2000, "displaced", "people", "2,000 people")]),
    ],
)
def test_audit13_figures_missing_before(sentence, expected):
    """Audit 13 C1: no figure for infiltrators, 'neutralized', suspects, 'lost their lives',
    'hurt', 'fled'."""
    assert _figures(sentence) == expected


def test_lose_without_lives_is_no_figure():
    assert _figures("Three members of the militia lost their homes in the fighting.") == []
