"""Places: toponyms and demonyms resolved to GeoNames or the curated KB, and the naming lens.

Every span (layer ``place``, label ``toponym`` or ``demonym``) carries attrs ``id`` (a
GeoNames id ``geonames:N``, a KB id ``kb:…`` or a ``derived:…`` id), ``name`` (canonical),
``lat``, ``lon``, ``country``, ``kind``, ``contested``, ``convention`` (of the name as written),
``other_names`` and ``why``. ``summary.naming`` says which naming convention the article's
contested names follow (see ``newsprism.geo.naming``). The gazetteer loads once per process.
"""

from __future__ import annotations

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.geo import linker, naming

    assert ctx.doc is not None
    spans = []
    for m in linker.link(ctx.doc, outlet=analysis.article.outlet):
        spans.append(analysis.add_span("place", m.label, m.start, m.end, f"{LAYER.source}:{m.rule}", m.attrs, m.score))
    analysis.summary["naming"] = naming.lens(spans, analysis.article.text)


LAYER = Layer(
    name="place",
    version="1.0",
    run=run,
    description="places resolved to GeoNames ids/coordinates or the curated KB (roads, corridors, contested places); naming-convention lens",
    optional_after=("entities", "meta"),  # meta may fill article.outlet, whose place words are no places
)
