"""Article genre (SemEval-2023 Task 3 subtask 1: opinion / reporting / satire), numpy only.

The English model reads dense, named style features (below) — how a text attributes and
quotes, whose voice it speaks in, how it argues — standardised with the training means and
scales stored in the artefact, optionally next to the hashed word and word-pair presence of
``bag_features`` (the recipe of the older genre models). Other languages' artefacts written by
the older trainer (``genre-{lang}.npz``, a plain LinearModel) are read as they are.

Style features (``style_features``; "per sentence" = per sentence of the tokenizer, which ends a
sentence at . ! ? or a line break; word lists in data/techniques/genre_style.json):

- ``log_words``, ``log_paragraphs``: log(1 + number of words / non-empty lines);
- ``words_per_sentence``, ``words_per_paragraph``: mean lengths;
- ``attribution``: attribution words and phrases (said, told, according to, …) per sentence;
- ``hedged_reporting``: reportedly, allegedly, "officials said" … per sentence;
- ``quote_marks``: quotation marks (" “ ” « » „) per sentence;
- ``quoted_share``: share of words inside quotation marks;
- ``first_singular``, ``first_plural``, ``second_person``: pronouns per 100 words outside quotes;
- ``questions``, ``exclamations``: ? and ! per sentence (outside quotes);
- ``digits``: tokens with a digit per 100 words; ``months``, ``weekdays``: per 100 words;
- ``dateline``: 1 when one of the first three paragraphs after the title opens with a dateline
  (``CITY, Month day (Agency) –`` — a city may be two joined by a slash between capitals, ``TBILISI/TSKHINVALI``, not a section path ``Opinion/Analysis``; ``CITY, day Month –``, ``CITY (Agency) –`` or ``(Agency) –``);
- ``agency``: 1 when a news agency is named in the first three paragraphs, or when a dateline
  there credits one in parentheses whose name has a wire-service word (``(Meridian Wire) -``,
  ``(Compass News Agency) –``; words in ``agency_credit_words``), so that a wire unknown to the
  list still counts;
- ``evaluative``: evaluative / loaded words per 100 words (the list, which ends with the framing
  lexicon's hand-seeded loaded terms as they were at training time: a copy, so that editing the
  lexicon does not shift this model's inputs); ``intensifiers``, ``modals``, ``rhetorical``: per 100 words;
- ``caps_words``: all-capital words of 4+ letters per 100 words;
- ``title_question``: 1 when the first line has a ? or !.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.resources import data_path, load_json
from newsprism.techniques.linear import LinearModel, distinct, indices

MODEL_DIR = ("models",)
STYLE_FILE = ("techniques", "genre_style.json")
KIND = "genre-style"  # header kind of the artefacts written by newsprism.train.genre

FEATURES = (
    "log_words",
    "log_paragraphs",
    "words_per_sentence",
    "words_per_paragraph",
    "attribution",
    "hedged_reporting",
    "quote_marks",
    "quoted_share",
    "first_singular",
    "first_plural",
    "second_person",
    "questions",
    "exclamations",
    "digits",
    "months",
    "weekdays",
    "dateline",
    "agency",
    "evaluative",
    "intensifiers",
    "modals",
    "rhetorical",
    "caps_words",
    "title_question",
)

_QUOTES = {'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"}
_OPEN = {"\u201c", "\u00ab", "\u201e"}
_CLOSE = {"\u201d", "\u00bb"}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = r"[-\u2013\u2014]"
_DATELINE = re.compile(
    r"^\s*(?:"
    rf"[A-Z](?:[\w.'\u2019 -]|(?<=[A-Z])/(?=[A-Z])){{1,40}},(?:\s*[A-Z][\w.' -]{{1,30}},)?\s+(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}(?!\w)\s*(?:\(|{_DASH}|:))"  # CITY, Month day / day Month
    rf"|[A-Z][A-Z.'\u2019 /-]{{2,40}}(?:,\s*[A-Za-z0-9. ]{{2,30}})?\s*\([^)]{{2,40}}\)\s*{_DASH}"  # CITY, date (Agency) -
    rf"|\([A-Z][^)]{{1,40}}\)\s*{_DASH}"  # (Agency) -
    r")"
)


def model_name(lang: str) -> str:
    return f"genre-{lang}.npz"


def model_path(name: str) -> Path:
    return data_path(*MODEL_DIR, name)


@cache
def _lists() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Each word list as {first word: the phrases starting with it}, built once per process."""
    raw = load_json(*STYLE_FILE)
    lists = {k: [tuple(w.split()) for w in v] for k, v in raw.items() if not k.startswith("_")}
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for name, phrases in lists.items():
        by_first = out.setdefault(name, {})
        for p in phrases:
            by_first.setdefault(p[0], []).append(p)
    return out


