"""Nineteenth session (geo): the eighteenth audit's leftovers — a bare 'soldiers' after a foreign army in a
story set in another country (G11), the IDF's Northern Command (G9), Mocímboa da Praia (G8), Palma in an
insurgency sentence (G2), New York beside the UN (G12), a lone small alternate name (audit 17 G9)."""

from __future__ import annotations

from pathlib import Path

from conftest import analyse

FIX18 = Path(__file__).parent / "fixtures" / "audit18"


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, ["meta", "place", "actor"])
    return {s.text: (s.attrs.get("id"), s.attrs.get("side")) for s in a.spans_of("actor")}


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, ["meta", "place"])
    return {s.text: (s.attrs.get("id"), s.attrs.get("country")) for s in a.spans_of("place")}


def test_a_bare_soldiers_after_a_foreign_army_in_a_home_story_is_nobodys():
    # audit 18 G11: c2 'We want soldiers who leave their barracks', c3 'Christians and soldiers' were Rwandan
    for name in ("c2_rovuma_monitor.txt", "c3_coastline_wire.txt"):
        spans = analyse((FIX18 / name).read_text(), ["meta", "place", "actor"]).spans_of("actor")
        assert not [s for s in spans if s.text == "soldiers"], name
    # (review: in another paragraph; in the very next sentence the same troops act on, see the test below)
    found = _actors("BAMAKO, Nov. 27 (Sahel Post) — Russian troops patrolled Kidal and Gao.\n\nSoldiers killed three herders.")
    assert "Soldiers" not in found
    # kept: 'the soldiers' (definite), a dateline of the army's own country, a dateline country with no army in the KB
    found = _actors("PEMBA, Nov. 27 (Rovuma Monitor) — Rwandan troops patrolled Macomia. The soldiers said the road was open.")
    assert found["soldiers"] == ("rw:armed-forces", "rwandan")
    found = _actors("MOSCOW, Nov. 27 (Moscow Times) — Russian troops advanced near Pokrovsk. Soldiers raised a flag.")
    assert found["Soldiers"] == ("ru:armed-forces", "russian")
    found = _actors("GAZA CITY, Nov. 27 (Gaza Daily) — Israeli troops raided Khan Younis and Rafah. Soldiers arrested 12 men.")
    assert found["Soldiers"] == ("il:idf", "israeli")
    # a story from elsewhere about the foreign army's war keeps the link
    found = _actors(
        "WASHINGTON, Nov. 27 (Capitol Wire) — Russian troops advanced near Pokrovsk, Kramatorsk and Kharkiv in Ukraine."
        " Soldiers raised a flag over a village."
    )
    assert found["Soldiers"] == ("ru:armed-forces", "russian")


def test_northern_command_is_the_idf_in_an_israeli_story_and_indias_in_an_indian_one():
    # audit 18 G9: g1 "Northern Command's chief, Maj. Gen. Ronen Afek" had no side
    a = analyse((FIX18 / "g1_galilee_ledger.txt").read_text(), ["meta", "place", "actor"])
    afek = [s for s in a.spans_of("actor") if s.text.endswith("Ronen Afek")]
    assert afek and afek[0].attrs["side"] == "israeli" and afek[0].attrs["kind"] == "person"
    found = _actors("Northern Command chief Lt. Gen. Pratik Sharma visited Ladakh, the Indian Army said.")
    assert found["Northern Command"] == ("in:armed-forces", "indian")
    assert "Northern Command" not in _actors("The Northern Command of the police said the road to Belfast was closed.")


def test_mocimboa_da_praia_is_a_place():
    # audit 18 G8: c2 'Its fighters held Mocímboa da Praia' had no place (no entity, no place slot)
    a = analyse((FIX18 / "c2_rovuma_monitor.txt").read_text(), ["meta", "place"])
    moc = [s for s in a.spans_of("place") if s.text == "Mocímboa da Praia"]
    assert moc and moc[0].attrs["country"] == "MZ" and round(moc[0].attrs["lat"], 1) == -11.4
    assert _places("Insurgents attacked Mocimboa da Praia on Tuesday.")["Mocimboa da Praia"][1] == "MZ"


def test_palma_in_an_insurgency_sentence_is_cabo_delgados():
    # audit 18 G2 probe: a lone sentence about the insurgency read Palma de Mallorca
    assert _places("Insurgents attacked the town of Palma, residents said.")["Palma"] == ("kb:palma-mz", "MZ")
    assert _places("Tourists in Palma enjoyed the beach on Mallorca.")["Palma"][1] == "ES"
    assert _places("Holidaymakers flew to Palma on Saturday.")["Palma"][1] == "ES"


