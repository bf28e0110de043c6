"""JSON Lines read one record at a time, and a bound on what is read whole.

A JSONL file or stream is never held in memory: each line is read, decoded, parsed and
handed on before the next, and a line longer than the limit is skipped (read past in chunks,
never kept) and reported. A JSON document (an object or a list) must be parsed whole, so it
is refused above a size limit, with a hint to write one record per line.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from newsprism.ingest.decode import check_encoding, decode, looks_binary, stray_bytes, utf16_without_bom
from newsprism.ingest.errors import InputError

CHUNK = 1 << 20
HEAD = 1 << 16  # bytes read first, to sniff the format and the encoding
MAX_JSON_BYTES = 64 << 20  # a JSON document (not JSONL) above this is refused: parsed whole, it would take GBs
# A JSONL line holds one text plus its metadata; "\u0436" escapes take 6 bytes per character.
_BYTES_PER_CHAR = 6
_LINE_SLACK = 1 << 20


def max_line_bytes(max_chars: int) -> int:
    return max_chars * _BYTES_PER_CHAR + _LINE_SLACK


def max_json_bytes(max_chars: int) -> int:
    return max(MAX_JSON_BYTES, max_line_bytes(max_chars))


@dataclass
class TooLong:
    """A line skipped for its length (its bytes are not kept)."""

    size: int


def byte_lines(head: bytes, fh: BinaryIO, limit: int) -> Iterator[bytes | TooLong]:
    """The lines of ``head`` + the rest of ``fh``, split at b"\\n" only, without it; a line
    over ``limit`` bytes is yielded as TooLong."""
    buf = head
    pos = 0  # where the next line starts in buf
    while True:
        i = buf.find(b"\n", pos)
        if i >= 0:
            yield buf[pos:i]
            pos = i + 1
            continue
        rest = buf[pos:]
        if len(rest) > limit:  # read past the rest of this line without keeping it
            size = len(rest)
            buf, pos = b"", 0
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    yield TooLong(size)
                    return
                j = chunk.find(b"\n")
                if j >= 0:
                    yield TooLong(size + j)
                    buf = chunk[j + 1 :]
                    break
                size += len(chunk)
            continue
        chunk = fh.read(CHUNK)
        if not chunk:
            if rest:
                yield rest
            return
        buf, pos = rest + chunk, 0


def read_upto(head: bytes, fh: BinaryIO, n: int) -> bytes:
    """``head`` + the rest of ``fh``, at most ``n`` bytes in all, read in chunks: ``fh.read(n)``
    would allocate ``n`` bytes up front (a MemoryError for ``--max-chars 999999999999``)."""
    parts, size = [head[:n]], min(len(head), n)
    while size < n:
        chunk = fh.read(min(CHUNK, n - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def read_capped(head: bytes, fh: BinaryIO, cap: int, where: str, what: str) -> bytes:
    """``head`` + the rest of ``fh``, refused with a readable error past ``cap`` bytes."""
    data = read_upto(head, fh, cap + 1)
    if len(data) > cap:
        raise InputError(
            where, f"{what} too large: over {cap:,} bytes, read whole; give one article per line (JSONL) to stream it"
        )
    return data


def ascii_compatible(encoding: str) -> bool:
    """Lines of this encoding can be split at the byte b"\\n" (UTF-8, cp1251 … not UTF-16)."""
    try:
        return "\n{}".encode(encoding) == b"\n{}" and codecs.lookup(encoding).name not in ("utf-7",)
    except (LookupError, UnicodeError):
        return False


def line_encoding(head: bytes, where: str, encoding: str | None) -> str | None:
    """The encoding to decode each line with, or None when lines cannot be split as bytes
    (UTF-16/32): the caller then reads the input whole. Binary data is refused."""
    if encoding:
        check_encoding(encoding, where)
        return encoding if ascii_compatible(encoding) else None
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if looks_binary(head):
        if utf16_without_bom(head[: len(head) - len(head) % 2]):
            return None
        raise InputError(where, "binary data, not text (expected .txt, .html, .json or .jsonl)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a character may be cut at the end
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if stray_bytes(head) is not None:  # UTF-8 with a few stray bytes: their lines are reported, the rest read
        return "utf-8"
    name = decode(head, where)[1]  # charset detection on the first 64 KiB
    return name if ascii_compatible(name) else None


def text_lines(head: bytes, fh: BinaryIO, where: str, encoding: str, limit: int) -> Iterator[tuple[int, str | InputError]]:
    """(line number, decoded line or the error for that line), one line at a time."""
    for lineno, raw in enumerate(byte_lines(head, fh, limit), 1):
        at = f"{where}:{lineno}"
        if isinstance(raw, TooLong):
            yield lineno, InputError(at, f"line too long: {raw.size:,} bytes (limit {limit:,}; see --max-chars); skipped")
            continue
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield lineno, raw.decode(encoding)
        except UnicodeError as exc:  # UnicodeDecodeError, or a bare UnicodeError from codecs such as punycode
            byte = f" (byte {exc.start})" if isinstance(exc, UnicodeDecodeError) else ""
            yield lineno, InputError(at, f"not valid {encoding}{byte}; give --encoding")
