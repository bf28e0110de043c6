"""CASE-2021 task 2 snippets (TSV ``id EventSnippet SubType``) and the internal split.

The internal held-out split is deterministic and stratified: within each SubType, rows are
ordered by the SHA-256 hex digest of their ``id``; every 5th row (positions 4, 9, 14 … in
that order) is held out (about 20%), the rest is the training portion.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from newsprism.datasets import DataMissing

DEFAULT_FILE = ("case2021", "task2_events.tsv")
HOLDOUT_EVERY = 5


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    label: str


def read(path: Path) -> list[Snippet]:
    """Rows of a task-2 TSV (header optional, CRLF tolerated, tabs only as separators)."""
    out: list[Snippet] = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataMissing(f"{path}: not a UTF-8 TSV file") from None
    for i, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        parts = line.rstrip("\r").split("\t")
        if i == 0 and parts[0].strip().lower() == "id":
            continue
        if len(parts) < 3:
            raise DataMissing(f"{path}:{i + 1}: expected 3 tab-separated columns, got {len(parts)}")
        out.append(Snippet(parts[0].strip(), parts[1], parts[2].strip()))
    return out


def _key(s: Snippet) -> str:
    return hashlib.sha256(s.id.encode("utf-8")).hexdigest()


def split(rows: list[Snippet]) -> tuple[list[Snippet], list[Snippet]]:
    """(training portion, held-out portion), stratified by label, by id hash."""
    by_label: dict[str, list[Snippet]] = {}
    for s in rows:
        by_label.setdefault(s.label, []).append(s)
    train: list[Snippet] = []
    held: list[Snippet] = []
    for label in sorted(by_label):
        for i, s in enumerate(sorted(by_label[label], key=_key)):
            (held if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1 else train).append(s)
    return train, held
