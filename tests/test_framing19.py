"""Nineteenth session (framing): audit 19's Crimea and West Papua defects — each side's labels with whose word they
are, the voice of who is characterised and of a second 'as' phrase, designations ('banned as'), 'Russian-installed'
distancing, 'which X calls' after a misparsed relative. Fictional sentences, real places. Each positive case failed
on the session-start code (ef70160); the near misses keep their answer."""

import pytest

from conftest import analyse


def _words(text: str) -> dict[str, dict]:
    """Label and loaded spans by text, with their attrs."""
    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label in ("label", "loaded")}


def _distancing(text: str) -> dict[str, dict]:
    return {s.text: s.attrs for s in analyse(text, ["claim", "framing"]).spans_of("framing") if s.label == "distancing"}


# --- F1: the Papuan conflict's labels, each side's --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "whose", "voice"),
    [
        (
            "Soldiers are searching for the KKB gunmen who attacked a health post in Yahukimo on Friday.",
            "KKB",
            "Indonesian",
            "outlet",
        ),
        (
            "An armed criminal group shot two motorcycle taxi drivers in Puncak Jaya, Papua, on Sunday.",
            "armed criminal group",
            "Indonesian",
            "outlet",
        ),
        (
            '"They are criminals, not fighters," the Jayapura police chief said of the TPNPB unit that burned the school.',
            "criminals",
            "Indonesian",
            "quoted",
        ),
        (
            '"Papua will never be given up to separatism," the minister told reporters in Jayapura.',
            "separatism",
            "Indonesian",
            "quoted",
        ),
        (
            "The colonial military has sealed off villages in Nduga since the TPNPB attack, a church worker wrote.",
            "colonial military",
            "Papuan",
            "reported",
        ),
        ("Activists in Wamena marched against Indonesian colonialism on Monday.", "colonialism", "Papuan", "outlet"),
    ],
)
def test_each_sides_word_in_papua(text, word, whose, voice):
    attrs = _words(text)[word]
    assert whose in attrs["used_by"] and attrs["voice"] == voice


@pytest.mark.parametrize(
    "text",
    [
        "An armed criminal group robbed a bank in Culiacan on Monday, police said.",
        "Police in Jayapura arrested three criminals for stealing motorcycles, the city police chief said.",
        "The Dutch colonial army fought Indonesian nationalists in Java in 1947.",
        "A member of the terrorist group Jemaah Islamiyah was arrested in Jayapura, police said.",
    ],
)
def test_papua_words_elsewhere_are_none(text):
    assert not {w for w in _words(text) if w in ("armed criminal group", "criminals", "colonial army", "terrorist group")}


def test_a_second_seed_entry_for_the_same_words_keeps_the_first_theatre():
    """'criminals' has a Cameroon entry and a Papua entry: each text gets its own theatre's gloss."""
    text = (
        "The governor of Bamenda said the criminals had burned the school after Amba fighters attacked a checkpoint in Cameroon."
    )
    assert "Cameroonian" in _words(text)["criminals"]["used_by"]


def test_who_is_characterised_is_the_outlets_word_and_a_second_as_phrase_is_the_characterisers():
    text = "Jakarta has described the freedom fighters as a gang since 2018 and as terrorists since 2021."
    words = _words(text)
    assert words["freedom fighters"]["voice"] == "outlet"
    assert words["terrorists"]["voice"] == "reported" and words["terrorists"]["characterised_by"] == "describe"
    assert words["terrorists"]["attributed_to"] == "Jakarta"


def test_the_characterisers_own_name_stays_reported():
    words = _words("Indonesian authorities describe the OPM as separatists and as terrorists.")
    assert words["terrorists"]["voice"] == "reported" and words["terrorists"]["characterised_by"] == "describe"


# --- F2: Russian and Ukrainian words on Crimea ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "voice"),
    [
        (
            "Air defences shot down 20 drones over Sevastopol, foiling a terrorist attack by the Kiev regime, the ministry said.",
            "terrorist attack",
            "reported",
        ),
        (
            "Kyiv said Russia's terrorist attack on a Kharkiv hospital killed four people on Monday.",
            "terrorist attack",
            "reported",
        ),
        ("Officers seized extremist literature in a raid on a mosque near Bakhchysarai.", "extremist literature", "outlet"),
        (
            "Since the reunification of Crimea with Russia, tourism in Yalta has grown, the governor said.",
            "reunification",
            "reported",
        ),
        ("The rights group condemned the arrests in Sevastopol as political persecution.", "political persecution", "reported"),
        ('"This is repression of a whole people," the lawyer said after the raids in Simferopol.', "repression", "quoted"),
    ],
)
def test_crimea_words(text, word, voice):
    assert _words(text)[word]["voice"] == voice


