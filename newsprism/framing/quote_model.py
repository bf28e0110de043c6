"""A small learned layer over the quotation rules: logistic regression on the rules' output
and on lexical, syntactic and discourse features of each short quotation.

The rules (``quote_class``) decide first and keep their explanation; the model re-decides only
balanced quotations of at most ``MAX_WORDS`` words (where scare quotes are), reading what the
rules found (their class, every cue that fired) plus cues the rules do not weigh together:
``FEATURES`` (quote length, capitalisation, what precedes and follows, speech verbs in the
sentence and the paragraph, other quotations of the same words, the same words unquoted
elsewhere, distancing cues) and ``sparse_features`` (the quoted words and the whole term,
framing-lexicon membership, the head's and governor's part of speech, dependency and lemma,
three words either side, a capitalisation shape, person/organisation entities in the sentence
and the one before, position, an earlier quotation of the same term and whether the rules
called it speech). Weights are data (``data/framing/quote_model.json``, named features, numpy
only at run time), written by ``newsprism train quote-model --out …`` from the dev half of the
gold set plus ``scare_quote_train.tsv``.

No weights are shipped: under cross-validation on the dev labels the model never beat the
rules (docs/notes/framing.md, rounds 3, 4 and 6), so ``apply`` is a no-op unless the file
exists and the rules decide alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsprism.resources import data_path

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc

    from newsprism.framing.quote_class import QuoteInstance

MODEL_FILE = ("framing", "quote_model.json")
FORMAT = "newsprism-quote-model/2"  # named sparse weights (round 6); format 1 (dense, round 3) was never shipped

# Which rule fired, from the rule's first cue with the cue word replaced by X.
RULE_GROUPS = {
    "unbalanced": "unbalanced",
    "citation": "name_cue",
    "before a name": "name_cue",
    "ends with 'X'": "name_cue",
    "followed by 'X'": "name_cue",
    "after 'X'": "name_cue",
    "after 'called'": "name_cue",
    "coordinated with a name": "name_cue",
    "list of terms": "list",
    "headline": "headline",
    "title case": "title_case",
    "'X'": "so_called",
    "colon before": "colon",
    "headline attribution": "speech_after",
    "according to": "speech_after",
    "'X' after": "speech_after",
    "long": "long",
    "sentence inside": "sentence_inside",
    "governed by 'X'": "governed",
    "fragment": "fragment",
    "'X' earlier in the sentence": "context",
    "sentence-initial": "sentence_initial",
    "echoes a quotation": "echo",
    "among quoted phrases": "dense",
    "headline term not quoted in the body": "headline_term",
    "apposition 'X'": "name_cue",
    "no speaker": "no_speaker",
    "function words": "name_cue",
}
RULES = sorted(set(RULE_GROUPS.values()) | {"other", "speech_phrase", "characterised"})

_DET = {"the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my", "your", "some", "any"}
_DISTANCING = re.compile(
    r"\b(?:so[- ]called|alleged(?:ly)?|supposed(?:ly)?|purported(?:ly)?|self-styled|self-proclaimed|"
    r"would-be|pseudo|quasi|ostensibl[ey]|claim(?:s|ed)?|dubbed|apparently)\b"
)
_IRONY = re.compile(r"\b(?:hardly|really\?|of course|what they call|what is called|their idea of|in other words)\b")
_SAID = re.compile(r"\b(?:said|says|say|told|tells|added|wrote|writes|tweeted|stated|according to|asked|explained)\b")
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def rule_group(cues: list[str]) -> str:
    if not cues:
        return "other"
    if cues[0] in RULE_GROUPS:
        return RULE_GROUPS[cues[0]]
    key = re.sub(r"'[^']*'", "'X'", cues[0])
    if key == "'X'":  # a distancing word, an attribution phrase or a characterisation
        c = cues[0].strip("'")
        return "characterised" if c.endswith(" as") else "speech_phrase" if " " in c and c != "so called" else "so_called"
    return RULE_GROUPS.get(key, "other")


FEATURES: tuple[str, ...] = (
    *(f"rule_label={c}" for c in ("speech", "name_or_title", "scare")),
    *(f"rule={r}" for r in RULES),
    "log_words",
    "words=1",
    "words=2",
    "words=3",
    "words=4-6",
    "words>6",
    "single_marks",
    "title_case",
    "first_upper",
    "all_lower",
    "terminal_inside",
    "comma_inside_end",
    "has_verb_inside",
    "has_digit",
    "in_headline",
    "sentence_initial",
    "nested",
    "contains_quote",
    "det_before",
    "adp_before",
    "adj_before",
    "verb_before",
    "as_before",
    "noun_after",
    "punct_after",
    "sentence_end_after",
    "modifier",
    "np_shaped",
    "speech_verb_in_sentence",
    "said_in_sentence",
    "said_in_paragraph",
    "said_in_prev_sentence",
    "distancing_in_sentence",
    "irony_in_sentence",
    "quotes_in_sentence",
    "other_speech_in_sentence",
    "other_speech_in_paragraph",
    "quoted_elsewhere",
    "unquoted_elsewhere",
    "in_title_elsewhere",
    "head_noun",
    "head_adj",
    "head_verb",
    "head_propn",
    "question_mark_after",
)
_INDEX = {f: i for i, f in enumerate(FEATURES)}


@cache
def model() -> dict | None:
    """The trained weights, or None when the data file is absent (the rules then decide alone)."""
    path = data_path(*MODEL_FILE)
    return load(path) if path.exists() else None


def load(path) -> dict:
    import json

    import numpy as np

    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    if raw.get("format") != FORMAT:
        raise ValueError(f"{path} is not a {FORMAT} model: run `newsprism train quote-model --out {path}`")
    return {
        "classes": tuple(raw["classes"]),
        "weights": {k: np.asarray(v, dtype=float) for k, v in raw["weights"].items()},
        "bias": np.asarray(raw["bias"], dtype=float),
        "threshold": float(raw["threshold"]),
        "max_words": int(raw.get("max_words", MAX_WORDS)),
    }


def _inside_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def features(text: str, doc: Doc, instances: list[QuoteInstance]) -> np.ndarray:
    """One row of FEATURES per quotation instance (same order)."""
    import numpy as np

    from newsprism.framing.quote_class import _COGNITION, SPEECH, _Index, _title_case, cues

    X = np.zeros((len(instances), len(FEATURES)))
    if not instances:
        return X
    verbs = cues()["speech_verbs"]
    index = _Index(doc)
    low = text.lower()
    spans = sorted((x.start, x.end) for x in instances)
    first_line_end = text.find("\n")
    title_low = low[: first_line_end if first_line_end >= 0 else len(low)]
    sent_of = {}
    for x in instances:
        tok = doc[index.token_at(x.start)] if len(doc) else None
        sent_of[x.start] = (tok.sent.start_char, tok.sent.end_char) if tok is not None else (0, len(text))
    speech_starts = [(x.start, x.end) for x in instances if x.label == SPEECH]

    for row, x in enumerate(instances):
        f = X[row]

        def put(name: str, value: float = 1.0, f=f) -> None:
            f[_INDEX[name]] = value

        put(f"rule_label={x.label}")
        put(f"rule={rule_group(x.cues)}")
        s, e = x.quote.inner
        raw = text[s:e]
        words = _WORD.findall(raw)
        n = len(words)
        put("log_words", np.log1p(n))
        put("words=1" if n <= 1 else "words=2" if n == 2 else "words=3" if n == 3 else "words=4-6" if n <= 6 else "words>6")
        if x.quote.kind == "single":
            put("single_marks")
        if words and _title_case(words):
            put("title_case")
        if words and words[0][0].isupper():
            put("first_upper")
        if words and all(w.islower() for w in words):
            put("all_lower")
        if re.search(r"[.!?…]\s*$", raw):
            put("terminal_inside")
        if re.search(r",\s*$", raw):
            put("comma_inside_end")
        if any(ch.isdigit() for ch in raw):
            put("has_digit")
        if first_line_end < 0 or x.start < first_line_end:
            put("in_headline")
        if any(a < x.start and x.end <= b for a, b in spans):
            put("nested")
        if any(x.start < a and b <= x.end for a, b in spans):
            put("contains_quote")
        if not len(doc):
            continue
        i0 = index.token_at(s)
        inner = [t for t in doc[i0 : index.token_at(max(s, e - 1)) + 1] if s <= t.idx < e and not t.is_punct]
        if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in inner):
            put("has_verb_inside")
        ss, se = sent_of[x.start]
        sent_before = [t for t in doc[index.token_at(ss) : index.token_at(x.start) + 1] if ss <= t.idx < x.start]
        words_before = [t for t in sent_before if not t.is_punct and not t.is_space]
        if not words_before:
            put("sentence_initial")
        prev = next((t for t in reversed(sent_before) if not t.is_space and not t.is_quote), None)
        if prev is not None:
            if prev.lower_ in _DET:
                put("det_before")
            elif prev.pos_ == "ADP":
                put("as_before" if prev.lower_ == "as" else "adp_before")
            elif prev.pos_ == "ADJ":
                put("adj_before")
            elif prev.pos_ in ("VERB", "AUX"):
                put("verb_before")
        j = index.token_at(x.end)
        while j < len(doc) and (doc[j].idx < x.end or doc[j].is_space):
            j += 1
        nxt = doc[j] if j < len(doc) else None
        if nxt is not None and nxt.idx - x.end <= 1:
            if nxt.pos_ in ("NOUN", "PROPN") and nxt.idx >= x.end:
                put("noun_after")
            elif nxt.is_punct:
                put("punct_after")
                if nxt.text in (".", "!", "?"):
                    put("sentence_end_after")
                if nxt.text == "?":
                    put("question_mark_after")
        if re.search(r"\?\s*$", raw):
            put("question_mark_after")
        if inner:
            ids = {t.i for t in inner}
            heads = [t for t in inner if t.head.i not in ids or t.head.i == t.i]
            if len(heads) == 1:
                put("np_shaped")
                h = heads[0]
                put({"NOUN": "head_noun", "ADJ": "head_adj", "VERB": "head_verb", "PROPN": "head_propn"}.get(h.pos_, "np_shaped"))
                if h.dep_ in ("amod", "compound", "nmod") and h.head.i not in ids:
                    put("modifier")
        sent_toks = [t for t in doc[index.token_at(ss) : index.token_at(max(ss, se - 1)) + 1] if not (s <= t.idx < e)]
        if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs and t.lemma_.lower() not in _COGNITION for t in sent_toks):
            put("speech_verb_in_sentence")
        sent_text = low[ss:se]
        outside = sent_text[: x.start - ss] + " " + sent_text[x.end - ss :]
        if _SAID.search(outside):
            put("said_in_sentence")
        if _DISTANCING.search(outside):
            put("distancing_in_sentence")
        if _IRONY.search(outside):
            put("irony_in_sentence")
        ps = text.rfind("\n", 0, x.start) + 1
        pe = text.find("\n", x.end)
        pe = len(text) if pe < 0 else pe
        para = low[ps : x.start] + " " + low[x.end : pe]
        if _SAID.search(para):
            put("said_in_paragraph")
        if ss > ps and _SAID.search(low[max(ps, ss - 300) : ss]):
            put("said_in_prev_sentence")
        in_sent = [(a, b) for a, b in spans if ss <= a < se and (a, b) != (x.start, x.end)]
        put("quotes_in_sentence", min(len(in_sent), 4))
        if any(ss <= a < se and (a, b) != (x.start, x.end) and not (a <= x.start and x.end <= b) for a, b in speech_starts):
            put("other_speech_in_sentence")
        if any(ps <= a < pe and (a, b) != (x.start, x.end) and not (a <= x.start and x.end <= b) for a, b in speech_starts):
            put("other_speech_in_paragraph")
        term = " ".join(w.lower() for w in words)
        if term and len(term) >= 3 and n <= 6:
            pat = re.compile(r"(?<![\w])" + r"\W+".join(re.escape(w.lower()) for w in words) + r"(?![\w])")
            quoted = unquoted = 0
            for m in pat.finditer(low):
                if x.start <= m.start() < x.end:
                    continue
                if _inside_any(m.start(), spans):
                    quoted += 1
                else:
                    unquoted += 1
            put("quoted_elsewhere", min(quoted, 3))
            put("unquoted_elsewhere", min(unquoted, 3))
            if first_line_end > 0 and x.start > first_line_end and pat.search(title_low):
                put("in_title_elsewhere")
    return X


def decide(p, classes: tuple[str, ...], threshold: float) -> int:
    """Index of the class: scare when its probability reaches ``threshold``, else the likelier of the others."""
    k_scare = classes.index("scare")
    if p[k_scare] >= threshold:
        return k_scare
    return max((k for k in range(len(classes)) if k != k_scare), key=lambda k: p[k])


def apply(text: str, doc: Doc, instances: list[QuoteInstance]) -> None:
    """Let the model revise the rules' classes of short quotations (in place); the rules' explanation is kept."""
    m = model()
    if m is None or not instances:
        return
    rows = [i for i, x in enumerate(instances) if in_scope(text, x, m["max_words"])]
    if not rows:
        return
    P = score_sparse(sparse_features(text, doc, instances, rows), m)
    for i, p in zip(rows, P, strict=True):
        x = instances[i]
        k = decide(p, m["classes"], m["threshold"])
        label = m["classes"][k]
        x.score = float(p[k])
        if label != x.label:
            rules_said = x.label
            x.cues = [*x.cues, f"model: {label} {p[k]:.2f}"]
            x.why = f"{_what(label)} by the learned model (p={p[k]:.2f}); the rules said {rules_said}: {x.why}"
            x.label = label


def _what(label: str) -> str:
    return {"speech": "someone's words", "name_or_title": "a name or title", "scare": "a scare quote"}[label]


# --- round 6: sparse named features for short quotations -----------------------------------

MAX_WORDS = 4  # the model re-decides balanced quotations of at most this many words; longer ones keep the rules' class
_ENT_PERSON_ORG = {"PERSON", "ORG", "NORP", "GPE"}


@cache
def _lexicon_terms() -> frozenset[str]:
    from newsprism.framing.lexicon import load_entries

    return frozenset(" ".join(e.tokens) for e in load_entries())


def _shape(words: list[str]) -> str:
    def one(w: str) -> str:
        if w.isupper() and len(w) > 1:
            return "XX"
        if w[:1].isupper():
            return "Xx"
        if any(c.isdigit() for c in w):
            return "d"
        return "x"

    return " ".join(one(w) for w in words[:3])


def in_scope(text: str, x: QuoteInstance, max_words: int = MAX_WORDS) -> bool:
    """Whether the model re-decides this quotation (balanced, 1 to ``max_words`` words)."""
    if not x.quote.balanced:
        return False
    s, e = x.quote.inner
    return 1 <= len(_WORD.findall(text[s:e])) <= max_words


def sparse_features(text: str, doc: Doc, instances: list[QuoteInstance], rows: list[int] | None = None) -> list[dict[str, float]]:
    """Named features (name → value) for the instances at ``rows`` (default: all): the dense
    ``FEATURES`` plus every rule cue, the quoted words, lexicon membership, the parse around
    the quotation, context words, entities and the term's other occurrences in the article."""
    from newsprism.framing.quote_class import SPEECH, _Index

    rows = list(range(len(instances))) if rows is None else rows
    if not rows:
        return []
    X = features(text, doc, instances)
    lex = _lexicon_terms()
    index = _Index(doc) if len(doc) else None
    first_line_end = text.find("\n")
    body = first_line_end + len(text[first_line_end:]) - len(text[first_line_end:].lstrip()) if first_line_end >= 0 else -1
    first_para_end = text.find("\n", body) if body >= 0 else -1
    # earlier quotations by lower-cased term, with the rules' label
    seen_terms: dict[str, list[tuple[int, str]]] = {}
    for x in instances:
        s, e = x.quote.inner
        t = " ".join(w.lower() for w in _WORD.findall(text[s:e]))
        seen_terms.setdefault(t, []).append((x.start, x.label))
    out = []
    for r in rows:
        x = instances[r]
        f: dict[str, float] = {name: float(v) for name, v in zip(FEATURES, X[r], strict=True) if v}
        for c in x.cues:
            f[f"cue={rule_group([c])}"] = 1.0
        s, e = x.quote.inner
        words = _WORD.findall(text[s:e])
        lw = [w.lower() for w in words]
        term = " ".join(lw)
        f[f"term={term}"] = 1.0
        for w in lw:
            f[f"w={w}"] = 1.0
        f[f"shape={_shape(words)}"] = 1.0
        if term in lex:
            f["lex_term"] = 1.0
        if any(w in lex for w in lw):
            f["lex_word"] = 1.0
        if first_line_end >= 0 and first_line_end < x.start < (first_para_end if first_para_end > 0 else len(text)):
            f["first_paragraph"] = 1.0
        f["rel_pos"] = round(x.start / max(1, len(text)), 3)
        earlier = [lab for st, lab in seen_terms.get(term, []) if st < x.start]
        if earlier:
            f["earlier_quoted"] = 1.0
            if SPEECH in earlier:
                f["earlier_quoted_speech"] = 1.0
        if index is None:
            out.append(f)
            continue
        i0 = index.token_at(s)
        inner = [t for t in doc[i0 : index.token_at(max(s, e - 1)) + 1] if s <= t.idx < e and not t.is_punct]
        if inner:
            ids = {t.i for t in inner}
            heads = [t for t in inner if t.head.i not in ids or t.head.i == t.i]
            h = heads[0] if heads else inner[-1]
            f[f"h_pos={h.pos_}"] = 1.0
            f[f"h_dep={h.dep_}"] = 1.0
            f[f"h_lemma={h.lemma_.lower()}"] = 1.0
            g = h.head
            if g.i not in ids and g.i != h.i:
                f[f"g_lemma={g.lemma_.lower()}"] = 1.0
                f[f"g_pos={g.pos_}"] = 1.0
                f[f"g_dep={g.dep_}"] = 1.0
                f[f"h_dep+g_pos={h.dep_}+{g.pos_}"] = 1.0
            first, last = inner[0].i, inner[-1].i
            j, k = first - 1, 0
            while j >= 0 and k < 3:
                t = doc[j]
                if not (t.is_quote or t.is_space):
                    k += 1
                    f[f"L{k}={t.lower_}"] = 1.0
                    if k == 1:
                        f[f"L1pos={t.pos_}"] = 1.0
                j -= 1
            j, k = last + 1, 0
            while j < len(doc) and k < 3:
                t = doc[j]
                if not (t.is_quote or t.is_space or t.idx < x.end - 1):
                    k += 1
                    f[f"R{k}={t.lower_}"] = 1.0
                    if k == 1:
                        f[f"R1pos={t.pos_}"] = 1.0
                j += 1
            sent = inner[0].sent
            ents = {ent.label_ for ent in sent.ents if not (s <= ent.start_char < e)}
            if sent.start > 0:
                prev = doc[sent.start - 1].sent
                ents_prev = {ent.label_ for ent in prev.ents}
                if ents_prev & {"PERSON"}:
                    f["person_prev_sentence"] = 1.0
            if "PERSON" in ents:
                f["person_in_sentence"] = 1.0
            if ents & {"ORG", "NORP", "GPE"}:
                f["org_in_sentence"] = 1.0
        out.append(f)
    return out


def score_sparse(feats: list[dict[str, float]], m: dict) -> np.ndarray:
    """Class probabilities (rows × classes) of a sparse model ``{"weights": {name: [w…]}, "bias": […]}``."""
    import numpy as np

    W, b = m["weights"], np.asarray(m["bias"], dtype=float)
    Z = np.tile(b, (len(feats), 1))
    for i, f in enumerate(feats):
        for name, v in f.items():
            w = W.get(name)
            if w is not None:
                Z[i] += v * np.asarray(w)
    Z -= Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)
