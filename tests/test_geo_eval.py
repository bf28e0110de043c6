"""``newsprism eval geo`` on tiny fixtures in the LGL and GeoVirus layouts."""

from __future__ import annotations

import argparse

import pytest

from newsprism.cli import main
from newsprism.datasets import DataMissing
from newsprism.eval import geo
from newsprism.geo.corpus import read

from conftest import FIXTURES, shared_data


def _args(corpus, **kw):
    return argparse.Namespace(corpus=corpus, limit=kw.get("limit"), no_demonyms=False, model=None, errors=kw.get("errors", 0))


def test_reader_handles_both_layouts():
    lgl = read(FIXTURES / "geo_tiny_lgl.xml")
    assert len(lgl[0].toponyms) == 6 and lgl[0].toponyms[2].lat is None
    gv = read(FIXTURES / "geo_tiny_geovirus.xml")
    assert [t.phrase for t in gv[0].toponyms] == ["Nairobi", "Kenya", "Lagos"]


def test_a_file_that_is_no_corpus_is_a_clear_error(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>broken<br></body>", encoding="utf-8")
    with pytest.raises(DataMissing, match="not an XML corpus"):
        read(page)
    empty = tmp_path / "empty.xml"
    empty.write_text("<articles></articles>", encoding="utf-8")
    with pytest.raises(DataMissing, match="no <article> elements"):
        read(empty)
    assert main(["eval", "geo", "--corpus", str(page)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_align_fixes_off_by_one_offsets():
    text = "Health workers in Nairobi, Kenya"
    assert geo.align(text, 19, 26, "Nairobi") == (18, 25)
    assert geo.align(text, 18, 25, "Nairobi") == (18, 25)
    assert geo.align(text, 0, 5, "Lagos") is None


def test_eval_on_lgl_fixture():
    report = geo.run(_args(FIXTURES / "geo_tiny_lgl.xml"))
    m = report.metrics
    assert m["rec_r"] >= 5 / 6 and m["rec_p"] >= 0.8
    # Gainesville (GA by the abbreviation), Ga., Atlanta, Paris, France resolve within 161 km
    assert m["res_n"] >= 4 and m["res_acc161"] == 1.0
    assert report.machine_line().startswith("rec_p=")


def test_eval_on_geovirus_fixture():
    m = geo.run(_args(FIXTURES / "geo_tiny_geovirus.xml")).metrics
    assert m["rec_f1"] == 1.0 and m["res_acc161"] == 1.0


def test_haversine():
    assert abs(geo.haversine_km(40.4093, 49.8671, 40.1792, 44.4991) - 454) < 5  # Baku-Yerevan


def test_eval_smoke_on_shared_lgl():
    path = shared_data("geo", "lgl.xml")
    m = geo.run(_args(path, limit=5)).metrics
    assert 0 < m["rec_f1"] <= 1


def test_error_listing_on_lgl_fixture():
    report = geo.run(_args(FIXTURES / "geo_tiny_lgl.xml", errors=5))
    text = "\n".join(report.lines)
    assert "resolution misses by kind" in text and "gold toponyms not found" in text
    assert report.metrics == geo.run(_args(FIXTURES / "geo_tiny_lgl.xml")).metrics
