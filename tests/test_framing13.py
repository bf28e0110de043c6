"""Thirteenth session (West Bank, Western Tigray / Welkait): each side's labels and loaded words
with the rule for when they are one and when not, whose word a characterisation is, and the
headline layer's own matching of a headline's happening to the body.

Fictional sentences (real places, invented outlets and people); each addition has a near miss
that must keep the old answer.
"""

import pytest

from newsprism.pipeline import Pipeline

from conftest import FIXTURES, analyse, analyse_reports


def _found(text, layers=("framing",)):
    spans = analyse(text, list(layers)).spans_of("framing")
    return {s.text: {**s.attrs, "kind": s.label} for s in spans if s.label in ("label", "loaded")}


# --- Israeli usage: only where the article speaks of Israel or the Palestinians -------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("IDF forces neutralised a terror cell in Nablus overnight.", "terror cell"),
        ("Israeli troops launched a counterterrorism operation in Jenin on Monday.", "counterterrorism operation"),
        ("The army destroyed terror infrastructure in Tulkarm, the Israeli military said.", "terror infrastructure"),
        ("The Hamas terror organization fired rockets at Ashkelon from Gaza.", "terror organization"),
    ],
)
def test_israeli_usage_is_a_label_where_israel_is_the_subject(text, word):
    got = _found(text)[word]
    assert "Israeli army" in got["used_by"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Police in Leeds said a terror cell had planned attacks on railway stations.", "terror cell"),
        ("Kenyan troops began a counterterrorism operation against al-Shabaab near Lamu.", "counterterrorism operation"),
        ("The EU designated Hamas as a terror organization in 2003, Israeli officials noted.", "terror organization"),
    ],
)
def test_the_same_words_elsewhere_or_as_a_designation_are_not_matched(text, word):
    assert word not in _found(text)


# --- Palestinian usage ---------------------------------------------------------------------------


def test_colonists_is_the_palestinian_word_for_settlers():
    got = _found("Colonists torched olive trees near Nablus, the Palestinian village council said.")
    assert got["Colonists"]["kind"] == "label" and "Palestinian" in got["Colonists"]["used_by"]
    got = _found("Settler militias attacked farmers in Burin, south of Nablus.")
    assert got["Settler militias"]["kind"] == "label"


def test_colonists_of_another_history_are_not_a_label():
    assert "colonists" not in _found("British colonists founded the town in Massachusetts in 1630.")
    assert "colonists" not in _found("Israeli historians wrote about British colonists in Kenya.")


def test_martyrs_in_a_religious_history_piece_are_not_a_legitimising_word():
    assert "martyrs" not in _found("The feast of the early Christian martyrs is kept in Bethlehem.")
    got = _found("Seven martyrs were buried in Nablus on Thursday.")
    assert got["martyrs"]["category"] == "legitimising"


@pytest.mark.parametrize(
    "text",
    [
        "What happened in Balata was a massacre.",
        "Gunmen committed a massacre in Adi Goshu, the administration said.",
        "Residents spoke of another massacre in the camp.",
    ],
)
def test_massacre_that_characterises_is_loaded(text):
    assert _found(text)["massacre"]["category"] == "atrocity_rhetoric"


@pytest.mark.parametrize(
    "text",
    [
        "Survivors of the Srebrenica massacre gathered in Potočari.",
        "The massacre shocked the town, and the trial opened a year later.",
        "Relatives marked the anniversary of the October 7 massacre.",
    ],
)
def test_massacre_as_a_reference_or_an_events_name_is_not_matched(text):
    assert "massacre" not in _found(text)


def test_aggression_in_psychology_is_not_loaded():
    assert "aggression" not in _found("Teachers reported passive aggression among pupils in Haifa.")
    assert "aggression" in _found("The ministry condemned the Israeli aggression on Jenin.")


# --- occupied: the UN's and the wires' term for the West Bank, a side's elsewhere ------------------


def test_occupied_west_bank_is_the_wires_term():
    assert not _found("Israeli forces raided a camp in the Israeli-occupied West Bank on Thursday.")
    assert not _found("Settlers attacked a village in occupied East Jerusalem.")
    got = _found("Amhara forces killed 11 returnees in occupied Western Tigray.")
    assert got["occupied"]["voice"] == "outlet"


def test_a_view_held_by_a_named_subject_is_theirs():
    text = "Palestinians and most governments regard the area as occupied territory, which Israel disputes."
    got = _found(text)["occupied"]
    assert got["voice"] == "reported" and got["attributed_to"] == "Palestinians and most governments"
    assert got["characterised_by"] == "regard"
    # nobody holds it: the outlet's own ('is widely regarded as'); the writer's 'we' too
    assert _found("The area is widely regarded as occupied territory.")["occupied"]["voice"] == "outlet"
    assert _found("We regard the area as occupied territory.")["occupied"]["voice"] == "outlet"


# --- Ethiopian usage -----------------------------------------------------------------------------


