"""Casualty figures across reports (compare_figures): fictional reports through the whole
pipeline, since the counts are read from a parse."""

from newsprism.compare import compare
from newsprism.render.comparison import to_html

from conftest import analyse


def _report(outlet: str, body: str):
    return analyse(f"Border clash\n\nJERMUK, 13 May 2025 ({outlet}) — {body}", outlet=outlet)


def _rows(result: dict) -> list[tuple]:
    return [
        (r["outcome"], r["victims"], r["side"], r["differs"], len(r["by_article"])) for r in result["casualty_figures"]["rows"]
    ]


def test_two_reports_give_different_death_tolls_for_one_side_at_one_place():
    a = _report(
        "Ararat Post", "Azerbaijani forces shelled positions near Jermuk, killing two Armenian soldiers, the ministry said."
    )
    b = _report(
        "Lake Courier", "Azerbaijani forces shelled positions near Jermuk, killing five Armenian soldiers, officials said."
    )
    result = compare([a, b])
    (row,) = result["casualty_figures"]["rows"]
    assert (row["outcome"], row["victims"], row["side"], row["differs"]) == ("killed", "military", "armenian", True)
    ka, kb = (c["id"] for c in result["articles"])
    (fa,) = row["by_article"][ka]
    assert fa["value"] == 2 and fa["text"] == "two Armenian soldiers" and fa["places"] == ["Jermuk"]
    assert a.article.text[fa["start"] : fa["end"]] == "two Armenian soldiers"  # exact offsets in the report
    assert row["by_article"][kb][0]["value"] == 5
    page = to_html(result)
    assert "Casualty figures, as each report gives them" in page and ">differs<" in page
    assert "2 (“two Armenian soldiers”, at Jermuk, per the ministry)" in page
    assert row["places"] == ["Jermuk"] and "killed · military · armenian · at Jermuk" in page


def test_other_sides_kinds_and_places_are_other_rows():
    """The dead of two sides, 'people' and 'civilians', the wounded at two places of an exchange:
    never one row, so never 'differs'; a figure 'about 120' fits '100'."""
    a = _report(
        "Ararat Post",
        "Azerbaijani forces shelled positions near Jermuk, killing two Armenian soldiers. "
        "Shells wounded three civilians in Jermuk. About 120 people were evacuated from Jermuk.",
    )
    b = _report(
        "Caspian Post",
        "Armenian forces fired on positions near Kalbajar, killing one Azerbaijani soldier. "
        "Shells wounded five people in Jermuk. Officials said 100 people were evacuated from Jermuk.",
    )
    c = _report("Kashmir Post", "Shells wounded six civilians in Kalbajar.")
    rows = _rows(compare([a, b, c]))
    assert not any(r[3] for r in rows)
    assert ("killed", "military", "armenian", False, 1) in rows and ("killed", "military", "azerbaijani", False, 1) in rows
    assert ("wounded", "civilians", None, False, 1) in rows and ("wounded", "people", None, False, 1) in rows
    assert "evacuated" not in {r[0] for r in rows}  # not an outcome compared


def test_a_figure_of_another_year_and_a_denied_figure():
    """'The 2020 war killed 3,000 soldiers' is another incident; a figure the speaker denies is
    shown as denied and sets no row apart."""
    a = _report(
        "Ararat Post",
        "Shells killed four civilians in Jermuk, the ministry said. The 2020 war killed 3,000 soldiers.",
    )
    b = _report("Caspian Post", "The ministry denied that shells killed nine civilians in Jermuk.")
    result = compare([a, b])
    rows = result["casualty_figures"]["rows"]
    assert all(r["victims"] != "military" for r in rows)
    (row,) = [r for r in rows if r["outcome"] == "killed"]
    assert row["differs"] is False
    kb = result["articles"][1]["id"]
    assert row["by_article"][kb][0]["said_by"]["denies"] is True
    assert "denied: 9" in to_html(result)


def test_a_report_without_the_claim_layer_is_said_not_read():
    a = _report("Ararat Post", "Shells killed two civilians in Jermuk.")
    b = analyse("Les obus ont tué deux civils à Jermuk.", outlet="Le Courrier")
    result = compare([a, b])
    assert result["casualty_figures"]["not_read"] == [result["articles"][1]["id"]]


def test_a_running_total_is_not_the_incidents_figure():
    """'40 soldiers have been killed since January' beside another report's 'two soldiers were
    killed' made a false 'differs'; a sentence that may give a running total is left out."""
    a = _report("Ararat Post", "Two soldiers were killed. Forty soldiers have been killed since January.")
    b = _report("Lake Courier", "Two soldiers were killed in the shelling, officials said.")
    rows = compare([a, b])["casualty_figures"]["rows"]
    assert not any(r["differs"] for r in rows)
    assert all(e["value"] != 40 for r in rows for v in r["by_article"].values() for e in v)


