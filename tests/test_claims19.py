"""Nineteenth session, claims: audit 18's speakers and source kinds left open (C4, C5), on fictional sentences with
real places (each positive case failed on ef70160; the negative ones pin the limits)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.model import Article


def _claims(pipe, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, source kind, cue) of each claim of a text dated 2026-11-26."""
    a = pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    by = {s.id: s for s in a.spans}
    return [
        (c.get("speaker"), c.get("source_kind"), by[c["cue"]].text) for c in a.records.get("claims", []) if c.get("cue") in by
    ]


def test_a_quotation_of_two_sentences_is_the_apposed_subjects_before_it(claim_pipe):
    """c1 (C4): 'The governor …, Armando Muianga, visited Macomia … "There is no reason to flee. The FDS …," he said' went
    to the defence minister quoted a paragraph up: the window of the subject person reached only the sentence before
    'he said' (inside the quotation), and a name in apposition to the subject did not count."""
    got = _claims(
        claim_pipe,
        'The defence minister, Paulo Sitoe, said the attack had been repelled. "The enemy fled," he said.\n\n'
        'The governor of Niassa, Rosa Mabunda, visited Lichinga on Wednesday. "There is no reason to flee. The army is '
        'in every village," she said. She said most would return in the coming days.',
    )
    assert got[-2:] == [
        ("The governor of Niassa, Rosa Mabunda", "named_person", "said"),
        ("The governor of Niassa, Rosa Mabunda", "named_person", "said"),
    ]


def test_the_apposed_subject_wins_over_a_later_object_name(claim_pipe):
    """With no speaker before, 'he' took the last PERSON entity, the object 'Beryslav'."""
    got = _claims(
        claim_pipe,
        'The governor of Kherson, Oleksandr Prokudin, visited Beryslav on Monday. "They shelled the hospital. Two '
        'nurses died," he said.',
    )
    assert got == [("The governor of Kherson, Oleksandr Prokudin", "named_person", "said")]


@pytest.mark.parametrize(
    "text",
    [  # a speaker in between keeps the pronoun
        'The defence minister, Ana Rossi, spoke first. The mayor said he was pleased. "We are grateful. Thank you," he said.',
        "The mayor said the bridge was closed. The prosecutor, Ana Rossi, opened an inquiry on Monday. The mayor went "
        'home. "We are grateful. Thank you," he said.',
    ],
)
def test_a_nearer_speaker_or_a_farther_subject_keeps_the_pronoun(claim_pipe, text):
    assert [s for s, _, _ in _claims(claim_pipe, text)] == ["The mayor", "The mayor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # c2 (C5): the name tagged ORG; a leader with 'a' describes one person
            '"The army comes too late," said Sérgio Tomás Alifa, a community leader from Chai. He said at least 300 '
            "people had fled.",
            "Sérgio Tomás Alifa, a community leader from Chai",
        ),
        (  # c1 (C5): the parse joins the name to the place as a conjunct
            "A resident of Chai, Fátima Abdala, 43, said she had hidden in the fields.",
            "A resident of Chai, Fátima Abdala, 43",
        ),
        (  # … or tags the name GPE
            "A resident of Chai, Marta Cossa, 43, said she had hidden in the fields.",
            "A resident of Chai, Marta Cossa, 43",
        ),
    ],
)
def test_described_people_are_named_persons_not_governments(claim_pipe, text, speaker):
    got = _claims(claim_pipe, text)
    assert {(s, k) for s, k, _ in got} == {(speaker, "named_person")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Qatar, a key mediator, said the talks would resume on Monday.", "government"),
        ("Ethiopia, a leader in the region, said the border was open.", "government"),
        ("Hamas, a Palestinian militant group, said its fighters had withdrawn.", "organisation"),
    ],
)
def test_states_and_groups_described_stay_what_they_are(claim_pipe, text, kind):
    assert [k for _, k, _ in _claims(claim_pipe, text)] == [kind]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # g2 (C4): the parse hangs the mother on 'my two sons' and reads 'by telephone' as a passive agent
            '"They took my two sons," a mother from the village, who asked that her name not be published, said by telephone.',
            "a mother from the village",
        ),
        (
            "A mother from the village, who asked that her name not be published, said by telephone that her sons were "
            "shepherds.",
            "A mother from the village",
        ),
        ('"It is over," a farmer near Goris, who gave only his first name, said by phone.', "a farmer near Goris"),
        ("The plan was said by officials to be final.", "officials"),  # a true agent stays
    ],
)
def test_the_means_of_speech_is_no_speaker(claim_pipe, text, speaker):
    assert [s for s, _, _ in _claims(claim_pipe, text)] == [speaker]
