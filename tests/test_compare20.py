"""Twentieth session, comparison: audit 19's rows left open (C2, C5) on the audit-19 fixtures and on short fictional
reports with real places. Each positive test failed on 4cd4843."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.compare import compare
from newsprism.model import Article

from conftest import analyse_reports

FIX = Path(__file__).parent / "fixtures" / "audit19"


def _report(outlet: str, body: str, dateline: str = "SYDNEY") -> Article:
    return Article(text=f"Attack in the highlands\n\n{dateline}, Nov. 23, 2026 ({outlet}) — {body}\n", outlet=outlet)


def test_police_workers_and_tpnpb_soldiers_are_one_disputed_incident(pipeline):
    """audit 19 C2: the police's four construction workers and the TPNPB's four soldiers killed at Nduga on Saturday
    were two rows with nothing between them; the doers call the victims soldiers, the police call them workers."""
    names = ("p1_nusantara_post", "p2_cenderawasih_voice", "p3_northgate_wire")
    reports = analyse_reports(pipeline, FIX, names)
    table = compare([reports[n] for n in names])["casualty_figures"]
    (d,) = [x for x in table["disputes"] if x["marker"] == "disputed_victims"]
    assert d["outcome"] == "killed" and "Nduga" in d["places"] and d["doers_side"] == "papuan_independence"
    assert d["combatants"]["victims"] == "military" and d["noncombatants"]["victims"] == "people"
    assert {f["value"] for v in d["combatants"]["by_article"].values() for f in v} == {4.0}
    assert {f["value"] for v in d["noncombatants"]["by_article"].values() for f in v} == {4.0}
    military = next(r for r in table["rows"] if r["outcome"] == "killed" and r["victims"] == "military")
    assert [(o["victims"], o.get("disputed")) for o in military["other_victims"]] == [("people", True)]


POLICE = "TPNPB fighters shot dead four construction workers in Nduga on Saturday, police said."


@pytest.mark.parametrize(
    "second",
    [
        "The TPNPB said its fighters had killed four soldiers in Nduga on Saturday.",
    ],
)
def test_the_doers_soldiers_against_anothers_workers_is_disputed(pipeline, second):
    """A sideless 'police' (a foreign dateline): the doers' own word against another voice's."""
    a, b = pipeline(_report("Highland Post", POLICE)), pipeline(_report("Lowland Voice", second))
    disputes = compare([a, b])["casualty_figures"]["disputes"]
    assert [(d["marker"], d.get("doers_side")) for d in disputes] == [("disputed_victims", "papuan_independence")]
    # with the police Indonesian (a Jayapura dateline) the two sides' speakers make it a sides_differ, as before
    a, b = pipeline(_report("Highland Post", POLICE, "JAYAPURA")), pipeline(_report("Lowland Voice", second, "JAYAPURA"))
    disputes = compare([a, b])["casualty_figures"]["disputes"]
    assert [(d["marker"], d["outcome"]) for d in disputes] == [("sides_differ", "killed")]


@pytest.mark.parametrize(
    "second",
    [
        "The TPNPB said its fighters had killed four soldiers in Intan Jaya on Saturday.",  # another place
        "The Indonesian military said four soldiers were killed in Nduga on Saturday.",  # not the doers' word
        "The TPNPB said its fighters had killed 12 soldiers in Nduga on Saturday.",  # counts that do not fit
    ],
)
def test_no_disputed_victims_without_the_doers_word_one_place_and_fitting_counts(pipeline, second):
    a, b = pipeline(_report("Highland Post", POLICE)), pipeline(_report("Lowland Voice", second))
    disputes = compare([a, b])["casualty_figures"]["disputes"]
    assert [d for d in disputes if d["marker"] == "disputed_victims"] == []


def _denied(pipeline, body: str) -> list[tuple[float, bool]]:
    a = pipeline(_report("Highland Post", body))
    rows = compare([a, pipeline(_report("Lowland Voice", "Nothing happened."))])["casualty_figures"]["rows"]
    return [(e["value"], bool((e["said_by"] or {}).get("denies"))) for r in rows for v in r["by_article"].values() for e in v]


def test_the_lawyers_beaten_detainee_is_not_denied_by_her_fabricated_charges(pipeline):
    """audit 19 C5: k3's 'A lawyer …, Emine Kurtseitova, said the charges were fabricated and that one detainee had been
    beaten; the FSB denied using force' — the lawyer's 'fabricated' (of the charges) made her beaten detainee 'denied'
    in compare k."""
    names = ("k1_tavrida_vestnik", "k2_kyiv_meridian", "k3_northgate_wire")
    reports = analyse_reports(pipeline, FIX, names)
    rows = compare([reports[n] for n in names])["casualty_figures"]["rows"]
    (beaten,) = [r for r in rows if r["outcome"] == "beaten"]
    said = [e["said_by"] for v in beaten["by_article"].values() for e in v]
    assert len(said) == 2 and all("Kurtseitova" in s["speaker"] and not s["denies"] for s in said)


@pytest.mark.parametrize(
    ("body", "denied"),
    [
        ("The ministry said the reports were false and that 12 soldiers had been killed in Kupiansk on Monday.", False),
        ("The army said the video was fake, but that two soldiers were wounded in Bakhmut on Monday.", False),
        # the denying phrase is the figure's own clause
        ("The ministry said reports that 12 soldiers had been killed in Kupiansk on Monday were false.", True),
        ("The ministry said it was a lie that 12 soldiers were killed in Kupiansk on Monday.", True),
        ("Officials said claims of 30 dead in Kupiansk were fabricated and that the army had lost no one.", True),
    ],
)
def test_a_denying_phrase_denies_only_the_part_of_the_content_that_holds_the_figure(pipeline, body, denied):
    got = _denied(pipeline, body)
    assert got and all(d is denied for _, d in got)


def test_a_neutralised_count_keeps_its_word_in_the_comparison(pipeline):
    """r1/r3 (audit 20 C8): '13 militants "neutralised"' was shown as 13 killed, a plain death toll."""
    a = pipeline(_report("Highland Post", 'The ministry said its forces had "neutralised" 13 militants near Tal Abyad.'))
    b = pipeline(_report("Lowland Voice", "Turkish strikes killed five people near Tal Abyad, officials said."))
    rows = compare([a, b])["casualty_figures"]["rows"]
    told = {e["text"]: e.get("told_as") for r in rows for v in r["by_article"].values() for e in v}
    assert told == {"13 militants": "neutralised", "five people": None}
    from newsprism.render.comparison import _figure_cell

    (row,) = [r for r in rows if any(e["text"] == "13 militants" for v in r["by_article"].values() for e in v)]
    (key,) = list(row["by_article"])
    assert "told as “neutralised”" in " ".join(_figure_cell(row, key))


def test_a_date_in_an_apposition_on_the_place_does_not_make_the_figure_another_years(pipeline):
    """t3 (audit 20 C4): 'detained an Armenian man who had "illegally crossed" the border near Gizilhajili, one of four
    villages returned to Azerbaijan in 2024' — the 2024 of the villages' return left the man out of compare t."""
    first = "Border guards detained an Armenian citizen near Gizilhajili on Thursday morning, the service said."
    second = (
        "Azerbaijan's border service said it had detained an Armenian man near Gizilhajili, one of four villages returned "
        "to Azerbaijan in 2024."
    )
    a, b = pipeline(_report("Highland Post", first)), pipeline(_report("Lowland Voice", second))
    rows = [r for r in compare([a, b])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert len(rows) == 1 and len(rows[0]["by_article"]) == 2


def test_a_figure_dated_to_another_year_is_still_left_out(pipeline):
    first = "Border guards detained an Armenian citizen near Gizilhajili on Thursday morning, the service said."
    second = "Azerbaijan's border service said it had detained an Armenian man near Gizilhajili in 2024."
    a, b = pipeline(_report("Highland Post", first)), pipeline(_report("Lowland Voice", second))
    rows = [r for r in compare([a, b])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert [len(r["by_article"]) for r in rows] == [1]


def test_ankaras_four_in_the_car_against_the_three_civilians_is_a_disputed_victims_row(pipeline):
    """r (audit 20 C2): r1's 'four terrorists … killed in the strike' (the car near Ayn al-Arab) had no place, so the
    dispute with the three civilians killed in the car near Kobani was not shown; and r2's headline put its three at
    Manbij, making a false dispute with the Manbij fighters."""
    names = ("r1_baskent_daily", "r2_rojava_dawn", "r3_harbour_wire")
    reports = analyse_reports(pipeline, FIX.parent / "audit20", names)
    disputes = [
        d for d in compare([reports[n] for n in names])["casualty_figures"]["disputes"] if d["marker"] == "disputed_victims"
    ]
    assert len(disputes) == 1 and "Manbij" not in disputes[0]["places"]
    fighters = {e["value"] for v in disputes[0]["combatants"]["by_article"].values() for e in v}
    civilians = {e["value"] for v in disputes[0]["noncombatants"]["by_article"].values() for e in v}
    assert 4.0 in fighters and civilians == {3.0}
