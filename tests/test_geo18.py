"""Eighteenth session (geo): the seventeenth audit's leftovers — bare national and local offices under a home
dateline and outlet (G8 rest, C11), local offices of a de facto authority's held provinces (Burao)."""

from __future__ import annotations

from pathlib import Path

from conftest import analyse

FIX = Path(__file__).parent / "fixtures" / "audit17"


def _actors(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    a = analyse(text, ["meta", "place", "actor"])
    return {s.text: (s.attrs.get("id"), s.attrs.get("side"), s.attrs.get("kind")) for s in a.spans_of("actor")}


def _speakers(text: str) -> dict[str, str | None]:
    a = analyse(text, ["meta", "sentences", "entities", "place", "actor", "time", "claim"])
    return {c.get("speaker"): c.get("side") for c in a.records.get("claims", [])}


HOME = "QUETTA, Nov. 27 (The Islamabad Standard) — "


def test_bare_national_offices_are_the_dateline_states_under_a_home_outlet():
    found = _actors(HOME + "The prime minister paid tribute to the soldiers. The army chief said the state would not bow.")
    assert found["The prime minister"] == ("pk:prime-minister", "pakistani", "government")
    assert found["The army chief"] == ("pk:armed-forces", "pakistani", "armed_forces")
    # a wire from the same place is nobody's: no owner, no office
    found = _actors(
        "QUETTA, Nov. 27 (Meridian Wire) — The prime minister paid tribute. The army chief said the state would not bow."
    )
    assert "The prime minister" not in found and "The army chief" not in found
    # another country's office, or one pointing back to another country's official, is not the dateline's
    found = _actors(
        HOME + "The prime minister of India spoke. India's army chief visited Srinagar. The army chief said it was calm."
    )
    assert "The army chief" not in found and "The prime minister" not in found
    # no dateline: no office (test_actor's 'The army chief later resigned')
    assert "The army chief" not in _actors("The Sudanese army shelled the town. The army chief later resigned.")


def test_b1_speakers_have_pakistans_side():
    said = _speakers((FIX / "b1_islamabad_standard.txt").read_text())
    assert said["The prime minister"] == "pakistani"
    assert said["The Chief of Army Staff"] == "pakistani"
    assert said["The army chief"] == "pakistani"
    assert said["Provincial government spokesman Rizwan Baig"] == "pakistani"


def test_bare_police_under_a_home_dateline_is_the_states_unless_qualified():
    found = _actors(HOME + "Police said no protester had been detained. Afghan police said the border was shut.")
    assert found["Police"] == ("pk:police", "pakistani", "armed_forces")
    assert "police" not in found  # 'Afghan police' is no office of Pakistan's
    found = _actors(HOME + "A police officer said the road was shut. Police officers searched the bus.")
    assert not [t for t in found if "olice" in t]  # a person, not the office (test_audit16's 'A police officer in Varnița')
    # the unowned 'government spokesman' of 'Provincial government spokesman X' becomes the province's state's
    found = _actors(HOME + "Provincial government spokesman Rizwan Baig said India was behind it. India denied it.")
    assert found["Provincial government spokesman"][1] == "pakistani"
    assert found["Provincial government spokesman Rizwan Baig"][1] == "pakistani"
    # not under a de facto seat
    assert "Police" not in _actors("TIRASPOL, Nov. 27 (Moldova Courier) — Police said two men were held.")


def test_a_de_facto_authoritys_held_province_has_no_state_office_under_the_capital():
    # 'Burao police' under MOGADISHU was Somalia's (so:police); Burao (Togdheer) is held by Somaliland
    found = _actors("MOGADISHU, Nov. 27 (Horn Daily) — Burao police said two men were arrested in the town.")
    assert "Burao police" not in found
    found = _actors("MOGADISHU, Nov. 27 (Horn Daily) — Kismayo police said two men were arrested in the town.")
    assert found["Kismayo police"][1] == "somali"


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, ["meta", "place"])
    return {s.text: (s.attrs.get("id"), s.attrs.get("country")) for s in a.spans_of("place")}


