"""Eighteenth session (framing): a dev error kind (a sentence that opens with whose view it gives), the
seventeenth audit's leftovers, and the eighteenth audit's defects. Fictional sentences, real places. Each fix
failed on the session-start code (6f686df); the near misses keep their answer."""

import pytest


def _quote_classes(text):
    from newsprism import nlp
    from newsprism.framing.quote_class import classify

    return {text[q.start : q.end]: q.label for q in classify(text, nlp.load()(text))}


# --- dev error kind: 'To Kavanaugh, … is "constitutional."' gives the holder's view ------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("To Mensah, closing the border crossing near Rafah was “necessary.”", "“necessary.”"),
        ("For the ministry in Chisinau, the new checkpoints are “temporary.”", "“temporary.”"),
        ("To him, the shelling of Stepanakert was “retaliation.”", "“retaliation.”"),
    ],
)
def test_a_sentence_that_opens_with_a_holders_view_quotes_the_holder(text, quote):
    assert _quote_classes(text)[quote] == "speech"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("To date, the “temporary” checkpoints near Rafah have stayed for three years.", "“temporary”"),
        ("For years, the “temporary” checkpoints near Chisinau stayed in place.", "“temporary”"),
        ("For example, the “temporary” checkpoints near Chisinau stayed in place.", "“temporary”"),
    ],
)
def test_an_opener_with_no_holder_leaves_a_scare_quote(text, quote):
    assert _quote_classes(text)[quote] == "scare"


# --- seventeenth review leftover: 'Taiwan region' lost whenever a weather word is in the sentence ---------------


def _loaded(text):
    from conftest import analyse

    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said the Taiwan region's leader had provoked tensions after the typhoon.",
        "Officials in Beijing said Taiwan region authorities had ignored the earthquake warnings from Xiamen.",
    ],
)
def test_taiwan_region_owning_a_noun_is_beijings_term_beside_a_weather_word(text):
    assert "Taiwan region" in _loaded(text)


@pytest.mark.parametrize(
    "text",
    [
        "A typhoon brought heavy rain to the Taiwan region on Monday.",
        "The quake was felt across the Taiwan region, the seismic bureau in Fuzhou said.",
    ],
)
def test_taiwan_region_as_a_place_in_a_weather_report_is_no_side(text):
    assert "Taiwan region" not in _loaded(text)


# --- audit17 F5 rest: a distancing cue inside someone's quotation is that speaker's ------------------------------


def _distancing(text):
    from conftest import analyse

    return [s for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label == "distancing"]


def test_a3_claim_inside_the_diplomats_quotation_is_the_diplomats():
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "audit17" / "a3_equatorial_wire.txt").read_text(encoding="utf-8")
    (claim,) = [s for s in _distancing(text) if s.text == "claim"]
    assert claim.attrs["voice"] == "quoted"
    assert claim.attrs["attributed_to"] == "A Western diplomat"
    assert claim.attrs["scope_text"] == "to speak for"


@pytest.mark.parametrize(
    ("text", "cue", "voice", "who"),
    [
        (
            "The ministry in Baku said Armenian troops shelled what it calls liberated territories.",
            "what it calls",
            "reported",
            "The ministry in Baku",
        ),
        ("Critics in Tbilisi say the so-called reforms failed.", "so-called", "reported", "Critics in Tbilisi"),
        ("The army, which Juba calls an occupation force, left Abyei town on Monday.", "calls", "outlet", None),
        # what a speaker rejects is not the rejecter's distancing
        (
            "Armenian forces allegedly shelled an Azerbaijani post near Gazakh in late February, according to Baku, "
            "a claim Yerevan rejected.",
            "allegedly",
            "reported",
            "Baku",
        ),
        # what the rejecter governs is its own ('rejected the so-called "…"')
        (
            'The ministry also rejected the so-called "administrative area" set up by Juba in Abyei town.',
            "so-called",
            "reported",
            "The ministry",
        ),
    ],
)
def test_a_distancing_cue_says_whose_distancing_it_is(text, cue, voice, who):
    (d,) = [s for s in _distancing(text) if s.text == cue]
    assert d.attrs["voice"] == voice
    assert d.attrs.get("attributed_to") == who


