"""The fallback date resolver used when the time layer did not run."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.events.dates import resolve

WED = dt.date(2023, 4, 26)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("Tuesday", False, "2023-04-25"),
        ("Wednesday", False, "2023-04-26"),
        ("Thursday", True, "2023-04-27"),
        ("Thursday", False, "2023-04-20"),
        ("April 23 this year", False, "2023-04-23"),
        ("Sunday, April 23", False, "2023-04-23"),
        ("November 9, 2020", False, "2020-11-09"),
        ("9 November 2020", False, "2020-11-09"),
        ("next week", True, "2023-W18"),
        ("early May", True, "2023-05"),
        ("December", False, "2022-12"),
        ("2020", False, "2020"),
        ("yesterday", False, "2023-04-25"),
    ],
)
def test_resolve(text, future, value):
    assert resolve(text, WED, future=future)[0] == value


def test_no_anchor_keeps_unknown_year_and_refuses_relative():
    assert resolve("July 15", None)[0] == "XXXX-07-15"
    assert resolve("on Tuesday", None)[0] is None
    assert resolve("for hours", WED)[0] is None