@pytest.mark.parametrize(
    "text",
    [
        "Police in Manchester said the terrorist attack at the arena in 2017 killed 22 people.",
        "The reunification of Germany in 1990 ended the division of Berlin.",
        "The company is a leader in the reunification of families separated by war, the Red Cross said.",
    ],
)
def test_crimea_words_elsewhere_are_none(text):
    assert not {w for w in _words(text) if w in ("terrorist attack", "reunification")}


def test_a_designation_is_the_designators_word_or_mentioned():
    words = _words("Hizb ut-Tahrir is banned as a terrorist organisation in Russia but is legal in Ukraine.")
    assert (
        words["terrorist organisation"]["voice"] == "mentioned" and words["terrorist organisation"]["characterised_by"] == "ban"
    )
    words = _words('The Mejlis of the Crimean Tatars, which Russia banned as "extremist" in 2016, met in Kyiv.')
    assert words["extremist"]["voice"] == "reported" and words["extremist"]["attributed_to"] == "Russia"
    words = _words("Washington designated the group as terrorists in 2021, the State Department said.")
    assert words["terrorists"]["characterised_by"] == "designate"


# --- F3: 'Russian-installed' and 'which Russia calls' ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "scope"),
    [
        ("The Moscow-installed mayor of Melitopol, Ivan Petrov, said the power was back.", "Moscow-installed", "mayor"),
        ("A Russian-appointed judge in Simferopol jailed the activist for five years.", "Russian-appointed", "judge"),
        ("The Kremlin-installed authorities in Kherson announced a curfew on Monday.", "Kremlin-installed", "authorities"),
    ],
)
def test_an_authority_an_occupying_power_installed(text, cue, scope):
    d = _distancing(text)[cue]
    assert d["kind"] == "modifier" and d["scope_text"] == scope


@pytest.mark.parametrize(
    "text",
    [
        "A Trump-appointed judge blocked the order in Texas.",
        "Russian troops installed new air defence systems near Sevastopol.",
    ],
)
def test_no_installed_distancing(text):
    assert not [k for k in _distancing(text) if "installed" in k or "appointed" in k]


def test_which_x_calls_after_a_first_relative_clause():
    text = "The ferry to Kerch, which leaves twice a day and which Russia calls the Crimean crossing, was halted."
    assert _distancing(text)["calls"]["scope_text"] == "the Crimean crossing"
    # the relative pronoun is no name ('which Ossetians call Tskhinval')
    text = "They reached the town, which Ossetians call Tskhinval and Georgians call the Tskhinvali region."
    assert all(d["scope_text"] != "which" for d in _distancing(text).values())


def test_a_relative_clauses_characteriser_is_its_antecedent():
    words = _words('Indonesian authorities, who refer to the rebels as an "armed criminal group", sent troops to Nduga.')
    attrs = words["armed criminal group"]
    assert attrs["characterised_by"] == "refer" and attrs["attributed_to"] == "Indonesian authorities"


@pytest.mark.parametrize(
    ("text", "word", "voice"),
    [
        (
            'The army said its troops had "neutralised" two members of the terrorist group in Intan Jaya.',
            "terrorist group",
            "reported",
        ),
        ("Indonesia designated the KKB as a terrorist organisation in 2021.", "terrorist organisation", "reported"),
    ],
)
def test_jakartas_terrorist_words(text, word, voice):
    attrs = _words(text)[word]
    assert attrs["voice"] == voice and "Indonesian" in attrs["used_by"]


def test_a_headlines_second_clause_is_not_the_first_clauses_speakers():
    text = (
        "Rebels say they killed four soldiers as colonial military burns villages in Nduga\n\n"
        "JAYAPURA, November 24, 2026 (Highland Voice) - Soldiers burned 30 houses in Nduga, a pastor said.\n"
    )
    an = analyse(text, ["claim", "framing"], title=text.split("\n")[0])
    (s,) = [s for s in an.spans_of("framing") if s.text == "colonial military"]
    assert s.attrs["voice"] == "outlet"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The partisan movement Atesh said its agents had set fire to a relay cabinet near Dzhankoi.", False),
        ("A Ukrainian partisan group said it had blown up a railway bridge in occupied Melitopol.", False),
        ("The senator's partisan attack on the judge drew criticism from both parties.", True),
        ("It was a purely partisan vote in the House.", True),
    ],
)
def test_partisan_is_name_calling_in_politics_not_a_guerrilla_movement(text, label):
    assert ("partisan" in _words(text)) is label


