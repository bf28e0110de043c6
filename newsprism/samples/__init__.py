"""Bundled sample reports (written for NewsPrism; fictional outlets, real places)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from newsprism.ingest.plaintext import from_text
from newsprism.model import Article


def index() -> list[dict]:
    return json.loads(resources.files(__name__).joinpath("index.json").read_text(encoding="utf-8"))["samples"]


def load(name: str) -> Article:
    """One sample as an Article, with its outlet and publication date."""
    for entry in index():
        if entry["name"] == name:
            path = resources.files(__name__).joinpath(entry["file"])
            return from_text(
                path.read_text(encoding="utf-8"),
                outlet=entry.get("outlet"),
                url=entry.get("url"),
                published=dt.date.fromisoformat(entry["published"]) if entry.get("published") else None,
                source_path=f"samples/{entry['file']}",
            )
    raise KeyError(name)


def load_all() -> list[tuple[str, Article]]:
    return [(entry["name"], load(entry["name"])) for entry in index()]
