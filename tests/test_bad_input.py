"""Bad input: exit code 2, exactly one readable line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = "Shelling resumed near Kharkiv on Friday, the regional governor said.\n"


def newsprism(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsprism", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def write(tmp: Path, name: str, data: bytes | str) -> str:
    p = tmp / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(p)


CASES = [
    # id, file name, content (None = do not create), extra args, expected words in the message
    ("empty", "empty.txt", b"", [], "empty"),
    ("whitespace", "blank.txt", b"  \n\t \n", [], "whitespace"),
    ("binary", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, [], "binary"),
    ("too-large", "big.txt", ("word " * 400).encode(), ["--max-chars", "1000"], "too large"),
    (
        "wrong-encoding",
        "cp1252.txt",
        "Caf\u00e9 owners said the mayor\u2019s office\n".encode("cp1252"),
        ["--encoding", "utf-8"],
        "not valid utf-8",
    ),
    ("unknown-encoding", "ok.txt", GOOD.encode(), ["--encoding", "klingon-8"], "unknown encoding"),
    ("non-text-encoding", "ok.txt", GOOD.encode(), ["--encoding", "rot13"], "not a text encoding"),
    ("non-text-encoding-jsonl", "ok.jsonl", json.dumps({"text": GOOD}).encode(), ["--encoding", "base64"], "not a text encoding"),
    ("punycode-jsonl", "ok.jsonl", json.dumps({"text": GOOD}).encode(), ["--encoding", "punycode"], "not valid punycode"),
    ("malformed-json", "broken.json", b'{"text": "Shelling resumed", "title": ', [], "malformed JSON"),
    ("json-no-text", "notext.json", b'{"title": "A title only"}', [], "no 'text'"),
    ("json-bad-date", "baddate.json", json.dumps({"text": GOOD, "published": "last Tuesday"}).encode(), [], "not a date"),
    (
        "json-lone-surrogate",
        "surrogate.json",
        b'{"text": "Shelling \\ud800 resumed near Kharkiv."}',
        [],
        "invalid Unicode escape",
    ),
    ("json-empty-list", "empty-list.json", b"[]", [], "empty JSON list"),
    ("jsonl-bad-line", "bad.jsonl", b"{not json}\n", [], "malformed JSON line"),
    ("json-nested-too-deeply", "deep.json", b"[" * 100_000 + b"]" * 100_000, [], "nested too deeply"),
    ("json-huge-integer", "bignum.json", b'{"text": "Talks resumed.", "id": ' + b"1" * 5000 + b"}", [], "unreadable JSON value"),
    ("malformed-html", "broken.html", b"<html><body><div class='x'<<<<p></", [], "no readable article text"),
    ("hostile-html", "hostile.html", (FIXTURES / "core_hostile.html").read_bytes(), [], "no readable article text"),
    ("directory", "a-folder", None, [], "is a directory"),
    ("missing", "does-not-exist.txt", None, [], "no such file"),
    ("unknown-layer", "ok.txt", GOOD.encode(), ["--layers", "astrology"], "unknown layer"),
    ("bad-published", "ok.txt", GOOD.encode(), ["--published", "yesterday"], "not a date"),
    ("typo-published", "ok.txt", GOOD.encode(), ["--published", "0023-04-26"], "not a plausible publication date"),
    ("json-year-one", "y1.json", json.dumps({"text": GOOD, "published": "0001-01-01"}).encode(), [], "not a plausible"),
    ("zero-max-chars", "ok.txt", GOOD.encode(), ["--max-chars", "0"], "not a positive whole number"),
    ("negative-max-chars", "ok.txt", GOOD.encode(), ["--max-chars", "-5"], "not a positive whole number"),
    ("unknown-format", "ok.txt", GOOD.encode(), ["--format", "pdf"], "unknown format"),
]


@pytest.mark.parametrize(("name", "content", "args", "expect"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_exits_2_with_one_line(tmp_path, name, content, args, expect):
    if name == "a-folder":
        (tmp_path / name).mkdir()
        path = str(tmp_path / name)
    elif content is None:
        path = str(tmp_path / name)
    else:
        path = write(tmp_path, name, content)
    result = (
        newsprism("analyze", path, *args, "--layers", "meta") if "--layers" not in args else newsprism("analyze", path, *args)
    )
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsprism: error:")
    assert expect.lower() in lines[0].lower()
    assert "Traceback" not in err


def test_stdin_empty_is_rejected():
    result = newsprism("analyze", "-", "--layers", "meta", stdin=b"")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "newsprism: error: <stdin>: empty input"


def test_batch_reports_bad_items_and_analyses_the_rest(tmp_path):
    good1 = write(tmp_path, "good1.txt", GOOD)
    bad = write(tmp_path, "bad.txt", b"\x00\x01\x02\x03binary")
    good2 = write(tmp_path, "good2.txt", "Talks resumed in Geneva on Monday, mediators said.\n")
    jsonl = str(FIXTURES / "core_records.jsonl")
    out = tmp_path / "out.jsonl"
    result = newsprism(
        "analyze",
        good1,
        bad,
        str(tmp_path / "missing.txt"),
        good2,
        jsonl,
        "--layers",
        "meta",
        "--format",
        "jsonl",
        "-o",
        str(out),
    )
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2
    assert len(err) == 4, err  # binary, missing, and two bad JSONL lines
    assert any("bad.txt: binary" in line for line in err)
    assert any("missing.txt: no such file" in line for line in err)
    assert any("core_records.jsonl:2:" in line for line in err)
    assert any("core_records.jsonl:3:" in line for line in err)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["article"]["id"] for r in rows][-2:] == ["np-fixture-1", "np-fixture-2"]
    assert len(rows) == 4
    assert "Traceback" not in result.stderr.decode()


def test_stdin_jsonl_over_the_byte_limit_loses_no_record():
    records = [json.dumps({"id": f"np-{i}", "text": f"Talks resumed in Geneva on day {i}, mediators said."}) for i in range(40)]
    data = ("\n".join(records) + "\n").encode()
    assert len(data) > 4 * 200  # more bytes than the per-text limit allows for one text
    for sniffed in ([], ["--input-format", "jsonl"]):
        result = newsprism("analyze", "-", *sniffed, "--max-chars", "200", "--layers", "meta", "--format", "jsonl", stdin=data)
        assert result.returncode == 0, result.stderr.decode()
        ids = [json.loads(line)["article"]["id"] for line in result.stdout.decode().splitlines()]
        assert ids == [f"np-{i}" for i in range(40)]


def test_a_json_list_larger_than_one_text_is_a_batch_not_too_large(tmp_path):
    records = [{"id": f"np-{i}", "text": f"Talks resumed in Geneva on day {i}, mediators said."} for i in range(40)]
    records.append({"id": "np-long", "text": "word " * 100})
    path = write(tmp_path, "batch.json", json.dumps(records))
    result = newsprism("analyze", path, "--max-chars", "200", "--layers", "meta", "--format", "jsonl")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(err) == 1 and "batch.json[40]: text too large" in err[0], err
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.decode().splitlines()]
    assert ids == [f"np-{i}" for i in range(40)]


def test_a_large_jsonl_file_without_extension_is_a_batch(tmp_path):
    records = [json.dumps({"id": f"np-{i}", "text": f"Talks resumed in Geneva on day {i}, mediators said."}) for i in range(40)]
    path = write(tmp_path, "export", "\n".join(records) + "\n")
    result = newsprism("analyze", path, "--max-chars", "200", "--layers", "meta", "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    assert len(result.stdout.decode().splitlines()) == 40
    big_text = write(tmp_path, "notes", "word " * 400)
    result = newsprism("analyze", big_text, "--max-chars", "200", "--layers", "meta")
    assert result.returncode == 2 and "too large" in result.stderr.decode()


def test_a_symlink_loop_in_a_batch_is_one_line_and_the_rest_is_analysed(tmp_path):
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    good = write(tmp_path, "good.txt", GOOD)
    result = newsprism("analyze", str(tmp_path / "loop1"), good, "--layers", "meta", "--format", "jsonl")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and err == [f"newsprism: error: {tmp_path / 'loop1'}: symbolic link loop"], err
    assert len(result.stdout.decode().splitlines()) == 1


@pytest.mark.parametrize("value", ["abc", "0", "-5", "1e6"])
def test_a_bad_max_chars_environment_variable_is_refused_not_ignored(tmp_path, value):
    good = write(tmp_path, "good.txt", GOOD)
    result = newsprism("analyze", good, "--layers", "meta", env={"NEWSPRISM_MAX_CHARS": value})
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(err) == 1, err
    assert err[0].startswith("newsprism: error: NEWSPRISM_MAX_CHARS: not a positive whole number"), err


def test_the_max_chars_environment_variable_is_used(tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    result = newsprism("analyze", good, "--layers", "meta", env={"NEWSPRISM_MAX_CHARS": "20"})
    assert result.returncode == 2 and "too large" in result.stderr.decode()


def test_jsonl_lines_nested_too_deeply_or_with_huge_numbers_are_skipped(tmp_path):
    good = json.dumps({"text": GOOD})
    lines = [good, '{"text": "x", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", '{"text": "x", "id": ' + "9" * 5000 + "}", good]
    path = write(tmp_path, "odd.jsonl", "\n".join(lines) + "\n")
    result = newsprism("analyze", path, "--layers", "meta", "--format", "jsonl")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(err) == 2, err
    assert f"{path}:2: JSON nested too deeply" in err[0] and f"{path}:3: unreadable JSON value" in err[1], err
    assert len(result.stdout.decode().splitlines()) == 2


def test_closed_stdin_or_stdout_is_no_internal_error(tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    closed_in = subprocess.run(
        ["sh", "-c", 'exec "$0" -m newsprism analyze - --layers meta <&-', sys.executable], capture_output=True, timeout=120
    )
    assert closed_in.returncode == 2
    assert closed_in.stderr.decode().strip() == "newsprism: error: <stdin>: standard input is closed"
    closed_out = subprocess.run(
        ["sh", "-c", 'exec "$0" -m newsprism analyze "$1" --layers meta --format json >&-', sys.executable, good],
        capture_output=True,
        timeout=120,
    )
    assert closed_out.returncode == 0 and closed_out.stderr == b"", closed_out.stderr.decode()


def test_an_error_line_shows_control_characters_as_pictures(tmp_path):
    path = write(tmp_path, "evil\x1b[2J.txt", b"")
    result = newsprism("analyze", path, "--layers", "meta")
    err = result.stderr.decode()
    assert result.returncode == 2 and "\x1b" not in err and "evil␛[2J.txt: empty input" in err


def test_the_largest_max_chars_reads_in_chunks_not_one_allocation(tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    result = newsprism("analyze", good, "--layers", "meta", "--max-chars", "6000000")
    assert result.returncode == 0, result.stderr.decode()
    result = newsprism("analyze", "-", "--layers", "meta", "--max-chars", "6000000", stdin=GOOD.encode())
    assert result.returncode == 0, result.stderr.decode()


@pytest.mark.parametrize("size", ["6000001", "999999999999", "99999999999999999999"])
def test_a_max_chars_above_the_parser_limit_is_refused_before_reading(tmp_path, size):
    """Otherwise `--max-chars 999999999999 /dev/zero` reads until memory runs out."""
    result = newsprism("analyze", "/dev/zero", "--layers", "meta", "--max-chars", size)
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(err) == 1, err
    assert "above the largest supported text, 6,000,000 characters" in err[0], err
    result = newsprism("analyze", write(tmp_path, "good.txt", GOOD), "--layers", "meta", env={"NEWSPRISM_MAX_CHARS": size})
    assert result.returncode == 2 and "NEWSPRISM_MAX_CHARS" in result.stderr.decode()


def test_a_json_record_naming_a_key_twice_is_skipped_and_the_rest_kept(tmp_path):
    """json.loads keeps the last of two "text" keys silently: the first text would be lost unseen."""
    records = '[{"text": "A first text.", "text": "' + GOOD.strip() + '"}, {"text": "' + GOOD.strip() + '"}]'
    path = write(tmp_path, "dup.json", records)
    result = newsprism("analyze", path, "--layers", "meta", "--format", "jsonl")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(err) == 1, err
    assert err[0] == f"newsprism: error: {path}[0]: the record names the key 'text' twice: which value is meant is unclear"
    assert len(result.stdout.decode().splitlines()) == 1
    nested = write(tmp_path, "nested.jsonl", '{"text": "' + GOOD.strip() + '", "tag": 1, "tag": 2, "extra": {"a": 1, "a": 2}}\n')
    assert newsprism("analyze", nested, "--layers", "meta", "--format", "jsonl").returncode == 0


def test_an_output_that_is_a_hard_link_to_an_input_is_refused(tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    os.link(good, tmp_path / "out.json")
    result = newsprism("analyze", good, "--layers", "meta", "--format", "json", "-o", str(tmp_path / "out.json"))
    assert result.returncode == 2 and "is one of the inputs" in result.stderr.decode()
    assert Path(good).read_text() == GOOD


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_full_disk_names_the_output_file(tmp_path, fmt):
    good = write(tmp_path, "good.txt", GOOD)
    result = newsprism("analyze", good, "--layers", "meta", "--format", fmt, "-o", "/dev/full")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and err == ["newsprism: error: /dev/full: No space left on device"], err


def test_the_default_limit_refuses_a_text_longer_than_a_million_characters(tmp_path):
    """A book-length text would take minutes and gigabytes to parse: refused unless asked for."""
    just_over = write(tmp_path, "long.txt", "a" * 1_000_001)
    result = newsprism("analyze", just_over, "--layers", "meta")
    err = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(err) == 1 and "too large" in err[0], err
    result = newsprism("analyze", just_over, "--layers", "meta", "--max-chars", "1000001")
    assert result.returncode == 0, result.stderr.decode()


def test_utf8_with_a_stray_byte_is_analysed_with_one_warning_line(tmp_path):
    data = "Café owners in Kharkiv said the mayor".encode() + b"\x92s office was shelled on Friday.\n"
    path = write(tmp_path, "mixed.txt", data)
    result = newsprism("analyze", path, "--layers", "meta", "--format", "json")
    err = result.stderr.decode()
    assert result.returncode == 0 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("newsprism: warning: ") and "mixed.txt: 1 byte(s) not valid UTF-8 (the first at byte 38)" in err
    text = json.loads(result.stdout)["article"]["text"]
    assert text == "Café owners in Kharkiv said the mayor\ufffds office was shelled on Friday.\n"


def test_a_file_name_with_line_breaks_cannot_split_or_forge_an_error_line(tmp_path):
    bad = write(tmp_path, "evil\nnewsprism: report written.txt", b"")
    result = newsprism("analyze", bad, "--layers", "meta", "-o", str(tmp_path / "out\rput" / "x.jsonl"), "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.decode() == f"newsprism: error: {tmp_path}/evil␊newsprism: report written.txt: empty input\n"
    good = write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "no\nsuch", b"a file where the output's folder would be")
    result = newsprism("analyze", good, "--layers", "meta", "--format", "jsonl", "-o", str(tmp_path / "no\nsuch" / "x.jsonl"))
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1
    assert result.stderr.decode().endswith("no␊such/x.jsonl: " + str(tmp_path) + "/no␊such is a file, not a folder\n")


def test_the_cli_offers_the_input_formats_ingest_reads():
    from newsprism import cli, ingest

    assert tuple(cli.INPUT_FORMATS) == ingest.FORMATS
