"""Thirteenth session, claims: the auditor's follow-ups (audit 13: West Bank, Western Tigray)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse


def _figures(sentence: str) -> list[tuple[float, str, str, str]]:
    a = analyse("Report\n\n" + sentence, ["claim"], published=dt.date(2026, 11, 25))
    return [(f["value"], f["outcome"], f["victims"], f["text"]) for f in a.records.get("figures", [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fourteen infiltrators were killed and six were captured alive, the colonel said.",
            [(14, "killed", "fighters", "Fourteen infiltrators"), (6, "detained", "fighters", "six")],
        ),
        (
            "Five terrorists were neutralized in an exchange of fire and eight wanted suspects were arrested, the army said.",
            [(5, "killed", "fighters", "Five terrorists"), (8, "detained", "people", "eight wanted suspects")],
        ),
        (
            "Three members of the militia lost their lives in the fighting and five civilians were wounded, officials said.",
            [(3, "killed", "fighters", "Three members"), (5, "wounded", "civilians", "five civilians")],
        ),
        ("Two residents of the community of Alon Shvut were lightly hurt.", [(2, "wounded", "civilians", "Two residents")]),
        ("More than 2,000 people had fled the area, the agency said.", [(2000, "displaced", "people", "2,000 people")]),
    ],
)
def test_audit13_figures_missing_before(sentence, expected):
    """Audit 13 C1: no figure for infiltrators, 'neutralized', suspects, 'lost their lives',
    'hurt', 'fled'."""
    assert _figures(sentence) == expected


def test_lose_without_lives_is_no_figure():
    assert _figures("Three members of the militia lost their homes in the fighting.") == []


def _claims(sentence: str) -> list[tuple[str | None, str | None, str]]:
    a = analyse("Report\n\n" + sentence, ["claim"], published=dt.date(2026, 11, 25))
    by_id = {s.id: s for s in a.spans}
    return [
        (c.get("speaker"), c.get("source_kind"), by_id[c["cue"]].text)
        for c in a.records.get("claims", [])
        if c.get("cue") in by_id
    ]


def test_a_shopkeeper_at_a_place_is_anonymous_whatever_follows():
    """Audit 12 C7: the relative clause after the speaker (', who gave only her first name, Drita')
    was read as where she is, so the place test failed and Mitrovica made her 'government'."""
    got = _claims(
        '"We heard shooting for hours. Nobody slept," said a shopkeeper in the southern part of Mitrovica, '
        "who gave only her first name, Drita."
    )
    assert got == [("a shopkeeper in the southern part of Mitrovica", "anonymous", "said")]


def test_a_un_agency_is_no_news_agency():
    """Audit 13 C6: 'agency' made any agency media."""
    assert _claims("The UN humanitarian agency OCHA said 40 homes were demolished this year.") == [
        ("The UN humanitarian agency OCHA", "organisation", "said")
    ]
    assert _claims("The state news agency said 40 homes were demolished.")[0][1] == "media"


def test_colonists_attacking_farmers_is_no_speech():
    """Audit 13 C7: 'attacked' with people as its object and settlers as doers was a speech cue."""
    assert _claims("Colonists from the illegal Yitzhar settlement attacked farmers near Nablus.") == []
    assert _claims("Settlers attacked shepherds near Hebron.") == []
    assert _claims("The minister attacked the government's plan.")[0][2] == "attacked"


def test_a_militia_defending_a_place_is_no_speech():
    """Audit 13 C11: 'The Fano, a people's militia, defended Adi Goshu heroically' was reported
    speech by 'The Fano, a people's militia'; a minister defending a decision still speaks."""
    assert _claims("The Fano, a people's militia, defended Adi Goshu heroically.") == []
    assert _claims("Militiamen defended the village against the attackers.") == []
    assert _claims("The minister defended the decision to close the crossing.")[0][2] == "defended"


def test_four_arrested_without_were_is_a_figure():
    """Audit 12 C3: '… three attackers were killed and four arrested' gave no figure for the four."""
    assert _figures("Police said three attackers were killed and four arrested after a standoff near Banjska.") == [
        (3, "killed", "fighters", "three attackers"),
        (4, "detained", "fighters", "four"),
    ]
    assert _figures("Two soldiers were killed and four militants fled.") == [(2, "killed", "military", "Two soldiers")]


