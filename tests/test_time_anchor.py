"""The report's anchor date from a dateline (``newsprism/temporal/anchor.py``)."""

import datetime as dt

import pytest

from newsprism.temporal import anchor


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("10 March 2025", (3, 10, 2025)),  # was (3, 20, None): "March 20" read out of "March 2025"
        ("Monday, 10 March 2025", (3, 10, 2025)),
        ("July 18, 2023", (7, 18, 2023)),
        ("April 26", (4, 26, None)),
        ("26 April", (4, 26, None)),
        ("Sept. 3, 2024", (9, 3, 2024)),
    ],
)
def test_dateline_dates_in_either_order(raw, want):
    assert anchor._dateline_date({"date": raw}) == want


def test_a_day_first_dateline_anchors_the_report_on_its_own_day():
    a = anchor.choose(None, {"place": "Nikopol", "date": "10 March 2025"}, [])
    assert a.date == dt.date(2025, 3, 10) and a.source == "dateline"