def test_new_york_beside_the_un_is_the_city():
    # audit 18 G12: g3 'a UN official in New York' was the state's centre (41.80 N, -74.74)
    found = _places("A UN official in New York said the talks would resume.")
    assert found["New York"] == ("kb:new-york-city", "US")
    # without the UN in the sentence the state stays (the LGL and TR-News gold read it so)
    assert _places("He moved to New York in 2019.")["New York"][0] == "geonames:5128638"
    assert _places("New York Governor Kathy Hochul said the UN summit would bring traffic.")["New York"][0] == (
        "geonames:5128638"
    )


def test_a_lone_small_alternate_name_is_no_point():
    # audit 17 G9 rest: 'Majak' alone in its text was Maiac, Moldova (an alternate name, 1,500 people)
    assert _places("Fighting broke out in the village of Majak on Wednesday.")["Majak"] == (None, None)
    assert _places("Moldovan police raided Majak on Wednesday.")["Majak"][1] == "MD"  # the country is named


# audit 19 (Crimea, West Papua)

FIX19 = Path(__file__).parent / "fixtures" / "audit19"


def test_indonesias_state_forces_and_the_papuan_armed_groups_have_sides():
    # G1/G2: 'Indonesian troops', TNI, Polri, the task force had no side; TPNPB/OPM/KKB no actor, 'KKB' a place
    found = _actors(
        "JAYAPURA, Nov. 24 (Highland Ledger) — Indonesian troops and Brimob officers searched Yahukimo after the TPNPB, "
        "the armed wing of the Free Papua Movement, attacked a post. Jakarta calls the group KKB."
    )
    assert found["Indonesian troops"] == ("id:armed-forces", "indonesian")
    assert found["Brimob"] == ("id:police", "indonesian")
    assert found["TPNPB"] == ("id:tpnpb", "papuan_independence")
    assert found["Free Papua Movement"] == ("id:opm", "papuan_independence")
    assert found["KKB"] == ("id:tpnpb", "papuan_independence")
    assert found["Jakarta"] == ("id:state", "indonesian")
    assert "KKB" not in _places("Jakarta calls the TPNPB in Nduga the KKB.")
    # the labels say whose usage they follow
    a = analyse((FIX19 / "p2_cenderawasih_voice.txt").read_text(), ["meta", "place", "actor"])
    used = {s.text: s.attrs.get("label_used_by") for s in a.spans_of("actor") if s.attrs.get("label_used_by")}
    assert used["colonial military"] == ["papuan_independence"] and used["freedom fighters"] == ["papuan_independence"]
    assert used["armed criminal group"] == ["indonesian"]
    # 'rebels' in another theatre stay another group's (the Papuan context words are needed)
    assert _actors("Houthi rebels fired a missile at Marib, Yemen.").get("rebels", (None,))[0] != "id:tpnpb"


def test_titled_indonesian_officials_take_the_body_of_their_title():
    text = (
        "JAKARTA, 24 November 2026 (Archipelago Daily) — Workers were attacked near the village of Mbua, the spokesman of "
        "the Damai Cartenz task force, Commissioner Agus Widodo, told reporters in Jayapura."
    )
    a = analyse(text, ["meta", "place", "actor"])
    persons = {s.attrs["name"]: s.attrs["side"] for s in a.spans_of("actor") if s.attrs.get("kind") == "person"}
    assert persons == {"Agus Widodo": "indonesian"}  # 'Mbua' (the village, spaCy PERSON) is no person
    assert [s.attrs["id"] for s in a.spans_of("place") if s.text == "Mbua"] == ["kb:mbua"]


def test_papuan_places():
    # G3: 'Trans-Papua road' was Trans-en-Provence (FR); G7: Nduga, Mbua, Highland Papua, Intan Jaya unknown
    found = _places("Gunmen attacked workers on the Trans-Papua road near Mbua in Nduga regency, Highland Papua province.")
    assert found["Trans-Papua road"] == ("kb:trans-papua-road", "ID") and "Trans" not in found
    assert found["Mbua"] == ("kb:mbua", "ID") and found["Nduga regency"][1] == "ID"
    assert found["Highland Papua province"] == ("kb:highland-papua", "ID")
    assert _places("Fighting spread to Intan Jaya and Yahukimo.")["Intan Jaya"][1] == "ID"
    # 'Trans-Canada highway': no French town from the prefix (an alternate name only)
    assert "Trans" not in _places("Trucks crossed on the Trans-Canada highway near Calgary.")
    # 'Grasberg' alone is the German town unless Papua words are there; 'Mbua' in Fiji is not Nduga's
    assert _places("The Grasberg mine near Timika in Papua halted output.")["Grasberg mine"][1] == "ID"
    assert _places("Mbua province in Fiji was hit by a cyclone.").get("Mbua", (None, None))[0] != "kb:mbua"


