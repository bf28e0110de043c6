"""Fourteenth session (Cyprus: the Pyla buffer zone; Anglophone Cameroon): each side's labels and
loaded words, with the rule for when they are one and when not, and whose word each is
(``used_by``, read from the theatre named near the word where the same word is several sides').

Fictional sentences (real places, invented outlets and people); each addition has a near miss
that must keep the old answer.
"""

import pytest

from conftest import analyse


def _found(text, layers=("framing",)):
    spans = analyse(text, list(layers)).spans_of("framing")
    return {s.text: {**s.attrs, "kind": s.label} for s in spans if s.label in ("label", "loaded")}


# --- Greek Cypriot usage --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, kind, whose",
    [
        ("The pseudo-state in the north of Cyprus announced new elections.", "pseudo-state", "label", "Greek Cypriot"),
        (
            "Turkish occupation troops moved the fence near Pyla, the spokesman said.",
            "occupation troops",
            "label",
            "Greek Cypriot",
        ),
        ("Turkish occupation forces entered the buffer zone at Pyla.", "occupation forces", "label", "Greek Cypriot"),
        ("The occupation regime in Nicosia's north issued permits.", "occupation regime", "label", "Greek Cypriot"),
        ("Farmers from the occupied areas crossed at Ledra Street in Nicosia.", "occupied", "loaded", "Greek Cypriot"),
    ],
)
def test_greek_cypriot_words_say_whose_they_are(text, word, kind, whose):
    got = _found(text)[word]
    assert got["kind"] == kind and whose in got["used_by"]


def test_the_same_occupation_words_elsewhere_name_another_side_or_none():
    got = _found("Kurdish officials said Turkish occupation forces shelled villages near Afrin.")
    assert "Syrian government" in got["occupation forces"]["used_by"]
    # not a Cyprus or Cameroon word; since the nineteenth session Ukraine's (the Crimea/occupied-Ukraine theatre)
    assert "Ukraine's" in _found("Russian occupation forces shelled Kherson overnight.")["occupation forces"]["used_by"]
    # the Georgian reading of 'occupation regime' only where Georgia is named, not as the default
    assert (
        "Georgian officials' word"
        in _found("The occupation regime in Tskhinvali moved the fence.")["occupation regime"]["used_by"]
    )
    assert "a side's word" in _found("The occupation regime closed the crossing again.")["occupation regime"]["used_by"]


@pytest.mark.parametrize(
    "text",
    ["The Conservatives occupied 40 seats after the vote.", "All occupied beds in the Larnaca hospital were full."],
)
def test_occupied_seats_and_beds_are_not_loaded(text):
    assert "occupied" not in _found(text)


# --- Turkish Cypriot usage ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, kind",
    [
        ("The Greek Cypriot administration blocked the road project at Pyla.", "Greek Cypriot administration", "label"),
        ("Officials in Southern Cyprus refused to attend the talks in Nicosia.", "Southern Cyprus", "label"),
        ("Tatar said the EOKA mentality was still alive in the south.", "EOKA mentality", "loaded"),
        ("Ersin Tatar blamed Greek Cypriot intransigence for the deadlock.", "Greek Cypriot intransigence", "loaded"),
    ],
)
def test_turkish_cypriot_words_say_whose_they_are(text, word, kind):
    got = _found(text)[word]
    assert got["kind"] == kind and "Turkish Cypriot" in got["used_by"]


def test_the_1974_peace_operation_is_a_coined_name_still_chosen():
    got = _found("Celebrations marked the anniversary of the 1974 Peace Operation in Kyrenia.")["Peace Operation"]
    assert got["category"] == "legitimising" and "1974 invasion" in got["used_by"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN runs peace operations in Cyprus, Lebanon and South Sudan.",  # the UN's peacekeeping
        "UNFICYP, a UN peace operation in Cyprus since 1964, sent more troops to Pyla.",  # the UN's peacekeeping
        "Turkey's Peace Operation in northern Syria drew protests in Qamishli.",  # not Cyprus
    ],
)
def test_peace_operations_of_the_un_or_elsewhere_are_not_matched(text):
    assert not any("peace operation" in w.lower() for w in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain hit southern Cyprus on Monday.",  # a direction
        "Southern Cyprus beaches drew record numbers, the tourism ministry said.",  # first word: capitals say nothing
    ],
)
def test_southern_cyprus_as_a_direction_is_not_a_label(text):
    assert not any("cyprus" in w.lower() for w in _found(text))


def test_so_called_trnc_denies_statehood():
    spans = analyse("The so-called TRNC issued building permits inside the buffer zone.", ["framing"]).spans_of("framing")
    (d,) = [s for s in spans if s.label == "distancing"]
    assert d.text == "so-called" and "denies that it is one" in d.attrs["why"] and d.attrs["scope_text"] == "TRNC"


