"""Genre models (SemEval-2023 Task 3 subtask 1): training and cross-validation.

English (``RECIPES["en"]``): multinomial logistic regression over the standardised style
features of newsprism.techniques.genre, chosen by repeated 5-fold stratified cross-validation by
article on the training part (the internal held-out split is never read unless ``include_held``),
plus PolNeAR's wire-service reports as weakly-labelled reporting at a small weight (``WEAK_SOURCES``).
Other languages keep the older recipe (hashed word and word-pair presence, C=4, balanced class
weights), written as a plain LinearModel as before.

``python -m newsprism.train.genre --cv`` prints the cross-validation table of every variant in
``VARIANTS`` (figures in docs/notes/techniques.md, "Genre (English), fifth session");
``--weak polnear-wire [--keep-prior] [--nested] [--weak-grid]`` the table per weak weight ("Genre, seventh session").
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

SEED = 13
MODEL_VERSION = "genre-2026-11b"  # b: English adds weak reporting (seventh session)
OLD_VERSION = "techniques-2026-11"  # newsprism.train.techniques.MODEL_VERSION, kept by the older recipe
BAG_BITS = 18
OLD_C = 4.0  # the older bag-of-words recipe, kept for the languages without a style recipe
CV_FOLDS = 5
CV_SEEDS = (13, 14, 15)
CLIP = 5.0


@dataclass(frozen=True)
class Recipe:
    name: str
    dense: bool = True  # style features
    bag: bool = False  # hashed word / pair presence
    C: float = 1.0
    alpha: float = 1.0  # scale of the standardised style columns next to the bag columns
    weight_power: float = 1.0  # class weights = balanced ** power (0: none)
    shift: float = 0.0  # added to the non-opinion logits after fitting
    features: tuple[str, ...] | None = None  # a subset of FEATURES (None: all)
    weak: tuple[str, ...] = ()  # WEAK_SOURCES whose news articles are added as weakly-labelled reporting
    weak_weight: float = 0.0  # sample weight of one weak article (a SemEval reporting article: 1)
    weak_cap: int | None = None  # at most this many weak articles (a seeded sample), None: all
    weak_keep_prior: bool = False  # scale all reporting rows so that their total weight stays as without weak rows


BASELINE = Recipe("baseline: bag, C=4, balanced", dense=False, bag=True, C=OLD_C)


# language-independent style features (no English word lists), for adding other languages' articles
INDEPENDENT = (
    "log_words",
    "log_paragraphs",
    "words_per_sentence",
    "words_per_paragraph",
    "quote_marks",
    "quoted_share",
    "questions",
    "exclamations",
    "digits",
    "dateline",
    "caps_words",
    "title_question",
)


def _variants(style_only: bool = False, features: tuple[str, ...] | None = None) -> list[Recipe]:
    tag = "style" if features is None else "indep. style"
    out = [] if style_only else [BASELINE]
    for C in (0.03, 0.1, 0.3, 1.0, 3.0, 10.0):
        for wp in (0.5, 1.0):
            out.append(Recipe(f"{tag}, C={C}, balanced^{wp}", C=C, weight_power=wp, features=features))
    for shift in (-0.5, 0.5):
        out.append(Recipe(f"{tag}, C=1.0, balanced^1.0, shift {shift}", C=1.0, shift=shift, features=features))
    if not style_only:
        for C in (1.0, 4.0):
            for alpha in (1.0, 3.0, 10.0):
                out.append(Recipe(f"bag+style, C={C}, alpha={alpha}", bag=True, C=C, alpha=alpha))
    return out


# CV-best style recipe (notes: fifth session) plus PolNeAR's wire reports as weak reporting at weight 0.01, the
# reporting prior kept: the weight that reads fictional wire reports as reporting while fictional partisan
# news-style pieces stay opinion; CV and nested CV both a little higher than without them (notes: "Genre, seventh session")
RECIPES = {"en": Recipe("style, C=10.0, balanced^1.0", C=10.0, weak=("polnear-wire",), weak_weight=0.01, weak_keep_prior=True)}


# ---- data -------------------------------------------------------------------------------

# Weakly-labelled reporting: news reports from other English collections in ../shared/data, read
# at training time only. "polnear-wire": PolNeAR *train* articles that its metadata credits to a
# wire service (no editorials among them); "basil": BASIL's news articles (Fox, NYT, HuffPost
# reports of the same events; the set has no opinion section).
WEAK_SOURCES = ("polnear-wire", "basil")
WIRES = frozenset({"ap", "upi", "afp", "reuters"})


def _polnear_wire(root: Path) -> list[tuple[str, str]]:
    """PolNeAR train articles credited to a wire service (metadata column ``wire``)."""
    import csv

    base = root / "polnear"
    if not (base / "metadata.tsv").is_file():
        from newsprism.datasets import DataMissing

        raise DataMissing(f"{base / 'metadata.tsv'} not found (weak reporting for the English genre model)")
    with open(base / "metadata.tsv", encoding="utf-8", newline="") as fh:
        wire = {r["filename"] for r in csv.DictReader(fh, delimiter="\t") if r["wire"].strip().lower() in WIRES}
    folder = base / "train" / "text"
    return [(f"polnear/{p.stem}", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt")) if p.stem in wire]


def _basil(root: Path) -> list[tuple[str, str]]:
    """BASIL articles as 'title, blank line, paragraphs' (their first paragraph is the title)."""
    import json

    out = []
    for p in sorted((root / "basil" / "articles").glob("*/*.json")):
        paras = json.loads(p.read_text(encoding="utf-8"))["body-paragraphs"]
        out.append((f"basil/{p.stem}", "\n\n".join(" ".join(sents) for sents in paras if sents)))
    return out


def weak_reporting(root: Path, sources: tuple[str, ...], cap: int | None = None) -> list[tuple[str, str]]:
    """``(id, text)`` of the weakly-labelled reporting articles (sorted by id; a seeded sample of
    ``cap`` when given)."""
    import random

    readers = {"polnear-wire": _polnear_wire, "basil": _basil}
    out = sorted(it for src in sources for it in readers[src](root))
    if cap is not None and cap < len(out):
        out = sorted(random.Random(SEED).sample(out, cap))
    return out


def items(root: Path, lang: str, include_held: bool) -> list[tuple[str, str, str]]:
    """``(id, text, label)`` of the subtask-1 training articles (sorted by id)."""
    from newsprism.techniques.data import held_out, read_article_labels, read_articles

    base = root / "semeval2023" / lang
    articles = read_articles(base / "train-articles-subtask-1")
    gold = read_article_labels(base / "train-labels-subtask-1.txt")
    return [
        (aid, articles[aid], next(iter(gold[aid])))
        for aid in sorted(gold)
        if aid in articles and gold[aid] and (include_held or not held_out(aid))
    ]


# ---- fitting ----------------------------------------------------------------------------


def _class_weights(y: list[str], classes: list[str], power: float) -> dict[str, float] | None:
    if power == 0:
        return None
    n, k = len(y), len(classes)
    return {c: (n / (k * y.count(c))) ** power for c in classes}


def fit(recipe: Recipe, X_style, X_bag, y: list[str], meta: dict | None = None, compress: bool = True, weak=None):
    """A GenreModel from style rows ``X_style`` (numpy, all FEATURES) and bag rows ``X_bag``
    (CSR over 2**BAG_BITS columns, or None when the recipe has no bag). ``compress``: fit the bag
    on the hashed columns that occur only (the same optimum, far faster; the solver's stopping
    point differs in the 5th decimal, so the older recipe's artefacts are fitted uncompressed).
    ``weak``: style rows of weakly-labelled reporting articles, added with ``recipe.weak_weight``
    (times the reporting class weight); the standardisation and class weights stay those of the
    SemEval rows, so a weight of 0 gives the model without them."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    from newsprism.techniques.genre import FEATURES, GenreModel

    names = list(recipe.features or FEATURES)
    cols = [FEATURES.index(f) for f in names]
    classes = sorted(set(y))
    parts, mean, scale = [], np.zeros(len(names)), np.ones(len(names))
    if recipe.dense:
        Xd = np.asarray(X_style)[:, cols]
        mean = Xd.mean(axis=0)
        scale = Xd.std(axis=0)
        scale[scale < 1e-9] = 1.0
        Z = np.clip((Xd - mean) / scale, -CLIP, CLIP) * recipe.alpha
        parts.append(csr_matrix(Z) if recipe.bag else Z)
    used = np.zeros(0, dtype=np.int64)
    if recipe.bag:
        used = np.unique(X_bag.indices).astype(np.int64) if compress else np.arange(1 << BAG_BITS)
        parts.insert(0, X_bag[:, used])
    X = (hstack(parts).tocsr() if recipe.bag else parts[0]) if len(parts) > 1 else parts[0]
    clf = LogisticRegression(
        C=recipe.C, max_iter=5000, class_weight=_class_weights(y, classes, recipe.weight_power), random_state=SEED
    )
    if weak is not None and len(weak) and recipe.weak_weight > 0:
        assert not recipe.bag, "weak reporting rows are style rows only"
        Zw = np.clip((np.asarray(weak)[:, cols] - mean) / scale, -CLIP, CLIP) * recipe.alpha
        sw = np.concatenate([np.ones(len(y)), np.full(len(Zw), recipe.weak_weight)])
        if recipe.weak_keep_prior:
            n_rep = sum(1 for c in y if c == "reporting")
            factor = n_rep / (n_rep + recipe.weak_weight * len(Zw))
            sw[[i for i, c in enumerate(y) if c == "reporting"]] *= factor
            sw[len(y) :] *= factor
        clf.fit(np.vstack([X, Zw]), list(y) + ["reporting"] * len(Zw), sample_weight=sw)
    else:
        clf.fit(X, y)
    assert [str(c) for c in clf.classes_] == classes
    coef, bias = clf.coef_, clf.intercept_
    if len(classes) == 2:  # one column for two classes: expand to softmax form
        coef = np.vstack([-coef / 2, coef / 2])
        bias = np.asarray([-bias[0] / 2, bias[0] / 2])
    bias = bias.astype(np.float64).copy()
    for j, c in enumerate(classes):
        if c != "opinion":
            bias[j] += recipe.shift
    nb = len(used)
    bag = None
    if recipe.bag:
        bag = np.zeros((1 << BAG_BITS, len(classes)), dtype=np.float32)
        bag[used] = coef[:, :nb].T
    dense = coef[:, nb:].T * recipe.alpha if recipe.dense else np.zeros((len(names), len(classes)))
    m = {
        "recipe": recipe.name,
        "C": recipe.C,
        "alpha": recipe.alpha,
        "weight_power": recipe.weight_power,
        "shift": recipe.shift,
        "clip": CLIP,
        "seed": SEED,
    }
    if recipe.weak and recipe.weak_weight > 0:
        m.update(weak=list(recipe.weak), weak_weight=recipe.weak_weight, weak_cap=recipe.weak_cap)
        m.update(weak_keep_prior=recipe.weak_keep_prior)
        m.update(weak_articles=0 if weak is None else len(weak))
    m.update(meta or {})
    return GenreModel(classes, names, mean, scale, dense, bias, BAG_BITS if recipe.bag else 0, bag, m)


def predict(model, X_style, bag_rows) -> list[str]:
    import numpy as np

    from newsprism.techniques.genre import FEATURES

    cols = [FEATURES.index(f) for f in model.features]
    z = model.scores_from(np.asarray(X_style)[:, cols], bag_rows if model.bits else None)
    return [model.classes[j] for j in z.argmax(axis=1)]


# ---- cross-validation ---------------------------------------------------------------------


def cross_validate(recipes, texts: list[str], y: list[str], seeds=CV_SEEDS, folds=CV_FOLDS, extra=None, weak=None):
    """Per recipe: macro-F1 and per-class F1 of the pooled out-of-fold predictions, averaged
    over the fold seeds (stratified folds by article). ``extra``: optional (X_style, bag, y) of
    other articles added to every training fold (never scored). ``weak``: style rows of weak
    reporting articles, passed to ``fit`` for every training fold (never scored)."""
    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    from newsprism.techniques.features import bag_features
    from newsprism.techniques.genre import style_vector
    from newsprism.techniques.linear import design_matrix

    X_style = np.stack([style_vector(t) for t in texts])
    bag_rows = [bag_features(t) for t in texts]
    X_bag = design_matrix(bag_rows, BAG_BITS)
    classes = sorted(set(y))
    ya = np.asarray(y)
    out = {}
    for r in recipes:
        macro, per = [], []
        for seed in seeds:
            pred = np.empty(len(y), dtype=object)
            for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X_style, ya):
                Xs, Xb, yy = X_style[tr], X_bag[tr], list(ya[tr])
                if extra is not None:
                    from scipy.sparse import vstack

                    Xs = np.vstack([Xs, extra[0]])
                    Xb = vstack([Xb, extra[1]]).tocsr()
                    yy = yy + list(extra[2])
                model = fit(r, Xs, Xb if r.bag else None, yy, weak=weak)
                pred[te] = predict(model, X_style[te], [bag_rows[i] for i in te])
            macro.append(f1_score(ya, list(pred), labels=classes, average="macro", zero_division=0))
            per.append(f1_score(ya, list(pred), labels=classes, average=None, zero_division=0))
        out[r.name] = (float(np.mean(macro)), float(np.std(macro)), dict(zip(classes, np.mean(per, axis=0), strict=True)))
    return out


