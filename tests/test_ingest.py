import datetime as dt
import io
import json
import sys

import pytest

from newsprism import ingest
from newsprism.ingest import InputError
from newsprism.ingest.decode import decode, looks_binary
from newsprism.ingest.plaintext import from_text, split_media_tags
from newsprism.model import Article

from conftest import FIXTURES


def articles(path, **kw):
    items = list(ingest.read(str(path), **kw))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ingest.InputError)]


def test_plain_text_title_and_media_tags_keep_text_intact():
    raw = (FIXTURES / "core_wire.txt").read_text(encoding="utf-8")
    [a], errors = articles(FIXTURES / "core_wire.txt")
    assert not errors
    assert a.title == "Ceasefire talks stall as shelling resumes near Kharkiv"
    assert a.media_tags == ["VIDEO", "PHOTOS"]
    assert a.text == raw  # offsets index the file exactly


def test_no_title_without_blank_line():
    assert from_text("One long paragraph without a title line. It goes on.").title is None


def test_split_media_tags_variants():
    assert split_media_tags("Convoy stopped (PHOTO/VIDEO)") == ("Convoy stopped", ["PHOTO", "VIDEO"])
    assert split_media_tags("[PHOTOS] Shelling in Kharkiv") == ("Shelling in Kharkiv", ["PHOTOS"])
    assert split_media_tags("Minister (left) meets envoy") == ("Minister (left) meets envoy", [])


def test_html_extracts_main_text_and_metadata_without_scripts():
    [a], errors = articles(FIXTURES / "core_page.html")
    assert not errors
    assert a.title == "Border guards detain two men near Kornidzor"
    assert a.media_tags == ["PHOTO"]
    assert a.outlet == "Ararat Valley Gazette"
    assert a.published == dt.date(2023, 5, 2)
    assert "detained two men near the village of Kornidzor" in a.text
    assert "__pwned" not in a.text and "onerror" not in a.text and "color: red" not in a.text
    assert "Home" not in a.text.split("\n")[0]


def test_jsonl_good_records_and_bad_lines():
    good, bad = articles(FIXTURES / "core_records.jsonl")
    assert [a.id for a in good] == ["np-fixture-1", "np-fixture-2"]
    assert good[0].outlet == "Dnipro Evening Post" and good[0].published == dt.date(2024, 2, 11)
    assert good[0].title == "Drone strike hits fuel depot"
    assert [e.where.rsplit(":", 1)[1] for e in bad] == ["2", "3"]


def test_json_list_and_cli_overrides(tmp_path):
    p = tmp_path / "two.json"
    p.write_text('[{"text": "First report about Goris."}, {"text": "Second report about Lachin.", "outlet": "X"}]')
    good, bad = articles(p, outlet="Override", published=dt.date(2023, 1, 2))
    assert not bad
    assert [a.outlet for a in good] == ["Override", "Override"]
    assert all(a.published == dt.date(2023, 1, 2) for a in good)