# --- Cameroon: government usage -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Secessionist terrorists burned a school in Kumbo, the army said.", "Secessionist terrorists"),
        ("Amba boys abducted three teachers near Bamenda on Tuesday.", "Amba boys"),
        ("Separatists attacked Batibo; the criminals burned the market in Bamenda.", "criminals"),
    ],
)
def test_cameroonian_government_words(text, word):
    got = _found(text)[word]
    assert got["kind"] == "label" and "Cameroonian" in got["used_by"]


def test_generic_words_name_the_cameroonian_government_only_in_the_anglophone_conflict():
    got = _found("Ambazonian separatists killed two; troops neutralised seven terrorists in Batibo.")
    assert "Cameroonian" in got["terrorists"]["used_by"] and "Cameroonian army" in got["neutralised"]["used_by"]
    got = _found("The Turkish defence ministry said 12 PKK terrorists were neutralised in northern Iraq.")
    assert "used_by" not in got["terrorists"] and "Turkish defence ministry" in got["neutralised"]["used_by"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the criminals robbed a bank in Douala.",  # no separatist named
        "Separatists in Catalonia said the criminals had been arrested.",  # no Cameroon word
    ],
)
def test_criminals_in_a_crime_report_are_not_a_label(text):
    assert "criminals" not in _found(text)


# --- Cameroon: separatist usage -------------------------------------------------------------------


def test_separatist_words():
    got = _found("Restoration forces repelled an attack by La République du Cameroun occupation forces in Bui.")
    assert got["Restoration forces"]["category"] == "legitimising" and "Ambazonian" in got["Restoration forces"]["used_by"]
    assert got["La République du Cameroun"]["kind"] == "label"
    assert "Ambazonian" in got["occupation forces"]["used_by"]
    got = _found("The colonial army burned Kwakwa village near Mamfe, Ambazonian media said.")
    assert "Ambazonian" in got["colonial army"]["used_by"]
    assert "Ambazonian" in _found("Amba freedom fighters took the road to Batibo.")["Amba freedom fighters"]["used_by"]


@pytest.mark.parametrize(
    "text",
    [
        "The French colonial army fought in Cameroon in the 1950s.",
        "La République du Cameroun became independent in 1960, and the Southern Cameroons voted in 1961.",
        "Restoration of the Apostolos Andreas monastery was completed in 2023.",
        "The Ambazonia Restoration Forces claimed the attack in Bamenda.",  # one group's name
    ],
)
def test_history_buildings_and_a_groups_name_are_none(text):
    assert _found(text) == {}


# --- audit 14, first batch (fixtures tests/fixtures/audit14/) ---------------------------------------


def _spans(text, layers=("framing",)):
    return analyse(text, list(layers)).spans_of("framing")


def test_a_characterisation_after_call_with_two_objects_is_the_callers():
    # c3 (a wire): 'occupation' was the wire's own loaded word; the parser gives 'an occupation' as a second dobj
    text = (
        "Greek Cypriots call the presence of Turkish troops in the north an occupation, while Turkey and Turkish "
        'Cypriots describe the 1974 intervention as a "peace operation" that protected the minority.'
    )
    got = _found(text)
    assert got["occupation"]["voice"] == "reported" and got["occupation"]["attributed_to"] == "Greek Cypriots"
    assert got["peace operation"]["attributed_to"] == "Turkey and Turkish Cypriots"
    assert got["peace operation"]["characterised_by"] == "describe"
    dist = {s.text for s in _spans(text) if s.label == "distancing"}
    assert {"call", "describe"} <= dist  # 'describe … as' with 'as' hung on the object


def test_a_one_word_object_is_still_the_writers_choice():
    # near miss: one object only ('called the meeting') names nothing
    assert _found("The army called an occupation of the hill in Pyla unacceptable.")["occupation"]["voice"] == "outlet"


def test_each_sides_army_and_state_names():
    got = _found("Officers of the Turkish Peace Forces escorted the workers near Pile, in the TRNC.")
    assert got["Turkish Peace Forces"]["category"] == "legitimising" and "Turkish army" in got["Turkish Peace Forces"]["used_by"]
    got = _found("The terrorist army of La République du Cameroun burned Kwakwa, Ambazonian media said.")
    assert "Ambazonian" in got["terrorist army"]["used_by"]
    got = _found("The occupation authorities closed schools in Bamenda, the Ambazonia Governing Council said.")
    assert "Ambazonian" in got["occupation authorities"]["used_by"]


def test_a_characterisers_name_ends_before_the_comma_of_its_apposition():
    text = (
        "Nfor Peter Tanjong, information secretary of the Interim Government of Ambazonia, described the killings "
        'as "another chapter of the genocide against our people".'
    )
    (got,) = [s for s in _spans(text) if s.text == "genocide"]
    assert got.attrs["attributed_to"] == "Nfor Peter Tanjong, information secretary of the Interim Government of Ambazonia"


