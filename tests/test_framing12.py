"""Twelfth session (Georgia / South Ossetia, Kosovo): whose word a label or quoted term is, the
theatres' labels with their rules, and the eleventh session's leftovers.

Fictional sentences (real places, invented outlets and people); each fix has a near miss that
must keep the old answer.
"""

import pytest

from newsprism import nlp
from newsprism.framing.lexicon import term_tokens
from newsprism.framing.quote_class import _ends_with_phrase, classify

from conftest import analyse


def _classes(text):
    return {text[q.start : q.end]: q for q in classify(text, nlp.load()(text))}


def _found(text, layers=("framing",)):
    spans = analyse(text, list(layers)).spans_of("framing")
    return {s.text: {**s.attrs, "kind": s.label} for s in spans if s.label in ("label", "loaded")}


# --- audit12 F1: a quoted name that a named subject gives is its word -------------------------


def test_a_name_given_by_a_named_subject_is_its_word_not_a_scare_quote():
    text = 'Georgia calls the installation of fences and signs along the line "borderization" and says troops moved it.'
    got = _classes(text)['"borderization"']
    assert got.label == "speech", got.why
    assert got.cues == ["'call' with its subject"]
    assert "Georgia" in got.why
    spans = analyse(text, ["framing"]).spans_of("framing")
    assert not [s for s in spans if s.label == "scare_quote"]


@pytest.mark.parametrize(
    "text, quoted, label",
    [
        ('The installation of fences along the line is called "borderization" in Tbilisi.', '"borderization"', "name_or_title"),
        ('Georgia calls for talks; the "borderization" goes on.', '"borderization"', "scare"),  # another clause
    ],
)
def test_near_misses_of_a_given_name_keep_their_class(text, quoted, label):
    assert _classes(text)[quoted].label == label


# --- audit12 F2: a label inside a quoted term someone uses is theirs ----------------------------


def test_a_label_in_a_term_someone_uses_is_theirs():
    text = 'Georgian officials use the term "occupation line"; the Ossetian side refers to it as the state border.'
    got = _found(text)["occupation line"]
    assert got["in_quote"] == "name_or_title"
    assert got["voice"] == "reported" and got["attributed_to"] == "Georgian officials" and got["mentioned_by"] == "use"
    assert "attributed to Georgian officials ('use … \"…\"')" in got["why"]


def test_a_label_in_a_quoted_term_with_nobody_named_is_mentioned_not_used():
    got = _found('The term "occupation line" appears in every statement from Tbilisi.')["occupation line"]
    assert got["voice"] == "mentioned"
    assert "mentioned in quotation marks" in got["why"]


def test_a_label_outside_quotation_marks_stays_the_outlets():
    got = _found("Two villagers were detained near the occupation line on Tuesday.")["occupation line"]
    assert got["voice"] == "outlet"
    assert got["used_by"].startswith("the Georgian government's name")


def test_de_facto_authorities_is_no_label():
    assert "de facto authorities" not in _found("The region's de facto authorities said three men were detained.")


# --- audit12 F3: a participle that characterises shares its clause's subject -----------------


def test_a_characterising_participle_gives_the_main_subjects_word():
    text = (
        "Nine Serbs were detained, the Office for Kosovo and Metohija said on Monday, "
        "describing the operation as part of a campaign of ethnic cleansing."
    )
    got = _found(text)["ethnic cleansing"]
    assert got["voice"] == "reported" and got["attributed_to"] == "the Office for Kosovo and Metohija"
    assert got["characterised_by"] == "describe"


def test_a_participle_that_characterises_nothing_stays_the_outlets():
    got = _found("Police entered the village on Monday, ending a campaign of ethnic cleansing, the paper wrote.")
    assert got["ethnic cleansing"]["voice"] == "outlet"


# --- audit12 F4 and the session's list: the theatres' labels, with whose word they are ---------


