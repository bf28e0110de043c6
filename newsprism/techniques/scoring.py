"""Official metric definitions for SemEval-2020 Task 11 (SI, TC) and SemEval-2023 Task 3.

SI (span identification), as in the task's scorer: per article, overlapping spans are merged;
P = (1/|S|) Σ_s Σ_t |s∩t|/|s| and R = (1/|T|) Σ_t Σ_s |s∩t|/|t|, pooled over all articles,
techniques ignored. An article absent from the gold labels has no gold spans.
TC: every gold span gets one predicted technique; groups of identical gold spans with several
techniques are matched as a multiset. Micro-F1 = correct / gold (= accuracy) and per-class F1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping (not merely adjacent) half-open spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def si_scores(
    predicted: Mapping[str, Iterable[tuple[int, int]]], gold: Mapping[str, Iterable[tuple[int, int]]]
) -> dict[str, float]:
    """Partial-overlap SI precision, recall and F1 pooled over the articles of either side."""
    p_sum = r_sum = 0.0
    n_pred = n_gold = 0
    for art in set(predicted) | set(gold):
        pred = merge(predicted.get(art, ()))
        gs = merge(gold.get(art, ()))
        n_pred += len(pred)
        n_gold += len(gs)
        for s in pred:
            p_sum += sum(_overlap(s, t) for t in gs) / (s[1] - s[0])
        for t in gs:
            r_sum += sum(_overlap(s, t) for s in pred) / (t[1] - t[0])
    p = p_sum / n_pred if n_pred else 0.0
    r = r_sum / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "n_pred": n_pred, "n_gold": n_gold}


def tc_scores(
    gold: Iterable[tuple[str, int, int, str]], predicted: Iterable[tuple[str, int, int, str]]
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Micro P/R/F1 and per-class P/R/F1; rows are (article, start, end, technique)."""
    gold_groups: dict[tuple, Counter] = {}
    pred_groups: dict[tuple, Counter] = {}
    for a, s, e, t in gold:
        gold_groups.setdefault((a, s, e), Counter())[t] += 1
    for a, s, e, t in predicted:
        pred_groups.setdefault((a, s, e), Counter())[t] += 1
    correct: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for key, g in gold_groups.items():
        n_gold.update(g)
        correct.update(g & pred_groups.get(key, Counter()))
    for p in pred_groups.values():
        n_pred.update(p)
    tp, ng, np_ = sum(correct.values()), sum(n_gold.values()), sum(n_pred.values())
    micro = _prf(tp, np_, ng)
    per_class = {c: _prf(correct[c], n_pred[c], n_gold[c]) for c in sorted(set(n_gold) | set(n_pred))}
    return micro, per_class


def _prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": n_gold}


def multilabel_scores(
    gold: Mapping[object, set[str]], predicted: Mapping[object, set[str]]
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Micro P/R/F1 over (item, label) pairs and per-class scores; items missing from
    ``predicted`` count as predicting nothing. Macro-F1 (key ``macro_f1``) averages the
    classes present in the gold labels, without zero-division inflation."""
    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for item, g in gold.items():
        p = predicted.get(item, set())
        n_gold.update(g)
        n_pred.update(p)
        tp.update(g & p)
    micro = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    classes = sorted(set(n_gold) | set(n_pred))
    per_class = {c: _prf(tp[c], n_pred[c], n_gold[c]) for c in classes}
    present = [c for c in classes if n_gold[c]]
    micro["macro_f1"] = sum(per_class[c]["f1"] for c in present) / len(present) if present else 0.0
    return micro, per_class
