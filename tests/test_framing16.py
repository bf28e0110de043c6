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


# --- audit16 F3: an institution in quotation marks named as the speaker; a so-called institution -------------


def test_a_quoted_institution_that_is_the_speaker_is_a_scare_quote():
    # x1: 'The separatists' "ministry of state security" claimed …' was speech ('claim' after it)
    text = "The rebels' “ministry of public order” claimed the men had carried weapons near Bender."
    classes = _quote_classes(text)
    assert classes["“ministry of public order”"] == "scare"


def test_a_so_called_institution_in_title_case_is_a_scare_quote():
    # x2: 'the so-called "Bureau for Reintegration" in Chisinau was spreading lies' was a name
    text = "The ministry in Tiraspol said the so-called “Office for Reunification” in Chisinau was spreading lies."
    assert _quote_classes(text)["“Office for Reunification”"] == "scare"


@pytest.mark.parametrize(
    ("text", "quote", "label"),
    [
        ("“We will not give up,” the ministry of public order said in Bender.", "“We will not give up,”", "speech"),
        ("The ministry said the men were “armed and dangerous” near Bender.", "“armed and dangerous”", "speech"),
    ],
)
def test_speech_around_an_institution_stays_speech(text, quote, label):
    assert _quote_classes(text)[quote] == label


# --- audit16 F1/F6: a self-designation held at a distance; distancing scopes ---------------------------------


def _distancing(text):
    from conftest import analyse

    return [
        (s.text, s.attrs.get("scope_text")) for s in analyse(text, ["framing"]).spans_of("framing") if s.label == "distancing"
    ]


def test_a_group_that_calls_itself_a_name_is_held_at_a_distance():
    text = "The rebels, who call themselves Jama'at al-Nur, said they had seized a tanker off Hodeidah."
    assert _distancing(text) == [("call", "Jama'at al-Nur")]


def test_a_persons_name_or_nickname_is_no_distancing():
    assert _distancing("Friends in Aden call him Abu Salem, his brother said.") == []


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "The ministry said the so-called “Office for Reunification” in Chisinau was spreading lies.",
            "“Office for Reunification”",
        ),
        ("The council said the so-called “right of passage” was a pretext near Hodeidah.", "“right of passage”"),
    ],
)
def test_a_so_called_quotation_is_scoped_whole(text, scope):
    assert ("so-called", scope) in _distancing(text)


def test_a_claims_scope_ends_before_a_comment_on_it():
    text = "The rebels' police claimed the farmer had carried weapons near Bender, an accusation his family rejects."
    assert _distancing(text) == [("claimed", "the farmer had carried weapons near Bender")]


# --- audit16 F4: the two new theatres' words, each with whose word it is; near misses elsewhere ----------------


@pytest.mark.parametrize(
    ("text", "word", "whose"),
    [
        ("The rockets hit the ports of the Zionist enemy, a Houthi spokesman said in Sanaa.", "Zionist enemy", "the Houthis'"),
        ("The coup militia shelled homes in Taiz on Sunday.", "coup militia", "the Yemeni government's"),
        ("The legitimate government in Aden rejected the Houthi offer.", "legitimate government", "the Yemeni government's"),
        ("The Houthis seized the tanker and are kidnapping its crew near Hodeidah.", "kidnapping", "the Yemeni government's"),
        ("A minister in Aden called the Houthi raid an act of piracy.", "piracy", "the Yemeni government's"),
        (
            "The ministry in Tiraspol blamed the economic blockade of Transnistria for the cold.",
            "economic blockade",
            "Tiraspol's",
        ),
        ("The Russian peacekeepers at the bridge in Bender checked every car.", "Russian peacekeepers", "Moscow's"),
        ("Moldova wants the Russian occupation troops to leave Transnistria.", "occupation troops", "Chișinău's"),
        ("A Moldovan provocateur drove at the post near Dubossary, Tiraspol said.", "Moldovan provocateur", "Tiraspol's"),
    ],
)
def test_each_sides_words_in_the_two_new_theatres(text, word, whose):
    attrs = _labels(text)[word]
    assert attrs["used_by"].startswith(whose)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Somali pirates were jailed in Mombasa for piracy off the Horn of Africa.", "piracy"),
        ("The Nigerian police said bandits were kidnapping travellers near Kaduna.", "kidnapping"),
        (
            "The court said the state had a legitimate government interest in the rule, a lawyer in Ohio said.",
            "legitimate government",
        ),
        ("UN peacekeepers in Lebanon reported calm along the Blue Line.", "peacekeepers"),
        ("The economic blockade of Qatar ended in 2021.", "economic blockade"),
    ],
)
def test_the_same_words_in_other_places_are_none(text, word):
    assert word not in _labels(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Tiraspol authorities illegally detained a farmer near Varnița.", "illegally detained"),
        ("The army accused the rebels of using villagers as human shields.", "human shields"),
        ("The unrecognised regime in Tiraspol did not reply.", "unrecognised regime"),
    ],
)
def test_a_charge_or_a_legal_characterisation_is_loaded(text, word):
    assert word in _labels(text)


# --- fifteenth-audit leftover: a 'what X calls …' scope stops before a time phrase ------------------------------


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Moscow annexed what it calls the new republics in 2022, a move Kyiv rejects.", "the new republics"),
        ("Baku blocked the road in what it calls an environmental protest last year.", "an environmental protest"),
        ("Ankara still celebrates what it calls the 1974 Peace Operation.", "the 1974 Peace Operation"),
        ("Hamas carried out what Israel calls the October 7 massacre.", "the October 7 massacre"),
    ],
)
def test_a_what_x_calls_scope_ends_before_a_time_phrase(text, scope):
    assert [s for _, s in _distancing(text)] == [scope]


# --- audit15 F7: a technique span from inside a quotation stops at its close, not in the speaker's tag ----------


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        (
            'The elder said: "We fired nothing. Those reports are enemy propaganda," he told reporters in Garowe.',
            'Those reports are enemy propaganda," he',
            'Those reports are enemy propaganda,"',
        ),
        (
            "The elder said: \u201cWe fired nothing. Those reports are lies,\u201d she told reporters in Garowe.",
            "Those reports are lies,\u201d she",
            "Those reports are lies,\u201d",
        ),
        # the run holds the whole quotation and goes on: unchanged (not a speaker's tag after a quotation it is inside)
        ('He called it terror, "a crime," and left.', 'terror, "a crime," and', 'terror, "a crime," and'),
        ("Those reports are lies and he knows it.", "Those reports are lies and he", "Those reports are lies and he"),
    ],
)
def test_a_span_from_inside_a_quotation_stops_at_its_close(text, run, expected):
    from newsprism.techniques.predict import whole_words

    start = text.index(run)
    s, e = whole_words(text, start, start + len(run))
    assert text[s:e] == expected


def test_made_clear_reports_speech():
    # dev: 'Mr. Trump made clear last week that he would introduce "regulations"' (gold speech) was scare
    text = "The governor made clear on Monday that she would bring in “regulations” for the ferries in Mombasa."
    assert _quote_classes(text)["“regulations”"] == "speech"
