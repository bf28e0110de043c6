"""The headline layer's count finding (audit 17 F6): a headline count beyond a figure the body gives, with the
figures it follows and those it goes beyond, each with its speaker. Fictional reports, real places; every
positive case gave no headline span on the session-start code (6f686df)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import analyse

FIXTURES = Path(__file__).parent / "fixtures"
LAYERS = ["claim", "event", "framing", "headline"]


def _counts(text: str):
    an = analyse(text, LAYERS, title=text.split("\n", 1)[0])
    return an.spans_of("headline", "count_beyond_body")


def test_a3_dozens_goes_beyond_the_uns_at_least_15_and_follows_juba():
    from newsprism import ingest
    from newsprism.pipeline import Pipeline

    (art,) = ingest.read(FIXTURES / "audit17" / "a3_equatorial_wire.txt")
    an = Pipeline(["place", *LAYERS])(art)
    (s,) = an.spans_of("headline", "count_beyond_body")
    assert s.text == "Dozens" and s.start == 0
    assert s.attrs["outcome"] == "killed" and s.attrs["least"] == 24 and s.attrs["most"] is None
    assert [(f["value"], f["speaker"]) for f in s.attrs["follows"]] == [(27, "South Sudanese officials")]
    beyond = {(f["value"], f["speaker"]) for f in s.attrs["beyond"]}
    assert (15, "the United Nations peacekeeping mission") in beyond
    assert "at least 15 people" in s.attrs["why"]
    assert an.summary["headline"]["count_beyond_body"] == 1


BODY_TIGRAY = (
    "MEKELLE, November 24, 2026 (Highland Courier) - At least 15 people were killed in clashes near Alamata on "
    "Sunday, the United Nations said. Tigrayan officials said 40 people had been killed.\n"
)


@pytest.mark.parametrize(
    ("headline", "count", "follows"),
    [
        ("Dozens killed in Alamata clashes", "Dozens", ["Tigrayan officials"]),
        ("Over 100 killed in Alamata clashes", "Over 100 killed", []),
    ],
)
def test_a_headline_count_beyond_the_uns_figure(headline, count, follows):
    (s,) = _counts(headline + "\n\n" + BODY_TIGRAY)
    assert s.text == count
    assert [f["speaker"] for f in s.attrs["follows"]] == follows
    assert "the United Nations" in [f["speaker"] for f in s.attrs["beyond"]]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # the count agrees with every figure
        ("15 killed in Alamata clashes", BODY_TIGRAY),
        # the headline credits its source
        ("Dozens killed in Alamata clashes, Tigrayan officials say", BODY_TIGRAY),
        ("Dozens reportedly killed in Alamata clashes", BODY_TIGRAY),
        # the outlet gives the figure in its own voice
        (
            "Dozens killed in Alamata clashes",
            "MEKELLE, November 24, 2026 (Highland Courier) - Thirty people were killed in clashes near Alamata on "
            "Sunday. The United Nations said at least 15 bodies had been found.\n",
        ),
        # a past toll in the body is no figure for this happening
        (
            "Dozens killed in Alamata clashes",
            "MEKELLE, November 24, 2026 (Highland Courier) - Tigrayan officials said 30 people were killed in clashes "
            "near Alamata on Sunday. In 2021, 12 people were killed in the town, the United Nations said.\n",
        ),
    ],
)
def test_no_count_finding(headline, body):
    assert _counts(headline + "\n\n" + body) == []


def test_figures_of_two_towns_may_add_up_to_the_headlines_count():
    text = (
        "Five killed in Russian strikes on Kharkiv and Odesa\n\n"
        "KYIV, November 24, 2026 (Dnipro Daily) - Three people were killed in a missile strike on Kharkiv on Sunday, "
        "the regional governor said. Two people were killed in a drone attack on Odesa, officials there said.\n"
    )
    an = analyse(text, ["place", *LAYERS], title=text.split("\n", 1)[0])
    assert an.spans_of("headline", "count_beyond_body") == []
    # one town's figure alone: the headline's count goes beyond it
    one = text.replace(" Two people were killed in a drone attack on Odesa, officials there said.", "")
    an = analyse(one, ["place", *LAYERS], title=one.split("\n", 1)[0])
    (s,) = an.spans_of("headline", "count_beyond_body")
    assert s.text == "Five killed" and [f["speaker"] for f in s.attrs["beyond"]] == ["the regional governor"]


def test_the_panel_shows_the_count_with_the_figures_it_follows_and_goes_beyond():
    from newsprism.render.panels.headline import html

    text = "Dozens killed in Alamata clashes\n\n" + BODY_TIGRAY
    an = analyse(text, LAYERS, title=text.split("\n", 1)[0])
    out = str(html(an)).replace("&#x27;", "'")
    assert "Dozens" in out and "beyond 'at least 15 people' (the United Nations)" in out
    assert "follows '40 people' (Tigrayan officials)" in out


def test_a_happening_told_on_several_sources_word_is_not_stated_as_fact():
    # audit18 F5: c3 'Insurgents attack Mozambican village' over '… attacked the village of Chai …, according to the
    # government, the militants and aid agencies, whose accounts differ sharply' was stated_as_fact on the government's word
    from newsprism import ingest
    from newsprism.pipeline import Pipeline

    (art,) = ingest.read(FIXTURES / "audit18" / "c3_coastline_wire.txt")
    an = Pipeline(["place", *LAYERS])(art)
    assert an.spans_of("headline", "stated_as_fact") == []
    # one source after 'according to': still that source's word
    text = (
        "Insurgents attack Mozambican village\n\n"
        "PEMBA, Nov. 26, 2026 (Coastline Wire) - Insurgents attacked the village of Chai in Cabo Delgado province on "
        "Tuesday night, according to the government.\n"
    )
    an = analyse(text, LAYERS, title=text.split("\n", 1)[0])
    (s,) = an.spans_of("headline", "stated_as_fact")
    assert s.text == "attack" and s.attrs["speaker"] == "the government"
