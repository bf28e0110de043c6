"""Sixteenth-session review (framing): round 1's new rules tried on fictional sentences from other theatres.
Each fix failed on round 1's last commit (8112fda); the near misses keep round 1's answer."""

import pytest


def _quote_classes(text):
    from newsprism import nlp
    from newsprism.framing.quote_class import classify

    return {text[q.start : q.end]: q.label for q in classify(text, nlp.load()(text))}


def _loaded(text):
    from conftest import analyse

    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label in ("label", "loaded")}


def _distancing(text):
    from conftest import analyse

    return [
        (s.text, s.attrs.get("scope_text")) for s in analyse(text, ["framing"]).spans_of("framing") if s.label == "distancing"
    ]


HEAD = "Officials comment on the week's events\n\n"


# --- 'made clear' reports speech only where its subject speaks --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The crash made clear that the “safe corridor” near Lachin was anything but safe.", "“safe corridor”"),
        ("The film made clear how “ordinary” life in Stepanakert had been before the war.", "“ordinary”"),
    ],
)
def test_made_clear_by_an_event_or_a_film_is_the_writers(text, quote):
    assert _quote_classes(HEAD + text)[quote] == "scare"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Officials made clear their “red lines” on Kinmen to the visiting delegation.", "“red lines”"),
        ("She made clear on Monday that the “temporary” closure of the Pyla road would last.", "“temporary”"),
    ],
)
def test_made_clear_by_a_speaker_stays_speech(text, quote):
    assert _quote_classes(HEAD + text)[quote] == "speech"


# --- the 'as "…"' rule: a naming noun names its namer even with nobody named ----------------------------------


def test_the_labelling_of_x_as_y_is_the_labellers_word():
    text = HEAD + "The labelling of the protesters as “terrorists” angered residents in Bamenda."
    assert _quote_classes(text)["“terrorists”"] == "speech"


def test_another_action_noun_with_nobody_named_stays_scare():
    text = HEAD + "The demolition of homes in Silwan as “illegal construction” went on all week."
    assert _quote_classes(text)["“illegal construction”"] == "scare"


# --- 'what X calls' scopes: a time phrase inside the quotation is part of the name ----------------------------


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "What Moscow calls “the liberation of Donbas last year” killed thousands, Kyiv said.",
            "“the liberation of Donbas last year”",
        ),
        (
            "What Baku calls its “anti-terrorist measures of last year” displaced 100,000 people.",
            "its “anti-terrorist measures of last year”",
        ),
    ],
)
def test_a_what_x_calls_scope_keeps_a_time_inside_the_quotation(text, scope):
    assert [s for _, s in _distancing(text)] == [scope]


def test_a_time_after_the_quotation_is_still_cut():
    text = "What Israel calls the “war against Hamas” last year destroyed most of Gaza, the UN said."
    assert [s for _, s in _distancing(text)] == ["the “war against Hamas”"]


# --- round 1's lexicon entries in innocent uses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Houthi officials said a Yemeni businessman was kidnapped in Sanaa by a criminal gang last week.", "kidnapped"),
        ("Houthi mediators said tribesmen freed the engineers after a ransom for the kidnapping was paid.", "kidnapping"),
        ("Protesters formed a human shield around the mosque in Srinagar to stop the demolition.", "human shield"),
        ("A court in Chisinau ruled that the man was illegally detained by police in 2019.", "illegally detained"),
    ],
)
def test_round_one_entries_in_innocent_uses_are_none(text, word):
    assert word not in _loaded(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government in Aden said Houthi militiamen kidnapped the crew of the tanker off Hodeidah.", "kidnapped"),
        ("Ukraine's defence ministry accused Russian forces of using civilians as human shields in Kherson.", "human shields"),
        ("Kosovo said Serbia illegally detained three Kosovo police officers near the border.", "illegally detained"),
    ],
)
def test_round_one_entries_keep_their_uses(text, word):
    assert word in _loaded(text)


def test_coup_militia_elsewhere_is_not_yemens_word():
    attrs = _loaded("The army in Khartoum said the coup militia had shelled Omdurman overnight.")["coup militia"]
    assert "Yemen" not in attrs["used_by"] and "coup" in attrs["used_by"]


def test_a_houthi_charge_of_kidnapping_is_not_glossed_as_only_the_governments():
    attrs = _loaded("Houthi leaders accused the Saudi-led coalition of kidnapping fishermen near Midi.")["kidnapping"]
    assert attrs["attributed_to"] == "Houthi leaders" and "the Houthis use it in turn" in attrs["used_by"]


def test_what_a_named_person_referred_to_as_when_the_parse_hangs_as_on_the_main_verb():
    # the parser hangs 'as' on 'began' (mark), not on 'referred': round 1's rule missed it (a name)
    text = HEAD + "What Putin referred to as the “denazification” of Ukraine began in February."
    assert _quote_classes(text)["“denazification”"] == "speech"