def _count(words: list[str], by_first: dict[str, list[tuple[str, ...]]], mask: list[bool] | None = None) -> int:
    """Occurrences of the phrases (indexed by first word) in the word sequence (where ``mask`` is True, when given)."""
    n = 0
    for i, w in enumerate(words):
        cands = by_first.get(w)
        if not cands or (mask is not None and not mask[i]):
            continue
        if any(tuple(words[i : i + len(p)]) == p for p in cands):
            n += 1
    return n


_MASKED = ("first_singular", "first_plural", "second_person")  # counted outside quotation marks only


@cache
def _first_words() -> frozenset[str]:
    return frozenset(w for by_first in _lists().values() for w in by_first)


def _counts(words: list[str], outside: list[bool]) -> dict[str, int]:
    """``_count`` for every list at once: one pass that visits only the words some list starts with."""
    lists, firsts = _lists(), _first_words()
    out = dict.fromkeys(lists, 0)
    for i, w in enumerate(words):
        if w not in firsts:
            continue
        for name, by_first in lists.items():
            cands = by_first.get(w)
            if not cands or (name in _MASKED and not outside[i]):
                continue
            if any(tuple(words[i : i + len(p)]) == p for p in cands):
                out[name] += 1
    return out


def _dateline(lines: list[str]) -> bool:
    return any(_DATELINE.match(line) for line in lines[1:4])


_CREDIT = re.compile(rf"\(([^()]{{2,40}})\)\s*{_DASH}")


def _credited_agency(lines: list[str], words: dict[str, list[tuple[str, ...]]]) -> bool:
    """A dateline's parenthesised credit names a wire service: "(Meridian Wire) -"."""
    for line in lines[1:4]:
        m = _DATELINE.match(line)
        c = _CREDIT.search(line, 0, 120) if m else None
        if c and any((w,) in words.get(w, ()) for w in re.findall(r"\w+", c.group(1).lower())):
            return True
    return False