def test_crimean_towns_are_contested_by_area():
    # G5: Kerch, Feodosia, Dzhankoi, Yevpatoria were not contested while Crimea and Simferopol were
    a = analyse("Explosions were heard in Kerch, Feodosia, Dzhankoi and Yevpatoria, and later in Kharkiv and Lviv.", ["place"])
    con = {s.text: s.attrs["contested"] for s in a.spans_of("place")}
    assert con["Kerch"] and con["Feodosia"] and con["Dzhankoi"] and con["Yevpatoria"]
    a = analyse("Explosions were heard in Poltava and Chernihiv.", ["place"])
    assert not any(s.attrs["contested"] for s in a.spans_of("place"))


def test_a_capitals_possessive_owns_the_institution_and_installed_officials_take_the_installers_side():
    # G4: "Moscow's foreign ministry spokeswoman, Irina Belova" under KYIV was Ukraine's ministry and Ukrainian
    found = _actors(
        "KYIV, Nov. 25 (Dnipro Wire) — Moscow's foreign ministry spokeswoman, Irina Belova, said the West was to blame."
    )
    assert found["Moscow's foreign ministry"] == ("ru:ministry-of-foreign-affairs", "russian")
    assert found["Moscow's foreign ministry spokeswoman, Irina Belova"][1] == "russian"
    found = _actors("MOSCOW, Nov. 25 (Volga Wire) — Kyiv's defence ministry said 38 drones were launched.")
    assert found["Kyiv's defence ministry"][1] == "ukrainian"
    # G8: the Moscow-installed head of Crimea, a Russian-appointed lawmaker; the FSB, the SBU, Atesh
    found = _actors(
        "KYIV, Nov. 25 (Dnipro Wire) — The Moscow-installed head of the peninsula, Viktor Sorokin, said the fire was out. "
        "A Russian-appointed lawmaker, Oleg Kravtsov, called it a fiction. Russia's FSB detained three men; "
        "Ukraine's SBU and the partisan group Atesh said the depot burned."
    )
    assert found["Moscow-installed head of the peninsula, Viktor Sorokin"][1] == "russian"
    assert found["Russian-appointed lawmaker, Oleg Kravtsov"][1] == "russian"
    assert found["Russia's FSB"] == ("ru:fsb", "russian") and found["Ukraine's SBU"] == ("ua:sbu", "ukrainian")
    assert found["Atesh"] == ("ua:atesh", "ukrainian")
    # "the republic's security council" / "Crimea's security council" is no UN body
    found = _actors("Sorokin said a meeting of Crimea's security council would be held in Simferopol.")
    assert found["Crimea's security council"][0] == "ru:crimea-authorities"
    assert "security council" not in _actors("He said a meeting of the republic's security council would follow.")


def test_a_word_of_the_articles_own_outlet_is_no_other_outlet():
    # G10: 'KYIV (Kyiv Meridian)' and 'told Kyiv Meridian' made 'Meridian' Meridian Wire
    a = analyse(
        "KYIV, 25 November 2026 (Kyiv Meridian) — A resident told Kyiv Meridian that the depot burned.",
        ["meta", "place", "actor"],
    )
    assert not [s for s in a.spans_of("actor") if s.text == "Meridian"]


def _naming(text: str) -> dict:
    return analyse(text, ["meta", "place"]).summary.get("naming") or {}


def test_crimean_towns_and_the_bridge_have_each_sides_names():
    # G5/G6: the Crimean towns and the bridge had no naming entity; 'which Russia calls the Crimean bridge' no gloss
    nm = _naming("Traffic on the Kerch Strait bridge, which Russia calls the Crimean bridge, was halted near Kerch.")
    assert [g["name"] for g in nm["glosses"]] == ["Crimean bridge"]
    assert "russian" in nm["glosses"][0]["convention"].split("/")
    a = analyse("Drones were downed over Feodosiya, Dzhankoy and Yevpatoriya, Russian officials said.", ["place"])
    conv = {s.text: s.attrs.get("convention") for s in a.spans_of("place") if s.text != "Russian"}
    assert conv == {"Feodosiya": "russian", "Dzhankoy": "russian/international_legacy", "Yevpatoriya": "russian"}
    a = analyse("Crimean Tatars in Kezlev and Aqmescit were detained.", ["place"])
    assert {s.text: s.attrs.get("convention") for s in a.spans_of("place") if s.text in ("Kezlev", "Aqmescit")} == {
        "Kezlev": "crimean_tatar",
        "Aqmescit": "crimean_tatar",
    }
    # the shared English names are no side's
    assert _naming("Explosions shook Feodosia and Kerch.")["verdict"] in (None, "no contested names")


