"""Eleventh-session audit (Kashmir, Western Sahara): whose word a quoted or loaded word is.

Fictional sentences (real places, invented outlets and people); each fix has a near miss that
must keep the old answer.
"""

import pytest

from newsprism import nlp
from newsprism.framing.quote_class import INSIDE_SPEECH, classify

from conftest import analyse


def _classes(text):
    return {text[q.start : q.end]: q for q in classify(text, nlp.load()(text))}


# --- F1: a quoted word in the subject of the clause a speaker says ----------------------------


def test_quoted_word_in_the_subject_of_a_reported_clause_is_speech():
    text = 'The rebel radio said "dozens" of government troops had been captured near the dam.'
    got = _classes(text)['"dozens"']
    assert got.label == "speech", got.why
    assert got.cues == ["governed by 'say'"]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('The "experts" said the bridge was safe.', '"experts"'),  # the speaker, not what is said
        ('Analysts believe "several" soldiers died in the raid.', '"several"'),  # thinking is not saying
        ('The "several" soldiers who died were buried on Monday.', '"several"'),  # nobody speaks
    ],
)
def test_quoted_subject_near_misses_stay_scare(text, quoted):
    assert _classes(text)[quoted].label == "scare"


# --- F2: the object of a protest or a denunciation is the protester's word --------------------


@pytest.mark.parametrize(
    "text, quoted, cue",
    [
        (
            'The ministry summoned the envoy and lodged a strong protest over the "unprovoked shelling".',
            '"unprovoked shelling"',
            "'lodge a protest' earlier in the sentence",
        ),
        ('The exile government denounced the "plunder" of the coast.', '"plunder"', "governed by 'denounce'"),
    ],
)
def test_object_of_a_protest_or_denunciation_is_speech(text, quoted, cue):
    got = _classes(text)[quoted]
    assert got.label == "speech", got.why
    assert got.cues == [cue]


def test_a_street_protest_is_no_statement():
    text = 'Hundreds of villagers staged a protest over the "reforms" on Sunday.'
    assert _classes(text)['"reforms"'].label == "scare"


# --- F3: single quotes nested in someone's speech are that speaker's ----------------------------


def test_scare_quote_inside_quoted_speech_is_the_speakers():
    text = "\"These 'freedom fighters' are gunmen, plain and simple,\" a colonel said."
    got = _classes(text)["'freedom fighters'"]
    assert got.label == "scare"  # the gold set's class: its role in the speaker's sentence
    assert INSIDE_SPEECH in got.cues
    assert "the quoted speaker's, not the author's" in got.why
    an = analyse(text, ["framing"])
    [span] = an.spans_of("framing", "scare_quote")
    assert span.attrs["voice"] == "quoted"
    assert an.article.text[span.start : span.end] == "'freedom fighters'"


def test_scare_quote_in_the_authors_sentence_stays_the_outlets():
    text = "The 'freedom fighters' of the valley went home."
    got = _classes(text)["'freedom fighters'"]
    assert got.label == "scare" and INSIDE_SPEECH not in got.cues
    [span] = analyse(text, ["framing"]).spans_of("framing", "scare_quote")
    assert span.attrs["voice"] == "outlet"


# --- F4: "dismissed X as WORD": the subject's word ---------------------------------------------


def _loaded(text, layers=("framing",)):
    spans = analyse(text, list(layers)).spans_of("framing")
    return {s.text: {**s.attrs, "kind": s.label} for s in spans if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    "text, word, speaker, verb",
    [
        ("Islamabad dismissed the Indian account of the raid as fabricated.", "fabricated", "Islamabad", "dismiss"),
        ("The ministry rejected the report as baseless propaganda.", "propaganda", "The ministry", "reject"),
    ],
)
def test_word_in_a_characterising_as_phrase_is_reported(text, word, speaker, verb):
    attrs = _loaded(text)[word]
    assert attrs["voice"] == "reported"
    assert attrs["attributed_to"] == speaker and attrs["characterised_by"] == verb
    assert f"{speaker}'s characterisation" in attrs["why"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The attack was seen as barbaric by many.", "barbaric"),  # the author's own perception
        ("The fabricated account was dismissed by Islamabad.", "fabricated"),  # not in the as-phrase
        ("He worked as a propaganda officer for years.", "propaganda"),  # no characterising verb
    ],
)
def test_near_misses_of_the_as_phrase_stay_the_outlets(text, word):
    assert _loaded(text)[word]["voice"] == "outlet"


# --- F5: no loaded word inside the outlet's name or a group's own name --------------------------


def test_no_loaded_word_in_the_dateline_outlet_or_a_groups_name():
    text = (
        "Strike near Mijek\n\n"
        "BIR LEHLOU, November 6, 2026 (Sahrawi Liberation Review) — The Sahrawi People's Liberation Army "
        "said its units liberated a post near the wall."
    )
    found = _loaded(text, ("meta", "framing"))
    assert "Liberation" not in found
    assert found["liberated"]["voice"] == "outlet"  # the verb is still a choice of words


def test_a_coined_pejorative_name_and_a_place_name_keep_their_loaded_word():
    text = "Shells hit Athmuqam, the radio said. Indian Illegally Occupied Jammu and Kashmir is tense."
    assert "Occupied" in _loaded(text, ("meta", "framing"))


# --- F6: labels and loaded words that were missing ------------------------------------------------


