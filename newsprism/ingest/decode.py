"""Bytes to text: UTF-8 first, then charset detection; binary data is refused.

Offsets index the decoded text, so decoding never rewrites characters (no newline or
Unicode normalisation); only a leading byte-order mark is dropped.
"""

from __future__ import annotations

import codecs
import logging
import re
from functools import cache

from newsprism.ingest.errors import InputError
from newsprism.render.printable import one_line

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (NUL, and C0 controls other than \t \n \r \f).
_BINARY = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}
# One well-formed UTF-8 character of two to four bytes (RFC 3629, no surrogates or overlongs).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_ASCII = bytes(range(128))


def looks_binary(data: bytes) -> bool:
    """True for data with many control bytes or NULs: images, archives, executables.

    A stray NUL in a scraped text (one, or 1 % of the bytes at most) does not make it binary:
    the text is analysed, as the same text given in JSON ("\\u0000") is.
    """
    if data.startswith(_signatures()):
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b in _BINARY)
    return controls > max(1, len(sample) // 100)


@cache
def _signatures() -> tuple[bytes, ...]:
    """The leading bytes of formats that are never text (data/ingest/binary_signatures.json)."""
    from newsprism.resources import load_json

    return tuple(v.encode("latin-1") for v in load_json("ingest", "binary_signatures.json")["signatures"].values())


def stray_bytes(data: bytes) -> int | None:
    """How many bytes of UTF-8 text with a few stray bytes (a cp1252 quote pasted in, a cut
    last character) are not UTF-8; None when the data is not such text.

    Such text has at least as many well-formed multi-byte UTF-8 characters as bytes outside
    them; text in a one-byte charset (cp1251, latin-1) has almost none, since its letters are
    not followed by the bytes that UTF-8 needs.
    """
    rest, chars = _UTF8_MULTIBYTE.subn(b"", data)  # one pass, no list of millions of matches
    stray = len(rest.translate(None, _ASCII))
    return stray if chars >= max(stray, 1) else None


def utf16_without_bom(data: bytes) -> str | None:
    """The name of the UTF-16 byte order of BOM-less UTF-16 text, or None.

    Text in UTF-16 has a NUL in one byte of every ASCII character (spaces, digits, Latin
    letters), always at the same parity, and decodes to letters without control codes;
    binary data has NULs at both parities or does not decode to such text.
    """
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    zeros, other = max(even, odd), min(even, odd)
    if zeros < len(sample) // 40 or other * 10 > zeros:  # >= 5% NUL high bytes, at one parity only
        return None
    name = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    head = text[:4096]
    if any(ord(ch) in _BINARY for ch in head) or sum(ch.isalpha() for ch in head) < len(head) // 3:
        return None
    return name


def check_encoding(encoding: str, where: str) -> None:
    """Refuse a name that is no codec, or a codec that does not make text ('rot13', 'base64', 'zlib')."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(where, f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(where, f"{encoding!r} is not a text encoding (e.g. utf-8, cp1251, latin-1)")


def decode(data: bytes, where: str, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Raise InputError for binary or undecodable data."""
    if encoding:
        check_encoding(encoding, where)
        try:
            return data.decode(encoding), encoding
        except UnicodeError as exc:  # UnicodeDecodeError, or a bare UnicodeError from codecs such as punycode
            at = f" (byte {exc.start})" if isinstance(exc, UnicodeDecodeError) else ""
            raise InputError(where, f"not valid {encoding}{at}; omit --encoding to detect it") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                raise InputError(where, f"invalid {name} text after its byte-order mark") from None
    if looks_binary(data):
        name = utf16_without_bom(data)
        if name:
            return data.decode(name), name
        raise InputError(where, "binary data, not text (expected .txt, .html, .json or .jsonl)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first = exc.start
    stray = stray_bytes(data)
    if stray is not None:  # charset detection would turn every UTF-8 character into mojibake
        log.warning(
            "warning: %s: %d byte(s) not valid UTF-8 (the first at byte %d), each shown as \ufffd; "
            "give --encoding if the file is in another charset",
            one_line(where),
            stray,
            first,
        )
        return data.decode("utf-8", "replace"), "utf-8"
    text, name = _guess_charset(data, where)
    log.warning(
        "warning: %s: not UTF-8; read as %s (guessed from its bytes); give --encoding if that is wrong",
        one_line(where),
        name,
    )
    return text, name


# English text outside UTF-8 is nearly always Windows-1252 with a few curly quotes or accented
# names: in so little evidence charset detection sees Urdu (cp1006) in one stray byte, or
# Central European (cp1250) in two apostrophes.
_MOSTLY_ASCII = 0.02
_FEW_BYTES = 4


def _guess_charset(data: bytes, where: str) -> tuple[str, str]:
    """Text and charset of data that is not UTF-8: cp1252 for mostly-ASCII text, else detected."""
    if len(data.translate(None, _ASCII)) <= max(_FEW_BYTES, _MOSTLY_ASCII * len(data)):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(where, "cannot detect the text encoding (not UTF-8, no known charset fits)")
    try:
        return data.decode(best.encoding), best.encoding
    except UnicodeDecodeError:
        raise InputError(where, f"text is neither UTF-8 nor consistently {best.encoding}") from None
