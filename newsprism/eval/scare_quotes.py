"""``newsprism eval scare-quotes``: the quotation classifier against a hand-annotated gold set.

The gold set (``data/framing/scare_quote_gold.tsv``) stores only article ids and offsets of
quotation instances in ``ptc2020/train-articles``, each labelled speech / name_or_title /
scare. It is divided by article into a dev part (rules were tuned on it) and a test part
(reported, not tuned on): an article is dev when ``int(sha1(article_id), 16) % 2 == 0``.
A gold instance whose exact offsets the quote finder does not produce counts as a miss for
its class. Precision/recall/F1 are per class over the gold instances (a classification of a
sample, not an exhaustive detection task).
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from newsprism.eval import Evaluation, Report, prf

CLASSES = ("speech", "name_or_title", "scare")
SPLITS = ("dev", "test")


def split_of(article_id: str) -> str:
    """dev or test, by a hash of the article id (deterministic, documented)."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def load_gold(path: Path) -> list[tuple[str, int, int, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("article_id"):
            continue
        aid, start, end, label = line.split("\t")
        if label not in CLASSES:
            raise ValueError(f"unknown label {label!r} in {path}")
        rows.append((aid, int(start), int(end), label))
    return rows


def predict(articles: Path, gold: list[tuple[str, int, int, str]]) -> list[tuple[str, str, str, int, int]]:
    """(split, gold label, predicted label or 'missed', start, end) for each gold instance."""
    from newsprism import nlp
    from newsprism.framing.quote_class import classify

    pipe = nlp.load()
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, lab in gold:
        by_article.setdefault(aid, []).append((s, e, lab))
    out = []
    for aid, items in sorted(by_article.items()):
        path = articles / f"article{aid}.txt"
        text = path.read_text(encoding="utf-8")
        found = {(qi.start, qi.end): qi.label for qi in classify(text, pipe(text))}
        for s, e, lab in items:
            out.append((split_of(aid), lab, found.get((s, e), "missed"), s, e, aid))
    return out


def scores(rows: list[tuple]) -> dict[str, tuple[float, float, float, int]]:
    res = {}
    for c in CLASSES:
        tp = sum(1 for r in rows if r[1] == c and r[2] == c)
        n_pred = sum(1 for r in rows if r[2] == c)
        n_gold = sum(1 for r in rows if r[1] == c)
        res[c] = (*prf(tp, n_pred, n_gold), n_gold)
    return res


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--articles", type=Path, help="folder of articleID.txt (default: ptc2020/train-articles)")
    p.add_argument("--gold", type=Path, help="gold TSV (default: the packaged scare_quote_gold.tsv)")
    p.add_argument("--errors", choices=SPLITS, help="also list the misclassified instances of this split")


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets
    from newsprism.resources import data_path

    articles = args.articles or datasets.path("ptc2020", "train-articles")
    gold = load_gold(args.gold or data_path("framing", "scare_quote_gold.tsv"))
    rows = predict(articles, gold)
    report = Report("Scare quotes: quotation classes against the hand-annotated gold set")
    for split in (*SPLITS, "all"):
        part = [r for r in rows if split == "all" or r[0] == split]
        if not part:
            continue
        acc = sum(r[1] == r[2] for r in part) / len(part)
        missed = sum(r[2] == "missed" for r in part)
        report.lines.append(f"{split}: {len(part)} instances, accuracy {acc:.3f}, quote pairs not found {missed}")
        for c, (p, r, f, n) in scores(part).items():
            report.lines.append(f"  {c:<14} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {n})")
            if c == "scare" or split == "test":
                report.metrics[f"{c}_f1_{split}"] = round(f, 4)
        report.metrics[f"accuracy_{split}"] = round(acc, 4)
        conf = Counter((r[1], r[2]) for r in part)
        report.lines.append(
            "  confusion (gold→pred): " + ", ".join(f"{g}→{p}:{k}" for (g, p), k in sorted(conf.items()) if g != p)
        )
    if args.errors:
        for split, g, pr, s, e, aid in rows:
            if split == args.errors and g != pr:
                report.lines.append(f"  error {aid} {s} {e}: gold {g}, predicted {pr}")
    return report


EVALUATION = Evaluation(
    name="scare-quotes",
    help="quotation classes (speech / name_or_title / scare) on the hand-annotated PTC gold set",
    add_arguments=add_arguments,
    run=run,
)
