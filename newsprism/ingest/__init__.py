"""Reading real-world inputs into Articles: text, HTML, JSON, JSONL, stdin.

``read(path)`` yields an Article or an InputError per item, so a batch can report a bad
item and go on. Errors about the whole input (missing, a directory, binary …) are yielded
once for that path.

``Article.source_path`` is the file's name only (``/home/alice/leaks/file.txt`` →
``file.txt``), so that a report shared with others does not reveal local folders;
``full_paths=True`` (``--full-paths``) keeps the path as given.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprism.ingest import stream
from newsprism.ingest.decode import decode
from newsprism.ingest.errors import InputError
from newsprism.ingest.html import from_html
from newsprism.ingest.plaintext import from_text
from newsprism.ingest.records import check_text, read_json, read_jsonl
from newsprism.model import Article

__all__ = ["DEFAULT_MAX_CHARS", "FORMATS", "InputError", "read", "read_many"]

DEFAULT_MAX_CHARS = 1_000_000
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


def _open(path: str):
    """The input as a binary file (stdin is not closed); readable errors for what cannot be opened."""
    if path == "-":
        if sys.stdin is None:  # started with '<&-'
            raise InputError("<stdin>", "standard input is closed")
        return contextlib.nullcontext(sys.stdin.buffer)
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(path, "symbolic link loop") from None
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(path, "broken symbolic link" if p.is_symlink() else "no such file") from None
        if exc.errno == errno.EACCES:
            raise InputError(path, "permission denied") from None
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory; pass the files in it (e.g. DIR/*.txt)")
    try:
        return p.open("rb")
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def _batch_kind(head: bytearray, fh, cap: int) -> str:
    """'json' or 'jsonl' for input that starts with '{' or '['. JSONL: a one-line object, then
    another object (lines of any length). Reads on into ``head`` only as far as needed to tell."""
    offset = len(head) - len(head.lstrip(b"\xef\xbb\xbf \t\r\n"))
    if head[offset : offset + 1] == b"[":
        return "json"
    nl = head.find(b"\n", offset)
    while (nl < 0 or not head[nl:].strip()) and len(head) <= cap:
        chunk = fh.read(stream.CHUNK)
        if not chunk:
            break
        head.extend(chunk)
        if nl < 0:
            nl = head.find(b"\n", offset)
    if nl < 0:
        return "json"
    first, rest = bytes(head[offset:nl]).rstrip(), bytes(head[nl : nl + 4096]).lstrip()
    return "jsonl" if first.endswith(b"}") and rest.startswith(b"{") else "json"


def _read_batch(fh, head: bytes, fmt: str, path: str, where: str, max_chars: int, encoding, defaults, source):
    """A JSON or JSONL input: JSONL one line at a time, JSON whole up to a size limit."""
    cap = stream.max_json_bytes(max_chars)
    enc = stream.line_encoding(head, where, encoding)
    buf = bytearray(head)
    if fmt != "jsonl" and enc is not None:
        fmt = _batch_kind(buf, fh, cap)
    if fmt == "jsonl" and enc is not None:
        lines = (line for _, line in stream.text_lines(bytes(buf), fh, where, enc, stream.max_line_bytes(max_chars)))
        items = read_jsonl(lines, where, max_chars, defaults)
    else:  # a JSON document, or UTF-16/32 text (its lines cannot be split as bytes): read whole, bounded
        data = stream.read_capped(bytes(buf), fh, cap, where, "JSON input")
        text, _ = decode(data, where, encoding)
        if not text.strip():
            raise InputError(where, "empty JSON")
        if fmt == "jsonl" or sniff(text) == "jsonl":
            # split at \n only: str.splitlines() also splits at U+2028, U+0085 … that JSON strings may hold
            items = read_jsonl(iter(text.split("\n")), where, max_chars, defaults)
        else:
            items = read_json(text, where, max_chars, defaults)
    for item in items:
        if isinstance(item, Article):
            item.source_path = source
        yield item


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
    where = "<stdin>" if path == "-" else path
    source = source_path(path, full_paths)
    limit = max_chars * (_HTML_OVERHEAD if fmt in ("html", "auto") else 4)
    try:
        with _open(path) as fh:
            head = fh.read(stream.HEAD)
            if not head:
                raise InputError(where, "empty input")
            if fmt in ("json", "jsonl") or (fmt == "auto" and _json_start(head)):
                # a batch: the limit is per record (checked there); JSONL is streamed
                yield from _read_batch(fh, head, fmt, path, where, max_chars, encoding, defaults, source)
                return
            size = os.fstat(fh.fileno()).st_size if path != "-" else 0
            if size > limit:
                raise InputError(where, f"file too large: {size:,} bytes (text limit {max_chars:,} characters; see --max-chars)")
            data = stream.read_upto(head, fh, limit + 1)
    except OSError as exc:  # a read that fails after the open (EIO, a file on a vanished mount …)
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(where, f"input too large (over {limit:,} bytes; see --max-chars)")
    text, _ = decode(data, where, encoding)
    if fmt == "auto":
        fmt = sniff(text)
    if fmt == "text":
        check_text(text, where, max_chars)
        yield from_text(text, source_path=source, **defaults)
    elif fmt == "html":
        if not text.strip():
            raise InputError(where, "empty HTML")
        article = from_html(text, where, source_path=source, **defaults)
        check_text(article.text, where, max_chars)
        yield article
    else:  # JSON in an encoding whose first bytes are not '{' or '[' (UTF-16/32): bounded by the text limit
        yield from _read_batch(io.BytesIO(), data, fmt, path, where, max_chars, encoding, defaults, source)
