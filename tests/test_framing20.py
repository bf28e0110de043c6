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
