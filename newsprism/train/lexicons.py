"""``newsprism train lexicons``: grow the framing lexicon from PTC spans and BABE biased words.

Reads ``ptc2020`` (train articles + technique spans) and ``babe`` (SG2 biased words and the
bias word lexicon) and rewrites ``data/framing/lexicon_generated.json``; the hand-seeded
``lexicon_seed.json`` is never touched. Only the *grow* part of PTC is read: articles with
``int(sha1(id), 16) % 5 != 0``; the rest is held out for ``newsprism eval lexicon``.

A PTC word or word pair is kept when it occurs at least ``--min-count`` times inside
Loaded_Language / Name_Calling,Labeling spans and at least ``--min-ratio`` of its
occurrences (add-one smoothed) are inside such spans. A BABE word is kept when PTC does not
contradict it: it occurs in the PTC grow part with a span ratio of at least
``--babe-min-ratio``, or is absent from PTC and marked biased in at least ``--babe-min-support``
BABE sentences (or in two and listed in BABE's bias word lexicon). Deterministic (no sampling), so no seed is needed.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import re
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

from newsprism.train import Trainer

LOADED, NAME_CALLING = "Loaded_Language", "Name_Calling,Labeling"
WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
# Function and very common words never become lexicon entries.
STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "more",
        "most",
        "much",
        "must",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "says",
        "said",
        "say",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "one",
        "two",
        "three",
        "new",
        "get",
        "got",
        "go",
        "going",
        "know",
        "people",
        "time",
        "year",
        "years",
        "day",
        "days",
        "way",
        "well",
        "back",
        "still",
        "even",
        "us",
        "mr",
        "mrs",
        "ms",
        "s",
        "t",
        "don",
        "didn",
        "doesn",
        "isn",
        "wasn",
        "aren",
        "according",
    ]
)


def is_heldout(article_id: str) -> bool:
    """The PTC articles kept out of lexicon growing (20%, by a hash of the id)."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 == 0


def read_ptc_labels(path: Path) -> dict[str, list[tuple[str, int, int]]]:
    """article id → [(technique, start, end)]; accepts one TSV or a folder of .labels files."""
    files = sorted(path.glob("*.labels")) if path.is_dir() else [path]
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            spans.setdefault(parts[0], []).append((parts[1], int(parts[2]), int(parts[3])))
    return spans


def ptc_counts(articles: Path, labels: Path) -> tuple[Counter, Counter, Counter, Counter, Counter, Counter]:
    """Occurrence counts of words and word pairs: all, inside Loaded_Language, inside Name_Calling."""
    spans = read_ptc_labels(labels)
    tot1, ll1, nc1, tot2, ll2, nc2 = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for path in sorted(articles.glob("article*.txt")):
        aid = path.stem.removeprefix("article")
        if is_heldout(aid):
            continue
        text = path.read_text(encoding="utf-8")
        mark = bytearray(len(text))  # bit 1 = Loaded_Language, bit 2 = Name_Calling
        for tech, s, e in spans.get(aid, []):
            bit = 1 if tech == LOADED else 2 if tech == NAME_CALLING else 0
            for k in range(max(0, s), min(len(text), e)):
                mark[k] |= bit
        words = [(m.group(0).lower(), m.start(), m.end()) for m in WORD.finditer(text)]
        flags = [mark[s] | mark[e - 1] for _, s, e in words]
        for idx, (w, _, _) in enumerate(words):
            tot1[w] += 1
            ll1[w] += bool(flags[idx] & 1)
            nc1[w] += bool(flags[idx] & 2)
            if idx + 1 < len(words) and text[words[idx][2] : words[idx + 1][1]] == " ":
                pair = f"{w} {words[idx + 1][0]}"
                tot2[pair] += 1
                f = flags[idx] & flags[idx + 1]
                ll2[pair] += bool(f & 1)
                nc2[pair] += bool(f & 2)
    return tot1, ll1, nc1, tot2, ll2, nc2


def babe_words(folder: Path) -> tuple[Counter, set[str]]:
    """Biased-word support in SG2 sentences, and the words of the bias word lexicon."""
    support: Counter = Counter()
    with (folder / "final_labels_SG2.csv").open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row.get("label_bias") != "Biased":
                continue
            try:
                words = ast.literal_eval(row.get("biased_words") or "[]")
            except (ValueError, SyntaxError):
                continue
            for w in {str(w).strip().lower() for w in words}:
                if WORD.fullmatch(w):
                    support[w] += 1
    lexicon: set[str] = set()
    xlsx = folder / "bias_word_lexicon.xlsx"
    if xlsx.exists():
        lexicon = {w.lower() for w in _xlsx_first_column(xlsx) if WORD.fullmatch(w.strip())}
    return support, lexicon


