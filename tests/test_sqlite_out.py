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
    args = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "sqlite", "-o", str(not_a_db)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"newsprism: error: {not_a_db}: cannot write a SQLite database"), err
    assert not_a_db.read_text(encoding="utf-8") == "article_id,outlet\n"
    blocked = not_a_db / "news.db"  # below a file: refused before any analysis
    assert main([*args[:-1], str(blocked)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"newsprism: error: -o {blocked}: {not_a_db} is a file, not a folder"], err
    made = tmp_path / "missing-folder" / "news.db"  # a missing folder is made
    assert main([*args[:-1], str(made)]) == 0 and made.stat().st_size > 0


def test_the_same_text_from_two_outlets_keeps_both_rows(tmp_path):
    import json

    text = "A convoy of 40 trucks crossed the Lachin corridor on Tuesday, officials said."
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([{"text": text, "outlet": "Caspian Herald"}, {"text": text, "outlet": "Meridian Wire"}]))
    db = tmp_path / "news.db"
    assert main(["analyze", str(batch), "--layers", "meta", "--format", "sqlite", "-o", str(db)]) == 0
    con = sqlite3.connect(db)
    assert sorted(r[0] for r in con.execute("SELECT outlet FROM articles")) == ["Caspian Herald", "Meridian Wire"]


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path, capsys):
    # an 'articles' table of some other tool: neither added to nor given our other tables
    db = tmp_path / "newsroom.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE articles (id TEXT, headline TEXT)")
    con.execute("INSERT INTO articles VALUES ('1', 'Budget vote delayed')")
    con.commit()
    con.close()
    args = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "sqlite", "-o", str(db)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"newsprism: error: {db}: cannot add to this SQLite database: its table 'articles' is not NewsPrism's "
        "(columns id, headline); give another -o"
    ]
    con = sqlite3.connect(db)
    assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("articles",)]
    assert con.execute("SELECT * FROM articles").fetchall() == [("1", "Budget vote delayed")]


def test_a_locked_database_is_one_error_line_not_an_internal_error(tmp_path, capsys, monkeypatch):
    db = tmp_path / "news.db"
    args = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "sqlite", "-o", str(db)]
    assert main(args) == 0
    capsys.readouterr()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing (a second newsprism): reads work, writes wait
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda path: real_connect(path, timeout=0.1))
    try:
        assert main(args) == 2
    finally:
        holder.rollback()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"newsprism: error: {db}: "), err
    assert "locked" in err[0] and "internal error" not in err[0]


def test_two_records_with_one_id_in_a_run_are_said_not_silently_merged(tmp_path, capsys, caplog):
    import json

    batch = tmp_path / "batch.json"
    records = [{"text": "Talks resumed in Geneva.", "id": "1"}, {"text": "Shelling near Goris.", "id": "1"}]
    batch.write_text(json.dumps([*records, {"text": "Talks again.", "id": "2"}]), encoding="utf-8")
    db = tmp_path / "news.db"
    with caplog.at_level("WARNING", logger="newsprism.render"):
        assert main(["analyze", str(batch), "--layers", "meta", "--format", "sqlite", "-o", str(db)]) == 0
    assert caplog.messages == [
        f"warning: {db}: article id '1' came twice in this run: the later replaced the earlier "
        "(give each record its own 'id', or none)"
    ]
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, text FROM articles ORDER BY id").fetchall() == [
        ("1", "Shelling near Goris."),
        ("2", "Talks again."),
    ]
    caplog.clear()
    assert main(["analyze", str(batch), "--layers", "meta", "--format", "sqlite", "-o", str(db)]) == 0
    assert len(caplog.messages) == 1  # the same clash again; rows replaced from the first run are not warned about
