"""Thirteenth-session review, claims: the names each side gives a place in a relative clause are no
speech (audit 13 C7 rest)."""

from __future__ import annotations

from newsprism.model import Article


def test_the_names_two_sides_give_an_area_are_no_claims(pipeline):
    text = (
        "Clashes in Western Tigray\n\n"
        "ADDIS ABABA, Nov 25, 2026 (Lodestar Wire) - At least 14 people were killed in a village in the "
        "disputed area that Tigrayans call Western Tigray and Amhara call Welkait, officials said."
    )
    an = pipeline(Article(text=text, outlet="Lodestar Wire"))
    speakers = [c.get("speaker") for c in an.records["claims"]]
    # 'that' read as the relative clause's mark: 'Tigrayans' was a speaker of 'Western Tigray'
    assert "Tigrayans" not in speakers and "Amhara" not in speakers
    assert any(s and "officials" in s for s in speakers)
