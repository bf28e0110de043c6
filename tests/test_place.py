"""The place layer: recognition, KB-before-GeoNames linking, compounds, context resolution."""

from __future__ import annotations

from conftest import analyse

REQUIRED = {"id", "name", "lat", "lon", "country", "kind", "contested", "convention", "other_names", "why"}


def test_samples_have_resolved_places(sample_analyses):
    for name, a in sample_analyses.items():
        assert all(r.status == "ok" for r in a.layers), name
        places = a.spans_of("place")
        assert len(places) >= 15, name
        a.check_offsets()
        for s in places:
            assert set(s.attrs) >= REQUIRED, (name, s.text)
            assert s.source.startswith("place@")


def test_person_mislabels_are_still_found():
    a = analyse("Troops moved towards Karabakh. The Khakari Bridge was closed by the army.", ["place"])
    found = {s.text: s.attrs for s in a.spans_of("place")}
    assert found["Karabakh"]["id"] == "kb:karabakh" and found["Karabakh"]["contested"] is True
    assert found["Khakari Bridge"]["kind"] == "bridge"


def test_compound_road_yields_the_road_and_both_towns():
    text = "Trucks used the Lachin-Khankendi road on Friday."
    spans = analyse(text, ["place"]).spans_of("place")
    by_text = {}
    for s in spans:
        by_text.setdefault(s.text, []).append(s.attrs)
    assert by_text["Lachin-Khankendi road"][0]["id"] == "kb:lachin-khankendi-road"
    assert by_text["Lachin"][0]["id"] == "kb:lachin" and by_text["Lachin"][0]["role"] == "part-of-compound"
    assert by_text["Khankendi"][0]["geonameid"] == 146970


def test_generic_compound_not_in_kb():
    spans = analyse("The Yerevan-Gyumri highway reopened.", ["place"]).spans_of("place")
    road = [s for s in spans if s.text == "Yerevan-Gyumri highway"]
    assert road and road[0].attrs["kind"] == "highway" and road[0].attrs["lat"] is not None


def test_possessive_is_recorded():
    spans = analyse("He spoke about Azerbaijan's Karabakh region.", ["place"]).spans_of("place")
    kar = next(s for s in spans if s.text == "Karabakh")
    assert kar.attrs["possessive"] == "Azerbaijan"


def test_state_after_town_disambiguates():
    spans = analyse("A fire destroyed a barn in Gainesville, Ga., on Tuesday.", ["place"]).spans_of("place")
    g = next(s for s in spans if s.text == "Gainesville")
    assert g.attrs["admin1"] == "GA" and g.attrs["geonameid"] == 4196586
    assert any(s.text == "Ga." and s.attrs["name"] == "Georgia" for s in spans)


def test_article_context_disambiguates_country_vs_state():
    text = "Storms hit Atlanta and Savannah on Monday. Georgia officials said power was restored in Macon."
    g = next(s for s in analyse(text, ["place"]).spans_of("place") if s.text == "Georgia")
    assert g.attrs["country"] == "US" and g.attrs["kind"] == "admin1"
    text = "Russia and Georgia fought a war in 2008. Tbilisi says Russian troops remain in South Ossetia."
    g = next(s for s in analyse(text, ["place"]).spans_of("place") if s.text == "Georgia")
    assert g.attrs["country"] == "GE" and g.attrs["kind"] == "country"


def test_contested_attrs_and_other_names():
    spans = analyse("Shelling was reported in Kiev and Kharkiv.", ["place"]).spans_of("place")
    kiev = next(s for s in spans if s.text == "Kiev")
    assert kiev.attrs["contested"] and "russian" in kiev.attrs["convention"]
    assert any(n.startswith("Kyiv") for n in kiev.attrs["other_names"])


def test_place_words_in_the_articles_own_outlet_name_are_not_counted_as_names_used():
    text = (
        "A Russian convoy crossed the Lachin corridor on Tuesday, the Lachin Courier reported. "
        "Residents of Stepanakert welcomed it."
    )
    an = analyse(text, ["place"], outlet="Lachin Courier")
    in_name = [s for s in an.spans_of("place", "toponym") if s.text == "Lachin"]
    assert in_name and all(s.attrs["role"] == "in-outlet-name" for s in in_name)
    naming = an.summary["naming"]
    assert all(p["entity"] != "lachin" for p in naming["places"])  # the outlet's name is no naming choice
    plain = analyse(text, ["place"])  # 'the Lachin Courier' is an outlet's name by its form too (review 9)
    assert all(p["entity"] != "lachin" for p in plain.summary["naming"]["places"])
    bare = analyse(text.replace("the Lachin Courier", "Lachin Courier"), ["place"])  # no 'the': only the outlet argument tells
    assert any(p["entity"] == "lachin" for p in bare.summary["naming"]["places"])


def test_kb_alias_after_a_personal_title_or_a_blocking_word_is_no_place():
    assert not analyse("Mr Bender said the talks would resume.", ["place"]).spans_of("place")
    places = [
        s.attrs.get("name") for s in analyse("Prisoners were moved to Sremska Mitrovica in Serbia.", ["place"]).spans_of("place")
    ]
    assert "Mitrovica" not in places  # another town than the Kosovo city
    assert [s.attrs.get("country") for s in analyse("Clashes broke out in Mitrovica.", ["place"]).spans_of("place")] == ["XK"]
