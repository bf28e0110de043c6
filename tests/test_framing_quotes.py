"""Quotation marks: pairing (apostrophes, nesting, unbalanced, across lines) and classes."""

import pytest

from newsprism import nlp
from newsprism.framing.quote_class import classify
from newsprism.framing.quotes import find_quotes

from conftest import FIXTURES


def pairs(text):
    return [(text[q.start : q.end], q.balanced) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers don't know Azerbaijan's plan.",
        "'Tis the season, as in the '90s and in '08.",
        "A rock'n'roll band played.",
        "The drivers' trucks and the Ministry’s statement.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert find_quotes(text) == []


def test_straight_and_typographic_single_and_double():
    text = "He called it \"a lie\", a ‘blockade’ and a “provocation” or a 'show'."
    assert [p for p, _ in pairs(text)] == ['"a lie"', "‘blockade’", "“provocation”", "'show'"]


def test_nested_quotes():
    text = "“The minister said ‘never again’ twice,” the aide recalled."
    got = pairs(text)
    assert got == [("“The minister said ‘never again’ twice,”", True), ("‘never again’", True)]
    straight = "\"They call it 'peace' here,\" he said."
    assert [p for p, _ in pairs(straight)] == ["\"They call it 'peace' here,\"", "'peace'"]


def test_punctuation_inside_closing_quote_and_possessive():
    text = 'Villagers "suffered," he said, in the soldiers\' words.'
    assert pairs(text) == [('"suffered,"', True)]
    # a plural possessive closes a single quote only when one is open
    assert pairs("The 'brave soldiers' came home.") == [("'brave soldiers'", True)]


def test_unbalanced_and_multi_paragraph_quotes():
    text = "“We will stay.\n“We will not leave our homes,” she said.\nA stray ” mark and an open “quote"
    got = pairs(text)
    assert ("“We will stay.", False) in got
    assert ("“We will not leave our homes,”", True) in got
    assert ("“quote", False) in got
    assert len(got) == 3  # the stray closing mark pairs with nothing


def test_quote_across_lines():
    text = 'She had "never seen such\na turnout" before.'
    assert pairs(text) == [('"never seen such\na turnout"', True)]


def test_offsets_index_the_text():
    text = (FIXTURES / "framing_quotes.txt").read_text(encoding="utf-8")
    for q in find_quotes(text):
        assert text[q.start] in "\"'“‘"
        if q.balanced:
            assert text[q.end - 1] in "\"'”’"


@pytest.fixture(scope="module")
def fixture_classes():
    text = (FIXTURES / "framing_quotes.txt").read_text(encoding="utf-8")
    return {text[q.start : q.end]: q for q in classify(text, nlp.load()(text))}


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        ('"referendum"', "scare"),  # headline, nobody speaking
        ("'liberated'", "scare"),
        ('"people\'s council"', "scare"),  # after "self-styled"
        ('"free and fair."', "speech"),
        ('"We have nothing to hide,"', "speech"),
        ('"Observers are welcome.', "speech"),  # unbalanced: continues in the next paragraph
        ('"They can see for themselves."', "speech"),
        ('"Valley Herald"', "name_or_title"),
        ('"never seen such\na turnout"', "speech"),
        ('"Operation Clean Slate"', "name_or_title"),
        ('"cleansing"', "scare"),
    ],
)
def test_fixture_quote_classes(fixture_classes, quote, label):
    assert fixture_classes[quote].label == label
    assert fixture_classes[quote].why


def test_scare_quote_cues_are_recorded(fixture_classes):
    assert "'self-styled'" in fixture_classes['"people\'s council"'].cues
    assert fixture_classes['"cleansing"'].term == "cleansing"


def _classes(text):
    return {text[q.start : q.end]: q for q in classify(text, nlp.load()(text))}


def test_short_quote_echoing_a_longer_quotation_is_speech():
    text = (
        'The army began an "orderly" withdrawal from the valley.\n'
        '"The withdrawal will be orderly and complete by Friday," the minister told reporters.\n'
        'Villagers doubted the "cleansing" had ended.'
    )
    got = _classes(text)
    assert got['"orderly"'].label == "speech"
    assert got['"orderly"'].cues == ["echoes a quotation"]
    assert got['"cleansing"'].label == "scare"  # no longer quotation holds the word


def test_echo_needs_a_content_word():
    text = 'It is a question of "when" for the militia.\n"We do not know when the convoy will move again," the mayor said.'
    got = _classes(text)['"when"']
    assert got.label != "speech"
    assert got.cues == ["function words"]  # round 4: a mentioned word, not the author's disowned one


def test_characterisation_with_as():
    text = (
        'The registry form listed him as "chief adviser" for the governor.\n'
        'Critics of the mayor will be thought of as "disloyal" by many.\n'
        'The rally had banners with values such as "patriotism" on them.'
    )
    got = _classes(text)
    assert got['"chief adviser"'].label == "speech"
    assert got['"disloyal"'].label == "scare"  # the author's own perception verb
    assert got['"patriotism"'].label != "speech"


