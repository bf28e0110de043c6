"""events-csv: one row per event, PLOVER-style columns, for event datasets and spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from newsprism.events.rows import FIELDS, rows
from newsprism.model import Analysis
from newsprism.render.formats import Format

# A cell that starts with one of these is run as a formula by spreadsheet programs; article text is
# untrusted input, so such text cells get a leading apostrophe (OWASP's CSV-injection guard).
# Numbers are never touched (negative longitudes stay numbers); JSON and Parquet keep the exact text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str) and v.startswith(FORMULA_START):
        return "'" + v
    return v


def write(analyses: Iterable[Analysis], out: TextIO) -> None:
    """Header, then one row per event of every analysis; booleans as true/false, None empty."""
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows(analyses):
        writer.writerow({k: _cell(v) for k, v in row.items()})


FORMAT = Format("events-csv", "one CSV row per event (PLOVER-style fields)", ".csv", stream=write)