def test_a_far_small_alternate_name_is_no_point():
    # audit 17 G9: 'Majak' (a Ngok Dinka village) was Maiac, Moldova (a GeoNames alternate name, 1,500 people)
    found = _places("Gunmen abducted 12 women from the village of Majak near Abyei on Wednesday, officials in Juba said.")
    assert found["Majak"] == (None, None) and found["Juba"][1] == "SS"
    # with nothing else placed, no point either (nineteenth session: was Maiac, MD); a main name keeps its point
    assert _places("Gunmen abducted 12 women from the village of Majak on Wednesday.")["Majak"] == (None, None)
    assert _places("Police in Maiac and Chisinau said two men were held.")["Maiac"][1] == "MD"


def test_a_state_name_written_without_the():
    # GeoVirus: 'the Democratic Republic of Congo' had no point (the gazetteer's name is 'of the Congo')
    found = _places("In the central Democratic Republic of Congo, the Ebola virus was first detected in September.")
    assert found["Democratic Republic of Congo"][1] == "CD"


FIX18 = Path(__file__).parent / "fixtures" / "audit18"


def _fixture_places(name: str) -> dict[str, set]:
    a = analyse((FIX18 / name).read_text(), ["meta", "place"])
    out: dict[str, set] = {}
    for s in a.spans_of("place"):
        out.setdefault(s.text, set()).add((s.attrs.get("id"), s.attrs.get("country")))
    return out


def test_audit18_cabo_delgado_places_are_mozambiques():
    # G1 'Chai' was Çey (TR), G2 'Palma' Palma de Mallorca (ES)
    found = _fixture_places("c1_horizonte_daily.txt")
    assert found["Chai"] == {("kb:chai-mz", "MZ")}
    assert found["Palma"] == {("kb:palma-mz", "MZ")} and found["Mucojo"] == {("kb:mucojo", "MZ")}
    assert _places("Insurgents attacked the village of Chai in Macomia district on Tuesday night.")["Chai"][1] == "MZ"
    # without Mozambique in the text, Palma stays Mallorca's
    assert _places("Holidaymakers flew to Palma on Saturday, Spanish police said.")["Palma"][1] == "ES"


def test_audit18_golan_places_and_names():
    # G5 'Hader' was Al Ḩāḑir near Aleppo; G6 Hermon / Jabal al-Sheikh no place; G16 al-Hamidiyah (UAE); G17 Jawlan
    found = _fixture_places("g1_galilee_ledger.txt")
    assert found["Hader"] == {("kb:hadar-quneitra", "SY")} and found["Hermon"] == {("kb:mount-hermon", None)}
    a = analyse((FIX18 / "g3_crossroads_wire.txt").read_text(), ["meta", "place"])
    glosses = a.summary["naming"]["glosses"]
    assert ("hermon", "Jabal al-Sheikh", "syrian_official/arab") in [(g["entity"], g["name"], g["convention"]) for g in glosses]
    found = _places("Israeli forces raided the village of al-Hamidiyah in the Kuneitra countryside at dawn.")
    assert found["al-Hamidiyah"] == ("kb:al-hamidiyah-quneitra", "SY")
    a = analyse("Syrian farmers said they could no longer reach their land near the Jawlan.", ["meta", "place"])
    assert [s.attrs["id"] for s in a.spans_of("place") if s.text == "Jawlan"] == ["kb:golan-heights"]
    assert a.summary["naming"]["verdict"] == "arab/syrian_official"
    assert "UNDOF" not in _fixture_places("g2_barada_daily.txt")  # G12: the UN force, no place


def test_audit18_mozambique_actors():
    # G3 'al-Shabaab' in Cabo Delgado was the Somali group (al_qaeda); G4/G14 Mozambique's forces had no side
    found = _actors("Residents call the insurgents al-Shabaab, or machababos.")
    assert found["al-Shabaab"][:2] == ("mz:ismp", "islamic_state")
    a = analyse((FIX18 / "c3_coastline_wire.txt").read_text(), ["meta", "place", "actor"])
    assert {s.attrs["id"] for s in a.spans_of("actor") if s.text == "al-Shabaab"} == {"mz:ismp"}
    text = "MAPUTO, Nov. 26 (Horizonte Daily) — The Mozambican army (FADM) said it repelled terrorists near Chai. "
    found = _actors(
        text + "Police of the Republic of Mozambique (PRM) said two men were held. A SADC mission, SAMIM, left in 2024."
    )
    assert found["FADM"][:2] == ("mz:armed-forces", "mozambican") and found["terrorists"][:2] == ("mz:ismp", "islamic_state")
    assert found["PRM"][1] == "mozambican" and found["SAMIM"][:2] == ("sadc:samim", "sadc")
    said = _speakers((FIX18 / "c1_horizonte_daily.txt").read_text())
    assert said["The governor"] == "mozambican" and said["the Ministry of National Defence"] == "mozambican"
    # the Somali group keeps its name in a Somali report
    assert _actors("Al-Shabaab fighters attacked an army base near Mogadishu.")["Al-Shabaab fighters"][1] == "al_qaeda"


