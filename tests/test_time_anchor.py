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


@pytest.mark.parametrize(
    ("published", "dateline", "want", "source"),
    [
        # a wire report filed on Feb 14 and published two days later counts from its filing day
        (dt.date(2024, 2, 16), "Feb 14", dt.date(2024, 2, 14), "dateline"),
        (dt.date(2024, 1, 24), "Jan 22", dt.date(2024, 1, 22), "dateline"),
        (dt.date(2025, 1, 2), "Dec 30", dt.date(2024, 12, 30), "dateline"),  # across New Year
        (dt.date(2024, 2, 16), "16 February 2024", dt.date(2024, 2, 16), "published"),  # same day
        (dt.date(2024, 2, 16), "Feb 1", dt.date(2024, 2, 16), "published"),  # too far back: a misread more likely
        (dt.date(2024, 2, 16), "Feb 18", dt.date(2024, 2, 16), "published"),  # after publication: not a filing day
    ],
)
def test_a_dateline_day_shortly_before_publication_is_the_filing_day(published, dateline, want, source):
    got = anchor.choose(published, {"date": dateline}, [])
    assert (got.date, got.source) == (want, source)


def test_the_filing_day_moves_a_weekday_in_the_report():
    from conftest import analyse

    # filed Monday Jan 22, published Wednesday Jan 24: "released … on Wednesday" is the Wednesday
    # before the filing day, not the publication day itself
    text = "Junta frees prisoners\n\nYANGON, Jan 22 (Irrawaddy Current) - The junta released 200 prisoners on Wednesday.\n"
    an = analyse(text, ["meta", "time"], published=dt.date(2024, 1, 24))
    [wednesday] = [s for s in an.spans_of("time") if s.text == "Wednesday"]
    assert wednesday.attrs["value"] == "2024-01-17"
    assert an.summary["time"]["anchor_source"] == "dateline"
