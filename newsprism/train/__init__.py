"""Training commands: ``newsprism train NAME``. A module here with ``TRAINER`` is one.

Training reads ``../shared/data``, fixes its random seed, and writes the artefact into
the package data folder so that the committed model can be rebuilt by one command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from newsprism.registry import discover


@dataclass(frozen=True)
class Trainer:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], None]


@cache
def trainers() -> dict[str, Trainer]:
    return {x.name: x for x in sorted(discover(__name__, __path__, "TRAINER", Trainer), key=lambda x: x.name)}