def test_tplf_junta_and_terrorist_tplf_are_the_ethiopian_governments_labels():
    got = _found("TPLF junta fighters were repelled near Humera; the terrorist TPLF denied it.")
    assert "Ethiopian federal government" in got["TPLF junta"]["used_by"]
    assert "Ethiopian federal government" in got["terrorist TPLF"]["used_by"]


def test_junta_for_a_military_government_is_the_wires_word():
    assert "junta" not in _found("Myanmar's junta bombed a school in Sagaing, witnesses said.")
    assert "junta" not in _found("BAMAKO - The ruling junta extended the transition by five years.")
    assert _found("Russian officials called the Kiev junta illegitimate.")["junta"]["kind"] == "label"


def test_expansionist_forces_and_peoples_militia_are_each_sides_word():
    got = _found("Amhara expansionist forces killed civilians in Western Tigray, Mekelle said.")
    assert "Tigrayan officials" in got["expansionist forces"]["used_by"]
    got = _found("The Fano people's militia repelled the attack on Adi Goshu in Welkait.")
    assert got["people's militia"]["category"] == "legitimising" and "Amhara officials" in got["people's militia"]["used_by"]
    # not in another theatre
    assert "expansionist" not in _found("Beijing's expansionist ambitions worry Manila.")
    assert "people's militia" not in _found("The people's militia of the commune met in Hanoi.")


def test_the_verb_form_of_ethnic_cleansing_is_loaded_too():
    text = "Tigrayan officials said hundreds of thousands of Tigrayans had been ethnically cleansed from Western Tigray."
    got = _found(text)["ethnically cleansed"]
    assert got["category"] == "atrocity_rhetoric"


# --- headline against body: the headline layer's own matching, and words used as its own ---------


@pytest.fixture(scope="module")
def reports():
    got = analyse_reports(
        Pipeline(None),
        FIXTURES / "audit13",
        ("w1_zion_gazette", "w2_karama_voice", "w3_lodestar_wire", "t2_mekelle_monitor", "t3_lodestar_wire"),
    )
    got.update(analyse_reports(Pipeline(None), FIXTURES / "audit12", ("g2_iryston_courier", "k2_sava_chronicle")))
    got.update(analyse_reports(Pipeline(None), FIXTURES / "compare9", ("lebanon_levant_wire",)))
    return got


def _facts(an):
    return [(s.text, s.attrs["speaker"], s.attrs["matched_by"]) for s in an.spans_of("headline", "stated_as_fact")]


def _own_words(an):
    return {s.text: s.attrs["speakers"] for s in an.spans_of("headline", "word_as_own")}


def test_an_unfolded_headline_happening_is_matched_to_the_one_like_event_of_the_lead(reports):
    # audit12 C11: "Kurti's special units storm Zvečan: two Serbs killed" over "Two Serbs were killed …, the Office … said"
    assert _facts(reports["k2_sava_chronicle"]) == [("killed", "the Office for Kosovo", "headline-lead")]
    (s,) = reports["k2_sava_chronicle"].spans_of("headline", "stated_as_fact")
    assert reports["k2_sava_chronicle"].article.text[s.start : s.end] == "killed" and "lead" in s.attrs["why"]
    # audit13 F4: the Tigrayan and the Palestinian outlets' headlines
    assert _facts(reports["t2_mekelle_monitor"]) == [("kill", "the Tigray Interim Administration", "headline-lead")]
    assert _facts(reports["w2_karama_voice"]) == [("storm", "the Palestinian Ministry of Health", "headline-lead")]


def test_another_happening_told_in_the_outlets_voice_does_not_hide_the_finding(reports):
    # w2's own-voice "Settler militias … attacked farmers" in Burin is not the storming of the Balata camp
    events = reports["w2_karama_voice"].records["events"]
    assert any(e["trigger_text"] == "attacked" and not e.get("attributed_to") for e in events)
    assert reports["w2_karama_voice"].summary["headline"]["stated_as_fact"] == 1


def test_two_headline_happenings_on_one_lead_event_are_not_guessed(reports):
    # "Rockets hit northern Israel, Israeli strike kills three" over "Rockets struck Kiryat Shmona …":
    # the Israeli strike is told in the second paragraph, on the Lebanese ministry's word
    assert _facts(reports["lebanon_levant_wire"]) == []


def test_a_headline_word_the_body_has_only_in_someones_speech(reports):
    # audit12 C11: "Tbilisi stages new provocation" over '"another provocation by Tbilisi"', the ministry said
    got = _own_words(reports["g2_iryston_courier"])
    assert any("Ministry of Foreign Affairs" in x for x in got["provocation"])
    assert "Kurti's special units" in _own_words(reports["k2_sava_chronicle"])
    assert _own_words(reports["w2_karama_voice"]) == {
        "colonists": ["the village council", "The Palestinian presidency", "the Ministry of Health"]
    }
    assert set(_own_words(reports["w1_zion_gazette"])) == {"Terrorist", "neutralizes", "terror cell"}
    assert set(_own_words(reports["t2_mekelle_monitor"])) == {"occupied"}


