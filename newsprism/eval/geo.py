"""``newsprism eval geo``: toponym recognition and resolution on LGL / TR-News / GeoVirus XML.

Recognition: precision, recall and F1 of the ``place`` layer's spans (toponyms and demonyms)
against the gold toponyms, with exact offsets and with overlapping spans. Resolution, on the
gold toponyms that were found with exact offsets and carry gold coordinates: the share whose
GeoNames id equals the gold id (only where the gold has an id), and accuracy within 161 km
(100 miles) of the gold coordinates; a prediction without coordinates counts as wrong.

Gold offsets that do not index the phrase exactly (TR-News: some, GeoVirus: all, off by one
or two characters) are re-aligned to the nearest occurrence of the phrase within 5
characters; the number re-aligned and dropped is reported.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

from newsprism.eval import Evaluation, Report, prf

WINDOW = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=None, help="corpus XML (default: ../shared/data/geo/lgl.xml)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-demonyms", action="store_true", help="do not count demonym spans ('Russian') as toponyms")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the project's)")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also list the N most frequent resolution misses (phrase -> chosen place, gold point, km) and recognition "
        "misses (gold toponyms not found, spans that are not gold), with a count per kind of resolution miss",
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def align(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """Gold offsets as they index ``phrase`` in ``text``, re-aligned within WINDOW characters."""
    if text[start:end] == phrase:
        return start, end
    best = None
    for s in range(max(0, start - WINDOW), min(len(text), start + WINDOW) + 1):
        if text.startswith(phrase, s) and (best is None or abs(s - start) < abs(best - start)):
            best = s
    return (best, best + len(phrase)) if best is not None else None


def run(args: argparse.Namespace) -> Report:
    from newsprism import datasets
    from newsprism.geo.corpus import read
    from newsprism.model import Article
    from newsprism.pipeline import Pipeline

    path = args.corpus or datasets.path("geo", "lgl.xml")
    articles = read(path)
    if args.limit:
        articles = articles[: args.limit]
    pipe = Pipeline(["place"], model=args.model)
    pipe.warm_up()
    n_gold = n_pred = tp = 0
    ov_pred_ok = ov_gold_ok = 0
    realigned = dropped = 0
    res_n = res_id_n = res_id_ok = res_ok = 0
    errors: list[float] = []
    misses: Counter = Counter()  # (phrase, chosen, gold point) -> n
    miss_kinds: Counter = Counter()
    not_found: Counter = Counter()
    not_gold: Counter = Counter()
    seconds = 0.0
    words = n_articles = 0
    for art in articles:
        gold = []
        for t in art.toponyms:
            span = align(art.text, t.start, t.end, t.phrase)
            if span is None:
                dropped += 1
                continue
            realigned += span != (t.start, t.end)
            gold.append((span, t))
        analysis = pipe(Article(text=art.text, language="en"))
        if n_articles:  # the first article pays for loading the gazetteer
            seconds += sum(r.seconds for r in analysis.layers if r.name == "place")
            words += len(art.text.split())
        n_articles += 1
        preds = [s for s in analysis.spans_of("place") if not (args.no_demonyms and s.label == "demonym")]
        pred_at = {(s.start, s.end): s for s in preds}
        n_gold += len(gold)
        n_pred += len(pred_at)
        gold_spans = {span for span, _ in gold}
        tp += len(gold_spans & set(pred_at))
        ov_pred_ok += sum(1 for p in pred_at if any(p[0] < g[1] and g[0] < p[1] for g in gold_spans))
        ov_gold_ok += sum(1 for g in gold_spans if any(p[0] < g[1] and g[0] < p[1] for p in pred_at))
        if args.errors:
            not_found.update(t.phrase for span, t in gold if span not in pred_at)
            not_gold.update(s.text for p, s in pred_at.items() if p not in gold_spans)
        for span, t in gold:
            s = pred_at.get(span)
            if s is None or t.lat is None or t.lon is None:
                continue
            res_n += 1
            lat, lon = s.attrs.get("lat"), s.attrs.get("lon")
            err = haversine_km(lat, lon, t.lat, t.lon) if lat is not None and lon is not None else math.inf
            errors.append(err)
            res_ok += err <= 161
            if args.errors and err > 161:
                where = "/".join(x for x in (s.attrs.get("country"), s.attrs.get("admin1")) if x)
                chosen = f"{s.attrs.get('name')} ({s.attrs.get('kind')}{', ' + where if where else ''})"
                misses[(t.phrase, chosen, f"{t.lat:.2f},{t.lon:.2f}", round(err) if math.isfinite(err) else -1)] += 1
                miss_kinds[_miss_kind(s, t, err)] += 1
            if t.geonameid:
                res_id_n += 1
                res_id_ok += s.attrs.get("geonameid") == t.geonameid
    p, r, f = prf(tp, n_pred, n_gold)
    op, orr, _ = prf(ov_pred_ok, n_pred, n_gold)
    orr = ov_gold_ok / n_gold if n_gold else 0.0
    of = 2 * op * orr / (op + orr) if op + orr else 0.0
    finite = sorted(e for e in errors if math.isfinite(e))
    median = finite[len(finite) // 2] if finite else math.nan
    acc = res_ok / res_n if res_n else 0.0
    exact = res_id_ok / res_id_n if res_id_n else 0.0
    lines = [
        f"corpus {path} ({len(articles)} articles, {n_gold} gold toponyms; {realigned} gold offsets re-aligned, {dropped} dropped)",
        f"predicted place spans {n_pred} ({'without' if args.no_demonyms else 'with'} demonyms)",
        f"recognition exact:   P {p:.3f}  R {r:.3f}  F1 {f:.3f}",
        f"recognition overlap: P {op:.3f}  R {orr:.3f}  F1 {of:.3f}",
        f"resolution on {res_n} exactly found gold toponyms with coordinates: acc@161km {acc:.3f}, "
        f"median error {median:.1f} km, no coordinates {sum(1 for e in errors if not math.isfinite(e))}",
        f"GeoNames id exact match on {res_id_n} with a gold id: {exact:.3f}"
        if res_id_n
        else "GeoNames id exact match: n/a (the gold has no GeoNames ids)",
        f"place layer time {1000 * seconds / max(1, n_articles - 1):.1f} ms/article, {700_000 * seconds / max(1, words):.1f} ms per 700 words (first article, which loads the gazetteer, left out)",
    ]
    if args.errors:
        lines.append(f"resolution misses by kind: {', '.join(f'{k} {n}' for k, n in miss_kinds.most_common())}")
        lines.append(f"most frequent resolution misses (of {sum(misses.values())}):")
        lines += [
            f"  {n:3d}  {ph!r} -> {chosen}; gold {pt}; {km if km >= 0 else 'no point'} km"
            for (ph, chosen, pt, km), n in misses.most_common(args.errors)
        ]
        lines.append(f"gold toponyms not found ({sum(not_found.values())}): " + _top(not_found, args.errors))
        lines.append(f"place spans that are not gold ({sum(not_gold.values())}): " + _top(not_gold, args.errors))
    metrics = {
        "rec_p": round(p, 4),
        "rec_r": round(r, 4),
        "rec_f1": round(f, 4),
        "rec_overlap_p": round(op, 4),
        "rec_overlap_r": round(orr, 4),
        "rec_overlap_f1": round(of, 4),
        "res_n": res_n,
        "res_acc161": round(acc, 4),
        "res_median_km": round(median, 1) if math.isfinite(median) else -1.0,
    }
    if res_id_n:
        metrics["res_exact_id"] = round(exact, 4)
    return Report("geoparsing (place layer)", lines, metrics)


def _top(counter: Counter, n: int) -> str:
    return ", ".join(f"{k!r} {v}" for k, v in counter.most_common(n))


def _miss_kind(span, gold, err: float) -> str:
    """A coarse label for a resolution miss, from the chosen place alone (no second gazetteer look-up)."""
    if not math.isfinite(err):
        return "chosen place has no point"
    kind = span.attrs.get("kind")
    if kind in ("country", "admin1", "continent"):
        return f"{kind} chosen, {'far' if err > 1000 else 'point'} off"
    if kind == "admin2":
        return "county chosen"
    if kind == "city":
        return "another town chosen, same country" if err < 3000 else "another town chosen, far away"
    return f"{kind} chosen"


EVALUATION = Evaluation(
    "geo", "toponym recognition P/R/F1 and resolution (GeoNames id, acc@161 km) on LGL/TR-News/GeoVirus XML", add_arguments, run
)