@pytest.mark.parametrize(
    "text, term, kind, used_by",
    [
        ("The occupation regime in Tskhinvali moved the fence.", "occupation regime", "label", "Georgian officials'"),
        ("Georgian provocateurs crossed the line, the KGB said.", "Georgian provocateurs", "label", "South Ossetian"),
        ("Two border violators from Georgia were detained near Dici.", "border violators", "label", "South Ossetian"),
        ("Detained Georgian violators near Dici, said the South Ossetian KGB.", "Georgian violators", "label", "South Ossetian"),
        ("Serbian paramilitary terrorists attacked the patrol.", "paramilitary terrorists", "label", "Kosovo government"),
        ("Kurti said criminal gangs backed by Belgrade attacked.", "criminal gangs", "label", "Kosovo government"),
        ("Belgrade accused Kurti's regime of ethnic cleansing.", "Kurti's regime", "label", "Belgrade"),
        (
            "Serbs said Kurti’s special units stormed the village of Zvecan at night.",
            "Kurti’s special units",
            "label",
            "Belgrade",
        ),
        (
            "The government in Pristina says the Vučić regime armed the group in the north.",
            "Vučić regime",
            "label",
            "Kosovo government",
        ),
        ("The creeping occupation continues near Khurvaleti.", "creeping occupation", "loaded", "Georgian officials'"),
    ],
)
def test_theatre_labels_say_whose_word_they_are(text, term, kind, used_by):
    got = _found(text)[term]
    assert got["kind"] == kind
    assert used_by in got["used_by"] and used_by in got["why"]


def test_possessive_terms_split_like_the_tokenizer():
    assert term_tokens("kurti's regime") == ("kurti", "'s", "regime")
    assert term_tokens("neo-nazi") == ("neo", "-", "nazi")


@pytest.mark.parametrize(
    "text, term",
    [
        ("Belgrade denounced the terror against Serbs in the north.", "terror"),
        ("Kurti's terror must end, the minister said.", "terror"),
        ("Residents described a night of terror in Zvečan.", "night of terror"),
        ("The colonel led a reign of terror across the province.", "reign of terror"),
        ("Belgrade called the shooting a false flag operation.", "false flag"),
    ],
)
def test_terror_as_rhetoric_and_false_flag(text, term):
    assert _found(text)[term]["kind"] == "loaded"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a suspect in a terror attack plot.",
        "The hostages fled in terror when the shooting began.",
        "The court heard terror charges against two men.",
        "Criminal gangs smuggle cigarettes across the river, customs officers said.",  # no Serb group named
        "Border violators face a fine at the Polish frontier, the guards said.",  # no boundary line of Georgia
    ],
)
def test_non_rhetorical_uses_are_not_flagged(text):
    assert _found(text) == {}


# --- distancing: 'so-called' before a state's name ------------------------------------------


def test_so_called_before_a_states_name_denies_statehood():
    spans = analyse("Serbia does not recognise the so-called Kosovo.", ["framing"]).spans_of("framing")
    (d,) = [s for s in spans if s.label == "distancing"]
    assert d.attrs["scope_text"] == "Kosovo"
    assert "before the name of a state or territory denies that it is one" in d.attrs["why"]


def test_so_called_before_a_common_noun_keeps_the_general_why():
    spans = analyse('The so-called "border checkpoint" was moved again.', ["framing"]).spans_of("framing")
    (d,) = [s for s in spans if s.label == "distancing"]
    assert "marks the following term as someone else's" in d.attrs["why"]


# --- audit12 F5: a charge's name in quotation marks ---------------------------------------------


def test_the_name_of_a_charge_is_a_name():
    text = 'The two men could face charges of "illegal border crossing", relatives said.'
    got = _classes(text)['"illegal border crossing"']
    assert got.label == "name_or_title" and got.cues == ["after 'charges of'"]


def test_in_charge_of_is_no_charge():
    text = 'The men in charge of the "reforms" left the ministry.'
    assert _classes(text)['"reforms"'].label == "scare"


# --- the cue a why names is the same in every run -------------------------------------------


