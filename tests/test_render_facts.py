import datetime as dt

from newsprism.render.facts import date_fact, date_text
from newsprism.render.html_report import to_html
from newsprism.render.terminal import header

from conftest import analyse

WIRE = (
    "Shelling on the border\n\nYEREVAN/BAKU, May 14, 2025 (Meridian Wire) \u2014 Both sides reported shelling late on Tuesday.\n"
)
PARTIAL = (
    "Convoy stopped\n\nBaku, April 26 (Caspian Herald) \u2014 The convoy was stopped. Talks were held on 10 November 2020.\n"
)


def test_a_publication_date_is_shown_as_it_is():
    an = analyse(WIRE, ["meta", "time"], published=dt.date(2025, 5, 15))
    assert date_fact(an) == "2025-05-15"


def test_an_undated_report_shows_its_dateline_date_and_says_where_it_came_from():
    an = analyse(WIRE, ["meta", "time"])
    assert an.article.published is None
    assert date_fact(an) == "no publication date; dateline 2025-05-14"
    assert "dateline 2025-05-14" in header(an).plain
    assert "no publication date; dateline 2025-05-14" in to_html(an)


def test_a_dateline_without_a_year_is_shown_as_a_lower_bound():
    an = analyse(PARTIAL, ["meta", "time"])
    assert date_fact(an) == "no publication date; dateline 2021-04-26 or later"


def test_no_date_anywhere_is_date_unknown():
    an = analyse("Shelling on the border\n\nBoth sides reported shelling.\n", ["meta", "time"])
    assert date_fact(an) == "date unknown"
    assert date_fact(analyse("Both sides reported shelling.\n", ["meta"])) == "date unknown"


def test_the_lower_bound_is_a_flag_of_the_time_summary():
    an = analyse(PARTIAL, ["meta", "time"])
    assert an.summary["time"]["anchor_lower_bound"] is True
    an = analyse(WIRE, ["meta", "time"])
    assert an.summary["time"]["anchor_lower_bound"] is False
    # the flag, not the wording of the reason, decides
    assert date_text(
        None, {"anchor": "2021-04-26", "anchor_source": "dateline", "anchor_why": "x", "anchor_lower_bound": True}
    ) == ("no publication date; dateline 2021-04-26 or later")
