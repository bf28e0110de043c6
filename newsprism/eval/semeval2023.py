"""``newsprism eval semeval2023``: SemEval-2023 Task 3 subtasks 1 (genre), 2 (frames), 3 (paragraph techniques).

Scores: micro-F1 over (item, label) pairs and macro-F1 over the classes present in the gold
labels (no ``zero_division=1`` inflation). For subtask 3 the items are paragraphs (1-based line
numbers of non-empty lines); every paragraph listed in the gold file is scored, predicted empty
when the model says nothing. With no paths: the fixed internal held-out split of
``semeval2023/LANG`` (see newsprism.techniques.data.held_out).
"""

from __future__ import annotations

import argparse

from newsprism.eval import Evaluation, Report


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", default="en", choices=("en", "fr", "ge", "it", "po", "ru"), help="language (default en)")
    p.add_argument(
        "--subtask", type=int, default=3, choices=(1, 2, 3), help="1 genre, 2 frames, 3 paragraph techniques (default)"
    )
    p.add_argument("--articles", help="folder of articleID.txt (default: internal held-out split)")
    p.add_argument("--labels", help="labels file in the task's layout")


def _inputs(args: argparse.Namespace):
    from pathlib import Path

    from newsprism import datasets
    from newsprism.techniques.data import held_out, read_articles

    if bool(args.articles) != bool(args.labels):
        raise SystemExit("give both --articles and --labels, or neither (internal held-out split)")
    if args.articles:
        return read_articles(Path(args.articles)), Path(args.labels), None, f"{args.articles} + {args.labels}"
    base = datasets.path("semeval2023", args.lang)
    articles = read_articles(base / f"train-articles-subtask-{args.subtask}")
    labels = base / f"train-labels-subtask-{args.subtask}.txt"
    return articles, labels, held_out, f"internal held-out split of semeval2023/{args.lang} (sha256(id) % 5 == 0)"


def run(args: argparse.Namespace) -> Report:
    from newsprism.datasets import DataMissing
    from newsprism.techniques import genre as genre_model
    from newsprism.techniques import predict
    from newsprism.techniques.data import read_article_labels, read_paragraph_labels
    from newsprism.techniques.scoring import multilabel_scores

    articles, labels, keep, where = _inputs(args)
    lang = args.lang
    names = {2: predict.frames_model_name, 3: predict.para_model_name}
    missing = genre_model.load(lang) is None if args.subtask == 1 else predict.load(names[args.subtask](lang)) is None
    if missing:
        raise SystemExit(f"no packaged model for subtask {args.subtask}, language {lang}: run `newsprism train techniques`")
    gold: dict = {}
    pred: dict = {}
    unit = "paragraphs" if args.subtask == 3 else "articles"
    if args.subtask == 3:
        for (art, line), g in read_paragraph_labels(labels).items():
            if art in articles and (keep is None or keep(art)):
                gold[(art, line)] = g
        for art in {a for a, _ in gold}:
            for p in predict.paragraph_techniques(articles[art], lang):
                pred[(art, p["paragraph"])] = set(p["techniques"])
    else:
        for art, g in read_article_labels(labels).items():
            if art in articles and (keep is None or keep(art)):
                gold[art] = g
        for art in gold:
            if args.subtask == 1:
                pred[art] = {genre_model.genre(articles[art], lang)["label"]}
            else:
                pred[art] = set(predict.frames(articles[art], lang)["labels"])
    if not gold:  # a wrong --labels file or another subtask's: say so rather than score nothing
        raise DataMissing(f"{labels}: no labelled {unit} of the {len(articles)} articles ({where}, subtask {args.subtask})")
    micro, per_class = multilabel_scores(gold, pred)
    task = {1: "genre", 2: "frames", 3: "paragraph techniques"}[args.subtask]
    lines = [
        f"data: {where}",
        f"subtask {args.subtask} ({task}), language {lang}: {len(gold)} {unit}",
        f"micro: P={micro['precision']:.4f} R={micro['recall']:.4f} F1={micro['f1']:.4f}; "
        f"macro-F1 over {sum(1 for v in per_class.values() if v['support'])} present classes={micro['macro_f1']:.4f}",
    ]
    for c, v in sorted(per_class.items(), key=lambda kv: -kv[1]["support"]):
        lines.append(f"  {c:<48} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} n={int(v['support'])}")
    metrics = {"micro_f1": micro["f1"], "macro_f1": micro["macro_f1"], "items": len(gold)}
    return Report(f"SemEval-2023 Task 3 subtask {args.subtask} ({lang})", lines, metrics)


EVALUATION = Evaluation(
    "semeval2023",
    "SemEval-2023 Task 3: genre (1), frames (2), paragraph-level persuasion techniques (3); micro- and macro-F1",
    add_arguments,
    run,
)
