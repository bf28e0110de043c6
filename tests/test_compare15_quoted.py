"""Compare lists a contested name a report gives only inside someone's direct quotation (summary.naming.quoted)."""

from newsprism.compare import compare
from newsprism.model import Article
from newsprism.pipeline import Pipeline
from newsprism.render.comparison import to_html

QUOTING = (
    "Clashes near the disputed town\n\n"
    "HARGEISA, Nov. 24, 2026 (Gulf Wire) - Fighting continued in Sool region on Tuesday. "
    '"Our forces did not fire a single shell at Lasanod," the defence minister said. '
    "Elders from both sides met in Burao to discuss a truce."
)
OWN = (
    "Shelling in Laascaanood\n\n"
    "Residents of Laascaanood said shells fell on the market on Tuesday. "
    "SSC-Khaatumo leaders said 12 civilians were killed in Laascaanood."
)


def _analyses():
    pipe = Pipeline(None)
    return [pipe(Article(text=QUOTING, id="quoting")), pipe(Article(text=OWN, id="own"))]


def test_a_name_only_inside_a_quotation_fills_the_reports_cell_as_quoted():
    a_quoting, a_own = _analyses()
    quoted = a_quoting.summary["naming"].get("quoted", [])
    assert [q["name"] for q in quoted] == ["Lasanod"]
    cmp = compare([a_quoting, a_own])
    (entry,) = [v for v in cmp["place_names"].values() if "quoting" in v["by_article"] and "own" in v["by_article"]]
    cell = entry["by_article"]["quoting"]
    assert cell["names"] == [] and cell["quoted"] == ["Lasanod"]
    assert cell["quoted_spans"] == [quoted[0]["span"]]
    assert entry["by_article"]["own"]["names"] and entry["by_article"]["own"]["quoted"] == []
    assert "in a quotation: Lasanod" in to_html(cmp)


def test_a_quoted_name_the_report_also_uses_itself_is_not_listed_twice():
    from newsprism.render.comparison import _names_cell

    entry = {"by_article": {"a": {"names": ["Lasanod"], "quoted": ["Lasanod", "Laascaanood"], "glosses": [], "shared": []}}}
    assert _names_cell(entry, "a") == "Lasanod; in a quotation: Laascaanood"
