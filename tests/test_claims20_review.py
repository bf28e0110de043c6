"""Twentieth session, review of the claim layer's round-1 figure-kind rules (96731f8 MEMBERS_OF_ARMED_GROUP, b80cce5
OTHERS_OF_THE_SAME) with fictional sentences from other theatres (real places). Each fix's test failed before it."""

from __future__ import annotations

import pytest

from conftest import figure_rows


def _kinds(pipe, text: str) -> dict[str, str]:
    return {t: v for _, v, _, t in figure_rows(pipe, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Two members of the Hamas political bureau were killed in an Israeli strike in Doha on Tuesday, the group said.",
        "Twelve members of the M23 political wing were arrested in Goma, the army said.",
    ],
)
def test_members_of_an_armed_groups_civil_body_are_not_fighters(claim_pipe, text):
    """'members of <armed group>' are fighters (96731f8), but not the members of its political bureau or wing."""
    assert set(_kinds(claim_pipe, text).values()) == {"people"}


@pytest.mark.parametrize(
    "text",
    [
        "Two members of Hamas's armed wing were killed in a strike near Rafah, the army said.",
        "Three members of Hezbollah were killed in a strike near Tyre on Monday, the Lebanese army said.",
        "Nine members of the Wagner group were killed near Kidal, the army said.",
    ],
)
def test_members_of_an_armed_group_stay_fighters(claim_pipe, text):
    assert set(_kinds(claim_pipe, text).values()) == {"fighters"}


def test_others_in_a_clause_of_another_incident_do_not_take_the_first_counts_kind(claim_pipe):
    """b80cce5: 'N others' after a count of another kind take that kind — not across ', while in Beni …'."""
    kinds = _kinds(
        claim_pipe, "One policeman was killed in Bunia on Monday, while in Beni 14 others died in floods, officials said."
    )
    assert kinds == {"One policeman": "police", "14 others": "people"}


def test_others_joined_to_the_first_count_take_its_kind(claim_pipe):
    kinds = _kinds(
        claim_pipe, "A Ukrainian soldier was killed and two others were wounded in shelling near Kupiansk, the army said."
    )
    assert kinds["two others"] == "military"


def _claims(pipe, text: str) -> list[tuple[str, str]]:
    from newsprism.model import Article

    a = pipe(Article(text=text))
    by_id = {s.id: s for s in a.spans}
    return [(c.get("speaker"), by_id[c["content"]].text) for c in a.records.get("claims", []) if c.get("content") in by_id]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "According to the port authority, which cited staff, the fire was put out by morning.",
            [("the port authority", "the fire was put out by morning")],
        ),
        (
            "The health ministry, citing doctors, said 14 people were killed in Rafah.",
            [("The health ministry", "14 people were killed in Rafah")],
        ),
        (
            "The agency cited two officials as saying that troops had withdrawn from Kherson.",
            [("The agency", "that troops had withdrawn from Kherson")],
        ),
    ],
)
def test_whom_a_speaker_cites_is_no_claim(claim_pipe, text, claims):
    """'cite' with a source noun as its object names whom the speaker relies on: the content was 'staff' / 'doctors'."""
    assert _claims(claim_pipe, text) == claims


def test_a_cited_report_with_its_clause_stays_a_claim(claim_pipe):
    text = "The army cited intelligence reports that rebels were massing near Goma."
    assert _claims(claim_pipe, text) == [("The army", "intelligence reports that rebels were massing near Goma")]
