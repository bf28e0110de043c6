"""The English genre model (newsprism.techniques.genre): style features, the shipped artefact,
and what happens without one. Articles below are fictional, written for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsprism.techniques import genre as g

WIRE = """Ministers agree on grain corridor after overnight talks in Valdora

VALDORA, March 14 (Northgate Press) - Farm ministers from four countries agreed on Thursday to reopen a grain corridor through the port of Sennik, officials said, after talks that ran through the night.

The agreement allows up to 40 ships a week to load wheat and maize, the agriculture ministry said in a statement. A spokesman for the port authority told reporters that the first vessels could sail on Monday.

"We expect the first convoy to leave within days," deputy minister Arlen Pask said at a news conference, according to a transcript released by his office.

Officials from the neighbouring republic confirmed the deal but said inspections would continue. The talks began on March 2 and were mediated by a regional bank, which declined to comment on the terms.

Prices for wheat futures fell 3.5% after the announcement, traders said. About 2.1 million tonnes of grain are stored in silos near Sennik, according to ministry figures.

The ministry said it would publish the full text of the agreement on Friday.
"""

OPED = """Why I no longer believe a word our leaders say

I have watched this farce for ten years, and I am tired. Every spring they promise us bread, and every spring we get speeches.

You know it and I know it: these people are not serving you. They are serving themselves. Why should we keep pretending?

We must stop rewarding cowardice at the ballot box. I think the truth is simple, and frankly it is shameful that nobody in power will say it out loud.

Of course they will call me a cynic. Let them! I would rather be a cynic than a fool who believes the same lies again.

Imagine what this country could be if we simply demanded honesty. It is time we did.
"""


def test_style_features_are_computed_as_documented():
    f = g.style_features(WIRE)
    assert list(f) == list(g.FEATURES)
    assert f["dateline"] == 1.0
    assert f["first_singular"] == 0.0  # "We expect" is inside quotation marks: not the author's voice
    assert f["first_plural"] == 0.0
    assert f["attribution"] > 0.5  # said, told, according to, … per sentence
    assert f["quote_marks"] > 0 and 0 < f["quoted_share"] < 0.2
    assert f["digits"] > 2 and f["weekdays"] > 0 and f["months"] > 0
    o = g.style_features(OPED)
    assert o["dateline"] == 0.0
    assert o["first_singular"] > 3 and o["second_person"] > 1 and o["first_plural"] > 1
    assert o["questions"] > 0 and o["exclamations"] > 0 and o["title_question"] == 0.0
    assert o["modals"] > 0 and o["rhetorical"] > 0 and o["evaluative"] > 0  # must; of course; farce, shameful
    assert o["attribution"] < f["attribution"] / 3 and o["quote_marks"] == 0.0  # "say" twice


def test_counts_on_a_tiny_text():
    f = g.style_features('Title?\n\nI said "we" should go. You agree!')
    # words: Title, I, said, we, should, go, You, agree → 8; "we" is quoted
    assert f["log_words"] == pytest.approx(np.log1p(8))
    assert f["first_singular"] == pytest.approx(100 / 8)
    assert f["first_plural"] == 0.0
    assert f["second_person"] == pytest.approx(100 / 8)
    assert f["modals"] == pytest.approx(100 / 8)
    assert f["title_question"] == 1.0
    assert f["quoted_share"] == pytest.approx(1 / 8)


@pytest.mark.parametrize(
    "line",
    [
        "YEREVAN, April 26 (Meridian Wire) - Border guards stopped a convoy.",
        "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
        "(AP) \u2014 Police said two men were detained.",
        "Baku, Nov. 3 \u2014 The ministry said on Monday.",
        "CHISINAU, 14 March (BWS) - Negotiators met in Bender on Thursday.",  # day before month
        "Tbilisi, 2 May \u2014 Officials said the crossing reopened.",
        "TBILISI/TSKHINVALI, Nov 26, 2026 (Meridian Wire) - Both sides gave accounts.",  # two cities
    ],
)
def test_dateline_patterns(line):
    assert g.style_features(f"Headline\n\n{line}\n")["dateline"] == 1.0


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("PRISTINA/BELGRADE, Nov 24, 2026 (Meridian Wire) - A policeman was killed.", 1.0),
        ("ERBIL, May 3 (Kurdistan Press Service) \u2013 Drones struck a base.", 1.0),
        ("SUKHUMI, May 3 (Reuters) - Talks resumed.", 1.0),  # named in the list
        ("TBILISI, November 25, 2026 (The Mtkvari Herald) - Troops moved the fence.", 0.0),
        ("In Gori (a town of wire fences) - people waited.", 0.0),  # no dateline
    ],
)
def test_agency_counts_a_wire_credited_in_the_dateline(line, agency):
    """Audit 12: a wire unknown to the agency list, credited in its dateline, is still a wire."""
    assert g.style_features(f"Headline\n\n{line}\n")["agency"] == agency


@pytest.mark.parametrize(
    "line",
    [
        "Opinion/Analysis, March 3 - The war has to end now, and we must say so.",
        "Home/World/Europe, March 3 (Our view) - We think the talks are a farce.",
    ],
)
def test_a_section_path_is_no_two_city_dateline(line):
    """Twelfth-session review: the slash for two cities made a site's section path a dateline."""
    assert g.style_features(f"Headline\n\n{line}\n")["dateline"] == 0.0