def style_features(text: str) -> dict[str, float]:
    """The named style features of a text (see the module docstring), in ``FEATURES`` order."""
    from newsprism.techniques.text import tokenize

    lists = _lists()
    toks = tokenize(text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    words_all = [t.text.lower() for t in toks]
    is_word = [any(map(str.isalnum, w)) for w in words_all]
    # inside quotation marks: straight quotes toggle; curly / guillemets open and close
    inside, quoted = False, []
    for t in toks:
        if t.text in _OPEN:
            inside = True
        elif t.text in _CLOSE:
            inside = False
        elif t.text == '"':
            inside = not inside
        quoted.append(inside)
    outside = [not q for q in quoted]
    n_words = max(1, sum(is_word))
    n_sent = max(1, len({t.sent for t in toks}))
    n_para = max(1, len(lines))
    per100 = 100.0 / n_words
    head = " ".join(lines[1:4]).lower()
    head_words = [t.text.lower() for t in tokenize(head)]
    caps = sum(1 for t in toks if len(t.text) >= 4 and t.text.isalpha() and t.text.isupper())
    c = _counts(words_all, outside)
    f = {
        "log_words": math.log1p(sum(is_word)),
        "log_paragraphs": math.log1p(len(lines)),
        "words_per_sentence": n_words / n_sent,
        "words_per_paragraph": n_words / n_para,
        "attribution": c["attribution"] / n_sent,
        "hedged_reporting": c["hedged_reporting"] / n_sent,
        "quote_marks": sum(1 for w in words_all if w in _QUOTES) / n_sent,
        "quoted_share": sum(1 for q, w in zip(quoted, is_word, strict=True) if q and w) / n_words,
        "first_singular": c["first_singular"] * per100,
        "first_plural": c["first_plural"] * per100,
        "second_person": c["second_person"] * per100,
        "questions": sum(1 for w, o in zip(words_all, outside, strict=True) if w == "?" and o) / n_sent,
        "exclamations": sum(1 for w, o in zip(words_all, outside, strict=True) if w == "!" and o) / n_sent,
        "digits": sum(1 for w in words_all if any(map(str.isdigit, w))) * per100,
        "months": c["months"] * per100,
        "weekdays": c["weekdays"] * per100,
        "dateline": float(_dateline(lines)),
        "agency": float(_count(head_words, lists["agencies"]) > 0 or _credited_agency(lines, lists["agency_credit_words"])),
        "evaluative": c["evaluative"] * per100,
        "intensifiers": c["intensifiers"] * per100,
        "modals": c["modals"] * per100,
        "rhetorical": c["rhetorical"] * per100,
        "caps_words": caps * per100,
        "title_question": float(bool(lines) and ("?" in lines[0] or "!" in lines[0])),
    }
    return {k: float(f[k]) for k in FEATURES}


def style_vector(text: str, names: tuple[str, ...] | list[str] = FEATURES) -> np.ndarray:
    f = style_features(text)
    return np.asarray([f[k] for k in names], dtype=np.float64)


@dataclass
class GenreModel:
    """Softmax over standardised style features (and, when ``bits`` > 0, hashed bag features).

    z = bias + clip((x - mean) / scale, ±clip) @ dense + Σ bag weights of the text's distinct
    hashed features. ``dense`` has shape (n_features, n_classes); ``bag`` (2**bits, n_classes)."""

    classes: list[str]
    features: list[str]
    mean: np.ndarray
    scale: np.ndarray
    dense: np.ndarray
    bias: np.ndarray
    bits: int = 0
    bag: np.ndarray | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def standardise(self, X: np.ndarray) -> np.ndarray:
        clip = float(self.meta.get("clip", 5.0))
        return np.clip((X - self.mean) / self.scale, -clip, clip)

    def scores_from(self, X: np.ndarray, bag_rows: list[list[str]] | None = None) -> np.ndarray:
        z = self.standardise(np.atleast_2d(X)) @ self.dense + self.bias
        if self.bits and self.bag is not None and bag_rows is not None:
            for i, feats in enumerate(bag_rows):
                z[i] += self.bag[distinct(np.asarray(indices(feats, self.bits), dtype=np.int64))].sum(axis=0)
        return z

    def proba_text(self, text: str) -> np.ndarray:
        from newsprism.techniques.features import bag_features

        X = style_vector(text, self.features)[None, :]
        z = self.scores_from(X, [bag_features(text)] if self.bits else None)[0]
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def save(self, path: Path) -> None:
        header = {
            "kind": KIND,
            "classes": self.classes,
            "features": self.features,
            "bits": self.bits,
            "meta": self.meta,
        }
        arrays = {
            "mean": self.mean.astype(np.float32),
            "scale": self.scale.astype(np.float32),
            "dense": self.dense.astype(np.float32),
            "bias": self.bias.astype(np.float32),
            "header": np.frombuffer(json.dumps(header, sort_keys=True).encode(), dtype=np.uint8),
        }
        if self.bits and self.bag is not None:
            nz = np.flatnonzero(np.any(self.bag != 0, axis=1))
            arrays["rows"] = nz.astype(np.int32)
            arrays["weights"] = self.bag[nz].astype(np.float16)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> GenreModel:
        with np.load(path, allow_pickle=False) as z:
            header = json.loads(bytes(z["header"]).decode())
            if header.get("kind") != KIND:
                raise ValueError(f"{path.name}: not a style genre model (kind {header.get('kind')!r})")
            bits = int(header["bits"])
            bag = None
            if bits:
                bag = np.zeros((1 << bits, len(header["classes"])), dtype=np.float32)
                bag[z["rows"]] = z["weights"].astype(np.float32)
            return cls(
                header["classes"],
                header["features"],
                z["mean"].astype(np.float64),
                z["scale"].astype(np.float64),
                z["dense"].astype(np.float64),
                z["bias"].astype(np.float64),
                bits,
                bag,
                header.get("meta", {}),
            )


def _kind(path: Path) -> str:
    with np.load(path, allow_pickle=False) as z:
        return json.loads(bytes(z["header"]).decode()).get("kind", "")


@cache
def load(lang: str) -> GenreModel | LinearModel | None:
    """The shipped genre model of a language: a style model, an older bag-of-words LinearModel,
    or None when none is packaged."""
    path = model_path(model_name(lang))
    if not path.exists():
        return None
    return GenreModel.load(path) if _kind(path) == KIND else LinearModel.load(path)


def version(lang: str) -> str:
    """``genre-LANG@trained`` for the analysis' model list, or '' when no model is shipped."""
    model = load(lang)
    return f"genre-{lang}@{model.meta.get('trained', 'unversioned')}" if model else ""


def genre(text: str, lang: str = "en") -> dict | None:
    """SemEval-2023 subtask 1: ``{"label": …, "scores": {opinion, reporting, satire}}`` (the same
    shape as the older ``predict.genre``), or None when no model is shipped for the language."""
    model = load(lang)
    if model is None:
        return None
    if isinstance(model, GenreModel):
        p = model.proba_text(text)
    else:
        from newsprism.techniques.features import bag_features

        p = model.proba([bag_features(text)])[0]
    scores = {c: round(float(v), 3) for c, v in zip(model.classes, p, strict=True)}
    return {"label": max(scores, key=scores.get), "scores": scores}
