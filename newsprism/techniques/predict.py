"""Apply the shipped technique, genre and frame models to a text (numpy only).

Used by the ``technique`` layer and by the evaluations, so that what is measured is what runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from newsprism.framing.quotes import left_open
from newsprism.resources import data_path
from newsprism.techniques.features import SpanFeaturizer, TokenFeaturizer, bag_features, paragraph_features
from newsprism.techniques.linear import LinearModel
from newsprism.techniques.text import Token, paragraphs, tokenize

MODEL_DIR = ("models",)
SI_MODEL = "techniques-si.npz"
TC_MODEL = "techniques-tc.npz"
SI_SENT_MODEL = "techniques-si-sent.npz"  # sentence-level model over md vectors, gates the SI token probabilities
TC_VEC_MODEL = "techniques-tc-vec.npz"  # dense model over md word vectors, averaged with TC_MODEL


def para_model_name(lang: str) -> str:
    return f"techniques-paragraphs-{lang}.npz"


def para_vec_model_name(lang: str) -> str:
    return f"techniques-paragraphs-{lang}-vec.npz"


def genre_model_name(lang: str) -> str:
    return f"genre-{lang}.npz"


def frames_model_name(lang: str) -> str:
    return f"frames-{lang}.npz"


def model_path(name: str) -> Path:
    return data_path(*MODEL_DIR, name)


@cache
def load(name: str) -> LinearModel | None:
    """A shipped model by file name, or None when it is not packaged."""
    path = model_path(name)
    return LinearModel.load(path) if path.exists() else None


@cache
def load_dense(name: str):
    """A shipped dense (word-vector) model, or None when it or the md vectors are missing."""
    from newsprism.techniques.vectors import DenseModel, table

    path = model_path(name)
    if not path.exists() or table() is None:
        return None
    return DenseModel.load(path)


def tc_probabilities(
    model: LinearModel, text: str, tokens: list[Token], spans: list[tuple[int, int]], rows: list[list[str]]
) -> np.ndarray:
    """Technique probabilities of the sparse model, averaged with the word-vector model when shipped,
    then divided by the training class frequencies to the power ``prior_power`` (meta; rare
    techniques get a little more weight than their frequency in training) and renormalised."""
    probs = model.proba(rows)
    dense = load_dense(TC_VEC_MODEL)
    if dense is not None and spans:
        from newsprism.techniques.vectors import SpanVectorizer, table

        vec = SpanVectorizer(tokens, table())
        pd = dense.proba(np.stack([vec.features(s, e) for s, e in spans]))
        order = [dense.classes.index(c) for c in model.classes]
        w = float(dense.meta.get("weight", 0.5))
        probs = (1 - w) * probs + w * pd[:, order]
    return calibrate(probs, model.meta)


def calibrate(probs: np.ndarray, meta: dict) -> np.ndarray:
    """probs · prior^power, renormalised per row (identity when the model records no prior)."""
    prior, power = meta.get("prior"), float(meta.get("prior_power", 0.0))
    if not prior or not power or not len(probs):
        return probs
    q = probs * np.asarray(prior, dtype=np.float64) ** power
    return (q / q.sum(axis=1, keepdims=True)).astype(np.float32)


@dataclass
class FoundSpan:
    start: int
    end: int
    si_score: float
    cues: list[str] = field(default_factory=list)
    technique: str = ""
    technique_score: float = 0.0
    alternatives: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)


def token_probabilities(
    model: LinearModel, tokens: list[Token], cluster_labels: np.ndarray | None = None
) -> tuple[np.ndarray, Sequence[list[str]]]:
    """Per-token SI probabilities; a model trained with word-vector clusters (meta ``clusters``)
    gets them from ``cluster_labels`` or the packaged ones (left out when md is missing)."""
    clusters = None
    if model.meta.get("clusters"):
        from newsprism.techniques.vectors import shipped_clusters, table, token_clusters

        labels = cluster_labels if cluster_labels is not None else shipped_clusters()
        if labels is not None:
            clusters = token_clusters([t.text for t in tokens], table(), labels)
    feat = TokenFeaturizer(tokens, clusters)
    rows = FeatureRows(feat)
    if not tokens:
        return np.zeros(0, dtype=np.float32), rows
    return model.proba_keys(feat.keys(model.bits), len(tokens))[:, 0], rows


class FeatureRows(Sequence):
    """Each token's feature strings (``TokenFeaturizer.features``), built when asked for: the
    probabilities come from hashed keys, and only the tokens that explain a finding need strings."""

    def __init__(self, feat: TokenFeaturizer):
        self._feat = feat

    def __len__(self) -> int:
        return len(self._feat.tokens)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._feat.features(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._feat.features(i)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # compared by value, like the list it stands for


def gated_token_probabilities(
    model: LinearModel, tokens: list[Token], sent_model=None, cluster_labels: np.ndarray | None = None
) -> tuple[np.ndarray, Sequence[list[str]]]:
    """token_probabilities, combined with the sentence model's probabilities when one is given
    (vectors.gate_with_sentences); the same steps for the shipped models and the fold models of training."""
    probs, rows = token_probabilities(model, tokens, cluster_labels)
    if sent_model is not None and len(tokens):
        from newsprism.techniques.vectors import gate_with_sentences, table

        probs = gate_with_sentences(probs, tokens, sent_model, table())
    return probs, rows


def decoding(meta: dict) -> tuple[float, int, float]:
    """(threshold, max gap, keep) of decode_spans as recorded in an SI model's meta."""
    threshold = float(meta.get("threshold", 0.5))
    return threshold, int(meta.get("max_gap", 0)), float(meta.get("keep", threshold))