# --- audit18 (Cabo Delgado, Quneitra): each side's words ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "voice", "who"),
    [
        # F1: the insurgents' own word for their fighters, their name for the state's army
        ("The mujahideen killed 17 Christians and soldiers of the crusader army, ISMP said.", "mujahideen", "reported", "ISMP"),
        (
            "The mujahideen killed 17 Christians and soldiers of the crusader army, ISMP said.",
            "crusader army",
            "reported",
            "ISMP",
        ),
        # F7: Damascus's word for Israel
        (
            "The Syrian Arab Republic condemned the Zionist aggression on its territory.",
            "Zionist",
            "reported",
            "The Syrian Arab Republic",
        ),
        # F4: the IDF's word for the protest, Damascus's for the detentions
        ("Troops fired into the air to disperse a violent riot, the IDF said.", "violent riot", "reported", "the IDF"),
        (
            "Israeli occupation forces kidnapped 12 civilians in the Quneitra countryside, SANA said.",
            "kidnapped",
            "reported",
            "SANA",
        ),
        # F2: the minister's minimising words
        (
            # (after an attack: the review's narrowing, no span for a company's 'isolated incidents')
            'Insurgents attacked Chai on Tuesday. "The situation is under control. These are isolated incidents," said '
            "Defence Minister Nhantumbo.",
            "isolated incidents",
            "quoted",
            None,
        ),
        # F3: the residents' name for the insurgents, given as a second name
        (
            'Insurgents known locally as al-Shabaab, or "machababos", attacked the village of Chai.',
            "machababos",
            "mentioned",
            None,
        ),
    ],
)
def test_each_sides_words_in_cabo_delgado_and_quneitra(text, word, voice, who):
    attrs = _loaded(text)[word]
    assert attrs["voice"] == voice
    assert attrs.get("attributed_to") == who


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Afghan mujahideen fought Soviet troops in the 1980s.", "mujahideen"),
        ("The Crusaders beat the Blues 30-12 in Christchurch on Saturday.", "Crusaders"),
        ("She was a crusader for justice in Maputo.", "crusader"),
        ("The Zionist movement held its first congress in Basel.", "Zionist"),
        ("A criminal gang kidnapped a trader in Quneitra for ransom, police said.", "kidnapped"),
    ],
)
def test_the_same_words_in_other_uses_are_none(text, word):
    assert word not in _loaded(text)


def test_a_label_in_the_list_of_sources_is_the_outlets_word():
    # audit18 F5: c3 '…, according to the government, the militants and aid agencies' gave 'militants' to the government
    text = (
        "Insurgents attacked the village of Chai on Tuesday night, killing at least 12 people, according to the "
        "government, the militants and aid agencies."
    )
    assert _loaded(text)["militants"]["voice"] == "outlet"
    # a relative clause on the sources says nothing new ('…, whose accounts differ sharply')
    assert _loaded(text.replace("agencies.", "agencies, whose accounts differ sharply."))["militants"]["voice"] == "outlet"
    # in what the source says, still the source's
    assert _loaded("The militants attacked the village of Chai, according to the government.")["militants"]["voice"] == "reported"


def test_kidnapped_in_syrian_state_medias_words_on_an_israeli_raid_is_damascuss():
    # audit18 F4: g1 'Syrian state media described the detainees as "kidnapped civilians"' had only the distancing
    text = (
        "Soldiers of the IDF raided the village overnight. Syrian state media described the detainees as "
        '"kidnapped civilians" and called the raid an act of "aggression".'
    )
    attrs = _loaded(text)["kidnapped"]
    assert attrs["attributed_to"] == "Syrian state media" and attrs["used_by"].startswith("Damascus's")
    assert "kidnapped" not in _loaded("Gunmen kidnapped two aid workers in Idlib, Syrian activists said.")


def _spans(text):
    from conftest import analyse

    return [s for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label == "label"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Defence and Security Forces (FDS), supported by our Rwandan allies, repelled an attack on Chai.",
            "our Rwandan allies",
        ),
        # indirect speech is told in the reporter's person: the ministry's own words would be 'its allies'
        (
            "The FDS, supported by our Rwandan allies, repelled an attack on Chai, the Ministry of National Defence said.",
            "our Rwandan allies",
        ),
        ("Our troops repelled the attack near Oog, the ministry said.", "Our troops"),
    ],
)
def test_our_allies_outside_a_quotation_is_the_outlet_taking_a_side(text, found):
    # audit18 F2: c1's lead 'The Defence and Security Forces (FDS), supported by our Rwandan allies, repelled …, the
    # Ministry of National Defence said'
    (s,) = _spans(text)
    assert s.text == found and s.attrs["voice"] == "outlet" and s.attrs["lexicon"] == "rule"


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's own side, in a quotation
        '"The FDS and our Rwandan allies are present in every village of Macomia," the governor said.',
        # 'our' owning no force
        "Our reporters visited Chai on Wednesday.",
    ],
)
def test_our_in_a_speakers_words_or_of_no_force_is_none(text):
    assert _spans(text) == []