def nested_cv(recipes, texts: list[str], y: list[str], seeds=CV_SEEDS, folds=CV_FOLDS, weak=None):
    """An honest figure for choosing among ``recipes`` (style only): in each outer fold the recipe
    with the best inner 5-fold macro-F1 on the outer training part is refitted and scored.
    ``weak``: style rows of weak reporting articles added to every (inner and outer) training part."""
    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    from newsprism.techniques.genre import style_vector

    X = np.stack([style_vector(t) for t in texts])
    ya = np.asarray(y)
    classes = sorted(set(y))
    macro, per, chosen = [], [], []
    for seed in seeds:
        pred = np.empty(len(y), dtype=object)
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, ya):
            best, best_f = None, -1.0
            for r in recipes:
                inner = np.empty(len(tr), dtype=object)
                for itr, ite in StratifiedKFold(folds, shuffle=True, random_state=seed + 100).split(X[tr], ya[tr]):
                    m = fit(r, X[tr][itr], None, list(ya[tr][itr]), weak=weak)
                    inner[ite] = predict(m, X[tr][ite], None)
                f = f1_score(ya[tr], list(inner), labels=classes, average="macro", zero_division=0)
                if f > best_f:
                    best, best_f = r, f
            chosen.append(best.name)
            pred[te] = predict(fit(best, X[tr], None, list(ya[tr]), weak=weak), X[te], None)
        macro.append(f1_score(ya, list(pred), labels=classes, average="macro", zero_division=0))
        per.append(f1_score(ya, list(pred), labels=classes, average=None, zero_division=0))
    return float(np.mean(macro)), float(np.std(macro)), dict(zip(classes, np.mean(per, axis=0), strict=True)), chosen


