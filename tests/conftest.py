"""Shared fixtures. Tests use fixtures written for NewsPrism; shared data only when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism import datasets, samples
from newsprism.model import Analysis, Article
from newsprism.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """All default layers, English model loaded once for the session."""
    p = Pipeline()
    p.warm_up()
    return p


@pytest.fixture(scope="session")
def sample_analyses(pipeline) -> dict[str, Analysis]:
    """The bundled sample reports, analysed with every default layer."""
    return {name: pipeline(article) for name, article in samples.load_all()}


def analyse(text: str, layers: list[str] | None = None, **meta) -> Analysis:
    """Analyse a small text with chosen layers (dependencies added)."""
    return Pipeline(layers)(Article(text=text, **meta))


def shared_data(*parts: str) -> Path:
    """Path in ../shared/data, or skip the test with a clear message when it is absent."""
    try:
        return datasets.path(*parts)
    except datasets.DataMissing as exc:
        pytest.skip(f"shared data absent: {exc}")
