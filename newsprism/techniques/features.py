"""Feature strings for tokens (span identification), spans (technique), paragraphs and articles.

Every feature is a readable string (``w=regime``, ``ctx-1=so``, ``rep=3+``) so that a model's
decision can be explained with the features that pushed it up.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsprism.techniques.text import Token

_QUOTES = set('"\u201c\u201d\u00ab\u00bb')
_WORD = re.compile(r"\w", re.UNICODE)
_NORM = re.compile(r"\W+", re.UNICODE)


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "d"
    if not _WORD.search(tok):
        return "p"
    if tok.isupper() and len(tok) > 1:
        return "XX"
    if tok[:1].isupper():
        return "Xx"
    return "x"


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _ids(values: list) -> dict:
    """Each distinct value's index, in order of first occurrence."""
    return {v: k for k, v in enumerate(dict.fromkeys(values))}


def _bucket_table(prefix: str, edges: Sequence[int], bits: int) -> np.ndarray:
    """The hashed buckets of ``prefix + _bucket(n, edges)`` for each class, in the order of
    ``np.searchsorted(edges, n, side='left')``."""
    from newsprism.techniques.linear import indices

    labels = [f"<={e}" for e in edges] + [f">{edges[-1]}"]
    return np.asarray(indices([prefix + x for x in labels], bits), dtype=np.int64)


