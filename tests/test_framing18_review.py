"""Eighteenth-session review (framing): round 1's new entries in innocent uses. 'isolated incidents' and 'the situation
is under control' minimise violence, not a company's data leaks; 'violent riot' is no security force's word for a
protest after a football match; a sentence dated 1099 is history though the text has no date; 'crusader army' in
medieval history, 'Early Zionist settlers' and 'the Afghan mujahideen' are no side's word now. Fictional sentences,
real places; each probe gave a span on f67edae, the near misses keep theirs."""

import pytest

from conftest import analyse


def _framing(text):
    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The company in Nicosia said the data leaks were isolated incidents.", "isolated incidents"),
        ("The airline said the delays at Tbilisi airport were an isolated incident.", "isolated incident"),
        ("The bank in Hargeisa said the situation is under control after the outage.", "situation is under control"),
        ("Police in Nairobi said a violent riot broke out among fans after the match.", "violent riot"),
        ("The crusaders besieged Jerusalem in 1099.", "crusaders"),
        ("The crusader army of Richard the Lionheart reached Acre.", "crusader army"),
        ("Saladin defeated the crusader forces at Hattin, the historian said.", "crusader forces"),
        ("Early Zionist settlers founded Degania, near the Sea of Galilee.", "Zionist"),
        ("The Afghan mujahideen received US weapons, the documentary recalls.", "mujahideen"),
    ],
)
def test_no_framing_in_an_innocent_use(text, term):
    assert term not in _framing(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The governor said the attacks near Macomia were isolated incidents.", "isolated incidents"),
        ("After the raid on Palma, the minister said the situation is under control.", "situation is under control"),
        ("Troops fired into the air to disperse a violent riot in Jubata al-Khashab, the IDF said.", "violent riot"),
        ("Islamic State said its fighters killed crusaders near Mocimboa da Praia.", "crusaders"),
        ("Islamic State said its mujahideen killed soldiers of the crusader army near Macomia.", "crusader army"),
        ("Islamic State said its mujahideen killed soldiers of the crusader army near Macomia.", "mujahideen"),
        ("Syrian state television said Zionist forces had shelled Quneitra.", "Zionist"),
    ],
)
def test_the_side_taking_use_keeps_its_span(text, term):
    assert term in _framing(text)


def _voices(text):
    return {
        s.text: (s.attrs.get("voice"), s.attrs.get("attributed_to"))
        for s in analyse(text, ["claim", "framing"]).spans_of("framing")
    }


def test_a_label_in_a_sentence_opening_list_of_sources_is_the_outlets_word():
    # audit18 F5's list of sources, fronted: 'the militants' names a source, in the outlet's words
    text = "According to the army, the militants and aid agencies, the fighting near Kumba killed twelve."
    assert _voices(text)["militants"] == ("outlet", None)


@pytest.mark.parametrize(
    "text",
    [
        "According to the army, the terrorists killed twelve villagers near Kumba.",
        "According to the army, on Sunday, the terrorists killed twelve villagers near Kumba.",
        "According to the army, the terrorists and the militants killed twelve villagers near Kumba.",
    ],
)
def test_a_label_in_what_a_fronted_source_says_stays_the_sources(text):
    assert _voices(text)["terrorists"] == ("reported", "the army")
