"""Twentieth session (framing): audit 19 F6 — a name or description given by a sentence's subject ('The Mejlis …
called the detentions "a new wave of repression"') is that subject's naming, which the outlet reports: the distancing
span's voice is ``reported`` with the namer (the claim layer's speaker for a pronoun), not the outlet's own; 'what X
calls' and 'which X calls' glosses stay the outlet's own distancing. Fictional sentences, real places. The positive
cases failed on the session-start code (4cd4843); the near misses keep their answer."""

import pytest

from conftest import analyse


def _distancing(text: str) -> dict[str, dict]:
    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label == "distancing"}


@pytest.mark.parametrize(
    ("text", "cue", "namer"),
    [
        (
            'The Mejlis of the Crimean Tatar People called the detentions in Bakhchysarai "a new wave of repression".',
            "called",
            "The Mejlis of the Crimean Tatar People",
        ),
        ("The opposition in Tbilisi called the vote a farce and boycotted it.", "called", "The opposition in Tbilisi"),
        ('The raid in Jenin was described by the army as "a counter-terrorism operation".', "described", "the army"),
        (
            'Amira Haddad, a spokeswoman for the governor of Idlib, described the strike as "a massacre".',
            "described",
            "Amira Haddad",
        ),
        (
            'The Mejlis, which called the detentions "a new wave of repression", was banned in 2016.',
            "called",
            "The Mejlis",
        ),
    ],
)
def test_a_subjects_naming_is_reported_as_theirs(text, cue, namer):
    d = _distancing(text)[cue]
    # the claim layer's speaker where it has one at the namer's place (with its apposition), else the namer
    assert d["voice"] == "reported" and d["attributed_to"].startswith(namer) and d["named_by"] == namer
    assert "which the outlet reports" in d["why"]


def test_a_pronoun_namer_takes_the_claim_layers_speaker():
    text = (
        'A spokesman for the Kumba district, Paul Ewane, said two schools were closed. He called the closures "a '
        'necessary measure".'
    )
    d = _distancing(text)["called"]
    assert d["voice"] == "reported" and d["attributed_to"].endswith("Paul Ewane")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('What the army calls a "security operation" has displaced 2,000 people near Kumba.', "What the army calls"),
        ("The Kerch Strait bridge, which Russia calls the Crimean bridge, was closed for three hours.", "calls"),
    ],
)
def test_the_outlets_own_gloss_stays_the_outlets(text, cue):
    d = _distancing(text)[cue]
    assert d["voice"] == "outlet" and "named_by" not in d


def test_inside_quoted_speech_the_speakers():
    d = _distancing('"They call us criminals, but we defend our land," the commander said in Wamena.')["call"]
    assert d["voice"] == "quoted" and d["attributed_to"] == "the commander"


def _words(text: str) -> dict[str, dict]:
    """Label and loaded spans by text, with their attrs."""
    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label in ("label", "loaded")}