@pytest.mark.parametrize(
    ("text", "word", "whose"),
    [
        (
            '"The occupation authorities jail anyone who prays," said a member of the Mejlis of the Crimean Tatars.',
            "occupation authorities",
            "Crimean Tatars",
        ),
        (
            "The Russian occupation forces in Crimea detained four men in Dzhankoi, a rights group said.",
            "occupation forces",
            "Crimea",
        ),
        (
            "Greek Cypriot officials said the occupation forces had moved the line near Pyla; Ersin Tatar rejected it.",
            "occupation forces",
            "Greek Cypriot",
        ),
    ],
)
def test_crimean_tatars_are_no_cyprus_word(text, word, whose):
    """'Tatar' (Ersin Tatar) is a Cyprus near-word: a Crimean Tatar text took the Greek Cypriot gloss."""
    assert whose in _words(text)[word]["used_by"]


@pytest.mark.parametrize(
    ("text", "word", "voice"),
    [
        (
            "The separatists said the regime's forces had shelled Kumba, an allegation denied by the occupation forces.",
            "occupation forces",
            "outlet",
        ),
        ("The separatists said the regime's forces had shelled Kumba, an allegation denied by the army.", "regime", "reported"),
    ],
)
def test_an_apposition_on_the_claim_is_the_outlets(text, word, voice):
    assert _words(text)[word]["voice"] == voice


def test_an_installed_authority_in_the_apposition_on_a_claim():
    text = "A partisan group said it had supplied the coordinates, a claim dismissed by a Russian-appointed lawmaker."
    assert _distancing(text)["Russian-appointed"]["voice"] == "outlet"


@pytest.mark.parametrize(
    ("text", "word", "verb", "who"),
    [
        (
            "Russia's Supreme Court designated Hizb ut-Tahrir a terrorist organisation in 2003.",
            "terrorist organisation",
            "designate",
            "Russia's Supreme Court",
        ),
        (
            "The Mejlis was declared an extremist organisation by a Russian court.",
            "extremist organisation",
            "declare",
            "a Russian court",
        ),
    ],
)
def test_a_designation_without_as(text, word, verb, who):
    attrs = _words(text)[word]
    assert attrs["voice"] == "reported" and attrs["characterised_by"] == verb and attrs["attributed_to"] == who


@pytest.mark.parametrize(
    ("text", "named", "name"),
    [
        ("The army described the separatists as terrorists.", "separatists", "terrorists"),  # 'as' hung on the object
        ("Russian state media describe the occupiers in Kherson as liberators.", "occupiers", "liberators"),
    ],
)
def test_the_characterised_object_is_the_outlets_word(text, named, name):
    words = _words(text)
    assert words[named]["voice"] == "outlet" and words[name]["voice"] == "reported"


# --- nineteenth-session review: round 1's rules held to their theatre ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # 'Indonesia'/'Jakarta' alone is no Papuan context: the Dutch colonial army, Indonesia's own anti-colonial words
        ("The museum in Jakarta holds uniforms of the colonial army and photographs of independence fighters.", "colonial army"),
        ("President Prabowo said in Jakarta that Indonesia had freed itself from colonialism.", "colonialism"),
        ("Indonesia's foreign minister told the UN in Jakarta that colonialism must end in Palestine.", "colonialism"),
        # a crime story in a Papuan town: 'armed' is no conflict word
        ("Armed criminals robbed a petrol station in Jayapura on Sunday, police said.", "criminals"),
        ("In Jayapura, police said two criminals armed with knives robbed a shop on Monday.", "criminals"),
        # a jihadist attack in Russia is no side's word in the Russia-Ukraine war
        (
            "Russian police said Islamic State gunmen carried out a terrorist attack in Dagestan as air raid sirens sounded.",
            "terrorist attack",
        ),
        # a British police finding, not a Russian legal category
        ("Police found extremist literature in the suspect's flat in Manchester.", "extremist literature"),
        # psychology and biology
        ("Psychologists say repression of painful memories can harm health.", "repression"),
        ("Her repression of grief led to depression, the therapist said.", "repression"),
        ("Gene repression by microRNA was measured in the lab.", "repression"),
        # a guerrilla raid, not political name-calling
        ("A partisan attack in Russian-held Kherson killed two officials.", "partisan"),
        # a Russian word and a drone are no Russia-Ukraine war without a Ukrainian word or a place of the war
        (
            "A terrorist attack in Mali killed 20 soldiers, and Russian Wagner mercenaries responded with drone strikes.",
            "terrorist attack",
        ),
        (
            "The Burkinabe junta said a terrorist attack on a convoy near Djibo was repelled with Russian drones.",
            "terrorist attack",
        ),
        # another 'KKB' (a Kazakh bank)
        ("Kazakhstan's KKB bank reported a profit in Almaty on Monday.", "KKB"),
    ],
)
def test_round_one_words_stay_in_their_theatre(text, word):
    assert word not in _words(text)


