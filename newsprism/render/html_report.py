"""Self-contained HTML report: the article with highlighted spans and side panels.

No external resources (opens from ``file://`` offline). Every piece of input text is
escaped, span data travels as escaped JSON, and a Content-Security-Policy admits only the
report's own script (by hash), so markup in an article can never run.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from importlib import resources

from newsprism.model import Analysis
from newsprism.render.facts import date_fact
from newsprism.render.formats import Format
from newsprism.render.htmlkit import Markup, close_bidi, esc, h, join, script_json
from newsprism.render.panels import panels

# One colour per layer; unknown layers get a stable colour from their name.
COLOURS = {
    "meta": "#c7d2fe",
    "entity": "#e5e7eb",
    "sentence": "#f3f4f6",
    "place": "#bbf7d0",
    "actor": "#bae6fd",
    "time": "#fde68a",
    "event": "#fecaca",
    "claim": "#ddd6fe",
    "framing": "#fbcfe8",
    "technique": "#fed7aa",
    "headline": "#fef08a",
}
HIDDEN_BY_DEFAULT = {"sentence", "entity"}  # background layers: a toggle away

# What each layer marks, in a reader's words (the legend and the tooltips of its switches).
LAYER_HELP = {
    "meta": "dateline and source line: who filed the story, from where",
    "entity": "names found by the spaCy NER model (background; off by default)",
    "sentence": "sentence boundaries (background; off by default)",
    "place": "place names, matched to the gazetteer; contested places carry the naming convention",
    "actor": "actors (states, authorities, armed groups, media) and the labels used for them",
    "time": "dates and times, resolved to calendar dates",
    "event": "event words: who did what to whom (PLOVER types)",
    "claim": "claims: who speaks, the cue ('said', 'according to'), what is reported, and evidence said to exist but not shown",
    "framing": "scare quotes, distancing ('so-called'), labels for actors, loaded words",
    "technique": "persuasion techniques (SemEval-2023 labels, from a statistical model)",
    "headline": "headline words that state as fact what the body reports only on someone's word",
}

# Colour is never the only cue: each layer also has its own underline (legend and text alike).
UNDERLINES = {
    "meta": "overline solid",
    "place": "underline solid",
    "actor": "underline double",
    "time": "underline dotted",
    "event": "underline solid 3px",
    "claim": "underline dashed",
    "framing": "underline wavy",
    "technique": "underline double 3px",
    "headline": "overline double",
}


def colour(layer: str) -> str:
    if layer in COLOURS:
        return COLOURS[layer]
    hue = int(hashlib.sha1(layer.encode()).hexdigest()[:4], 16) % 360
    return f"hsl({hue} 80% 85%)"


def _layer_css(layers: list[str]) -> str:
    """Per-layer colour and underline as classes, so highlights show without JavaScript too."""
    rules = []
    for layer in layers:
        if not re.fullmatch(r"[A-Za-z0-9_-]+", layer):
            continue  # not a safe CSS class name: the script still paints it
        line = UNDERLINES.get(layer, "underline dotted")
        rules.append(f".l-{layer}, .sw-{layer} {{ background:{colour(layer)}; text-decoration:{line} #374151; }}")
    return "\n".join(rules)


def _asset(name: str) -> str:
    return resources.files("newsprism.render").joinpath("assets", name).read_text(encoding="utf-8")


def segments(analysis: Analysis) -> Markup:
    """The article text cut at every span boundary; each piece lists the spans covering it."""
    text = analysis.article.text
    spans = [s for s in analysis.spans]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    active: list = []
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        piece = esc(text[a:b], bidi_closed=False)
        if not active:
            out.append(piece)
            continue
        shown = [s for s in active if s.layer not in HIDDEN_BY_DEFAULT]
        top = min(shown, key=lambda s: s.end - s.start) if shown else None
        ids = " ".join(s.id for s in active)
        cls = f"seg l-{top.layer}" if top else "seg"
        # a highlight a reader can see is reachable by keyboard (Tab, then Enter) and by a tap
        focus = ' tabindex="0" role="button"' if top else ""
        out.append(f'<span class="{esc(cls)}" data-s="{esc(ids)}"{focus}>{piece}</span>')
    return Markup("".join(out))


def layer_toggles(analysis: Analysis) -> Markup:
    layers = sorted({s.layer for s in analysis.spans}, key=lambda n: list(COLOURS).index(n) if n in COLOURS else 99)
    items = []
    for layer in layers:
        n = sum(1 for s in analysis.spans if s.layer == layer)
        box = h("input", type="checkbox", data_layer=layer, checked=layer not in HIDDEN_BY_DEFAULT)
        help_ = LAYER_HELP.get(layer, "spans of this layer")
        items.append(
            h(
                "label",
                box,
                h("span", layer, class_=f"swatch sw-{layer}"),
                h("span", f" {n}", class_="n"),
                title=f"{n} highlights: {help_}",
            )
        )
    return join(items)


def layer_legend(analysis: Analysis) -> Markup:
    layers = sorted({s.layer for s in analysis.spans}, key=lambda n: list(COLOURS).index(n) if n in COLOURS else 99)
    rows = [
        Markup(h("dt", h("span", layer, class_=f"swatch sw-{layer}")) + h("dd", LAYER_HELP.get(layer, "spans of this layer")))
        for layer in layers
    ]
    notes = (
        "Each layer has its own colour and underline. Where layers overlap, the shortest span gives the colour and a dark "
        "bar under the text marks the overlap; the Selected panel lists every layer there. The number beside a layer "
        "is how many highlights it made. Click, tap, or Tab to a highlight and press Enter to see which rule or model "
        "found it, its version and why."
    )
    return h("details", h("summary", "What the highlights mean"), h("p", notes), h("dl", join(rows)), class_="legend")


def _details_panel() -> Markup:
    hint = (
        "Click or tap a highlight (or Tab to it and press Enter) to see its layer, label, which rule or model found it, and why."
    )
    close = h("button", "Close", type="button", class_="close", aria_label="Close the Selected panel")
    return h(
        "section",
        h("h2", "Selected"),
        close,
        h("div", hint, id="details", aria_live="polite"),
        class_="panel",
        id="panel-details",
    )


def to_html(analysis: Analysis) -> str:
    a = analysis.article
    data = {
        "spans": {s.id: s.to_dict() for s in analysis.spans},
        "colours": {layer: colour(layer) for layer in {s.layer for s in analysis.spans}},
        "hidden": sorted(HIDDEN_BY_DEFAULT),
    }
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    facts = [a.outlet or "outlet unknown", date_fact(analysis), a.language or "?"]
    if a.media_tags:
        facts.append("media: " + ", ".join(a.media_tags))
    side = []
    for panel in panels():
        if panel.html is None:
            continue
        body = panel.html(analysis)
        if body:
            side.append(h("section", h("h2", panel.title), Markup(body), class_="panel", id=f"panel-{panel.name}"))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title or "NewsPrism report")} · NewsPrism</title>
<style>{_asset("report.css")}
{_layer_css(sorted({s.layer for s in analysis.spans}))}</style></head>
<body>
<a class="skip" href="#panels">Skip to the panels</a>
<header><h1>{esc(a.title or "(untitled)")}</h1><p class="facts">{esc(" · ".join(map(close_bidi, facts)))}</p>
<p class="id">article {esc(a.id[:16])}{(" · " + esc(a.source_path)) if a.source_path else ""}</p>
<nav class="toggles" aria-label="Layers: show or hide">{layer_toggles(analysis)}</nav>
{layer_legend(analysis)}
<noscript><p class="warning">JavaScript is off: highlights show, but the layer switches and the Selected panel do not work.</p></noscript>
{join(h("p", w, class_="warning") for w in analysis.warnings)}</header>
<main><article id="text">{segments(analysis)}</article>
<aside id="panels">{_details_panel()}{join(side)}</aside></main>
<script type="application/json" id="np-data">{script_json(data)}</script>
<script>{script}</script>
</body></html>
"""
    return page


FORMAT = Format("html", "self-contained HTML report (highlights, toggles, panels; works offline)", ".html", document=to_html)