# --- audit 20 F1/F2: the Azerbaijani, Turkish and Armenian sides' words ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "whose"),
    [
        (
            "According to the Azerbaijani side, the protests in Yerevan are organised by revanchist forces.",
            "revanchist forces",
            "Baku's word",
        ),
        ("Revanchist forces in Armenia are preparing a new provocation, the ministry in Baku said.", "Revanchist forces", "Baku"),
        (
            '"Revanchist circles in Yerevan want to drag the region back into war," the deputy told reporters in Baku.',
            "Revanchist circles",
            "Baku",
        ),
        (
            "The ministry reported that illegal armed detachments of Armenia had fired at positions in the Kalbajar district.",
            "illegal armed detachments",
            "Baku",
        ),
        (
            "Illegal Armenian armed detachments shelled positions near Lachin, the ministry in Baku said.",
            "Illegal Armenian armed detachments",
            "Baku",
        ),
        (
            "Azerbaijan restored its sovereignty over Karabakh as a result of anti-terror measures in September 2023.",
            "anti-terror measures",
            "Baku's term",
        ),
        (
            "Azerbaijanis expelled from Western Azerbaijan should be allowed to return, a deputy said in Baku.",
            "Western Azerbaijan",
            "Baku",
        ),
        ("Ankara says the YPG is the Syrian offshoot of the PKK terrorist organisation.", "terrorist organisation", "Ankara"),
        (
            'The minister said Türkiye would not allow a "terror corridor" along its border with Syria, where the YPG holds Kobani.',
            "terror corridor",
            "Ankara",
        ),
        (
            "More than 600,000 Syrians have returned to areas cleared of terrorism around Tal Abyad, the ministry said.",
            "cleared of terrorism",
            "Ankara",
        ),
        (
            "Türkiye launched Operation Peace Spring in 2019 to push the YPG from Tal Abyad and to create a safe zone for Syrians.",
            "safe zone",
            "Ankara",
        ),
        (
            "A shepherd from Berkaber had been abducted by Azerbaijani border guards near the village, the ministry in Yerevan said.",
            "abducted",
            "Yerevan",
        ),
    ],
)
def test_each_sides_words_in_the_armenia_azerbaijan_and_north_east_syria_theatres(text, word, whose):
    found = _words(text)
    assert word in found, found
    assert whose in found[word].get("used_by", "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("After 1871 French revanchism shaped the country's politics for decades.", "revanchism"),
        ("France tightened anti-terror measures at railway stations after the attack in Arras.", "anti-terror measures"),
        ("The wind blew from western Azerbaijan towards Georgia, forecasters in Tbilisi said.", "western Azerbaijan"),
        ("The Western Azerbaijan Community said 300,000 Azerbaijanis had left Armenia.", "Western Azerbaijan"),
        ("Israel told civilians in Gaza to move to a safe zone in al-Mawasi, the army said.", "safe zone"),
        ("The UN declared Srebrenica a safe zone in 1993.", "safe zone"),
        ("A businessman was abducted by a criminal gang in Yerevan and released after his family paid a ransom.", "abducted"),
        ("Gunmen abducted 20 students in Kaduna state, police said.", "abducted"),
    ],
)
def test_the_same_words_elsewhere_are_none_of_theirs(text, word):
    assert word not in _words(text)


# --- audit 20 F4: a 'what X calls' scope ends where another clause begins --------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "scope"),
    [
        (
            'The village was shelled in what Baku described as a "revenge operation" and Yerevan called a war crime.',
            "what Baku described as",
            'a "revenge operation"',
        ),
        (
            "Troops entered what Moscow calls the new republics and Kyiv calls occupied territories.",
            "what Moscow calls",
            "the new republics",
        ),
        (
            'The ministry condemned what it called "provocations and lies" by Yerevan.',
            "what it called",
            '"provocations and lies"',
        ),
    ],
)
def test_a_what_x_calls_scope_stops_at_another_clause(text, cue, scope):
    assert _distancing(text)[cue]["scope_text"] == scope


# --- audit 19 F1 rest: the TPNPB's 'TNI spies' ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "voice"),
    [
        (
            '"They were not civilians. They were TNI spies who carried weapons," the TPNPB\'s spokesman said.',
            "TNI spies",
            "quoted",
        ),
        (
            "The TPNPB said the four workers were spies for the military, but police in Wamena said they were civilians.",
            "spies",
            "reported",
        ),
    ],
)
def test_the_tpnpbs_word_for_the_people_it_kills(text, word, voice):
    found = _words(text)[word]
    assert found["voice"] == voice and "TPNPB" in found["used_by"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia expelled two British diplomats it accused of being spies, the foreign ministry in Moscow said.",
        "Police in Jayapura arrested two men suspected of being spies for a foreign company, a spokesman said.",
    ],
)
def test_other_spies_are_no_label(text):
    assert "spies" not in _words(text)