def test_speech_act_noun_before_the_quote():
    text = 'The two commanders traded insults of "coward" and "butcher" for weeks.'
    got = _classes(text)
    assert got['"coward"'].label == "speech"


def test_quote_coordinated_with_a_name_is_a_name():
    text = 'The plan avoids what is called "ceasefire" and "truce" in the draft, diplomats noted.'
    got = _classes(text)
    assert got['"ceasefire"'].label == "name_or_title"
    assert got['"truce"'].label == "name_or_title"


def test_quote_unquote_is_a_scare_cue():
    text = 'The army called it a quote-unquote "liberation" of the town, the mayor said.'
    got = _classes(text)['"liberation"']
    assert got.label == "scare"
    assert "'quote-unquote'" in got.cues


def test_quote_that_is_the_subject_of_a_speech_verb_is_not_what_is_said():
    text = 'It is absurd to think that "national security" would be threatened by the release of the files.'
    assert _classes(text)['"national security"'].label == "scare"


def test_speech_nouns_and_verbs_added_in_round_3():
    text = 'His answer to the offer was "never."\nThe man walked off muttering "dirty traitors" at the guards.'
    got = _classes(text)
    assert got['"never."'].label == "speech"
    assert got['"dirty traitors"'].label == "speech"


def test_nickname_rule_needs_a_name_on_the_same_line_and_no_title_case_headline():
    text = 'Mayor Warns "Total Collapse" After Floods\n\nHe called the city the "Iron Gate."\nBaku sent aid.'
    got = _classes(text)
    assert got['"Total Collapse"'].cues != ["before a name"]
    assert got['"Iron Gate."'].cues != ["before a name"]


def test_quote_inside_the_subject_of_a_following_speech_verb_is_not_speech():
    text = 'Remember when his "pastor," Jeremiah Wright, uttered those words?'
    assert _classes(text)['"pastor,"'].label == "scare"


def test_a_sentence_end_stops_the_name_after_cue():
    text = 'Now the county has put him "back in play." Bill Nelson conceded the race on Tuesday.'
    assert _classes(text)['"back in play."'].cues != ["followed by 'bill'"]


def test_advocate_is_a_speech_verb():
    text = 'The prime minister has advocated "ethnic homogeneity" in several speeches.'
    assert _classes(text)['"ethnic homogeneity"'].label == "speech"


def test_title_case_headline_quote_not_quoted_in_the_body_is_scare():
    text = (
        'Border Guards "Accidentally" Opened Fire On The "Peace Convoy"\n\n'
        "The guards opened fire on the convoy on Monday.\n"
        'A spokesman said it was "a peace convoy of volunteers," not a military column.'
    )
    got = _classes(text)
    assert got['"Accidentally"'].label == "scare"
    assert got['"Accidentally"'].cues == ["headline term not quoted in the body"]
    assert got['"Peace Convoy"'].label == "speech"  # the body quotes the spokesman's words


def test_title_case_headline_quote_after_a_speech_verb_stays_speech():
    text = 'Mayor Says "Never Again" To The Militia\n\nThe mayor spoke to residents on Friday.'
    assert _classes(text)['"Never Again"'].label == "speech"


def test_quote_followed_by_a_term_apposition_is_a_name():
    text = 'He calls them "border tourists," a term the ministry coined last year, and moves on.'
    got = _classes(text)['"border tourists,"']
    assert got.label == "name_or_title"
    assert got.cues == ["apposition 'term'"]
    text = 'Officials now speak of "stabilisation" (a term borrowed from the army manual) in every briefing.'
    assert _classes(text)['"stabilisation"'].label == "name_or_title"


def test_brand_and_convey_are_speech_verbs():
    text = 'The minister has branded the unit a "terror army," and the envoy conveyed "deep concern" to the hosts.'
    got = _classes(text)
    assert got['"terror army,"'].label == "speech"
    assert got['"deep concern"'].label == "speech"


def test_short_quote_among_two_other_quotations_in_the_sentence_is_speech():
    text = (
        'The pact is now a mere "proposal" that may not be "workable" in "the present circumstances of the region."\n'
        'The villagers fear the "peacekeepers" and the "curfew" more than the shelling.'
    )
    got = _classes(text)
    assert got['"proposal"'].label == "speech"
    assert got['"proposal"'].cues == ["among quoted phrases"]
    assert got['"workable"'].label == "speech"
    assert got['"peacekeepers"'].label == "scare"  # one other quotation is not a patchwork


def test_a_capitalised_quote_ending_a_clause_before_a_name_is_speech_not_a_nickname():
    text = 'The two leaders met in the capital on Tuesday.\n"Absolutely," Pompeo said, smiling.\n"Revulsion," Haig said of it.'
    got = _classes(text)
    assert got['"Absolutely,"'].label == "speech"
    assert got['"Revulsion,"'].label == "speech"  # parsed as a second subject of 'said'


def test_a_colon_before_a_capitalised_body_quote_introduces_speech():
    text = 'The ceasefire talks ended.\nThe envoy on the talks: "Nothing Moved" and "We Wait."'
    assert _classes(text)['"Nothing Moved"'].label == "speech"


