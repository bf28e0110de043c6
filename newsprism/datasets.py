"""Where the evaluation and training data live: ``../shared/data`` beside the repository.

Override with ``NEWSPRISM_DATA``. Nothing from these sets is ever copied into the repo;
callers raise DataMissing (a clear message) when the folder is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "NEWSPRISM_DATA"


class DataMissing(FileNotFoundError):
    """The shared data set needed by an evaluation or training run is not here."""


def root() -> Path | None:
    """The shared data folder, or None when it cannot be found."""
    env = os.environ.get(DATA_ENV)
    if env:  # an explicit choice: never fall back to another folder behind the user's back
        return Path(env) if Path(env).is_dir() else None
    repo = Path(__file__).resolve().parent.parent
    candidates = [repo.parent / "shared" / "data", Path.cwd().parent / "shared" / "data", Path.cwd() / "shared" / "data"]
    for c in candidates:
        if c.is_dir():
            return c
    return None


def path(*parts: str) -> Path:
    """A path inside the shared data folder; DataMissing if the folder or the path is absent."""
    base = root()
    if base is None:
        env = os.environ.get(DATA_ENV)
        if env:
            raise DataMissing(f"{DATA_ENV}={env} is not a folder")
        raise DataMissing(f"shared data folder not found (looked for ../shared/data; set {DATA_ENV})")
    p = base.joinpath(*parts)
    if not p.exists():
        raise DataMissing(f"{p} not found")
    return p
