"""Run layers over an article, in order, timing each and recording provenance.

The Python API mirrors the CLI: ``analyze(article, layers=[...], model=...)`` is what
``newsprism analyze --layers ... --model ...`` calls.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from newsprism import language, layers, nlp
from newsprism.layers import Context, Layer
from newsprism.model import Analysis, Article, LayerRun

log = logging.getLogger(__name__)

_WARM_UP_TEXT = (
    'Talks resume in Brussels\n\nBRUSSELS, April 26 (Reuters) - Officials said on Tuesday that the "humanitarian" '
    'convoy had reached Goris. "We will continue," the spokesman told reporters.\n'
)


class Pipeline:
    """A fixed selection of layers and a model name, reusable across many articles."""

    def __init__(self, layer_names: list[str] | None = None, model: str | None = None, options: dict | None = None):
        self.layers: list[Layer] = layers.resolve(layer_names)
        self.model = nlp.model_name(model)
        self.options = dict(options or {})

    @property
    def needs_parse(self) -> bool:
        return any(layer.needs_parse for layer in self.layers)

    def warm_up(self) -> None:
        """Load models and every layer's lazy resources now rather than on the first article."""
        self(Article(text=_WARM_UP_TEXT, published=dt.date(2023, 4, 26)))

    def __call__(self, article: Article) -> Analysis:
        from newsprism import __version__

        analysis = Analysis(article=article, package_version=__version__)
        how = "given as" if article.language is not None else "detected as"
        if article.language is None:
            t0 = time.perf_counter()
            article.language = language.detect(article.text)
            analysis.layers.append(LayerRun("language", language.VERSION, time.perf_counter() - t0))
        english = article.language in (None, "en")
        if not english:
            analysis.warnings.append(
                f"article language {how} {article.language!r}, not English: layers that need the English model were skipped"
            )
        ctx = Context(english=english, options=self.options)
        if self.needs_parse:
            pipe = nlp.load(self.model) if english else nlp.blank_multilingual()
            t0 = time.perf_counter()  # after loading: provenance times the parse, not the load
            ctx.doc = pipe(article.text)
            analysis.models["spacy"] = nlp.describe(pipe)
            analysis.layers.append(LayerRun("parse", nlp.describe(pipe), time.perf_counter() - t0))
        for layer in self.layers:
            before = len(analysis.spans)
            if layer.english_only and not english:
                analysis.layers.append(LayerRun(layer.name, layer.version, 0.0, "skipped", "needs an English article"))
                continue
            t0 = time.perf_counter()
            run = LayerRun(layer.name, layer.version)
            try:
                layer.run(analysis, ctx)
            except Exception as exc:  # one broken layer must not lose the article
                # -v shows the details; by default the warning and provenance say it (no traceback)
                log.info("layer %s failed", layer.name, exc_info=True)
                run.status, run.reason = "failed", f"{type(exc).__name__}: {exc}"
                analysis.warnings.append(f"layer {layer.name} failed: {run.reason}")
            run.seconds = time.perf_counter() - t0
            run.spans = len(analysis.spans) - before
            analysis.layers.append(run)
        name = article.source_path or article.title or article.id[:12]
        log.info("analysed %s: %d spans, %.1f s", name, len(analysis.spans), sum(r.seconds for r in analysis.layers))
        return analysis


def analyze(article: Article, layer_names: list[str] | None = None, model: str | None = None) -> Analysis:
    """Analyse one article with the chosen (or default) layers."""
    return Pipeline(layer_names, model)(article)
