"""Terminal report (rich): header, then each panel that has something to show."""

from __future__ import annotations

import dataclasses
import io

from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsprism.model import Analysis, Article, Span
from newsprism.render.facts import date_fact
from newsprism.render.formats import Format
from newsprism.render.panels import panels
from newsprism.render.printable import for_terminal as _shown


def header(analysis: Analysis) -> Text:
    a = analysis.article
    text = Text()
    text.append(a.title or "(untitled)", style="bold")
    facts = [
        a.outlet or "outlet unknown",
        date_fact(analysis),
        a.language or "language unknown",
        f"{a.word_count} words",
    ]
    if a.media_tags:
        facts.append("media: " + ", ".join(a.media_tags))
    text.append("\n" + " · ".join(facts), style="cyan")
    if a.source_path:
        text.append(f"\n{a.source_path}", style="dim")
    for w in analysis.warnings:
        text.append(f"\n⚠ {w}", style="yellow")
    return text


def _printable(analysis: Analysis) -> Analysis:
    """A copy whose strings show control characters as pictures and bidi controls as U+FFFD
    (spans in their order); the analysis itself, and so JSON and SQLite, keep the exact text."""
    return dataclasses.replace(
        analysis,
        article=Article.from_dict(_shown(analysis.article.to_dict())),
        spans=[Span.from_dict(_shown(s.to_dict())) for s in analysis.spans],
        records=_shown(analysis.records),
        summary=_shown(analysis.summary),
        warnings=_shown(analysis.warnings),
    )


def render(analysis: Analysis, console: Console) -> None:
    analysis = _printable(analysis)
    console.print(Rule(style="dim"))
    console.print(header(analysis))
    for panel in panels():
        if panel.terminal is None:
            continue
        body = panel.terminal(analysis)
        if body is not None:
            console.print()
            if not (isinstance(body, Table) and body.title):
                console.print(Text(panel.title, style="bold underline"))
            console.print(body)


def to_text(analysis: Analysis) -> str:
    buf = io.StringIO()
    render(analysis, Console(file=buf, width=110, color_system=None, force_terminal=False, markup=False, emoji=False))
    return buf.getvalue()


FORMAT = Format("text", "terminal report (title, outlet, date, counts per layer, top findings)", ".txt", document=to_text)
