"""Learn which words act as attribution cues, from PolNeAR *train* (never dev).

For every lemma (verbs and nouns) we count how often a token with that lemma is the head
word of an annotated Cue, and how often the lemma occurs at all. The ratio (a smoothed
precision) tells the extractor how much to trust the word as a cue. Run::

    python -m newsprism.claims.learn_cues [--data DIR]

which writes ``newsprism/data/claims/learned_cues.json`` (deterministic: no sampling).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.resources import data_path

OUT = ("claims", "learned_cues.json")
MIN_COUNT = 3


def learn(folder: Path) -> dict:
    from newsprism import nlp
    from newsprism.claims import brat

    pipe = nlp.load()
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    articles = brat.load_split(folder)
    texts = (a.text for a in articles)
    for article, doc in zip(articles, pipe.pipe(texts, batch_size=16), strict=True):
        annotator = sorted(article.annotations)[0]  # one annotator per article: no double counting
        heads: set[int] = set()
        for g in article.annotations[annotator]:
            if not g.cue:
                continue
            start, end = g.cue[0]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                heads.add(span.root.i)
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN", "AUX"):
                continue
            key = f"{tok.lemma_.lower()}/{'V' if tok.pos_ != 'NOUN' else 'N'}"
            seen[key] += 1
            if tok.i in heads:
                cue[key] += 1
    lexicon = {
        key: {"cue": cue[key], "seen": seen[key], "p": round(cue[key] / (seen[key] + 1), 4)}
        for key in sorted(cue)
        if cue[key] >= MIN_COUNT
    }
    return {
        "about": "Lemma → how often it heads a PolNeAR Cue (train split, first annotator), "
        "how often it occurs, smoothed precision p = cue/(seen+1). Built by "
        "python -m newsprism.claims.learn_cues.",
        "articles": len(articles),
        "lexicon": lexicon,
    }


def main(argv: list[str] | None = None) -> None:
    from newsprism import datasets

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="PolNeAR train folder")
    args = parser.parse_args(argv)
    folder = args.data or datasets.path("polnear", "train")
    result = learn(folder)
    out = data_path(*OUT)
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(result['lexicon'])} cue lemmas from {result['articles']} articles")


if __name__ == "__main__":
    main()
