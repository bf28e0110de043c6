"""Persuasion techniques (PTC-2020, 14 classes) on spans; SemEval-2023 paragraph techniques, genre, frames.

Span identification is a per-token logistic-regression tagger (word window, sentence cues,
repetition) decoded into runs; each run is then classified into one of the 14 SemEval-2020
Task 11 techniques by a multinomial logistic regression over the span's words, context and
repetition count. Paragraph techniques (23 SemEval-2023 labels), genre and frames are linear
models over word and word-pair presence, one per language where training data exists.
All models are ``.npz`` weights applied with numpy (newsprism.techniques.linear); they use
their own tokenizer, as in training, so the layer does not need the spaCy parse.
"""

from __future__ import annotations

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis
from newsprism.resources import load_json

PARAGRAPH_LIMIT = 200  # paragraphs listed in the summary


def _model_version(name: str) -> str:
    from newsprism.techniques.predict import load

    model = load(name)
    return f"{name.removesuffix('.npz')}@{model.meta.get('trained', 'unversioned')}" if model else ""


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.techniques import genre as genre_model
    from newsprism.techniques import predict
    from newsprism.techniques.data import ISO_TO_SE23
    from newsprism.techniques.explain import phrases

    to_se23 = load_json("techniques", "ptc_to_semeval2023.json")["map"]

    text = analysis.article.text
    lang = ISO_TO_SE23.get(analysis.article.language or "en", "")
    if ctx.english and predict.load(predict.SI_MODEL) and predict.load(predict.TC_MODEL):
        version = _model_version(predict.TC_MODEL)
        analysis.models["techniques"] = f"{_model_version(predict.SI_MODEL)} + {version}"
        counts: dict[str, int] = {}
        for f in predict.analyse_spans(text):
            cues = phrases(f.cues)
            evidence = phrases(f.evidence)
            why = (
                f"{f.technique.replace('_', ' ')} (p={f.technique_score:.2f})"
                + (f" on {', '.join(evidence)}" if evidence else "")
                + f"; span tagger p={f.si_score:.2f}"
                + (f" ({', '.join(cues)})" if cues else "")
            )
            analysis.add_span(
                "technique",
                f.technique,
                f.start,
                f.end,
                source=f"{LAYER.source}:model:{version}",
                attrs={
                    "why": why,
                    "semeval2023": to_se23.get(f.technique),
                    "span_score": round(f.si_score, 3),
                    "technique_score": round(f.technique_score, 3),
                    "alternatives": f.alternatives,
                    "cues": cues,
                    "evidence": evidence,
                },
                score=round(f.si_score * f.technique_score, 3),
            )
            counts[f.technique] = counts.get(f.technique, 0) + 1
        analysis.summary["techniques"] = {
            "counts": dict(sorted(counts.items(), key=lambda kv: -kv[1])),
            "model": analysis.models["techniques"],
            "score": "span probability × technique probability",
        }
    if not lang:
        return
    paras = predict.paragraph_techniques(text, lang)
    if paras:
        analysis.models[f"techniques-paragraphs-{lang}"] = _model_version(predict.para_model_name(lang))
        # SemEval-2023 numbers a paragraph by its line (blank lines count); readers count paragraphs
        flagged = [{**p, "paragraph": i, "line": p["paragraph"]} for i, p in enumerate(paras, start=1) if p["techniques"]]
        analysis.summary["techniques_paragraphs"] = {
            "scheme": "SemEval-2023 Task 3 (23 techniques)",
            "language": lang,
            "paragraphs": len(paras),
            "flagged": flagged[:PARAGRAPH_LIMIT],
        }
    short = _short_text_caveat(analysis.article.word_count)
    g = genre_model.genre(text, lang)
    if g:
        analysis.models[f"genre-{lang}"] = genre_model.version(lang)
        analysis.summary["genre"] = {**g, "scheme": "SemEval-2023 Task 3 subtask 1"}
        caveat = "; ".join(c for c in (load_json("techniques", "model_caveats.json").get(f"genre-{lang}"), short) if c)
        if caveat:
            analysis.summary["genre"]["caveat"] = caveat
    fr = predict.frames(text, lang)
    if fr:
        analysis.models[f"frames-{lang}"] = _model_version(predict.frames_model_name(lang))
        analysis.summary["frames"] = {**fr, "scheme": "SemEval-2023 Task 3 subtask 2 (14 frames)"}
        if short:
            analysis.summary["frames"]["caveat"] = short


SHORT_TEXT_WORDS = 150  # SemEval-2023 training articles run to several hundred words


def _short_text_caveat(n: int) -> str | None:
    """Genre and frame models read whole articles; on a few sentences (``n`` words) every score
    sits near the threshold (two sentences of Russian got all 14 frames), so the reader is told."""
    if n >= SHORT_TEXT_WORDS:
        return None
    return f"only {n} words: these article-level models were trained on whole articles, so treat the scores as weak"


LAYER = Layer(
    name="technique",
    version="1.0",
    run=run,
    description="persuasion techniques on spans (PTC-2020, 14 classes), SemEval-2023 paragraph techniques, genre and frames",
    needs_parse=False,
    english_only=False,
)
