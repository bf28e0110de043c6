"""Tenth-session review of the place layer: names of a period, 'East Sea' from a Vietnamese
report naming only China, 'the Golan', possessive company names, Greek Macedonia, Arabic
spellings (al-Hudayda, Um Kadada), Jermuk/Istisu."""

from __future__ import annotations

from newsprism.geo.build import _spelling_variants

from conftest import FIXTURES, analyse


def _places(text: str) -> dict[str, dict]:
    return {s.text: s.attrs for s in analyse(text, ["place"]).spans_of("place")}


def _naming(text: str) -> dict:
    return analyse(text, ["place"]).summary["naming"]


def test_a_history_book_review_uses_burma_as_the_name_of_its_time():
    naming = _naming((FIXTURES / "geo10r_teak_and_rice_review.txt").read_text(encoding="utf-8"))
    assert naming["verdict"] == "no contested names"
    assert sorted(h["name"] for h in naming["historical"]) == ["Burma", "Burma", "Rangoon"]
    assert "used of a period when it was the only name" in naming["label"]


def test_burma_of_today_is_still_a_sides_name():
    naming = _naming("Burma's generals jailed the poet in 2021, and the junta in Rangoon said nothing.")
    assert naming["verdict"] == "burmese_opposition/international_legacy" and naming["historical"] == []
    # a year before 1989 in a sentence that speaks of now is no period reference
    naming = _naming("Burma, a British colony until 1948, is now ruled by its generals.")
    assert naming["verdict"] == "burmese_opposition/international_legacy"


def test_kiev_of_1941_is_the_period_name():
    naming = _naming("German troops entered Kiev in September 1941.")
    assert naming["verdict"] == "no contested names" and naming["historical"][0]["name"] == "Kiev"
    assert _naming("Drones struck Kiev overnight, officials said.")["verdict"] != "no contested names"


def test_east_sea_in_a_report_naming_only_china_is_the_south_china_sea():
    text = "The spokeswoman said China's survey ship had been operating illegally in the East Sea for three weeks."
    places = _places(text)
    assert places["East Sea"]["id"] == "kb:south-china-sea"
    assert _naming(text)["verdict"] == "vietnamese"
    # Korean usage still wins where Korea is named
    korea = _places("North Korea fired two missiles into the East Sea, South Korea said; China urged calm.")
    assert korea["East Sea"]["id"] == "kb:sea-of-japan"


def test_the_golan_alone_is_the_golan_heights_and_a_shared_name():
    text = "The volcanic soils of the Golan give this wine its edge; the winery sits above the Sea of Galilee."
    places = _places(text)
    assert places["Golan"]["id"] == "kb:golan-heights" and places["Golan"]["convention"] == "shared"
    assert places["Sea of Galilee"]["kind"] == "lake"
    assert _naming(text)["verdict"] == "no contested names"


def test_a_company_name_with_a_possessive_is_no_sea():
    assert "Red Sea" not in _places("Red Sea Global's resort on the Saudi coast opened north of Jeddah.")


def test_greek_macedonia_and_its_regions_are_in_greece():
    places = _places("Wildfires spread across Greek Macedonia, and planes flew over Central Macedonia and Western Macedonia.")
    assert places["Greek Macedonia"]["country"] == "GR"
    assert places["Central Macedonia"]["country"] == "GR" and places["Central Macedonia"]["kind"] == "admin1"
    assert places["Western Macedonia"]["country"] == "GR"


def test_arabic_spellings_final_a_um_and_single_consonants():
    assert {"al-hudaydah", "al-hudayda", "hudayda"} <= _spelling_variants("al hudaydah", frozenset({"al"})) | {"hudayda"}
    assert {"um kadada", "umm kadada"} <= _spelling_variants("umm kaddadah", frozenset({"al"}))
    places = _places(
        "Fighters were pushed back south of al-Hudayda province. In Um Kadada, in North Darfur, the market was looted."
    )
    assert places["al-Hudayda"]["kind"] == "admin1" and places["al-Hudayda"]["country"] == "YE"
    assert places["al-Hudayda"]["lat"] is not None  # the province's point (its capital's admin1 towns)
    assert places["Um Kadada"]["country"] == "SD"


def test_istisu_is_the_azerbaijani_name_of_jermuk():
    text = "Azerbaijani army units returned fire at Armenian positions near Istisu, the defence ministry said."
    places = _places(text)
    assert places["Istisu"]["id"] == "kb:jermuk" and places["Istisu"]["convention"] == "azerbaijani_official"
    assert _naming(text)["places"][0]["place"] == "Jermuk"
    assert (
        _places("Shells fell near Jermuk, Armenia's defence ministry said.")["Jermuk"]["convention"]
        == "armenian/international/russian"
    )


def test_a_year_after_since_is_no_period_reference():
    naming = _naming("The army has ruled Burma since 1962, and the generals show no sign of leaving.")
    assert naming["verdict"] == "burmese_opposition/international_legacy" and naming["historical"] == []


def test_the_republic_of_china_of_1912_is_no_taiwanese_usage():
    naming = _naming("Sun Yat-sen proclaimed the Republic of China in 1912 in Nanjing.")
    assert naming["verdict"] == "no contested names" and naming["historical"][0]["name"] == "Republic of China"
    assert _naming("The Republic of China sent a delegation to the talks.")["verdict"] == "taiwanese_official"


def test_a_ship_named_after_a_place_is_no_place():
    places = _places("The amphibious ship ROKS Dokdo sailed from Busan; the Dokdo-class vessel carries helicopters.")
    assert "Dokdo" not in places and places["Busan"]["country"] == "KR"
    assert "Arizona" not in _places("Visitors toured the USS Arizona memorial in Hawaii.")
    assert _places("Korean officials visited Dokdo on Monday.")["Dokdo"]["convention"] == "korean"


def test_an_egyptian_governorate_has_its_own_point_not_the_articles_other_towns():
    places = _places("Dead birds were found in three areas of Egypt: Cairo, Giza and Al-Minya.")
    assert places["Al-Minya"]["kind"] == "admin1" and 27.5 < places["Al-Minya"]["lat"] < 29.0  # not Cairo's 30.0


def test_a_count_of_four_digits_is_not_a_year_of_the_period():
    from newsprism.geo.naming import period_name

    text = "The junta in Burma deployed 1500 troops to Rakhine state on Monday."
    an = analyse(text, ["place"])
    burma = next(s for s in an.spans_of("place") if s.text == "Burma")
    assert period_name(burma, text) is None
    text = "Rangoon in 1885 was a colonial port."
    an = analyse(text, ["place"])
    rangoon = next(s for s in an.spans_of("place") if s.text == "Rangoon")
    assert "1885" in (period_name(rangoon, text) or "")