def test_a_day_after_starts_another_incidents_clause():
    """Audit 13 C8: 'killed at least five Palestinians during a raid on the Balata refugee camp …, a
    day after a Palestinian driver rammed his car into a bus stop … south of Jerusalem, wounding an
    Israeli soldier': the five were placed at Jerusalem too and the soldier at Balata."""
    text = (
        "Report\n\nIsraeli forces killed at least five Palestinians during a raid on the Balata refugee camp near "
        "Nablus on Wednesday, a day after a Palestinian driver rammed his car into a bus stop at a junction south of "
        "Jerusalem, wounding an Israeli soldier."
    )
    a = analyse(text, ["place", "claim"], published=dt.date(2026, 11, 26))
    by_id = {s.id: s for s in a.spans}
    places = {f["text"]: {by_id[p].text for p in f["places"]} for f in a.records["figures"]}
    assert "Jerusalem" not in places["five Palestinians"] and "Nablus" in places["five Palestinians"]
    assert "Jerusalem" in places["an Israeli soldier"] and "Nablus" not in places["an Israeli soldier"]


def test_where_the_speaker_spoke_is_not_where_the_dead_were():
    """Audit 13 C2: '…, said Colonel Demeke Alemu, …, speaking to reporters in Humera on Tuesday'
    placed t1's fourteen infiltrators at Humera (so they never met the Adi Goshu dead)."""
    text = (
        "Report\n\nFourteen infiltrators were killed and six were captured alive, said Colonel Demeke Alemu, "
        "the head of security of the zone, speaking to reporters in Humera on Tuesday."
    )
    a = analyse(text, ["place", "claim"], published=dt.date(2026, 11, 25))
    assert [(f["text"], f["places"]) for f in a.records["figures"]] == [("Fourteen infiltrators", []), ("six", [])]
    b = analyse("Report\n\nTwo soldiers were killed in Humera on Tuesday, the colonel said.", ["place", "claim"])
    assert len(b.records["figures"][0]["places"]) == 1


def test_others_are_a_figure_but_no_rival_count():
    """Audit 13 C1: '23 others injured' and '17 other people were wounded' were no figures ('other'
    kept the count out of the consistency check and so out of the figures); they are figures now,
    still never compared with the first count."""
    assert _figures("Seven Palestinians were martyred and 23 others injured in the raid, the ministry said.") == [
        (7, "killed", "people", "Seven Palestinians"),
        (23, "wounded", "people", "23 others"),
    ]
    a = analyse("Report\n\nFour people were killed on Monday. Later, 17 other people were killed.", ["claim"])
    assert [f["value"] for f in a.records["figures"]] == [4, 17]
    assert a.records.get("consistency", []) == []
    b = analyse("Report\n\nFour people were killed on Monday. Later, 17 people were killed on Monday.", ["claim"])
    assert [c["kind"] for c in b.records["consistency"]] == ["count_conflict"]  # the check still runs


def test_the_ministry_after_a_sided_ministry_has_its_side():
    """'the Defence Ministry' (sided by the dateline's country: geo 0639385) and then 'the ministry'
    (none of its own) split one report's account in two, so the compare's 'in response' reading was
    lost (tests/test_compare_turns.py); a bare definite speaker takes the side of the latest earlier
    speaker with that head."""
    text = (
        "Report\n\nThe Azerbaijani ministry said Armenian forces shelled positions near Lachin. "
        "The ministry said its troops fired back. The army said nothing."
    )
    a = analyse(text, ["claim"], published=dt.date(2026, 11, 25))
    got = [(c["speaker"], c.get("side")) for c in a.records["claims"]]
    assert got[:2] == [("The Azerbaijani ministry", "azerbaijani"), ("The ministry", "azerbaijani")]
    assert ("The army", "azerbaijani") not in got


def test_a_figure_with_a_quoted_noun_ends_after_the_quote():
    """Audit 13 C9: the figure's words stopped before the closing quote ('five "armed gunmen')."""
    assert _figures('The army claimed that five "armed gunmen" were killed.') == [
        (5, "killed", "fighters", 'five "armed gunmen"')
    ]
    assert _figures("The army said that five \u201carmed gunmen\u201d were killed.")[0][3] == "five \u201carmed gunmen\u201d"
