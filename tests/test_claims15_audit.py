"""Audit 15 (Kinmen, Las Anod) defects in the claim layer, on fictional reports from other places."""

from __future__ import annotations

import pytest

from newsprism.model import Article
from newsprism.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["meta", "sentences", "entities", "place", "actor", "time", "claim"])


def _claims(pipe, text: str) -> list[tuple[str | None, str | None, str]]:
    a = pipe(Article(text=text))
    by = {s.id: s for s in a.spans}
    return [(c.get("speaker"), c.get("source_kind"), by[c["content"]].text) for c in a.records.get("claims", [])]


def test_it_is_the_body_that_opens_its_paragraph(pipe):
    """C1: 'SSC-Khaatumo … gave a very different account. Its information minister said … It said its
    forces had captured 19 Somaliland soldiers' was Somaliland's ministry of the paragraph before."""
    text = (
        "Azerbaijan's defence ministry said two of its soldiers had been wounded near Lachin on Monday.\n\n"
        "The Karabakh Relief Council, a volunteer body based in Goris, gave a very different account. Its "
        "chairman said the shelling had hit a school. It said its volunteers had evacuated 40 children from the village."
    )
    got = {content: (speaker, kind) for speaker, kind, content in _claims(pipe, text)}
    speaker, kind = next(v for k, v in got.items() if k.startswith("its volunteers had evacuated"))
    assert speaker == "The Karabakh Relief Council" and kind in ("organisation", "government")
    wounded = next(v for k, v in got.items() if "wounded" in k)
    assert wounded[0] == "Azerbaijan's defence ministry"


def test_it_keeps_a_speaker_of_its_own_paragraph(pipe):
    text = (
        "The Karabakh Relief Council, a volunteer body based in Goris, gave a very different account.\n\n"
        "Azerbaijan's defence ministry denied the report. It said its soldiers had not fired on the village."
    )
    got = {content: speaker for speaker, _, content in _claims(pipe, text)}
    assert got["its soldiers had not fired on the village"] == "Azerbaijan's defence ministry"


def test_a_person_told_by_the_town_speaks_for_himself(pipe):
    """C5: 'A Xiamen fisherman surnamed Huang said … "Before the patrols …," he said' went to the coast
    guard spokesman three paragraphs up; the fisherman was 'government' (the GPE 'Xiamen')."""
    text = (
        "Ministry spokesman Aram Hakobyan said the crossing at Margara would stay closed until Friday.\n\n"
        "The traders waited at the gate all day.\n\n"
        "A Gyumri shopkeeper surnamed Petrosyan said prices in the town had doubled. "
        '"We cannot sell anything to anyone now," he said.'
    )
    claims = _claims(pipe, text)
    assert next((s, k) for s, k, c in claims if c.startswith("prices")) == ("A Gyumri shopkeeper", "anonymous")
    quote = next((s, k) for s, k, c in claims if "cannot sell" in c)
    assert quote == ("A Gyumri shopkeeper", "anonymous")


def _conflicts(pipe, text: str) -> list[tuple[str, str]]:
    a = pipe(Article(text=text))
    return [(c["first_value"], c["second_value"]) for c in a.records.get("consistency", [])]


def test_two_speakers_counts_are_no_conflict_of_the_report(pipe):
    """C10: the wire's 'three civilians' (one side's ministry) and '11 civilians' (the other side's
    minister) were 'two counts for the same person' although neither side was known."""
    text = (
        "Its defence ministry said two soldiers and three civilians had been killed in Martakert on Sunday.\n\n"
        "The Karabakh Relief Council gave a very different account. Its chairman said artillery had shelled "
        "villages around Askeran, killing 11 civilians."
    )
    assert _conflicts(pipe, text) == []


def test_one_voice_giving_two_counts_still_conflicts(pipe):
    text = (
        "Three civilians were killed when shells hit the market in Martakert on Sunday morning.\n\n"
        "The shelling of the market in Martakert on Sunday morning killed 11 civilians."
    )
    assert _conflicts(pipe, text) == [("3", "11")]


def test_a_charge_rejected_is_the_rejecters(pipe):
    """C8: '…, a charge SSC-Khaatumo rejected' had the speaker 'a charge'."""
    claims = _claims(pipe, "Armenia accused its rival of shelling the village of Tegh, a charge Azerbaijan rejected.")
    speakers = {speaker for speaker, _, _ in claims}
    assert "a charge" not in speakers and "Azerbaijan" in speakers