def test_a_lone_surrogate_escape_fails_its_record_only(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(
        '{"text": "Talks resumed.", "title": "Bad \\udc00 title"}\n{"text": "Shelling \\ud800 resumed."}\n'
        '{"text": "Talks resumed in Geneva \\ud83d\\ude00."}\n',
        encoding="utf-8",
    )
    good, bad = articles(p)
    assert [a.text for a in good] == ["Talks resumed in Geneva \U0001f600."]
    assert ["title" in e.message for e in bad] == [True, False]
    assert all("lone surrogate" in e.message for e in bad)


def test_record_language_tags_are_reduced_to_the_language(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": "Talks resumed.", "language": tag}) for tag in ("en-US", "EN", "en_GB", "ru", "")]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = articles(p)
    assert not bad and [a.language for a in good] == ["en", "en", "en", "ru", None]


def test_a_record_language_that_is_no_language_tag_fails_that_record_only(tmp_path):
    # "English" or 5 taken as a language would skip every English layer without saying why
    p = tmp_path / "batch.jsonl"
    values = ["English", 5, "../../etc", "en-US", "sr-Latn-RS", ["en"]]
    p.write_text("".join(json.dumps({"text": "Talks resumed.", "language": v}) + "\n" for v in values), encoding="utf-8")
    good, bad = articles(p)
    assert [a.language for a in good] == ["en", "sr"]
    assert [e.where.rsplit(":", 1)[1] for e in bad] == ["1", "2", "3", "6"]
    assert all("'language' must be a language tag such as en or en-US" in e.message for e in bad)
    assert bad[1].message.endswith("not a number") and bad[3].message.endswith("not a list")


def test_messages_name_json_types_not_python_types(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text('null\n{"text": 12}\n{"text": null}\n{"text": "Talks.", "title": {"a": 1}}\n{"title": "T"}\n')
    _, bad = articles(p)
    assert [e.message for e in bad] == [
        "expected a JSON object with a 'text' field, got null",
        "'text' must be a string, not a number",
        "'text' must be a string, not null",
        "field 'title' must be a string, not an object",
        "record has no 'text' field",
    ]


def test_jsonl_records_may_hold_unicode_line_separators(tmp_path):
    texts = ["Talks resumed in Geneva.\u2028Mediators said so.", "Shelling near Goris\x85on Tuesday.", "Plain.\r"]
    p = tmp_path / "batch.jsonl"
    p.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\r\n" for t in texts), encoding="utf-8")
    good, bad = articles(p)
    assert not bad and [a.text for a in good] == texts


def test_record_author_is_kept(tmp_path):
    p = tmp_path / "one.json"
    p.write_text(
        json.dumps({"text": "Talks resumed.", "author": "A. Hakobyan", "url": "https://example.org/a"}), encoding="utf-8"
    )
    [a], _ = articles(p)
    assert a.author == "A. Hakobyan" and a.url == "https://example.org/a"


def test_jsonl_saved_as_json_is_read_as_jsonl(tmp_path):
    p = tmp_path / "export.json"
    p.write_text('{"text": "Talks resumed."}\n{"text": "Shelling near Goris."}\n', encoding="utf-8")
    good, bad = articles(p)
    assert not bad and [a.text for a in good] == ["Talks resumed.", "Shelling near Goris."]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Title\n\nBody about Shusha.\n")))
    [a] = list(ingest.read("-"))
    assert a.title == "Title" and a.source_path is None


def test_cp1252_is_detected_and_decoded():
    [a], errors = articles(FIXTURES / "core_cp1252.txt")
    assert not errors
    assert "café district" in a.text and "mayor’s office" in a.text


def test_utf8_with_a_few_stray_bytes_stays_utf8_and_says_so(caplog):
    # one cp1252 apostrophe pasted into UTF-8 text: charset detection would turn every
    # UTF-8 character into mojibake ("Café" -> "Caf√©"); the stray byte becomes U+FFFD instead
    data = "Café owners in Kharkiv said the mayor".encode() + b"\x92s office was hit. " + "“We will respond”".encode()
    with caplog.at_level("WARNING", logger="newsprism.ingest"):
        text, used = decode(data, "mixed.txt")
    assert used == "utf-8" and text == "Café owners in Kharkiv said the mayor\ufffds office was hit. “We will respond”"
    assert caplog.messages == [
        "warning: mixed.txt: 1 byte(s) not valid UTF-8 (the first at byte 38), each shown as \ufffd; "
        "give --encoding if the file is in another charset"
    ]
    # text in a one-byte charset is still detected, not read as UTF-8
    cyrillic = "Обстрел возобновился под Харьковом в пятницу, заявил губернатор области."
    assert decode(cyrillic.encode("cp1251"), "x")[0] == cyrillic
    french = "Le café de la Défense a été bombardé, a déclaré le maire de la ville."
    assert decode(french.encode("latin-1"), "x")[0] == french


def test_a_guessed_charset_is_named_and_mostly_ascii_text_is_read_as_cp1252(caplog):
    # charset detection called one 0xFF byte Urdu (cp1006) and two apostrophes Central European
    with caplog.at_level("WARNING", logger="newsprism.ingest"):
        text, used = decode(b"Troops shelled the town \xff on Monday.", "s.txt")
    assert (text, used) == ("Troops shelled the town \u00ff on Monday.", "cp1252")
    assert caplog.messages == [
        "warning: s.txt: not UTF-8; read as cp1252 (guessed from its bytes); give --encoding if that is wrong"
    ]
    cyrillic = "Обстрел возобновился под Харьковом в пятницу, заявил губернатор области."
    assert decode(cyrillic.encode("cp1251"), "x") == (cyrillic, "cp1251")


def test_jsonl_with_a_stray_byte_loses_only_that_line(tmp_path):
    lines = [json.dumps({"text": t}, ensure_ascii=False).encode() for t in ("Café talks.", "Шелест у Харкові.")]
    lines.insert(1, b'{"text": "The mayor\x92s office."}')
    p = tmp_path / "batch.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    good, bad = articles(p)
    assert [a.text for a in good] == ["Café talks.", "Шелест у Харкові."]
    assert [e.where for e in bad] == [f"{p}:2"] and "not valid utf-8" in bad[0].message


def test_a_stray_nul_in_text_is_read_but_binary_formats_are_not(tmp_path):
    text = "Shelling resumed near Kharkiv \x00on Friday, the regional governor said. Officials denied it."
    [a], errors = articles(_write(tmp_path, "nul.txt", text.encode()))
    assert not errors and a.text == text
    assert looks_binary(b"Shelling \x00\x00 near Kharkiv.")  # two in 30 bytes: not a stray one
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"% plain dictionaries\n" * 50
    _, [err] = articles(_write(tmp_path, "scan.txt", pdf))
    assert "binary data" in err.message


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_html_with_references_to_control_characters_is_read(tmp_path):
    # lxml gives up on a page holding "&#27;" or "&#xFFFF;"; a browser shows it
    body = "Shelling resumed near Kharkiv on Friday, the regional governor said. Officials denied it."
    refs = "&#27;[2J &#x1F; &#65535; &#0000011; &#" + "9" * 5000 + "; &#65; &#x42;"
    page = (
        f"<html><head><title>Shelling&#8; report</title></head><body><article><p>{body} {refs} {body}</p></article></body></html>"
    )
    [a], errors = articles(_write(tmp_path, "page.html", page.encode()))
    assert not errors and a.title == "Shelling\ufffd report"
    assert f"{body} \ufffd[2J \ufffd \ufffd \ufffd \ufffd A B {body}" == a.text


def test_html_nested_deeper_than_the_parsers_default_limit_is_read(tmp_path):
    # libxml2 stops at 256 levels; old pages leave <font> open hundreds of times
    body = "Shelling resumed near Kharkiv on Friday, the regional governor said. Officials denied it."
    page = "<html><head><title>Deep</title></head><body>" + "<font>" * 400 + f"<p>{body}</p></body></html>"
    [a], errors = articles(_write(tmp_path, "deep.html", page.encode()))
    assert not errors and a.text == body and a.title == "Deep"


def test_utf8_bom_and_utf16_are_decoded():
    assert decode("Kyiv".encode("utf-8-sig"), "x")[0] == "Kyiv"
    assert decode("Київ і Харків".encode("utf-16"), "x")[0] == "Київ і Харків"


def test_utf16_without_byte_order_mark_is_text_not_binary():
    text = "Stepanakert / Khankendi\r\n\r\nОбстрел near Ստեփանակերտ on Tuesday, officials said. " * 3
    for name in ("utf-16-le", "utf-16-be"):
        decoded, used = decode(text.encode(name), "x")
        assert decoded == text and used == name
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "x")


def test_binary_detection():
    assert looks_binary(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert not looks_binary(b"Plain text with tabs\tand\nnewlines.")


def test_sniff_formats_without_extension(tmp_path):
    p = tmp_path / "noext"
    p.write_text('{"text": "Report from Hadrut.", "title": "T"}')
    [a], _ = articles(p)
    assert a.title == "T" and a.text == "Report from Hadrut."
    assert ingest.sniff("<!DOCTYPE html><html></html>") == "html"
    assert ingest.sniff('{"text": "a"}\n{"text": "b"}\n') == "jsonl"


def test_sniff_jsonl_with_long_records():
    record = json.dumps({"text": "Border guards stopped a convoy near Goris, officials said. " * 200})
    assert len(record) > 10_000
    assert ingest.sniff(f"{record}\n{record}\n") == "jsonl"
    assert ingest.sniff(f"{record}\n") == "json"
    assert ingest.sniff('{\n  "text": "a"\n}\n') == "json"


def test_sniff_finds_saved_pages_and_fragments():
    for start in (
        "<!-- saved from url=(0040)https://example.org/convoy -->\n<!DOCTYPE html><html>",
        '<p class="lead">GORIS - Border guards stopped a convoy.</p><script>x()</script>',
        "<section><h1>Convoy</h1><p>Border guards stopped a convoy.</p></section>",
        '<meta charset="utf-8"><title>Convoy</title><p>Border guards stopped a convoy.</p>',
        "<?xml version='1.0'?><html><body><p>Convoy stopped.</p></body></html>",
    ):
        assert ingest.sniff(start) == "html", start
    for text in ("<Reuters> GORIS - Border guards stopped a convoy.", "Plain report <p> inside", "<3 to the convoy"):
        assert ingest.sniff(text) == "text", text


class _CountingStdin:
    """stdin whose binary buffer counts the bytes handed out."""

    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)

    @property
    def consumed(self) -> int:
        return self.buffer.tell()


def test_jsonl_is_streamed_one_record_at_a_time(monkeypatch):
    from newsprism.ingest import stream

    monkeypatch.setattr(stream, "HEAD", 256)
    monkeypatch.setattr(stream, "CHUNK", 256)
    lines = [json.dumps({"id": f"np-{i}", "text": f"Talks resumed in Geneva on day {i}, mediators said."}) for i in range(200)]
    data = ("\n".join(lines) + "\n").encode()
    for fmt in ("auto", "jsonl"):
        stdin = _CountingStdin(data)
        monkeypatch.setattr(sys, "stdin", stdin)
        items = ingest.read("-", fmt=fmt)
        first = next(items)
        assert first.id == "np-0" and stdin.consumed < len(data) // 10  # not read whole
        assert [a.id for a in items] == [f"np-{i}" for i in range(1, 200)]


def test_jsonl_too_long_or_undecodable_lines_are_reported_and_skipped(tmp_path, monkeypatch):
    from newsprism.ingest import stream

    monkeypatch.setattr(stream, "_LINE_SLACK", 0)
    monkeypatch.setattr(stream, "CHUNK", 1024)
    good = json.dumps({"text": "Talks resumed in Geneva."})
    p = tmp_path / "mixed.jsonl"
    huge = json.dumps({"text": "word " * 20_000})  # 100 kB, far over 6 bytes x 100 characters
    p.write_bytes("\n".join([good, huge, good]).encode() + b'\n{"text": "caf\xe9 owners"}\n' + good.encode())
    good_items, bad = articles(p, max_chars=100)
    assert [a.text for a in good_items] == ["Talks resumed in Geneva."] * 3
    assert [(e.where, e.message.split(":")[0].split(" (")[0]) for e in bad] == [
        (f"{p}:2", "line too long"),
        (f"{p}:4", "not valid utf-8"),
    ]


def test_a_huge_json_document_is_refused_in_one_line(tmp_path, monkeypatch, capsys):
    from newsprism.cli import main
    from newsprism.ingest import stream

    monkeypatch.setattr(stream, "MAX_JSON_BYTES", 4096)
    monkeypatch.setattr(stream, "_LINE_SLACK", 0)
    records = [{"text": f"Talks resumed in Geneva on day {i}, mediators said."} for i in range(200)]
    p = tmp_path / "big.json"
    p.write_text(json.dumps(records, indent=1), encoding="utf-8")
    assert main(["analyze", str(p), "--max-chars", "100", "--layers", "meta", "--format", "jsonl"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "JSON input too large" in err[0] and "JSONL" in err[0], err
    p.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")  # the same as JSONL: fine
    assert main(["analyze", str(p), "--max-chars", "100", "--layers", "meta", "--format", "jsonl"]) == 0


def test_utf16_jsonl_is_still_read(tmp_path):
    p = tmp_path / "u16.jsonl"
    p.write_bytes('{"text": "Талks resumed."}\n{"text": "Shelling near Goris."}\n'.encode("utf-16"))
    good, bad = articles(p)
    assert not bad and [a.text for a in good] == ["Талks resumed.", "Shelling near Goris."]
    p = tmp_path / "u16.json"
    p.write_bytes('[{"text": "Talks resumed."}]'.encode("utf-16"))
    good, bad = articles(p)
    assert not bad and [a.text for a in good] == ["Talks resumed."]


def test_a_symlink_loop_and_a_broken_link_are_input_errors(tmp_path):
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    (tmp_path / "dangling").symlink_to(tmp_path / "gone.txt")
    assert [e.message for e in articles(tmp_path / "loop1")[1]] == ["symbolic link loop"]
    assert [e.message for e in articles(tmp_path / "dangling")[1]] == ["broken symbolic link"]


def test_an_html_fragment_or_text_saved_as_html_is_read(tmp_path):
    # a scraper's article body ("<p>…</p>") has no <html> or <body>: trafilatura found no text in it
    sentence = "Shelling resumed near Kharkiv on Friday, the regional governor said."
    fragments = {
        "one.html": f"<p>{sentence}</p>",
        "body.html": f"<!-- saved --><section><p>{sentence}</p><p>Officials denied it.</p></section><script>alert(1)</script>",
        "plain.html": f"Shelling report\n\n{sentence}\n",
    }
    for name, markup in fragments.items():
        [a], errors = articles(_write(tmp_path, name, markup.encode()))
        assert not errors and sentence in a.text and "alert" not in a.text, name
    _, [err] = articles(_write(tmp_path, "empty.html", b"<script>alert(1)</script><style>p{}</style>"))
    assert err.message == "no readable article text in this HTML"


def test_letters_after_a_long_stretch_without_any_are_found(tmp_path):
    # the letter check looked at the first 100,000 characters only: the article was refused
    sentence = "Shelling resumed near Kharkiv on Friday, the governor said.\n"
    for name, lead in [("blank.txt", "\n" * 100_001), ("figures.txt", "12345 67.8, 910; " * 7000)]:
        [a], errors = articles(_write(tmp_path, name, (lead + sentence).encode()))
        assert not errors and a.text.endswith(sentence), name
    _, [err] = articles(_write(tmp_path, "none.txt", ("12345 67.8, 910; " * 7000).encode()))
    assert err.message == "no readable text (no letters at all)"
