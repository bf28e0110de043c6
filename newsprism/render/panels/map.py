"""An offline map of the article's places: inline SVG over Natural Earth outlines.

Markers carry ``data-spans`` so a click highlights the mentions in the text; KB roads and
corridors with a path are drawn as lines. No external resources (the report's CSP forbids them).
"""

from __future__ import annotations

import math
from functools import cache

from rich.table import Table

from newsprism.model import Analysis, Span
from newsprism.render.htmlkit import Markup, h, join
from newsprism.render.panels import Panel

WIDTH = 520
MIN_SPAN_DEG = 4.0


@cache
def _outlines() -> list[dict]:
    from newsprism.resources import load_json

    return load_json("geo", "world_110m.json")["countries"]


def places(analysis: Analysis) -> list[dict]:
    """Distinct located places with the ids of the spans that mention them."""
    by_id: dict[str, dict] = {}
    for s in analysis.spans_of("place"):
        a = s.attrs
        if a.get("lat") is None or a.get("lon") is None:
            continue
        key = a.get("id") or f"{a['lat']},{a['lon']}"
        p = by_id.setdefault(
            key,
            {
                "id": key,
                "name": a.get("name"),
                "kind": a.get("kind"),
                "lat": a["lat"],
                "lon": a["lon"],
                "contested": a.get("contested"),
                "approx_km": a.get("precision_km") if a.get("point_source") == "hand-placed" else None,
                "spans": [],
                "texts": [],
            },
        )
        p["spans"].append(s.id)
        if s.text not in p["texts"]:
            p["texts"].append(s.text)
    return list(by_id.values())


def _focus(points: list[dict]) -> list[dict]:
    """The places within ~1500 km of the article's centre of mentions (all if that leaves few)."""
    weights = [(p, len(p["spans"])) for p in points]
    ordered = sorted(weights, key=lambda pw: pw[0]["lat"])
    half, acc, mid_lat = sum(w for _, w in weights) / 2, 0, ordered[0][0]["lat"]
    for p, w in ordered:
        acc += w
        if acc >= half:
            mid_lat = p["lat"]
            break
    ordered = sorted(weights, key=lambda pw: pw[0]["lon"])
    acc, mid_lon = 0, ordered[0][0]["lon"]
    for p, w in ordered:
        acc += w
        if acc >= half:
            mid_lon = p["lon"]
            break
    near = [p for p in points if _km(p["lat"], p["lon"], mid_lat, mid_lon) <= 1500]
    kept = sum(len(p["spans"]) for p in near)
    return near if near and kept >= half else points


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _view(points: list[dict]) -> tuple[float, float, float, float]:
    lats = [p["lat"] for p in points]
    lons = [p["lon"] for p in points]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max((lat1 - lat0) * 0.15, (MIN_SPAN_DEG - (lat1 - lat0)) / 2, 0.5)
    pad_lon = max((lon1 - lon0) * 0.15, (MIN_SPAN_DEG - (lon1 - lon0)) / 2, 0.5)
    lat0, lat1, lon0, lon1 = max(-85, lat0 - pad_lat), min(85, lat1 + pad_lat), lon0 - pad_lon, lon1 + pad_lon
    k = math.cos(math.radians((lat0 + lat1) / 2))
    want = (lat1 - lat0) * 1.5 / k  # keep the map wider than tall
    if lon1 - lon0 < want:
        extra = (want - (lon1 - lon0)) / 2
        lon0, lon1 = lon0 - extra, lon1 + extra
    return lat0, lat1, max(-180, lon0), min(180, lon1)


def _projector(view):
    lat0, lat1, lon0, lon1 = view
    k = math.cos(math.radians((lat0 + lat1) / 2))
    sx = WIDTH / ((lon1 - lon0) * k)
    height = (lat1 - lat0) * sx

    def project(lat: float, lon: float) -> tuple[float, float]:
        return round((lon - lon0) * k * sx, 1), round((lat1 - lat) * sx, 1)

    return project, round(height, 1)


def _outline_paths(view, project) -> list[Markup]:
    lat0, lat1, lon0, lon1 = view
    out = []
    for c in _outlines():
        d = []
        for ring in c["rings"]:
            xs = [p[0] for p in ring]
            ys = [p[1] for p in ring]
            if max(xs) < lon0 or min(xs) > lon1 or max(ys) < lat0 or min(ys) > lat1:
                continue
            pts = [project(lat, lon) for lon, lat in ring]
            d.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
        if d:
            out.append(
                h(
                    "path",
                    h("title", c["name"]),
                    d="".join(d),
                    class_="country",
                    fill="#eef0f3",
                    stroke="#9aa3ad",
                    stroke_width="0.6",
                )
            )
    return out


