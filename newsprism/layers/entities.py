"""Named entities from spaCy's statistical NER, as spans of layer ``entity``."""

from __future__ import annotations

from newsprism import nlp
from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis


def run(analysis: Analysis, ctx: Context) -> None:
    assert ctx.doc is not None
    source = f"{LAYER.source}:{analysis.models.get('spacy', nlp.model_name())}"
    for ent in ctx.doc.ents:
        if not ent.text.strip():
            continue
        analysis.add_span("entity", ent.label_, ent.start_char, ent.end_char, source)


LAYER = Layer(
    name="entities",
    version="1.0",
    run=run,
    description="named entities (spaCy NER: PERSON, ORG, GPE, LOC, NORP, DATE …)",
)
