"""Seventeenth session (framing): the sixteenth audit's leftovers — a group's own term in quotation marks in what
a speaker reports ('the regime's "border guards"'), 'enemy positions' in a history paragraph, 'Taiwan region'
in a weather report, 'what X calls …' scopes that ran into a time phrase. Fictional sentences, real places. Each
fix failed on the session-start code (9bd2eb5); the near misses keep their answer."""

import datetime as dt
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def _quote_classes(text):
    from newsprism import nlp
    from newsprism.framing.quote_class import classify

    return {text[q.start : q.end]: q.label for q in classify(text, nlp.load()(text))}


def _framing(text, layers=("claim", "framing"), **meta):
    from conftest import analyse

    return analyse(text, list(layers), **meta).spans_of("framing")


def _labels(text, **meta):
    return {s.text: s.attrs for s in _framing(text, **meta) if s.label in ("label", "loaded")}


# --- audit16 F3: a group's own term, owned by it, in the subject of what a speaker reports --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau said one of the regime's “border guards” fired a shot at his car near Varnița.",
        "One of the regime's “border guards” fired a shot at his car near Varnița, the Bureau said.",
        "Chisinau said Russia's “peacekeepers” had done nothing to stop the detention in Bender.",
    ],
)
def test_a_groups_own_term_in_a_reported_subject_is_a_scare_quote(text):
    # audit16 x1: 'one of the regime's "border guards" fired …, the Bureau said' was speech (governed by 'said')
    (label,) = [v for k, v in _quote_classes(text).items()]
    assert label == "scare"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a quoted modifier with its noun unquoted: the speaker's word (dev gold: 'Israel's "terrorist" allies')
        ("Officials in Damascus said Israel's “terrorist” allies fired the shells near Quneitra.", "“terrorist”"),
        # a pronoun owner may be the speaker's own
        ("His “border guards” fired a shot near Varnița, the Bureau said.", "“border guards”"),
        # one person's, not a group's
        ("Mensah said Okafor's “staff member” called him in Accra.", "“staff member”"),
        # no owner: one attributed word, speech by the gold guideline (dev gold: 'said a "staff member" … contacted')
        ("The “peacekeepers” did nothing to stop the detention in Bender, the Bureau said.", "“peacekeepers”"),
    ],
)
def test_an_attributed_word_without_a_group_owner_stays_speech(text, quote):
    assert _quote_classes(text)[quote] == "speech"


def test_the_chisinau_reports_border_guards_are_a_scare_quote():
    from newsprism.pipeline import Pipeline

    from conftest import analyse_reports

    a = analyse_reports(Pipeline(["claim", "framing"]), FIXTURES / "audit16", ("x1_chisinau_courier",))["x1_chisinau_courier"]
    body = a.article.text.index("one of the regime's")
    scare = [s for s in a.spans_of("framing") if s.label == "scare_quote" and s.start > body]
    assert '"border guards"' in {s.text for s in scare}


# --- fifteenth-audit leftover: 'enemy positions' in a history paragraph --------------------------------------


def test_enemy_positions_in_a_past_war_are_history_not_a_side():
    text = (
        "CHISINAU, 26 November 2026 (Courier) - Police detained a farmer on Wednesday.\n\n"
        "In 1992, the Moldovan army shelled enemy positions on the left bank before a ceasefire froze the conflict."
    )
    assert "enemy positions" not in _labels(text)


def test_the_articles_date_dates_the_history():
    text = "In 1992, the Moldovan army shelled enemy positions on the left bank of the Nistru."
    assert "enemy positions" not in _labels(text, published=dt.date(2026, 11, 26))


@pytest.mark.parametrize(
    "text",
    [
        # this war, two years ago
        "KYIV, 26 November 2026 (Wire) - Shelling went on.\n\nIn 2024, Ukrainian troops attacked enemy positions near "
        "Kupiansk, the army said.",
        # a year of a past war named elsewhere in the sentence's article, not in its own sentence
        "KYIV, 26 November 2026 (Wire) - Veterans of the 1990s wars gathered. Our troops attacked enemy positions near "
        "Kupiansk on Tuesday.",
        # an old year and this one in the same sentence
        "SANAA, 26 November 2026 - In the 1990s, and again this year in 2026, the militia shelled enemy positions near Marib.",
    ],
)
def test_enemy_positions_in_this_war_stay_a_side(text):
    assert "enemy positions" in _labels(text)


# --- fifteenth-audit leftover: 'Taiwan region' in a weather or quake report is a place, not Beijing's term --------


@pytest.mark.parametrize(
    "text",
    [
        "A typhoon brought heavy rain to the Taiwan region on Monday, the weather agency in Tokyo said.",
        "The quake was felt across the Taiwan region and in Okinawa.",
    ],
)
def test_taiwan_region_in_a_weather_or_quake_report_is_no_side(text):
    assert "Taiwan region" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said Taiwan region leaders were provoking confrontation.",
        # a third party that takes up the term takes up Beijing's term (no neutral political use)
        "A Korean trade ministry report said exports to the Taiwan region rose 4 percent.",
        # a metaphor is no weather
        "Beijing warned of a storm of protest if Taiwan region leaders visited Washington.",
    ],
)
def test_taiwan_region_elsewhere_is_beijings_term(text):
    assert _labels(text)["Taiwan region"]["used_by"].startswith("Beijing's term")


# --- fifteenth-audit leftover: a 'what X calls …' scope ends before a time phrase ---------------------------------


def _scopes(text):
    return [s.attrs.get("scope_text") for s in _framing(text, ("framing",)) if s.label == "distancing"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Moscow condemned what it called a provocation two days ago in Chisinau.", "a provocation"),
        ("Moscow condemned what it called a provocation overnight.", "a provocation"),
        ("Tiraspol denounced what it calls the economic blockade since March.", "the economic blockade"),
        # near misses: a date inside a name, a time phrase already cut
        ("Ankara still celebrates what it calls the 1974 Peace Operation.", "the 1974 Peace Operation"),
        ("Moscow condemned what it called a provocation on Tuesday in Chisinau.", "a provocation"),
    ],
)
def test_a_what_x_calls_scope_ends_before_ago_overnight_since(text, scope):
    assert _scopes(text) == [scope]
