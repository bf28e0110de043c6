"""The headline layer, twentieth session (audit 19 F4): a headline that states one side's account as fact where the
event layer left the body's telling unattributed but the claim layer reads its speaker ('Ukrainian drones struck …,
setting several tanks on fire, a source in the SBU told …'), and a headline's second happening after ' as ' that the
parser read as a noun ('… as colonial military burns villages'), told later in the body on one witness's word; not
on a body that tells it in the outlet's own voice, nor on officials of both sides. Fictional reports, real places."""

from __future__ import annotations

import pytest

from conftest import analyse

LAYERS = ["place", "claim", "event", "framing", "headline"]


def _stated(text: str):
    an = analyse(text, LAYERS, title=text.split("\n", 1)[0])
    return an, an.spans_of("headline", "stated_as_fact")


def test_a_strike_told_only_by_an_anonymous_source():
    text = (
        "Drones hit fuel depot in occupied Feodosia\n\nKYIV, 25 November 2026 (Dnipro Herald) — Ukrainian drones struck "
        "a fuel depot in the temporarily occupied city of Feodosia in Crimea on Tuesday night, setting several tanks on "
        "fire, a source in the Security Service of Ukraine (SBU) told Dnipro Herald on Wednesday.\n\nThe Russian-installed "
        "head of Crimea said only debris had fallen on the site.\n"
    )
    _, (s,) = _stated(text)
    assert s.text == "hit" and s.start == text.index("hit")
    assert s.attrs["speaker"] == "a source in the Security Service of Ukraine (SBU)" and s.attrs["cue"] == "told"
    assert s.attrs["speaker_span"] is not None


def test_the_same_strike_in_the_outlets_own_voice_is_no_finding():
    text = (
        "Drones hit fuel depot in occupied Feodosia\n\nKYIV, 25 November 2026 (Dnipro Herald) — Ukrainian drones struck "
        "a fuel depot in the temporarily occupied city of Feodosia in Crimea on Tuesday night, setting several tanks on "
        "fire. A source in the Security Service of Ukraine (SBU) told Dnipro Herald the strike had been planned for "
        "weeks.\n"
    )
    assert not _stated(text)[1]


P2 = (
    "Rebels say they killed four soldiers in Nduga as army burns villages\n\nJAYAPURA, 24 November 2026 (Baliem "
    "Ledger) — The West Papua National Liberation Army said on Sunday that its fighters had shot dead four soldiers in "
    'Nduga.\n\n"They were spies," its spokesman said.\n\nSince Sunday, Indonesian troops have burned at least 30 '
    "houses in Mbua and neighbouring villages, according to a local pastor.\n"
)


def test_a_second_clause_read_as_a_noun_is_judged_against_the_body():
    an, (s,) = _stated(P2)
    assert s.text == "burns" and s.start == P2.index("burns")
    assert s.attrs["speaker"] == "a local pastor" and s.attrs["body_trigger"] == "burned"
    assert "of the body" in s.attrs["why"]
    (burns,) = [e for e in an.records["events"] if e["trigger_text"] == "burns"]
    assert (burns["event_type"], burns["mode"]) == ("ASSAULT", "arson")


def test_a_quoted_word_before_the_second_clause_does_not_hide_it():
    """The quotation test read the clause's offsets in the whole line: '"spies"' before ' as' made 'burns' quoted."""
    text = P2.replace("killed four soldiers", 'killed four "spies"', 1)
    (s,) = _stated(text)[1]
    assert s.text == "burns"


@pytest.mark.parametrize(
    "body",
    [
        # the outlet's own telling of the shelling
        "On Sunday, the army shelled two villages near the Line of Control, damaging houses. Villagers said two "
        "children were hurt.",
        # the second clause's happening is denied, not told
        "The army denied that its troops had shelled villages near the Line of Control.",
    ],
)
def test_a_second_clause_the_body_does_not_attribute(body):
    text = (
        "Police detain 12 as army shells villages in Kashmir\n\nSRINAGAR, 24 November 2026 (Jhelum Ledger) — Police "
        f"detained 12 young men in Sopore on Monday after protests over a killing.\n\n{body}\n"
    )
    assert not [s for s in _stated(text)[1] if s.text == "shells"]