def test_no_dateline_in_ordinary_openings():
    for line in (
        "In my view, the war has gone on too long.",
        "It is, frankly, absurd (and everyone knows it) - again.",
        "The war, 14 March 2022 was the day everything changed.",
    ):
        assert g.style_features(f"Headline\n\n{line}\n")["dateline"] == 0.0


def test_shipped_english_model_separates_a_wire_report_from_an_op_ed():
    model = g.load("en")
    assert isinstance(model, g.GenreModel)
    assert model.features == list(g.FEATURES) or set(model.features) <= set(g.FEATURES)
    report = g.genre(WIRE, "en")
    oped = g.genre(OPED, "en")
    assert set(report["scores"]) == {"opinion", "reporting", "satire"}
    assert sum(report["scores"].values()) == pytest.approx(1.0, abs=0.01)
    assert report["label"] == "reporting"
    assert oped["label"] == "opinion"


def test_other_languages_still_load_the_older_bag_of_words_models():
    from newsprism.techniques.linear import LinearModel

    assert isinstance(g.load("fr"), LinearModel)
    out = g.genre("Le ministre a déclaré mardi que les négociations continueraient.", "fr")
    assert out["label"] in out["scores"]


def test_missing_artefact_gives_none(monkeypatch, tmp_path):
    monkeypatch.setattr(g, "model_path", lambda name: tmp_path / name)
    g.load.cache_clear()
    try:
        assert g.load("en") is None
        assert g.genre(WIRE, "en") is None
        assert g.version("en") == ""
    finally:
        g.load.cache_clear()


def test_artefact_round_trip_is_numpy_only(tmp_path):
    model = g.load("en")
    path = tmp_path / "genre-xx.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as z:  # no pickled objects inside
        assert {"mean", "scale", "dense", "bias", "header"} <= set(z.files)
    again = g.GenreModel.load(path)
    assert np.allclose(again.proba_text(WIRE), model.proba_text(WIRE), atol=1e-3)


def test_style_features_do_not_read_the_framing_lexicon(monkeypatch):
    """The genre model's inputs are its own word lists: an edit to the framing lexicon must not
    change the features the shipped model was trained on."""
    real = g.load_json

    def guarded(*parts):
        assert parts[0] != "framing", "genre features read the framing lexicon"
        return real(*parts)

    monkeypatch.setattr(g, "load_json", guarded)
    g._lists.cache_clear()
    g._first_words.cache_clear()
    try:
        f = g.style_features("Headline\n\nThe sham vote was a travesty, officials said.\n")
    finally:
        g._lists.cache_clear()
        g._first_words.cache_clear()
    assert f["evaluative"] > 0


# ---- seventh session: weakly-labelled reporting from other news collections ---------------------

FIXTURES = Path(__file__).parent / "fixtures" / "genre"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("wire_border.txt", "reporting"),
        ("wire_grain.txt", "reporting"),  # dateline without an agency: opinion (0.70) without the weak reports
        ("news_quotes.txt", "reporting"),
        ("column_first_person.txt", "opinion"),
        ("column_argument.txt", "opinion"),
    ],
)
def test_shipped_english_model_on_fictional_reports_and_columns(name, label):
    out = g.genre((FIXTURES / name).read_text(encoding="utf-8"), "en")
    assert out["label"] == label, out


