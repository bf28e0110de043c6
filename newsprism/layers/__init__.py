"""Layer registry: every module in this package that defines ``LAYER`` is a layer.

Order is resolved from ``requires`` / ``optional_after``; among independent layers the
``ORDER`` hint below keeps runs deterministic (cheap, foundational layers first).
"""

from __future__ import annotations

from functools import cache

from newsprism.layers.base import Context, Layer
from newsprism.registry import discover

__all__ = ["Context", "Layer", "UnknownLayerError", "all_layers", "get", "resolve"]

ORDER = ("meta", "sentences", "entities", "place", "actor", "time", "framing", "technique", "claim", "event")


class UnknownLayerError(ValueError):
    pass


@cache
def all_layers() -> dict[str, Layer]:
    """Name → Layer for every layer module, in run order."""
    found = {layer.name: layer for layer in discover(__name__, __path__, "LAYER", Layer, skip=("base",))}
    return {n: found[n] for n in _topological(found)}


def get(name: str) -> Layer:
    layers = all_layers()
    if name not in layers:
        raise UnknownLayerError(f"unknown layer {name!r}; known: {', '.join(layers)}")
    return layers[name]


def resolve(names: list[str] | None) -> list[Layer]:
    """The layers to run for a user's selection (None = the defaults), dependencies added."""
    layers = all_layers()
    wanted = [n for n, lay in layers.items() if lay.default] if not names else list(names)
    chosen: set[str] = set()

    def add(n: str) -> None:
        if n in chosen:
            return
        layer = get(n)
        for dep in layer.requires:
            add(dep)
        chosen.add(n)

    for n in wanted:
        add(n)
    return [lay for n, lay in layers.items() if n in chosen]


def _topological(found: dict[str, Layer]) -> list[str]:
    rank = {n: i for i, n in enumerate(ORDER)}
    pending = sorted(found, key=lambda n: (rank.get(n, len(ORDER)), n))
    done: list[str] = []
    while pending:
        for n in pending:
            deps = [d for d in (*found[n].requires, *found[n].optional_after) if d in found]
            if all(d in done for d in deps):
                done.append(n)
                pending.remove(n)
                break
        else:
            raise RuntimeError(f"layer dependency cycle among {pending}")
    return done
