"""Twelfth-session review of the framing layer: a loaded word in an accusation's 'of' phrase is
the accuser's, and 'false flag' in its literal, maritime sense is no loaded word.

Fictional sentences (real places, invented people); each fix has a near miss that keeps its
answer.
"""

import pytest

from conftest import analyse


def _found(text):
    spans = analyse(text, ["framing"]).spans_of("framing")
    return {s.text: s.attrs for s in spans if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    ("text", "word", "accuser"),
    [
        ("Azerbaijan accused Armenia of staging a false flag attack near Lachin.", "false flag", "Azerbaijan"),
        ("India accused Pakistan of terror against civilians in Kashmir.", "terror", "India"),
        ("India accused Pakistan of genocide in Kashmir.", "genocide", "India"),
        # the parse hangs the charge on the accused ('the army of ethnic cleansing')
        ("The RSF accused the army of ethnic cleansing in El Geneina.", "ethnic cleansing", "The RSF"),
    ],
)
def test_a_loaded_word_in_an_accusation_is_the_accusers(text, word, accuser):
    """Each was the outlet's own loaded word (voice outlet) before the review."""
    a = _found(text)[word]
    assert a["voice"] == "reported" and a["attributed_to"] == accuser
    assert a["characterised_by"] == "accuse" and "characterisation ('accused … of')" in a["why"]


def test_an_accusation_with_nobody_named_leaves_the_word_to_the_outlet():
    assert _found("The suspect was accused of terror against civilians in Kashmir.")["terror"]["voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "The tanker, sailing under a false flag, was seized off the coast of Oman.",
        "The ship flew a false flag to avoid sanctions in the Black Sea.",
    ],
)
def test_a_ships_false_flag_is_no_loaded_word(text):
    assert "false flag" not in _found(text)


def test_a_staged_attack_is_still_a_false_flag():
    a = _found("Moscow says the strike on the Kramatorsk station was a false flag.")["false flag"]
    assert a["category"] == "delegitimising"


@pytest.mark.parametrize(
    "text",
    [
        "Israel's terror alert level was raised after the rocket fire from Lebanon.",
        "India's terror laws were used to detain the Kashmiri journalist.",
        "Ukraine's SBU detained a suspect on Russia's terror list.",
        "Pakistan's terror financing watchdog met in Islamabad.",
    ],
)
def test_a_states_terror_alert_law_or_list_is_no_rhetoric(text):
    """'terror' after a possessive was loaded language (the rule meant for "Kurti's terror")."""
    assert "terror" not in _found(text)


def test_a_leaders_terror_against_people_is_still_rhetoric():
    assert _found("Kurti's terror against the Serbs in the north must stop.")["terror"]["category"] == "moral_condemnation"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The title of "Prime Minister" was abolished in the 1990 constitution.', '"Prime Minister"'),
        ('Officers wore jackets marked "POLICE" as they entered Zve\u010dan.', '"POLICE"'),
    ],
)
def test_an_office_named_as_a_title_or_an_inscription_is_no_scare_quote(text, quoted):
    """Both were scare quotes (the audit12 F6 office rule): a title named ('the title of') and an
    inscription in capitals quote a name, they do not dispute an office."""
    spans = analyse(text, ["framing"]).spans_of("framing", "scare_quote")
    assert quoted not in [s.text for s in spans]


def test_an_office_in_quotation_marks_before_its_holder_stays_a_scare_quote():
    spans = analyse('Kosovo\'s "Prime Minister" Albin Kurti sent police north.', ["framing"]).spans_of("framing", "scare_quote")
    assert [s.text for s in spans] == ['"Prime Minister"']


def test_criminal_gangs_in_a_crime_report_from_serbia_is_no_kosovo_label():
    """Was the Kosovo government's label in the outlet's voice (a Serb word nearby was enough)."""
    assert "criminal gangs" not in _found("Serbian police arrested members of criminal gangs smuggling migrants near Subotica.")


def test_criminal_gangs_in_a_kosovo_report_stays_a_label():
    a = _found("Serbian criminal gangs attacked police in Zve\u010dan, the Kosovo government said.")["criminal gangs"]
    assert a["used_by"].startswith("the Kosovo government's word")
