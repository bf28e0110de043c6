import pytest

from newsprism import layers
from newsprism.layers.base import Layer
from newsprism.model import Article
from newsprism.pipeline import Pipeline

from conftest import analyse


def test_registry_lists_core_layers_in_order():
    names = list(layers.all_layers())
    for name in ("meta", "sentences", "entities"):
        assert name in names
    assert names.index("meta") < names.index("sentences") < names.index("entities")


def test_resolve_adds_requirements_and_rejects_unknown():
    for layer in layers.all_layers().values():
        chosen = [lay.name for lay in layers.resolve([layer.name])]
        assert layer.name in chosen
        assert set(layer.requires) <= set(chosen)
    with pytest.raises(layers.UnknownLayerError):
        layers.resolve(["horoscope"])


def test_provenance_has_timing_per_layer_and_model():
    an = analyse("Talks in Brussels ended on Monday, officials said.", ["sentences", "entities"])
    runs = {r.name: r for r in an.layers}
    assert {"parse", "sentences", "entities"} <= set(runs)
    assert all(r.seconds >= 0 and r.status == "ok" for r in runs.values())
    assert an.models["spacy"].startswith("en_core_web_sm")
    assert runs["entities"].spans == len(an.spans_of("entity"))


def test_entities_and_sentences_spans():
    an = analyse("Azerbaijan's border service stopped the convoy in Lachin. Armenia protested.", ["sentences", "entities"])
    assert [s.text for s in an.spans_of("sentence")] == [
        "Azerbaijan's border service stopped the convoy in Lachin.",
        "Armenia protested.",
    ]
    assert {"Azerbaijan", "Lachin", "Armenia"} <= {s.text for s in an.spans_of("entity")}
    assert all(s.source.startswith("entities@1.0:en_core_web_sm") for s in an.spans_of("entity"))
    an.check_offsets()


def test_non_english_article_warns_and_skips_english_layers():
    an = analyse("Министерство обороны заявило во вторник, что колонна была остановлена у моста. Водители вернулись.")
    assert an.article.language == "ru"
    assert any("not English" in w for w in an.warnings)
    runs = {r.name: r for r in an.layers}
    assert runs["entities"].status == "skipped"
    assert runs["sentences"].status == "ok" and len(an.spans_of("sentence")) == 2


def test_a_failing_layer_is_recorded_and_the_article_survives(monkeypatch):
    def boom(analysis, ctx):
        raise RuntimeError("bad lexicon")

    broken = Layer(name="broken", version="0.1", run=boom, description="test", needs_parse=False, english_only=False)
    p = Pipeline(["meta"])
    p.layers.append(broken)
    an = p(Article(text="KYIV (Reuters) - Talks resumed."))
    run = {r.name: r for r in an.layers}["broken"]
    assert run.status == "failed" and "bad lexicon" in run.reason
    assert an.article.outlet == "Reuters"
    assert any("broken failed" in w for w in an.warnings)


FAILING_CLI = """
import sys
from newsprism import cli, layers
from newsprism.layers.base import Layer

def boom(analysis, ctx):
    raise RuntimeError("bad lexicon")

layers.resolve = lambda names: [Layer(name="meta", version="0.1", run=boom, description="t", needs_parse=False, english_only=False)]
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_failing_layer_prints_no_traceback_without_verbose(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "a.txt"
    src.write_text("KYIV (Reuters) - Talks resumed.\n", encoding="utf-8")
    out = tmp_path / "a.json"
    args = ["analyze", str(src), "--layers", "meta", "--format", "json", "-o", str(out)]
    quiet = subprocess.run([sys.executable, "-c", FAILING_CLI, *args], capture_output=True, text=True, timeout=120)
    assert quiet.returncode == 0, quiet.stderr
    assert "Traceback" not in quiet.stderr and "bad lexicon" not in quiet.stderr
    assert "layer meta failed: RuntimeError: bad lexicon" in out.read_text(encoding="utf-8")
    verbose = subprocess.run([sys.executable, "-c", FAILING_CLI, "-v", *args], capture_output=True, text=True, timeout=120)
    assert "layer meta failed" in verbose.stderr and "bad lexicon" in verbose.stderr


def test_the_language_warning_says_whether_the_language_was_given_or_detected():
    given = Pipeline(["meta"])(Article(text="Talks resumed in Geneva on Monday, mediators said.", language="ru"))
    assert any("given as 'ru'" in w for w in given.warnings), given.warnings
    detected = Pipeline(["meta"])(Article(text="Переговоры возобновились в Женеве в понедельник, заявили посредники."))
    assert any("detected as 'ru'" in w for w in detected.warnings), detected.warnings


def test_verbose_logs_progress_per_article(tmp_path):
    import subprocess
    import sys

    src = tmp_path / "a.txt"
    src.write_text("KYIV (Reuters) - Talks resumed.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "newsprism", "-v", "analyze", str(src), str(src), "--layers", "meta", "--format", "jsonl"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(f"newsprism: analysed {src.name}: ") == 2, result.stderr  # reports name the file, not its folders
    quiet = subprocess.run([c for c in cmd if c != "-v"], capture_output=True, text=True, timeout=120)
    assert quiet.stderr == ""


def test_every_span_says_which_layer_rule_or_model_made_it():
    """A span's source is '<layer>@<version>:<rule>' (a user checks a highlight by it). A walrus
    variable in a comprehension of the framing layer once overwrote its source prefix with a claim span,
    so every later framing span read "Span(layer='claim', …):lexicon-seed"."""
    import re

    text = (
        "Troops detained 'suspects'\n\n"
        'The Mejlis called the detentions "a new wave of repression", and the so-called self-defence '
        "units denied it. Officials said the regime's forces had shelled the village on Monday."
    )
    an = analyse(text)
    assert an.spans_of("framing") and an.records.get("claims")
    for span in an.spans:
        assert re.fullmatch(r"[a-z_]+@[\w.]+:[\w:.@-]+", span.source), (span.layer, span.label, span.source)