@pytest.mark.parametrize(
    "text",
    [
        "The militias attacked before dawn on Sunday with mortars and machine guns.",
        "The armed men backed by the rebels attacked our positions near Tegh.",
    ],
)
def test_armed_men_attacking_say_nothing(pipe, text):
    """C8: 'The militias attacked before dawn …' and '… attacked our positions' (plural: posts, not a
    stance) were reported speech by the militias."""
    assert _claims(pipe, text) == []


def test_a_stance_attacked_is_still_words(pipe):
    claims = _claims(pipe, "The senator attacked the government's position on the talks.")
    assert [s for s, _, _ in claims] == ["The senator"]


def _figures(pipe, text: str) -> list[tuple[str, str, bool]]:
    a = pipe(Article(text=text))
    return [(f["text"], f["outcome"], f["running_total"]) for f in a.records.get("figures", [])]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Medics in Askeran said they had received 34 wounded people by Monday morning.", "34 wounded people"),
        ("Doctors said they had received 19 wounded people by Tuesday evening.", "19 wounded people"),
    ],
)
def test_wounded_people_received_are_a_figure(pipe, text, shown):
    """C6: 'Doctors … had received 34 wounded people' gave no figure."""
    assert _figures(pipe, text) == [(shown, "wounded", False)]


def test_a_count_in_a_dates_when_clause_is_one_incident(pipe):
    """C6: '… since February 2024, when two Chinese nationals died after their speedboat capsized' was
    a running total (the 'since' is the incident's, outside the 'when' clause)."""
    text = "The clash is the worst on the border since March 2021, when three Armenian soldiers died in a mortar attack."
    assert _figures(pipe, text) == [("three Armenian soldiers", "killed", False)]
    total = "Since March 2021, three Armenian soldiers have died in mortar attacks on the border."
    assert [rt for _, _, rt in _figures(pipe, total)] == [True]


def test_a_clause_after_a_semicolon_is_its_own_subjects(pipe):
    """Framing (s3): 'Somaliland calls the SSC-Khaatumo fighters "militias" …; SSC-Khaatumo leaders describe …'
    gave the leaders' clause to Somaliland as the content of 'calls'."""
    text = (
        'Azerbaijan calls the Karabakh fighters "militias" backed by Armenia; Karabakh leaders describe '
        "Azerbaijan's troops as an occupation force and their own campaign as a liberation."
    )
    claims = _claims(pipe, text)
    assert [c for s, _, c in claims if s == "Azerbaijan"] == ['the Karabakh fighters "militias" backed by Armenia']


def test_the_wires_semicolon_clause_is_the_leaders(pipe):
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "audit15" / "s3_meridian_wire.txt").read_text(encoding="utf-8")
    claims = _claims(pipe, text)
    assert not any(s == "Somaliland" and c.startswith("SSC-Khaatumo leaders describe") for s, _, c in claims)
    assert any(s == "Somaliland" and c.startswith('the SSC-Khaatumo fighters "militias"') for s, _, c in claims)


def test_a_ministers_he_after_a_possessive(pipe):
    """C12: 'Somaliland's defence minister also denied … "Our forces did not fire …," he said' went to a
    doctor of the paragraph before (the minister was no single person for 'he')."""
    text = (
        "A doctor at the main hospital in Goris said it had treated 21 wounded people since Sunday.\n\n"
        "Baku accused its rival of shelling the area, a charge Yerevan rejected. Armenia's defence minister also "
        'denied that his forces had fired on Goris itself. "Our forces did not fire a single shell at the town," he said.'
    )
    quote = next(s for s, _, c in _claims(pipe, text) if "did not fire a single shell" in c)
    assert quote == "Armenia's defence minister"


def test_a_group_naming_itself_says_nothing(pipe):
    """C8: 'the militias, which call themselves SSC-Khaatumo' was a claim by the militias."""
    claims = _claims(pipe, "Baku blamed the militias, which call themselves the Mountain Brigade, for the attack.")
    assert not any("themselves" in c[:12] for _, _, c in claims)
    assert [s for s, _, _ in _claims(pipe, "The rebels call themselves liberators of the valley.")] == ["The rebels"]