def test_west_papua_is_the_papuan_name_of_the_region_unless_the_province_is_meant():
    nm = _naming("Papuan activists marched in Jayapura demanding a referendum for West Papua.")
    assert nm["verdict"] == "papuan"
    found = _places("The West Papua provincial government in Manokwari said the road was open.")
    assert found["West Papua"][0] != "kb:west-papua-region"  # the province (Papua Barat), at Manokwari


def test_a_headline_place_ends_before_the_line_break():
    # G11: 'Four killed in Papua' then a blank line gave the place text 'Papua\n\n'
    a = analyse("Four killed in Papua\n\nJAYAPURA, Nov. 24 (Highland Ledger) — Four workers were killed.", ["meta", "place"])
    assert "Papua" in [s.text for s in a.spans_of("place")]


def test_a_nationality_word_does_not_make_a_home_story_one_from_abroad():
    # the eighteenth review's leftover: 'YEREVAN … Azerbaijani troops … Police said' lost Armenia's police
    found = _actors(
        "YEREVAN, Nov. 27 (Armenpress) — The border with Azerbaijan was quiet after Azerbaijani troops fired at Tegh."
        " Police said two shepherds were hurt."
    )
    assert found["Police"] == ("am:police", "armenian")
    # a story about another country's places stays one from abroad (db08e03)
    found = _actors(
        "LAHORE, Nov. 27 (The Islamabad Standard) — Police in Dhaka fired tear gas at Bangladeshi students. Police said 12 were hurt."
    )
    assert not [t for t in found if "olice" in t]


def test_a_capitalised_title_with_commas_is_the_title():
    # p1: 'The Coordinating Minister for Political, Legal and Security Affairs, Bambang Suryadi' had no side
    found = _actors(
        "JAKARTA, 24 November 2026 (Archipelago Daily) — The Coordinating Minister for Political, Legal and Security"
        " Affairs, Bambang Suryadi, said in Jakarta that the state would not negotiate with the rebels in Nduga."
    )
    title = "The Coordinating Minister for Political, Legal and Security Affairs, Bambang Suryadi"
    assert found[title] == ("person:bambang-suryadi", "indonesian")
    # another country's minister keeps no dateline side
    found = _actors(
        "KYIV, Nov. 27 (Kyiv Post) — The Minister of Foreign Affairs of Poland, Radoslaw Sikorski, said in Kyiv that aid would come."
    )
    assert not [t for t in found if "Sikorski" in t]


def test_kremlin_installed_and_puncak_in_papua():
    found = _actors("The Kremlin-installed governor of Sevastopol, Mikhail Razvozhayev, said three people were injured.")
    assert found["Kremlin-installed governor of Sevastopol, Mikhail Razvozhayev"][1] == "russian"
    assert _places("The Indonesian army denied that its soldiers had tortured a Papuan man in Puncak.")["Puncak"][1] == "ID"
    assert "Puncak" not in _places("Jakarta residents drove to Puncak for the weekend, past the tea plantations of Bogor.")


def test_installed_offices_without_a_name_and_a_repeated_institution():
    # G8 probe k30: "Sevastopol's Russian-appointed governor said" (no name) had no side
    found = _actors("Sevastopol's Russian-appointed governor said the city's air defences had downed six missiles.")
    assert found["Russian-appointed governor"] == ("ru:installed-officials", "russian")
    assert _actors("Russian-installed officials said two saboteurs were held.")["Russian-installed officials"][1] == "russian"
    # G8 k1: the second 'Defence Ministry' is the Russian one named before; two named before: none
    found = _actors("The Russian Defence Ministry said 38 drones were downed. A week earlier the Defence Ministry reported 22.")
    assert found["Defence Ministry"] == ("ru:ministry-of-defence", "russian")
    found = _actors(
        "Russia's Defence Ministry said 20 drones were downed. Ukraine's defence ministry denied it."
        " The defence ministry later said more."
    )
    assert found["defence ministry"] == ("institution:ministry-of-defence", None)


