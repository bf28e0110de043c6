"""Eleventh session (places): word lists as data, datelines name cities, 'South Tibet' by context."""

from __future__ import annotations

from newsprism.geo import linker
from newsprism.resources import load_json

from conftest import FIXTURES, analyse


def _places(text: str, layers=("place",)) -> dict[str, dict]:
    return {s.text: s.attrs for s in analyse(text, list(layers)).spans_of("place")}


def test_airport_and_admin_words_come_from_the_data_file():
    words = load_json("geo", "place_words.json")
    for key in ("airport_designations", "province_words", "qualifier_words", "street_words", "route_prefixes"):
        assert words[key], key
    assert "Intercontinental" in linker._alternation("airport_designations").split("|")
    assert linker._province_after_re().match(" governorate of")
    assert linker._qualifier_re().match("City of Norfolk").group(0) == "City of "
    assert linker._route_re().search("on U.S. Route 66 west").group(0) == "U.S. Route 66"
    assert linker._street_re().search("at 5th Avenue today").group(0) == "5th Avenue"
    places = _places("Flights to Reagan National Airport resumed. Strikes hit al-Hudayda province and Main Street.")
    assert places["Reagan National Airport"]["kind"] == "airport"
    assert places["al-Hudayda"]["kind"] == "admin1" and places["Main Street"]["kind"] == "street"


def test_a_dateline_names_the_city_not_the_state_or_country():
    cases = {
        "NEW YORK (Hudson Ledger) — The mayor announced a budget.": ("NEW YORK", "New York City", "US"),
        "NEW YORK, Nov 3 — Stocks fell.": ("NEW YORK", "New York City", "US"),
        "PANAMA — The canal authority said traffic resumed.": ("PANAMA", "Panama City", "PA"),
        "KUWAIT, March 3 (Gulf Wire) - The emir met ministers.": ("KUWAIT", "Kuwait City", "KW"),
        "KUWAIT CITY — The emir met ministers.": ("KUWAIT CITY", "Kuwait City", "KW"),
        "MEXICO CITY — Rains flooded streets.": ("MEXICO CITY", "Mexico City", "MX"),
        "WASHINGTON — The Senate voted.": ("WASHINGTON", "Washington", "US"),
    }
    for text, (written, name, cc) in cases.items():
        got = _places(text)[written]
        assert (got["name"], got["kind"], got["country"]) == (name, "city", cc), text
    ny = _places("NEW YORK — The mayor spoke.")["NEW YORK"]
    assert "a dateline names a city" in ny["why"]


def test_not_a_dateline_keeps_the_state_or_country():
    assert _places("The governor of New York said the budget passed.")["New York"]["kind"] == "admin1"
    assert _places("MEXICO\nRains hit the south of the country.")["MEXICO"]["kind"] == "country"  # a heading
    assert _places("NEW YORK STATE — The governor said.").get("NEW YORK", {}).get("name") != "New York City"
    assert _places("GEORGIA — The president said.")["GEORGIA"]["kind"] == "country"  # no city of that name there


def test_south_tibet_in_a_travel_piece_is_tibet_not_arunachal():
    text = (FIXTURES / "places11_shigatse_road_diary.txt").read_text(encoding="utf-8")
    analysis = analyse(text, ["place"])
    spans = [s for s in analysis.spans_of("place") if s.text == "South Tibet"]
    assert len(spans) == 3
    for s in spans:
        assert s.attrs["id"] != "kb:arunachal-pradesh" and s.attrs["country"] == "CN"
        assert s.attrs.get("convention") is None
    assert "not Arunachal Pradesh" in spans[0].attrs["why"] and "Lhasa" in spans[0].attrs["why"]
    assert analysis.summary["naming"]["label"].startswith("no contested names")


def test_south_tibet_about_arunachal_or_the_border_is_chinas_name():
    places = _places(
        "China issued standardised names for 30 places in South Tibet, which India administers as "
        "Arunachal Pradesh. New Delhi rejected the move."
    )
    assert places["South Tibet"]["id"] == "kb:arunachal-pradesh"
    assert places["South Tibet"]["convention"] == "chinese_official"
    assert "India" in places["South Tibet"]["why"]
    border = _places("Chinese troops patrolled near the Line of Actual Control in Southern Tibet, state media said.")
    assert border["Southern Tibet"]["id"] == "kb:arunachal-pradesh"
    assert _places("Zangnan, which China also calls South Tibet, was renamed.")["Zangnan"]["id"] == "kb:arunachal-pradesh"


def test_south_tibet_alone_is_not_arunachal():
    places = _places("Heavy snow closed the passes of South Tibet this week.")
    assert places.get("South Tibet", {}).get("id") != "kb:arunachal-pradesh"


def test_yemeni_and_sudanese_spellings():
    khukha = _places("Fighting spread to al-Khukha on Monday, residents of Yemen said.")["al-Khukha"]
    assert (khukha["name"], khukha["country"], khukha["geonameid"]) == ("Al Khawkhah", "YE", 79131)
    assert _places("Government forces entered Khokha, Yemen.")["Khokha"]["geonameid"] == 79131
    hudayda = _places("The strikes hit al-Hudayda province in western Yemen overnight.")["al-Hudayda"]
    assert hudayda["kind"] == "admin1" and hudayda["country"] == "YE"
    um = _places("RSF fighters seized Um Kadada in North Darfur, Sudan, the army said.")["Um Kadada"]  # spaCy: PERSON
    assert (um["name"], um["country"]) == ("Umm Kaddadah", "SD") and "'in North Darfur'" in um["why"]


