"""SQLite: articles, spans, records, summaries and layer runs as tables, for SQL and Datasette.

Appends to an existing database (an article analysed again replaces its rows), so a
corpus can be built up batch by batch: ``newsprism analyze *.txt --format sqlite -o news.db``.
"""

from __future__ import annotations

import errno
import json
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from newsprism.model import Analysis
from newsprism.render.formats import Format
from newsprism.render.printable import one_line

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, title TEXT, outlet TEXT, url TEXT, published TEXT, language TEXT,
  author TEXT, media_tags TEXT, source_path TEXT, text TEXT NOT NULL, newsprism_version TEXT
);
CREATE TABLE IF NOT EXISTS spans (
  article_id TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, layer TEXT, label TEXT,
  start INTEGER, "end" INTEGER, text TEXT, attrs TEXT, score REAL, source TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS records (
  article_id TEXT NOT NULL REFERENCES articles(id), kind TEXT, id TEXT, data TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE TABLE IF NOT EXISTS summaries (
  article_id TEXT NOT NULL REFERENCES articles(id), key TEXT, value TEXT, PRIMARY KEY (article_id, key)
);
CREATE TABLE IF NOT EXISTS layer_runs (
  article_id TEXT NOT NULL REFERENCES articles(id), name TEXT, version TEXT, seconds REAL,
  status TEXT, reason TEXT, spans INTEGER
);
CREATE INDEX IF NOT EXISTS spans_layer_label ON spans(layer, label);
"""
_TABLES = ("spans", "records", "summaries", "layer_runs")


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _columns(con: sqlite3.Connection) -> dict[str, list[str]]:
    """The columns of each table of ours that the database has."""
    tables = ("articles", *_TABLES)
    return {t: [row[1] for row in con.execute(f"PRAGMA table_info({t})")] for t in tables}


def _not_ours(con: sqlite3.Connection) -> str | None:
    """Why the database cannot take our rows: a table of ours there with other columns (another
    program's database, whose 'articles' we must neither add to nor delete from)."""
    expected = sqlite3.connect(":memory:")
    expected.executescript(SCHEMA)
    want = _columns(expected)
    expected.close()
    for table, have in _columns(con).items():
        if have and have != want[table]:
            return f"its table {table!r} is not NewsPrism's (columns {', '.join(have)}); give another -o"
    return None


def write_sqlite(analyses: Iterable[Analysis], path: Path) -> None:
    try:
        con = sqlite3.connect(path)
        reason = _not_ours(con)
        if reason is None:
            con.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:  # a missing folder, or a file that is not a database
        raise OSError(errno.EINVAL, f"cannot write a SQLite database here ({exc})", str(path)) from None
    if reason is not None:
        con.close()
        raise OSError(errno.EINVAL, f"cannot add to this SQLite database: {reason}", str(path))
    try:
        _insert(con, analyses, str(path))
    except sqlite3.Error as exc:  # locked by another program, disk I/O: the articles before are kept
        raise OSError(errno.EIO, f"SQLite: {exc}", str(path)) from None
    finally:
        con.close()


def _insert(con: sqlite3.Connection, analyses: Iterable[Analysis], where: str) -> None:
    """Each article's rows, committed article by article. Two articles of one run with the
    same id (a scraper that numbers each file's records from 1) keep only the later: said once."""
    seen: set[str] = set()
    for an in analyses:
        a = an.article
        if a.id in seen:
            log.warning(
                "warning: %s: article id %r came twice in this run: the later replaced the earlier "
                "(give each record its own 'id', or none)",
                one_line(where),
                one_line(a.id[:40]),
            )
        seen.add(a.id)
        for table in _TABLES:
            con.execute(f"DELETE FROM {table} WHERE article_id = ?", (a.id,))
        con.execute(
            "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.title, a.outlet, a.url, a.published.isoformat() if a.published else None, a.language,
             a.author, _dump(a.media_tags), a.source_path, a.text, an.package_version),
        )  # fmt: skip
        con.executemany(
            "INSERT INTO spans VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(a.id, s.id, s.layer, s.label, s.start, s.end, s.text, _dump(s.attrs), s.score, s.source) for s in an.spans],
        )
        con.executemany(
            "INSERT INTO records VALUES (?,?,?,?)",
            [(a.id, kind, r["id"], _dump(r)) for kind, recs in an.records.items() for r in recs],
        )
        con.executemany("INSERT INTO summaries VALUES (?,?,?)", [(a.id, k, _dump(v)) for k, v in an.summary.items()])
        con.executemany(
            "INSERT INTO layer_runs VALUES (?,?,?,?,?,?,?)",
            [(a.id, r.name, r.version, r.seconds, r.status, r.reason, r.spans) for r in an.layers],
        )
        con.commit()


FORMAT = Format("sqlite", "SQLite database: articles, spans, records, summaries (appends; needs -o)", ".db", table=write_sqlite)
