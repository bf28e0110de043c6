"""A small logistic-regression cue detector: is this verb/noun an attribution cue here?

The lexicon alone says how often a word is a cue; context decides the rest ("she said"
vs "said to be"; "believes that …" with a named subject vs "believe it or not"). Features
are the lemma, part of speech, dependency label, the complements and the subject's kind.
Weights are plain JSON (``data/claims/cue_model.json``), trained by
``python -m newsprism.claims.learn_cues`` on PolNeAR train with a fixed split.
"""

from __future__ import annotations

from newsprism.claims.logit import JsonLogit

MODEL = ("claims", "cue_model.json")
_LOGIT = JsonLogit(*MODEL)
_DEPS = ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "advcl", "prep", "neg", "dative", "parataxis")


def features(tok, in_quote: bool) -> dict[str, float]:
    """Sparse binary features of a candidate cue token (each word read once: the detector
    scores thousands of candidates per batch of articles)."""
    lemma = tok.lemma_.lower()
    dep = tok.dep_
    f: dict[str, float] = {
        f"lemma={lemma}": 1.0,
        f"pos={tok.pos_}": 1.0,
        f"dep={dep}": 1.0,
        f"tag={tok.tag_}": 1.0,
        f"lemma_dep={lemma}|{dep}": 1.0,
        "bias": 1.0,
    }
    if in_quote:
        f["in_quote"] = 1.0
    children = [(c, c.dep_) for c in tok.children]
    kids = {d for _, d in children}
    for d in _DEPS:
        if d in kids:
            f[f"child={d}"] = 1.0
            f[f"lemma_child={lemma}|{d}"] = 1.0
    for c, d in children:
        if d == "prep":
            f[f"prep={c.lower_}"] = 1.0
        if d in ("nsubj", "nsubjpass"):
            pos = c.pos_
            f[f"subj_pos={pos}"] = 1.0
            f[f"subj_ent={c.ent_type_ or 'none'}"] = 1.0
            if pos == "PRON":
                f[f"subj_pron={c.lower_}"] = 1.0
        if d == "ccomp":
            f[f"ccomp_mark={next((m.lower_ for m in c.children if m.dep_ == 'mark'), 'none')}"] = 1.0
    doc, i = tok.doc, tok.i
    if i + 1 < len(doc) and (nxt := doc[i + 1].text) in (":", ",", '"', "\u201c"):
        f[f"next={nxt}"] = 1.0
    if i > 0 and doc[i - 1].text in (",", '"', "\u201d", "''"):
        f["prev=punct"] = 1.0
    f[f"head_dep={tok.head.dep_ if tok.head is not tok else 'ROOT'}"] = 1.0
    return f


def available() -> bool:
    return _LOGIT.available()


def threshold() -> float:
    return _LOGIT.threshold()


def score(tok, in_quote: bool) -> float:
    """Probability-like score that ``tok`` is a cue (0 when no model is installed)."""
    return _LOGIT.score(features(tok, in_quote))
