"""Output format registry: every module in this package with ``FORMAT`` is a format."""

from __future__ import annotations

from functools import cache

from newsprism.registry import discover
from newsprism.render.formats import Format

__all__ = ["Format", "UnknownFormatError", "formats", "get"]


class UnknownFormatError(ValueError):
    pass


@cache
def formats() -> dict[str, Format]:
    found = {fmt.name: fmt for fmt in discover(__name__, __path__, "FORMAT", Format)}
    order = ["text", "json", "jsonl", "html"]
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def get(name: str) -> Format:
    fmts = formats()
    if name not in fmts:
        raise UnknownFormatError(f"unknown format {name!r}; known: {', '.join(fmts)}")
    return fmts[name]
