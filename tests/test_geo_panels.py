"""The naming and map panels: escaped HTML, inline SVG markers linked to place spans."""

from __future__ import annotations

import re

from rich.console import Console

from newsprism.render.panels import map as map_panel
from newsprism.render.panels import naming as naming_panel


def test_map_markers_point_to_place_spans(sample_analyses):
    a = sample_analyses["meridian_wire"]
    out = map_panel.html(a)
    assert out.startswith("<svg") and "http://" not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")
    ids = {s.id for s in a.spans_of("place")}
    marker_spans = re.findall(r'<(?:circle|polygon)[^>]*data-spans="([^"]+)"', out)
    assert len(marker_spans) >= 5
    assert all(set(v.split()) <= ids for v in marker_spans)
    assert "Lachin corridor" in out and "<polyline" in out  # the corridor's KB path
    assert "Outside the map" in out  # Washington and Brussels are far from the Caucasus cluster


def test_naming_panel_html_and_terminal(sample_analyses):
    a = sample_analyses["caspian_herald"]
    out = naming_panel.html(a)
    assert "Azerbaijani official names for" in out and "data-spans" in out
    console = Console(record=True, width=120)
    console.print(naming_panel.terminal(a))
    console.print(map_panel.terminal(a))
    text = console.export_text()
    assert "Naming: Azerbaijani official" in text and "Khankendi" in text


def test_panels_escape_text():
    from conftest import analyse

    a = analyse('Protest in "<b>Goris</b>" & Kornidzor near the Hakari bridge.', ["place"])
    out = map_panel.html(a)
    assert "<b>" not in out


def test_contested_places_differ_by_shape_and_by_word_not_only_by_colour(sample_analyses):
    a = sample_analyses["caspian_herald"]
    out = map_panel.html(a)
    contested = re.findall(r"<polygon [^>]*><title>([^<]*)</title>", out)
    others = re.findall(r"<circle [^>]*><title>([^<]*)</title>", out)
    assert contested and others
    assert all(t.endswith("— contested") for t in contested) and not any("contested" in t for t in others)
    assert "Orange diamonds: contested places; blue circles" in out
    assert "<td>city · contested</td>" in out  # the table says it in words


def test_naming_panel_explains_the_verdict_in_words(sample_analyses):
    out = naming_panel.html(sample_analyses["caspian_herald"])
    assert out.startswith('<p class="panel-note">Contested places have different names on each side')
    assert "<th>conventions (who uses this name)</th>" in out
    assert "How the verdict is reached: " in out
