"""Eleventh session (actors): defects the audit of new theatres (Kashmir, Western Sahara) found."""

from __future__ import annotations

from conftest import analyse


def _actors(text: str) -> dict[str, dict]:
    return {s.text: s.attrs for s in analyse(text, ["place", "actor"]).spans_of("actor")}


def test_a_known_name_at_the_end_of_a_longer_name_is_not_that_actor():
    got = _actors("It said the Sahrawi People's Liberation Army (SPLA) would respond with all force, Polisario said.")
    assert "People's Liberation Army" not in got
    assert got["Sahrawi People's Liberation Army"]["side"] == "sahrawi" and got["SPLA"]["id"] == "eh:spla"
    assert not any(a.get("country") == "CN" for a in _actors("The Sudan People's Liberation Army clashed with rebels.").values())


def test_the_own_country_before_the_name_and_a_bare_name_still_link():
    assert _actors("The Chinese People's Liberation Army held drills.")["People's Liberation Army"]["side"] == "chinese"
    assert _actors("People's Liberation Army troops held drills.")["People's Liberation Army"]["country"] == "CN"


def test_spla_alone_needs_western_sahara():
    assert "SPLA" not in _actors("The SPLA said it had repelled an attack in Juba.")


def test_kashmir_and_western_sahara_forces_and_agencies_have_sides():
    got = _actors(
        "Pakistan Rangers and the CRPF exchanged fire near Jammu, the Press Trust of India reported, while Hizbul "
        "Mujahideen claimed an attack in Kashmir. J&K Police said two were hurt."
    )
    assert got["Pakistan Rangers"]["side"] == "pakistani" and got["CRPF"]["side"] == "indian"
    assert got["Press Trust of India"]["kind"] == "media" and got["Press Trust of India"]["side"] == "indian"
    assert got["Hizbul Mujahideen"]["side"] == "kashmir_militants" and got["J&K Police"]["side"] == "indian"
    ws = _actors("Maghreb Arab Presse (MAP) reported the strike in Western Sahara; the Sahrawi Press Service (SPS) denied it.")
    assert ws["Maghreb Arab Presse"]["side"] == "moroccan" and ws["SPS"]["side"] == "sahrawi"
    assert "MAP" not in _actors("The MAP of the city was redrawn by the council in Leeds.")


def test_an_institution_of_a_movement_or_of_the_capital_named_before_it():
    got = _actors("The Polisario's Ministry of Defence said its units shelled Moroccan positions in Western Sahara.")
    assert (
        got["Ministry of Defence"]["id"] == "eh:polisario:ministry-of-defence" and got["Ministry of Defence"]["side"] == "sahrawi"
    )
    assert got["Polisario"]["id"] == "eh:polisario"
    sadr = _actors("The SADR Ministry of Defence said the strike hit a camp in Western Sahara on Friday.")
    assert sadr["Ministry of Defence"]["side"] == "sahrawi"
    rabat = _actors("In Rabat, the foreign ministry said the strike in Western Sahara was lawful.")
    assert (
        rabat["foreign ministry"]["id"] == "ma:ministry-of-foreign-affairs" and "'In Rabat,'" in rabat["foreign ministry"]["why"]
    )
    assert _actors("The foreign ministry said talks would resume, officials in Vienna said.")["foreign ministry"]["side"] is None


def test_coordinated_demonyms_share_the_force_noun():
    got = _actors("Indian and Pakistani troops exchanged heavy fire across the Line of Control in Kashmir on Sunday night.")
    assert got["Indian"]["id"] == "in:armed-forces" and got["Indian"]["how"] == "coordinated demonym"
    assert got["Pakistani troops"]["id"] == "pk:armed-forces"
    three = _actors("Russian, Belarusian and Kazakh troops held drills.")
    assert {three["Russian"]["country"], three["Belarusian"]["country"]} == {"RU", "BY"}
    assert "Smith" not in _actors("Smith and Russian troops left.")


def test_in_algiers_the_foreign_ministry_is_algerias():
    got = _actors("In Algiers, the foreign ministry condemned the strike in Western Sahara on Friday.")
    assert got["foreign ministry"]["country"] == "DZ" and got["foreign ministry"]["side"] == "algerian"