def test_the_longest_matching_cue_is_named():
    assert _ends_with_phrase("the second exercise is code-named", frozenset({"named", "code-named", "the term"})) == "code-named"


# --- eleventh-session leftover: "militias" only where it refers to the Polisario --------------

_SOUS = (
    "FAR hits Polisario unit east of the wall\n\n"
    "LAAYOUNE, November 6, 2026 (The Sous Daily) - The army struck a vehicle near Mijek on Thursday. "
    "Analysts in Rabat said the militias were trying to attract attention. "
    "In Mali, Wagner-backed militias attacked villages last year. The militias of Tripoli clashed again. "
    "Libyan militias were not involved."
)


def test_militias_refers_to_the_polisario_named_in_the_headline():
    spans = [s for s in analyse(_SOUS, ["framing"]).spans_of("framing") if s.label == "label"]
    assert [(s.text, _SOUS[s.start - 27 : s.start].strip()) for s in spans] == [("militias", "Analysts in Rabat said the")]


def test_militias_far_from_the_polisario_is_no_label():
    text = (
        "Drone strike near Mijek\n\n"
        "RABAT, November 6, 2026 (Compass Newswire) - A drone struck a vehicle near Mijek on Thursday. "
        "The Polisario said three herders were killed. Morocco said it hit fighters. The strike came after "
        "shelling near Mahbes. Officials in Rabat said the region was calm. Elsewhere, militias clashed in the south of Libya."
    )
    assert "militias" not in _found(text)


def test_militias_next_to_the_polisario_is_a_label():
    text = (
        "The Polisario fired four projectiles at Mahbes on Wednesday. The army said the militias had withdrawn east of the berm."
    )
    assert _found(text)["militias"]["kind"] == "label"


# --- audit12 F6: a disputed office or a so-called state's name in quotation marks -----------

_F6 = (
    "Night raid in the north\n\n"
    'Kosovo\'s "Prime Minister" Albin Kurti sent his special units to the north again.\n\n'
    'The so-called "Republic of South Ossetia" detained two more villagers on Tuesday.\n\n'
    'Kurti called himself "Prime Minister" at the rally.\n\n'
    '"Crazy" Joe Gallo was shot in 1972.\n\n'
    'The so-called "Democratize SSMU" group met on Monday.\n'
)


@pytest.mark.parametrize(
    "nth, quoted, label, cue",
    [
        (0, '"Prime Minister"', "scare", "no speaker"),  # was a nickname before a name
        (0, '"Republic of South Ossetia"', "scare", "'so-called'"),  # was a Title Case name
        (1, '"Prime Minister"', "speech", "governed by 'call'"),  # said by someone: speech (was a Title Case name)
        (0, '"Crazy"', "name_or_title", "before a name"),  # a nickname: unchanged
        (0, '"Democratize SSMU"', "name_or_title", "title case"),  # a so-called group's name: unchanged
    ],
)
def test_disputed_office_and_so_called_state_in_quotation_marks(nth, quoted, label, cue):
    got = [q for q in classify(_F6, nlp.load()(_F6)) if _F6[q.start : q.end] == quoted][nth]
    assert (got.label, got.cues) == (label, [cue]), got.why


def test_georgian_saboteurs_is_a_label():
    text = "Georgian saboteurs tried to cross the border of the republic near Ditsi, the KGB in Tskhinval said."
    assert "South Ossetian" in _found(text)["Georgian saboteurs"]["used_by"]


# --- eleventh-session leftover: thousands of quotations in one text cost no square ------------


def test_a_line_of_thousands_of_quotations_is_classified_in_linear_time():
    import time

    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = "Headline\n\n" + " ".join(f'"w{i % 50}"' for i in range(2000)) + "."
    doc = blank(text)
    t0 = time.perf_counter()
    got = classify(text, doc)
    took = time.perf_counter() - t0
    assert len(got) == 2000 and all(text[q.start] == '"' for q in got)
    assert took < 30, f"{took:.1f} s for 2,000 quotations on one line (was about 100 s)"