def test_a_characterising_verb_read_as_the_claims_cue_keeps_the_characterisation():
    """The claim layer (a3222b5) reads 'describe … as' as a cue with 'the fighters as terrorists' as content: the label
    is still the officials' characterisation, not only their reported word (test_audit14 m3)."""
    found = _words("Officials in Yaoundé describe the fighters in Bamenda as terrorists, while separatist leaders disagree.")
    t = found["terrorists"]
    assert t["voice"] == "reported" and t["attributed_to"] == "Officials in Yaoundé" and t["characterised_by"] == "describe"


# --- twentieth-session review: round 1's words held to their theatre, the claim link kept ------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Iran's province (Urmia) is a place, not Baku's name for Armenia
        ("Western Azerbaijan is a province of Iran with its capital at Urmia.", "Western Azerbaijan"),
        ("Flooding hit the Western Azerbaijan Province town of Khoy, Iranian media said.", "Western Azerbaijan"),
        # Ankara's 'terror state' is the north-east Syrian entity, not another state Turkish leaders call that
        (
            "Turkish President Erdogan called Israel a terror state over Gaza, a day after Turkish jets struck PKK targets in Syria.",
            "terror state",
        ),
        # Baku's 2023 offensive, not China's or Pakistan's measures in an article that names Baku or Yerevan
        (
            "China defended its anti-terror measures in Xinjiang, saying Azerbaijan and Armenia had supported its stance.",
            "anti-terror measures",
        ),
        # a fire's safe zone near a Turkish village with Kurdish farms
        (
            "Firefighters set up a safe zone near the Turkish border village as the blaze spread toward Kurdish farms.",
            "safe zone",
        ),
        # a crime in Baku, not a side's word for the other side's detention at the border
        ("An Armenian-born doctor was abducted in Baku by masked gunmen, Azerbaijani police said.", "abducted"),
    ],
)
def test_round_ones_words_outside_their_theatre_are_none_of_theirs(text, word):
    assert word not in _words(text)


@pytest.mark.parametrize(
    ("text", "word", "whose"),
    [
        (
            "Erdogan said Turkey would not allow a terror state on its border in northern Syria run by the YPG.",
            "terror state",
            "Ankara",
        ),
        (
            "Baku's anti-terror measures in Karabakh in 2023 made 100,000 Armenians flee, Yerevan said.",
            "anti-terror measures",
            "Baku",
        ),
        (
            "Armenian villagers said Azerbaijani soldiers abducted two farmers near Tegh; their whereabouts are unknown.",
            "abducted",
            "Armenia–Azerbaijan border",
        ),
        (
            "Aliyev said Azerbaijanis would one day return to Western Azerbaijan, meaning Armenia's Syunik province.",
            "Western Azerbaijan",
            "Baku",
        ),
    ],
)
def test_round_ones_words_in_their_theatre_are_kept(text, word, whose):
    found = _words(text)
    assert word in found and whose in found[word]["used_by"], found


def test_a_characterisation_read_as_the_claims_cue_keeps_its_claim_link():
    """dedf933 replaced the label's claim attrs and dropped ``claim``: the span no longer pointed to its claim record
    (13 fixture spans, e.g. 'Belgrade … called it a provocation')."""
    an = analyse(
        "Officials in Yaoundé describe the fighters in Bamenda as terrorists, while separatist leaders disagree.",
        ["claim", "framing"],
    )
    (t,) = [s for s in an.spans_of("framing") if s.text == "terrorists"]
    assert t.attrs["characterised_by"] == "describe" and t.attrs["attributed_to"] == "Officials in Yaoundé"
    claim = next(r for r in an.records["claims"] if r["id"] == t.attrs["claim"])
    assert claim["speaker"] == "Officials in Yaoundé"


def test_the_opms_own_spies_are_not_the_tpnpbs_word():
    """a673681's 'spies' near TPNPB/OPM words: the police's 'OPM spies' (spies working for the OPM) are not the TPNPB's
    word for the people it kills; the TPNPB's 'were spies' keeps it."""
    assert "spies" not in _words("Indonesian police arrested two OPM spies in Jayapura who had photographed a police post.")
    found = _words("The TPNPB said the four workers it killed in Nduga were spies for the Indonesian military.")
    assert found["spies"]["attributed_to"] == "The TPNPB"


