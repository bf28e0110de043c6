"""Access to reference data shipped under ``newsprism/data`` (lexicons, gazetteers, models)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(*parts: str) -> Path:
    """Filesystem path of a packaged data file (the package is installed unzipped)."""
    return Path(str(resources.files("newsprism").joinpath("data", *parts)))


@cache
def load_json(*parts: str) -> Any:
    """Parse a packaged JSON data file once per process."""
    with data_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
