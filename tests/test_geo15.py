"""Fifteenth session (places, actors, naming): the fourteenth review's leftovers and the auditor's
defects (short fictional probes, real places)."""

from __future__ import annotations

from newsprism.model import Analysis
from newsprism.pipeline import Pipeline

from conftest import FIXTURES, analyse, analyse_reports


def _places(a: Analysis, written: str) -> list[str]:
    return [s.attrs["id"] for s in a.spans_of("place") if a.article.text[s.start : s.end] == written]


def _actors(a: Analysis) -> dict[str, tuple[str, list[str]]]:
    """Written actor span -> (actor id, sides whose label it is)."""
    return {a.article.text[s.start : s.end]: (s.attrs["id"], s.attrs.get("label_used_by", [])) for s in a.spans_of("actor")}


def test_one_actors_same_label_is_two_sides_usage_each_in_its_own_conflict():
    # the label-context table was keyed by (actor, label): a second side's entry of the same words
    # replaced the Greek Cypriot one, so a Syria text got no actor
    syria = analyse("Turkish occupation forces shelled Qamishli and Kobani, the SDF said.", ["actor"])
    assert _actors(syria)["Turkish occupation forces"] == ("tr:armed-forces", ["sdf"])
    tal_abyad = analyse("The Turkish occupation army shelled villages near Tal Abyad on Sunday.", ["actor"])
    assert _actors(tal_abyad)["Turkish occupation army"] == ("tr:armed-forces", ["sdf"])
    cyprus = analyse("Turkish occupation forces patrolled Famagusta, a Cyprus government spokesman said.", ["actor"])
    assert _actors(cyprus)["Turkish occupation forces"] == ("tr:armed-forces", ["greek_cypriot"])
    # neither conflict named: no side's usage, no actor
    iraq = analyse("Turkish occupation forces shelled Duhok, Iraqi Kurdish officials said.", ["actor"])
    assert "Turkish occupation forces" not in _actors(iraq)


def test_hawara_in_egypt_is_not_the_west_bank_village():
    # the KB refused its context alias ('Egypt', 'Faiyum' are against words) and the gazetteer's
    # alternate name of the same GeoNames feature brought Huwara (PS) back
    egypt = analyse("Archaeologists dug at Hawara in Egypt on Sunday.", ["place"])
    assert [s.attrs["country"] for s in egypt.spans_of("place") if s.text == "Hawara"] in ([], [None])
    faiyum = analyse("The pyramid at Hawara, in the Faiyum oasis, was opened to tourists.", ["place"])
    assert "geonames:7870319" not in _places(faiyum, "Hawara")
    assert _places(analyse("Settlers attacked Hawara near Nablus on Sunday.", ["place"]), "Hawara") == ["kb:huwara"]


def _seat_report(body: str) -> Analysis:
    return analyse(f"LEFKOŞA, 3 March 2026 (Kyrenia Test Post) - {body}", ["meta", "place", "actor"])


def test_an_unowned_ministry_under_a_de_facto_seats_dateline_is_that_authoritys():
    a = _seat_report(
        "The TRNC rejected the protest note. The foreign ministry said the works near Pile would go on, "
        "and the TRNC would not back down."
    )
    (mfa,) = [s.attrs for s in a.spans_of("actor") if s.text == "foreign ministry"]
    assert (mfa["id"], mfa["side"]) == ("cy:tc-authorities:ministry-of-foreign-affairs", "turkish_cypriot")
    # the authority named once: too little to say whose ministry it is
    once = _seat_report("The foreign ministry said the works near Pile would go on, the TRNC said.")
    (mfa,) = [s.attrs for s in once.spans_of("actor") if s.text == "foreign ministry"]
    assert mfa["side"] is None


def test_a_deferred_name_heading_a_list_of_places_is_one():
    a = analyse("Wum, Bali and Batibo were quiet on Sunday, residents in Bamenda said.", ["place"])
    assert [s.attrs["country"] for s in a.spans_of("place") if s.text == "Wum"] == ["CM"]
    # two surnames that are US towns, the second a place only in a person's slot: no list of towns
    us = analyse("Clinton and Jackson spoke on Sunday in Washington.", ["place"])
    assert _places(us, "Clinton") == []


def test_the_dateline_says_whose_report_it_is_for_titled_speakers():
    pipe = Pipeline(["meta", "time", "place", "actor"])
    got = analyse_reports(pipe, FIXTURES / "audit14", ("c2_lefkosa_courier", "m2_southern_cameroons_voice"))
    owner = got["c2_lefkosa_courier"].summary["actors"]["dateline_owner"]
    assert (owner["id"], owner["side"]) == ("cy:tc-authorities", "turkish_cypriot")  # LEFKOŞA, the TRNC named 6 times
    # BAMENDA is no capital: a separatist outlet writing there is not the state's
    assert got["m2_southern_cameroons_voice"].summary["actors"]["dateline_owner"] is None
