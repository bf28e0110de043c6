"""A logistic regression stored as plain JSON (``{"weights": {feature: w}, "threshold": t}``).

The cue detector and the source detector share this form: sparse named features, one weight
each, a threshold chosen on held-out training articles. A missing file means "no model
installed"; callers then fall back to their lexicons.
"""

from __future__ import annotations

import math
import operator
from functools import cached_property
from itertools import repeat

from newsprism.resources import data_path, load_json


class JsonLogit:
    def __init__(self, *path: str) -> None:
        self.path = path

    @cached_property
    def _model(self) -> tuple[dict[str, float], float] | None:
        if not data_path(*self.path).exists():
            return None
        m = load_json(*self.path)
        return m["weights"], m["threshold"]

    def available(self) -> bool:
        return self._model is not None

    def threshold(self) -> float:
        return self._model[1] if self._model else 1.0

    def score(self, features: dict[str, float]) -> float:
        """Probability-like score of a feature dict (0 when no model is installed)."""
        if self._model is None:
            return 0.0
        weights = self._model[0]
        # sum(w.get(k, 0) * v for k, v in features.items()), in the same order, without a generator frame
        z = sum(map(operator.mul, map(weights.get, features, repeat(0.0)), features.values()))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