def test_a_second_clause_told_by_villagers_only():
    text = (
        "Police detain 12 as army shells villages in Kashmir\n\nSRINAGAR, 24 November 2026 (Jhelum Ledger) — Police "
        "detained 12 young men in Sopore on Monday after protests over a killing.\n\nOn Sunday, the army shelled two "
        "villages near the Line of Control, damaging houses, villagers told the Jhelum Ledger.\n"
    )
    (s,) = [s for s in _stated(text)[1] if s.text == "shells"]
    assert s.attrs["speaker"] == "villagers"


@pytest.mark.parametrize("who", ["officials on both sides", "both sides", "officials of both countries"])
def test_officials_of_both_sides_are_no_one_sides_account(who):
    text = (
        "Peacekeepers hurt in clash at Abyei checkpoint\n\nABYEI, 24 November 2026 (Sahel Ledger) — Two peacekeepers "
        f"were injured on Sunday in a clash with armed youths at a checkpoint north of Abyei town, {who} said.\n"
    )
    assert not _stated(text)[1]


def test_officials_of_one_side_still_flag():
    text = (
        "Peacekeepers hurt in clash at Abyei checkpoint\n\nABYEI, 24 November 2026 (Sahel Ledger) — Two peacekeepers "
        "were injured on Sunday in a clash with armed youths at a checkpoint north of Abyei town, Sudanese officials said.\n"
    )
    (s,) = _stated(text)[1]
    assert s.attrs["speaker"] == "Sudanese officials"


def test_a_speaker_inside_a_denial_is_no_speaker():
    """Twentieth-session review: the claim layer reads 'Ukrainian drones' as the speaker of the denier's 'saying …', and
    the event layer reads 'shot down' as an attack: round 1's claim holders made the headline's 'hit' stated on
    'Ukrainian drones'' word. What a denier rejects holds no speaker of its own; the denier's own telling still counts."""
    text = (
        "Drones hit fuel depot in Feodosia\n\nMOSCOW, 25 November 2026 (Volga Wire) — Russia's defence ministry denied "
        "that Ukrainian drones struck a fuel depot in Feodosia on Tuesday night, saying all 20 had been shot down over "
        "the Black Sea.\n"
    )
    assert not _stated(text)[1]


def test_a_claim_inside_another_claim_is_still_the_inner_speakers():
    text = (
        "Troops kill three in Kupwara\n\nSRINAGAR, 25 November 2026 (Valley Desk) — The police chief said that villagers "
        "had claimed troops killed three men in Kupwara on Monday, setting their house on fire, but the army said the men "
        "were militants killed in a gunfight.\n"
    )
    _, (s,) = _stated(text)
    assert s.text == "kill" and s.attrs["speaker"] == "villagers" and s.attrs["body_trigger"] == "killed"


@pytest.mark.parametrize(
    "lead",
    [
        "Dnipro Herald has confirmed that Ukrainian drones struck a fuel depot in Feodosia on Tuesday night",
        "Both Kyiv and Moscow said Ukrainian drones struck a fuel depot in Feodosia on Tuesday night",
    ],
)
def test_the_outlets_own_finding_and_both_sides_telling_are_no_sides_account(lead):
    """Twentieth-session review: the speaker was the reporting outlet itself (named in its dateline), or two speakers
    'both … and …' telling the strike together: neither is one side's account stated as fact."""
    text = (
        f"Drones hit fuel depot in Feodosia\n\nKYIV, 25 November 2026 (Dnipro Herald) — {lead}, setting several tanks on fire.\n"
    )
    assert not _stated(text)[1]


def test_another_outlets_word_is_still_a_speakers():
    text = (
        "Drones hit fuel depot in Feodosia\n\nKYIV, 25 November 2026 (Dnipro Herald) — Ukrainian drones struck a fuel "
        "depot in Feodosia on Tuesday night, setting several tanks on fire, the Ukrainska Pravda news site reported, "
        "citing a source in the SBU.\n"
    )
    _, found = _stated(text)
    assert [s.text for s in found] == ["hit"]