def test_shipped_english_model_records_its_weak_reporting():
    meta = g.load("en").meta
    assert meta["weak"] == ["polnear-wire"] and meta["weak_weight"] == pytest.approx(0.01)
    assert meta["weak_keep_prior"] is True and meta["weak_articles"] > 0


def _polnear(tmp_path: Path) -> Path:
    """A fictional PolNeAR-shaped folder: two wire-credited train articles, one staff article, one dev."""
    base = tmp_path / "polnear"
    for split in ("train", "dev"):
        (base / split / "text").mkdir(parents=True)
    rows = [("train", "a_wire", "AP"), ("train", "b_staff", "None"), ("train", "c_wire", "reuters"), ("dev", "d_wire", "AFP")]
    lines = ["compartment\tfilename\tpublisher\twire"] + [f"{c}\t{f}\tsomepaper\t{w}" for c, f, w in rows]
    (base / "metadata.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for c, f, _ in rows:
        (base / c / "text" / f"{f}.txt").write_text(f"Title {f}\n\nCITY (Wire) - Officials said so.\n", encoding="utf-8")
    return tmp_path


def test_weak_reporting_reads_wire_credited_train_articles_only(tmp_path):
    from newsprism.train import genre as tg

    root = _polnear(tmp_path)
    got = tg.weak_reporting(root, ("polnear-wire",))
    assert [i for i, _ in got] == ["polnear/a_wire", "polnear/c_wire"]  # not the staff piece, not dev
    assert got[0][1].startswith("Title a_wire")
    one = tg.weak_reporting(root, ("polnear-wire",), cap=1)
    assert len(one) == 1 and one == tg.weak_reporting(root, ("polnear-wire",), cap=1)  # seeded


def test_weak_reporting_without_polnear_says_the_data_is_missing(tmp_path):
    from newsprism.datasets import DataMissing
    from newsprism.train import genre as tg

    with pytest.raises(DataMissing):
        tg.weak_reporting(tmp_path, ("polnear-wire",))


def test_basil_articles_are_read_as_title_and_paragraphs(tmp_path):
    import json

    from newsprism.train import genre as tg

    folder = tmp_path / "basil" / "articles" / "2015"
    folder.mkdir(parents=True)
    body = [["A made-up headline"], ["First sentence.", "Second sentence."], ["Last paragraph."]]
    (folder / "x_1.json").write_text(json.dumps({"body-paragraphs": body}), encoding="utf-8")
    ((aid, text),) = tg.weak_reporting(tmp_path, ("basil",))
    assert aid == "basil/x_1"
    assert text == "A made-up headline\n\nFirst sentence. Second sentence.\n\nLast paragraph."


def _toy():
    rng = np.random.default_rng(0)
    n = len(g.FEATURES)
    X = np.vstack([rng.normal(0, 1, (30, n)), rng.normal(0.5, 1, (8, n)), rng.normal(-0.5, 1, (4, n))])
    y = ["opinion"] * 30 + ["reporting"] * 8 + ["satire"] * 4
    weak = rng.normal(0.0, 0.5, (10, n))  # where the SemEval rows say opinion
    return X, y, weak


def _proba(model, X):
    z = model.scores_from(X)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def test_weak_rows_at_weight_zero_leave_the_model_unchanged():
    from dataclasses import replace

    from newsprism.train import genre as tg

    X, y, weak = _toy()
    r = tg.Recipe("toy", C=1.0)
    plain = tg.fit(r, X, None, y)
    zero = tg.fit(replace(r, weak=("polnear-wire",), weak_weight=0.0), X, None, y, weak=weak)
    assert np.array_equal(plain.dense, zero.dense) and np.array_equal(plain.bias, zero.bias)


def test_weak_rows_pull_their_region_towards_reporting_without_moving_the_standardisation():
    from dataclasses import replace

    from newsprism.train import genre as tg

    X, y, weak = _toy()
    r = tg.Recipe("toy", C=1.0)
    plain = tg.fit(r, X, None, y)
    for keep in (False, True):
        with_weak = tg.fit(replace(r, weak=("polnear-wire",), weak_weight=0.5, weak_keep_prior=keep), X, None, y, weak=weak)
        assert np.allclose(with_weak.mean, plain.mean) and np.allclose(with_weak.scale, plain.scale)
        j = plain.classes.index("reporting")
        assert _proba(with_weak, weak)[:, j].mean() > _proba(plain, weak)[:, j].mean() + 0.05