def decode_spans(
    tokens: list[Token], probs: np.ndarray, threshold: float, max_gap: int = 0, keep: float | None = None
) -> list[tuple[int, int, float]]:
    """Runs of tokens above ``threshold`` inside one sentence → (first, last, mean prob).

    Runs separated by at most ``max_gap`` lower tokens in the same sentence are joined; a run
    is kept only if its best token reaches ``keep`` (hysteresis; default: the threshold)."""
    runs: list[list[int]] = []
    for i, p in enumerate(probs):
        if p < threshold:
            continue
        if runs and tokens[runs[-1][1]].sent == tokens[i].sent and i - runs[-1][1] - 1 <= max_gap:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    keep = threshold if keep is None else keep
    return [(a, b, float(probs[a : b + 1].mean())) for a, b in runs if probs[a : b + 1].max() >= keep]


def span_paragraph_features(
    tokens: list[Token],
    probs: np.ndarray,
    runs: list[tuple[int, int, float]],
    tc_probs: np.ndarray,
    paras: list[tuple[int, int, int]],
    threshold: float,
) -> np.ndarray:
    """What the span models say about each paragraph (line, start, end): the highest, mean and
    share-over-threshold of its SI token probabilities, and per PTC technique the highest
    (best token probability of a decoded span × its technique probability) over the spans that
    overlap it. Shape (n_paragraphs, 3 + n_techniques)."""
    n_tc = tc_probs.shape[1]
    out = np.zeros((len(paras), 3 + n_tc), dtype=np.float32)
    starts = np.asarray([t.start for t in tokens], dtype=np.int64)
    for row, (_, s, e) in enumerate(paras):
        pk = probs[(starts >= s) & (starts < e)]
        if len(pk):
            out[row, :3] = pk.max(), pk.mean(), (pk >= threshold).mean()
        for (a, b, _), tp in zip(runs, tc_probs, strict=True):
            if tokens[a].start < e and tokens[b].end > s:
                out[row, 3:] = np.maximum(out[row, 3:], float(probs[a : b + 1].max()) * tp)
    return out


@lru_cache(maxsize=4)
def _si_pass(text: str) -> tuple[list[Token], np.ndarray, Sequence[list[str]], list[tuple[int, int, float]]]:
    """Tokens, gated SI token probabilities, their feature rows and the decoded runs of one text
    (cached: the span layer and the paragraph model both use them)."""
    model = load(SI_MODEL)
    tokens = tokenize(text)
    sent_model = load_dense(SI_SENT_MODEL) if model.meta.get("sentence_model") else None
    probs, rows = gated_token_probabilities(model, tokens, sent_model)
    return tokens, probs, rows, decode_spans(tokens, probs, *decoding(model.meta))


def find_spans(text: str) -> list[FoundSpan]:
    """Span identification: character spans the SI tagger marks as propaganda."""
    model = load(SI_MODEL)
    if model is None:
        return []
    tokens, probs, rows, runs = _si_pass(text)
    out = []
    for a, b, score in runs:
        best = int(a + np.argmax(probs[a : b + 1]))
        cues = model.explain(rows[best], 0, top=10)
        out.append(FoundSpan(*whole_words(text, tokens[a].start, tokens[b].end), score, cues))
    return out


