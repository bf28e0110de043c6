"""The ``technique`` layer on the samples and on small texts written for these tests."""

from __future__ import annotations

import pytest
from test_eval_ptc import TECHNIQUES

from conftest import analyse

LOADED = (
    "The corrupt regime and its bloodthirsty thugs have once again shown their true face.\n\n"
    "These criminals and terrorists will stop at nothing: they are destroying our nation!\n\n"
    "Every patriot knows that the traitors in the capital are lying, lying and lying again."
)


@pytest.fixture(scope="module")
def loaded():
    return analyse(LOADED, ["technique"])


def test_flags_loaded_text_with_known_techniques(loaded):
    spans = loaded.spans_of("technique")
    assert spans, "an overtly loaded text should yield technique spans"
    assert {s.label for s in spans} <= TECHNIQUES
    for s in spans:
        assert LOADED[s.start : s.end] == s.text
        assert 0.0 < s.score <= 1.0
        assert s.attrs["why"] and s.source.startswith("technique@1.0:model:techniques-tc@")
        assert s.attrs["semeval2023"]
        assert s.score == pytest.approx(s.attrs["span_score"] * s.attrs["technique_score"], abs=2e-3)


def test_summary_has_genre_frames_and_paragraphs(loaded):
    genre = loaded.summary["genre"]
    assert set(genre["scores"]) == {"opinion", "reporting", "satire"}
    assert sum(genre["scores"].values()) == pytest.approx(1.0, abs=0.01)
    assert genre["label"] == max(genre["scores"], key=genre["scores"].get)
    frames = loaded.summary["frames"]
    assert len(frames["scores"]) == 14
    assert set(frames["labels"]) <= set(frames["scores"])
    assert "only 42 words" in frames["caveat"] and "only 42 words" in genre["caveat"]  # a short text is flagged
    paras = loaded.summary["techniques_paragraphs"]
    assert paras["paragraphs"] == 3
    assert all(p["line"] in (1, 3, 5) for p in paras["flagged"])  # SemEval-2023 line numbers
    assert all(p["paragraph"] == (p["line"] + 1) // 2 for p in paras["flagged"])  # 1..3: what a reader counts


def test_plain_report_gets_fewer_findings_than_loaded(loaded):
    plain = analyse(
        "Officials from both countries met in Geneva on Monday. The talks lasted four hours.\n\n"
        "A joint statement said the next round would take place in March.",
        ["technique"],
    )
    assert len(plain.spans_of("technique")) < len(loaded.spans_of("technique"))


def test_samples_run_without_failure(sample_analyses):
    for analysis in sample_analyses.values():
        runs = {r.name: r for r in analysis.layers}
        assert runs["technique"].status == "ok"
        analysis.check_offsets()
        assert "genre" in analysis.summary
        assert "caveat" not in analysis.summary["frames"]  # 320+ words: long enough to read whole


def test_french_article_gets_article_level_verdicts_but_no_spans():
    text = (
        "Le gouvernement a annoncé lundi de nouvelles mesures pour la région frontalière. "
        "Selon le ministère, les négociations reprendront la semaine prochaine à Genève, "
        "mais l'opposition dénonce une trahison et une honte absolue pour le pays."
    )
    a = analyse(text, ["technique"], language="fr")
    assert a.spans_of("technique") == []
    assert a.summary["genre"]["scores"]
    assert a.summary["frames"]["scores"]


def test_panel_shows_spans_and_genre(loaded):
    from newsprism.render.panels.techniques import PANEL

    html = PANEL.html(loaded)
    assert "genre:" in html and "data-spans=" in html
    assert PANEL.terminal(loaded) is not None
    assert {"genre", "frames", "techniques", "techniques_paragraphs"} <= set(PANEL.covers_summary)
