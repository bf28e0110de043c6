"""Thirteenth-session review: the round-1 theatre words tried on near misses from other theatres
and other subjects (fictional sentences, real places). Each case failed on the round-1 code."""

import pytest

from conftest import analyse


def _found(text):
    spans = analyse(text, ["framing"]).spans_of("framing")
    return {s.text: {**s.attrs, "kind": s.label} for s in spans if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    "text",
    [
        "Police in occupied East Turkestan detained 12 activists, the World Uyghur Congress said.",
        "Rebels in occupied West Papua released a pilot, the Free Papua Movement said.",
        "Ukrainian drones hit a fuel depot in the occupied east of the country on Sunday.",
    ],
)
def test_occupied_before_other_east_and_west_places_stays_loaded(text):
    # round 1 exempted every 'occupied west/east …' to let 'occupied West Bank' through
    assert "occupied" in _found(text)


def test_occupied_palestinian_territory_and_east_jerusalem_stay_the_un_term():
    assert "occupied" not in _found("The UN envoy visited the occupied Palestinian territory last week.")
    assert "occupied" not in _found("Settlers moved into a house in occupied East Jerusalem.")


@pytest.mark.parametrize(
    "text",
    [
        "The exhibit shows how the colonists built their first settlement at Plymouth in 1620.",
        "Planners say the first colonists could reach a permanent settlement on Mars by 2040.",
    ],
)
def test_colonists_near_a_settlement_of_another_history_are_no_label(text):
    assert "colonists" not in _found(text)


def test_colonists_from_a_west_bank_settlement_are_still_the_palestinian_word():
    got = _found("Colonists from the Yitzhar settlement burned olive trees in Burin, south of Nablus.")
    assert "Palestinian" in got["Colonists"]["used_by"]


def test_infiltrators_in_a_network_breach_are_no_label():
    text = "Infiltrators used stolen passwords to reach the payroll system of a Dutch retailer in Lisbon."
    assert "Infiltrators" not in _found(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Fourteen infiltrators were killed near Humera, the Amhara security chief said.", "infiltrators"),
        ("Troops killed two infiltrators near the Line of Control in Kupwara, the Indian Army said.", "infiltrators"),
    ],
)
def test_infiltrators_where_a_side_uses_it_stays_a_label(text, word):
    got = _found(text)[word]
    assert got["kind"] == "label" and got["used_by"]


def test_martyrs_possessive_in_a_title_case_headline_is_still_the_writers_word():
    # round 1 made "Martyrs' Square" a name by its glued apostrophe; a Title Case headline chains every word
    text = "Martyrs' Families Protest Outside Ministry In Ramallah\n\nFamilies protested in Ramallah on Monday.\n"
    assert _found(text)["Martyrs"]["voice"] == "outlet"
    assert "Martyrs" not in _found("Thousands gathered in Martyrs' Square in Beirut on Sunday.")


def _facts(text):
    an = analyse(text, title=text.split("\n")[0])
    return {s.text: s.attrs for s in an.spans_of("headline") if s.label == "stated_as_fact"}


def test_a_headline_happening_is_not_paired_with_a_lead_event_in_another_town():
    text = (
        "Russian missile hits Odesa port\n\nA Russian missile hit a grain terminal in Izmail on Sunday, "
        "Ukrainian officials said. Odesa's port was not hit.\n"
    )
    assert _facts(text) == {}
    near = "Russian missile hits Izmail port\n\n" + text.split("\n\n", 1)[1]
    assert _facts(near)["hits"]["matched_by"] == "headline-lead"


def test_terror_outfit_is_the_indian_word_in_kashmir_and_nothing_elsewhere():
    got = _found("Police in Srinagar said a terror outfit based in Pakistan was behind the grenade attack.")
    assert "Indian" in got["terror outfit"]["used_by"]
    assert "terror outfit" not in _found("The band called itself a terror outfit when it played in Leeds.")


def test_martyrs_honoured_by_a_christian_party_are_still_a_legitimising_word():
    # round 1 dropped 'martyrs' from any sentence with 'Christian' in it
    got = _found("The Lebanese Forces, a Christian party, honoured their martyrs at a rally in Jounieh.")
    assert got["martyrs"]["category"] == "legitimising"
    assert "martyrs" not in _found("Pilgrims prayed at the shrine of the early Christian martyrs in Rome.")


def test_expansionist_of_another_quarrel_near_ethiopia_is_not_the_tigrayan_word():
    text = "Eritrea accused Ethiopia of expansionist designs on the port of Assab, the minister said."
    assert "expansionist" not in _found(text)
    got = _found("Tigrayan officials accused Amhara expansionist forces of killing civilians in Humera.")
    assert "Tigrayan" in got["expansionist forces"]["used_by"]


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "Kenyan troops launched a counterterrorism operation near Lamu after militants attacked a settlement.",
            "counterterrorism operation",
        ),
        ("Police in Cabo Delgado broke up a terror cell that planned to attack a settlement near Palma.", "terror cell"),
        ("British police said a terror group had targeted a settlement of Traveller families in Kent.", "terror group"),
    ],
)
def test_israeli_usage_is_not_triggered_by_the_word_settlement_alone(text, word):
    # round 1 counted 'settlement/settler' as a sign the article speaks of Israel or the Palestinians
    assert word not in _found(text)
    assert "Israeli" in _found("IDF troops broke up a terror cell near the settlement of Itamar.")["terror cell"]["used_by"]
