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


def _cell(ids: dict[str, str]) -> dict:
    return {
        "triggers": ["event-1"],
        "actor_sides": [],
        "actor_ids": sorted(ids),
        "actor_names": ids,
        "modalities": {"asserted": 1},
        "denied": [],
        "initiator": None,
    }


def test_an_institution_of_no_known_country_disputes_nobody_and_names_are_shown():
    """C8: 'The Foreign Office' (institution:…, no country) and Pakistan's foreign ministry made a
    'disputed actor', shown with raw knowledge-base ids."""
    from newsprism.compare_events import collisions
    from newsprism.render.comparison import _markers

    same = collisions(
        {
            "a": _cell({"institution:ministry-of-foreign-affairs": "The Foreign Office"}),
            "b": _cell({"pk:ministry-of-foreign-affairs": "Pakistan's foreign ministry"}),
        }
    )
    assert [m["marker"] for m in same] == []
    (m,) = collisions(
        {
            "a": _cell({"pk:ministry-of-foreign-affairs": "Pakistan's foreign ministry"}),
            "b": _cell({"in:ministry-of-external-affairs": "India's Ministry of External Affairs"}),
        }
    )
    assert m["marker"] == "disputed_actor" and m["basis"] == "ids"
    shown = _markers({"markers": [m]}, {"a": "Karakoram Post", "b": "Himalayan Post"})
    assert (
        shown
        == "disputed actor (Karakoram Post: Pakistan's foreign ministry; Himalayan Post: India's Ministry of External Affairs)"
    )


def _shot(side: str, basis: str) -> dict:
    return {
        "triggers": ["event-1"],
        "actor_sides": [side],
        "actor_ids": [],
        "actor_names": {},
        "modalities": {"asserted": 1},
        "denied": [],
        "initiator": {"sides": [side], "basis": [basis], "accounts": []},
    }


def test_two_reports_that_each_name_an_unprovoked_first_shot_dispute_who_started_it():
    """C11: k1 'Pakistan Army opened unprovoked fire' (at Uri), k2 'Indian troops resorted to
    unprovoked firing' (in the Neelum valley), one dated row: each tells only the other side's
    fire, placed apart, so no marker showed the core dispute."""
    from newsprism.compare_events import collisions

    cells = {"k1": _shot("pakistani", "initiation_cue"), "k2": _shot("indian", "initiation_cue")}
    (m,) = collisions(cells, dated=True)
    assert m["marker"] == "disputed_initiator" and m["by_article"] == {"k1": ["pakistani"], "k2": ["indian"]}
    # not from the mere order of telling or the only side that fires, and not on a row matched by place alone
    assert collisions({"k1": _shot("pakistani", "sole_doer"), "k2": _shot("indian", "initiation_cue")}, dated=True) == []
    assert "disputed_initiator" not in [m["marker"] for m in collisions(cells, dated=False)]


def test_an_exchange_of_fire_names_nobody_who_fired_first():
    """C10: 'Indian and Pakistani troops exchanged heavy fire …, killing at least four civilians'
    gave the wire the initiator 'pakistani' (the only side the actor layer read, as the only side
    that fires; the 'killing' has the same doers)."""
    a = analyse(
        "Exchange of fire\n\nSRINAGAR, Oct 12, 2026 (Compass Newswire) - Indian and Pakistani troops exchanged heavy fire "
        "across the Line of Control near Uri on Sunday night, killing at least four civilians, officials said.",
        outlet="Compass Newswire",
    )
    cells = [c for e in compare([a, a])["shared_events"] for c in e["articles"].values() if c["triggers"]]
    assert cells and all(c["initiator"] is None for c in cells)


def test_two_sides_in_one_doers_phrase_are_both_doers():
    """Events follow-up (E19): 'Indian and Pakistani troops shelled posts …' — the event layer's
    actor.also gives the second side; the cell lists both and names nobody as the first to fire."""
    a = analyse(
        "Shelling\n\nSRINAGAR, Oct 12, 2026 (Compass Newswire) - Indian and Pakistani troops shelled posts near Uri on "
        "Sunday night, officials said.",
        outlet="Compass Newswire",
    )
    cells = [c for e in compare([a, a])["shared_events"] for c in e["articles"].values() if c["triggers"]]
    assert cells and all(c["actor_sides"] == ["indian", "pakistani"] and c["initiator"] is None for c in cells)