def _joined(ch: str) -> bool:
    return ch.isalnum() or ch in "-'\u2019\u2010\u2011"


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A decoded run widened to whole words ("so-called", not "-called"), to the closing quote
    of a quotation it opens (‘"blockade"’, not ‘"blockade’) and to the opening quote of one it
    closes (‘"invented … attack" to cover up’, not ‘invented … attack" to cover up’): the tokenizer splits at hyphens and
    apostrophes, and a span that cuts a word or a quotation reads as a bug."""
    if start < end and _joined(text[start]):
        while start > 0 and _joined(text[start - 1]) and (text[start - 1].isalnum() or (start > 1 and text[start - 2].isalnum())):
            start -= 1
    if start < end and _joined(text[end - 1]):
        while (
            end < len(text) and _joined(text[end]) and (text[end].isalnum() or (end + 1 < len(text) and text[end + 1].isalnum()))
        ):
            end += 1
    if end < len(text) and text[end] in left_open(text[start:end]):
        end += 1
    elif start > 0 and _closes_unopened(text, start, end):
        start -= 1  # 'invented a terrorist attack" to cover up' opens at its quotation mark
    return start, _trim_attribution(text, start, end)


def _closes_unopened(text: str, start: int, end: int) -> bool:
    """The run starts just after an opening quotation mark and holds the mark that closes it:
    '"invented a terrorist attack" to cover up' cut after the first mark (audit 12)."""
    span, before = text[start:end], text[start - 1]
    if before == '"':
        return span.count('"') % 2 == 1
    return before == "\u201c" and span.count("\u201d") > span.count("\u201c")


_OPENERS = {'"': '"', "\u201c": "\u201d"}
_ATTRIBUTION_TAIL = re.compile(r",?\s*\w+(?:\s+\w+)?")


def _trim_attribution(text: str, start: int, end: int) -> int:
    """A run that opens a quotation, closes it and goes on one or two words into the attribution
    (‘"This is terror," he’) ends at the closing quote: the speaker's tag is not the technique; so does a run
    that starts inside the quotation (‘Those reports are enemy propaganda," he’)."""
    close = _OPENERS.get(text[start]) if start < end else None
    if close is None:
        # a run from inside a quotation across its close ('… enemy propaganda," he'): a mark after , . ! ? closes
        q = max(text.rfind('"', start + 1, end), text.rfind("\u201d", start + 1, end))
        if q == -1 or q + 1 >= end or text[q - 1] not in ",.!?":
            return end
        if not (text.count('"', start, end) == 1 or (text[q] == "\u201d" and "\u201c" not in text[start:q])):
            return end  # the run holds the opening mark too: not from inside the quotation
        return q + 1 if _ATTRIBUTION_TAIL.fullmatch(text, q + 1, end) else end
    q = text.find(close, start + 1, end)
    if q == -1 or q + 1 >= end:
        return end
    speech = text[q - 1] in ",.!?" or text[q + 1] == ","  # ‘…," he’ / ‘…", he’: the convention of quoted speech
    return q + 1 if speech and _ATTRIBUTION_TAIL.fullmatch(text, q + 1, end) else end


def classify_spans(text: str, spans: list[tuple[int, int]], tokens: list[Token] | None = None) -> np.ndarray:
    """Technique probabilities (n_spans × 14) for given character spans."""
    model = load(TC_MODEL)
    if model is None or not spans:
        return np.zeros((len(spans), 0), dtype=np.float32)
    tokens = tokens if tokens is not None else tokenize(text)
    feat = SpanFeaturizer(text, tokens)
    return tc_probabilities(model, text, tokens, spans, [feat.features(s, e) for s, e in spans])


def analyse_spans(text: str) -> list[FoundSpan]:
    """SI, then TC on each found span (the tokens come from the cached SI pass)."""
    found = find_spans(text)
    model = load(TC_MODEL)
    if not found or model is None:
        return found
    tokens = _si_pass(text)[0]
    feat = SpanFeaturizer(text, tokens)
    rows = [feat.features(f.start, f.end) for f in found]
    probs = tc_probabilities(model, text, tokens, [(f.start, f.end) for f in found], rows)
    for f, row, p in zip(found, rows, probs, strict=True):
        order = np.argsort(-p)
        f.technique = model.classes[int(order[0])]
        f.technique_score = float(p[order[0]])
        f.alternatives = {model.classes[int(j)]: round(float(p[j]), 3) for j in order[1:3]}
        f.evidence = model.explain(row, int(order[0]), top=10)
    return found


def paragraph_span_signals(text: str, paras: list[tuple[int, int, int]], tc_classes: list[str]) -> np.ndarray:
    """span_paragraph_features from the shipped SI and TC models (the sparse TC model alone,
    uncalibrated, as in training); zeros when they are missing."""
    si, tc = load(SI_MODEL), load(TC_MODEL)
    if si is None or tc is None or list(tc.classes) != list(tc_classes):
        return np.zeros((len(paras), 3 + len(tc_classes)), dtype=np.float32)
    tokens, probs, _, runs = _si_pass(text)
    return span_signals(text, tokens, probs, runs, tc, paras, decoding(si.meta)[0])


def span_signals(
    text: str,
    tokens: list[Token],
    probs: np.ndarray,
    runs: list[tuple[int, int, float]],
    tc: LinearModel,
    paras: list[tuple[int, int, int]],
    threshold: float,
) -> np.ndarray:
    """span_paragraph_features with the technique probabilities of the decoded runs from the
    sparse TC model ``tc`` (shipped or fold model)."""
    tc_probs = np.zeros((0, len(tc.classes)), dtype=np.float32)
    if runs:
        feat = SpanFeaturizer(text, tokens)
        tc_probs = tc.proba([feat.features(tokens[a].start, tokens[b].end) for a, b, _ in runs])
    return span_paragraph_features(tokens, probs, runs, tc_probs, paras, threshold)


@cache
def _para_idf(name: str) -> np.ndarray | None:
    """The idf weight of each vector row stored with a dense paragraph model (None for models
    trained without it)."""
    dense = load_dense(name)
    idf = dense.meta.get("idf") if dense is not None else None
    return np.asarray(idf, dtype=np.float32) if idf else None


def paragraph_techniques(text: str, lang: str = "en") -> list[dict]:
    """SemEval-2023 subtask 3: techniques per paragraph (non-empty line), with probabilities."""
    model = load(para_model_name(lang))
    if model is None:
        return []
    paras = paragraphs(text)
    if not paras:
        return []
    texts = [text[s:e] for _, s, e in paras]
    probs = model.proba(paragraph_features(texts))
    dense = load_dense(para_vec_model_name(lang))
    if dense is not None:
        from newsprism.techniques.vectors import paragraph_vectors, table

        X = paragraph_vectors(texts, text, table(), _para_idf(para_vec_model_name(lang)))
        if dense.meta.get("span_features"):
            X = np.hstack([X, paragraph_span_signals(text, paras, dense.meta["span_features"])])
        pd = dense.proba(X)
        w = float(dense.meta.get("weight", 0.3))
        probs = (1 - w) * probs + w * pd[:, [dense.classes.index(c) for c in model.classes]]
    thresholds = np.asarray(model.meta.get("thresholds", [0.5] * len(model.classes)), dtype=np.float32)
    out = []
    for (line, s, e), p in zip(paras, probs, strict=True):
        chosen = {model.classes[j]: round(float(p[j]), 3) for j in np.flatnonzero(p >= thresholds)}
        out.append({"paragraph": line, "start": s, "end": e, "techniques": dict(sorted(chosen.items(), key=lambda kv: -kv[1]))})
    return out


def genre(text: str, lang: str = "en") -> dict | None:
    """SemEval-2023 subtask 1: opinion / reporting / satire with probabilities (newsprism.techniques.genre)."""
    from newsprism.techniques.genre import genre as style_genre

    return style_genre(text, lang)


def frames(text: str, lang: str = "en") -> dict | None:
    """SemEval-2023 subtask 2: the 14 frames with probabilities; ``labels`` passes the tuned thresholds."""
    model = load(frames_model_name(lang))
    if model is None:
        return None
    p = model.proba([bag_features(text)])[0]
    thresholds = model.meta.get("thresholds", [0.5] * len(model.classes))
    scores = {c: round(float(v), 3) for c, v in zip(model.classes, p, strict=True)}
    labels = [c for c, v, t in zip(model.classes, p, thresholds, strict=True) if v >= t]
    return {"labels": sorted(labels, key=lambda c: -scores[c]), "scores": dict(sorted(scores.items(), key=lambda kv: -kv[1]))}
