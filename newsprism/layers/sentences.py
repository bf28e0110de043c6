"""Sentence spans from the parse (English) or a rule-based sentencizer (other languages)."""

from __future__ import annotations

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis, strip_offsets


def run(analysis: Analysis, ctx: Context) -> None:
    assert ctx.doc is not None
    source = f"{LAYER.source}:{'spacy-parser' if ctx.english else 'sentencizer'}"
    for i, sent in enumerate(ctx.doc.sents):
        start, end = strip_offsets(analysis.article.text, sent.start_char, sent.end_char)
        if start < end:
            analysis.add_span("sentence", "sentence", start, end, source, {"index": i})


LAYER = Layer(
    name="sentences",
    version="1.0",
    run=run,
    description="sentence boundaries (spaCy dependency parse; sentencizer for non-English text)",
    english_only=False,
)