def test_audit18_golan_officials_have_their_sides():
    # G9: 'an army spokesman, Lt. Col. Yoav Sternberg' (the office before the ranks) and 'The governor of
    # Quneitra, Khaled al-Sabbagh' (an office of a place the gazetteer knows by an alternate name) were None
    said = _speakers((FIX18 / "g1_galilee_ledger.txt").read_text())
    assert said["an army spokesman, Lt. Col. Yoav Sternberg"] == "israeli"
    said = _speakers((FIX18 / "g2_barada_daily.txt").read_text())
    assert said["The governor of Quneitra, Khaled al-Sabbagh"] == "syrian_transitional_government"
    assert said["The governor"] == "syrian_transitional_government"
    # G18: the state's full name
    said = _speakers("The Syrian Arab Republic condemned the Zionist aggression on its territory.")
    assert said["The Syrian Arab Republic"] == "syrian_transitional_government"


def test_audit18_occupation_forces_in_a_syrian_report_is_syrian_usage():
    # G10: g2 (Damascus outlet) 'Israeli occupation forces' was filed as Palestinian usage only
    a = analyse((FIX18 / "g2_barada_daily.txt").read_text(), ["meta", "place", "actor"])
    assert "palestinian" not in a.summary["actors"]["labels_by_user"]
    assert a.summary["actors"]["labels_by_user"]["syrian_transitional_government"] >= 2
    text = "GAZA CITY, Nov. 26 (Gaza Voice) — Israeli occupation forces raided Jenin, Palestinian medics said."
    assert analyse(text, ["meta", "place", "actor"]).summary["actors"]["labels_by_user"] == {"palestinian": 1}


def test_audit18_buffer_and_security_zones():
    # G7: the 1974 buffer zone a place; 'security zone' Israel's name (g3: 'what Israel calls a temporary security zone')
    found = _fixture_places("g1_galilee_ledger.txt")
    assert found["buffer zone"] == {("kb:golan-buffer-zone", "SY")} and found["security zone"] == {
        ("kb:golan-security-zone", "SY")
    }
    a = analyse((FIX18 / "g3_crossroads_wire.txt").read_text(), ["meta", "place"])
    named = [(g["name"], g["convention"]) for g in a.summary["naming"]["glosses"]]
    assert ("temporary security zone", "israeli_official") in named
    # another conflict's buffer zone is none of these
    assert "buffer zone" not in _places("Israeli tanks entered the buffer zone near Rafah in Gaza.")


def test_bare_police_in_a_story_about_another_or_a_contested_place_is_nobodys():
    # a first version read audit12 k2's 'special police' (BELGRADE, said of Kosovska Mitrovica) as Serbia's
    text = "BELGRADE, Nov. 23 (The Sava Chronicle) — An official in Kosovska Mitrovica said special police had entered Zvečan."
    assert "police" not in _actors(text)
    text = "CHISINAU, Nov. 23 (BWS) — Negotiators met in Transnistria on Thursday. Police said two men were held."
    assert "Police" not in _actors(text)


def test_bare_offices_in_a_story_from_abroad_are_not_the_datelines():
    # review: 'The army chief', 'Police', 'The prime minister' after a story's places are another country's
    found = _actors(
        "LAHORE, Nov. 27 (The Islamabad Standard) — Sheikh Hasina fled Bangladesh as crowds stormed her residence in "
        "Dhaka. The army chief said an interim government would be formed. Police said 12 were hurt."
    )
    assert "The army chief" not in found and "Police" not in found
    found = _actors("KARACHI, Nov. 27 (The Islamabad Standard) — In Kabul, the interior minister said three attackers died.")
    assert "the interior minister" not in found
    # the home country named as often as the other: still the dateline's
    found = _actors(HOME + "Afghan fighters crossed near Chaman. The army chief said the border was sealed.")
    assert found["The army chief"] == ("pk:armed-forces", "pakistani", "armed_forces")
