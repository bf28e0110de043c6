"""Fifteenth-session review (framing): the round-1 Kinmen words in innocent uses, and the content of a claim
nobody owns. Fictional sentences, real places. Each fix failed on 9b46111; the near misses keep their answer."""

import pytest

from conftest import analyse


def _found(text, layers=("framing",)):
    return {s.text: s.attrs for s in analyse(text, list(layers)).spans_of("framing") if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    "text",
    [
        "Taipei rejected the claim that the crew had been fishing illegally off Kinmen.",
        "The government rejected the claim that the boat was fishing illegally near Kinmen.",
        "Reports that the crew were abducted near Kinmen were denied by Beijing.",
        "China's coast guard said reports that the crew were abducted near Kinmen were fabricated.",
    ],
)
def test_a_word_in_a_claim_nobody_owns_is_not_the_rejecters(text):
    # was the rejecter's ('The government', 'Beijing', 'The coast guard'): the one who denies the word
    (got,) = (v for k, v in _found(text, ("claim", "framing")).items() if "illegal" in k or "abduct" in k)
    assert got["voice"] == "mentioned" and "attributed_to" not in got
    assert got["characterised_by"] in ("claim", "report")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Taipei rejected Beijing's claim that the boat was fishing illegally near Kinmen.", "Beijing"),
        (
            "The Taiwan Affairs Office repeated its claim that the boat was fishing illegally near Kinmen.",
            "The Taiwan Affairs Office",
        ),
    ],
)
def test_an_owned_claim_keeps_its_owner(text, who):
    got = _found(text, ("claim", "framing"))["fishing illegally"]
    assert (got["voice"], got["attributed_to"]) == ("reported", who)


@pytest.mark.parametrize(
    "text",
    [
        "Critics said the company was hyping up its new phone before the launch.",
        "Employees at the Taipei bank filed complaints of harassment at work.",
        "Staff at the Kinmen county hospital reported harassment by a manager.",
        "Police said the girl was abducted in Taipei by her uncle.",
        "A Taiwanese businessman was kidnapped in Manila, police said.",
        "A Taipei court convicted a man of harassment of his former partner.",
    ],
)
def test_the_kinmen_words_in_other_news_are_none(text):
    # crime and workplace news in Taiwan: the Kinmen words need China named too (the sentence, its neighbours
    # or the headline)
    assert not {k for k in _found(text) if "hyp" in k or "harass" in k or "abduct" in k or "kidnap" in k}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zhu said the DPP authorities were hyping up the incident near Kinmen.", "hyping up"),
        ("Taipei says the Chinese coast guard's harassment of Kinmen fishermen must stop.", "harassment"),
        ("The CCP coast guard abducted six Kinmen fishermen on Tuesday.", "abducted"),
    ],
)
def test_the_kinmen_words_in_kinmen_news_stay(text, word):
    assert word in _found(text)


@pytest.mark.parametrize(
    ("text", "voice", "who"),
    [
        ("Armenia dismissed Baku's allegation that its troops were terrorists.", "reported", "Baku"),
        ("Armenia dismissed the allegation that its troops were terrorists in Lachin.", "mentioned", None),
    ],
)
def test_a_that_clause_the_parser_hangs_on_the_verb_is_the_claims(text, voice, who):
    # 'were' is parsed a ccomp of 'dismissed'; the object 'allegation' right before 'that' owns the clause
    got = _found(text, ("claim", "framing"))["terrorists"]
    assert (got["voice"], got.get("attributed_to")) == (voice, who)


def test_a_that_clause_after_a_person_object_stays_the_speakers():
    got = _found("The ministry told reporters that the fighters were terrorists in Lachin.", ("claim", "framing"))
    assert (got["terrorists"]["voice"], got["terrorists"]["attributed_to"]) == ("reported", "The ministry")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Taiwan's coast guard detained a Chinese fishing boat for illegal fishing near Kinmen.", False),
        ("Taiwan's coast guard said it expelled 20 Chinese boats fishing illegally off Matsu.", False),
        ("China's coast guard said it had inspected the boat for illegal fishing off Kinmen.", True),
    ],
)
def test_illegal_fishing_by_chinese_boats_is_not_beijings_word(text, found):
    # Taipei's coast guard uses the same words of Chinese boats; Beijing's word is for Taiwanese fishing
    assert bool({k for k in _found(text) if "illegal" in k}) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Ministry of Disaster Management in Hargeisa said families had fled.", False),
        ("The ministry of disaster management said 200 families fled Las Anod.", False),
        ("The ministry warned of disaster in Las Anod.", True),
    ],
)
def test_a_word_in_an_offices_of_phrase_names_its_field(text, found):
    # round 1 (F5) read only the modifier chain ('the state's disaster management agency')
    assert ("disaster" in {k.lower() for k in _found(text)}) is found
