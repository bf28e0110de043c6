"""events-csv and events-parquet: header, one row per event, values, Parquet round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from newsprism import render, samples
from newsprism.events.rows import FIELDS
from newsprism.model import Article
from newsprism.pipeline import Pipeline

TEXT = (
    "Police arrested 40 demonstrators in Yerevan on Tuesday. "
    "The peacekeepers did not intervene. The ministry condemned the arrests."
)


@pytest.fixture(scope="module")
def analyses():
    pipe = Pipeline(["event"])
    one = pipe(Article(text=TEXT, published=dt.date(2023, 5, 3), id="art-1", outlet="Test Desk"))
    return [one, pipe(samples.load("meridian_wire"))]


def test_formats_are_registered():
    assert render.get("events-csv").stream is not None
    assert render.get("events-parquet").table is not None


def test_csv_header_and_rows(analyses):
    buf = io.StringIO()
    render.get("events-csv").stream(analyses, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert buf.getvalue().splitlines()[0] == ",".join(FIELDS)
    assert len(rows) == sum(len(a.records["events"]) for a in analyses)
    first = rows[:3]
    assert [r["event_type"] for r in first] == ["COERCE", "COERCE", "ACCUSE"]
    arrest = first[0]
    assert arrest["article_id"] == "art-1" and arrest["outlet"] == "Test Desk" and arrest["published"] == "2023-05-03"
    assert arrest["mode"] == "arrest" and arrest["trigger"] == "arrested"
    assert arrest["actor"] == "Police" and arrest["recipient"] == "40 demonstrators"
    assert arrest["location_name"] == "Yerevan" and arrest["date"] == "2023-05-02"
    assert TEXT[int(arrest["trigger_start"]) : int(arrest["trigger_end"])] == "arrested"
    assert TEXT[int(arrest["sentence_start"]) : int(arrest["sentence_end"])].startswith("Police arrested")
    assert arrest["negated"] == "false" and first[1]["negated"] == "true"
    assert first[1]["modality"] == "negated" and first[1]["date"] == ""
    assert {r["article_id"] for r in rows[3:]} == {analyses[1].article.id}


def test_parquet_round_trip(analyses, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    render.get("events-parquet").table(analyses, path)
    table = pq.read_table(path)
    assert table.column_names == list(FIELDS)
    assert table.num_rows == sum(len(a.records["events"]) for a in analyses)
    assert str(table.schema.field("negated").type) == "bool"
    assert str(table.schema.field("lat").type) == "double"
    rows = table.to_pylist()
    assert rows[0]["event_type"] == "COERCE" and rows[0]["trigger_start"] == TEXT.index("arrested")
    assert rows[1]["negated"] is True and rows[1]["date"] is None
    assert rows[2]["actor"] == "The ministry"


def test_cli_writes_events_csv(tmp_path):
    from newsprism.cli import main

    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["analyze", str(src), "--layers", "event", "--format", "events-csv", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("article_id,") and len(lines) == 4


def test_parquet_into_a_missing_folder_names_no_empty_path(tmp_path, capsys):
    from newsprism.cli import main

    from conftest import FIXTURES

    target = tmp_path / "missing-folder" / "events.parquet"
    args = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "events-parquet", "-o", str(target)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newsprism: error: ") and ": :" not in err[0], err


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_guarded():
    from newsprism.render.events_csv import _cell

    assert _cell('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert _cell("@SUM(A1)") == "'@SUM(A1)" and _cell("-2+3") == "'-2+3"
    assert _cell("Armenian forces") == "Armenian forces"
    assert _cell(-46.5) == -46.5 and _cell(True) == "true" and _cell(None) is None


def test_a_nominal_event_row_says_so_and_lists_the_verbs_folded_into_it():
    from newsprism.events.rows import rows

    text = "A drone strike on the village of Marinka killed four civilians on Monday."
    analysis = Pipeline(["event"])(Article(text=text, published=dt.date(2024, 3, 14), id="nom-1"))
    (row,) = [r for r in rows([analysis]) if r["form"] == "nominal"]
    assert row["trigger"] == "strike" and row["event_type"] == "ASSAULT"
    assert row["merged"] == "killed four civilians"
    assert all(r["form"] in ("verbal", "nominal") for r in rows([analysis]))
