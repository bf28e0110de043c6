"""One discovery loop for the plugin packages (layers, panels, output formats, evaluations,
trainers): a module declares its object under a fixed name and the package finds it, so adding
a feature is adding a file."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def discover(package: str, path: Iterable[str], attr: str, kind: type[T], skip: tuple[str, ...] = ()) -> list[T]:
    """The ``attr`` objects of type ``kind`` declared by the modules of ``package``, in module-name
    order; private modules (``_name``) and the names in ``skip`` are not imported."""
    found: list[T] = []
    for info in pkgutil.iter_modules(path):
        if info.name.startswith("_") or info.name in skip:
            continue
        obj = getattr(importlib.import_module(f"{package}.{info.name}"), attr, None)
        if isinstance(obj, kind):
            found.append(obj)
    return found
