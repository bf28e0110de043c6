"""Tenth session: naming conventions of more disputes (South China Sea, Senkaku, Dokdo, Sea of
Japan, Arunachal, Golan, Jerusalem, Crimea, occupied Ukrainian towns, Myanmar, North Macedonia,
Essequibo, Taiwan, Kurdish regions). Each entity is checked with both sides' forms on fictional
sentences; the knowledge-base rules they needed are checked at the end."""

from __future__ import annotations

import pytest

from conftest import analyse

# (fictional sentence, naming entity, the verdict's conventions)
BOTH_SIDES = [
    ("Chinese ships blocked supply boats in the West Philippine Sea on Monday.", "south_china_sea", {"philippine_official"}),
    ("Manila said its boats reached Ayungin Shoal again.", "second_thomas", {"philippine_official"}),
    ("Beijing said its coast guard expelled vessels from Ren'ai Jiao.", "second_thomas", {"chinese_official"}),
    ("Filipino fishermen returned to Bajo de Masinloc on Friday.", "scarborough", {"philippine_official"}),
    ("Chinese ships patrolled the waters of Huangyan Dao on Friday.", "scarborough", {"chinese_official"}),
    ("Survey ships sailed past the Nansha Islands last week.", "spratly", {"chinese_official"}),
    ("Hanoi protested drills near Truong Sa last week.", "spratly", {"vietnamese"}),
    ("Marines landed on the Kalayaan Island Group last week.", "spratly", {"philippine_official"}),
    ("Fishing fleets gathered off the Xisha Islands in May.", "paracel", {"chinese_official"}),
    ("Hanoi said fishermen were detained off the Hoang Sa archipelago in May.", "paracel", {"vietnamese"}),
    ("The Paracel Islands have been held by China since 1974.", "paracel", {"international"}),
    ("Patrol boats shadowed the ships near the Senkaku Islands.", "senkaku", {"international", "japanese_official"}),
    ("Coast guard vessels patrolled the waters of the Diaoyu Islands.", "senkaku", {"chinese_official"}),
    ("Taipei repeated its claim to the Diaoyutai Islands.", "senkaku", {"taiwanese_official"}),
    ("A delegation of lawmakers landed on Dokdo on Tuesday.", "liancourt", {"korean"}),
    ("Tokyo protested the landing on Takeshima on Tuesday.", "liancourt", {"japanese_official"}),
    ("Navies held drills in the East Sea on Wednesday.", "sea_of_japan", {"korean"}),
    ("Navies held drills in the Sea of Japan on Wednesday.", "sea_of_japan", {"international", "japanese_official"}),
    ("New maps renamed fifteen places in Zangnan last year.", "arunachal", {"chinese_official"}),
    ("Road building in Arunachal Pradesh sped up last year.", "arunachal", {"international", "indian_official"}),
    ("Farmers in the Golan Heights harvested apples.", "golan", {"international", "israeli_official"}),
    ("The statement condemned settlement in the occupied Syrian Golan.", "golan", {"syrian_official", "arab"}),
    ("Worshippers filled the streets of al-Quds on Friday.", "jerusalem", {"palestinian", "arab"}),
    ("Thousands marched through Yerushalayim on Sunday.", "jerusalem", {"israeli_official"}),
    ("Families were evicted in occupied East Jerusalem on Monday.", "east_jerusalem", {"international", "palestinian", "arab"}),
    ("Residents of Aqmescit reported blackouts.", "simferopol", {"crimean_tatar"}),
    ("Activists in Aqyar were detained.", "sevastopol", {"crimean_tatar"}),
    ("The ministry said its forces shelled Novaya Kakhovka.", "nova_kakhovka", {"russian"}),
    ("Drones struck Nova Kakhovka overnight.", "nova_kakhovka", {"international", "ukrainian"}),
    ("The ministry said its troops took Ugledar.", "vuhledar", {"russian"}),
    ("Defenders left Vuhledar after two years.", "vuhledar", {"international", "ukrainian"}),
    ("The ministry said Lisichansk was quiet.", "lysychansk", {"russian"}),
    ("Protesters marched in Rangoon on Monday.", "yangon", {"burmese_opposition", "international_legacy"}),
    ("Protesters marched in Yangon on Monday.", "yangon", {"international", "myanmar_official"}),
    ("Exiles said the generals who rule Burma must go.", "myanmar", {"burmese_opposition", "international_legacy"}),
    ("Athens objected to the admission of FYROM in 2008.", "north_macedonia", {"greek_official", "international_legacy"}),
    ("Nationalists still speak of the Republic of Macedonia at rallies.", "north_macedonia", {"macedonian_nationalist"}),
    ("Caracas held a vote on the Guayana Esequiba on Sunday.", "essequibo", {"venezuelan_official"}),
    ("Athletes from Chinese Taipei won two medals.", "taiwan", {"chinese_taipei_formula"}),
    ("The Republic of China marked its national day.", "taiwan", {"taiwanese_official"}),
    ("The statement spoke of Taiwan, Province of China, throughout.", "taiwan", {"chinese_official"}),
    ("Councils across Rojava held elections.", "rojava", {"kurdish"}),
    ("Councils across North and East Syria held elections.", "rojava", {"kurdish", "international"}),
    ("Mayors in Bakur were removed from office.", "bakur", {"kurdish"}),
]


