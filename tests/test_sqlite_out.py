import sqlite3

from newsprism.cli import main

from conftest import FIXTURES


def test_sqlite_tables_and_reanalysis_replaces_rows(tmp_path):
    db = tmp_path / "news.db"
    args = ["analyze", str(FIXTURES / "core_wire.txt"), str(FIXTURES / "core_trend.txt"), "--format", "sqlite", "-o", str(db)]
    assert main(args) == 0
    assert main(args) == 0  # a second run must not duplicate rows
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    rows = con.execute('SELECT a.text, s.start, s."end", s.text FROM spans s JOIN articles a ON a.id = s.article_id').fetchall()
    assert rows and all(text[start:end] == span for text, start, end, span in rows)
    outlets = {r[0] for r in con.execute("SELECT outlet FROM articles")}
    assert outlets == {"Reuters", "Trend News Agency"}
    n_spans = con.execute("SELECT count(*) FROM spans").fetchone()[0]
    assert n_spans == len(rows)
    assert con.execute("SELECT count(DISTINCT id) FROM spans").fetchone()[0] <= n_spans


def test_an_unusable_output_path_is_bad_usage_not_an_internal_error(tmp_path, capsys):
    not_a_db = tmp_path / "events.csv"
    not_a_db.write_text("article_id,outlet\n", encoding="utf-8")
    for target in (not_a_db, tmp_path / "missing-folder" / "news.db"):
        args = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "sqlite", "-o", str(target)]
        assert main(args) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"newsprism: error: {target}: cannot write a SQLite database"), err
    assert not_a_db.read_text(encoding="utf-8") == "article_id,outlet\n"


def test_the_same_text_from_two_outlets_keeps_both_rows(tmp_path):
    import json

    text = "A convoy of 40 trucks crossed the Lachin corridor on Tuesday, officials said."
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([{"text": text, "outlet": "Caspian Herald"}, {"text": text, "outlet": "Meridian Wire"}]))
    db = tmp_path / "news.db"
    assert main(["analyze", str(batch), "--layers", "meta", "--format", "sqlite", "-o", str(db)]) == 0
    con = sqlite3.connect(db)
    assert sorted(r[0] for r in con.execute("SELECT outlet FROM articles")) == ["Caspian Herald", "Meridian Wire"]
