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
