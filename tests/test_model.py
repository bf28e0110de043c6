import datetime as dt
import hashlib

import pytest

from newsprism.model import Analysis, Article, OffsetError


def test_article_id_is_sha256_of_text_unless_given():
    a = Article(text="Convoy stopped at the bridge.")
    assert a.id == hashlib.sha256(b"Convoy stopped at the bridge.").hexdigest()
    assert Article(text="x", id="given-1").id == "given-1"


def test_the_same_text_from_two_outlets_is_two_articles():
    text = "Convoy stopped at the bridge."
    a, b = Article(text=text, outlet="Caspian Herald"), Article(text=text, outlet="Meridian Wire")
    assert a.id != b.id
    assert a.id == Article(text=text, outlet="Caspian Herald").id  # a re-run updates, not duplicates
    assert Article(text=text).id == hashlib.sha256(text.encode()).hexdigest()


def test_add_span_copies_exact_text_and_numbers_ids_per_layer():
    an = Analysis(Article(text="Baku accused Yerevan of sabotage."))
    s1 = an.add_span("actor", "GOV", 0, 4, "actor@1:test")
    s2 = an.add_span("actor", "GOV", 13, 20, "actor@1:test", {"why": "capital as government"}, 0.9)
    s3 = an.add_span("framing", "loaded", 24, 32, "framing@1:test")
    assert (s1.text, s2.text, s3.text) == ("Baku", "Yerevan", "sabotage")
    assert (s1.id, s2.id, s3.id) == ("actor-1", "actor-2", "framing-1")
    an.check_offsets()


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (6, 4), (0, 999)])
def test_add_span_rejects_bad_offsets(start, end):
    an = Analysis(Article(text="Short text."))
    with pytest.raises(OffsetError):
        an.add_span("x", "y", start, end, "x@1")


def test_check_offsets_catches_tampered_span():
    an = Analysis(Article(text="Shusha and Shushi"))
    span = an.add_span("place", "PLACE", 0, 6, "place@1")
    span.text = "Shushi"
    with pytest.raises(OffsetError):
        an.check_offsets()


def test_records_get_ids_and_round_trip():
    an = Analysis(Article(text="Talks in Brussels.", published=dt.date(2023, 4, 26), media_tags=["PHOTO"]))
    s = an.add_span("place", "PLACE", 9, 17, "place@1", {"lat": 50.85})
    rec = an.add_record("events", {"event_type": "CONSULT", "location": s.id})
    assert rec["id"] == "event-1"
    assert an.add_record("consistency", {"kind": "date"})["id"] == "consistency-1"
    back = Analysis.from_dict(an.to_dict())
    assert back.article.published == dt.date(2023, 4, 26)
    assert back.spans[0].attrs == {"lat": 50.85}
    assert back.records == an.records
    assert back.to_dict() == an.to_dict()


def test_published_given_as_iso_string_or_datetime_is_a_date():
    # the Python API takes what the CLI's --published takes; a string used to survive until to_dict failed on it
    assert Article(text="x", published="2026-11-27").published == dt.date(2026, 11, 27)
    assert Article(text="x", published="2026-11-27T08:30:00Z").published == dt.date(2026, 11, 27)
    assert Article(text="x", published=dt.datetime(2026, 11, 27, 8, 30)).published == dt.date(2026, 11, 27)
    assert Article(text="x", published="2026-11-27").to_dict()["published"] == "2026-11-27"
    with pytest.raises(ValueError, match="not a date"):
        Article(text="x", published="last Tuesday")