# ---- training -----------------------------------------------------------------------------


def train_genre(root: Path, lang: str, include_held: bool, out_dir: Path) -> None:
    """Write ``genre-{lang}.npz``: the style recipe for languages in RECIPES, else the older
    bag-of-words recipe as a LinearModel (same as newsprism.train.techniques before)."""
    import numpy as np

    from newsprism.techniques.features import bag_features
    from newsprism.techniques.genre import model_name, style_vector
    from newsprism.techniques.linear import design_matrix

    data = items(root, lang, include_held)
    texts, y = [t for _, t, _ in data], [lab for _, _, lab in data]
    counts = {c: y.count(c) for c in sorted(set(y))}
    meta = {"lang": lang, "articles": len(data), "counts": counts, "trained": MODEL_VERSION}
    out_dir.mkdir(parents=True, exist_ok=True)
    recipe = RECIPES.get(lang)
    if recipe is None:
        X_bag = design_matrix([bag_features(t) for t in texts], BAG_BITS)
        model = fit(BASELINE, np.zeros((len(y), 1)), X_bag, y, compress=False)
        _old_format(model, lang, meta).save(out_dir / model_name(lang))
    else:
        X_style = np.stack([style_vector(t) for t in texts])
        X_bag = design_matrix([bag_features(t) for t in texts], BAG_BITS) if recipe.bag else None
        weak = _weak_rows(root, recipe)
        fit(recipe, X_style, X_bag, y, meta, weak=weak).save(out_dir / model_name(lang))
    weak_note = f" + {recipe.weak_weight} x weak reporting {list(recipe.weak)}" if recipe and recipe.weak else ""
    print(
        f"genre-{lang}: {len(data)} articles {counts}, recipe {recipe.name if recipe else BASELINE.name}{weak_note}", flush=True
    )


