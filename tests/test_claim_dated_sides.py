"""The claims side reads a country word's side on the article's day (geo.actors.country_side):
"the Syrian ministry" of a 2019 report is the Assad government's, of a 2025 report the
transitional government's; "Afghan soldiers" before and after 15 August 2021."""

import datetime as dt

import pytest

from newsprism import nlp
from newsprism.claims import consistency, speakers

from conftest import analyse

BODY = (
    "Clash near Saraqib\n\nThe Syrian ministry said rebels had shelled a village near Saraqib. "
    "Two Syrian soldiers were killed, the ministry said."
)


def _speaker_side(an) -> str | None:
    (claim,) = [c for c in an.records["claims"] if (c.get("speaker") or "").casefold() == "the syrian ministry"]
    return claim["side"]


@pytest.mark.parametrize(
    ("published", "side"),
    [(dt.date(2019, 3, 1), "syrian_government"), (dt.date(2025, 3, 1), "syrian_transitional_government")],
)
def test_a_speakers_country_word_takes_the_side_of_the_reports_day(published, side):
    an = analyse(BODY, published=published, outlet="Levant Post")
    assert _speaker_side(an) == side
    (fig,) = an.records["figures"]
    assert (fig["text"], fig["side"]) == ("Two Syrian soldiers", side)


def test_an_undated_report_is_read_on_the_latest_day_its_text_names():
    """No publication date, no anchor: 'In 2016' dates it, as the actor layer does."""
    an = analyse("Clash near Saraqib\n\nIn 2016, the Syrian ministry said rebels had shelled a village near Saraqib.")
    assert consistency.article_day(an) == dt.date(2016, 12, 31)
    assert _speaker_side(an) == "syrian_government"


def test_the_readers_take_the_day_they_are_given():
    doc = nlp.load()("Two Afghan soldiers were killed. The Afghan ministry said so.")
    before, after = dt.date(2020, 6, 1), dt.date(2022, 6, 1)
    assert [m.side for m in consistency.counts(doc, when=before)] == ["afghan_republic"]
    assert [m.side for m in consistency.counts(doc, when=after)] == ["taliban"]
    ministry = doc.text.index("The Afghan ministry")
    rng = (ministry, ministry + len("The Afghan ministry"))
    assert speakers.named_side(doc, *rng, before) == "afghan_republic"
    assert speakers.named_side(doc, *rng, after) == speakers.named_side(doc, *rng) == "taliban"  # no date: the current side
    # a country whose side never changed, and one with no listed side (its code)
    assert consistency.country_side("Azerbaijani", before) == "azerbaijani"
    assert consistency.country_side("German") == "de"