def test_bare_soldiers_keep_the_army_named_in_their_sentence_and_police_nouns_are_untouched():
    # the G11 rule's first version cut audit 18 g3's 'The Israeli military said soldiers had apprehended …'
    # and audit 15 t1's 'CCP coast guard' (QUNEITRA and TAIPEI datelines)
    found = _actors(
        "QUNEITRA, Syria, Nov. 27 (Crossroads Wire) — Israeli troops raided a village in Quneitra province."
        " The Israeli military said soldiers had apprehended seven suspects in Quneitra."
    )
    assert found["soldiers"] == ("il:idf", "israeli")
    found = _actors(
        "TAIPEI, Nov. 25 (Formosa Ledger) — Four China Coast Guard vessels entered the waters off Kinmen and Taipei."
        " The coast guard vessels left at noon."
    )
    assert [v for k, v in found.items() if k.lower().startswith("coast guard")] in ([], [("cn:coast-guard", "chinese")])


def test_a_province_without_a_point_counts_the_kb_towns_named_with_it():
    # audit 18 c1: 'Cabo Delgado' (no gazetteer point) was placed at the mean of Mozambique's towns named, Maputo too;
    # review: only towns the text places in it count — c3 'the village of Chai in Mozambique's northern Cabo Delgado
    # province' (Chai's point); c1 ties no town to it (none: 'Macomia', 'Maputo' are named elsewhere in its sentences)
    a = analyse((FIX18 / "c3_coastline_wire.txt").read_text(), ["meta", "place"])
    assert {(round(s.attrs["lat"]), round(s.attrs["lon"])) for s in a.spans_of("place") if s.text == "Cabo Delgado"} == {
        (-12, 40)
    }
    # twentieth session: the gazetteer now gives Cabo Delgado its own point (subdivision_capitals MZ-P → Pemba's
    # admin1 towns' mean), so c1's province named alone is placed too
    a = analyse((FIX18 / "c1_horizonte_daily.txt").read_text(), ["meta", "place"])
    assert {(round(s.attrs["lat"]), round(s.attrs["lon"])) for s in a.spans_of("place") if s.text == "Cabo Delgado"} == {
        (-12, 40)
    }


def test_the_office_of_a_body_then_the_name_is_a_title():
    found = _actors(
        "PRISTINA, Nov. 27 (Kosovo Today) — The director of the Kosovo Police, Gazmend Hoxha, said two officers were hurt."
    )
    assert found["The director of the Kosovo Police, Gazmend Hoxha"] == ("person:gazmend-hoxha", "kosovar")
    assert not [t for t in _actors("A friend of the Israeli army, Moshe Levi, said he was proud.") if "Levi" in t]
    assert not [t for t in _actors("The former head of the Sudanese army, Ahmed Ali, said it was over.") if "Ali" in t]


def test_it_said_troops_after_the_army_is_the_army():
    found = _actors(
        "QUNEITRA, Syria, Nov. 27 (Crossroads Wire) — Israeli troops raided a village in Quneitra province."
        " The Israeli military said seven suspects were held in Quneitra. It said troops had fired warning shots."
    )
    assert found["troops"] == ("il:idf", "israeli")


def test_the_military_after_a_joint_task_force_is_the_countrys_forces():
    # p1: 'the military' after 'A joint TNI-Polri task force' was the task force (side right, body wrong)
    found = _actors(
        "JAKARTA, Nov. 24 (Archipelago Daily) — A joint TNI-Polri task force is pursuing the gunmen in Nduga."
        " Some 600 troops were flown to Wamena, according to the military."
    )
    assert found["military"] == ("id:armed-forces", "indonesian")


def test_a_role_span_does_not_end_inside_a_quotation():
    found = _actors('The spokesman of the so-called "Free Papua Movement" (OPM) said the victims were soldiers in Nduga.')
    assert found['The spokesman of the so-called "Free Papua Movement"'] == ("id:opm", "papuan_independence")


# --- nineteenth-session review ---


def _point(text: str, name: str) -> tuple[float | None, float | None]:
    (pt,) = {
        (s.attrs.get("lat"), s.attrs.get("lon")) for s in analyse(text, ["meta", "place"]).spans_of("place") if s.text == name
    }
    return pt


