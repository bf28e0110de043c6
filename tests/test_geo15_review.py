"""Fifteenth-session review (places, actors, naming): audit 15 G12 — a place name inside a direct quotation is
the speaker's usage, not the report's — and the probes of the round-1 rules (fictional texts, real places)."""

from __future__ import annotations

from functools import cache

from newsprism.model import Analysis
from newsprism.pipeline import Pipeline
from newsprism.render.panels import naming as naming_panel

from conftest import FIXTURES, analyse, analyse_reports


@cache
def _reports(folder: str, names: tuple[str, ...]) -> dict[str, Analysis]:
    return analyse_reports(Pipeline(["meta", "place"]), FIXTURES / folder, names)


def _quoted(a: Analysis) -> list[str]:
    return [q["name"] for q in a.summary["naming"]["quoted"]]


def test_a_quoted_ministers_name_is_not_the_wires_usage():
    # G12: s3 was 'mixed' from '"Our forces did not fire a single shell at Lasanod," he said.'
    s3 = _reports("audit15", ("s3_meridian_wire",))["s3_meridian_wire"]
    naming = s3.summary["naming"]
    assert naming["verdict"] == "international"
    (q,) = naming["quoted"]
    text = s3.article.text
    assert q["name"] == "Lasanod" and text[q["quote"][0] : q["quote"][1]].startswith('"Our forces did not fire')
    assert all("Lasanod" not in p["names_used"] for p in naming["places"])
    assert "Laascaanood" in {g["name"] for g in naming["glosses"]}  # the wire's own gloss stays one


def test_quoted_names_leave_the_reviewed_verdicts_and_glosses_as_they_were():
    c1 = _reports("audit14", ("c1_nicosia_sentinel",))["c1_nicosia_sentinel"].summary["naming"]
    assert c1["verdict"] == "greek_cypriot"
    # the spokesman's '"… by Turkey and the pseudo-state …," he said' is quoted usage, not a gloss
    assert [(g["name"], g["convention"]) for g in c1["glosses"]] == [("TRNC", "turkish_cypriot"), ("TRNC", "turkish_cypriot")]
    assert [(q["name"], q["convention"]) for q in c1["quoted"]] == [("pseudo-state", "greek_cypriot")]
    t1 = _reports("audit13", ("t1_tana_herald",))["t1_tana_herald"].summary["naming"]
    assert t1["verdict"] == "amhara" and t1["glosses"] == [] and [q["name"] for q in t1["quoted"]] == ["Welkait"]


def test_a_name_set_off_in_quotation_marks_is_no_quotation():
    # the writer's distance ('the "Luhansk People's Republic"') and a short scare quote stay as they were
    lpr = analyse('Separatists shelled the "Luhansk People\'s Republic" border, officials in Kyiv said.', ["place"])
    assert [g["name"] for g in lpr.summary["naming"]["glosses"]] == ["Luhansk People's Republic"] and not _quoted(lpr)
    scare = analyse('Residents of "liberated Lasanod" said the army had left.', ["place"])
    assert scare.summary["naming"]["verdict"] == "somaliland_official" and not _quoted(scare)
    # speech in single marks, and a quotation that runs over a paragraph the next one re-opens
    single = analyse("'We will never give up Stepanakert,' the speaker said. Fighting continued in Khankendi.", ["place"])
    assert single.summary["naming"]["verdict"] == "azerbaijani_official" and _quoted(single) == ["Stepanakert"]
    para = analyse('"We will return to Khankendi.\n\n"Nobody will stop us," he said. Shelling hit Stepanakert.', ["place"])
    assert para.summary["naming"]["verdict"] == "international" and _quoted(para) == ["Khankendi"]


def test_an_article_whose_contested_names_are_all_quoted_has_none_of_its_own():
    a = analyse('"Our national army repelled an attack near Lasanod on Sunday," the minister said.', ["place"])
    assert a.summary["naming"]["verdict"] == "no contested names"
    assert "1 name(s) only inside quotations" in a.summary["naming"]["label"]
    html = naming_panel.html(a)
    assert "Names inside direct quotations" in html and "Lasanod" in html
