"""Defects the eleventh session's auditor found in the comparison (fictional reports of a
Line-of-Control exchange and of a drone strike in Western Sahara), each with its input."""

from newsprism.compare import compare

from conftest import analyse


def test_a_scare_quote_inside_a_speakers_quotation_is_not_the_outlets():
    """F3: "These 'freedom fighters' are terrorists," he said: the speaker's quotation marks."""
    a = analyse(
        "Infiltration bid foiled\n\nThe army said five militants were killed. \"These 'freedom fighters' are terrorists, "
        'plain and simple," he said.',
        outlet="Himalayan Post",
    )
    b = analyse('Border calm\n\nThe so-called "ceasefire" held on Monday.', outlet="Valley Ledger")
    col_a, col_b = compare([a, b])["articles"]
    assert col_a["scare_quoted"] == [] and col_a["evidence"]["scare_quoted"] == []
    assert col_b["scare_quoted"] == ["ceasefire"]
