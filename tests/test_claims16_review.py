"""Sixteenth-session review of the claims + compare changes: near misses of round 1's rules (fictional
reports, real places; each test failed on the round-1 code, a6f995f + c908145)."""

from __future__ import annotations

import datetime as dt

from newsprism.compare import compare
from newsprism.model import Article

from conftest import figure_rows


def test_people_found_on_board_dead_or_by_inspectors_are_not_detained(claim_pipe):
    """'found … on board' is detention only for a boarding party that holds them: 'all of them dead'
    gave four detained; UN inspectors' twenty crew members were detained."""
    dead = "The Taiwan coast guard boarded the boat and found four people on board, all of them dead, the agency said."
    assert all(f[0] != "detained" for f in figure_rows(claim_pipe, dead))
    checked = "Inspectors boarded the tanker off Hodeidah and found 20 crew members on board, the UN said."
    assert figure_rows(claim_pipe, checked) == []
    held = "Coast guard officers boarded the boat off Kinmen and found five crew members on board, the agency said."
    assert figure_rows(claim_pipe, held) == [("detained", "people", 5.0, "five crew members")]


_KHARKIV = (
    "Fourteen killed in Kharkiv\n\n"
    "KHARKIV, November 25, 2026 (The Sloboda Herald) — Russian strikes killed 14 civilians in Kharkiv on Tuesday, "
    "Ukraine's emergency service said.\n"
)
_WIRE = (
    "Kyiv says Moscow cannot be trusted\n\n"
    "KHARKIV, November 25, 2026 (Dnipro Wire) — Ukraine's foreign ministry said Moscow could not be trusted after "
    "Russian strikes killed 14 civilians in Kharkiv on Tuesday. Russia's defence ministry said the army's claim "
    "that 14 civilians were killed could not be trusted.\n"
)


def test_could_not_be_trusted_denies_a_claim_not_a_side(pipeline):
    """'Moscow could not be trusted after Russian strikes killed 14 civilians' made Kyiv's own 14 denied;
    'the claim that 14 civilians were killed could not be trusted' still denies it."""
    a = pipeline(Article(text=_KHARKIV, outlet="The Sloboda Herald"))
    b = pipeline(Article(text=_WIRE, outlet="Dnipro Wire"))
    table = compare([a, b])["casualty_figures"]
    said = [(e["text"], e["said_by"]["denies"]) for r in table["rows"] for e in r["by_article"].get(b.article.id, [])]
    assert ("14 civilians", False) in said and ("14 civilians", True) in said


def _sides(claim_pipe, text: str) -> dict[str, str | None]:
    a = claim_pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    return {c["speaker"]: c.get("side") for c in a.records.get("claims", []) if c.get("speaker")}


def test_its_spokesman_after_another_sides_speaker_is_nobodys(claim_pipe):
    """'Their spokesman' took the side of the paragraph's opener (Georgia's service) although the de facto
    authorities in Tskhinvali spoke in between; with the opener alone before it, it still does."""
    between = (
        "TBILISI, Nov 25, 2026 (Kura Evening Post) - Russian border guards detained two Georgian farmers near "
        "Akhalgori on Tuesday.\n\nGeorgia's State Security Service said the farmers were on their own land. The de "
        "facto authorities in Tskhinvali said they had crossed the line. Their spokesman said the men would be tried.\n"
    )
    assert _sides(claim_pipe, between)["Their spokesman"] != "georgian"
    alone = (
        "BEIRUT, Nov 25, 2026 (Cedar Evening Post) - Israeli strikes killed five people near Tyre on Tuesday.\n\n"
        "Hezbollah said it fired rockets at an army base. Its spokesman said the group would respond to any strike.\n"
    )
    assert _sides(claim_pipe, alone)["Its spokesman"] == "iran_aligned"


def test_held_responsible_back_or_in_contempt_is_no_detention(claim_pipe):
    """A passive 'held' with 'responsible', 'accountable', 'back' or 'in contempt' gave detained counts;
    'held captive' / 'held hostage' stay detained."""
    for text in (
        "Two officers were held responsible for the deaths in Mitrovica, the inquiry said.",
        "Four commanders were held accountable for the massacre in Bucha, prosecutors said.",
        "Five people were held back by police at the Lachin corridor, witnesses said.",
        "Two women were held in contempt of court in Nicosia, the court said.",
    ):
        assert figure_rows(claim_pipe, text) == [], text
    got = figure_rows(claim_pipe, "Twelve civilians were held hostage by the RSF in Omdurman, residents said.")
    assert got == [("detained", "civilians", 12.0, "Twelve civilians")]


def test_a_vague_hundred_is_no_figure_and_two_hundred_is_200(claim_pipe):
    """Audit 16 C7: 'Several hundred people were killed in the 1992 war' gave a figure of 100; 'Two hundred
    people were detained' gave 100 as well (the number read from 'hundred' alone)."""
    assert figure_rows(claim_pipe, "Several hundred people were killed in the 1992 war in Bender.") == []
    assert figure_rows(claim_pipe, "A few dozen people were detained in Tiraspol.") == []
    assert figure_rows(claim_pipe, "Two hundred people were detained in Tiraspol.") == [
        ("detained", "people", 200.0, "Two hundred people")
    ]
    assert figure_rows(claim_pipe, "Three hundred thousand people were displaced from Kherson.")[0][2] == 300_000.0
    # the ones a count does not qualify stay as they were
    assert figure_rows(claim_pipe, "A hundred people were detained in Tiraspol.")[0][2] == 100.0
    assert figure_rows(claim_pipe, "He said a dozen soldiers were wounded near Bender.")[0][2] == 12.0
