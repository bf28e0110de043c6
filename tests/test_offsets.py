"""The offset invariant, text[start:end] == span.text, for every layer on real-shaped input."""

from __future__ import annotations

import pytest

from newsprism import layers, samples
from newsprism.model import Analysis
from newsprism.pipeline import Pipeline

from conftest import shared_data

ALL = list(layers.all_layers())


def _check(analysis: Analysis) -> None:
    text = analysis.article.text
    for s in analysis.spans:
        assert 0 <= s.start < s.end <= len(text), s
        assert text[s.start : s.end] == s.text, s
    failed = [(r.name, r.reason) for r in analysis.layers if r.status == "failed"]
    assert not failed, failed
    ids = {s.id for s in analysis.spans}
    assert len(ids) == len(analysis.spans), "span ids must be unique"


@pytest.fixture(scope="module")
def every_layer() -> Pipeline:
    p = Pipeline(ALL)
    p.warm_up()
    return p


@pytest.mark.parametrize("name", [e["name"] for e in samples.index()])
def test_every_layer_on_samples(every_layer, name):
    analysis = every_layer(samples.load(name))
    _check(analysis)
    assert {r.name for r in analysis.layers} >= set(ALL)


PTC_PARTS = 6  # the corpus in six parts, so that parallel test workers can share the longest test


@pytest.mark.shared_data
@pytest.mark.parametrize("part", range(PTC_PARTS))
def test_every_layer_on_all_ptc_training_articles(every_layer, part):
    from newsprism.model import Article

    folder = shared_data("ptc2020", "train-articles")
    paths = sorted(folder.glob("article*.txt"))
    assert len(paths) > 300
    for path in paths[part::PTC_PARTS]:
        article = Article(text=path.read_text(encoding="utf-8"), id=path.stem)
        _check(every_layer(article))
