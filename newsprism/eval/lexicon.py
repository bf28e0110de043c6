"""``newsprism eval lexicon``: precision of label/loaded spans against PTC Loaded_Language and
Name_Calling,Labeling spans, on PTC articles held out from lexicon growing.

Held out: ``int(sha1(article_id), 16) % 5 == 0`` (the ``train lexicons`` command never reads
them). A predicted span is correct when it shares at least one character (so at least one
token) with a gold Loaded_Language or Name_Calling,Labeling span. Reported per lexicon source
(seed / ptc / babe) and per kind, with the chance level (the share of word tokens inside such
gold spans) and the share of gold spans touched by at least one prediction.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from newsprism.eval import Evaluation, Report

TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--articles", type=Path, help="folder of articleID.txt (default ptc2020/train-articles)")
    p.add_argument("--labels", type=Path, help="technique labels, TSV file or folder (default ptc2020 train TC labels)")
    p.add_argument("--all-articles", action="store_true", help="score every article in the folder (for an official held-out set)")
    p.add_argument("--sources", default="seed,ptc,babe", help="lexicon sources to use (comma-separated)")


def _overlaps(s: int, e: int, gold: list[tuple[int, int]]) -> bool:
    return any(s < ge and gs < e for gs, ge in gold)


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets, nlp
    from newsprism.framing.lexicon import Lexicon, load_entries
    from newsprism.train.lexicons import is_heldout, read_ptc_labels

    articles = args.articles or datasets.path("ptc2020", "train-articles")
    labels = read_ptc_labels(args.labels or datasets.path("ptc2020", "train-task-flc-tc.labels"))
    sources = tuple(s.strip() for s in args.sources.split(",") if s.strip())
    lexicon = Lexicon(load_entries(sources))
    pipe = nlp.load()
    paths = sorted(articles.glob("article*.txt"))
    if not args.all_articles:
        paths = [p for p in paths if is_heldout(p.stem.removeprefix("article"))]
    n_pred, n_ok = Counter(), Counter()
    gold_total = gold_hit = words = words_in = 0
    for path in paths:
        aid = path.stem.removeprefix("article")
        text = path.read_text(encoding="utf-8")
        gold = [(s, e) for tech, s, e in labels.get(aid, []) if tech in TECHNIQUES]
        for m in _WORD.finditer(text):
            words += 1
            words_in += _overlaps(m.start(), m.end(), gold)
        matches = lexicon.match(pipe(text))
        for m in matches:
            ok = _overlaps(m.start, m.end, gold)
            for key in ("all", f"source:{m.entry.source}", f"kind:{m.entry.kind}"):
                n_pred[key] += 1
                n_ok[key] += ok
        gold_total += len(gold)
        gold_hit += sum(1 for gs, ge in gold if any(m.start < ge and gs < m.end for m in matches))
    report = Report("Framing lexicon (label + loaded) against PTC Loaded_Language + Name_Calling spans")
    report.lines.append(f"articles: {len(paths)} ({'all given' if args.all_articles else 'held out from growing'})")
    report.lines.append(f"lexicon: {len(lexicon)} entries from {', '.join(sources)}")
    for key in sorted(n_pred, key=lambda k: (k != "all", k)):
        p = n_ok[key] / n_pred[key] if n_pred[key] else 0.0
        report.lines.append(f"  {key:<14} spans={n_pred[key]:<5} precision={p:.3f}")
    chance = words_in / words if words else 0.0
    coverage = gold_hit / gold_total if gold_total else 0.0
    report.lines.append(f"chance level (word tokens inside gold spans): {chance:.3f}")
    report.lines.append(f"gold spans touched by a prediction: {gold_hit}/{gold_total} = {coverage:.3f}")
    precision = n_ok["all"] / n_pred["all"] if n_pred["all"] else 0.0
    report.metrics = {
        "precision": round(precision, 4),
        "spans": n_pred["all"],
        "gold_coverage": round(coverage, 4),
        "chance": round(chance, 4),
    }
    for src in ("seed", "ptc", "babe"):
        key = f"source:{src}"
        if n_pred[key]:
            report.metrics[f"precision_{src}"] = round(n_ok[key] / n_pred[key], 4)
    return report


EVALUATION = Evaluation(
    name="lexicon",
    help="label/loaded lexicon precision against PTC Loaded_Language + Name_Calling (held-out articles)",
    add_arguments=add_arguments,
    run=run,
)
