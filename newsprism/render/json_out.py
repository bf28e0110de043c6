"""JSON (one document per article) and JSONL (one line per article), schema ``newsprism.analysis/1``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from newsprism.model import Analysis
from newsprism.render.formats import Format

# Characters that JSON allows raw inside strings but that line splitters take as line ends:
# str.splitlines() splits on U+0085, U+2028 and U+2029, and JavaScript before ES2019 refused
# the last two in source. Written as \u escapes they decode to the same text.
_LINE_ENDS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def dumps(value: Any, indent: int | None = None) -> str:
    """``json.dumps`` keeping non-ASCII text readable, but with no character that a line
    splitter reads as a line end: one JSONL record stays one line for every consumer."""
    return json.dumps(value, ensure_ascii=False, indent=indent).translate(_LINE_ENDS)


def to_json(analysis: Analysis) -> str:
    return dumps(analysis.to_dict(), indent=2) + "\n"


def write_jsonl(analyses: Iterable[Analysis], out: TextIO) -> None:
    for analysis in analyses:
        out.write(dumps(analysis.to_dict()) + "\n")
        out.flush()


FORMAT = Format("json", "one JSON document per article (schema newsprism.analysis/1)", ".json", document=to_json)
