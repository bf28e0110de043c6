"""Report panels: one module per panel, shared by the terminal and HTML reports.

A panel module defines ``PANEL = Panel(...)``. ``terminal`` returns a rich renderable (or
None when the analysis has nothing for it); ``html`` returns an HTML fragment (or None),
built only with ``newsprism.render.htmlkit`` so that every piece of input text is escaped.
Panels read the analysis; they never compute findings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsprism.model import Analysis
from newsprism.registry import discover


@dataclass(frozen=True)
class Panel:
    name: str
    title: str
    order: int
    terminal: Callable[[Analysis], Any] | None = None
    html: Callable[[Analysis], str | None] | None = None
    covers_records: tuple[str, ...] = ()  # record kinds this panel shows (the generic panel skips them)
    covers_summary: tuple[str, ...] = ()  # summary keys this panel shows


@cache
def panels() -> list[Panel]:
    return sorted(discover(__name__, __path__, "PANEL", Panel), key=lambda p: (p.order, p.name))


def covered_records() -> set[str]:
    return {k for p in panels() for k in p.covers_records}


def covered_summary() -> set[str]:
    return {k for p in panels() for k in p.covers_summary}
