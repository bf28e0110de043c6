"""Evaluations: ``newsprism eval NAME``. A module here with ``EVALUATION`` is one evaluation.

Each prints human-readable figures, then a final ``METRIC=VALUE …`` line for machines.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from newsprism.registry import discover


@dataclass
class Report:
    """What an evaluation measured: lines for people and metrics for machines."""

    title: str
    lines: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)

    def machine_line(self) -> str:
        return " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in self.metrics.items())


@dataclass(frozen=True)
class Evaluation:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], Report]


@cache
def evaluations() -> dict[str, Evaluation]:
    return {x.name: x for x in sorted(discover(__name__, __path__, "EVALUATION", Evaluation), key=lambda x: x.name)}


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
