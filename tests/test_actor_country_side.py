"""geo.actors.country_side: a country's side by code, name or demonym, on a given day."""

import datetime as dt

import pytest

from newsprism.geo.actors import When, country_side, side_depends_on_date


@pytest.mark.parametrize("word", ["SY", "Syria", "Syrian", "syrian"])
def test_syria_before_and_after_8_december_2024(word):
    assert country_side(word, dt.date(2024, 12, 7)) == "syrian_government"
    assert country_side(word, dt.date(2024, 12, 8)) == "syrian_transitional_government"
    assert country_side(word, dt.date(2016, 3, 1)) == "syrian_government"


@pytest.mark.parametrize("word", ["AF", "Afghanistan", "Afghan"])
def test_afghanistan_before_and_after_15_august_2021(word):
    assert country_side(word, dt.date(2021, 8, 14)) == "afghan_republic"
    assert country_side(word, dt.date(2021, 8, 15)) == "taliban"


def test_no_date_is_the_current_side_and_says_it_depends():
    assert country_side("Syrian") == "syrian_transitional_government"
    assert country_side("Afghan", None) == "taliban"
    assert side_depends_on_date("Syrian") and side_depends_on_date("AF")
    assert not side_depends_on_date("Azerbaijani") and not side_depends_on_date("Vulcan")


def test_a_when_is_accepted_too():
    assert country_side("SY", When(dt.date(2019, 1, 1), "published")) == "syrian_government"


def test_undated_sides_and_unlisted_countries():
    assert country_side("Azerbaijani") == "azerbaijani"
    assert country_side("Armenia", dt.date(2020, 10, 1)) == "armenian"
    assert country_side("Sudanese") == "sudanese_army"
    assert country_side("German") is None
    assert country_side("German", code_if_unlisted=True) == "de"
    assert country_side("DE", code_if_unlisted=True) == "de"


def test_words_that_name_no_country():
    assert country_side("Taliban") is None
    assert country_side("in") is None
    assert country_side("ZZ", code_if_unlisted=True) is None
    assert country_side("", code_if_unlisted=True) is None


def test_article_when_is_public_for_other_layers():
    from newsprism.layers.actor import article_when

    from conftest import analyse

    dated = analyse("Syrian jets struck Idlib.", ["time"], published=dt.date(2019, 1, 2))
    assert country_side("Syrian", article_when(dated)) == "syrian_government"
    by_year = analyse("In 2016, Syrian jets struck Idlib.", ["time"])
    assert article_when(by_year).source == "text year" and country_side("SY", article_when(by_year)) == "syrian_government"
    assert article_when(analyse("Syrian jets struck Idlib.", ["time"])).date is None