def _weak_rows(root: Path, recipe: Recipe):
    """Style rows of the recipe's weak reporting articles, or None when it uses none."""
    import numpy as np

    from newsprism.techniques.genre import style_vector

    if not recipe.weak or recipe.weak_weight <= 0:
        return None
    return np.stack([style_vector(t) for _, t in weak_reporting(root, recipe.weak, recipe.weak_cap)])


def _old_format(model, lang: str, meta: dict):
    """The older recipe's artefact: a plain multiclass LinearModel over the bag (bias = LR bias)."""
    import numpy as np

    from newsprism.techniques.linear import LinearModel

    m = {"lang": lang, "C": OLD_C, "seed": SEED, "articles": meta["articles"], "trained": OLD_VERSION}
    return LinearModel("multiclass", model.classes, model.bag, model.bias.astype(np.float32), BAG_BITS, m)


def _fmt(m: float, s: float, per: dict) -> str:
    return f"macro-F1 {m:.3f} ± {s:.3f}  " + "  ".join(f"{c} {v:.3f}" for c, v in per.items())


def _weak_table(root: Path, texts, y, sources: tuple[str, ...], weights, cap: int | None, nested: bool, keep: bool) -> None:
    """CV (and nested CV) of the English recipe with weak reporting articles at each weight."""
    from dataclasses import replace

    import numpy as np

    from newsprism.techniques.genre import style_vector

    weak = weak_reporting(root, sources, cap)
    W = np.stack([style_vector(t) for _, t in weak])
    print(f"weak reporting: {len(weak)} articles from {', '.join(sources)} (cap {cap}, keep prior {keep})", flush=True)
    for w in weights:
        r = replace(RECIPES["en"], weak=sources, weak_weight=w, weak_cap=cap, weak_keep_prior=keep)
        ((_, (m, s, per)),) = cross_validate([r], texts, y, weak=W).items()
        print(f"w={w:<5} {r.name:<30} {_fmt(m, s, per)}", flush=True)
        if nested:
            grid = [replace(v, weak=sources, weak_weight=w, weak_cap=cap, weak_keep_prior=keep) for v in _variants(True)]
            m, s, per, _ = nested_cv(grid, texts, y, weak=W)
            print(f"w={w:<5} {'nested over the style grid':<30} {_fmt(m, s, per)}", flush=True)