@pytest.mark.parametrize("text,entity,conventions", BOTH_SIDES, ids=[f"{e}:{t[:30]}" for t, e, _ in BOTH_SIDES])
def test_each_sides_name_is_read_as_that_sides_usage(text, entity, conventions):
    naming = analyse(text, ["place"]).summary["naming"]
    assert [p["entity"] for p in naming["places"]] == [entity]
    assert set(naming["places"][0]["conventions"]) == conventions


def test_a_name_every_side_writes_is_no_evidence():
    naming = analyse("Guyana sent troops to Essequibo while patrols crossed Aksai Chin.", ["place"]).summary["naming"]
    assert naming["verdict"] == "no contested names"
    assert {s["entity"] for s in naming["shared_names"]} == {"essequibo", "aksai_chin"}


def test_manila_and_beijing_sides_give_opposite_verdicts():
    manila = analyse("Boats reached Ayungin Shoal in the West Philippine Sea, near Bajo de Masinloc.", ["place"])
    beijing = analyse("Ships patrolled Ren'ai Jiao in the Nansha Islands, near Huangyan Dao.", ["place"])
    assert manila.summary["naming"]["verdict"] == "philippine_official"
    assert beijing.summary["naming"]["verdict"] == "chinese_official"


def test_jerusalem_and_taiwan_themselves_stay_gazetteer_places():
    """Only the side-taking forms are KB aliases ('name_is_alias': false)."""
    a = analyse("Envoys flew from Jerusalem to Taiwan on Monday.", ["place"])
    ids = {s.text: s.attrs["id"] for s in a.spans_of("place")}
    assert ids == {"Jerusalem": "geonames:281184", "Taiwan": "geonames:1668284"}


def test_republic_of_china_inside_peoples_republic_of_china_is_china():
    a = analyse("Officials of the People's Republic of China met officials of the Republic of China.", ["place"])
    by_text = {s.text: s.attrs for s in a.spans_of("place")}
    assert by_text["People's Republic of China"]["country"] == "CN"
    assert by_text["Republic of China"]["id"] == "kb:taiwan"
    assert a.summary["naming"]["verdict"] == "taiwanese_official"


def test_a_contested_name_opening_an_organisation_name_is_not_the_writers_usage():
    a = analyse("Students at Al-Quds University protested, and the Golan Heights Winery closed.", ["place"])
    roles = {s.text: s.attrs.get("role") for s in a.spans_of("place")}
    assert roles == {"Al-Quds": "in-organisation-name", "Golan Heights": "in-organisation-name"}
    assert a.summary["naming"]["verdict"] == "no contested names"


def test_a_label_of_two_conventions_says_usage_once():
    label = analyse("Protesters marched in Rangoon on Monday.", ["place"]).summary["naming"]["label"]
    assert "usage usage" not in label and label.endswith("usage for 1 of 1 contested places")


def test_a_name_for_part_of_a_place_is_listed_under_the_whole():
    """'West Philippine Sea' (the part in the Philippine zone) is a name of the South China Sea entity."""
    naming = analyse("Chinese ships blocked supply boats in the West Philippine Sea on Monday.", ["place"]).summary["naming"]
    assert naming["places"][0]["place"] == "South China Sea"


def test_east_sea_is_the_sea_the_articles_countries_point_to():
    """Korea's East Sea is the Sea of Japan, Vietnam's the South China Sea."""
    hanoi = analyse("Vietnam protested drills in the East Sea near the Hoang Sa archipelago.", ["place"])
    seoul = analyse("South Korea held drills in the East Sea on Monday.", ["place"])
    assert {s.attrs["id"] for s in hanoi.spans_of("place") if s.text == "East Sea"} == {"kb:south-china-sea"}
    assert hanoi.summary["naming"]["verdict"] == "vietnamese"
    assert {s.attrs["id"] for s in seoul.spans_of("place") if s.text == "East Sea"} == {"kb:sea-of-japan"}
    assert seoul.summary["naming"]["verdict"] == "korean"
