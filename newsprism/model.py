"""The one document model: an Article, standoff Spans over its text, and the Analysis.

Spans never copy or alter the article text: ``article.text[span.start:span.end] == span.text``
is an invariant checked whenever a span is added, so every highlight can be traced back to
exact characters of the input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "newsprism.analysis/1"


class OffsetError(ValueError):
    """A span whose offsets do not index the article text exactly."""


def strip_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` with leading and trailing whitespace left out."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class Article:
    """A news report: the text every span points into, plus what we know about it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    author: str | None = None
    media_tags: list[str] = field(default_factory=list)
    source_path: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        # the Python API mirrors the CLI's --published: an ISO string (or a datetime) is read as the date it names,
        # so that every layer and every renderer sees a dt.date (a string here used to fail only at to_dict)
        if isinstance(self.published, dt.datetime):
            self.published = self.published.date()
        elif isinstance(self.published, str):
            try:
                self.published = dt.date.fromisoformat(self.published.strip()[:10])
            except ValueError:
                raise ValueError(f"published: {self.published!r} is not a date (YYYY-MM-DD)") from None
        if not self.id:  # the same text from two outlets (syndication) must stay two articles
            key = self.text if not (self.outlet or self.url) else f"{self.text}\x00{self.outlet or ''}\x00{self.url or ''}"
            self.id = hashlib.sha256(key.encode("utf-8")).hexdigest()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        pub = d.get("published")
        return cls(
            text=d["text"],
            title=d.get("title"),
            outlet=d.get("outlet"),
            url=d.get("url"),
            published=dt.date.fromisoformat(pub) if pub else None,
            language=d.get("language"),
            author=d.get("author"),
            media_tags=list(d.get("media_tags") or []),
            source_path=d.get("source_path"),
            id=d.get("id") or "",
        )


@dataclass
class Span:
    """A labelled stretch of the article text, and the rule or model that produced it."""

    layer: str
    label: str
    start: int
    end: int
    text: str
    source: str
    attrs: dict[str, Any] = field(default_factory=dict)
    score: float | None = None
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "layer": self.layer,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "attrs": self.attrs,
            "score": self.score,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(
            layer=d["layer"],
            label=d["label"],
            start=d["start"],
            end=d["end"],
            text=d["text"],
            source=d["source"],
            attrs=dict(d.get("attrs") or {}),
            score=d.get("score"),
            id=d.get("id", ""),
        )


@dataclass
class LayerRun:
    """Provenance for one layer: which version ran, how long it took, or why it was skipped."""

    name: str
    version: str
    seconds: float = 0.0
    status: str = "ok"  # ok | skipped | failed
    reason: str | None = None
    spans: int = 0


@dataclass
class Analysis:
    """Everything NewsPrism found in one article.

    ``records`` holds structured findings (``events``, ``claims``, ``consistency`` …): lists
    of dicts that refer to spans by id. ``summary`` holds article-level verdicts
    (``genre``, ``frames``, ``naming``, ``sourcing`` …).
    """

    article: Article
    spans: list[Span] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    layers: list[LayerRun] = field(default_factory=list)
    models: dict[str, str] = field(default_factory=dict)
    package_version: str = ""
    _counts: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def add_span(
        self,
        layer: str,
        label: str,
        start: int,
        end: int,
        source: str,
        attrs: dict[str, Any] | None = None,
        score: float | None = None,
    ) -> Span:
        """Add a span, checking the offsets against the text; ids are ``layer-N``."""
        text = self.article.text
        if not (0 <= start < end <= len(text)):
            raise OffsetError(f"span {layer}/{label} [{start}:{end}] outside text of length {len(text)}")
        n = self._counts.get(layer, 0) + 1
        self._counts[layer] = n
        span = Span(
            layer=layer,
            label=label,
            start=start,
            end=end,
            text=text[start:end],
            source=source,
            attrs=attrs or {},
            score=score,
            id=f"{layer}-{n}",
        )
        self.spans.append(span)
        return span

    def add_record(self, kind: str, record: dict[str, Any]) -> dict[str, Any]:
        """Append a record (an event, claim, finding …) and give it an id ``kind-N``."""
        bucket = self.records.setdefault(kind, [])
        record = {"id": f"{kind.rstrip('s')}-{len(bucket) + 1}", **record}
        bucket.append(record)
        return record

    def spans_of(self, layer: str, label: str | None = None) -> list[Span]:
        return [s for s in self.spans if s.layer == layer and (label is None or s.label == label)]

    def span(self, span_id: str) -> Span | None:
        for s in self.spans:
            if s.id == span_id:
                return s
        return None

    def check_offsets(self) -> None:
        """Raise OffsetError if any span's text differs from the article text it claims."""
        text = self.article.text
        for s in self.spans:
            if text[s.start : s.end] != s.text:
                raise OffsetError(f"span {s.id} [{s.start}:{s.end}] text mismatch")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "article": self.article.to_dict(),
            "spans": [s.to_dict() for s in sorted(self.spans, key=lambda s: (s.start, -s.end, s.layer))],
            "records": self.records,
            "summary": self.summary,
            "warnings": self.warnings,
            "provenance": {
                "package": "newsprism",
                "version": self.package_version,
                "models": self.models,
                "layers": [asdict(r) for r in self.layers],
            },
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        prov = d.get("provenance", {})
        return cls(
            article=Article.from_dict(d["article"]),
            spans=[Span.from_dict(s) for s in d.get("spans", [])],
            records=d.get("records", {}),
            summary=d.get("summary", {}),
            warnings=list(d.get("warnings", [])),
            layers=[LayerRun(**r) for r in prov.get("layers", [])],
            models=dict(prov.get("models", {})),
            package_version=prov.get("version", ""),
        )