def test_attribution_phrase_anywhere_earlier_in_the_sentence():
    text = "According to the regional governor of the northern province, the blockade is “entirely temporary” for now."
    assert _classes(text)["“entirely temporary”"].label == "speech"


def test_a_nested_quote_is_not_governed_by_the_speech_verb_outside_its_quotation():
    text = '"It is not that the council is “censoring” reporters — it is resisting a campaign," the mayor claimed.'
    assert _classes(text)["“censoring”"].label == "scare"


def test_function_words_in_quotation_marks_are_mentioned_not_scare():
    text = "For the villages it is a question of ‘when’, not ‘if’, the shelling resumes."
    got = _classes(text)
    assert got["‘when’"].label == "name_or_title"
    assert got["‘if’"].label == "name_or_title"


def test_speech_act_noun_with_its_speaker_as_possessor_is_speech():
    # round 5: the speaker is named as the owner of the order / claim; "claims by some" names nobody
    got = _classes(
        'Despite the governor\'s order for an "orderly withdrawal" of the militia, the convoy stayed.\n'
        'Despite claims by some that these were "drills," the shelling went on.'
    )
    assert got['"orderly withdrawal"'].label == "speech"
    assert got['"orderly withdrawal"'].cues == ["'order' earlier in the sentence"]
    assert got['"drills,"'].label == "scare"


# --- round 6: the learned model over the rules (no weights shipped: the rules decide) -----------------

_MODEL_TEXT = (
    "Ceasefire holds in the north\n"
    'The so-called "reforms" left the villages without power. "We will rebuild every school by spring," '
    'the mayor said on Monday. Officials praised the "Green Corridor" programme.'
)


def _sparse_model(weights, threshold=0.5):
    import numpy as np

    return {
        "classes": ("speech", "name_or_title", "scare"),
        "weights": {k: np.asarray(v, dtype=float) for k, v in weights.items()},
        "bias": np.zeros(3),
        "threshold": threshold,
        "max_words": 4,
    }


def test_without_a_model_file_the_rules_decide(monkeypatch):
    from newsprism.framing import quote_model

    doc = nlp.load()(_MODEL_TEXT)
    rules = [(x.start, x.label, x.why) for x in classify(_MODEL_TEXT, doc, use_model=False)]
    monkeypatch.setattr(quote_model, "model", lambda: None)  # the artefact is absent
    got = classify(_MODEL_TEXT, doc)
    assert [(x.start, x.label, x.why) for x in got] == rules
    assert all(x.score is None for x in got)


def test_the_shipped_state_has_no_model_file():
    # round 6: under CV on the dev labels the model did not beat the rules, so no weights are committed
    from newsprism.framing import quote_model
    from newsprism.resources import data_path

    assert not data_path(*quote_model.MODEL_FILE).exists()


def test_a_model_revises_only_short_balanced_quotes_and_agrees_on_clear_cases(monkeypatch):
    from newsprism.framing import quote_model

    doc = nlp.load()(_MODEL_TEXT)
    rules = classify(_MODEL_TEXT, doc, use_model=False)
    assert [x.label for x in rules] == ["scare", "speech", "name_or_title"]
    # a model that follows the rules' own verdict: same classes, probabilities as scores
    follow = {
        f"rule_label={c}": [5.0 * (c == k) for k in ("speech", "name_or_title", "scare")]
        for c in ("speech", "name_or_title", "scare")
    }
    monkeypatch.setattr(quote_model, "model", lambda: _sparse_model(follow))
    got = classify(_MODEL_TEXT, doc)
    assert [x.label for x in got] == ["scare", "speech", "name_or_title"]
    assert got[0].score > 0.9 and got[2].score > 0.9
    assert got[1].score is None  # seven words: beyond MAX_WORDS, the rules' class stays
    # a model that disagrees on one quoted word: the class changes, the rules' why is kept
    monkeypatch.setattr(quote_model, "model", lambda: _sparse_model({**follow, "w=reforms": [12.0, 0.0, 0.0]}))
    got = classify(_MODEL_TEXT, doc)
    assert got[0].label == "speech" and got[0].cues[-1].startswith("model: speech")
    assert got[0].why.endswith(rules[0].why)
    assert [x.label for x in got[1:]] == ["speech", "name_or_title"]


def test_audit8_a_name_between_the_distancing_cue_and_the_quotation():
    # 'The self-proclaimed Polisario "government"' was 'speech' (the lemma of "self-proclaimed"
    # is a speech verb); the scare rule only looked right before the quotation.
    pipe = nlp.load()
    for text in (
        'The self-proclaimed Polisario "government" is based near the camps.',
        'The so-called Kosovo "police" crossed the bridge at night.',
    ):
        [q] = classify(text, pipe(text))
        assert q.label == "scare", (text, q.why)


def test_audit8_self_proclaimed_reports_no_speech():
    # 'The self-proclaimed republic held a "referendum"': "proclaim" made the sentence report speech.
    text = 'The self-proclaimed republic held a "referendum" on Sunday.'
    [q] = classify(text, nlp.load()(text))
    assert q.label == "scare", q.why