class TokenFeaturizer:
    """Per-token features for one article: the word, its neighbours, sentence cues, repetition."""

    def __init__(self, tokens: list[Token], clusters: list[str] | None = None):
        self.tokens = tokens
        self.clusters = clusters  # word-vector cluster of each token (newsprism.techniques.vectors)
        self.low = [t.text.lower() for t in tokens]
        self.freq = Counter(w for w in self.low if len(w) > 3)
        bigrams = Counter(zip(self.low, self.low[1:], strict=False))
        self.rep_bigram = [False] * len(tokens)
        for i in range(len(tokens) - 1):
            if bigrams[(self.low[i], self.low[i + 1])] > 1 and _WORD.search(self.low[i]) and len(self.low[i]) > 2:
                self.rep_bigram[i] = self.rep_bigram[i + 1] = True
        # sentence extents and cues
        self.sent_bounds: dict[int, tuple[int, int]] = {}
        for i, t in enumerate(tokens):
            lo, _ = self.sent_bounds.get(t.sent, (i, i))
            self.sent_bounds[t.sent] = (lo, i)
        self.sent_cues: dict[int, list[str]] = {}
        for s, (lo, hi) in self.sent_bounds.items():
            words = self.low[lo : hi + 1]
            cues = [f"sw={w}" for w in dict.fromkeys(words) if _WORD.search(w)]
            if "!" in words:
                cues.append("s!")
            if "?" in words:
                cues.append("s?")
            cues.append("slen" + _bucket(hi - lo + 1, (5, 12, 25, 40)))
            self.sent_cues[s] = cues
        self.in_quote = []
        depth = False
        for t in tokens:
            if t.text in _QUOTES:
                depth = not depth
            self.in_quote.append(depth)

    def keys(self, bits: int) -> np.ndarray:
        """``row << bits | bucket`` for every feature of every token: the same (row, bucket) pairs
        as hashing ``features(i)`` for each i (duplicates included), without building the ~40
        strings of each token. A feature's bucket depends only on its word, word pair, cluster or
        count class, so each distinct one in the article is hashed once and the rows are filled
        with numpy. ``LinearModel.proba_keys`` scores them; the strings are built only for the
        tokens whose features explain a finding."""
        from newsprism.techniques.linear import indices

        n = len(self.tokens)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        row = np.arange(n, dtype=np.int64)
        sent = np.fromiter((t.sent for t in self.tokens), dtype=np.int64, count=n)
        vocab = _ids(self.low)
        ids = np.fromiter(map(vocab.__getitem__, self.low), dtype=np.int64, count=n)
        words = [*vocab, "<s>"]  # the last id stands for "<s>", outside the sentence
        cols: list[np.ndarray] = []

        def table(prefix: str, values: list[str]) -> np.ndarray:
            return np.asarray(indices([f"{prefix}={v}" for v in values], bits), dtype=np.int64)

        def near(ids_: np.ndarray, d: int, none: int) -> np.ndarray:
            """ids_[i + d] where that token is in token i's sentence, else ``none``."""
            j = row + d
            ok = (j >= 0) & (j < n)
            jc = np.clip(j, 0, n - 1)
            ok &= sent[jc] == sent
            return np.where(ok, ids_[jc], none)

        def pairs(prefix: str, a: np.ndarray, b: np.ndarray, names: list[str]) -> np.ndarray:
            both = list(zip(a.tolist(), b.tolist(), strict=True))
            memo = _ids(both)
            codes = np.fromiter(map(memo.__getitem__, both), dtype=np.int64, count=n)
            return table(prefix, [f"{names[x]}|{names[y]}" for x, y in memo])[codes]

        s_id = len(words) - 1
        prev1, next1 = near(ids, -1, s_id), near(ids, 1, s_id)
        cols.append(np.full(n, indices(["b"], bits)[0], dtype=np.int64))
        cols.append(table("w", words)[ids])
        cols.append(table("w-1", words)[prev1])
        cols.append(table("w+1", words)[next1])
        cols.append(table("w-2", words)[near(ids, -2, s_id)])
        cols.append(table("w+2", words)[near(ids, 2, s_id)])
        cols.append(pairs("w-1w", prev1, ids, words))
        cols.append(pairs("ww+1", ids, next1, words))
        cols.append(table("suf", [w[-3:] for w in words])[ids])
        texts = [t.text for t in self.tokens]
        shapes = _ids(texts)
        shape = table("shape", [_shape(t) for t in shapes])
        cols.append(shape[np.fromiter(map(shapes.__getitem__, texts), dtype=np.int64, count=n)])
        lo = np.fromiter((self.sent_bounds[s][0] for s in sent.tolist()), dtype=np.int64, count=n)
        hi = np.fromiter((self.sent_bounds[s][1] for s in sent.tolist()), dtype=np.int64, count=n)
        para = np.fromiter((t.para for t in self.tokens), dtype=np.int64, count=n)
        for prefix, value, edges in (
            ("pos", row - lo, (0, 2, 6, 15, 30)),
            ("rpos", hi - row, (0, 2, 6, 15, 30)),
            ("para", para, (0, 2, 6)),
        ):
            cols.append(_bucket_table(prefix + "=", edges, bits)[np.searchsorted(edges, value, side="left")])
        if self.clusters is not None:
            cvocab = _ids(self.clusters)
            cids = np.fromiter(map(cvocab.__getitem__, self.clusters), dtype=np.int64, count=n)
            cnames = [*cvocab, "<s>"]
            c_s = len(cnames) - 1
            cprev, cnext = near(cids, -1, c_s), near(cids, 1, c_s)
            cols.append(table("cl", cnames)[cids])
            cols.append(table("cl-1", cnames)[cprev])
            cols.append(table("cl+1", cnames)[cnext])
            cols.append(pairs("cl-1c", cprev, cids, cnames))
            cols.append(pairs("ccl+1", cids, cnext, cnames))
        parts = [(row[:, None] << bits | np.stack(cols, axis=1)).ravel()]
        # the features only some tokens have
        inq = np.fromiter(self.in_quote, dtype=bool, count=n)
        parts.append(row[inq] << bits | indices(["inq"], bits)[0])
        count = np.fromiter((self.freq.get(w, 0) for w in words[:-1]), dtype=np.int64, count=len(words) - 1)[ids]
        rep = count > 1
        rep_class = _bucket_table("rep", (2, 4), bits)[np.searchsorted((2, 4), count[rep], side="left")]
        parts.append(row[rep] << bits | rep_class)
        parts.append(row[rep] << bits | table("repw", words[:-1])[ids[rep]])
        repbi = np.fromiter(self.rep_bigram, dtype=bool, count=n)
        parts.append(row[repbi] << bits | indices(["repbi"], bits)[0])
        # the sentence's cues, the same for each of its tokens
        for s, (first, last) in self.sent_bounds.items():
            cues = np.asarray(indices(self.sent_cues[s], bits), dtype=np.int64)
            parts.append((row[first : last + 1, None] << bits | cues[None, :]).ravel())
        return np.concatenate(parts)

    def features(self, i: int) -> list[str]:
        low, tok = self.low, self.tokens[i]
        n = len(low)

        def w(j: int) -> str:
            return low[j] if 0 <= j < n and self.tokens[j].sent == tok.sent else "<s>"

        lo, hi = self.sent_bounds[tok.sent]
        f = [
            "b",
            f"w={low[i]}",
            f"w-1={w(i - 1)}",
            f"w+1={w(i + 1)}",
            f"w-2={w(i - 2)}",
            f"w+2={w(i + 2)}",
            f"w-1w={w(i - 1)}|{low[i]}",
            f"ww+1={low[i]}|{w(i + 1)}",
            f"suf={low[i][-3:]}",
            f"shape={_shape(tok.text)}",
            f"pos={_bucket(i - lo, (0, 2, 6, 15, 30))}",
            f"rpos={_bucket(hi - i, (0, 2, 6, 15, 30))}",
            f"para={_bucket(tok.para, (0, 2, 6))}",
        ]
        if self.in_quote[i]:
            f.append("inq")
        c = self.freq.get(low[i], 0)
        if c > 1:
            f.append("rep" + _bucket(c, (2, 4)))
            f.append(f"repw={low[i]}")
        if self.rep_bigram[i]:
            f.append("repbi")
        f.extend(self.sent_cues[tok.sent])
        if self.clusters is not None:
            cl = self.clusters

            def c(j: int) -> str:
                return cl[j] if 0 <= j < n and self.tokens[j].sent == tok.sent else "<s>"

            f += [f"cl={c(i)}", f"cl-1={c(i - 1)}", f"cl+1={c(i + 1)}", f"cl-1c={c(i - 1)}|{c(i)}", f"ccl+1={c(i)}|{c(i + 1)}"]
        return f


