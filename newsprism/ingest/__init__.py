"""Reading real-world inputs into Articles: text, HTML, JSON, JSONL, stdin.

``read(path)`` yields an Article or an InputError per item, so a batch can report a bad
item and go on. Errors about the whole input (missing, a directory, binary …) are yielded
once for that path.

``Article.source_path`` is the file's name only (``/home/alice/leaks/file.txt`` →
``file.txt``), so that a report shared with others does not reveal local folders;
``full_paths=True`` (``--full-paths``) keeps the path as given.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.ingest.decode import decode
from newsprism.ingest.errors import InputError
from newsprism.ingest.html import from_html
from newsprism.ingest.plaintext import from_text
from newsprism.ingest.records import check_text, read_json, read_jsonl
from newsprism.model import Article

__all__ = ["DEFAULT_MAX_CHARS", "FORMATS", "InputError", "read", "read_many"]

DEFAULT_MAX_CHARS = 5_000_000
MAX_CHARS_ENV = "NEWSPRISM_MAX_CHARS"
FORMATS = ("auto", "text", "html", "json", "jsonl")
_EXT = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
        ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}  # fmt: skip
# Markup carries more bytes than text; allow this many raw bytes per character of the limit.
_HTML_OVERHEAD = 8


def default_max_chars() -> int:
    value = os.environ.get(MAX_CHARS_ENV)
    return int(value) if value and value.isdigit() else DEFAULT_MAX_CHARS


# A page or fragment starts with one of these tags, after any comments (browsers put
# "<!-- saved from url=... -->" before a saved page).
_LEADING_COMMENTS = re.compile(r"(?:\s*<!--.*?-->)*\s*", re.S)
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|\?xml|html|head|body|article|main|section|div|p|h[1-6]|meta|title|header|nav|link|script"
    r"|style|table|span|figure|form|ul|ol)(?=[\s>/])"
)


def sniff(text: str) -> str:
    head = text.lstrip()[:5000].lower()
    if _HTML_START.match(head, _LEADING_COMMENTS.match(head).end()):
        return "html"
    if head.startswith("{"):  # JSONL: a one-line object, then another object (lines of any length)
        first, _, rest = text.lstrip().partition("\n")
        return "jsonl" if first.rstrip().endswith("}") and rest.lstrip().startswith("{") else "json"
    if head.startswith("["):
        return "json"
    return "text"


def read(
    path: str,
    fmt: str = "auto",
    max_chars: int | None = None,
    encoding: str | None = None,
    full_paths: bool = False,
    **defaults: Any,
) -> Iterator[Article | InputError]:
    """Yield the articles in one input (a file path, or ``-`` for stdin)."""
    max_chars = max_chars or default_max_chars()
    defaults = {k: v for k, v in defaults.items() if v is not None}
    try:
        yield from _read(path, fmt, max_chars, encoding, defaults, full_paths)
    except InputError as err:
        yield err


def read_many(paths: list[str], **kw: Any) -> Iterator[Article | InputError]:
    for path in paths:
        yield from read(path, **kw)


def _json_start(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _raw(path: str, fmt: str, max_chars: int) -> bytes:
    limit = max_chars * (_HTML_OVERHEAD if fmt in ("html", "auto") else 4)
    # JSON and JSONL are batches: the limit is per record (checked there), so read them whole
    batch = fmt in ("json", "jsonl")
    if path == "-":
        data = sys.stdin.buffer.read() if batch else sys.stdin.buffer.read(limit + 1)
        if len(data) > limit and fmt == "auto" and _json_start(data):
            data += sys.stdin.buffer.read()  # a JSON or JSONL batch: limited per record, not as a whole
            batch = True
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(path, "is a directory; pass the files in it (e.g. DIR/*.txt)")
        if not p.exists():
            raise InputError(path, "no such file")
        try:
            size = p.stat().st_size
            if size > limit and fmt == "auto":  # no known extension: a JSON or JSONL batch is read whole
                with p.open("rb") as fh:
                    batch = _json_start(fh.read(64))
            if size > limit and not batch:
                raise InputError(path, f"file too large: {size:,} bytes (text limit {max_chars:,} characters; see --max-chars)")
            with p.open("rb") as fh:
                data = fh.read() if batch else fh.read(limit + 1)
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit and not batch:
        raise InputError(path, f"input too large (over {limit:,} bytes; see --max-chars)")
    if not data:
        raise InputError(path, "empty input")
    return data


def source_path(path: str, full_paths: bool = False) -> str | None:
    """What reports show of an input's path: its file name, or the path as given.

    A file name that is not UTF-8 (surrogate escapes in Python) is kept with backslash
    escapes, so that every output (UTF-8 files, SQLite) can hold it.
    """
    if path == "-":
        return None
    shown = str(Path(path)) if full_paths else Path(path).name
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _read(path: str, fmt: str, max_chars: int, encoding: str | None, defaults: dict[str, Any], full_paths: bool = False):
    if fmt not in FORMATS:
        raise InputError(path, f"unknown input format {fmt!r}")
    if fmt == "auto" and path != "-":
        fmt = _EXT.get(Path(path).suffix.lower(), "auto")
    data = _raw(path, fmt, max_chars)
    text, _ = decode(data, path, encoding)
    if fmt == "auto" or (fmt == "json" and sniff(text) == "jsonl"):  # JSONL saved as .json is not valid JSON
        fmt = sniff(text)
    where = "<stdin>" if path == "-" else path
    source = source_path(path, full_paths)
    if fmt == "text":
        check_text(text, where, max_chars)
        yield from_text(text, source_path=source, **defaults)
    elif fmt == "html":
        if not text.strip():
            raise InputError(where, "empty HTML")
        article = from_html(text, where, source_path=source, **defaults)
        check_text(article.text, where, max_chars)
        yield article
    elif fmt == "json":
        if not text.strip():
            raise InputError(where, "empty JSON")
        for item in read_json(text, where, max_chars, defaults):
            if isinstance(item, Article):
                item.source_path = source
            yield item
    else:
        # split at \n only: str.splitlines() also splits at U+2028, U+0085 … that JSON strings may hold
        for item in read_jsonl(iter(text.split("\n")), where, max_chars, defaults):
            if isinstance(item, Article):
                item.source_path = source
            yield item