@pytest.mark.parametrize(
    "text, quoted, why",
    [
        ('The "TRNC" claimed that two of its officers had also been hurt.', '"TRNC"', "unrecognised state"),
        (
            'The government does not recognise the separatists\' "Interim Government", based abroad.',
            '"Interim Government"',
            "office",
        ),
    ],
)
def test_an_unrecognised_state_or_a_sides_office_in_quotation_marks_is_a_scare_quote(text, quoted, why):
    (q,) = [s for s in _spans(text) if s.label == "scare_quote"]
    assert q.text == quoted and why in q.attrs["why"]


@pytest.mark.parametrize(
    "text",
    [
        'Tatar said: "The TRNC will not go away."',  # said by someone: speech
        'The film "Interim Government Blues" opened in Nicosia.',  # a title named by its work noun
        'Delegates of the "Turkish Cypriot Chamber" met in Nicosia.',  # no state, no office
    ],
)
def test_the_same_words_said_or_as_a_title_are_no_scare_quote(text):
    assert not [s for s in _spans(text) if s.label == "scare_quote"]


def test_presents_itself_as_attributes_the_name():
    text = 'The Greek Cypriot leadership, which presents itself as "the Government of Cyprus", summoned diplomats.'
    (d,) = [s for s in _spans(text) if s.label == "distancing"]
    assert d.text == "presents" and d.attrs["scope_text"].startswith('as "the Government of Cyprus')


def test_a_cue_inside_a_quotation_scopes_to_its_close():
    text = 'Anyone helping the "so-called Ambazonia" militias would face the law, the governor warned.'
    (d,) = [s for s in _spans(text) if s.label == "distancing" and s.text == "so-called"]
    assert d.attrs["scope_text"] == "Ambazonia"
    # near miss: a cue outside quotation marks keeps its whole noun phrase
    (d,) = [s for s in _spans("Anyone helping the so-called Ambazonia militias was warned.") if s.label == "distancing"]
    assert d.attrs["scope_text"] == "Ambazonia militias"


# --- audit 14 F5: a headline's doer of the same side under another id is the same doer --------------

_BODY = "\n\nBAMENDA, Nov 25 (Ring Road Herald) - Cameroonian soldiers killed three civilians in Ndop on Monday, residents said.\n\nThe army did not comment.\n"


@pytest.mark.parametrize(
    "headline, flagged", [("BIR troops kill three civilians in Ndop", True), ("Separatists kill three civilians in Ndop", False)]
)
def test_a_headline_doer_of_the_same_side_tells_the_attributed_lead_as_fact(headline, flagged):
    from newsprism.model import Article
    from newsprism.pipeline import Pipeline

    an = Pipeline(None)(Article(text=headline + _BODY, title=headline))
    found = [(s.text, s.attrs.get("speaker")) for s in an.spans_of("headline") if s.label == "stated_as_fact"]
    assert found == ([("kill", "residents")] if flagged else [])


def test_a_participle_modifier_in_the_named_thing_is_the_namers_word():
    got = _found("Greek Cypriot officials call the north occupied territory.")["occupied"]
    assert got["voice"] == "reported" and got["attributed_to"] == "Greek Cypriot officials"
    # near miss: the same participle in the writer's own sentence
    assert _found("Farmers in the occupied north of Famagusta lost their crops.")["occupied"]["voice"] == "outlet"


def test_the_polisarios_occupation_words_say_whose_they_are():
    got = _found("The occupation authorities in Laayoune banned the Sahrawi activists' meeting.")
    assert "Polisario" in got["occupation authorities"]["used_by"]


def test_separatists_is_the_wires_neutral_word_in_the_anglophone_conflict():
    # m3 (a neutral wire): nine 'separatist(s)' in its own voice made it look one-sided
    assert _found("Separatist fighters attacked a checkpoint near Bamenda, killing two gendarmes.") == {}
    assert _found("The army said separatists had burned a school in Kumbo.") == {}
    # near miss: elsewhere the label stays
    assert _found("Separatists shelled a market in Donetsk on Tuesday.")["Separatists"]["kind"] == "label"


def test_every_form_of_neutralise_names_the_army_that_uses_it():
    got = _found("Army neutralises nine secessionist terrorists in Bui, the defence ministry says.")
    assert "Cameroonian army" in got["neutralises"]["used_by"]


def test_a_buffer_zone_village_is_enough_to_tell_the_theatre():
    got = _found("Turkish occupation troops moved a guard post forward near Deneia two weeks ago.")
    assert "Greek Cypriot" in got["occupation troops"]["used_by"]
