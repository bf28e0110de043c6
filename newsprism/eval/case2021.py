"""``newsprism eval case2021``: fine-grained event type (CASE-2021 task 2), micro/macro-F1.

With ``--data FILE`` the shipped model is scored on every row of FILE. Without it, a model
is trained with the shipped recipe on the internal training portion of
``case2021/task2_events.tsv`` and scored on the held-out portion (see
``newsprism.events.case_data.split``), so the figure never comes from a model that saw its
test rows. Micro-F1 equals accuracy (one label per snippet); macro-F1 is the unweighted
mean of per-type F1 over the types present in gold or predictions (scikit-learn's
``f1_score(average="macro")``, the task's official measure).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.eval import Evaluation, Report, prf


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, help="task-2 TSV to score the shipped model on (default: internal split)")
    p.add_argument("--model", type=Path, help="a model .npz to score instead of the shipped one (with --data)")


def scores(gold: list[str], pred: list[str]) -> tuple[float, float, dict[str, tuple[float, float, float, int]]]:
    """Micro-F1, macro-F1 and per-type (P, R, F1, support)."""
    labels = sorted(set(gold) | set(pred))
    per: dict[str, tuple[float, float, float, int]] = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        p, r, f = prf(tp, pred.count(lab), gold.count(lab))
        per[lab] = (p, r, f, gold.count(lab))
    correct = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    micro = correct / len(gold) if gold else 0.0
    macro = sum(v[2] for v in per.values()) / len(per) if per else 0.0
    return micro, macro, per


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets
    from newsprism.events import case_data, fine_train, finetype

    if args.data:
        rows = case_data.read(args.data)
        model = finetype.FineTypeModel.load(args.model) if getattr(args, "model", None) else finetype.shipped_model()
        if model is None:
            raise SystemExit("no trained model: run 'newsprism train events' first")
        which = args.model if getattr(args, "model", None) else "shipped model"
        setting = f"{which} ({model.meta.get('note', '')}, {model.meta.get('rows')} rows) on {args.data}"
    else:
        train_rows, rows = case_data.split(case_data.read(datasets.path(*case_data.DEFAULT_FILE)))
        model = fine_train.train(train_rows, note="internal training portion")
        setting = f"internal split: trained on {len(train_rows)}, scored on {len(rows)} held-out snippets"
    pred = [label for label, _ in model.predict([s.text for s in rows])]
    gold = [s.label for s in rows]
    micro, macro, per = scores(gold, pred)
    present = [v[2] for v in per.values() if v[3] > 0]
    macro_gold = sum(present) / len(present) if present else 0.0
    lines = [setting, f"{'type':32} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}"]
    lines += [f"{lab:32} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}" for lab, (p, r, f, n) in per.items()]
    lines.append(f"micro-F1 {micro:.4f}  macro-F1 {macro:.4f}  macro-F1 over gold types {macro_gold:.4f}  n={len(rows)}")
    return Report(
        "CASE-2021 task 2 fine-grained event type",
        lines,
        {"micro_f1": micro, "macro_f1": macro, "macro_f1_gold_types": macro_gold, "n": len(rows)},
    )


EVALUATION = Evaluation("case2021", "CASE-2021 task 2 fine-grained event type: micro/macro-F1", add_arguments, run)
