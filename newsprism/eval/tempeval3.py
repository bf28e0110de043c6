"""``newsprism eval tempeval3``: the time layer's tagger against TimeML TIMEX3 annotations.

Reports TempEval-3 timex figures (see ``newsprism.temporal.scoring``). Each document's
creation time (DCT) is the anchor and is not scored. With ``--data DIR`` every .tml file under
DIR is scored; without it, the internal held-out split of TBAQ-cleaned: documents sorted by
DOCID, every one whose index % 5 == 0 (the rest is what the rules were tuned on).
"""

from __future__ import annotations

import argparse
from collections import Counter

from newsprism.eval import Evaluation, Report, prf

HELD_OUT_EVERY = 5


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", help="folder of .tml files (searched recursively); default: internal TBAQ held-out split")
    p.add_argument(
        "--split",
        choices=("held-out", "tune", "all"),
        default="held-out",
        help="part of TBAQ-cleaned to score when --data is not given (default held-out)",
    )
    p.add_argument("--no-parse", action="store_true", help="skip the spaCy parse (tense from nearby words only)")
    p.add_argument("--errors", type=int, default=0, help="print up to N error lines (missed, spurious, wrong value)")


def split(docs: list, part: str) -> list:
    """The deterministic internal split: sorted by DOCID, index % 5 == 0 is held out."""
    if part == "all":
        return docs
    held = part == "held-out"
    return [d for i, d in enumerate(docs) if (i % HELD_OUT_EVERY == 0) == held]


def evaluate(docs: list, parse: bool = True):
    """Score the tagger on TimeML documents; returns the summed Counts."""
    import datetime as dt
    import re

    from newsprism.temporal import scoring, tagger

    nlp = None
    if parse:
        from newsprism import nlp as nlp_mod

        nlp = nlp_mod.load()
    total = scoring.Counts()
    for d in docs:
        anchor = None
        if d.dct and (m := re.match(r"(\d{4})-(\d\d)-(\d\d)", d.dct)):
            anchor = dt.date(int(m[1]), int(m[2]), int(m[3]))
        doc = nlp(d.text) if nlp is not None else None
        found = tagger.tag(d.text, anchor, doc)
        for t in found:
            t.text = d.text[t.start : t.end]  # for error listings
        total.add(scoring.score_doc(d.timexes, found, d.doc_id))
    return total


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets
    from newsprism.temporal import timeml

    if args.data:
        docs = timeml.read_folder(args.data)
        if not docs:
            raise datasets.DataMissing(f"no .tml files under {args.data}")
        where = f"{args.data} (all {len(docs)} documents)"
    else:
        base = datasets.path("tempeval3", "TBAQ-cleaned")
        docs = split(timeml.read_folder(base), args.split)
        where = f"TBAQ-cleaned, internal {args.split} split ({len(docs)} documents; sorted DOCID index % {HELD_OUT_EVERY} == 0 held out)"
    c = evaluate(docs, parse=not args.no_parse)
    sp, sr, sf = prf(c.strict, c.system, c.gold)
    rp, rr, rf = prf(c.relaxed, c.system, c.gold)
    vp, vr, vf = prf(c.value_ok, c.system, c.gold)
    _, _, tf = prf(c.type_ok, c.system, c.gold)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    value_acc = c.value_ok / c.relaxed if c.relaxed else 0.0
    lines = [
        f"data: {where}",
        f"gold timexes {c.gold} (document creation times excluded), system timexes {c.system}",
        f"strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}",
        f"relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}",
        f"type     accuracy {type_acc:.3f} (on relaxed matches)  F1 {tf:.3f}",
        f"value    accuracy {value_acc:.3f} (on relaxed matches)  P {vp:.3f}  R {vr:.3f}  F1 {vf:.3f}",
    ]
    if args.errors:
        kinds = Counter(e[0] for e in c.errors)
        lines.append(f"errors: {dict(kinds)}")
        for e in c.errors[: args.errors]:
            lines.append("  " + " | ".join(str(x) for x in e))
    metrics = {
        "strict_f1": sf,
        "relaxed_f1": rf,
        "strict_p": sp,
        "strict_r": sr,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "type_accuracy": type_acc,
        "value_accuracy": value_acc,
        "type_f1": tf,
        "value_f1": vf,
        "docs": len(docs),
    }
    return Report("TempEval-3 timex extraction and normalisation", lines, metrics)


EVALUATION = Evaluation(
    "tempeval3",
    "TempEval-3 TIMEX3 extraction (strict/relaxed P/R/F1), type accuracy and value F1 over TimeML .tml files",
    add_arguments,
    run,
)
