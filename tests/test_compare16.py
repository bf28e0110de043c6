"""Sixteenth session, comparison: audit 15 C2 (the Las Anod fighters' dead, 37 per Somaliland against
six per SSC-Khaatumo, were not set against each other), on fictional reports from the same theatre
(fictional outlets, real places; each test failed on 154ecae)."""

from __future__ import annotations

import pytest

from newsprism.compare import compare
from newsprism.model import Article
from newsprism.render.comparison import _dispute_text

_WIRE = (
    "Fighting flares near Buuhoodle\n\n"
    "BUUHOODLE, Somalia, Nov. 26, 2026 (The Horn Dispatch) — Fighting between Somaliland's army and "
    "SSC-Khaatumo forces flared again near Buuhoodle, officials said on Wednesday.\n\n"
    "Somaliland, which declared independence from Somalia in 1991 but is not internationally recognised, said "
    "its troops had repelled an attack near the village of Qorilugud, killing 25 fighters.\n\n"
    "SSC-Khaatumo, a clan-based administration recognised by Mogadishu, gave a very different account. Its "
    "information minister said that four of its fighters had died. It said its forces had captured nine "
    "Somaliland soldiers.\n\n"
    "Somaliland accused its rival of breaking a truce agreed by elders.\n"
)
_LOCAL = (
    "Four martyred near Qorilugud\n\n"
    "LAASCAANOOD, 26 November 2026 (The Sool Courier) – SSC-Khaatumo forces repelled an offensive by the "
    "secessionist militia near Qorilugud, the state's information minister said. Four of our fighters were "
    "martyred.\n\n"
    "He dismissed Hargeisa's claim that 25 SSC-Khaatumo fighters had been killed as a fantasy. "
    '"We are not fighting the people of Hargeisa," he said.\n'
)


@pytest.fixture(scope="module")
def reports(pipeline):
    return pipeline(Article(text=_WIRE, outlet="The Horn Dispatch")), pipeline(Article(text=_LOCAL, outlet="The Sool Courier"))


def test_a_wire_giving_both_sides_counts_makes_them_disputed(reports):
    wire, local = reports
    table = compare([wire, local])["casualty_figures"]
    killed = [r for r in table["rows"] if (r["outcome"], r["victims"]) == ("killed", "fighters")]
    # the wire's 25 was left out: '1991' in the relative clause before it dated the sentence to another year
    assert any(e["text"] == "25 fighters" for r in killed for e in r["by_article"].get(wire.article.id, []))
    found = [d for d in table["disputes"] if d["marker"] == "sides_differ"]
    assert len(found) == 1 and found[0]["told_by_both_in"] == [wire.article.id]
    values = [sorted({e["value"] for v in part["by_article"].values() for e in v}) for part in found[0]["counts"]]
    assert sorted(values) == [[4.0, 25.0], [25.0]]  # the local report's rejected 25 of Hargeisa's sits beside its 4
    text = _dispute_text(found[0], {wire.article.id: "The Horn Dispatch", local.article.id: "The Sool Courier"})
    assert "both sides' counts in The Horn Dispatch" in text and "on one day" not in text


def test_the_owner_of_a_claim_is_no_place_of_its_figure(reports):
    _, local = reports
    fig = next(f for f in local.records["figures"] if f["text"] == "25 SSC-Khaatumo fighters")
    assert fig["places"] == []  # was Hargeisa: "Hargeisa's claim that 25 … had been killed"


def test_its_minister_speaks_for_the_body_that_opens_the_paragraph(reports):
    wire, _ = reports
    by = {c["speaker"]: c for c in wire.records["claims"] if c.get("speaker")}
    assert (by["Its information minister"]["side"], by["Its information minister"]["source_kind"]) == (
        "ssc_khaatumo",
        "government",
    )
    # 'Somaliland, which declared independence …, said' had no actor span: the same name elsewhere says whose
    first = next(c for c in wire.records["claims"] if c.get("speaker") == "Somaliland")
    assert (first["side"], first["source_kind"]) == ("somaliland", "government")
    # 'It said …' after the minister: the body, not its minister
    captured = next(c for c in wire.records["claims"] if c.get("resolved_from") == "It")
    assert captured["speaker"] == "SSC-Khaatumo"


_HELD_ONE = (
    "One held at Lachin crossing\n\n"
    "BAKU, November 26, 2026 (The Caspian Ledger) — Azerbaijan's State Border Service said only one person was "
    "detained at the crossing near Lachin.\n"
)
_HELD_FOUR = (
    "Four Armenians held\n\n"
    "YEREVAN, November 26, 2026 (The Ararat Courier) — Armenia's National Security Service said four people in all "
    "are now being held near Lachin.\n"
)


def test_two_sides_counts_in_one_row_are_a_finding(pipeline):
    """Audit 16 C1: x1's four held (Moldova's Bureau) against x2's one (Tiraspol's ministry) were one row with no
    mark: two sides' speakers never make a row 'differ', and no finding said the sides' counts differ."""
    one = pipeline(Article(text=_HELD_ONE, outlet="The Caspian Ledger"))
    four = pipeline(Article(text=_HELD_FOUR, outlet="The Ararat Courier"))
    table = compare([one, four])["casualty_figures"]
    found = [d for d in table["disputes"] if d["marker"] == "sides_differ" and d.get("same_row")]
    assert len(found) == 1 and found[0]["outcome"] == "detained"
    values = sorted(sorted(e["value"] for v in part["by_article"].values() for e in v) for part in found[0]["counts"])
    assert values == [[1.0], [4.0]]