class SpanFeaturizer:
    """Features of candidate spans of one article, for technique classification."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]
        self.norm = " " + _NORM.sub(" ", text.lower()) + " "
        self.low = [t.text.lower() for t in tokens]
        self.word_freq = Counter(w for w in self.low if len(w) > 3 and _WORD.search(w))
        self.trigrams = Counter(zip(self.low, self.low[1:], self.low[2:], strict=False))

    def features(self, start: int, end: int) -> list[str]:
        from bisect import bisect_left, bisect_right

        lo = bisect_right(self.ends, start)  # first token ending after start
        hi = bisect_left(self.starts, end)  # first token starting at/after end
        inside = self.tokens[lo:hi]
        words = [t.text.lower() for t in inside]
        f = ["b"]
        f += [f"u={w}" for w in words]
        f += [f"bi={a}|{b}" for a, b in itertools.pairwise(words)]
        if words:
            f += [f"first={words[0]}", f"last={words[-1]}"]
        f.append("ntok" + _bucket(len(words), (1, 2, 3, 5, 8, 12, 20, 35)))
        left = [t.text.lower() for t in self.tokens[max(0, lo - 3) : lo]]
        right = [t.text.lower() for t in self.tokens[hi : hi + 3]]
        f += [f"l{len(left) - k}={w}" for k, w in enumerate(left)]
        f += [f"r{k + 1}={w}" for k, w in enumerate(right)]
        if left and words:
            f.append(f"l1bi={left[-1]}|{words[0]}")
        span_text = self.text[start:end]
        key = _NORM.sub(" ", span_text.lower()).strip()
        if key:
            f.append("rep" + _bucket(self.norm.count(" " + key + " "), (1, 2, 3, 5)))
        if inside:
            caps = sum(1 for t in inside if t.text[:1].isupper())
            f.append("caps" + _bucket(round(10 * caps / len(inside)), (0, 3, 6, 9)))
            f.append(f"para0={inside[0].para == 0}")
            if len({t.sent for t in inside}) > 1:
                f.append("multisent")
        for ch, name in (("!", "excl"), ("?", "q"), ('"', "dq"), ("\u201c", "dq"), ("'", "sq")):
            if ch in span_text:
                f.append(name)
        return f + self._repetition(start, key, words)

    def _repetition(self, start: int, key: str, words: list[str]) -> list[str]:
        """Repetition cues: occurrences × span length, whether the text occurred earlier, the share
        of the span's content words used elsewhere, and a word trigram recurring in the article."""
        c = self.norm.count(" " + key + " ") if key else 0
        f = ["repx" + _bucket(c, (1, 2, 3)) + "|" + _bucket(len(words), (1, 3, 8))]
        if c > 1:
            before = (" " + _NORM.sub(" ", self.text[:start].lower()) + " ").count(" " + key + " ")
            f.append("repprev" + _bucket(before, (0, 1)))
        content = [w for w in words if len(w) > 3 and _WORD.search(w)]
        if content:
            share = sum(1 for w in content if self.word_freq[w] > 1) / len(content)
            f.append("wrep" + _bucket(round(4 * share), (0, 1, 2, 3)))
        tris = list(zip(words, words[1:], words[2:], strict=False))
        if tris:
            f.append("trirep" + str(any(self.trigrams[t] > 1 for t in tris)))
        return f


def bag_features(text: str, tokens: list[Token] | None = None, bigrams: bool = True) -> list[str]:
    """Lower-cased word and word-pair presence, for paragraphs and whole articles."""
    from newsprism.techniques.text import tokenize

    words = [t.text.lower() for t in (tokens if tokens is not None else tokenize(text))]
    f = ["b"] + [f"u={w}" for w in words]
    if bigrams:
        f += [f"bi={a}|{b}" for a, b in itertools.pairwise(words)]
    f.append("ntok" + _bucket(len(words), (5, 15, 30, 60, 120, 400, 1000)))
    if "!" in words:
        f.append("excl")
    if "?" in words:
        f.append("q")
    return f


def paragraph_features(paras: list[str]) -> list[list[str]]:
    """Bag features of each paragraph plus its place in the article and the words it repeats
    from other paragraphs (Repetition is an article-level technique)."""
    from newsprism.techniques.text import tokenize

    tokens = [tokenize(p) for p in paras]
    toks = [[t.text.lower() for t in ts] for ts in tokens]
    article = Counter(w for ws in toks for w in set(ws) if len(w) > 3 and w.isalpha())
    out = []
    for k, (p, ts, ws) in enumerate(zip(paras, tokens, toks, strict=True)):
        f = bag_features(p, ts)
        f.append("ppos" + _bucket(k, (0, 1, 3, 8, 20)))
        repeated = sorted({w for w in ws if article.get(w, 0) >= 3})
        f += [f"prep={w}" for w in repeated]
        f.append("nprep" + _bucket(len(repeated), (0, 1, 3, 6)))
        out.append(f)
    return out
