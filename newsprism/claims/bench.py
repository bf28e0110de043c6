"""Time the claim layer (attribution, assertions, sourcing, consistency) after the parse.

    python -m newsprism.claims.bench [--polnear DIR] [--articles N]

Prints the median time per run on a ~700-word mix of two bundled samples and, when the
PolNeAR folder is given or found, the median/p90/max time scaled to 700 words per article.
The parse is done once per text and not timed (the budget is "after the parse").
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path


def _time_layer(pipe, text: str, reps: int) -> float:
    from newsprism.layers import claim
    from newsprism.layers.base import Context
    from newsprism.model import Analysis, Article

    doc = pipe(text)
    claim.run(Analysis(Article(text=text)), Context(doc=doc))  # warm caches and data files
    times = []
    for _ in range(reps):
        analysis = Analysis(Article(text=text))
        t0 = time.perf_counter()
        claim.run(analysis, Context(doc=doc))
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    from newsprism import datasets, nlp, samples

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--polnear", type=Path, default=None, help="PolNeAR split folder (default ../shared/data/polnear/dev if present)"
    )
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args(argv)
    pipe = nlp.load()
    texts = [a.text for _, a in samples.load_all()]
    mix = " ".join(texts[0].split()[:350]) + "\n\n" + " ".join(texts[1].split()[:350])
    ms = 1000 * _time_layer(pipe, mix, args.reps)
    print(f"samples mix ({len(mix.split())} words): {ms:.1f} ms per run (median of {args.reps})")
    folder = args.polnear
    if folder is None:
        try:
            folder = datasets.path("polnear", "dev")
        except datasets.DataMissing:
            return
    from newsprism.claims import brat

    per700 = []
    for article in brat.load_split(folder)[: args.articles]:
        words = len(article.text.split())
        per700.append(1000 * _time_layer(pipe, article.text, args.reps) * 700 / max(words, 1))
    per700.sort()
    print(
        f"PolNeAR {folder.name}, {len(per700)} articles, ms per 700 words: median {statistics.median(per700):.1f}, "
        f"p90 {per700[int(0.9 * (len(per700) - 1))]:.1f}, max {per700[-1]:.1f}"
    )


if __name__ == "__main__":
    main()
