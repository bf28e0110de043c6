"""Actors: states, armed forces, ministries, border services, peacekeepers, de facto
authorities, armed groups, international organisations and outlets, linked to the actors KB.

Spans (layer ``actor``, label = the actor's kind) carry attrs ``id``, ``name``, ``kind``,
``country``, ``side``, ``alias`` (the KB name matched), ``label_used_by`` when the words are a
side's label for the group ("separatist regime"), ``role`` ("command" in "the command of the
Russian peacekeepers"), ``how`` ("earlier mention" for a generic noun — "the army" after "the
Sudanese army", with ``antecedent`` the words it points back to; "unit noun" for "Russian
artillery" acting) and ``why``. ``side`` is a party to a conflict ("houthi", "saudi",
"rapid_support_forces", "myanmar_resistance"), not always a country: see the KB's ``_about``.
``summary.actors`` counts actors by side and lists the side-taking labels the article uses. See
``newsprism.geo.actors`` for the rules.
"""

from __future__ import annotations

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.geo import actors

    assert ctx.doc is not None
    by_side: dict[str, int] = {}
    labels: list[dict] = []
    for m in actors.link(ctx.doc):
        span = analysis.add_span("actor", m.attrs["kind"], m.start, m.end, f"{LAYER.source}:{m.rule}", m.attrs, m.score)
        side = m.attrs.get("side") or "unknown"
        by_side[side] = by_side.get(side, 0) + 1
        if m.attrs.get("label_used_by"):
            labels.append({"span": span.id, "text": span.text, "group": m.attrs["name"], "used_by": m.attrs["label_used_by"]})
    used: dict[str, int] = {}
    for lab in labels:
        used[lab["used_by"]] = used.get(lab["used_by"], 0) + 1
    analysis.summary["actors"] = {
        "by_side": dict(sorted(by_side.items(), key=lambda kv: -kv[1])),
        "side_labels": labels,
        "labels_by_user": used,
    }


LAYER = Layer(
    name="actor",
    version="1.2",
    run=run,
    description="actors (states, forces, ministries, peacekeepers, de facto authorities, armed groups, IOs, outlets) with side; metonymy ('Baku accused'); 'the army' after a named army; side-taking labels",
    optional_after=("place",),
)
