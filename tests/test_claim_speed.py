"""The seventh session's speed work keeps every result: each shortcut against the plain
computation it replaces, on text written for these tests and on random cases."""

from __future__ import annotations

import random
import re

import pytest

from newsprism import nlp
from newsprism.claims import assertions, attribution, consistency
from newsprism.claims.guard import guarded
from newsprism.resources import load_json

TEXT = (
    "Khankendi, 12 March 2024 (Caspian Herald) — The convoy of twelve trucks reached the Lachin road on "
    "Tuesday, according to the border service. “We will not open the crossing until the inspection is "
    "finished,” a spokesman, Elnur Safarli, told reporters. He said that about 120,000 people were waiting.\n\n"
    "Undoubtedly the blockade has been documented, the mayor's office claimed. Documents show that ten trucks "
    "returned, and the agreement of November 10, 2020 was reportedly violated again. It is said that the "
    "trilateral statement of 9 November 2020 was ignored.\n\n"
    "“The road is closed,” said Ana Petrova, the deputy minister. “But the talks go on.” Officials have been "
    "asked to comment? Analysts believe that more than 200 soldiers were killed, while the ministry says 150 died."
)


@pytest.fixture(scope="module")
def doc():
    return nlp.load()(TEXT)


def _random_text(rng: random.Random, n: int) -> str:
    words = [*TEXT.split(), "\u017faid", "\u212aey", "\u0130t", "\u0131s", "\u0663", "10.11.2020", "2020-11-10"]
    words += ["UNDOUBTEDLY", "Reportedly", "NOVEMBER 10", "evidence shows", "it is said", "twenty-one", "a dozen"]
    glue = [" ", "  ", "\n", ", ", "-", "", "\u00a0", "."]
    return "".join(rng.choice(words) + rng.choice(glue) for _ in range(n))


def _same_matches(a: re.Pattern, b: re.Pattern, text: str) -> None:
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
    for pos in range(0, len(text), 7):
        ma, mb = a.match(text, pos), b.match(text, pos)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))


def test_guarded_patterns_match_exactly_what_the_originals_match():
    rng = random.Random(7)
    cues = load_json("claims", "assertion_cues.json")
    originals = [r"\b(?:" + "|".join(cues[k]) + r")\b" for k in ("epistemic", "evidence", "hedged")]
    for raw in originals:
        plain, fast = re.compile(raw, re.IGNORECASE), guarded(raw, re.IGNORECASE)
        assert fast.pattern != plain.pattern  # a guard was derived
        for text in [TEXT, *(_random_text(rng, 300) for _ in range(20))]:
            _same_matches(plain, fast, text)
    for fast in (consistency.DATE_RE, consistency.NUM_RE, consistency._referent_patterns()[0]):
        plain = re.compile(re.sub(r"^\\b\(\?=\[[^]]*\]\)", r"\\b", fast.pattern), fast.flags)
        assert plain.pattern != fast.pattern
        for text in [TEXT, *(_random_text(rng, 300) for _ in range(20))]:
            _same_matches(plain, fast, text)


def test_no_guard_where_the_first_character_cannot_be_told():
    for raw in (r"\b(?:(?<=x)a|b)", r"\b(?:a?)", r"\b(?:[^a]b)", r"(?:ab)\b", r"\b(?:(?=a)ab|c)"):
        assert guarded(raw).pattern == raw


def test_quoted_chars_answer_as_the_region_scan():
    rng = random.Random(3)
    for _ in range(300):
        regions = sorted({(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 8)))})
        quoted = attribution._QuotedChars(regions)
        for i in range(240):
            assert quoted.at(i) == (attribution._region_around(regions, i, i + 1) is not None)


def test_overlaps_answer_as_the_range_scan():
    rng = random.Random(5)
    for _ in range(300):
        ranges = [(a, a + rng.randint(0, 40)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 10)))]
        overlaps = assertions._Overlaps(ranges)
        for _ in range(40):
            s = rng.randint(0, 240)
            e = s + rng.randint(1, 50)
            assert overlaps(s, e) == any(a < e and s < b for a, b in ranges)


def test_cue_positions_are_the_tokens_the_loop_would_look_at(doc):
    loop = [
        t.i
        for t in doc
        if (t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to")
        or (t.pos_ in ("VERB", "NOUN", "AUX") and t.dep_ not in ("aux", "auxpass") and attribution._known_cue_word(t))
    ]
    assert attribution._cue_positions(doc) == loop
    assert loop  # the text has cues


def test_claim_bearing_from_arrays_as_from_tokens(doc):
    fast = assertions._ClaimBearing(doc, TEXT)
    answers = [(fast(s), assertions.claim_bearing(s)) for s in doc.sents]
    assert all(a == b for a, b in answers)
    assert {a for a, _ in answers} == {True, False}  # the question and the dateline are not claims


def test_pruned_source_candidates_leave_the_layer_view_unchanged(doc, monkeypatch):
    def view():
        return [(a.kind, a.cue, a.content, a.source, a.rule) for a in attribution.extract(doc, communicative=True)]

    pruned = view()
    monkeypatch.setattr(attribution, "PRUNE_SOURCES", False)
    assert view() == pruned
    assert any(a[3] for a in pruned)


def test_blank_back_answers_as_the_stripped_gap():
    rng = random.Random(11)
    chars = " ,\u00a0\t\n\u2014\u2013-"
    for _ in range(300):
        text = "".join(rng.choice("ab ,\n\t-\u2014.") for _ in range(rng.randint(0, 40)))
        end = rng.randint(0, len(text))
        blank = attribution._blank_back(text, end, chars)
        for b in range(end + 1):
            assert (blank <= b) == (not text[b:end].strip(chars))


def test_logit_score_sums_as_before():
    import math

    from newsprism.claims import cue_model

    model = cue_model._LOGIT
    weights = model._model[0]
    rng = random.Random(13)
    names = list(weights)
    for _ in range(200):
        feats = {
            rng.choice(names) if rng.random() < 0.8 else f"unseen{rng.random()}": rng.choice((1.0, 0.5, 2.0)) for _ in range(30)
        }
        z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
        assert model.score(feats) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_cue_capable_and_prefiltered_candidates(doc):
    from newsprism.claims import source_model

    capable = attribution._cue_capable(doc)
    assert capable.tolist() == [attribution.cue_confidence(t) >= attribution.MIN_CUE_P for t in doc]
    every = [(t.i, role, p.i) for t, role, p in source_model.candidates(doc)]
    kept = [(t.i, role, p.i) for t, role, p in source_model.candidates(doc, capable)]
    assert kept == [c for c in every if c[1] == "ctrl" or capable[c[2]]]
    assert 0 < len(kept) < len(every)
