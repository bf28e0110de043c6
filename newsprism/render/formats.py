"""Output formats. A format module defines ``FORMAT = Format(...)``; the registry finds it.

Renderers only read an Analysis: they never compute findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from newsprism.model import Analysis


@dataclass(frozen=True)
class Format:
    """How to write analyses.

    Exactly one of: ``document`` (one text document per analysis, e.g. JSON, HTML),
    ``stream`` (all analyses into one text stream, e.g. JSONL, CSV) or ``table``
    (all analyses into one binary file, e.g. Parquet, SQLite; needs ``-o``). ``stream`` and
    ``table`` get an iterator: a batch is not held in memory unless the format must.
    """

    name: str
    description: str
    extension: str
    document: Callable[[Analysis], str] | None = None
    stream: Callable[[Iterable[Analysis], TextIO], None] | None = None
    table: Callable[[Iterable[Analysis], Path], None] | None = None
