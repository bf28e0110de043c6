"""``newsprism eval ptc``: SemEval-2020 Task 11 span identification (SI) and technique classification (TC).

SI runs the ``technique`` layer's span tagger on every article and scores it with the task's
partial-overlap P/R/F1 (overlapping gold spans merged; articles absent from the gold labels have
no gold spans). TC classifies each gold span (a group of k identical gold spans gets the top-k
techniques) and reports micro-F1 and per-class F1. With no paths: the fixed internal held-out
split of ``ptc2020`` (see newsprism.techniques.data.held_out).
"""

from __future__ import annotations

import argparse
import time

from newsprism.eval import Evaluation, Report


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--articles", help="folder of articleID.txt (default: internal held-out split of ptc2020/train-articles)")
    p.add_argument("--labels", help="TC labels (id technique start end) or SI labels (id start end): one TSV file or a folder")


def _inputs(args: argparse.Namespace):
    from pathlib import Path

    from newsprism import datasets
    from newsprism.techniques.data import held_out, read_articles, read_span_labels

    if bool(args.articles) != bool(args.labels):
        raise SystemExit("give both --articles and --labels, or neither (internal held-out split)")
    if args.articles:
        articles = read_articles(Path(args.articles))
        if not articles:
            raise datasets.DataMissing(f"{args.articles}: no article<ID>.txt files")
        gold = [g for g in read_span_labels(Path(args.labels)) if g.article in articles]
        if not gold:  # the labels of other articles, or an empty file: nothing would be scored
            raise datasets.DataMissing(f"{args.labels}: no gold spans for the {len(articles)} articles in {args.articles}")
        return articles, gold, f"{args.articles} + {args.labels}"
    articles = read_articles(datasets.path("ptc2020", "train-articles"))
    articles = {k: v for k, v in articles.items() if held_out(k)}
    gold = [g for g in read_span_labels(datasets.path("ptc2020", "train-task-flc-tc.labels")) if g.article in articles]
    return articles, gold, "internal held-out split of ptc2020 (sha256(id) % 5 == 0)"


def predict_tc(articles: dict[str, str], gold) -> list[tuple[str, int, int, str]]:
    """One technique per gold row; identical gold spans get the top-k techniques."""
    import numpy as np

    from newsprism.techniques.predict import TC_MODEL, classify_spans, load
    from newsprism.techniques.text import tokenize

    model = load(TC_MODEL)
    groups: dict[str, dict[tuple[int, int], int]] = {}
    for g in gold:
        per = groups.setdefault(g.article, {})
        per[(g.start, g.end)] = per.get((g.start, g.end), 0) + 1
    out = []
    for art, per in groups.items():
        keys = list(per)
        probs = classify_spans(articles[art], keys, tokenize(articles[art]))
        for (s, e), p in zip(keys, probs, strict=True):
            order = np.argsort(-p)
            for j in range(per[(s, e)]):
                out.append((art, s, e, model.classes[int(order[j % len(order)])]))
    return out


def run(args: argparse.Namespace) -> Report:
    from newsprism.techniques.predict import TC_MODEL, find_spans, load
    from newsprism.techniques.scoring import si_scores, tc_scores

    articles, gold, where = _inputs(args)
    if load(TC_MODEL) is None:
        raise SystemExit("technique models are not packaged: run `newsprism train techniques`")
    t0 = time.perf_counter()
    predicted = {}
    for art, text in articles.items():
        predicted[art] = [(f.start, f.end) for f in find_spans(text)]
    si_seconds = time.perf_counter() - t0
    gold_spans: dict[str, list[tuple[int, int]]] = {}
    for g in gold:
        gold_spans.setdefault(g.article, []).append((g.start, g.end))
    si = si_scores(predicted, gold_spans)
    lines = [
        f"data: {where}",
        f"articles: {len(articles)}, gold rows: {len(gold)}",
        f"SI (partial overlap): P={si['precision']:.4f} R={si['recall']:.4f} F1={si['f1']:.4f} "
        f"(predicted spans {si['n_pred']}, merged gold spans {si['n_gold']}, {1000 * si_seconds / max(1, len(articles)):.0f} ms/article)",
    ]
    metrics: dict[str, float] = {
        "si_precision": si["precision"],
        "si_recall": si["recall"],
        "si_f1": si["f1"],
    }
    tc_gold = [g for g in gold if g.technique]
    if tc_gold:
        pred = predict_tc(articles, tc_gold)
        micro, per_class = tc_scores([(g.article, g.start, g.end, g.technique) for g in tc_gold], pred)
        lines.append(f"TC (gold spans): micro-F1={micro['f1']:.4f} on {len(tc_gold)} gold rows")
        for c, v in sorted(per_class.items(), key=lambda kv: -kv[1]["support"]):
            lines.append(f"  {c:<36} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} n={int(v['support'])}")
        macro = [v["f1"] for v in per_class.values() if v["support"]]
        metrics["tc_micro_f1"] = micro["f1"]
        metrics["tc_macro_f1"] = sum(macro) / len(macro) if macro else 0.0
    else:
        lines.append("TC: the labels carry no technique names (SI layout): skipped")
    metrics["articles"] = len(articles)
    return Report("PTC-2020 (SemEval-2020 Task 11) SI and TC", lines, metrics)


EVALUATION = Evaluation(
    "ptc",
    "persuasion techniques: SemEval-2020 Task 11 span identification (partial-overlap F1) and technique classification (micro-F1)",
    add_arguments,
    run,
)
