"""events-csv: one row per event, PLOVER-style columns, for event datasets and spreadsheets."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from typing import TextIO

from newsprism.events.rows import FIELDS, rows
from newsprism.model import Analysis
from newsprism.render.formats import Format
from newsprism.render.printable import printable

# A cell whose first visible character is one of these is run as a formula by spreadsheet
# programs (OWASP's CSV-injection list, with the full-width forms that some of them read as the
# ASCII ones). Article text is untrusted input, so such text cells get a leading apostrophe.
# Numbers are never touched (negative longitudes stay numbers); JSON and Parquet keep the exact text.
FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
# Leading characters a spreadsheet may skip before it looks for a formula: whitespace (a space,
# tab, newline, no-break or ideographic space) and invisible format characters (BOM, zero-width).
_SKIPPED = ("Zs", "Zl", "Zp", "Cf")
# OWASP: a cell that starts with a tab or a line break is guarded whatever follows.
_BREAK_START = ("\t", "\r", "\n")


def _runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula: its first character that is not
    skipped whitespace or an invisible format character is ``= + - @`` (or full-width)."""
    if text.startswith(_BREAK_START):
        return True
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in _SKIPPED:
            continue
        return ch in FORMULA_START
    return False


def _cell(v):
    """A CSV cell: booleans as true/false; text with control characters shown as pictures (as
    in the terminal: ESC → ␛, NUL → ␀; tab and line breaks kept) and guarded against formulas."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        v = printable(v)
        return "'" + v if _runs_as_formula(v) else v
    return v


def write(analyses: Iterable[Analysis], out: TextIO) -> None:
    """Header, then one row per event of every analysis; booleans as true/false, None empty."""
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows(analyses):
        writer.writerow({k: _cell(v) for k, v in row.items()})


FORMAT = Format("events-csv", "one CSV row per event (PLOVER-style fields)", ".csv", stream=write)