def test_militias_is_a_label_where_the_polisario_is_named():
    text = "The army neutralised a unit of Polisario militias east of the wall."
    found = _loaded(text)
    assert found["militias"]["kind"] == "label" and found["militias"]["category"] == "actor_label"
    assert found["neutralised"]["category"] == "euphemism"


def test_militias_elsewhere_and_neutralising_a_thing_are_not_flagged():
    assert _loaded("The militias of Tripoli clashed again overnight.") == {}
    assert _loaded("Sappers neutralised the bomb before noon. The device was neutralised at dawn.") == {}


def test_wall_of_shame_and_jihadi():
    found = _loaded("The fighters moved along the wall of shame. Jihadi groups train there, he said. Islamic jihadis crossed.")
    assert found["wall of shame"]["kind"] == "loaded" and found["wall of shame"]["category"] == "delegitimising"
    assert found["Jihadi groups"]["category"] == "actor_label"
    assert "jihadis" not in found  # the bare noun: PTC leaves most unmarked (grow split 3 of 9)


def test_scare_quote_inside_a_reported_claim_is_the_speakers():
    text = 'Kabul\'s so-called "peace offer" had been a trick, a retired general said.'
    [span] = analyse(text, ["claim", "framing"]).spans_of("framing", "scare_quote")
    assert span.text == '"peace offer"'
    assert span.attrs["voice"] == "reported" and span.attrs["attributed_to"] == "a retired general"
    assert "reported as theirs" in span.attrs["why"]
    # without the claim layer nobody is known to speak: the writer's
    [alone] = analyse(text, ["framing"]).spans_of("framing", "scare_quote")
    assert alone.attrs["voice"] == "outlet"


# --- Eleventh-session review: near misses the round-1 rules got wrong ---------------------------


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('Thousands protested in Tel Aviv on Saturday against the "judicial overhaul".', '"judicial overhaul"'),
        ('Students protested the "reforms" for a third day in Yerevan.', '"reforms"'),
        ('Villagers protested after the "accident" that killed two children near Goma.', '"accident"'),
    ],
)
def test_a_street_protest_verb_is_no_speech(text, quoted):
    # 'protest' the verb is mostly a rally in news; the formal protest is the noun ('lodged a protest')
    assert _classes(text)[quoted].label == "scare"


def test_protested_that_is_still_no_rule_but_denounced_is_speech():
    text = 'The exile government denounced the "plunder" of the coast, and students protested in Laayoune.'
    assert _classes(text)['"plunder"'].label == "speech"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Moscow Hails Liberation Of Avdiivka By Russian Forces\n\nRussia said its troops had taken the town.", "Liberation"),
        ("Heroic Defenders Of Mariupol Honoured By Ukrainian Army\n\nThe ceremony was held on Sunday.", "Heroic"),
    ],
)
def test_a_title_case_headline_is_no_name(text, word):
    # every word of a Title Case headline is capitalised: a chain ending in 'Forces' or 'Army' is no name there
    assert word in _loaded(text, ("meta", "framing"))


@pytest.mark.parametrize(
    "text",
    [
        "Air defence neutralised 45 of 50 Shahed drones over Kyiv region overnight.",
        "Ukrainian forces neutralised two enemy UAVs and five tanks near Avdiivka.",
        "Of the 50 drones, 45 were neutralised by air defence.",
        "The Russian army neutralised enemy artillery and a command post.",
    ],
)
def test_neutralising_machines_is_no_euphemism(text):
    assert "neutralised" not in _loaded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army neutralised three infiltrators in Kupwara.",
        "Israeli troops neutralised the attacker at the checkpoint.",
        "The IDF said it had neutralised a Hamas cell in Khan Younis.",
        "Three militants neutralised in Kupwara encounter\n\nThe police said the operation was over.",
        "Five of the gunmen were neutralised near Bunia.",
    ],
)
def test_neutralising_people_is_a_euphemism(text):
    assert _loaded(text)["neutralised"]["category"] == "euphemism"


def test_a_plural_speakers_characterisation_reads_well():
    text = "Witnesses described the attack on the village near El Fasher as a genocide."
    assert "Witnesses' characterisation" in _loaded(text)["genocide"]["why"]


def test_an_outlet_name_on_a_byline_line_is_still_a_name():
    # a short line of capitals is no headline clause: no verb inside the chain
    text = "Posted by Sahrawi Liberation Review on 6 Nov 2026\n\nThe occupation army shelled Mijek."
    assert "Liberation" not in _loaded(text, ("meta", "framing"))


@pytest.mark.parametrize(
    "text, word, speaker",
    [
        ("Baku presented the offensive as a response, while Yerevan called it aggression.", "aggression", "Yerevan"),
        ("Russia continues what Moscow calls its special military operation.", "special military operation", "Moscow"),
    ],
)
def test_the_object_predicate_of_call_is_the_callers_word(text, word, speaker):
    attrs = _loaded(text)[word]
    assert attrs["voice"] == "reported" and attrs["attributed_to"] == speaker
    assert "('called …')" in attrs["why"] or "('calls …')" in attrs["why"] or "characterisation ('" in attrs["why"]


def test_a_passive_call_names_no_caller():
    assert _loaded("The occupiers were called liberators.")["liberators"]["voice"] == "outlet"


def test_a_long_gap_between_two_quotations_is_no_backtracking_trap():
    import time

    text = 'They used the words "Aaa"' + " " * 100_000 + '"Bbb" and "Ccc".'
    doc = nlp.load()(text)
    t = time.perf_counter()
    classify(text, doc)
    assert time.perf_counter() - t < 1.0
