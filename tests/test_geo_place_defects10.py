"""Tenth session: place defects (airports named after people, buildings, companies named after a
sea, 'the Niger', generic heads, Chinese provinces) and the South China Sea audit fixtures."""

from __future__ import annotations

from conftest import FIXTURES, analyse


def _places(text: str) -> dict[str, dict]:
    return {s.text: s.attrs for s in analyse(text, ["place"]).spans_of("place")}


def test_an_airport_named_after_a_person_is_the_airport_not_a_town():
    places = _places("The flight landed at Kennedy airport in New York, and another at Ben Gurion airport.")
    assert places["Kennedy airport"]["kind"] == "airport" and places["Kennedy airport"]["id"] is None
    assert places["Kennedy airport"]["country"] == "US"  # placed at the town it is written with
    assert places["Ben Gurion airport"]["kind"] == "airport" and places["Ben Gurion airport"]["country"] is None
    assert "Kennedy" not in places and "Ben" not in places
    full = _places("Flights from New York's John F. Kennedy International Airport resumed.")
    assert full["John F. Kennedy International Airport"]["kind"] == "airport"
    assert full["John F. Kennedy International Airport"]["lat"] == full["New York"]["lat"]


def test_a_towns_airport_keeps_its_town():
    places = _places("The plane left Sanaa airport at noon, and trucks waited at Mopti airport in Mali.")
    assert places["Sanaa"]["country"] == "YE" and places["Mopti"]["country"] == "ML"


def test_a_building_named_like_a_small_town_is_the_building():
    places = _places("Guests at the Burj Al Arab in Dubai were moved to other hotels.")
    assert places["Burj Al Arab"]["kind"] == "building" and places["Burj Al Arab"]["id"] is None
    assert places["Burj Al Arab"]["country"] == places["Dubai"]["country"] == "AE"
    assert "Cathedral" not in _places("The Cathedral was full on Sunday.")  # a building word alone names nothing


def test_a_company_named_after_a_sea_is_no_sea():
    assert "Red Sea" not in _places("Red Sea Global, the Saudi developer, opened two resorts.")
    spans = analyse("Red Sea Global opened resorts on the Red Sea coast.", ["place"]).spans_of("place")
    assert [s.start for s in spans if s.text == "Red Sea"] == [37]


def test_the_niger_standing_alone_is_the_river():
    assert _places("Fishermen moved boats on the Niger near Mopti.")["Niger"]["id"] == "kb:niger-river"
    assert _places("The junta in Niger closed the border.")["Niger"]["kind"] == "country"
    assert _places("Officials of the Niger junta met on Monday.")["Niger"]["kind"] == "country"


def test_a_generic_head_alone_is_no_village():
    assert "Island" not in _places("Fishermen on the Island said so, and those on Pag-asa Island agreed.")


def test_chinese_provinces_are_found_without_their_designation():
    places = _places("Fleets left Sanya in Hainan province, and farmers in Guangdong and Tibet waited.")
    assert {places[n]["kind"] for n in ("Hainan", "Guangdong", "Tibet")} == {"admin1"}
    assert {places[n]["country"] for n in ("Hainan", "Guangdong", "Tibet")} == {"CN"}


def test_the_manila_and_beijing_reports_take_opposite_sides():
    manila = analyse((FIXTURES / "geo10_manila_harbor_post.txt").read_text(encoding="utf-8"), ["place"])
    beijing = analyse((FIXTURES / "geo10_beijing_evening_courier.txt").read_text(encoding="utf-8"), ["place"])
    m, b = manila.summary["naming"], beijing.summary["naming"]
    assert m["verdict"] == "philippine_official" and m["contested_places"] >= 5
    assert b["verdict"] == "chinese_official" and b["contested_places"] >= 5
    assert {p["entity"] for p in m["places"]} & {p["entity"] for p in b["places"]} >= {"second_thomas", "scarborough", "spratly"}
    ids = {s.text: s.attrs["id"] for s in manila.spans_of("place")}
    assert ids["Luzon"] == "kb:luzon" and ids["Palawan"] == "kb:palawan" and "Island" not in ids


def test_an_unsupported_large_city_foreign_to_the_article_is_no_place():
    """A ship named like a Saudi city, in a report naming the Philippines and China but not Saudi Arabia."""
    text = (
        "Chinese ships fired water cannon at a Philippine boat. The boat, the Unaizah May 4, carried food. "
        "Manila protested to Beijing."
    )
    assert "Unaizah" not in _places(text)
    # the same name stays the city when the article names its country
    assert _places(text.replace("carried food.", "carried food from Saudi Arabia."))["Unaizah"]["country"] == "SA"
