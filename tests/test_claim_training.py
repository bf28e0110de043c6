"""The claims trainer's fitting step on rows written for this test (no data set needed)."""

from __future__ import annotations

from newsprism.claims import learn_cues


def _rows():
    """(article index, features, label): 'w=said' marks cues everywhere; 'w=vowed' occurs only
    in the held-out tenth (index % 10 == 5), where it is a cue."""
    rows = []
    for index in range(30):
        for k in range(6):
            rows.append((index, {"bias": 1.0, "w=said": 1.0}, 1 if k < 5 else 0))
            rows.append((index, {"bias": 1.0, "w=table": 1.0}, 0))
        if index % 10 == learn_cues.HOLDOUT:
            rows.extend((index, {"bias": 1.0, "w=vowed": 1.0}, 1) for _ in range(4))
    return rows


def test_shipped_weights_refitted_on_all_articles(monkeypatch):
    monkeypatch.setattr(learn_cues, "REFIT_ALL", True)
    model = learn_cues.fit(_rows())
    assert model["weights"].get("w=vowed", 0.0) > 0.0  # seen only in the held-out tenth
    assert model["train_rows"] == len(_rows())
    assert "refitted on all of train" in model["about"]


def test_threshold_still_chosen_on_the_held_out_tenth(monkeypatch):
    monkeypatch.setattr(learn_cues, "REFIT_ALL", False)
    held_only = learn_cues.fit(_rows())
    monkeypatch.setattr(learn_cues, "REFIT_ALL", True)
    refitted = learn_cues.fit(_rows())
    assert "w=vowed" not in held_only["weights"]
    assert held_only["train_rows"] < refitted["train_rows"]
    assert (held_only["threshold"], held_only["held_out_f1"]) == (refitted["threshold"], refitted["held_out_f1"])
