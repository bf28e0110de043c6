"""The documentation says what the code does: every command-line option is documented where a
user looks for it, every documented command parses, and the JSON fields, export columns and
SQLite tables listed in docs/schema.md are those of a real analysis (both ways), so that docs
and code cannot drift apart unnoticed."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from newsprism import Article
from newsprism.cli import build_parser
from newsprism.compare import compare
from newsprism.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EVALUATION = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
SCHEMA = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
ANALYSIS_DOC, _, COMPARISON_DOC = SCHEMA.partition("# The comparison format")
DOCS_WITH_COMMANDS = ("README.md", "DEVELOPING.md", "docs/schema.md", "docs/evaluation.md", "docs/benchmarks.md")

# Fictional report (invented outlet and people) that exercises every documented field: a
# dateline, a quotation, reported speech, "according to", a pronoun speaker, an own-voice claim,
# one agreement cited with two dates, evidence said to exist but not shown, events with actors,
# places and times.
TEXT = """Shelling resumes near Lachin road

GORIS, March 14 (Northfield Courier) — Azerbaijani forces shelled the village of Tegh near the \
Lachin road on Tuesday, the Armenian Defence Ministry said. "Two houses were destroyed overnight," \
said Anna Petrosyan, a teacher in the village. She added that the so-called "ceasefire" existed \
only on paper.

According to local officials, the shelling killed one civilian. The ministry cited the agreement \
of 10 March 2021 as binding, while its spokesman later called the agreement of 9 March 2021 void.