def test_no_headline_finding_for_a_word_the_body_uses_itself_nor_for_the_wires(reports):
    # the Palestinian outlet writes "the funeral procession of the martyrs" itself: its headline's "martyrs" is its own word
    assert "martyrs" not in _own_words(reports["w2_karama_voice"])
    for name in ("w3_lodestar_wire", "t3_lodestar_wire"):
        assert reports[name].spans_of("headline") == [], name


def test_the_panel_shows_the_words_and_whose_they_are(reports):
    from newsprism.render import html_report, terminal

    an = reports["g2_iryston_courier"]
    out = terminal.to_text(an)
    panel = out[out.index("Headline against body") :][:3000]
    assert "provocation" in panel and "Republic of South Ossetia" in panel
    (s,) = [s for s in an.spans_of("headline", "word_as_own") if s.text == "provocation"]
    assert f'data-spans="{s.id} ' in html_report.to_html(an)


def test_a_quoted_characterisation_names_whose_it_is():
    # audit13 w1: 'Palestinian media described the dead as "martyrs"' (the voice stays quoted)
    got = _found('Palestinian media described the dead as "martyrs" and called a strike.')["martyrs"]
    assert got["voice"] == "quoted" and got["attributed_to"] == "Palestinian media" and got["characterised_by"] == "describe"
    assert "Palestinian media's characterisation ('described … as')" in got["why"]
    # a whole sentence quoted is the speaker's speech, not a characterisation given by a subject
    got = _found('"These are lies spread by the junta in Mekelle," said a spokesman in Humera.')["lies"]
    assert got["voice"] == "quoted" and "attributed_to" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in Martyrs' Square in Beirut on Sunday.",
        "The Al-Aqsa Martyrs' Brigades claimed the shooting near Jenin.",
    ],
)
def test_martyrs_in_a_name_with_a_plural_apostrophe_is_the_name(text):
    assert not _found(text)


def test_martyrs_possessive_outside_a_name_is_still_the_writers_word():
    assert _found("Martyrs' families marched in Ramallah.")["Martyrs"]["voice"] == "outlet"


IDLIB = (
    "Regime forces shell Idlib villages\n\nIDLIB, Nov 20 (Free Idlib Voice) - Regime forces shelled three villages "
    "south of Idlib on Wednesday, killing five civilians, the White Helmets said. "
)


def test_a_headline_word_that_is_only_a_generic_head_is_still_a_word():
    text = IDLIB + '"The regime wants to empty the south," a rescuer said.\n'
    an = analyse(text, title=text.split("\n")[0])
    assert _own_words(an) == {"Regime": ["the White Helmets", "a rescuer"]}
    # the outlet says it itself later: its own word
    text = IDLIB + "The regime has shelled the area for weeks.\n"
    an = analyse(text, title=text.split("\n")[0])
    assert _own_words(an) == {}


def test_a_characterisation_cited_inside_a_reported_claim_names_its_giver():
    text = (
        "Tigrayan leaders say the area is occupied and that hundreds of thousands of Tigrayans were expelled "
        "in what the United States has described as ethnic cleansing."
    )
    got = _found(text, ("claim", "framing"))
    assert got["ethnic cleansing"]["attributed_to"] == "Tigrayan leaders" and got["ethnic cleansing"]["voice"] == "reported"
    assert (
        got["ethnic cleansing"]["characteriser"] == "the United States"
        and got["ethnic cleansing"]["characterised_by"] == "describe"
    )
    assert "citing the United States' characterisation ('described … as')" in got["ethnic cleansing"]["why"]
    # the claim's own words stay the speaker's
    assert got["occupied"]["attributed_to"] == "Tigrayan leaders" and "characterised_by" not in got["occupied"]


def test_a_headline_telling_folded_into_an_event_of_another_mode_goes_with_its_own(reports_k1):
    # audit12 k1 "Police officer killed as … terrorists attack patrol": the event layer folds 'killed'
    # into the lead's 'attacked'; the lead has its own 'killed', and 'attack' is then judged too
    an = reports_k1
    got = {s.text: s.attrs for s in an.spans_of("headline", "stated_as_fact")}
    assert got["killed"]["body_trigger"] == "killed" and got["killed"]["matched_by"] == "event-fold-repaired"
    assert got["attack"]["body_trigger"] == "attacked" and got["attack"]["matched_by"] == "headline-lead"


@pytest.fixture(scope="module")
def reports_k1():
    return analyse_reports(Pipeline(None), FIXTURES / "audit12", ("k1_dardania_observer",))["k1_dardania_observer"]


def test_the_community_of_an_israeli_settlement_is_the_israeli_word():
    # geo's reply to the auditor's G7: the place layer marks Israeli settlements (settlement: israeli)
    text = "Two residents of the community of Alon Shvut were lightly hurt near Gush Etzion junction."
    got = _found(text, ("place", "framing"))["community"]
    assert got["category"] == "legitimising" and "Israeli officials" in got["used_by"]
    assert "community" not in _found(text)  # without the place layer nothing tells a settlement
    # a Palestinian community is none
    assert "community" not in _found(
        "Residents of the Bedouin community of Khan al-Ahmar near Jerusalem said soldiers came.", ("place", "framing")
    )