def test_a_province_without_a_point_takes_no_point_from_the_capital_far_towns_or_a_second_province():
    # review: 'Cabo Delgado' under MAPUTO was placed at Maputo (1,500 km off); Gezira and North Kordofan shared one
    # point; Balochistan sat between Turbat and Sibi. Twentieth session: these provinces have their own gazetteer
    # points now (aliases.json subdivision_capitals), each its towns' mean, never the capital's or a neighbour's
    lat, lon = _point(
        "MAPUTO, Nov. 27 (Maputo Daily) — Insurgents attacked villages in Cabo Delgado, officials in Maputo said.", "Cabo Delgado"
    )
    assert -13.5 < lat < -11 and 39 < lon < 41
    text = (
        "PORT SUDAN, Nov. 27 (Nile Post) — The RSF attacked villages in Gezira and North Kordofan."
        " Fighting was reported near Wad Madani and El Obeid."
    )
    (glat, glon), (klat, klon) = _point(text, "Gezira"), _point(text, "North Kordofan")
    assert 14 < glat < 15.5 and 32.5 < glon < 34 and 12 < klat < 15 and 29 < klon < 32
    text = "QUETTA, Nov. 27 (Quetta Post) — Militants attacked a convoy in Balochistan near Turbat, and a train near Sibi."
    lat, lon = _point(text, "Balochistan")
    assert 27 < lat < 30 and 65 < lon < 68
    # 'migrants from Sulawesi' in a Papua story took the Papua towns' mean (audit 19 p1): now the island's KB point
    text = "JAYAPURA, Nov. 27 (Papua Post) — The victims, migrants from Sulawesi, were shot near Wamena and Jayapura."
    assert _point(text, "Sulawesi") == (-2.0, 120.8)
    text = "PORT SUDAN, Nov. 27 (Nile Post) — The RSF attacked villages near Wad Madani in Gezira state and Hasaheisa."
    lat, lon = _point(text, "Gezira")
    assert lat is not None and 14 < lat < 15.5 and 32.5 < lon < 34
    text = "QUETTA, Nov. 27 (Quetta Post) — Militants attacked a camp near Turbat, Balochistan, on Tuesday."
    assert _point(text, "Balochistan")[0] is not None


def test_a_bare_soldiers_acting_in_the_next_sentence_is_the_foreign_army_named_before():
    # review of the G11 rule: 'Russian troops shelled Kharkiv … Soldiers also fired on a bus' under KYIV had no army
    # (round 1's own stated cost), nor 'Israeli troops … Soldiers also bulldozed' under BEIRUT, 'Rwandan troops crossed
    # into North Kivu … Soldiers looted a clinic' under GOMA
    for text, want in (
        (
            "KYIV, Nov. 27 (Kyiv Meridian) — Russian troops shelled Kharkiv on Tuesday. Soldiers also fired on a bus"
            " near Kupiansk, police said.",
            ("ru:armed-forces", "russian"),
        ),
        (
            "BEIRUT, Nov. 27 (Cedar Wire) — Israeli troops shelled villages near Khiam in southern Lebanon."
            " Soldiers also bulldozed olive groves.",
            ("il:idf", "israeli"),
        ),
        (
            "GOMA, Nov. 27 (Kivu Post) — Rwandan troops crossed into North Kivu near Rutshuru. Soldiers looted a clinic.",
            ("rw:armed-forces", "rwandan"),
        ),
    ):
        assert _actors(text)["Soldiers"] == want, text
    # not: a reply (audit 11 k1's Indian 'Troops responded'), what befell them, a rescue, a speaker named before,
    # a quotation
    for text in (
        "SRINAGAR, Nov. 27 (Valley Post) — Pakistani troops fired mortars at villages in Uri. Soldiers responded"
        " and silenced the posts, the Army said.",
        "KYIV, Nov. 27 (Kyiv Meridian) — Russian troops shelled Kharkiv on Tuesday. Soldiers died in the shelling.",
        "KYIV, Nov. 27 (Kyiv Meridian) — Russian troops shelled Kharkiv on Tuesday. Soldiers were wounded in the attack.",
        "KYIV, Nov. 27 (Kyiv Meridian) — Russian troops shelled Kharkiv. Soldiers evacuated 40 civilians from the district.",
        "KHARTOUM, Nov. 27 (Nile Post) — Chadian troops were seen near El Geneina. Residents said soldiers had looted the market.",
        'PEMBA, Nov. 27 (Rovuma Monitor) — Rwandan troops patrolled Macomia. "Soldiers never protect us," a farmer said.',
        "PEMBA, Nov. 27 (Rovuma Monitor) — Rwandan troops patrolled Macomia. \u201cSoldiers never protect us,\u201d a farmer said.",
    ):
        assert "Soldiers" not in _actors(text) and "soldiers" not in _actors(text), text


