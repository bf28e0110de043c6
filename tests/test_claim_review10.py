"""Tenth-session review: the session's claims rules tried on new fictional sentences (raised
evidential verbs, pronoun agreement with outlets and companies, lists that are not evidence,
social media, hedges), and the follow-ups routed to the claims layer."""

from __future__ import annotations

import pytest
from test_claim_audit10 import _claims

from newsprism.claims import attribution, speakers
from newsprism.layers import claim as claim_layer

from conftest import analyse


def test_a_raised_display_verb_needs_an_evidence_subject(monkeypatch):
    """ "appeared to show" keeps its subject as the source only when the subject is evidence:
    soldiers who appear to show their cards report nothing."""
    text = "The soldiers appeared to show their identity cards to the guards at the bridge."
    assert all(c[1] is None for c in _claims(analyse(text, ["claim"])))
    monkeypatch.setattr(attribution, "RAISED_DISPLAY_NEEDS_EVIDENCE", False)
    assert [c[1] for c in _claims(analyse(text, ["claim"]))] == ["The soldiers"]


def test_a_raised_display_verb_keeps_an_evidence_subject():
    text = "Satellite images appeared to show craters near the runway of the airport."
    assert [c[1] for c in _claims(analyse(text, ["claim"]))] == ["Satellite images"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Georgia said it would not attend the talks. Nordwind Logistics said profits fell. "
            "They said the harbour strike was to blame.",
            "Nordwind Logistics",
            "organisation",
        ),
        (
            "Georgia said trade fell. The Batumi Evening Star reported that ships were waiting. It said the strike was to blame.",
            "The Batumi Evening Star",
            "media",
        ),
    ],
)
def test_a_company_or_outlet_name_is_no_person(monkeypatch, text, speaker, kind):
    """The tagger calls such names a person: "they"/"it" then skipped them for an earlier speaker."""
    claims = _claims(analyse(text, ["claim"]))
    assert claims[-1][1:3] == (speaker, kind)
    monkeypatch.setattr(speakers, "NAME_ENDINGS", False)
    assert _claims(analyse(text, ["claim"]))[-1][1] != speaker


@pytest.mark.parametrize("text", ["Ceasefire observers said the road was open.", "The Observer said the road was open."])
def test_a_name_ending_alone_is_no_outlet(text):
    assert _claims(analyse(text, ["claim"]))[0][2] != "media"


def _sides(a) -> list[tuple]:
    return [(r.get("speaker"), r.get("side")) for r in a.records.get("claims", []) if r["kind"] != "evidence_withheld"]


def test_a_verb_after_a_semicolon_is_an_act_not_a_cue(monkeypatch):
    """A headline's "…; Azerbaijani army responds" is the army's act: it says nothing."""
    text = "Armenian forces attack army positions in Kalbajar; Azerbaijani army responds"
    assert _claims(analyse(text, ["claim"])) == []
    monkeypatch.setattr(attribution, "SEMICOLON_ACT", False)
    assert [c[3] for c in _claims(analyse(text, ["claim"]))] == ["responds"]


def test_content_before_a_comma_is_still_reported():
    text = "Armenian forces attacked army positions in Kalbajar, the Azerbaijani army said."
    assert [c[3:] for c in _claims(analyse(text, ["claim"]))] == [("said", "Armenian forces attacked army positions in Kalbajar")]


def test_a_speaker_that_names_its_side_has_that_side(monkeypatch):
    """No actor found for "The Azerbaijani ministry" (the tagger calls "Azerbaijani" a person): the
    demonym in the speaker's own words gives the side; an unqualified ministry gets none of its own
    (thirteenth session: after 'The Azerbaijani ministry' it is that ministry, and takes its side)."""
    text = "The Azerbaijani ministry denied that its forces had opened fire first. The ministry said the talks would resume."
    assert _sides(analyse(text, ["claim"])) == [("The Azerbaijani ministry", "azerbaijani"), ("The ministry", "azerbaijani")]
    alone = "The ministry said the talks would resume."
    assert _sides(analyse(alone, ["claim"])) == [("The ministry", None)]
    monkeypatch.setattr(speakers, "NAMED_SIDE", False)
    assert _sides(analyse(text, ["claim"])) == [("The Azerbaijani ministry", None), ("The ministry", None)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The rebels still hold the town of Sake, the Goma Herald has learned.", "The rebels still hold the town of Sake"),
        ("The Goma Herald has learned that the rebels still hold the town.", "that the rebels still hold the town"),
    ],
)
def test_an_outlet_that_has_learned_attributes(monkeypatch, text, content):
    assert _claims(analyse(text, ["claim"])) == [("reported_speech", _outlet(text), "media", "learned", content)]
    monkeypatch.setattr(attribution, "OUTLET_LEARNED", False)
    assert _claims(analyse(text, ["claim"])) == []