def _xlsx_first_column(path: Path) -> list[str]:
    """Values of column A of the first sheet, without openpyxl (zip + XML)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)
        ]
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    out = []
    for c in sheet.iter(f"{{{ns['m']}}}c"):
        if not re.fullmatch(r"A\d+", c.get("r", "")):
            continue
        v = c.find("m:v", ns)
        if v is None or v.text is None:
            continue
        out.append(shared[int(v.text)] if c.get("t") == "s" else v.text)
    return out


def excluded() -> set[str]:
    """Hand-listed words never to generate (``data/framing/lexicon_exclude.txt``)."""
    from newsprism.resources import data_path

    lines = data_path("framing", "lexicon_exclude.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip().lower() for w in lines if w.strip() and not w.startswith("#")}


def grow(args: argparse.Namespace) -> dict:
    from newsprism import datasets

    articles = args.articles or datasets.path("ptc2020", "train-articles")
    labels = args.labels or datasets.path("ptc2020", "train-task-flc-tc.labels")
    tot1, ll1, nc1, tot2, ll2, nc2 = ptc_counts(articles, labels)
    entries: list[dict] = []
    kept: set[str] = set(excluded())

    def add(term: str, tot: int, ll: int, nc: int, source: str, extra: dict | None = None) -> None:
        kind = "label" if nc > ll else "loaded"
        category = "ptc_name_calling" if kind == "label" else "ptc_loaded_language"
        if source == "babe":
            category = "babe_biased_word"
        support = {"ptc_occurrences": tot, "in_loaded": ll, "in_name_calling": nc, **(extra or {})}
        entries.append({"term": term, "kind": kind, "category": category, "source": source, "support": support})
        kept.add(term)

    for w, tot in sorted(tot1.items()):
        hits = ll1[w] + nc1[w]
        if w in kept or w in STOP or len(w) < 3 or hits < args.min_count:
            continue
        if hits / (tot + 1) >= args.min_ratio:
            add(w, tot, ll1[w], nc1[w], "ptc")
    for pair, tot in sorted(tot2.items()):
        a, b = pair.split(" ")
        hits = ll2[pair] + nc2[pair]
        if pair in kept or hits < args.min_count or a in kept or b in kept or a in STOP or b in STOP or min(len(a), len(b)) < 3:
            continue
        if hits / (tot + 1) >= args.min_ratio:
            add(pair, tot, ll2[pair], nc2[pair], "ptc")

    babe = args.babe or datasets.path("babe")
    support, lexicon = babe_words(babe)
    for w in sorted(set(support) | lexicon):
        if w in kept or w in STOP or len(w) < 4:
            continue
        tot = tot1.get(w, 0)
        hits = ll1[w] + nc1[w]
        if tot:
            ok = tot >= 2 and hits / (tot + 1) >= args.babe_min_ratio
        else:  # not in PTC: needs BABE's lexicon and sentences, or many sentences
            ok = support[w] >= args.babe_min_support or (w in lexicon and support[w] >= 2)
        if ok:
            add(w, tot, ll1[w], nc1[w], "babe", {"babe_sentences": support[w], "in_babe_lexicon": w in lexicon})
    params = {k: getattr(args, k) for k in ("min_count", "min_ratio", "babe_min_ratio", "babe_min_support")}
    return {
        "_doc": "GENERATED by `newsprism train lexicons` — do not edit; hand entries go in lexicon_seed.json.",
        "params": params,
        "grow_split": "ptc2020 train articles with int(sha1(id),16) % 5 != 0",
        "entries": entries,
    }


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--articles", type=Path, help="PTC articles folder (default ptc2020/train-articles)")
    p.add_argument("--labels", type=Path, help="PTC technique labels, TSV file or folder")
    p.add_argument("--babe", type=Path, help="BABE folder (default babe)")
    p.add_argument("--min-count", type=int, default=3)
    p.add_argument("--min-ratio", type=float, default=0.5)
    p.add_argument("--babe-min-ratio", type=float, default=0.35)
    p.add_argument("--babe-min-support", type=int, default=5)
    p.add_argument("--out", type=Path, help="output JSON (default: the packaged lexicon_generated.json)")


def run(args: argparse.Namespace) -> None:
    from newsprism.resources import data_path

    data = grow(args)
    out = args.out or data_path("framing", "lexicon_generated.json")
    lines = [f"  {json.dumps(e, ensure_ascii=False, sort_keys=True)}" for e in data["entries"]]
    head = {k: v for k, v in data.items() if k != "entries"}
    body = json.dumps(head, ensure_ascii=False, indent=2)[:-2] + ',\n  "entries": [\n' + ",\n".join(lines) + "\n  ]\n}\n"
    out.write_text(body, encoding="utf-8")
    by = Counter(e["source"] for e in data["entries"])
    print(f"wrote {out}: {len(data['entries'])} entries ({', '.join(f'{k} {v}' for k, v in sorted(by.items()))})")


TRAINER = Trainer(
    name="lexicons",
    help="grow the framing label/loaded lexicon from PTC (grow split) and BABE",
    add_arguments=add_arguments,
    run=run,
)