def _routes(analysis: Analysis, project) -> list[Markup]:
    from newsprism.geo import kb

    out = []
    seen = set()
    for s in analysis.spans_of("place"):
        pid = s.attrs.get("id")
        path = kb.places().get(pid, {}).get("path") if isinstance(pid, str) else None
        if not path or pid in seen:
            continue
        seen.add(pid)
        spans = " ".join(x.id for x in analysis.spans_of("place") if x.attrs.get("id") == pid)
        pts = " ".join(f"{x},{y}" for x, y in (project(lat, lon) for lat, lon in path))
        out.append(
            h(
                "polyline",
                h("title", s.attrs.get("name")),
                points=pts,
                fill="none",
                stroke="#c0392b",
                stroke_width="2",
                data_spans=spans,
            )
        )
    return out


def html(analysis: Analysis) -> str | None:
    pts = places(analysis)
    if not pts:
        return None
    shown = _focus(pts)
    view = _view(shown)
    project, height = _projector(view)
    markers = []
    for p in shown:
        x, y = project(p["lat"], p["lon"])
        title = f"{p['name']} ({p['kind']}): {', '.join(p['texts'])} — {len(p['spans'])} mention(s)"
        if p.get("approx_km"):  # a point placed by hand, not from a gazetteer: say how far off it may be
            title += f" — approximate point (within about {p['approx_km']} km)"
        r = min(9, 3 + len(p["spans"]))
        common = {"fill_opacity": "0.8", "stroke": "#fff", "data_spans": " ".join(p["spans"]), "class_": "marker"}
        if p["contested"]:
            # a diamond, not only another colour: the shape says "contested" without colour vision
            d = r + 1
            markers.append(
                h(
                    "polygon",
                    h("title", title + " — contested"),
                    points=f"{x},{y - d} {x + d},{y} {x},{y + d} {x - d},{y}",
                    fill="#d35400",
                    **common,
                )
            )
        else:
            markers.append(h("circle", h("title", title), cx=x, cy=y, r=r, fill="#2c6fbb", **common))
    svg = h(
        "svg",
        h("rect", x=0, y=0, width=WIDTH, height=height, fill="#dbe9f6"),
        join(_outline_paths(view, project)),
        join(_routes(analysis, project)),
        join(markers),
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {WIDTH} {height}",
        width=WIDTH,
        height=height,
        role="img",
        aria_label="map of the places in the article",
    )
    rows = [
        h(
            "tr",
            h("td", h("a", p["name"], href="#", data_spans=" ".join(p["spans"]))),
            h("td", p["kind"] + (" · contested" if p["contested"] else "")),
            h("td", f"{p['lat']:.3f}, {p['lon']:.3f}"),
            h("td", str(len(p["spans"]))),
        )
        for p in sorted(pts, key=lambda p: -len(p["spans"]))
    ]
    outside = [p["name"] for p in pts if p not in shown]
    note = f" Outside the map: {', '.join(outside)}." if outside else ""
    legend = h(
        "p",
        "Orange diamonds: contested places; blue circles: other places (larger: more mentions); red lines: roads and "
        "corridors. Outlines: Natural Earth 1:110m. Click a place to find it in the text." + note,
        class_="muted",
    )
    return join(
        [
            svg,
            legend,
            h(
                "table",
                h("tr", h("th", "place"), h("th", "kind"), h("th", "lat, lon"), h("th", "mentions")),
                join(rows),
                class_="kv",
            ),
        ]
    )


def terminal(analysis: Analysis):
    spans: list[Span] = analysis.spans_of("place")
    if not spans:
        return None
    table = Table(title="Places", show_edge=False, pad_edge=False)
    for col in ("place", "kind", "country", "lat, lon", "as written", "n"):
        table.add_column(col, overflow="fold")
    for p in sorted(places(analysis), key=lambda p: -len(p["spans"])):
        country = next((s.attrs.get("country") for s in spans if s.id in p["spans"]), "") or ""
        table.add_row(
            p["name"], p["kind"], country, f"{p['lat']:.3f}, {p['lon']:.3f}", ", ".join(p["texts"])[:60], str(len(p["spans"]))
        )
    return table


PANEL = Panel("map", "Map of places", 21, terminal=terminal, html=html)