@pytest.mark.parametrize(
    ("text", "word", "whose"),
    [
        ("Activists in Wamena marched against Indonesian colonialism on Monday.", "colonialism", "Papuan"),
        ("The KNPB said the Indonesian colonial army had burned houses in Nduga.", "colonial army", "Papuan"),
        (
            "Ukraine said Russia's missile strike on Kharkiv was a terrorist attack on civilians.",
            "terrorist attack",
            "Russia-Ukraine",
        ),
        ("Officers seized extremist literature in a raid on a mosque near Bakhchysarai.", "extremist literature", "Russian"),
        ("Protesters in Minsk condemned the repression of opposition leaders.", "repression", "crushes dissent"),
        ("The senator accused the committee of partisan politics.", "partisan", ""),
    ],
)
def test_round_one_words_kept_in_their_theatre(text, word, whose):
    assert whose in _words(text)[word].get("used_by", "")


@pytest.mark.parametrize(
    "text",
    [
        "The Moscow-appointed envoy to the UN spoke in New York.",
        "The Kremlin-imposed sanctions on Georgian wine were lifted in 2013.",
    ],
)
def test_installed_distancing_needs_an_office(text):
    assert not _distancing(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Kremlin-installed Head of the Republic of Crimea, Sergei Aksyonov, spoke.", "Kremlin-installed"),
        ("A Russian-appointed local election commission in Melitopol announced results.", "Russian-appointed"),
        ('Sevastopol\'s Russian-installed "head" said the drones were downed.', "Russian-installed"),
    ],
)
def test_installed_distancing_before_an_office(text, cue):
    assert cue in _distancing(text)


def test_a_negated_designation_is_mentioned():
    """'has not designated … as terrorists': nobody gave the status; the word is mentioned, nobody's."""
    attrs = _words("Kenya's government has not designated the herders as terrorists.")["terrorists"]
    assert attrs["voice"] == "mentioned" and "attributed_to" not in attrs and attrs["characterised_by"] == "designate"
    attrs = _words("The US designated the Houthis as terrorists in January.")["terrorists"]
    assert attrs["voice"] == "reported" and attrs["attributed_to"] == "The US"


def _headline_words(headline: str, body: str) -> dict[str, dict]:
    text = headline + "\n\n" + body
    an = analyse(text, ["claim", "framing"], title=headline)
    return {s.text: s.attrs for s in an.spans_of("framing") if s.label in ("label", "loaded") and s.start < len(headline)}


@pytest.mark.parametrize(
    ("headline", "word", "who"),
    [
        # 'as' before a role, not a clause: still the speaker's claim
        ("Kremlin says it detained a man as terrorist in Crimea", "terrorist", "Kremlin"),
        ("Army says it killed 12 rebels as terrorists in Mali", "terrorists", "Army"),
        # the clause's subject is the speaker again
        ("Hamas says it fired rockets as it seeks to avenge martyrs", "martyrs", "Hamas"),
        # the second 'as' of a bound
        ("Police say as many as 40 terrorists detained in Mali", "terrorists", "Police"),
    ],
)
def test_a_headline_as_that_goes_on_with_the_claim(headline, word, who):
    attrs = _headline_words(headline, "GAO, Nov 26 (Sahel Wire) — The army said on Monday that 12 rebels were killed.")[word]
    assert attrs["voice"] == "reported" and attrs["attributed_to"] == who


def test_a_headline_as_clause_with_its_own_subject_stays_the_outlets():
    attrs = _headline_words(
        'TPNPB says it killed "TNI spies" in Nduga as colonial military burns villages and thousands flee',
        "JAYAPURA, Nov 26 (Papua Wire) — The TPNPB said on Monday it had killed two spies in Nduga.",
    )["colonial military"]
    assert attrs["voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "Densus 88 arrested three terrorists linked to JAD in Merauke, Papua police said.",
        "Police in Jayapura said the terrorists who bombed a church in Makassar had fled to Papua.",
    ],
)
def test_jihadists_in_papua_get_no_tpnpb_gloss(text):
    """Jakarta's 'terrorists' for the TPNPB is not the word for jihadists arrested or hiding in Papua."""
    assert "TPNPB" not in _words(text)["terrorists"].get("used_by", "")


def test_the_papuan_gloss_of_terrorists_stays():
    assert (
        "in Papua" in _words("Soldiers killed three terrorists in Nduga, the Indonesian military said.")["terrorists"]["used_by"]
    )


def test_the_occupation_of_an_airstrip_is_no_loaded_word():
    """Taking a place ('the occupation of the airstrip by the rebels') is no side's word for Indonesia's rule."""
    assert "occupation" not in _words("The army said the troops in Papua would end the occupation of the airstrip by the rebels.")


def test_a_designation_whose_first_object_the_parser_makes_a_dative():
    """'designated the OPM a terrorist organisation': the parser's dative for the OPM; the label is Indonesia's."""
    attrs = _words("Indonesia designated the OPM a terrorist organisation in 2021.")["terrorist organisation"]
    assert attrs["voice"] == "reported" and attrs["attributed_to"] == "Indonesia" and attrs["characterised_by"] == "designate"
