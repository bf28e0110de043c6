"""Calendar arithmetic and tense direction behind the time layer's values."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.temporal import calendar as cal
from newsprism.temporal.grammar import number_value
from newsprism.temporal.tagger import tag

WED = dt.date(2023, 4, 26)


@pytest.mark.parametrize(
    ("weekday", "direction", "strict", "expected"),
    [
        (2, "past", False, "2023-04-25"),
        (3, "past", False, "2023-04-26"),
        (3, "past", True, "2023-04-19"),
        (4, "future", False, "2023-04-27"),
        (3, "future", True, "2023-05-03"),
        (7, "", False, "2023-04-23"),  # nearest: Sunday before (3 days) rather than after (4)
        (4, "", False, "2023-04-27"),
    ],
)
def test_weekday_date(weekday, direction, strict, expected):
    assert cal.weekday_date(WED, weekday, direction, strict).isoformat() == expected


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [(-1, "D", "2023-04-25"), (1, "W", "2023-W18"), (-1, "M", "2023-03"), (-5, "M", "2022-11"), (-1, "Q", "2023-Q1"),
     (1, "Y", "2024"), (0, "DE", "202"), (0, "CE", "20")],
)  # fmt: skip
def test_shift(n, unit, expected):
    assert cal.shift(WED, n, unit) == expected


def test_shift_value_keeps_granularity_for_years():
    assert cal.shift_value("1989-Q3", -1, "Y") == "1988-Q3"
    assert cal.shift_value("2023-04-20", -1, "D") == "2023-04-19"
    assert cal.shift_value("PAST_REF", -1, "D") is None


def test_day_and_month_years():
    assert cal.day_year(WED, 12, 1, "past") == 2022
    assert cal.day_year(WED, 1, 10, "future") == 2024
    assert cal.day_year(WED, 3, 1, "future") == 2024  # future tense: the next 1 March, however far
    assert cal.day_year(WED, 5, 10, "past") == 2023  # a year back is too far when the day is two weeks ahead
    assert cal.month_year(WED, 7, "past") == 2022
    assert cal.month_year(WED, 12, "") == 2022
    assert cal.quarter_year(WED, 3, "past") == 2022


def test_to_date():
    assert cal.to_date("2023-W18") == dt.date(2023, 5, 1)
    assert cal.to_date("2023-Q2") == dt.date(2023, 4, 1)
    assert cal.to_date("XXXX-07-15") is None


@pytest.mark.parametrize(("word", "value"), [("twenty-four", 24), ("a", 1), ("130", 130), ("several", None), ("1,000", 1000)])
def test_number_value(word, value):
    assert number_value(word) == value


def test_tagger_without_parse_uses_nearby_words():
    text = "Guards stopped a convoy on Tuesday. The convoy will return on Thursday."
    values = {text[t.start : t.end]: t.value for t in tag(text, WED, None)}
    assert values == {"Tuesday": "2023-04-25", "Thursday": "2023-04-27"}


def test_tagger_offsets_are_exact():
    text = "From 10 to 12 May, and again on 3 June 2024, talks ran for two weeks."
    for t in tag(text, WED, None):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end].strip() == text[t.start : t.end]
    found = {text[t.start : t.end]: t.value for t in tag(text, WED, None)}
    assert found["3 June 2024"] == "2024-06-03"
    assert found["two weeks"] == "P2W"


@pytest.mark.parametrize(
    ("year", "western", "orthodox"),
    [
        (2022, "2022-04-17", "2022-04-24"),
        (2023, "2023-04-09", "2023-04-16"),
        (2024, "2024-03-31", "2024-05-05"),
        (2025, "2025-04-20", "2025-04-20"),
    ],
)
def test_easter(year, western, orthodox):
    assert cal.easter(year).isoformat() == western
    assert cal.easter(year, orthodox=True).isoformat() == orthodox


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2022, "tishrei", 1, "2022-09-26"),  # Rosh Hashanah
        (2023, "tishrei", 10, "2023-09-25"),  # Yom Kippur
        (2024, "tishrei", 10, "2024-10-12"),
        (1973, "tishrei", 10, "1973-10-06"),
        (2024, "nisan", 15, "2024-04-23"),  # Passover
        (2025, "nisan", 15, "2025-04-13"),
        (2023, "kislev", 25, "2023-12-08"),  # Hanukkah
        (2024, "kislev", 25, "2024-12-26"),
    ],
)
def test_hebrew_days(year, month, day, expected):
    assert cal.hebrew_day(year, month, day).isoformat() == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "observed"),
    [
        (2020, 10, 1, "2020-05-24"),
        (2023, 10, 1, "2023-04-21"),
        (2024, 10, 1, "2024-04-10"),
        (2024, 12, 10, "2024-06-16"),
        (2024, 9, 1, "2024-03-11"),
    ],
)
def test_tabular_islamic_days_are_within_a_day_of_the_observed_ones(year, month, day, observed):
    assert 0 <= (cal.islamic_day(year, month, day) - dt.date.fromisoformat(observed)).days <= 1


def test_easter_matches_dateutil_both_kinds():
    """An independent computus (python-dateutil), 1583-4099; a guard (review 9)."""
    easter = pytest.importorskip("dateutil.easter")
    for y in range(1583, 4100):
        assert cal.easter(y) == easter.easter(y, easter.EASTER_WESTERN), y
        assert cal.easter(y, orthodox=True) == easter.easter(y, easter.EASTER_ORTHODOX), y


def test_hebrew_calendar_rules_hold_1900_2199():
    """The rules the arithmetic must keep (review 9): Yom Kippur is 1 Tishrei + 9; 1 Tishrei never
    falls on a Sunday, Wednesday or Friday, 15 Nisan never on a Monday, Wednesday or Friday; a year
    has 353-355 or 383-385 days; 15 Nisan is 163 days before the next 1 Tishrei."""
    for y in range(1900, 2200):
        rh, yk, pesach = (cal.hebrew_day(y, m, d) for m, d in (("tishrei", 1), ("tishrei", 10), ("nisan", 15)))
        assert (yk - rh).days == 9
        assert rh.isoweekday() not in (7, 3, 5), y
        assert pesach.isoweekday() not in (1, 3, 5), y
        assert (rh - pesach).days == 163
        assert (cal.rosh_hashanah(y + 3762) - cal.rosh_hashanah(y + 3761)).days in (353, 354, 355, 383, 384, 385)


def test_tabular_islamic_months_fit_together():
    """Eid al-Fitr (1 Shawwal) is 29 or 30 days after 1 Ramadan, Eid al-Adha (10 Dhu al-Hijjah) 68 or
    69 days after Eid al-Fitr (review 9)."""
    for y in range(1950, 2100):
        ramadan, fitr = cal.islamic_day(y, 9, 1), cal.islamic_day(y, 10, 1)
        if fitr < ramadan:  # two Ramadans in one Gregorian year: the first one's Eid may be in it
            continue
        assert (fitr - ramadan).days in (29, 30), y
        adha = cal.islamic_day(y, 12, 10)
        if adha > fitr:
            assert (adha - fitr).days in (68, 69), y


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, "2024-03-24"), (2025, "2025-03-14"), (2023, "2023-03-07")],  # Purim (14 Adar / Adar II), from memory
)
def test_purim_is_thirty_days_before_passover(year, expected):
    spec = {"calendar": "hebrew", "month": "nisan", "day": 15, "offset": -30}
    assert cal.feast(spec, year).isoformat() == expected