def _outlet(text: str) -> str:
    return "The Goma Herald" if text.startswith("The Goma") else "the Goma Herald"


def test_someone_who_has_learned_is_no_source():
    assert _claims(analyse("Students have learned that the exam was cancelled on Monday.", ["claim"])) == []


def test_the_speakers_second_verb_is_the_speakers(monkeypatch):
    """The parse hangs "accused" on "had struck" inside the M23's words: drones do not accuse."""
    text = "The M23 said that army drones had struck a market in Sake, and accused the government of targeting civilians."
    claims = _claims(analyse(text, ["claim"]))
    assert [(c[1], c[3], c[4]) for c in claims] == [
        ("The M23", "said", "that army drones had struck a market in Sake"),
        ("The M23", "accused", "the government of targeting civilians"),  # the charge is the M23's words too (audit 12)
    ]
    monkeypatch.setattr(attribution, "SPEAKER_SECOND_VERB", False)
    assert [c[1] for c in _claims(analyse(text, ["claim"]))] == ["The M23", "army drones"]


def test_a_shared_auxiliary_keeps_the_clause_together():
    """ "had struck and killed": both verbs are the drones' (one auxiliary), no second act."""
    text = "The M23 said that army drones had struck a market and killed five traders in Sake."
    assert [c[3] for c in _claims(analyse(text, ["claim"]))] == ["said"]


def _withheld(a) -> list[str]:
    return [a.span(r["evidence"]).text for r in a.records.get("claims", []) if r["kind"] == "evidence_withheld"]


def test_none_of_which_that_depicts_withholds_nothing(monkeypatch):
    """ "none of which show the suspect": the footage is shown; it just does not show him."""
    from newsprism.claims import withheld

    text = "The police have released footage and photographs, none of which show the suspect."
    assert _withheld(analyse(text, ["claim"])) == []
    monkeypatch.setattr(withheld, "NONE_DEPICTS", False)
    assert _withheld(analyse(text, ["claim"])) == ["footage", "photographs"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had tanks, trucks and jeeps, none of which moved during the night.",
        "The militia says it holds dozens of prisoners, none of which it released on Tuesday.",
        "The rebels said they had captured tanks, trucks and jeeps, none of which they have shown.",
    ],
)
def test_a_list_that_is_not_evidence_withholds_nothing(text):
    assert _withheld(analyse(text, ["claim"])) == []


def test_a_list_still_withholds_each_item():
    text = "The ministry says it has footage, photographs and intercepted calls, none of which it has released."
    assert _withheld(analyse(text, ["claim"])) == ["footage", "photographs", "intercepted calls"]


@pytest.mark.parametrize(
    "text",
    [
        "The police have released footage and photographs, none of which show the suspect.",
        "The rebels released a dozen images on Monday, none of which they have shown to the court.",
    ],
)
def test_a_relative_remnant_is_no_claim(monkeypatch, text):
    assert _claims(analyse(text, ["claim"])) == []
    monkeypatch.setattr(attribution, "RELATIVE_REMNANTS", False)
    assert _claims(analyse(text, ["claim"])) != []


def test_a_second_verb_that_is_no_claim_stays_in_the_clause():
    """ "…, and rejected rebel claims …" forms no claim of its own: cutting it would lose it."""
    text = (
        "The FARDC said that M23 rebels had shelled a market near Sake, and rejected rebel claims that army drones had struck it."
    )
    assert _claims(analyse(text, ["claim"]))[0][4].endswith("army drones had struck it")


def test_a_stance_prefix_names_no_side():
    a = analyse("Anti-Russian protesters said the election was rigged.", ["claim"])
    assert _sides(a) == [("Anti-Russian protesters", None)]


def _hedges(a) -> list[str]:
    return [s.attrs["why"] for s in a.spans_of("claim") if s.label == "hedged"]


def test_a_hedge_inside_reported_words_says_so(monkeypatch):
    text = "Officials said the letter was difficult to read and is thought to be a forgery."
    assert _hedges(analyse(text, ["claim"]))[0].startswith("a hedge inside reported words")
    monkeypatch.setattr(claim_layer, "HEDGE_IN_REPORT", False)
    assert _hedges(analyse(text, ["claim"]))[0].startswith("reported without saying who reports it")
    assert _hedges(analyse("The letter is thought to be a forgery, and nobody has seen it.", ["claim"]))[0].startswith(
        "reported without saying"
    )


def test_a_country_word_inside_a_name_names_no_side():
    """ "Chad Bown" is a person, not Chad (read on PolNeAR dev: the side was "td")."""
    a = analyse("Chad Bown, an expert on trade, said the tariffs would hurt farmers.", ["claim"])
    assert _sides(a) == [("Chad Bown, an expert on trade", None)]
