"""Eleventh session (naming lens): names a text reports as a side's usage, names of a proclaimed
state, and names that differ only in diacritics."""

from __future__ import annotations

from conftest import analyse


def _naming(text: str) -> dict:
    return analyse(text, ["place"]).summary["naming"]


def test_a_side_calls_or_refers_to_a_place_further_on_is_a_gloss():
    n = _naming(
        "Shelling hit villages in Pakistan-administered Kashmir and Indian-administered Kashmir. India calls the "
        "part of Kashmir it does not control Pakistan-occupied Kashmir, while Pakistan refers to Indian-administered "
        "Kashmir as Indian Illegally Occupied Jammu and Kashmir."
    )
    assert n["verdict"] == "international"
    assert {g["name"] for g in n["glosses"]} == {"Pakistan-occupied Kashmir", "Indian Illegally Occupied Jammu and Kashmir"}
    assert all("a side's name as the text reports it" in g["why"] for g in n["glosses"])


def test_calls_on_is_a_demand_not_a_name():
    n = _naming("Islamabad calls on the world to act in Indian Illegally Occupied Jammu and Kashmir.")
    assert n["verdict"] == "pakistani_official" and not n["glosses"]


def test_the_state_a_movement_proclaimed_is_no_name_for_the_territory():
    n = _naming(
        "Fighting flared in Western Sahara near Laayoune. The Polisario Front, which proclaimed the Sahrawi Arab "
        "Democratic Republic in 1976, said three fighters died."
    )
    assert n["verdict"] == "international"
    assert [g["name"] for g in n["glosses"]] == ["Sahrawi Arab Democratic Republic"]


def test_a_name_written_without_its_diacritic_keeps_its_own_conventions():
    said = " on Friday, and the police said that the crowd was smaller than last week."
    plain = analyse("Protesters gathered in Laayoune" + said, ["place"]).spans_of("place")[0]
    assert plain.attrs["convention"] == "moroccan_official/international"
    french = analyse("Protesters gathered in Laâyoune" + said, ["place"]).spans_of("place")[0]
    assert french.attrs["convention"] == "moroccan_official"


def test_working_boundary_and_international_border_are_the_two_sides_names():
    pk = _naming("Pakistan Rangers and the BSF exchanged fire along the Working Boundary in Sialkot on Monday, officials said.")
    assert pk["verdict"] == "pakistani_official"
    ind = _naming("BSF troops fired on Rangers posts along the International Border in Jammu, officials in India said.")
    assert ind["verdict"] == "indian_official"
    assert (
        _naming("Trucks waited at the International Border crossing near Laredo, Texas, on Monday.")["verdict"]
        == "no contested names"
    )


def test_western_sahara_names_of_the_territory_and_the_berm():
    ma = _naming("The drone strike east of the defence wall in the southern provinces killed Polisario fighters, Rabat said.")
    assert ma["verdict"] == "moroccan_official"
    eh = _naming("Sahrawi officials said the strike east of the wall of shame hit civilians in the occupied territories.")
    assert eh["verdict"] == "sahrawi"
    wire = _naming(
        "The strike hit a truck east of the sand berm in Western Sahara, which Morocco regards as its southern provinces."
    )
    assert wire["verdict"] == "international" and [g["name"] for g in wire["glosses"]] == ["southern provinces"]
    assert _naming("Rain flooded the southern provinces of Thailand on Monday.")["verdict"] == "no contested names"
