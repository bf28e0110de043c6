"""``newsprism eval scare-quotes``: the quotation classifier against a hand-annotated gold set.

The gold set (``data/framing/scare_quote_gold.tsv``) stores only article ids and offsets of
quotation instances in ``ptc2020/train-articles``, each labelled speech / name_or_title /
scare. It is divided by article into a dev part (rules were tuned on it) and a test part
(reported, not tuned on): an article is dev when ``int(sha1(article_id), 16) % 2 == 0``.
A gold instance whose exact offsets the quote finder does not produce counts as a miss for
its class. Precision/recall/F1 are per class over the gold instances (a classification of a
sample, not an exhaustive detection task).

``--second FILE`` compares a second annotation of (some of) the gold instances (same columns;
extra columns are ignored) with the gold labels: Cohen's kappa, agreement per class, and the
scare scores of the second pass and of the rules on the same instances (notes/framing.md,
"Round 5").
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from newsprism.datasets import DataMissing
from newsprism.eval import Evaluation, Report, prf

CLASSES = ("speech", "name_or_title", "scare")
SPLITS = ("dev", "test")


def split_of(article_id: str) -> str:
    """dev or test, by a hash of the article id (deterministic, documented)."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _rows(path: Path, more_columns: bool) -> list[tuple[str, int, int, str]]:
    """(article id, start, end, label) rows; a malformed line is named (file and line) as unusable
    data, not a crash."""
    rows = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataMissing(f"{path}: not a UTF-8 labels file") from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("article_id"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or (len(cols) > 4 and not more_columns):
            raise DataMissing(f"{path}:{n}: expected 4 tab-separated columns (article id, start, end, label)")
        aid, start, end, label = cols[:4]
        if label not in CLASSES:
            raise DataMissing(f"{path}:{n}: unknown label {label!r} (one of {', '.join(CLASSES)})")
        if not (start.isdigit() and end.isdigit()) or int(start) >= int(end):
            raise DataMissing(f"{path}:{n}: start and end must be character offsets, start < end")
        rows.append((aid, int(start), int(end), label))
    return rows


def load_gold(path: Path) -> list[tuple[str, int, int, str]]:
    return _rows(path, more_columns=False)


def load_labels(path: Path) -> dict[tuple[str, int, int], str]:
    """A labels file in the gold format (id, start, end, label; more columns allowed)."""
    return {(aid, start, end): label for aid, start, end, label in _rows(path, more_columns=True)}


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two labelings of the same items."""
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pe = sum((a.count(c) / n) * (b.count(c) / n) for c in set(a) | set(b))
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def _scare_prf(ref: list[str], pred: list[str]) -> tuple[float, float, float]:
    tp = sum(r == x == "scare" for r, x in zip(ref, pred, strict=True))
    return prf(tp, pred.count("scare"), ref.count("scare"))


def agreement(gold: list[str], second: list[str], rules: list[str]) -> tuple[list[str], dict[str, float]]:
    """Report lines and metrics comparing a second annotation (and the rules) with the gold labels."""
    pairs = list(zip(gold, second, strict=True))
    n = len(pairs)
    agree = sum(g == s for g, s in pairs) / n
    k = kappa(gold, second)
    lines = [f"second annotation: {n} instances, observed agreement {agree:.3f}, Cohen's kappa {k:.3f}"]
    metrics = {"kappa": round(k, 4), "agreement": round(agree, 4)}
    for c in CLASSES:
        both = sum(g == s == c for g, s in pairs)
        n_g, n_s = gold.count(c), second.count(c)
        spec = 2 * both / (n_g + n_s) if n_g + n_s else 0.0
        lines.append(f"  {c:<14} gold {n_g}, second {n_s}, both {both}: specific agreement {spec:.3f}")
    conf = Counter((g, s) for g, s in pairs if g != s)
    lines.append("  confusion (gold→second): " + ", ".join(f"{g}→{s}:{k}" for (g, s), k in sorted(conf.items())))
    for name, pred in (("second", second), ("rules", rules)):
        p, r, f = _scare_prf(gold, pred)
        acc = sum(g == x for g, x in zip(gold, pred, strict=True)) / n
        lines.append(f"  {name} vs gold: accuracy {acc:.3f}, scare P={p:.3f} R={r:.3f} F1={f:.3f}")
        metrics[f"scare_f1_{name}"] = round(f, 4)
    p, r, f = _scare_prf(second, rules)
    lines.append(f"  rules vs second: scare P={p:.3f} R={r:.3f} F1={f:.3f}")
    metrics["scare_f1_rules_vs_second"] = round(f, 4)
    return lines, metrics


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
    p.add_argument(
        "--second",
        type=Path,
        metavar="FILE",
        help="only compare a second annotation (gold TSV format) with the gold labels and the rules",
    )


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets
    from newsprism.resources import data_path

    articles = args.articles or datasets.path("ptc2020", "train-articles")
    gold = load_gold(args.gold or data_path("framing", "scare_quote_gold.tsv"))
    if args.second:
        second = load_labels(args.second)
        missing = set(second) - {(a, s, e) for a, s, e, _ in gold}
        if missing:
            raise ValueError(f"{len(missing)} instances of {args.second} are not in the gold set, e.g. {min(missing)}")
        rows = predict(articles, [g for g in gold if g[:3] in second])
        report = Report("Scare quotes: a second annotation against the gold labels")
        for split in (*SPLITS, "all"):
            part = [r for r in rows if split == "all" or r[0] == split]
            if not part:
                continue
            lines, metrics = agreement([r[1] for r in part], [second[(r[5], r[3], r[4])] for r in part], [r[2] for r in part])
            report.lines += [f"{split}:", *lines]
            if split == "all":
                report.metrics.update(metrics)
        return report
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
