"""Sentence spans from the parse (English) or a rule-based sentencizer (other languages)."""

from __future__ import annotations

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis


def run(analysis: Analysis, ctx: Context) -> None:
    assert ctx.doc is not None
    source = f"{LAYER.source}:{'spacy-parser' if ctx.english else 'sentencizer'}"
    for i, sent in enumerate(ctx.doc.sents):
        start, end = _trim(analysis.article.text, sent.start_char, sent.end_char)
        if start < end:
            analysis.add_span("sentence", "sentence", start, end, source, {"index": i})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


LAYER = Layer(
    name="sentences",
    version="1.0",
    run=run,
    description="sentence boundaries (spaCy dependency parse; sentencizer for non-English text)",
    english_only=False,
)
