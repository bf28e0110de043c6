import json
from pathlib import Path

import jsonschema
import pytest

from newsprism.cli import main

from conftest import FIXTURES

SCHEMA = json.loads((Path(__file__).parent.parent / "newsprism" / "schema" / "analysis.schema.json").read_text())


def test_analyze_json_validates_against_schema(capsys):
    assert main(["analyze", str(FIXTURES / "core_wire.txt"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    text = doc["article"]["text"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in doc["spans"])
    assert doc["article"]["outlet"] == "Reuters"


def test_published_and_outlet_options(capsys):
    assert (
        main(
            [
                "analyze",
                str(FIXTURES / "core_wire.txt"),
                "--format",
                "json",
                "--layers",
                "meta",
                "--published",
                "2023-03-03",
                "--outlet",
                "Kyiv Ledger",
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["article"]["published"] == "2023-03-03" and doc["article"]["outlet"] == "Kyiv Ledger"
    assert [r["name"] for r in doc["provenance"]["layers"]] == ["language", "meta"]


def test_jsonl_many_and_html_folder(tmp_path, capsys):
    out = tmp_path / "all.jsonl"
    assert (
        main(
            [
                "analyze",
                str(FIXTURES / "core_wire.txt"),
                str(FIXTURES / "core_trend.txt"),
                "--format",
                "jsonl",
                "-o",
                str(out),
                "--layers",
                "meta",
            ]
        )
        == 0
    )
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(docs) == 2
    for doc in docs:
        jsonschema.validate(doc, SCHEMA)
    folder = tmp_path / "html"
    assert (
        main(
            [
                "analyze",
                str(FIXTURES / "core_wire.txt"),
                str(FIXTURES / "core_trend.txt"),
                "--format",
                "html",
                "-o",
                str(folder),
                "--layers",
                "meta",
            ]
        )
        == 0
    )
    assert sorted(p.name for p in folder.iterdir()) == ["core_trend.html", "core_wire.html"]


def test_text_report_shows_header_and_counts(capsys):
    assert main(["analyze", str(FIXTURES / "core_wire.txt")]) == 0
    out = capsys.readouterr().out
    assert "Ceasefire talks stall" in out and "Reuters" in out and "Spans per layer" in out and "entity" in out


def test_layers_and_version(capsys):
    assert main(["layers"]) == 0
    out = capsys.readouterr().out
    assert "sentences" in out and "entities" in out and "meta" in out
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.startswith("newsprism ")


def test_demo_writes_html_reports(tmp_path, capsys):
    assert main(["demo", "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    names = sorted(p.name for p in tmp_path.glob("*.html"))
    assert names == ["artsakh_daily_ledger.html", "caspian_herald.html", "comparison.html", "meridian_wire.html"]
    assert str(tmp_path / "caspian_herald.html") in out.replace("\n", "")


def test_a_json_list_in_one_file_keeps_every_article(tmp_path, capsys):
    batch = tmp_path / "batch.json"
    records = [
        {"id": "np-a", "text": "YEREVAN, May 2 - Armenian officials said shots were fired near Sotk."},
        {"id": "np-b", "text": "BAKU, May 3 - The Defence Ministry said positions in Kalbajar were shelled."},
    ]
    batch.write_text(json.dumps(records), encoding="utf-8")
    assert main(["analyze", str(batch), "--format", "json", "--layers", "meta"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["article"]["id"] for d in docs] == ["np-a", "np-b"]
    out = tmp_path / "reports"
    assert main(["analyze", str(batch), "--format", "html", "-o", str(out), "--layers", "meta"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["batch-2.html", "batch.html"]


MARKUP_LIKE = (
    "Convoy [bold]stopped[/bold] at Goris [/]\n\n"
    'GORIS, April 26 - Armenian officials said [/] the "humanitarian [red]convoy[/red]" was stopped near Goris '
    'on Wednesday. "We will not [/] leave," a resident of Goris told reporters.\n'
)


def test_text_report_prints_square_brackets_literally(tmp_path, capsys):
    src = tmp_path / "brackets.txt"
    src.write_text(MARKUP_LIKE, encoding="utf-8")
    assert main(["analyze", str(src)]) == 0  # rich markup in an article used to crash the report
    out = capsys.readouterr().out
    assert "Convoy [bold]stopped[/bold] at Goris [/]" in out and "[red]convoy[/red]" in out
    report = tmp_path / "brackets-report.txt"
    assert main(["analyze", str(src), "-o", str(report)]) == 0
    assert "[red]convoy[/red]" in report.read_text(encoding="utf-8")


def test_a_file_name_that_is_not_utf8_can_be_reported(tmp_path, capsys):
    import os

    src = os.path.join(os.fsdecode(bytes(tmp_path)), os.fsdecode(b"svodka-\xff.txt"))  # e.g. a cp1251 name
    with open(src, "w", encoding="utf-8") as fh:
        fh.write("Talks resumed in Geneva on Monday, mediators said.\n")
    out = tmp_path / "report.json"
    assert main(["analyze", src, "--layers", "meta", "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["source_path"] == "svodka-\\xff.txt"
    folder = tmp_path / "html"
    assert main(["analyze", src, src, "--layers", "meta", "--format", "html", "-o", str(folder)]) == 0
    assert len(list(folder.iterdir())) == 2


def test_output_with_a_trailing_slash_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "new-reports"
    assert main(["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "html", "-o", f"{folder}/"]) == 0
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["core_wire.html"]


def test_top_findings_are_not_filled_by_one_layer():
    from newsprism.model import Analysis, Article, Span
    from newsprism.render.panels.findings import top

    text = "Goris " * 20 + 'the so-called "volunteers"'
    spans = [Span("place", "toponym", 6 * i, 6 * i + 5, "Goris", "place@1.0:kb", score=0.95, id=f"place-{i}") for i in range(20)]
    spans.append(Span("framing", "distancing", 124, 133, "so-called", "framing@1.0:rules", score=0.8, id="framing-1"))
    analysis = Analysis(article=Article(text=text), spans=spans)
    assert all(text[s.start : s.end] == s.text for s in spans)
    shown = top(analysis)
    assert len(shown) == 15 and "framing-1" in [s.id for s in shown]


def test_text_report_into_a_closed_pipe_exits_0_quietly():
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "newsprism", "analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # like '| head -0': the reader is gone before the report is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_reports_never_overwrite_their_inputs(tmp_path, monkeypatch, capsys):
    article = "Talks resumed in Geneva on Monday, mediators said.\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": article, "id": "np-b"}), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "a.txt", "b.json", "--layers", "meta", "--format", "text", "-o", "."]) == 0
    assert main(["analyze", "a.txt", "b.json", "--layers", "meta", "--format", "json", "-o", "."]) == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == article
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8")) == {"text": article, "id": "np-b"}
    assert (tmp_path / "a.newsprism.txt").exists() and (tmp_path / "b.newsprism.json").exists()
    capsys.readouterr()
    assert main(["analyze", "a.txt", "--layers", "meta", "--format", "jsonl", "-o", "a.txt"]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == article


def test_reports_show_the_file_name_not_the_local_folders(tmp_path, capsys):
    """A report shared with others does not reveal where its input lay; --full-paths keeps it."""
    import sqlite3

    secret = tmp_path / "home" / "alice" / "leaks"
    secret.mkdir(parents=True)
    src = secret / "memo.txt"
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    outputs = {fmt: tmp_path / f"out.{fmt}" for fmt in ("json", "html", "text", "sqlite")}
    for fmt, out in outputs.items():
        assert main(["analyze", str(src), "--layers", "meta", "--format", fmt, "-o", str(out)]) == 0
    assert main(["analyze", str(src), "--layers", "meta", "--format", "jsonl"]) == 0
    assert main(["analyze", str(src), "--layers", "meta"]) == 0
    printed = capsys.readouterr().out
    for text in [printed] + [out.read_text(encoding="utf-8", errors="replace") for out in outputs.values()]:
        assert "alice" not in text
    doc = json.loads(outputs["json"].read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["article"]["source_path"] == "memo.txt"
    with sqlite3.connect(outputs["sqlite"]) as con:
        assert con.execute("SELECT source_path FROM articles").fetchall() == [("memo.txt",)]
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json", "--full-paths"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["source_path"] == str(src)


def _talks_jsonl(path, n: int):
    """A JSONL batch of n short records with ids np-0 … np-(n-1)."""
    lines = (json.dumps({"id": f"np-{i}", "text": f"Talks resumed in Geneva on day {i}."}) for i in range(n))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_batches_are_written_as_they_are_analysed(tmp_path, monkeypatch, capsys):
    """JSON to stdout and SQLite get the analyses one at a time, not as a list held in memory;
    the JSON list printed is the same as dumping the whole list at once."""
    import dataclasses

    from newsprism import render
    from newsprism.render import sqlite_out

    src = _talks_jsonl(tmp_path / "three.jsonl", 3)
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json"]) == 0
    out = capsys.readouterr().out
    docs = json.loads(out)
    assert [d["article"]["id"] for d in docs] == ["np-0", "np-1", "np-2"]
    assert out == json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    seen = []
    real = sqlite_out.write_sqlite

    def spy(analyses, path):
        seen.append(type(analyses))
        real(analyses, path)

    monkeypatch.setitem(render.formats(), "sqlite", dataclasses.replace(sqlite_out.FORMAT, table=spy))
    assert main(["analyze", str(src), "--layers", "meta", "--format", "sqlite", "-o", str(tmp_path / "db.sqlite")]) == 0
    assert seen and seen[0] is not list


def test_control_characters_in_an_article_never_reach_the_terminal(tmp_path, capsys):
    """Hostile text: ESC sequences (clear the screen, retitle the window, colour) are shown
    as control pictures in the terminal report; JSON keeps the exact text."""
    text = "Shelling \x1b[2J\x1b]0;PWNED\x07 reported\n\nTroops crossed \x1b[8mnear Lachin\x1b[0m on Monday, officials said.\n"
    text += "Talks resumed in Geneva on Monday, mediators said.\n" * 3
    src = tmp_path / "ansi.txt"
    src.write_text(text, encoding="utf-8")
    assert main(["analyze", str(src), "--layers", "meta,sentences"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "Shelling ␛[2J␛]0;PWNED␇ reported" in out
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["text"] == text
    assert main(["compare", str(src), str(FIXTURES / "core_wire.txt"), "--layers", "meta"]) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_several_articles_into_a_file_named_like_the_format(tmp_path, capsys):
    """'-o all.json' with a batch is one JSON list (as on stdout), not a folder named all.json;
    text reports follow one another; HTML asks for a folder."""
    src = _talks_jsonl(tmp_path / "two.jsonl", 2)
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json"]) == 0
    printed = capsys.readouterr().out
    out = tmp_path / "all.json"
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json", "-o", str(out)]) == 0
    assert out.is_file() and [d["article"]["id"] for d in json.loads(out.read_text(encoding="utf-8"))] == ["np-0", "np-1"]
    assert json.loads(out.read_text(encoding="utf-8"))[0]["article"]["text"] == json.loads(printed)[0]["article"]["text"]
    txt = tmp_path / "all.txt"
    assert main(["analyze", str(src), "--layers", "meta", "-o", str(txt)]) == 0
    assert txt.is_file() and txt.read_text(encoding="utf-8").count("Spans per layer") == 2
    assert main(["analyze", str(src), "--layers", "meta", "--format", "html", "-o", str(tmp_path / "all.html")]) == 2
    assert "give a folder" in capsys.readouterr().err and not (tmp_path / "all.html").exists()
    assert main(["analyze", str(src), "--layers", "meta", "--format", "html", "-o", str(tmp_path / "pages")]) == 0
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == ["two-2.html", "two.html"]


def test_terminal_report_keeps_the_layers_in_their_run_order():
    """The control-picture copy keeps the spans' order: the per-layer table lists layers as
    they ran (meta first), not by where their first span lies."""
    from newsprism.model import Analysis, Article
    from newsprism.render.terminal import to_text

    text = "Goris, May 2 (Reuters) - Talks resumed."
    an = Analysis(Article(text=text))
    an.add_span("meta", "dateline", 0, 11, "meta@1:test")
    an.add_span("entity", "GPE", 0, 5, "entities@1:test")
    an.add_span("sentence", "sentence", 0, len(text), "sentences@1:test")
    rows = [line.split()[0] for line in to_text(an).splitlines() if "│" in line and line.split()[0].isalpha()]
    assert rows[:3] == ["meta", "entity", "sentence"], rows


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse refuses an option value this way
        return exc.code


def test_a_layers_option_that_names_no_layer_is_refused_not_read_as_all(capsys):
    for value in (",", "", " , "):
        assert _exit_code(["analyze", str(FIXTURES / "core_wire.txt"), "--layers", value]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--layers names no layer" in err[0], err


def test_an_empty_outlet_is_refused_and_spaces_around_one_are_dropped(capsys):
    assert _exit_code(["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--outlet", "  "]) == 2
    assert "--outlet: empty" in capsys.readouterr().err
    argv = ["analyze", str(FIXTURES / "core_wire.txt"), "--layers", "meta", "--format", "json", "--outlet", " Lachin Courier "]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["article"]["outlet"] == "Lachin Courier"


def test_a_record_id_never_leads_a_report_out_of_its_folder(tmp_path, monkeypatch, capsys):
    # records from stdin have no file name: their reports are named by id, which is input text
    import io
    import sys

    records = [{"text": "Talks resumed in Geneva, mediators said.", "id": i} for i in ("../../up", "/tmp/abs", "..")]
    records.append({"text": "Shelling near Goris, officials said.", "id": "a\nb c"})
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(records).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    out = tmp_path / "deep" / "reports"
    assert main(["analyze", "-", "--layers", "meta", "--format", "json", "-o", f"{out}/"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["a_b c.json", "article.json", "tmp_abs.json", "up.json"]
    assert sorted(p.name for p in tmp_path.rglob("*.json")) == written  # nothing outside the folder
    assert capsys.readouterr().out.splitlines() == [
        str(out / n) for n in ("up.json", "tmp_abs.json", "article.json", "a_b c.json")
    ]


def test_an_existing_output_is_kept_when_every_input_is_bad(tmp_path, capsys):
    # a typo in the input names must not empty yesterday's analyses.jsonl
    for fmt, name in [
        ("jsonl", "a.jsonl"),
        ("events-csv", "a.csv"),
        ("json", "a.json"),
        ("sqlite", "a.db"),
        ("events-parquet", "a.parquet"),
    ]:
        out = tmp_path / name
        out.write_bytes(b"earlier results\n")
        missing = [str(tmp_path / "no-such-1.txt"), str(tmp_path / "no-such-2.txt")]
        assert main(["analyze", *missing, "--layers", "meta", "--format", fmt, "-o", str(out)]) == 2
        assert out.read_bytes() == b"earlier results\n", fmt
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("no such file") == 2
    good = tmp_path / "good.txt"
    good.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    assert main(["analyze", str(good), "--layers", "meta", "--format", "jsonl", "-o", str(tmp_path / "a.jsonl")]) == 0
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["article"]["source_path"] == "good.txt"


def test_output_dash_is_standard_output_not_a_file_named_dash(tmp_path, monkeypatch, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["source_path"] == "a.txt"
    assert main(["analyze", str(src), "--layers", "meta", "--format", "html", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["analyze", str(src), "--layers", "meta", "--format", "sqlite", "-o", "-"]) == 2
    assert "give -o FILE" in capsys.readouterr().err
    assert not (tmp_path / "-").exists()


def test_an_article_whose_analysis_fails_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch, capsys):
    from newsprism.pipeline import Pipeline

    real = Pipeline.__call__

    def flaky(self, article):
        if "poison" in article.text:
            raise MemoryError("parser ran out of memory")
        return real(self, article)

    monkeypatch.setattr(Pipeline, "__call__", flaky)
    batch = tmp_path / "batch.jsonl"
    texts = ["Talks resumed in Geneva, mediators said.", "A poison text.", "Shelling near Goris, officials said."]
    batch.write_text("".join(json.dumps({"text": t, "id": f"r{i}"}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(batch), "--layers", "meta", "--format", "jsonl", "-o", str(out)]) == 1
    assert [json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["r0", "r2"]
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "newsprism: error: batch.jsonl (article r1): analysis failed (MemoryError: parser ran out of memory); skipped (run with -v for details)"
    ]


def test_compare_skips_an_article_whose_analysis_fails(tmp_path, monkeypatch, capsys):
    from newsprism.pipeline import Pipeline

    real = Pipeline.__call__
    monkeypatch.setattr(Pipeline, "__call__", lambda self, a: 1 / 0 if "poison" in a.text else real(self, a))
    paths = []
    for name, text in [("a", "Talks resumed in Geneva, mediators said."), ("b", "A poison text."), ("c", "Talks in Geneva.")]:
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    assert main(["compare", *map(str, paths), "--layers", "meta", "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert [c["source_path"] for c in json.loads(captured.out)["articles"]] == ["a.txt", "c.txt"]
    assert captured.err.count("\n") == 1 and "b.txt (article " in captured.err and "ZeroDivisionError" in captured.err


def test_a_long_input_name_still_gives_a_report_name_the_file_system_takes(tmp_path, monkeypatch, capsys):
    # a 250-byte file name (the limit is 255) plus ".newsprism.txt" was too long: the batch ended
    src = tmp_path / ("Ш" * 100 + "x" * 46 + ".txt")
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", src.name, "--layers", "meta", "--format", "text", "-o", "."]) == 0
    [written] = capsys.readouterr().out.splitlines()
    assert written.endswith(".txt") and len(Path(written).name.encode()) <= 255 and Path(written).exists()


def test_jsonl_keeps_one_record_per_line_for_every_line_splitter(tmp_path):
    """U+2028, U+2029 and U+0085 are valid raw in JSON strings, but str.splitlines() (and
    JavaScript before ES2019) take them as line ends and would cut a record in two."""
    records = [
        {
            "id": "ls-1",
            "title": "Ceasefire\u2028holds",
            "outlet": "Lake\u2029Wire",
            "text": "Talks resumed in Geneva.\u2028Mediators said so.\u2029",
        },
        {"id": "ls-2", "text": "Shelling near Lachin\x85on Monday, officials said \\\u2028 twice."},
    ]
    src = tmp_path / "breaks.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "--layers", "meta", "--format", "jsonl", "-o", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    assert not any(c in written for c in "\u2028\u2029\x85")
    lines = written.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line)["article"] for line in lines]
    for doc, record in zip(docs, records, strict=True):
        assert {k: doc[k] for k in record} == record


def test_the_json_document_renderer_escapes_line_separators_too():
    from newsprism import render
    from newsprism.model import Article
    from newsprism.pipeline import Pipeline

    text = "Talks resumed in Geneva.\u2028Mediators said so.\u2029\x85"
    doc = render.get("json").document(Pipeline(["meta"])(Article(text=text, id="ls-3")))
    assert not any(c in doc for c in "\u2028\u2029\x85") and "\\u2028" in doc
    assert json.loads(doc)["article"]["text"] == text


def test_bidi_overrides_in_an_article_never_reach_the_terminal(tmp_path, capsys):
    """An outlet holding U+202E (right-to-left override) would reverse the date after it on the
    header line in a terminal that applies bidi; the report shows each bidi control as U+FFFD,
    and JSON keeps the exact text."""
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    record = {
        "id": "bidi-1",
        "title": "\u2067Ceasefire\u2069 holds",
        "outlet": "\u202eWire",
        "published": "2023-04-25",
        "text": "Talks resumed in Geneva on Monday, \u202eEKAF\u202c mediators said.\n" * 3,
    }
    src = tmp_path / "bidi.jsonl"
    src.write_text(json.dumps(record), encoding="utf-8")
    assert main(["analyze", str(src), "--layers", "meta,sentences"]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in bidi)
    assert "\ufffdWire · 2023-04-25" in out and "\ufffdCeasefire\ufffd holds" in out
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json"]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert (article["outlet"], article["title"], article["text"]) == (record["outlet"], record["title"], record["text"])


def test_line_separators_and_bidi_controls_from_the_cli(tmp_path, capsys):
    """JSON from the CLI (one analysis, a list, a comparison) escapes U+2028/U+2029/U+0085, so a
    line splitter never cuts a document; compare's terminal table and error lines show bidi
    controls as U+FFFD, so an outlet holding U+202E cannot reverse the rest of the line."""
    text = "Talks stall\n\nBaku, April 26 (\u202eeriW ysaE) — Troops on Tuesday shelled the village.\u2028 Aid\u0085 waits.\n"
    text += "Talks resumed in Geneva on Monday, mediators said.\n" * 3
    src = tmp_path / "bidi.txt"
    src.write_text(text, encoding="utf-8")
    assert main(["analyze", str(src), "--layers", "meta", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\u2028" not in out and "\u0085" not in out and "\\u2028" in out
    assert json.loads(out)["article"]["text"] == text
    other = str(FIXTURES / "core_wire.txt")
    assert main(["analyze", str(src), other, "--layers", "meta", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["article"]["text"] == text
    assert main(["compare", str(src), other, "--layers", "meta", "--format", "json"]) == 0
    assert "\u2028" not in capsys.readouterr().out
    record = tmp_path / "bidi.json"
    record.write_text(json.dumps({"text": text, "outlet": "\u202eeriW ysaE", "title": "Talks \u202estall"}), encoding="utf-8")
    assert main(["compare", str(record), other, "--layers", "meta"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\ufffderiW ysaE" in out
    bad = tmp_path / "\u202ebad.txt"
    bad.write_bytes(b"")
    assert main(["analyze", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "\u202e" not in err and "\ufffdbad.txt" in err


def test_an_output_in_a_missing_folder_is_written_there(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    for fmt, name in [("json", "x.json"), ("jsonl", "x.jsonl"), ("sqlite", "x.db"), ("text", "x.txt")]:
        out = tmp_path / "new" / fmt / name
        assert main(["analyze", str(src), "--layers", "meta", "--format", fmt, "-o", str(out)]) == 0, fmt
        assert out.exists() and out.stat().st_size > 0, fmt
        assert capsys.readouterr().out.strip() == str(out)
    out = tmp_path / "new" / "cmp" / "comparison.json"
    assert main(["compare", str(src), str(src), "--layers", "meta", "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture
def no_pipeline(monkeypatch):
    """Fails the test if a pipeline is built: the command must stop before any analysis."""
    import newsprism.pipeline

    def never(*args, **kwargs):
        raise AssertionError("the pipeline must not be built: the command should have stopped first")

    monkeypatch.setattr(newsprism.pipeline, "Pipeline", never)


def test_an_output_under_a_file_is_refused_before_any_analysis(tmp_path, capsys, no_pipeline):
    src = tmp_path / "a.txt"
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    out = src / "sub" / "x.json"  # a.txt is a file: nothing can be written below it
    for cmd in (["analyze", str(src)], ["compare", str(src), str(src)]):
        assert main([*cmd, "--format", "json", "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is a file, not a folder" in err and "Traceback" not in err


def test_compare_text_into_a_file_holds_the_table(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Shelling hit Kharkiv\n\nKYIV, Nov 26, 2026 (Kyiv Ledger) - Shells hit Kharkiv on Tuesday.\n", encoding="utf-8")
    b.write_text(
        "Strike on Kharkiv\n\nMOSCOW, Nov 26, 2026 (Volga Dispatch) - Forces struck Kharkiv on Tuesday.\n", encoding="utf-8"
    )
    out = tmp_path / "comparison.txt"
    assert main(["compare", str(a), str(b), "--layers", "meta", "--format", "text", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")  # was written empty
    assert "How the reports tell it" in text and "Kyiv Ledger" in text and "Volga Dispatch" in text
    assert "\x1b[" not in text  # plain text, no terminal colour codes


def test_a_one_file_format_refuses_a_folder_before_any_analysis(tmp_path, capsys, no_pipeline):
    src = tmp_path / "a.txt"
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    (tmp_path / "existing").mkdir()
    for fmt, ext in [("jsonl", ".jsonl"), ("events-csv", ".csv"), ("events-parquet", ".parquet"), ("sqlite", ".db")]:
        for out in (str(tmp_path / "new") + "/", str(tmp_path / "existing")):
            assert main(["analyze", str(src), str(src), "--format", fmt, "-o", out]) == 2, (fmt, out)
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "writes one file for every article; give a file name" in err, err
            assert f"analyses{ext})" in err
    assert not (tmp_path / "new").exists() and not any((tmp_path / "existing").iterdir())


def test_compare_refuses_a_folder_before_any_analysis(tmp_path, capsys, no_pipeline):
    src = tmp_path / "a.txt"
    src.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    assert main(["compare", str(src), str(src), "--format", "html", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"compare writes one file; give a file name (-o {tmp_path}/comparison.html)" in err
