"""Linear models over hashed string features, stored as numpy ``.npz`` (no pickle).

Features are strings hashed with CRC-32 into a fixed number of buckets, so the artefact is a
weight matrix plus a bias vector and the class names; inference is a sparse dot product in
numpy. The same hashing is used in training, so any feature string can be traced back to
its weights when explaining a decision.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_BITS = 18


def bucket(feature: str, bits: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


# Feature strings repeat across tokens and articles ("w=the", "shape=Xxxx"); hashing each again
# was ~8 % of a whole analysis. A bounded memo per bit width; the buckets are the same numbers.
_MEMO: dict[int, dict[str, int]] = {}
_MEMO_LIMIT = 500_000


def indices(features: Iterable[str], bits: int) -> list[int]:
    memo = _MEMO.setdefault(bits, {})
    get = memo.get
    out = []
    for f in features:
        b = get(f)
        if b is None:
            b = bucket(f, bits)
            if len(memo) < _MEMO_LIMIT:
                memo[f] = b
        out.append(b)
    return out


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-d integer array: what ``np.unique`` returns, by a sort and
    a mask. numpy 2's ``np.unique`` goes through a hash table first, which on the ~40,000 (row,
    bucket) keys of one article's token features took ~20 times as long as sorting them."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def design_matrix(rows: Iterable[Sequence[str]], bits: int):
    """A scipy CSR matrix of binary hashed features, one row per feature list (streamed)."""
    from array import array

    from scipy.sparse import csr_matrix

    indptr = array("q", [0])
    cols = array("q")
    for feats in rows:
        cols.extend(indices(feats, bits))
        indptr.append(len(cols))
    data = np.ones(len(cols), dtype=np.float32)
    m = csr_matrix(
        (data, np.frombuffer(cols, dtype=np.int64), np.frombuffer(indptr, dtype=np.int64)), shape=(len(indptr) - 1, 1 << bits)
    )
    m.sum_duplicates()
    m.data = np.minimum(m.data, 1.0)  # presence, not counts
    return m


@dataclass
class LinearModel:
    """``kind``: 'binary' (one sigmoid column), 'multiclass' (softmax) or 'multilabel' (sigmoids)."""

    kind: str
    classes: list[str]
    weights: np.ndarray  # (2**bits, n_columns) float32
    bias: np.ndarray  # (n_columns,)
    bits: int = DEFAULT_BITS
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Raw decision values, shape (n_rows, n_columns): the weights of each row's distinct
        hashed features, summed (one gather and one scatter-add for all rows, not a numpy call
        per row)."""
        n, k = len(rows), self.weights.shape[1]
        if n == 0:
            return np.empty((0, k), dtype=np.float32)
        lens = np.fromiter((len(f) for f in rows), dtype=np.int64, count=n)
        flat = np.fromiter((b for feats in rows for b in indices(feats, self.bits)), dtype=np.int64, count=int(lens.sum()))
        return self.scores_keys(np.repeat(np.arange(n, dtype=np.int64), lens) << self.bits | flat, n)

    def scores_keys(self, keys: np.ndarray, n: int) -> np.ndarray:
        """``scores`` of ``n`` rows given as ``row << bits | bucket`` keys, in any order, duplicates
        allowed (e.g. ``TokenFeaturizer.keys``)."""
        k = self.weights.shape[1]
        if n == 0:
            return np.empty((0, k), dtype=np.float32)
        key = distinct(keys)  # distinct (row, bucket): presence, not counts
        out = np.zeros((n, k), dtype=np.float32)
        np.add.at(out, key >> self.bits, self.weights[key & ((1 << self.bits) - 1)])
        return out + self.bias

    def proba(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        return self._link(self.scores(rows))

    def proba_keys(self, keys: np.ndarray, n: int) -> np.ndarray:
        """``proba`` of rows given as keys (``scores_keys``)."""
        return self._link(self.scores_keys(keys, n))

    def _link(self, z: np.ndarray) -> np.ndarray:
        if self.kind == "multiclass":
            z = z - z.max(axis=1, keepdims=True)
            e = np.exp(z)
            return e / e.sum(axis=1, keepdims=True)
        return 1.0 / (1.0 + np.exp(-z))

    def explain(self, features: Sequence[str], column: int, top: int = 3) -> list[str]:
        """The feature strings that pushed this column up the most."""
        seen: dict[str, float] = {}
        for f in features:
            if f not in seen:
                seen[f] = float(self.weights[bucket(f, self.bits), column])
        best = sorted(seen.items(), key=lambda kv: -kv[1])[:top]
        return [f for f, w in best if w > 0]

    def save(self, path: Path) -> None:
        nz = np.flatnonzero(np.any(self.weights != 0, axis=1))
        np.savez_compressed(
            path,
            rows=nz.astype(np.int32),
            weights=self.weights[nz].astype(np.float16),
            bias=self.bias.astype(np.float32),
            header=np.frombuffer(
                json.dumps({"kind": self.kind, "classes": self.classes, "bits": self.bits, "meta": self.meta}).encode(),
                dtype=np.uint8,
            ),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode())
            bits = header["bits"]
            rows = z["rows"]
            w = np.zeros((1 << bits, z["weights"].shape[1]), dtype=np.float32)
            w[rows] = z["weights"].astype(np.float32)
            bias = z["bias"].astype(np.float32)
        return cls(header["kind"], header["classes"], w, bias, bits, header.get("meta", {}))
