"""Sixteenth session, casualty figures: audit 16 C1–C3 (Transnistria, Red Sea) on fictional reports from
other places (fictional outlets and people, real places; each test failed on 154ecae)."""

from __future__ import annotations

import datetime as dt

from newsprism.compare import compare
from newsprism.model import Article

from conftest import figure_rows


def test_people_held_are_detained_but_not_people_holding_things(claim_pipe):
    """C1: 'four Moldovans are now held in the region' gave no figure."""
    got = figure_rows(claim_pipe, "Four Georgians are now held in Tskhinvali, the State Security Service said.")
    assert got == [("detained", "people", 4.0, "Four Georgians")]
    assert figure_rows(claim_pipe, "The ministry said four people in all are now being held near Akhalgori.")[0][:3] == (
        "detained",
        "people",
        4.0,
    )
    assert figure_rows(claim_pipe, "Five people held placards outside the embassy in Tbilisi.") == []


def test_a_crew_killed_and_taken_captive(claim_pipe):
    """C2: 'two sailors were killed and 17 taken captive' gave no figure."""
    got = figure_rows(claim_pipe, "The port authority in Odesa said two sailors were killed and 17 taken captive.")
    assert ("killed", "people", 2.0, "two sailors") in got and ("detained", "people", 17.0, "17") in got


_ONE = (
    "Only one detained\n\n"
    "TSKHINVAL, November 26, 2026 (The Liakhvi Courier) — Only one person was detained at the crossing near "
    "Akhalgori, the State Security Committee said, rejecting claims from Tbilisi that four Georgian citizens are "
    "being held.\n"
)
_FOUR = (
    "Four Georgians held\n\n"
    "TBILISI, November 26, 2026 (The Kura Ledger) — The State Security Service said four people in all are now "
    "being held near Akhalgori. The ministry's claim that only one person was detained could not be trusted, "
    "the service said.\n"
)


def test_a_rejected_count_is_denied_and_its_owner_no_place(pipeline):
    """C1/C3: 'rejecting claims from Chisinau that four …' placed the one detained 'at Chisinau'; 'The
    militia's claim that nine civilians were killed … could not be trusted' was the speaker's own nine."""
    one, four = (
        pipeline(Article(text=_ONE, outlet="The Liakhvi Courier")),
        pipeline(Article(text=_FOUR, outlet="The Kura Ledger")),
    )
    assert all(not f["places"] or "Tbilisi" not in f["text"] for f in one.records["figures"])
    table = compare([one, four])["casualty_figures"]
    said = {(k, e["value"]): e["said_by"] for r in table["rows"] for k, v in r["by_article"].items() for e in v}
    assert said[one.article.id, 4.0]["denies"] and said[four.article.id, 1.0]["denies"]
    assert not said[one.article.id, 1.0]["denies"] and not said[four.article.id, 4.0]["denies"]
    row = next(r for r in table["rows"] if one.article.id in r["by_article"] and four.article.id in r["by_article"])
    assert row["outcome"] == "detained" and row["differs"]  # Tskhinvali's one against Tbilisi's four


def _speakers(claim_pipe, text: str) -> list[tuple[str | None, str]]:
    a = claim_pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    by = {s.id: s for s in a.spans}
    return [(c.get("speaker"), by[c["content"]].text) for c in a.records.get("claims", []) if c.get("content") in by]


def test_according_to_a_name_before_a_subject_parsed_as_its_apposition(claim_pipe):
    """C4: 'According to al-Sharabi, militia boats boarded the burning ship …' → speaker 'al-Sharabi, militia boats'."""
    # the parse of this (fictional) name hangs 'militia boats' on it as an apposition
    got = _speakers(claim_pipe, "According to al-Sharabi, militia boats boarded the burning ship after the strike.")
    assert got == [("al-Sharabi", "militia boats boarded the burning ship after the strike")]
    got = _speakers(claim_pipe, "According to Ivan Petrov, a spokesman, the talks failed.")
    assert got == [("Ivan Petrov, a spokesman", "the talks failed")]


def test_a_passive_clause_patient_does_not_accuse(claim_pipe):
    """C4: 'The government in Aden said three Houthi commanders were killed and accused the group of …' gave
    the accusation to 'three Houthi commanders'."""
    got = _speakers(
        claim_pipe, "The army in Kyiv said three Russian officers were killed and accused Moscow of shelling Kherson."
    )
    assert [s for s, _ in got] == ["The army in Kyiv", "The army in Kyiv"]


def test_one_number_is_one_figure(claim_pipe):
    """C2: 'The Sanaa-based health ministry said 9 people were killed and 26 injured.' gave two figures for 26."""
    got = figure_rows(claim_pipe, "The health ministry in Kherson said 9 people were killed and 26 injured.")
    assert sorted(got) == [("killed", "people", 9.0, "9 people"), ("wounded", "people", 26.0, "26 injured")]


def test_which_names_a_town_the_parser_takes_for_a_person(claim_pipe):
    """C9: 'The farmer was taken to a detention centre in Bender, which Moldova calls Tighina.' → a claim by
    'Moldova' (content 'Tighina'): the NER's PERSON 'Bender' made the naming a person's nickname."""
    assert _speakers(claim_pipe, "The farmer was taken to a detention centre in Bender, which Moldova calls Tighina.") == []


def test_displaced_families_are_a_count_of_their_own(claim_pipe):
    """Audit 15 C6: 'The fighting has displaced about 2,300 families' gave no figure."""
    got = figure_rows(
        claim_pipe, "The fighting has displaced about 2,300 families from villages near Tskhinvali, the agency said."
    )
    assert got == [("displaced", "families", 2300.0, "2,300 families")]
    assert figure_rows(claim_pipe, "Two families were killed when the shell hit a house in Kherson.") == []


def test_a_war_that_left_people_dead(claim_pipe):
    """C7: 'The war of 1992 left around 1,000 people dead.' gave no figure."""
    assert figure_rows(claim_pipe, "The shelling of Kherson left two people dead and four wounded.")[0] == (
        "killed",
        "people",
        2.0,
        "two people",
    )


def test_people_found_on_board_by_a_boarding_party_are_detained(claim_pipe):
    """Audit 15 C4: Beijing's 'Officers boarded it … and found five crew members on board' gave no figure."""
    got = figure_rows(claim_pipe, "Naval officers boarded the tanker near Sevastopol and found 11 crew members on board.")
    assert got == [("detained", "people", 11.0, "11 crew members")]
    assert figure_rows(claim_pipe, "Rescuers found five people on board the sinking ferry near Odesa.") == []


def test_a_delegation_to_a_joint_body_is_its_own_sides(claim_pipe):
    """Audit 16 G9 (routed by geo): "Moldova's delegation to the Joint Control Commission said …" → side neutral (the
    commission, the longer actor) instead of Moldova's."""
    a = claim_pipe(
        Article(
            text="Ukraine's delegation to the United Nations said Russia had shelled Kherson.", published=dt.date(2026, 11, 26)
        )
    )
    assert [(c["speaker"], c.get("side")) for c in a.records["claims"]] == [
        ("Ukraine's delegation to the United Nations", "ukrainian")
    ]
