"""Read PolNeAR attribution annotations (BRAT standoff) into plain offset triples.

PolNeAR marks, per attribution, a Source (may be absent: ``Attribution-no-source``), a Cue
and a Content; Content may be discontinuous (``start end;start end``). Several annotators
may annotate the same article: one ``.ann`` file each, the annotator id as file-name suffix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsprism.datasets import DataMissing

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: each role as a tuple of (start, end) ranges (empty = absent)."""

    source: Ranges
    cue: Ranges
    content: Ranges


@dataclass
class AnnotatedArticle:
    name: str
    text: str
    annotations: dict[str, list[GoldAttribution]] = field(default_factory=dict)  # annotator → relations


def parse_ranges(field_text: str) -> Ranges:
    """``"12 20;25 30"`` → ((12, 20), (25, 30))."""
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def parse_ann(text: str) -> list[GoldAttribution]:
    """The attribution relations of one BRAT file (Discard/Discuss and unlinked spans ignored)."""
    spans: dict[str, Ranges] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        ident, body = parts[0], parts[1]
        if ident.startswith("T"):
            kind, _, offsets = body.partition(" ")
            if kind in ("Source", "Cue", "Content"):
                spans[ident] = parse_ranges(offsets)
        elif ident.startswith("E"):
            roles = dict(arg.split(":", 1) for arg in body.split() if ":" in arg)
            events.append(roles)
    out = []
    for roles in events:
        if not ("Attribution" in roles or "Attribution-no-source" in roles):
            continue
        out.append(
            GoldAttribution(
                source=spans.get(roles.get("Source", ""), ()),
                cue=spans.get(roles.get("Cue", ""), ()),
                content=spans.get(roles.get("Content", ""), ()),
            )
        )
    return out


def load_split(folder: Path) -> list[AnnotatedArticle]:
    """Every article in ``folder/text`` with the annotations of each annotator, sorted by name."""
    texts = {p.stem: p for p in sorted((folder / "text").glob("*.txt"))}
    articles = {name: AnnotatedArticle(name, p.read_text(encoding="utf-8")) for name, p in texts.items()}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem, _, annotator = ann.stem.rpartition("_")
        if stem in articles:
            try:
                articles[stem].annotations[annotator] = parse_ann(ann.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:  # the user's --data: name the file
                raise DataMissing(f"{ann}: not a BRAT attribution file ({exc})") from None
    return [a for a in articles.values() if a.annotations]
