"""A learned source detector: is this noun phrase the source of some attribution?

PolNeAR annotates who holds a view or takes a stance, not only who speaks: "his wife has
joined him as a vocal critic", "the voters are split on …", "his view". Many of these
predicates are no reporting verb (the cue detector misses them), but the noun phrase in
subject position (or the possessor of a stance noun, the agent after "by", the object of
"from"/"to" in "criticism from X", "according to X") has a recognisable shape. Every
subject-like noun phrase is a candidate; a logistic regression over the phrase and the
predicates it governs (lemma, complements, adjectival/nominal predicates, verbs it shares
through coordination or control) decides. Weights are plain JSON
(``data/claims/source_model.json``), trained by ``python -m newsprism.claims.learn_cues``
on PolNeAR train with the same fixed split as the cue detector.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD

from newsprism.claims import cue_model
from newsprism.claims.logit import JsonLogit
from newsprism.claims.tokens import one_of

MODEL = ("claims", "source_model.json")
_LOGIT = JsonLogit(*MODEL)
_PREP_ROLES = frozenset({"by", "from", "to", "of", "with", "for", "among", "in"})
_CANDIDATE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj"})
_PRON_KEEP = frozenset(
    {"he", "she", "they", "we", "i", "you", "it", "who", "that", "which", "his", "her", "their", "its", "our", "my", "your"}
)


def candidates(doc, predicates=None):
    """(noun-phrase head, role, predicate) for every subject-like phrase in the document.

    role: ``nsubj``, ``nsubjpass``, ``poss`` (possessor of a noun) or ``by``/``from``/``to``
    … (object of a preposition, the predicate being the word the preposition hangs on).
    Only tokens with one of those dependency labels can be candidates: they are picked from the
    doc's dependency array, so the other tokens cost no Token object each. ``predicates``: a
    boolean array over the tokens; when given, a subject or possessor whose head, or a
    preposition's object whose preposition's head, is not marked is passed over unseen (the
    caller drops those predicates anyway; objects of control verbs are not prefiltered).
    """
    strings = doc.vocab.strings
    deps = doc.to_array(DEP)
    wanted = [h for h in np.unique(deps).tolist() if strings[h] in _CANDIDATE_DEPS]
    picked = np.flatnonzero(one_of(deps, wanted))
    if predicates is not None and len(picked):
        heads = np.arange(len(doc)) + doc.to_array(HEAD).astype(np.int64)
        pobj = one_of(deps, [h for h in wanted if strings[h] == "pobj"])
        dobj = one_of(deps, [h for h in wanted if strings[h] == "dobj"])
        keep = dobj | predicates[np.where(pobj, heads[heads], heads)]
        picked = picked[keep[picked]]
    for i in picked.tolist():
        tok = doc[i]
        dep = tok.dep_
        if dep in ("nsubj", "nsubjpass"):
            yield tok, dep, tok.head
        elif dep == "poss" and tok.head.pos_ in ("NOUN", "PROPN"):
            yield tok, "poss", tok.head
        elif dep == "dobj" and tok.pos_ in ("PROPN", "PRON", "NOUN", "ADJ", "DET"):
            # "forced Sanders to acknowledge", "led some to speculate": the object of a control verb
            ctrl = next((c for c in tok.head.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), None)
            if ctrl is not None and ctrl.pos_ in ("VERB", "AUX") and not any(g.dep_ == "nsubj" for g in ctrl.children):
                yield tok, "ctrl", ctrl
        elif (
            dep == "pobj"
            and tok.head.dep_ in ("prep", "agent")
            and tok.head.lower_ in _PREP_ROLES
            and tok.head.head is not tok.head
        ):
            yield tok, tok.head.lower_, tok.head.head


def _predicates(pred):
    """The predicate, the verbs coordinated with it that share its subject, and the verbs
    it controls ("wants to say", "began attacking")."""
    out = [pred]
    for c in pred.children:
        shares_subject = (
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        )
        if shares_subject or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ")):
            out.append(c)
    return out


def features(tok, role: str, pred, in_quote: bool) -> dict[str, float]:
    """Sparse binary features of a candidate source phrase and its predicates."""
    low = tok.lower_
    kind = (
        f"pron:{low}"
        if tok.pos_ == "PRON" or low in _PRON_KEEP
        else f"ent:{tok.ent_type_}"
        if tok.ent_type_
        else f"pos:{tok.pos_}"
    )
    f: dict[str, float] = {
        "bias": 1.0,
        f"role={role}": 1.0,
        f"kind={kind}": 1.0,
        f"role_kind={role}|{kind}": 1.0,
        f"tag={tok.tag_}": 1.0,
        f"plemma_role={pred.lemma_.lower()}|{role}": 1.0,
        f"ppos={pred.pos_}|{role}": 1.0,
        f"pdep={pred.dep_}|{role}": 1.0,
    }
    if tok.pos_ == "NOUN":
        f[f"slemma={tok.lemma_.lower()}"] = 1.0
    if in_quote:
        f["in_quote"] = 1.0
    if tok.is_title and tok.i > 0 and not tok.is_sent_start:
        f["title_case"] = 1.0
    kids = list(tok.children)
    if any(c.dep_ == "appos" for c in kids):
        f["appos"] = 1.0
    if any(c.dep_ == "compound" for c in kids):
        f["compound"] = 1.0
    subject = role in ("nsubj", "nsubjpass", "ctrl")
    preds = _predicates(pred) if subject else [pred]
    if subject:
        for p in preds:
            lem = p.lemma_.lower()
            f[f"pl={lem}"] = 1.0
            f[f"pl_kind={lem}|{kind[:4]}"] = 1.0
            children = [(c, c.dep_) for c in p.children]
            for c, d in children:
                if d in ("ccomp", "xcomp", "dobj", "acomp", "attr", "dative", "advcl", "parataxis", "neg", "prt", "oprd"):
                    f[f"child={d}"] = 1.0
                    f[f"pl_child={lem}|{d}"] = 1.0
                    if d in ("acomp", "attr", "dobj", "xcomp", "prt", "oprd"):
                        f[f"{d}={c.lemma_.lower()}"] = 1.0
                elif d == "prep":
                    f[f"prep={c.lower_}"] = 1.0
                    f[f"pl_prep={lem}|{c.lower_}"] = 1.0
                elif d == "mark":
                    f[f"mark={c.lower_}"] = 1.0
            if p is not pred:
                f[f"extra={p.dep_}"] = 1.0
            for c, d in children:
                if d == "ccomp":
                    f[f"ccomp_mark={next((m.lower_ for m in c.children if m.dep_ == 'mark'), 'none')}"] = 1.0
    else:
        lem = pred.lemma_.lower()
        f[f"pl={lem}"] = 1.0
        f[f"pl_kind={lem}|{kind[:4]}"] = 1.0
        f[f"pl_pdep={lem}|{pred.dep_}"] = 1.0
        for c in pred.children:
            if c.dep_ in ("acl", "ccomp", "relcl", "prep", "amod"):
                f[f"nchild={c.dep_}"] = 1.0
            if c.dep_ == "prep":
                f[f"nprep={c.lower_}"] = 1.0
        if pred.head is not pred:
            f[f"phead={pred.head.lemma_.lower()}"] = 1.0
    for p in preds:
        if p.pos_ in ("VERB", "NOUN", "AUX"):
            for k in cue_model.features(p, in_quote):
                f["c:" + k] = 1.0
    return f


def available() -> bool:
    return _LOGIT.available()


def threshold() -> float:
    return _LOGIT.threshold()


def score_features(f: dict[str, float]) -> float:
    return _LOGIT.score(f)
