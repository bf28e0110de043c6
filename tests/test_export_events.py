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


def test_parquet_into_a_missing_folder_is_written_and_a_blocked_path_is_named(tmp_path, capsys):
    from newsprism.cli import main

    from conftest import FIXTURES

    target = tmp_path / "missing-folder" / "events.parquet"
    args = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "events-parquet", "-o", str(target)]
    assert main(args) == 0 and target.stat().st_size > 0
    capsys.readouterr()
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    args[-1] = str(tmp_path / "a-file" / "events.parquet")
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newsprism: error: ") and ": :" not in err[0], err
    assert "a-file is a file, not a folder" in err[0]


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


@pytest.mark.parametrize(
    "text",
    [
        " =1+1",  # a space before the formula
        "  @SUM(A1)",
        "\t=1+1",
        "\n=1+1",
        "\r\n-2+3",
        "\u00a0+1",  # no-break space
        "\u3000=1+1",  # ideographic space
        "\ufeff=1+1",  # a byte-order mark
        "\u200b\u200b@A1",  # zero-width spaces
        '\uff1dHYPERLINK("http://x")',  # full-width =
        "\uff0b1",  # full-width +
        "\uff0d1",  # full-width -
        "\uff20SUM(A1)",  # full-width @
        " \uff1d1",
    ],
)
def test_csv_cells_with_a_formula_after_spaces_or_in_full_width_are_guarded(text):
    from newsprism.render.events_csv import _cell

    assert _cell(text) == "'" + text


def test_csv_cells_with_ordinary_text_or_a_late_formula_sign_are_left_alone():
    from newsprism.render.events_csv import _cell

    for text in ("Armenian forces", " Armenian forces", "a = b", "40 demonstrators", "", "   ", "\u3000Yerevan"):
        assert _cell(text) == text


def test_csv_cells_show_control_characters_as_pictures_and_keep_tab_and_line_breaks():
    from newsprism.render.events_csv import _cell

    assert _cell("Red\x1b[2J Cross") == "Red\u241b[2J Cross"
    assert _cell("a\x00b\x07c\x7fd\x9be") == "a\u2400b\u2407c\u2421d\ufffde"
    assert _cell("line one\nline two\r\nthree\tfour") == "line one\nline two\r\nthree\tfour"
    assert _cell("\x00=1+1") == "\u2400=1+1"  # the picture is visible text, not a skipped space


def test_events_csv_guards_hostile_ids_and_outlets_end_to_end():
    """The outlet and id columns come straight from the input record."""
    hostile_id, hostile_outlet = " =1+1\x1b]0;owned\x07", '\uff1dHYPERLINK("http://x","Wire")'
    analysis = Pipeline(["event"])(Article(text=TEXT, published=dt.date(2023, 5, 3), id=hostile_id, outlet=hostile_outlet))
    buf = io.StringIO()
    render.get("events-csv").stream([analysis], buf)
    assert not any(c in buf.getvalue() for c in "\x1b\x07")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows and all(r["article_id"] == "' =1+1\u241b]0;owned\u2407" for r in rows)
    assert all(r["outlet"] == "'" + hostile_outlet for r in rows)
    assert analysis.article.id == hostile_id  # the analysis itself keeps the exact text


def test_a_condemnation_points_at_the_event_it_condemns(analyses):
    """'The ministry condemned the arrests' (two sentences after 'Police arrested …'): the arrests
    are that event told again; the ACCUSE row names it in ``about_event``, the arrest row lists
    the ACCUSE in ``presupposed_by``."""
    buf = io.StringIO()
    render.get("events-csv").stream(analyses[:1], buf)
    rows = {r["trigger"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert rows["condemned"]["about_event"] == rows["arrested"]["event_id"]
    assert rows["arrested"]["presupposed_by"] == rows["condemned"]["event_id"]
    assert rows["arrested"]["about_event"] == ""


def test_a_headline_told_again_in_the_lead_is_one_row_that_names_the_headline():
    """Eighth session, round 2: the headline's 'strike kills four' is the lead's strike; its words are
    listed in ``merged``, marked '(headline)'."""
    from newsprism.events.rows import rows
    from newsprism.ingest.plaintext import from_text

    text = "Drone strike kills four in Kherson\n\nA Russian drone strike killed four civilians in Kherson on Monday."
    analysis = Pipeline(["event"])(from_text(text, published=dt.date(2024, 3, 14), id="head-1"))
    (row,) = rows([analysis])
    assert row["trigger"] == "strike" and row["trigger_start"] == text.index("strike", 40)
    assert row["merged"] == "strike four (headline); kills four (headline); killed four civilians"
