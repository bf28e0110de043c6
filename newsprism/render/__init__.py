"""Output format registry: every module in this package with ``FORMAT`` is a format."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from newsprism.render.formats import Format

__all__ = ["Format", "UnknownFormatError", "formats", "get"]


class UnknownFormatError(ValueError):
    pass


@cache
def formats() -> dict[str, Format]:
    found: dict[str, Format] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if isinstance(fmt, Format):
            found[fmt.name] = fmt
    order = ["text", "json", "jsonl", "html"]
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def get(name: str) -> Format:
    fmts = formats()
    if name not in fmts:
        raise UnknownFormatError(f"unknown format {name!r}; known: {', '.join(fmts)}")
    return fmts[name]
