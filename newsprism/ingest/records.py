"""JSON and JSONL records: ``text`` required; ``title``, ``outlet``, ``url``, ``author``, ``published``, ``id``, ``language`` optional."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from newsprism.ingest.errors import InputError
from newsprism.ingest.plaintext import from_text
from newsprism.model import Article

FIELDS = ("title", "outlet", "url", "author", "published", "id", "language")


# A publication date outside these years is a typo ("0023-04-26" for 2023): relative dates
# ("yesterday", "next month") would be resolved against it, or overflow near year 1 or 9999.
YEARS = (1800, 2200)


def plausible(date: dt.date) -> bool:
    return YEARS[0] <= date.year <= YEARS[1]


# A language tag (BCP 47: "en", "en-US", "sr-Latn"); the pipeline uses its first part.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages ('null', not 'NoneType')."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):  # also the parser's own dict subclass
        return "an object"
    names = {str: "a string", int: "a number", float: "a number", list: "a list"}
    return names.get(type(value), type(value).__name__)


def parse_language(value: Any, where: str) -> str | None:
    """'en-US', 'EN', 'en_GB' → 'en'. Anything else ('English', 5, '../x') is refused: taken as a
    language, it would skip every layer that needs the English model without saying why."""
    if value in (None, ""):
        return None
    tag = value.strip().replace("_", "-") if isinstance(value, str) else None
    if not tag or not _LANGUAGE_TAG.fullmatch(tag):
        shown = repr(value[:40]) if isinstance(value, str) else json_type(value)
        raise InputError(where, f"'language' must be a language tag such as en or en-US, not {shown}")
    return tag.split("-")[0].lower()


def parse_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, f"'published' must be a date string like 2023-04-25, not {json_type(value)}")
    try:
        date = dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(where, f"'published' is not a date (YYYY-MM-DD): {value[:40]!r}") from None
    if not plausible(date):
        raise InputError(where, f"'published' is not a plausible publication date (years {YEARS[0]}-{YEARS[1]}): {value[:40]!r}")
    return date


def _check_unicode(value: str, key: str, where: str) -> str:
    """JSON may escape half of a surrogate pair ("\\ud800"): such text cannot be written as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(where, f"{key!r} has an invalid Unicode escape (lone surrogate at character {exc.start})") from None
    return value


def from_record(record: Any, where: str, max_chars: int, defaults: dict[str, Any]) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object with a 'text' field, got {json_type(record)}")
    duplicates = [k for k in getattr(record, "duplicates", ()) if k == "text" or k in FIELDS]
    if duplicates:  # a field NewsPrism reads, given twice; other keys are not read at all
        key = duplicates[0]
        raise InputError(where, f"the record names the key {key!r} twice: which value is meant is unclear")
    text = record.get("text")
    if "text" not in record:
        raise InputError(where, "record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(where, f"'text' must be a string, not {json_type(text)}")
    _check_unicode(text, "text", where)
    check_text(text, where, max_chars)
    meta: dict[str, Any] = {}
    for key in FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if key == "published":
            meta[key] = parse_date(value, where)
        elif key == "language":
            meta[key] = parse_language(value, where)
        elif isinstance(value, str | int) and not isinstance(value, bool):
            meta[key] = _check_unicode(str(value), key, where)
        else:
            raise InputError(where, f"field {key!r} must be a string, not {json_type(value)}")
    for key, value in defaults.items():
        if value is not None:
            meta[key] = value
    return from_text(text, **meta)


class _Object(dict):
    """A parsed JSON object that remembers the keys it named more than once."""

    duplicates: tuple[str, ...] = ()


def _keep_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """object_pairs_hook: json.loads keeps the last of ``{"text": "A", "text": "B"}`` silently;
    remember the key, so the record is refused by name and the others in a list are kept."""
    obj = _Object(pairs)
    if len(obj) < len(pairs):
        seen: set[str] = set()
        obj.duplicates = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
    return obj


def _loads(text: str, where: str) -> Any:
    """json.loads; the failures that are not syntax errors become one readable InputError."""
    try:
        return json.loads(text, object_pairs_hook=_keep_duplicates)
    except json.JSONDecodeError:
        raise
    except RecursionError:  # "[[[[…" thousands deep
        raise InputError(where, "JSON nested too deeply") from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise InputError(where, f"unreadable JSON value ({str(exc).split(';')[0]})") from None


def read_json(text: str, where: str, max_chars: int, defaults: dict[str, Any]) -> Iterator[Article | InputError]:
    try:
        data = _loads(text, where)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError(where, "empty JSON list: no articles")
    for i, record in enumerate(items):
        at = f"{where}[{i}]" if isinstance(data, list) else where
        try:
            yield from_record(record, at, max_chars, defaults)
        except InputError as err:
            yield err


def read_jsonl(
    lines: Iterator[str | InputError], where: str, max_chars: int, defaults: dict[str, Any]
) -> Iterator[Article | InputError]:
    """One record per line, read as the lines come; a line that could not be read (too long,
    undecodable) arrives as its InputError and is passed on."""
    seen = 0
    for lineno, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            seen += 1
            yield line
            continue
        if not line.strip():
            continue
        seen += 1
        at = f"{where}:{lineno}"
        try:
            record = _loads(line, at)
        except json.JSONDecodeError as exc:
            yield InputError(at, f"malformed JSON line (column {exc.colno}: {exc.msg})")
            continue
        except InputError as err:
            yield err
            continue
        try:
            yield from_record(record, at, max_chars, defaults)
        except InputError as err:
            yield err
    if not seen:
        raise InputError(where, "empty JSONL file: no records")


def check_text(text: str, where: str, max_chars: int) -> None:
    """Refuse empty, oversized or letterless text. Letters are looked for in the whole text (within
    the size limit): a report after 100,000 blank lines or a long table of figures is still one."""
    if not text.strip():
        raise InputError(where, "empty text" if not text else "text is only whitespace")
    if len(text) > max_chars:
        raise InputError(where, f"text too large: {len(text):,} characters (limit {max_chars:,}; see --max-chars)")
    if not any(ch.isalpha() for ch in text):
        raise InputError(where, "no readable text (no letters at all)")