def test_a_person_before_in_a_region_stays_a_person():
    assert "Ahmed Hassan" not in _places("Ahmed Hassan in North Darfur said the road was closed.")


def test_a_place_described_by_an_apposition_is_a_place_even_unknown():
    places = _places("Houthi fighters shelled Al Lait, a village south of Hodeidah in Yemen, officials said.")
    lait = places["Al Lait"]
    assert lait["kind"] == "unknown" and lait["id"] is None and lait["country"] == "YE"
    assert lait["lat"] == places["Hodeidah"]["lat"] and lait["precision_km"] == 50
    assert "described as 'a village south of Hodeidah'" in lait["why"]
    assert "Smith" not in _places("John Smith, a village elder, said the well was dry.")
    assert "Mary Jones" not in _places("Mary Jones, a town councillor in Leeds, said so.")


def test_kashmir_the_region_belongs_to_no_one_country():
    places = _places("India and Pakistan traded fire in Kashmir across the Line of Control, officials on both sides said.")
    assert places["Kashmir"]["id"] == "kb:kashmir" and places["Kashmir"]["country"] is None and places["Kashmir"]["contested"]
    valley = _places("Snow closed the roads of the Kashmir Valley around Srinagar, officials in India said.")
    assert valley["Kashmir Valley"]["country"] == "IN"


def test_occupied_kashmir_is_pakistani_usage_and_pak_occupied_kashmir_indian():
    pk = _places("Our brothers in occupied Kashmir suffer daily, the speaker in Muzaffarabad told a rally on Sunday.")
    assert pk["occupied Kashmir"]["id"] == "kb:indian-kashmir" and pk["occupied Kashmir"]["convention"] == "pakistani_official"
    ind = _places("Woman killed in Pak shelling in Uri, as troops in Pak-occupied Kashmir fired on Indian posts on Monday.")
    assert ind["Pak-occupied Kashmir"]["id"] == "kb:pakistani-kashmir"
    assert ind["Pak-occupied Kashmir"]["convention"] == "indian_official"
    assert ind["Pak"]["country"] != "MY"  # the Indian press's short form for Pakistan, not Paka, Malaysia


def test_towns_of_the_line_of_control_and_the_berm():
    kashmir = _places(
        "Indian shelling hit houses in Kel near the Neelum valley on Sunday, AJK officials said, while two people "
        "were hurt in Mirpur. Police in Baramulla and Rajouri said troops near Akhnoor were on alert."
    )
    assert kashmir.get("Kel", {}).get("country") != "DE"  # not Kiel: a short name matches no alternate spelling
    kel = _places("Indian shelling hit houses in Kel and Sharda in the Neelum valley on Sunday, AJK officials said.")["Kel"]
    assert kel["country"] is None and kel["kind"] == "unknown"
    assert kashmir["Mirpur"]["country"] == "PK" and kashmir["Mirpur"]["geonameid"] == 1169027
    assert {kashmir[t]["country"] for t in ("Baramulla", "Rajouri", "Akhnoor")} == {"IN"}
    dhaka = _places("Traffic in Mirpur slowed as rain hit Dhaka on Monday, officials in Bangladesh said.")
    assert dhaka["Mirpur"].get("id") != "kb:mirpur-ajk"
    sahara = _places("The main towns of Laayoune, Smara and Dakhla lie in the territory, the UN said.")
    assert {sahara[t]["country"] for t in ("Laayoune", "Smara", "Dakhla")} == {"EH"}
    assert _places("Flights from NYC and LA were delayed on Monday.")["NYC"]["name"] == "New York City"


def test_places_of_the_line_of_control_and_the_berm_reports():
    loc = _places(
        "Shelling hit villages in Kupwara district and the Leepa valley along the Line of Control, officials in India said."
    )
    assert loc["Kupwara district"]["kind"] == "area" and loc["Kupwara district"]["country"] == "IN"
    assert loc["Leepa valley"]["country"] == "PK" and loc["Line of Control"]["country"] is None
    ws = _places(
        "A drone strike near Mahbes killed three, and trucks were stuck at Guerguerat, the Polisario said from Bir Lehlou."
    )
    assert {ws[t]["country"] for t in ("Mahbes", "Guerguerat", "Bir Lehlou")} == {"EH"}


def test_the_valley_in_a_kashmir_report_is_the_kashmir_valley():
    places = _places("Police in Srinagar detained 12 people on Sunday after stone-pelting in the Valley.")
    assert places["Valley"]["id"] == "kb:kashmir-valley" and "Srinagar" in places["Valley"]["why"]
    phoenix = _places("Traffic jams across the Valley worsened as Phoenix grew, Arizona officials said.")
    assert phoenix["Valley"]["id"] is None  # the region the article means, as before


def test_a_refugee_camp_named_after_a_town_is_the_camp():
    camp = _places("said Fatimetu Lamin, speaking by telephone from the Smara refugee camp in Algeria.")
    assert camp["Smara refugee camp"]["country"] == "DZ" and "Smara" not in camp
    assert _places("Moroccan troops patrolled Smara in Western Sahara.")["Smara"]["country"] == "EH"