@pytest.mark.parametrize(
    "text", ["The UN has not called the killings in El Geneina a genocide.", 'The army never described the raid as "a massacre".']
)
def test_a_negated_naming_is_not_the_subjects_name(text):
    """49f4979 gave a naming verb's subject the name even where it was denied ('has not called … a genocide' was
    'reported', named_by 'The UN'); dedf933 made the label the UN's characterisation. Nobody gave that name."""
    an = analyse(text, ["claim", "framing"])
    d = next(s for s in an.spans_of("framing") if s.label == "distancing")
    assert d.attrs["voice"] == "outlet" and "named_by" not in d.attrs
    assert all(s.attrs.get("voice") != "reported" for s in an.spans_of("framing") if s.label in ("label", "loaded"))


@pytest.mark.parametrize(
    "text",
    [
        "A Kurdish journalist was cleared of terrorism charges by a court in Diyarbakir on Monday.",
        "The former MP was cleared of terrorism-related offences in London.",
    ],
)
def test_a_court_clearing_someone_of_terrorism_is_no_loaded_phrase(text):
    """27bbce6's 'cleared of terrorism/terrorists' (a government's phrase for ground taken) matched an acquittal."""
    assert not any(w.startswith("cleared of") for w in _words(text))


def test_ground_cleared_of_terrorism_keeps_the_phrase():
    found = _words("Turkish officials said the area around Tal Abyad had been cleared of terrorism.")
    assert found["cleared of terrorism"]["attributed_to"] == "Turkish officials"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Separatists launched an insurgency to create a so-called state they call "Ambazonia".', "call"),
        ("Residents voted in a referendum that the West calls illegitimate.", "calls"),
        ("The operation that Kyiv describes as a terrorist attack killed two in Belgorod.", "describes"),
    ],
)
def test_a_relative_without_which_is_the_outlets_gloss(text, cue):
    """49f4979 kept 'which/that X calls' the outlet's gloss only where 'which/that' is the verb's object; a relative with
    no pronoun ('a state they call …') or one parsed as a 'that' clause gave the name to 'they' / 'the West'."""
    d = _distancing(text)[cue]
    assert d["voice"] == "outlet" and "named_by" not in d


def test_a_relative_whose_subject_is_the_namer_stays_reported():
    d = _distancing('The general, who called the rebels "terrorists", was sacked on Monday.')["called"]
    assert d["voice"] == "reported" and d["named_by"] == "The general"


def test_a_participle_the_parser_gives_a_subject_names_nobody():
    """49f4979 took the parser's subject of a participle: 'Both the army and the separatist groups, often called "Amba
    boys", …' (audit14 m1) named the army and the groups as the namers; no one named gives that name."""
    d = _distancing('Both the army and the separatist groups, often called "Amba boys", have been accused of abuses.')["called"]
    assert d["voice"] == "outlet" and "named_by" not in d
    d = _distancing('Kyiv has called the strike "an act of terrorism".')["called"]
    assert d["voice"] == "reported" and d["named_by"] == "Kyiv"


def test_a_finite_naming_verb_tagged_as_a_participle_keeps_its_namer():
    """audit14 c1: '… A senior European diplomat in Nicosia, who asked not to be named, called the works "…"' ('called'
    tagged VBN in the article, with its object): still the diplomat's naming."""
    from pathlib import Path

    from newsprism import ingest
    from newsprism.pipeline import Pipeline

    (article,) = list(ingest.read(str(Path(__file__).parent / "fixtures" / "audit14" / "c1_nicosia_sentinel.txt")))
    an = Pipeline(["claim", "framing"])(article)
    (d,) = [s for s in an.spans_of("framing") if s.label == "distancing" and s.attrs.get("named_by", "").startswith("A senior")]
    assert d.attrs["voice"] == "reported" and d.text == "called"
