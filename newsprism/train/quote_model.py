"""``newsprism train quote-model``: fit the quotation-class model on the dev half of the gold set.

Reads ``data/framing/scare_quote_gold.tsv`` and the ``ptc2020/train-articles`` it points into,
keeps only the **dev** articles (``int(sha1(article_id), 16) % 2 == 0``; the test half is
never read here), runs the quotation rules (``quote_class.classify(..., use_model=False)``),
computes ``quote_model.FEATURES`` and fits a multinomial logistic regression with an L2
penalty by full-batch gradient descent (numpy, deterministic: no sampling, zero start).
Reports the rules alone and a K-fold cross-validation of the model on the dev articles (folds
by article id hash); writes the model only with ``--out``. The layer reads
``data/framing/quote_model.json`` when that file exists. None is committed: on the 336 dev
instances of the 642-instance gold set the model never beat the rules under cross-validation
(docs/notes/framing.md, "Scare quotes, round 3"), nor on the 644 dev instances of round 4
(L2 = 100: 0.628 vs the rules' 0.646; "Round 4, 2026-11-26"), so the rules decide alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from newsprism.train import Trainer

CLASSES = ("speech", "name_or_title", "scare")
L2 = 30.0
CLASS_WEIGHT = {"speech": 1.0, "name_or_title": 1.0, "scare": 1.0}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--articles", type=Path, help="folder of articleID.txt (default: ptc2020/train-articles)")
    p.add_argument("--gold", type=Path, help="gold TSV (default: the packaged scare_quote_gold.tsv)")
    p.add_argument("--out", type=Path, help="write the model here (data/framing/quote_model.json to use it in the layer)")
    p.add_argument("--cv", type=int, default=5, help="K-fold cross-validation on the dev half (default 5; 0: none)")
    p.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")


def collect(articles: Path, gold: list[tuple[str, int, int, str]], parse) -> tuple[list, list[str], list[str]]:
    """(feature rows, gold labels, article ids) for the gold instances the quote finder produces."""
    from newsprism.framing.quote_class import classify
    from newsprism.framing.quote_model import features

    by_article: dict[str, dict[tuple[int, int], str]] = {}
    for aid, s, e, lab in gold:
        by_article.setdefault(aid, {})[(s, e)] = lab
    rows, labels, ids = [], [], []
    for aid, items in sorted(by_article.items()):
        text = (articles / f"article{aid}.txt").read_text(encoding="utf-8")
        doc = parse(aid, text)
        inst = classify(text, doc, use_model=False)
        X = features(text, doc, inst)
        for x, row in zip(inst, X, strict=True):
            lab = items.get((x.start, x.end))
            if lab is not None:
                rows.append(row)
                labels.append(lab)
                ids.append(aid)
    return rows, labels, ids


def fit(X, y, l2: float = L2, weights: dict[str, float] | None = None) -> dict:
    """Multinomial logistic regression (standardised inputs, L2 on the weights, not the bias)."""
    import numpy as np

    from newsprism.framing.quote_model import FEATURES

    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = (X - mean) / scale
    n, d = Z.shape
    k = len(CLASSES)
    Y = np.zeros((n, k))
    Y[np.arange(n), [CLASSES.index(c) for c in y]] = 1.0
    w = np.array([(weights or CLASS_WEIGHT)[c] for c in y])
    w = w / w.mean()
    # the rules' own verdict is not shrunk: the penalty pulls the model towards the rules
    free = np.array([0.0 if f.startswith("rule_label=") else 1.0 for f in FEATURES])[:, None]
    from scipy.optimize import minimize

    def loss(theta):
        W, b = theta[: d * k].reshape(d, k), theta[d * k :]
        S = Z @ W + b
        S -= S.max(axis=1, keepdims=True)
        logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
        value = -(w * (Y * logp).sum(axis=1)).sum() / n + 0.5 * l2 * (free * W * W).sum() / n
        G = (np.exp(logp) - Y) * w[:, None] / n
        grad = np.concatenate([(Z.T @ G + l2 * free * W / n).ravel(), G.sum(axis=0)])
        return value, grad

    res = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    W, b = res.x[: d * k].reshape(d, k), res.x[d * k :]
    return {"classes": list(CLASSES), "mean": mean, "scale": scale, "W": W, "b": b}


def predict(m: dict, X):
    import numpy as np

    from newsprism.framing.quote_model import predict_proba

    P = predict_proba(np.asarray(X, dtype=float), m)
    return [m["classes"][i] for i in P.argmax(axis=1)]


def cross_validate(X, y, ids, folds: int, l2: float = L2, weights=None) -> list[str]:
    """Out-of-fold predictions, folds by a hash of the article id."""
    import numpy as np

    X = np.asarray(X, dtype=float)
    fold = np.array([int(hashlib.sha1(f"fold:{a}".encode()).hexdigest(), 16) % folds for a in ids])
    out = [""] * len(y)
    for f in range(folds):
        tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
        m = fit(X[tr], [y[i] for i in tr], l2, weights)
        for i, p in zip(te, predict(m, X[te]), strict=True):
            out[i] = p
    return out


def scare_prf(y: list[str], pred: list[str]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(y, pred, strict=True) if g == p == "scare")
    np_, ng = pred.count("scare"), y.count("scare")
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(args: argparse.Namespace) -> None:
    from newsprism import datasets, nlp
    from newsprism.eval.scare_quotes import load_gold, split_of
    from newsprism.framing.quote_model import FEATURES

    articles = args.articles or datasets.path("ptc2020", "train-articles")
    gold = [g for g in load_gold(args.gold or _default_gold()) if split_of(g[0]) == "dev"]
    pipe = nlp.load()
    X, y, ids = collect(articles, gold, lambda _aid, text: pipe(text))
    print(f"dev instances: {len(y)} ({', '.join(f'{c} {y.count(c)}' for c in CLASSES)}) from {len(set(ids))} articles")
    rules = [CLASSES[max(range(3), key=lambda k, r=row: r[k])] for row in X]  # the rule_label one-hot comes first
    _print("rules alone on dev", y, rules)
    if args.cv:
        _print(f"model, {args.cv}-fold CV on dev (l2={args.l2})", y, cross_validate(X, y, ids, args.cv, args.l2))
    if not args.out:
        print("no --out: nothing written (the layer uses data/framing/quote_model.json only when it exists)")
        return
    m = fit(X, y, args.l2)
    data = {
        "_doc": "Quotation-class model (framing layer); rebuild: newsprism train quote-model --out THIS_FILE. "
        "Multinomial logistic regression on standardised features; trained on the dev half of scare_quote_gold.tsv.",
        "features": list(FEATURES),
        "classes": m["classes"],
        "l2": args.l2,
        "class_weight": CLASS_WEIGHT,
        "instances": len(y),
        "mean": [round(float(v), 6) for v in m["mean"]],
        "scale": [round(float(v), 6) for v in m["scale"]],
        "W": [[round(float(v), 6) for v in row] for row in m["W"]],
        "b": [round(float(v), 6) for v in m["b"]],
    }
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


def _default_gold() -> Path:
    from newsprism.resources import data_path

    return data_path("framing", "scare_quote_gold.tsv")


def _print(title: str, y: list[str], pred: list[str]) -> None:
    acc = sum(g == p for g, p in zip(y, pred, strict=True)) / len(y) if y else 0.0
    p, r, f = scare_prf(y, pred)
    print(f"{title}: accuracy {acc:.3f}, scare P={p:.3f} R={r:.3f} F1={f:.3f}")


TRAINER = Trainer(
    name="quote-model",
    help="fit the quotation-class model (speech / name / scare) on the dev half of the scare-quote gold set",
    add_arguments=add_arguments,
    run=run,
)
