"""Shared fixtures. Tests use fixtures written for NewsPrism; shared data only when present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism import datasets, ingest, samples
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


def analyse_reports(pipeline: Pipeline, folder: Path, names: tuple[str, ...]) -> dict[str, Analysis]:
    """Each ``folder/NAME.txt`` read as a user's file would be (dateline, outlet) and analysed."""
    out = {}
    for name in names:
        (article,) = list(ingest.read(str(folder / f"{name}.txt")))
        out[name] = pipeline(article)
    return out


def spans_of(a: Analysis, layer: str, text: str | None = None, label: str | None = None) -> list:
    """The spans of a layer, optionally only those with this exact text and/or label."""
    return [s for s in a.spans if s.layer == layer and (text is None or s.text == text) and (label is None or s.label == label)]


def events_of(a: Analysis) -> list[dict]:
    """The analysis's event records (none when the event layer found none)."""
    return a.records.get("events", [])


def figures_told(a: Analysis, text: str) -> list[tuple]:
    """(value, outcome, victims) of each casualty figure whose words are exactly ``text``."""
    return [(f["value"], f["outcome"], f["victims"]) for f in a.records.get("figures", []) if f["text"] == text]


def time_values(a: Analysis) -> dict[str, str]:
    """Each time expression's text → its TIMEX3 value."""
    return {s.text: s.attrs.get("value") for s in spans_of(a, "time")}


def place_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, id, country) of each place span of a small text."""
    a = analyse(text, ["place"])
    return [(a.article.text[s.start : s.end], s.attrs.get("id"), s.attrs.get("country")) for s in a.spans_of("place")]


def actor_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, id, side) of each actor span of a small text."""
    a = analyse(text, ["place", "actor"])
    return [(a.article.text[s.start : s.end], s.attrs.get("id"), s.attrs.get("side")) for s in a.spans_of("actor")]


@pytest.fixture(scope="session")
def claim_pipe() -> Pipeline:
    """The layers the claim layer's figures read, loaded once."""
    return Pipeline(["meta", "sentences", "entities", "place", "actor", "time", "claim"])


def figure_rows(pipe: Pipeline, text: str) -> list[tuple[str, str, float, str]]:
    """(outcome, victims, value, text) of each casualty/detention figure, the text dated 2026-11-26."""
    a = pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    return [(f["outcome"], f["victims"], f["value"], f["text"]) for f in a.records.get("figures", [])]


def assert_dateline_anchor_and_outlet(a: Analysis, anchor: str, outlet: str) -> None:
    """The report's dateline gave its time anchor and its outlet (every audit's first check)."""
    assert a.summary["time"]["anchor"] == anchor
    assert a.summary["time"]["anchor_source"] == "dateline"
    assert a.article.outlet == outlet


def arg_text(arg: dict | str | None) -> str | None:
    """An event argument's text (arguments are span dicts, or plain strings for raw fallbacks)."""
    return arg.get("text") if isinstance(arg, dict) else arg


def one_event(events: list[dict], trigger: str) -> dict:
    """The one event with this trigger text (fails when there are none or several)."""
    (found,) = [e for e in events if e["trigger_text"] == trigger]
    return found


def claims_of(a: Analysis, speaker: str) -> list[dict]:
    """The claim records a report gives to one speaker (by the speaker's exact text)."""
    return [c for c in a.records.get("claims", []) if c.get("speaker") == speaker]


def events_with_trigger(a: Analysis, trigger: str) -> list[dict]:
    return [e for e in a.records.get("events", []) if e["trigger_text"] == trigger]


def assert_layers_ok_and_offsets_hold(reports: dict[str, Analysis]) -> None:
    """No layer failed on any report, and every span's offsets give back its text."""
    for name, a in reports.items():
        failed = [r.name for r in a.layers if r.status != "ok"]
        assert not failed, (name, failed)
        for s in a.spans:
            assert a.article.text[s.start : s.end] == s.text, (name, s.id)