def test_a_states_security_council_is_not_the_uns():
    # review: "Russia's Security Council deputy chairman Dmitry Medvedev" had a UN span (neutral) and a neutral person
    found = _actors("MOSCOW, Nov. 27 (Moscow Post) — Russia's Security Council deputy chairman Dmitry Medvedev warned Kyiv.")
    assert "Security Council" not in found
    assert next(v for k, v in found.items() if k.endswith("Dmitry Medvedev"))[1] == "russian"
    for text in (
        "YEREVAN, Nov. 27 (Armen Post) — Armen Grigoryan, secretary of Armenia's Security Council, said talks would go on.",
        "MINSK, Nov. 27 (Belarus Post) — The country's Security Council met on Tuesday.",
        "KYIV, Nov. 27 (Kyiv Meridian) — The Security Council of Ukraine imposed sanctions.",
    ):
        assert "Security Council" not in _actors(text), text
    # kept: the UN's
    found = _actors(
        "NEW YORK, Nov. 27 (Hudson Wire) — The Security Council met on Ukraine. The Security Council of the United Nations voted."
    )
    assert found["Security Council"] == ("un", "neutral")


def test_a_state_alias_that_installed_an_office_is_no_speaker_of_its_own():
    # review of 75beb48/6a134c1: 'The Kremlin-installed mayor of Melitopol said' gave the Kremlin (state) and no office
    found = _actors("KYIV, Nov. 27 (Kyiv Meridian) — The Kremlin-installed mayor of Melitopol said three people died.")
    assert found == {"Kremlin-installed mayor": ("ru:installed-officials", "russian")}
    found = _actors(
        "KYIV, Nov. 27 (Kyiv Meridian) — The Kremlin-installed mayor of Melitopol, Ivan Petrov, said three people died."
    )
    assert list(found.values()) == [("person:ivan-petrov", "russian")]
    # the Kremlin speaking is still the Kremlin
    assert _actors("KYIV, Nov. 27 (Kyiv Meridian) — The Kremlin said nothing.")["The Kremlin"] == ("ru:state", "russian")


def test_a_ukrainian_report_writing_crimean_bridge_is_not_mixed():
    # review of 4262583: 'Crimean Bridge' was Russian usage only, so a Kyiv report that writes it (as Ukrainian media
    # and agencies do) was 'mixed … Russian 1'
    a = analyse(
        "KYIV, Nov. 27 (Kyiv Meridian) — A drone hit the Crimean bridge overnight, officials in Kharkiv said.", ["meta", "place"]
    )
    naming = a.summary["naming"]
    assert naming["verdict"] in ("international", "ukrainian"), naming["label"]


def test_rebels_separatists_and_the_labels_are_the_tpnpb_only_with_papua_words():
    # review of f667cca: the context 'ID' let any Indonesian place make them the TPNPB ('Rebels in Aceh laid down arms
    # in 2005', 'Separatists in Maluku raised a flag', a bank robbers' 'armed criminal group' in Medan)
    for text in (
        "JAKARTA, Nov. 27 (Java Post) — Rebels in Aceh laid down arms in 2005, the TNI said.",
        "JAKARTA, Nov. 27 (Java Post) — Separatists in Maluku raised a flag in Ambon.",
        "JAKARTA, Nov. 27 (Java Post) — Police arrested members of an armed criminal group that robbed a bank in Medan.",
        "JAKARTA, Nov. 27 (Java Post) — The Dutch colonial army fought Indonesian freedom fighters in Surabaya in 1945.",
    ):
        found = _actors(text)
        assert not [k for k, v in found.items() if v[1] == "papuan_independence" or "colonial" in k], (text, found)
    assert _actors("JAYAPURA, Nov. 27 (Papua Post) — Rebels attacked a post in Puncak Jaya, the TNI said.")["Rebels"] == (
        "id:tpnpb",
        "papuan_independence",
    )
    assert (
        _actors("JAKARTA, Nov. 27 (Java Post) — Separatists killed two workers in Nduga, police said.")["Separatists"][0]
        == "id:tpnpb"
    )


