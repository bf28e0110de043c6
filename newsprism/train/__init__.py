"""Training commands: ``newsprism train NAME``. A module here with ``TRAINER`` is one.

Training reads ``../shared/data``, fixes its random seed, and writes the artefact into
the package data folder so that the committed model can be rebuilt by one command.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Trainer:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], None]


@cache
def trainers() -> dict[str, Trainer]:
    found: dict[str, Trainer] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        tr = getattr(module, "TRAINER", None)
        if isinstance(tr, Trainer):
            found[tr.name] = tr
    return dict(sorted(found.items()))
