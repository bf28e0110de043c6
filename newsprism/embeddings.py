"""Static subword embeddings read from the ``wordllama`` PyPI wheel's own files.

Why: the spaCy md vectors know 20,000 words; a model that generalises from a few hundred
training examples (30 CASE-2021 event types, the long tail of PolNeAR cue words) needs a
semantic signal for every word. WordLlama's ``l2_supercat`` table (32,000 Llama-2 subword
tokens × 256, MIT licence, uploaded by its author) is trained for sentence similarity and costs
a table lookup per token: about 0.05 ms per sentence on one core.

The package's own loader tries to fetch the tokenizer from a model hub; we never import it.
The weights and the tokenizer file are read straight from the installed package folder, so
nothing touches the network. Everything returns None / empty when the package is absent, so
callers can fall back.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

PACKAGE = "wordllama"
WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
DIM = 256

_lock = threading.Lock()


class StaticEmbeddings:
    """A subword tokenizer and its embedding table; mean-pooled vectors for texts and spans."""

    def __init__(self, matrix: np.ndarray, tokenizer) -> None:
        self.matrix = matrix
        self.tokenizer = tokenizer
        self.dim = int(matrix.shape[1])

    def token_ids(self, text: str) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=False).ids

    def tokens(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Subword ids and their character offsets into ``text``."""
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        return enc.ids, enc.offsets

    def embed(self, text: str) -> np.ndarray:
        """Unit-length mean of the text's subword vectors (zeros for an empty text)."""
        return _unit(self._mean(self.token_ids(text)))

    def embed_many(self, texts: list[str]) -> np.ndarray:
        """``embed`` for a list of texts, as an (n, dim) float32 array."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, enc in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            out[i] = _unit(self._mean(enc.ids))
        return out

    def _mean(self, ids: list[int]) -> np.ndarray:
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        return self.matrix[ids].mean(axis=0)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def package_folder() -> Path | None:
    """Where the wordllama package is installed, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _load() -> StaticEmbeddings | None:
    folder = package_folder()
    if folder is None or not (folder / WEIGHTS).exists() or not (folder / TOKENIZER).exists():
        return None
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    tables = load_file(str(folder / WEIGHTS))
    matrix = np.asarray(next(iter(tables.values())), dtype=np.float32)
    return StaticEmbeddings(matrix, Tokenizer.from_file(str(folder / TOKENIZER)))


def static_embeddings() -> StaticEmbeddings | None:
    """The shared table, read once per process (about 0.15 s, 33 MB); None when not installed."""
    with _lock:
        return _load()
