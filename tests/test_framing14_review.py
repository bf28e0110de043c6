"""Fourteenth-session review of the framing and headline rounds: the same new rules on other
theatres' texts and on innocent uses (fictional sentences, real places). Each case fired on the
round-1 code and did not on the session-start code."""

import pytest

from conftest import analyse


def _framing(text):
    return analyse(text, ["framing"]).spans_of("framing")


def _found(text):
    return {s.text: s.attrs for s in _framing(text) if s.label in ("label", "loaded")}


@pytest.mark.parametrize(
    "text",
    [
        "Cyprus's foreign minister condemned the Russian occupation of Crimea.",
        "Greek Cypriot officials condemned Israel's occupation of the West Bank in Nicosia.",
        "Protesters occupied the square in Nicosia on Sunday.",
    ],
)
def test_the_greek_cypriot_gloss_needs_the_north_named(text):
    # a Cyprus word near 'occupation'/'occupied' is not enough: another country's occupation, a square
    word = next(w for w in _found(text) if w.lower().startswith("occup"))
    assert "Greek Cypriot" not in (_found(text)[word].get("used_by") or "")


def test_the_greek_cypriot_gloss_stays_where_the_north_is_named():
    got = _found("Farmers from the occupied areas crossed at Ledra Street in Nicosia.")["occupied"]
    assert "Greek Cypriot" in got["used_by"]
    got = _found("Turkey has kept its troops in Cyprus since the 1974 occupation, Nicosia says.")["occupation"]
    assert "Greek Cypriot" in got["used_by"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors presented the video as evidence in the Hague trial.",
        "The minister presented the plan as a step toward peace in Khartoum.",
    ],
)
def test_present_as_distances_only_a_self_presentation(text):
    assert not [s for s in _framing(text) if s.label == "distancing"]


def test_presents_itself_as_still_distances():
    (d,) = [
        s for s in _framing("The army presents itself as the guardian of the nation, in Naypyidaw.") if s.label == "distancing"
    ]
    assert d.text == "presents" and d.attrs["scope_text"] == "as the guardian of the nation"


def test_lrc_needs_a_cameroon_word_besides_itself():
    assert "LRC" not in _found("The Lebanese Red Cross (LRC) evacuated the wounded in Tyre.")
    assert "Ambazonian" in _found("LRC soldiers burned ten houses in Babessi, villagers said.")["LRC"]["used_by"]


def test_war_criminals_is_not_the_governments_label():
    assert "criminals" not in _found("Separatist fighters in Bamenda said the soldiers were war criminals.")
    # near miss: the government's word for the fighters keeps its gloss
    got = _found("The governor said the separatist criminals who burned the school in Kumbo would be caught.")
    assert "Cameroonian government" in got["criminals"]["used_by"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian-backed separatists shelled Donetsk; Cameroon's envoy to the UN abstained.",
        "Armenian separatists in Karabakh surrendered their weapons, Bamenda residents watched on TV.",
    ],
)
def test_separatists_of_another_theatre_keep_the_label_beside_a_cameroon_word(text):
    assert _found(text)["separatists"]["category"] == "actor_label"


@pytest.mark.parametrize(
    "text",
    [
        "Anglophone separatists attacked a checkpoint near Bamenda.",
        "The separatists of the North-West region burned a school in Kumbo.",
    ],
)
def test_separatists_in_the_anglophone_conflict_stay_unlabelled(text):
    assert not [w for w in _found(text) if w.lower().startswith("separatist")]


# --- headline: one doer under two ids only for one country's state organs --------------------------

_DPR = (
    "Russian army shells Avdiivka, kills four\n\nKYIV, November 23, 2026 (Dnipro Ledger) - Fighters of the "
    "Donetsk People's Republic killed four civilians in Avdiivka on Monday, Ukrainian officials said.\n"
)
_IDF = (
    "Israel kills three in Gaza strike\n\nGAZA, November 23, 2026 (Jordan Valley Herald) - Israeli troops "
    "killed three people in Khan Younis early on Monday, the Gaza health ministry said.\n"
)


@pytest.mark.parametrize("text, flagged", [(_DPR, False), (_IDF, True)])
def test_a_state_and_its_army_are_one_doer_a_proxy_is_another(text, flagged):
    from newsprism.model import Article
    from newsprism.pipeline import Pipeline

    an = Pipeline(None)(Article(text=text, title=text.split("\n", 1)[0]))
    assert bool(an.spans_of("headline", "stated_as_fact")) is flagged


@pytest.mark.parametrize(
    "text, word, who",
    [
        ("The army called the separatists criminals in Buea.", "criminals", "The army"),
        ("Officials called the fighters terrorists in Bamenda.", "terrorists", "Officials"),
    ],
)
def test_call_the_named_ones_a_name_parsed_as_one_phrase_is_the_callers_word(text, word, who):
    # the parser reads 'the separatists criminals' as one noun phrase; the new 'criminals' label made
    # the army's word the outlet's
    got = _found(text)[word]
    assert got["voice"] == "reported" and got["attributed_to"] == who


def test_a_plural_modifier_without_call_keeps_the_outlets_voice():
    assert _found("The governor met the separatist criminals' families in Buea.")["criminals"]["voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "The interim government of Ambazonia, based abroad, called a lockdown.",
        'The "interim government" of Ambazonia, based abroad, called a lockdown.',
    ],
)
def test_calling_a_lockdown_names_nothing(text):
    # 'call a lockdown/curfew' is declaring one (the Anglophone regions' ghost-town days), like 'call a strike'
    assert not [s for s in _framing(text) if s.label == "distancing"]


def test_a_colonial_power_in_the_of_phrase_is_history():
    assert "colonial army" not in _found("The colonial army of British Cameroons left Buea, separatist historians recall.")
    # near miss: the separatists' label for Cameroon's army keeps its gloss
    got = _found("The colonial army of Yaoundé burned Babessi, Ambazonian fighters said.")
    assert "Ambazonian" in got["colonial army"]["used_by"]
