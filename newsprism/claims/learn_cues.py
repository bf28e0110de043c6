"""Learn which words act as attribution cues, from PolNeAR *train* (never dev).

Three artefacts, from one parse of the train split:

* ``learned_cues.json``: for every lemma (verbs and nouns), how often a token with that
  lemma heads an annotated Cue and how often it occurs (smoothed precision);
* ``cue_model.json``: logistic-regression weights over the context features of
  ``cue_model.features``. Internal split: articles sorted by name, every 10th one
  (index % 10 == 5) held out to choose the decision threshold (best cue-token F1) for
  weights fitted on the other 90 %; the shipped weights are then refitted on all train
  articles with the same settings (``REFIT_ALL``; the held-out tenth is therefore no longer
  unseen by the shipped models). Fixed seed, deterministic.
* ``source_model.json``: the source detector, same learner and procedure. Run::

    python -m newsprism.claims.learn_cues [--data DIR]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.resources import data_path

OUT = ("claims", "learned_cues.json")
MODEL_OUT = ("claims", "cue_model.json")
SOURCE_OUT = ("claims", "source_model.json")
HOLDOUT = 5  # article index % 10 held out for the threshold
REFIT_ALL = True  # ship weights refitted on all of train once the threshold is chosen (round 3)
MIN_COUNT = 3


def learn(folder: Path) -> tuple[dict, dict, dict]:
    from newsprism import nlp
    from newsprism.claims import brat

    pipe = nlp.load()
    articles = brat.load_split(folder)
    return learn_parsed(articles, pipe.pipe((a.text for a in articles), batch_size=16))


def learn_parsed(articles, docs) -> tuple[dict, dict, dict]:
    """The three artefacts from the articles and their parses (in the same order)."""
    from newsprism.claims import cue_model
    from newsprism.claims.attribution import _region_around, quote_regions

    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    rows: list[tuple[int, dict[str, float], int]] = []  # (article index, features, label)
    source_rows: list[tuple[int, dict[str, float], int]] = []
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        annotator = sorted(article.annotations)[0]  # one annotator per article: no double counting
        heads: set[int] = set()
        for g in article.annotations[annotator]:
            if not g.cue:
                continue
            start, end = g.cue[0]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                heads.add(span.root.i)
        regions = quote_regions(doc.text)
        source_rows.extend((index, f, y) for f, y in source_examples(doc, article.annotations[annotator], regions))
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN", "AUX"):
                continue
            key = f"{tok.lemma_.lower()}/{'V' if tok.pos_ != 'NOUN' else 'N'}"
            seen[key] += 1
            if tok.i in heads:
                cue[key] += 1
            if tok.dep_ not in ("aux", "auxpass"):
                in_quote = _region_around(regions, tok.idx, tok.idx + 1) is not None
                rows.append((index, cue_model.features(tok, in_quote), int(tok.i in heads)))
    lexicon = {
        key: {"cue": cue[key], "seen": seen[key], "p": round(cue[key] / (seen[key] + 1), 4)}
        for key in sorted(cue)
        if cue[key] >= MIN_COUNT
    }
    model = fit(rows)
    source = fit(source_rows)
    source["about"] = (
        "Source detector weights (logistic regression, features of newsprism.claims.source_model); "
        "threshold = best candidate F1 on every 10th PolNeAR train article for weights fitted on the others"
        + ("; these weights refitted on all of train." if REFIT_ALL else "; these are those weights.")
    )
    return (
        {
            "about": "Lemma → how often it heads a PolNeAR Cue (train split, first annotator), "
            "how often it occurs, smoothed precision p = cue/(seen+1). Built by "
            "python -m newsprism.claims.learn_cues.",
            "articles": len(articles),
            "lexicon": lexicon,
        },
        model,
        source,
    )


def source_examples(doc, relations, regions) -> list[tuple[dict[str, float], int]]:
    """Source-detector examples of one article: every candidate phrase, positive when its
    extent overlaps an annotated Source and contains that Source's head word."""
    from newsprism.claims import scoring, source_model
    from newsprism.claims.attribution import _region_around, _source_span

    text = doc.text
    gold = [scoring.normalise(text, g.source) for g in relations if g.source]
    gold = [g for g in gold if g]
    heads = []
    for g in gold:
        span = doc.char_span(g[0][0], g[-1][1], alignment_mode="expand")
        if span is not None and len(span):
            heads.append(span.root.idx)
    out = []
    for tok, role, pred in source_model.candidates(doc):
        extent = scoring.normalise(text, (_source_span(tok),))
        if not extent:
            continue
        in_quote = _region_around(regions, tok.idx, tok.idx + 1) is not None
        label = any(scoring.overlaps(extent, g) for g in gold) and any(extent[0][0] <= h < extent[-1][1] for h in heads)
        out.append((source_model.features(tok, role, pred, in_quote), int(label)))
    return out


def fit(rows: list[tuple[int, dict[str, float], int]]) -> dict:
    """Logistic regression on 90 % of the articles; threshold picked on the held-out 10 %;
    with ``REFIT_ALL`` the returned weights are refitted on all articles (same settings)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def logit(pairs):
        vec = DictVectorizer()
        clf = LogisticRegression(C=0.5, max_iter=2000, fit_intercept=False, random_state=0)
        clf.fit(vec.fit_transform([f for f, _ in pairs]), np.array([y for _, y in pairs]))
        return vec, clf

    train = [(f, y) for i, f, y in rows if i % 10 != HOLDOUT]
    held = [(f, y) for i, f, y in rows if i % 10 == HOLDOUT]
    vec, clf = logit(train)
    probs = clf.predict_proba(vec.transform([f for f, _ in held]))[:, 1]
    gold = np.array([y for _, y in held])
    best = (0.0, 0.5)
    for t in np.arange(0.1, 0.9, 0.025):
        pred = probs >= t
        tp = float((pred & (gold == 1)).sum())
        p = tp / pred.sum() if pred.sum() else 0.0
        r = tp / gold.sum() if gold.sum() else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f1, round(float(t), 3)))
    fitted = len(train)
    if REFIT_ALL:
        vec, clf = logit([(f, y) for _, f, y in rows])
        fitted = len(rows)
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    return {
        "about": "Cue detector weights (logistic regression, features of newsprism.claims.cue_model); "
        "threshold = best cue-token F1 on every 10th PolNeAR train article for weights fitted on the others"
        + ("; these weights refitted on all of train." if REFIT_ALL else "; these are those weights."),
        "held_out_f1": round(best[0], 4),
        "threshold": best[1],
        "train_rows": fitted,
        "weights": dict(sorted(weights.items())),
    }


def main(argv: list[str] | None = None) -> None:
    from newsprism import datasets

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="PolNeAR train folder")
    args = parser.parse_args(argv)
    folder = args.data or datasets.path("polnear", "train")
    save(*learn(folder))


def save(result: dict, model: dict, source: dict) -> None:
    out = data_path(*OUT)
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(result['lexicon'])} cue lemmas from {result['articles']} articles")
    out = data_path(*MODEL_OUT)
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(model['weights'])} weights, threshold {model['threshold']}, held-out cue F1 {model['held_out_f1']}")
    out = data_path(*SOURCE_OUT)
    out.write_text(json.dumps(source, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(source['weights'])} weights, held-out candidate F1 {source['held_out_f1']}")


if __name__ == "__main__":
    main()