def _weak_grid(root: Path, texts, y, sources: tuple[str, ...], weights, cap: int | None, keep: bool) -> None:
    """Nested CV whose inner loop chooses the weak weight along with the style variant."""
    from dataclasses import replace

    import numpy as np

    from newsprism.techniques.genre import style_vector

    W = np.stack([style_vector(t) for _, t in weak_reporting(root, sources, cap)])
    grid = [
        replace(v, name=f"{v.name}, weak {w}", weak=sources, weak_weight=w, weak_cap=cap, weak_keep_prior=keep)
        for v in _variants(True)
        for w in weights
    ]
    m, s, per, chosen = nested_cv(grid, texts, y, weak=W)
    print(f"nested over the style grid x weak weights {list(weights)}: {_fmt(m, s, per)}")
    print("chosen per outer fold: " + "; ".join(chosen), flush=True)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cv", action="store_true", help="print the cross-validation table of the variants")
    p.add_argument("--lang", default="en")
    p.add_argument("--extra-langs", nargs="*", default=[], help="add these languages' training articles to each fold")
    p.add_argument("--style-only", action="store_true", help="only the style variants (no bag of words)")
    p.add_argument("--nested", action="store_true", help="nested CV over the style variants (an honest figure)")
    p.add_argument("--independent", action="store_true", help="only the language-independent style features")
    p.add_argument("--weak", nargs="+", choices=WEAK_SOURCES, help="weak reporting sources: CV per --weak-weights")
    p.add_argument("--weak-weights", nargs="+", type=float, default=[0.0, 0.1, 0.3, 1.0])
    p.add_argument("--weak-cap", type=int, default=None, help="at most this many weak articles")
    p.add_argument("--keep-prior", action="store_true", help="keep the reporting class's total weight")
    p.add_argument("--weak-grid", action="store_true", help="one nested CV that also chooses the weak weight inside")
    args = p.parse_args(argv)
    from newsprism import datasets

    root = datasets.path("ptc2020").parent
    data = items(root, args.lang, include_held=False)
    texts, y = [t for _, t, _ in data], [lab for _, _, lab in data]
    print(f"{args.lang}: {len(y)} training articles " + str({c: y.count(c) for c in sorted(set(y))}), flush=True)
    extra = None
    if args.extra_langs:
        import numpy as np

        from newsprism.techniques.features import bag_features
        from newsprism.techniques.genre import style_vector
        from newsprism.techniques.linear import design_matrix

        ex = [it for lg in args.extra_langs for it in items(root, lg, include_held=False)]
        extra = (
            np.stack([style_vector(t) for _, t, _ in ex]),
            design_matrix([bag_features(t) for _, t, _ in ex], BAG_BITS),
            [lab for _, _, lab in ex],
        )
    if args.weak:
        _weak_table(root, texts, y, tuple(args.weak), args.weak_weights, args.weak_cap, args.nested, args.keep_prior)
        if args.weak_grid:
            _weak_grid(root, texts, y, tuple(args.weak), args.weak_weights, args.weak_cap, args.keep_prior)
        return
    if args.nested:
        m, s, per, chosen = nested_cv(_variants(True), texts, y)
        print(
            f"nested CV over the style variants: macro-F1 {m:.3f} ± {s:.3f}  " + "  ".join(f"{c} {v:.3f}" for c, v in per.items())
        )
        print("chosen per outer fold: " + "; ".join(chosen))
        return
    for r in _variants(args.style_only, INDEPENDENT if args.independent else None):
        ((name, (m, s, per)),) = cross_validate([r], texts, y, extra=extra).items()
        print(f"{name:<40} macro-F1 {m:.3f} ± {s:.3f}  " + "  ".join(f"{c} {v:.3f}" for c, v in per.items()), flush=True)


if __name__ == "__main__":
    main()