Baku said the separatist regime provoked the clashes. It became clear to everyone that the convoy \
carried mines. The ministry said it had intercepted radio messages, which it did not make public.
"""


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> list[str]:
    """Each option by its long name ('--output' for '-o, --output'); help left out."""
    names = []
    for action in parser._actions:
        strings = [s for s in action.option_strings if s not in ("-h", "--help")]
        if strings:
            names.append(max(strings, key=len))
    return names


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]


def _tables(text: str) -> list[list[list[str]]]:
    """Each Markdown table as its rows of cells, the header first."""
    tables: list[list[list[str]]] = []
    previous = ""
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(_cells(line))
        previous = line
    return tables


def _rows(text: str) -> list[list[str]]:
    """The cells of every Markdown table row, headers included."""
    return [row for table in _tables(text) for row in table]


def _section(doc: str, heading: str) -> str:
    """The text under a heading, up to the next heading of any level (not a '# comment' in a
    code block)."""
    lines = doc[doc.index(heading + "\n") + len(heading) + 1 :].splitlines()
    out, fenced = [], False
    for line in lines:
        fenced ^= line.startswith("```")
        if not fenced and line.startswith("#"):
            break
        out.append(line)
    return "\n".join(out)


def _documented(doc: str, heading: str) -> set[str]:
    """The field names (in backticks) in the first column of the table under a heading."""
    return {name for row in _tables(_section(doc, heading))[0][1:] for name in re.findall(r"`([^`]+)`", row[0])}


def _doc_commands() -> list[tuple[str, str]]:
    """(file, command line) for each `newsprism …` line in a shell block of the docs."""
    found = []
    for name in DOCS_WITH_COMMANDS:
        text = (ROOT / name).read_text(encoding="utf-8")
        for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
            for line in block.splitlines():
                line = re.sub(r"\s+#.*$", "", line).strip()
                line = re.sub(r"^(?:\.venv/bin/)?newsprism\b", "newsprism", line)
                if line.startswith("newsprism ") and "…" not in line and "|" not in line:
                    found.append((name, line))
        # and inline ones with options: `newsprism eval geo --errors 20` (not `newsprism eval NAME --help`)
        for span in re.findall(r"`((?:NEWSPRISM_\w+=\S+ )?newsprism [^`|…]+)`", " ".join(text.split())):
            line = re.sub(r"^NEWSPRISM_\w+=\S+ ", "", span)
            if " --" in line and not re.search(r" [A-Z]+ ", line) and (name, line) not in found:
                found.append((name, line))
    return found


def test_analyze_compare_demo_options_are_in_the_readme_table():
    rows = _rows(_section(README, "## Using it"))
    commands = _subcommands(build_parser())
    for command in ("analyze", "compare", "demo"):
        for option in _options(commands[command]):
            assert any(f"`{option}" in r[0] and command in r[1] for r in rows if len(r) > 2), (command, option)
    assert any("`-v`, `--verbose`" in r[0] for r in rows)


def test_every_output_format_is_in_the_readme():
    from newsprism.render import formats

    row = next(r for r in _rows(README) if r[0] == "`--format FMT`")
    assert set(re.findall(r"`([a-z-]+)`", row[2])) >= set(formats())


def test_eval_and_train_options_are_in_the_command_reference():
    rows = _rows(_section(EVALUATION, "## Command reference"))
    commands = _subcommands(build_parser())
    for group in ("eval", "train"):
        for name, parser in _subcommands(commands[group]).items():
            options = _options(parser)
            assert any(r[0] == f"`{group} {name}`" for r in rows) or not options, (group, name)
            for option in options:
                assert any(r[0] == f"`{group} {name}`" and f"`{option}" in r[1] for r in rows), (group, name, option)


def test_readme_lists_every_evaluation_and_trainer():
    commands = _subcommands(build_parser())
    words = " ".join(README.split())
    for group in ("eval", "train"):
        line = next(x for x in README.splitlines() if x.startswith(f"newsprism {group} "))
        listed = {w.strip() for w in line.removeprefix(f"newsprism {group} ").split("|")}
        names = set(_subcommands(commands[group]))
        assert listed <= names, listed - names
        assert {n for n in names - listed if f"newsprism {group} {n}" not in words} == set()


@pytest.mark.parametrize(("doc", "line"), _doc_commands())
def test_documented_command_parses(doc, line):
    argv = shlex.split(line)
    for arg in argv:  # the bundled samples and test fixtures a command names are there
        if arg.startswith(("tests/fixtures/", "newsprism/samples/")) and "*" not in arg:
            assert (ROOT / arg).exists(), f"{doc}: {arg}"
    try:
        build_parser().parse_args(argv[1:])
    except SystemExit as exc:  # --version exits 0 after printing; a usage error exits 2
        assert exc.code == 0, f"{doc}: {line}"


@pytest.fixture(scope="module")
def analysis():
    return Pipeline()(Article(text=TEXT, published=dt.date(2024, 3, 14)))


def _keys(records: list[dict]) -> set[str]:
    return {k for r in records for k in r}


def _same(documented: set[str], real: set[str], where: str) -> None:
    """A field added to the output needs a row in docs/schema.md, and a documented one must exist."""
    assert documented == real, (
        f"docs/schema.md, {where}: documented but not in the output {sorted(documented - real)}; "
        f"in the output but not documented {sorted(real - documented)}"
    )


def test_schema_fields_are_those_of_a_real_analysis(analysis):
    d = analysis.to_dict()
    _same(_documented(ANALYSIS_DOC, "## Top level"), set(d), "top level")
    _same(_documented(ANALYSIS_DOC, "## `article`"), set(d["article"]), "article")
    _same(_documented(ANALYSIS_DOC, "## `spans[]`"), _keys(d["spans"]), "spans")
    for kind in ("events", "claims", "consistency", "figures"):
        _same(_documented(ANALYSIS_DOC, f"### `records.{kind}`") | {"id"}, _keys(d["records"][kind]), f"records.{kind}")
    _same(_documented(ANALYSIS_DOC, "## `summary`"), set(d["summary"]), "summary")


def test_comparison_fields_are_those_of_a_real_comparison(analysis):
    c = compare([analysis, analysis])
    _same(_documented(COMPARISON_DOC, "## Top level"), set(c), "comparison top level")
    _same(_documented(COMPARISON_DOC, "## `articles[]`"), _keys(c["articles"]), "comparison articles")


def test_export_columns_and_tables_are_documented():
    from newsprism.events.rows import FIELDS
    from newsprism.render.sqlite_out import SCHEMA as SQL

    tables = {t[0][0]: t[1:] for t in _tables(_section(ANALYSIS_DOC, "## Exports: events table and SQLite"))}
    columns = [name for row in tables["column"] for name in re.findall(r"`([^`]+)`", row[0])]
    assert columns == list(FIELDS)  # the docs say "in this order"
    db = sqlite3.connect(":memory:")
    db.executescript(SQL)
    real = {
        name: {c[1] for c in db.execute(f"PRAGMA table_info({name})")}
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    # the columns are the names in backticks before any "(…)" remark
    documented = {row[0].strip("`"): set(re.findall(r"`([^`]+)`", row[1].split("(")[0])) for row in tables["table"]}
    assert documented == real


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_links_between_the_docs_resolve():
    for name in DOCS_WITH_COMMANDS:
        doc = ROOT / name
        for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            path, _, anchor = target.partition("#")
            linked = (doc.parent / path).resolve() if path else doc
            assert linked.exists(), f"{name}: {target}"
            if anchor:
                headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), re.MULTILINE)
                assert anchor in {_anchor(h) for h in headings}, f"{name}: {target}"


def test_readme_python_snippets_run(tmp_path, monkeypatch):
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    # the page repeats a paragraph of the report: another English text would make lingua load all
    # its language models (about 6 s once per process), which the test does not need
    paragraph = TEXT.split("\n\n")[1]
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Shelling near Tegh</title></head><body><article><p>{paragraph}</p></article></body></html>",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for block in re.findall(r"```python\n(.*?)```", README, re.DOTALL):
        exec(compile(block, "README.md", "exec"), namespace)  # our own documentation
    assert namespace["comparison"]["schema"] == "newsprism.comparison/1"
    assert len(namespace["comparison"]["articles"]) == 2
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
