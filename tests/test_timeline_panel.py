"""The timeline panel: dates in calendar order linked to their spans, events placed when present."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from newsprism.render.panels import covered_summary, timeline

from conftest import analyse

TEXT = (
    "Guards on Tuesday stopped a convoy. The statement of November 9, 2020 was ignored. "
    "Leaders will meet next week. The road has been closed for 130 days."
)


def _analysis():
    return analyse(TEXT, ["time"], published=dt.date(2023, 4, 26))


def test_rows_in_calendar_order_without_events():
    rows = timeline.rows(_analysis())
    assert [r.value for r in rows] == ["2020-11-09", "2023-04-25", "2023-W18"]
    assert all(r.spans and not r.events for r in rows)


def test_html_links_dates_to_spans_and_escapes():
    a = _analysis()
    out = timeline.html(a)
    tuesday = next(s for s in a.spans_of("time") if s.text == "Tuesday")
    assert f'data-spans="{tuesday.id}"' in out
    assert '<ol class="timeline">' in out and "&lt;span" not in out
    assert "DURATION 1" in out  # 130 days is counted, not placed
    assert "are counted from 2023-04-26: the article&#x27;s publication date." in out


def test_events_are_placed_on_their_dates():
    a = _analysis()
    tuesday = next(s for s in a.spans_of("time") if s.text == "Tuesday")
    trigger = a.add_span("event", "COERCE", TEXT.index("stopped"), TEXT.index("stopped") + 7, "test", {"why": "test"})
    a.add_record("events", {"event_type": "COERCE", "trigger": trigger.id, "trigger_text": "stopped", "time": tuesday.id,
                            "date": "2023-04-25", "actor": {"text": "Guards"}, "negated": False, "modality": "asserted"})  # fmt: skip
    a.add_record("events", {"event_type": "REJECT", "trigger": trigger.id, "trigger_text": "x", "date": None})
    rows = {r.value: r for r in timeline.rows(a)}
    assert [e["event_type"] for e in rows["2023-04-25"].events] == ["COERCE"]
    out = timeline.html(a)
    assert f'data-spans="{trigger.id} {tuesday.id}"' in out
    assert "Guards — COERCE: stopped" in out
    console = Console(width=120, record=True)
    console.print(timeline.terminal(a))
    assert "COERCE" in console.export_text()


def test_no_time_layer_no_panel():
    a = analyse("Nothing happened.", ["meta"])
    assert timeline.html(a) is None and timeline.terminal(a) is None


def test_summary_key_is_covered():
    assert "time" in covered_summary()


def test_html_report_includes_timeline(sample_analyses):
    from newsprism.render import html_report

    page = html_report.to_html(sample_analyses["meridian_wire"])
    assert 'class="timeline"' in page and "2023-W18" in page


def test_unknown_year_dates_come_after_known_ones():
    a = analyse("The truce of November 9, 2020 held until the meeting in Brussels (July 15) was cancelled.", ["time"])
    assert a.summary["time"]["anchor"] == "2020-11-09"
    b = analyse("The meeting in Brussels (July 15) was cancelled in 2021; talks resumed on March 3.", ["time"])
    assert [r.value for r in timeline.rows(b)] == ["2021", "XXXX-03-03", "XXXX-07-15"]


def test_html_says_in_words_what_relative_dates_count_from_and_what_is_left_out():
    out = timeline.html(_analysis())
    assert "Relative dates (&#x27;Tuesday&#x27;, &#x27;next week&#x27;) are counted from 2023-04-26" in out
    assert "Time expressions not on the timeline: DURATION 1 (lengths of time such as &#x27;130 days&#x27;)" in out


def test_html_without_an_anchor_or_dates_says_so():
    from newsprism.model import Analysis, Article

    a = Analysis(
        Article(text="Shelling was reported."), summary={"time": {"anchor": None, "anchor_source": None, "anchor_why": "no date"}}
    )
    out = timeline.html(a)
    assert "No calendar dates in the text." in out and "are not placed on the calendar: no date." in out
    assert "anchor none (None)" not in out
