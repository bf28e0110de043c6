"""JSON (one document per article) and JSONL (one line per article), schema ``newsprism.analysis/1``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from newsprism.model import Analysis
from newsprism.render.formats import Format


def to_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_jsonl(analyses: Iterable[Analysis], out: TextIO) -> None:
    for analysis in analyses:
        out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
        out.flush()


FORMAT = Format("json", "one JSON document per article (schema newsprism.analysis/1)", ".json", document=to_json)
