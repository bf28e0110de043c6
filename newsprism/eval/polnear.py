"""PolNeAR attribution relations: source, cue and content spans, and the whole triple.

Each article is scored against every annotator who annotated it and the counts are
averaged (weight 1/k for k annotators), so that an article counts once whatever the
number of annotators, and no annotator's reading is preferred. Exact = same outer
boundaries after trimming whitespace and edge punctuation; overlap = any shared character.
PolNeAR counts stances and actions as attributions too; by default the extractor runs in that
broad setting, and ``--communicative`` scores what the claim layer keeps (speech only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.eval import Evaluation, Report

ROLES = ("source", "cue", "content")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data", type=Path, default=None, help="PolNeAR split folder (text/, attributions/); default ../shared/data/polnear/dev"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles (sorted by name)")
    parser.add_argument(
        "--communicative",
        action="store_true",
        help="score what the claim layer keeps (communicative cues only) instead of PolNeAR's broad notion,"
        " which also counts stances and actions",
    )


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets, nlp
    from newsprism.claims import brat, scoring
    from newsprism.claims.attribution import extract

    folder = args.data or datasets.path("polnear", "dev")
    articles = brat.load_split(Path(folder))
    if args.limit:
        articles = articles[: args.limit]
    if not articles:
        raise datasets.DataMissing(f"no annotated articles under {folder}")
    pipe = nlp.load()
    totals = {f"{role}_{how}": scoring.Counts() for role in (*ROLES, "triple") for how in ("exact", "overlap")}
    n_annotations = 0
    for article, doc in zip(articles, pipe.pipe((a.text for a in articles), batch_size=8), strict=True):
        text = article.text
        found = extract(doc, communicative=args.communicative)
        pred = {
            "source": [scoring.normalise(text, (a.source,)) for a in found if a.source],
            "cue": [scoring.normalise(text, (a.cue,)) for a in found],
            "content": [scoring.normalise(text, (a.content,)) for a in found],
        }
        pred_triples = [
            (
                scoring.normalise(text, (a.source,)) if a.source else (),
                scoring.normalise(text, (a.cue,)),
                scoring.normalise(text, (a.content,)),
            )
            for a in found
        ]
        weight = 1.0 / len(article.annotations)
        for relations in article.annotations.values():
            n_annotations += 1
            gold = {role: [scoring.normalise(text, getattr(g, role)) for g in relations] for role in ROLES}
            gold_triples = [tuple(scoring.normalise(text, getattr(g, role)) for role in ROLES) for g in relations]
            for how in ("exact", "overlap"):
                exact = how == "exact"
                for role in ROLES:
                    totals[f"{role}_{how}"].add(scoring.match_spans(pred[role], gold[role], exact), weight)
                totals[f"triple_{how}"].add(scoring.match_triples(pred_triples, gold_triples, exact), weight)
    setting = "communicative cues only, as the claim layer" if args.communicative else "PolNeAR's broad notion"
    lines = [f"PolNeAR {folder}: {len(articles)} articles, {n_annotations} annotator files (each article weighted 1); {setting}"]
    lines.append(f"{'':16} {'P':>6} {'R':>6} {'F1':>6}")
    metrics: dict[str, float] = {}
    for key, counts in totals.items():
        p, r, f = counts.prf()
        lines.append(f"{key:16} {p:6.3f} {r:6.3f} {f:6.3f}")
        metrics[f"{key}_p"], metrics[f"{key}_r"], metrics[f"{key}_f1"] = p, r, f
    return Report("PolNeAR attribution", lines, metrics)


EVALUATION = Evaluation(
    name="polnear",
    help="attribution (source/cue/content) P/R/F1, exact and overlap, on PolNeAR",
    add_arguments=add_arguments,
    run=run,
)