def test_the_victims_of_a_doer_are_shown_as_not_its_side():
    """'Azerbaijani forces shelled …, killing two soldiers': the side 'not:azerbaijani' reads 'not azerbaijani'."""
    a = _report("Lake Courier", "Azerbaijani forces shelled positions near Jermuk, killing two soldiers.")
    result = compare([a, a])
    (row,) = result["casualty_figures"]["rows"]
    assert row["side"] == "not:azerbaijani" and "killed · military · not azerbaijani · at Jermuk" in to_html(result)


def test_the_claim_layer_writes_each_figure_as_a_record():
    """records.figures: number, outcome, kind of victim, side, places, exact span and offsets, rule."""
    a = _report(
        "Ararat Post",
        "Azerbaijani forces shelled positions near Jermuk, killing two soldiers. About 25 civilians were wounded.",
    )
    text = a.article.text
    by_id = {s.id: s for s in a.spans}
    killed, wounded = a.records["figures"]
    assert a.summary["sourcing"]["casualty_figures"] == 2
    assert (killed["value"], killed["outcome"], killed["victims"], killed["side"]) == (2, "killed", "military", "not:azerbaijani")
    assert text[killed["start"] : killed["end"]] == killed["text"] == "two soldiers"
    assert text[killed["number_start"] : killed["number_end"]] == "two"
    span = by_id[killed["span"]]
    assert (span.layer, span.label, span.start, span.end) == ("claim", "casualty_figure", killed["start"], killed["end"])
    assert span.source.endswith(":consistency:counts") and killed["rule"] == "consistency:counts"
    assert "killed" in killed["why"] and "not azerbaijani" in span.attrs["why"]
    # the place spans of its sentence ('Azerbaijani' too: the comparison keeps the specific ones), not the dateline's JERMUK
    assert [by_id[p].text for p in killed["places"]] == ["Azerbaijani", "Jermuk"]
    assert text[killed["sentence_start"] : killed["sentence_end"]].startswith("Azerbaijani forces shelled")
    assert (wounded["outcome"], wounded["victims"], wounded["how"], wounded["high"]) == (
        "wounded",
        "civilians",
        "about",
        25 * 1.15,
    )
    assert wounded["places"] == []


def test_the_comparison_reads_the_records_and_parses_only_older_analyses(monkeypatch):
    """The casualty table needs no parse when the claim layer wrote the figures; an analysis made
    before it did (no records, no count in summary.sourcing) is parsed again, with the same rows."""
    from newsprism import nlp
    from newsprism.model import Analysis

    a = _report("Ararat Post", "Azerbaijani forces shelled positions near Jermuk, killing two Armenian soldiers.")
    b = _report("Lake Courier", "Azerbaijani forces shelled positions near Jermuk, killing five Armenian soldiers.")
    c = _report("Kashmir Post", "Shells killed no one in Jermuk, officials said.")
    assert c.summary["sourcing"]["casualty_figures"] == 0 and "figures" not in c.records
    load = nlp.load

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(nlp, "load", no_parse)
    fresh = compare([a, b, c])["casualty_figures"]
    assert fresh["reparsed"] == [] and [r["differs"] for r in fresh["rows"]] == [True]

    old = Analysis.from_dict(b.to_dict())
    del old.records["figures"], old.summary["sourcing"]["casualty_figures"]
    monkeypatch.setattr(nlp, "load", load)
    again = compare([a, old, c])["casualty_figures"]
    assert again["reparsed"] == [old.article.id]
    assert again["rows"] == fresh["rows"]


def test_other_kinds_of_victim_at_the_same_place_are_pointed_out():
    """Audit 11, C3: one strike near Mijek killed 'four fighters' in one report and 'three
    civilians' in another: two rows (never 'differs'), each now names the other's victims."""
    a = _report("Sous Daily", "The army's drone killed four fighters near Mijek, military sources said.")
    b = _report("Sahrawi Review", "A drone killed three civilians near Mijek, the ministry said.")
    c = _report("Lake Courier", "Shells killed two civilians in Jermuk.")
    result = compare([a, b, c])
    rows = {r["victims"]: r for r in result["casualty_figures"]["rows"] if r["places"] == ["Mijek"]}
    ka, kb, _ = (col["id"] for col in result["articles"])
    assert [(o["victims"], o["articles"]) for o in rows["fighters"]["other_victims"]] == [("civilians", [kb])]
    assert [(o["victims"], o["articles"]) for o in rows["civilians"]["other_victims"]] == [("fighters", [ka])]
    jermuk = next(r for r in result["casualty_figures"]["rows"] if r["places"] == ["Jermuk"])
    assert jermuk["other_victims"] == []
    # fighters against civilians: a disputed_victims finding (twelfth session), worded so
    assert "disputed victims at the same place: civilians (Sahrawi Review)" in to_html(result)
