"""``newsprism train events``: the CASE-2021 fine-grained event-type model.

Trains on all of ``case2021/task2_events.tsv`` (or ``--data FILE``; ``--holdout`` keeps the
internal held-out fifth out, to reproduce the evaluated model) and writes
``newsprism/data/models/events-case2021.npz`` (or ``--out``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.train import Trainer


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, help="task-2 TSV (default ../shared/data/case2021/task2_events.tsv)")
    p.add_argument("--holdout", action="store_true", help="train on the internal training portion only")
    p.add_argument("--out", type=Path, help="where to write the .npz (default: the packaged model)")


def run(args: argparse.Namespace) -> None:
    from newsprism import datasets
    from newsprism.events import case_data, fine_train, finetype

    path = args.data or datasets.path(*case_data.DEFAULT_FILE)
    rows = case_data.read(path)
    note = "all rows"
    if args.holdout:
        rows, _ = case_data.split(rows)
        note = "internal training portion (held-out fifth excluded)"
    model = fine_train.train(rows, note=note)
    out = args.out or finetype.model_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(f"trained on {len(rows)} snippets ({note}), {len(model.classes)} types, {model.featurizer.size} features -> {out}")


TRAINER = Trainer("events", "CASE-2021 fine-grained event-type classifier (numpy .npz)", add_arguments, run)
