"""Sixteenth session (framing): the dev half of the scare-quote gold re-read around 'as "…"' — a finding in the
passive ('can be found as "…"'), what a named person 'referred to as "…"', and the writer's own 'what is called
the "…"' / 'what can only be described as a "…"'. Fictional sentences, real places. Each fix failed on the
session-start code (154ecae); the near misses keep their answer."""

import pytest


def _quote_classes(text):
    from newsprism import nlp
    from newsprism.framing.quote_class import classify

    return {text[q.start : q.end]: q.label for q in classify(text, nlp.load()(text))}


def test_a_finding_in_the_passive_is_the_finders_words():
    # dev: 'whether Clinton can be found as "grossly negligent"' (gold speech) was scare: 'find' was read as thinking
    text = "The panel in Mombasa must decide whether the contractor can be found as “grossly negligent” in the collapse."
    assert _quote_classes(text)["“grossly negligent”"] == "speech"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The persecution of local priests as “traitors” lasted a decade in Kraków.", "“traitors”"),
        ("Bishop Nowak does this at a time when he is under heavy attack as a “hater” in Kraków.", "“hater”"),
    ],
)
def test_an_action_noun_with_nobody_named_characterises_nothing(text, quote):
    # dev: 'the persecution of faithful Catholics as "schismatics"' is gold scare; nobody named says the word
    assert _quote_classes(text)[quote] == "scare"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Senator Okafor asked whether the leak was part of what Mensah referred to as a “political hit” in Accra.",
            "“political hit”",
        ),
        (
            "The crowd in Tabriz cheered the cleric's attack on the bank, which he referred to as the “Great Thief.”",
            "“Great Thief.”",
        ),
    ],
)
def test_what_a_named_person_refers_to_as_is_their_words(text, quote):
    # dev: two gold speech quotations after 'what Kavanaugh / whom he referred to as' were names
    assert _quote_classes(text)[quote] == "speech"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The valley, often referred to as the “Green Belt,” feeds half of Nairobi.", "“Green Belt,”"),
        ("The town has a scheme of free buses, which some refer to as a “shuttle” scheme, in Porto.", "“shuttle”"),
    ],
)
def test_a_name_given_by_nobody_in_particular_stays_a_name(text, quote):
    assert _quote_classes(text)[quote] == "name_or_title"


def test_what_can_only_be_described_as_is_the_writers_phrasing():
    # dev: 'In what can only be described as a "WTF video"' (gold scare) was speech ('describe')
    text = "In what can only be described as a “circus” the council in Lyon voted twice on the same motion."
    assert _quote_classes(text)["“circus”"] == "scare"


def test_what_is_called_the_x_names_it():
    # dev: 'what is called the "communal" Mass' (gold name) was speech ('call')
    text = "The bishop of Lyon objected to what is called the “youth” Mass on Sunday evenings."
    assert _quote_classes(text)["“youth”"] == "name_or_title"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The minister described the strike as a “disgrace” in Lagos on Monday.", "“disgrace”"),
        ("Critics in Lagos have described the plan as “reckless,” the paper reported.", "“reckless,”"),
        ("The union's leader called the offer an “insult” in Lagos.", "“insult”"),
    ],
)
def test_a_named_characteriser_keeps_the_words(text, quote):
    assert _quote_classes(text)[quote] == "speech"


def test_a_word_mentioned_instead_of_another_is_mentioned_too():
    # dev: 'I said the word ‘would’ instead of “wouldn’t.”' (gold name, twice) was speech
    text = "In Riga the spokesman said he had used the word ‘win’ instead of “draw.” He apologised."
    assert _quote_classes(text)["“draw.”"] == "name_or_title"


# --- audit16 F2: the second side's 'X calls [label]' after 'which Y calls …' is X's word ---------------------


def _labels(text, layers=("claim", "place", "framing")):
    from conftest import analyse

    return {s.text: s.attrs for s in analyse(text, list(layers)).spans_of("framing") if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        (
            "Azerbaijani troops, which Baku calls liberators and Yerevan calls occupation forces, hold the road near Lachin.",
            "occupation forces",
            "Yerevan",
        ),
        (
            "Russian soldiers, which Moscow calls peacekeepers and Chisinau calls occupation forces, guard the bridge at Bender.",
            "occupation forces",
            "Chisinau",
        ),
    ],
)
def test_the_second_namer_in_a_which_clause_owns_its_word(text, word, who):
    attrs = _labels(text)[word]
    assert (attrs["voice"], attrs["attributed_to"]) == ("reported", who)


def test_the_first_namers_word_stays_theirs():
    attrs = _labels("Azerbaijani troops, which Baku calls liberators and Yerevan calls occupiers, hold the road near Lachin.")
    assert attrs["liberators"]["attributed_to"] == "Baku"