def test_a_second_unqualified_ministry_is_not_the_earlier_ones_when_placed_elsewhere_or_after_another_state():
    # review of 75beb48: 'The Defence Ministry in Kyiv did not comment' after 'The Russian Defence Ministry' was Russian;
    # 'Armenia said the Foreign Ministry would reply' after "Russia's Foreign Ministry" was Russian
    found = _actors(
        "WASHINGTON, Nov. 27 (Capitol Wire) — The Russian Defence Ministry said 20 drones were downed over Belgorod."
        " The Defence Ministry in Kyiv did not comment."
    )
    assert found["Defence Ministry"][1] != "russian"
    found = _actors(
        "GENEVA, Nov. 27 (Alpine Wire) — Russia's Foreign Ministry summoned the envoy. Armenia said the Foreign Ministry would reply."
    )
    assert found["Foreign Ministry"][1] is None
    # kept: nothing between ('the Foreign Ministry said' again)
    found = _actors(
        "GENEVA, Nov. 27 (Alpine Wire) — Russia's Foreign Ministry summoned the envoy on Monday. On Tuesday the Foreign"
        " Ministry said talks would go on."
    )
    assert found["Foreign Ministry"] == ("ru:ministry-of-foreign-affairs", "russian")
    # audit 19 k1: other countries' actors between the two, none in the second's sentence
    spans = analyse((FIX19 / "k1_tavrida_vestnik.txt").read_text(), ["meta", "place", "actor"]).spans_of("actor")
    assert [s.attrs["id"] for s in spans if s.text == "Defence Ministry"] == ["ru:ministry-of-defence"]


def test_west_papua_with_the_provinces_words_is_the_province_not_papua():
    # review of 4262583: 'The West Papua provincial government in Manokwari' fell back to the gazetteer's Papua
    # province (ID-PP, Jayapura's) as 'a part of Papua'
    a = analyse(
        "JAKARTA, Nov. 27 (Java Post) — The West Papua provincial government in Manokwari opened a school.", ["meta", "place"]
    )
    (wp,) = [s for s in a.spans_of("place") if s.text == "West Papua"]
    assert wp.attrs["id"] == "kb:west-papua-province" and round(wp.attrs["lat"]) == -1
    text = (
        "JAYAPURA, Nov. 27 (Papua Post) — Activists in West Papua demanded a referendum on independence."
        " The Papua provincial police chief said 12 were detained."
    )
    assert _places(text)["West Papua"] == ("kb:west-papua-region", "ID")


def test_a_name_after_another_nouns_of_phrase_is_not_the_sided_bodys_official():
    # review: 'The lawyer of the Russian army officer, Ivan Petrov, said his client …' made Petrov a Russian officer
    found = _actors(
        "KYIV, Nov. 27 (Kyiv Meridian) — The lawyer of the Russian army officer, Ivan Petrov, said his client was innocent."
    )
    assert not [k for k in found if "Petrov" in k]
    # kept: an office word before 'of' (round 1's rule)
    found = _actors(
        "PRISTINA, Nov. 27 (Kosovo Today) — The director of the Kosovo Police, Gazmend Hoxha, said two officers were hurt."
    )
    assert found["The director of the Kosovo Police, Gazmend Hoxha"][1] == "kosovar"


def test_an_organisation_before_a_named_person_is_no_person():
    # review: "The spokesman of Ukraine's Air Force, Yuriy Ihnat, said" made a person named 'Air Force' (the ORG
    # entity read as a titled name), not Ihnat
    a = analyse(
        "KYIV, Nov. 27 (Kyiv Meridian) — The spokesman of Ukraine's Air Force, Yuriy Ihnat, said 40 drones were downed.",
        ["meta", "place", "actor"],
    )
    assert not [s for s in a.spans_of("actor") if s.attrs.get("name") == "Air Force"]


def test_geneva_in_a_un_story_is_the_swiss_city_not_geneva_illinois():
    # lead, from the review's leftover: the country-of-other-places rule took a 'GENEVA' dateline to Illinois as soon
    # as the text named New York
    found = _places(
        "UN talks stall\n\nGENEVA, Nov. 27, 2026 (Northgate Wire) — Talks on the ceasefire stalled on Thursday, a UN "
        "official said. Diplomats in New York said the Security Council would meet next week."
    )
    assert found["GENEVA"] == ("kb:geneva-switzerland", "CH")
    assert _places("The ICRC said in Geneva that 40 detainees had been released.")["Geneva"][1] == "CH"
    # US local uses keep the gazetteer's choice
    found = _places("GENEVA, Ill. — The Kane County board met on Tuesday in Geneva, officials in Chicago said.")
    assert {found["GENEVA"][1], found["Geneva"][1]} == {"US"}
    assert _places("Farmers near Geneva, in Ontario County, said a UN report was wrong.")["Geneva"][1] == "US"
