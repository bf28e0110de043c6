"""Readers for the PTC-2020 and SemEval-2023 Task 3 layouts, and the fixed internal split.

Internal held-out split (documented in docs/notes/techniques.md): an article is held out when
``int(sha256(article_id).hexdigest(), 16) % 5 == 0`` (about 20 %). The same rule applies to
PTC-2020, SemEval-2023 subtask 3 (same article ids) and subtasks 1/2, for every language.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsprism.datasets import DataMissing

_ARTICLE_ID = re.compile(r"article(\w+?)(?:\.|-|$)")

SE23_LANGS = ("en", "fr", "ge", "it", "po", "ru")
ISO_TO_SE23 = {"en": "en", "fr": "fr", "de": "ge", "it": "it", "pl": "po", "ru": "ru"}


def held_out(article_id: str) -> bool:
    """True for the ~20 % of articles in the fixed internal evaluation split."""
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 5 == 0


@dataclass(frozen=True)
class GoldSpan:
    article: str
    technique: str
    start: int
    end: int


def article_id(path: Path) -> str:
    m = _ARTICLE_ID.match(path.name)
    return m.group(1) if m else path.stem


def read_articles(folder: Path) -> dict[str, str]:
    """``{id: text}`` for every ``article<ID>.txt`` in a folder (offsets index this text)."""
    out = {}
    for p in sorted(Path(folder).glob("*.txt")):
        with p.open(encoding="utf-8", newline="") as fh:
            out[article_id(p)] = fh.read()
    return out


def _label_files(labels: Path) -> list[Path]:
    labels = Path(labels)
    if labels.is_dir():
        return sorted(p for p in labels.iterdir() if p.is_file() and not p.name.startswith("."))
    return [labels]


def read_span_labels(labels: Path) -> list[GoldSpan]:
    """TC rows ``id<TAB>technique<TAB>start<TAB>end`` or SI rows ``id<TAB>start<TAB>end``.

    Accepts one TSV file or a folder of per-article files; split on tabs only, since
    technique names contain commas.
    """
    spans = []
    for path in _label_files(labels):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            cols = line.rstrip("\r").split("\t")
            if len(cols) == 4 and _offsets(cols[2], cols[3]):
                spans.append(GoldSpan(cols[0], cols[1], int(cols[2]), int(cols[3])))
            elif len(cols) == 3 and _offsets(cols[1], cols[2]):
                spans.append(GoldSpan(cols[0], "", int(cols[1]), int(cols[2])))
            elif line.strip():  # a wrong file or layout would otherwise score as "no gold spans"
                raise DataMissing(
                    f"{path}:{n}: expected id<TAB>technique<TAB>start<TAB>end or id<TAB>start<TAB>end (offsets as integers)"
                )
    return spans


def _offsets(*cols: str) -> bool:
    return all(c.strip().lstrip("-").isdigit() for c in cols)


def by_article(spans: list[GoldSpan]) -> dict[str, list[GoldSpan]]:
    out: dict[str, list[GoldSpan]] = defaultdict(list)
    for s in spans:
        out[s.article].append(s)
    return dict(out)


def read_paragraph_labels(path: Path) -> dict[tuple[str, int], set[str]]:
    """Subtask 3: ``{(id, line_no): {technique, …}}`` (empty sets kept: they are negatives)."""
    out: dict[tuple[str, int], set[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = line.rstrip("\r").split("\t")
        if len(cols) < 2 or not cols[1].strip().isdigit():
            continue
        labels = cols[2] if len(cols) > 2 else ""
        out[(cols[0], int(cols[1]))] = {x.strip() for x in labels.split(",") if x.strip()}
    return out


def read_article_labels(path: Path) -> dict[str, set[str]]:
    """Subtasks 1 and 2: ``{id: {label, …}}`` (genre is a one-element set)."""
    out: dict[str, set[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = line.rstrip("\r").split("\t")
        if len(cols) >= 1 and cols[0].strip():
            labels = cols[1] if len(cols) > 1 else ""
            out[cols[0].strip()] = {x.strip() for x in labels.split(",") if x.strip()}
    return out
