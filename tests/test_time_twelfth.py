"""Twelfth session, time layer speed: a text with no published date is tagged twice (first with no
anchor, to infer one from its full dates); both passes share one regex scan, and when no anchor is
found the first pass's result is the layer's. The readings must be the same as with a scan per call.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.temporal import tagger

from conftest import analyse

UNDATED_WITH_A_DATE = (
    "GORI — Shelling hit the village of Ergneti on Tuesday night, the interior ministry said. "
    "The ceasefire agreed on August 12, 2008 was violated three times last week, it said, "
    "and talks resumed on Monday morning after 10:30."
)
UNDATED_NO_DATE = "Shelling hit Ergneti on Tuesday night and again two days later, officials said on Friday."


def _counting(monkeypatch) -> dict[str, int]:
    calls = {"scan": 0, "tag": 0}
    scan, tag = tagger.scan, tagger.tag

    def counted_scan(text):
        calls["scan"] += 1
        return scan(text)

    def counted_tag(*args, **kwargs):
        calls["tag"] += 1
        return tag(*args, **kwargs)

    monkeypatch.setattr(tagger, "scan", counted_scan)
    monkeypatch.setattr(tagger, "tag", counted_tag)
    return calls


def _values(analysis) -> list[tuple[int, int, str, str, str]]:
    return [(s.start, s.end, s.label, s.attrs["value"], s.attrs["anchor_source"]) for s in analysis.spans_of("time")]


def test_an_undated_text_with_a_full_date_is_scanned_once_for_both_passes(monkeypatch):
    calls = _counting(monkeypatch)
    analysis = analyse(UNDATED_WITH_A_DATE, ["time"])
    assert calls == {"scan": 1, "tag": 2}
    assert analysis.summary["time"]["anchor"] == "2008-08-12"
    values = {s.text: s.attrs["value"] for s in analysis.spans_of("time")}
    assert values == {  # the second pass's values, counted from the inferred anchor
        "Tuesday night": "2008-08-12TNI",
        "August 12, 2008": "2008-08-12",
        "last week": "2008-W32",
        "Monday morning": "2008-08-11TMO",
        "10:30": "2008-08-11T10:30",
    }


def test_an_undated_text_with_no_anchor_is_tagged_once(monkeypatch):
    calls = _counting(monkeypatch)
    analysis = analyse(UNDATED_NO_DATE, ["time"])
    assert calls == {"scan": 1, "tag": 1}
    assert analysis.summary["time"]["anchor"] is None
    assert {(s.text, s.attrs["value"]) for s in analysis.spans_of("time")} >= {
        ("Tuesday night", "XXXX-WXX-2TNI"),
        ("Friday", "XXXX-WXX-5"),
    }


def test_a_published_text_is_scanned_and_tagged_once(monkeypatch):
    calls = _counting(monkeypatch)
    analyse(UNDATED_NO_DATE, ["time"], published=dt.date(2026, 11, 20))
    assert calls == {"scan": 1, "tag": 1}


@pytest.mark.parametrize("anchor", [None, dt.date(2026, 11, 20)])
@pytest.mark.parametrize("text", [UNDATED_WITH_A_DATE, UNDATED_NO_DATE])
def test_a_shared_scan_reads_as_a_scan_per_call(text, anchor):
    once = tagger.scan(text)
    assert once.matches  # the texts have time words: the scan is not empty
    shared = [tagger.tag(text, anchor, matched=once), tagger.tag(text, anchor, matched=once)]
    assert shared[0] == shared[1] == tagger.tag(text, anchor)


def test_a_scan_of_another_text_is_refused():
    with pytest.raises(ValueError, match="another text"):
        tagger.tag(UNDATED_NO_DATE, None, matched=tagger.scan(UNDATED_WITH_A_DATE))


def test_the_layer_reads_the_same_with_and_without_the_shared_scan(monkeypatch):
    shared = _values(analyse(UNDATED_WITH_A_DATE, ["time"]))
    tag = tagger.tag
    monkeypatch.setattr(tagger, "tag", lambda *a, matched=None, **k: tag(*a, **k))  # a fresh scan per call
    assert _values(analyse(UNDATED_WITH_A_DATE, ["time"])) == shared
