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
