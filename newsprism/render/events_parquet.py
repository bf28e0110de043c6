"""events-parquet: the events table (same columns as events-csv) as a typed Parquet file."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsprism.events.rows import COLUMNS, rows
from newsprism.model import Analysis
from newsprism.render.formats import Format


def write(analyses: Iterable[Analysis], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
    table = pa.Table.from_pylist(list(rows(analyses)), schema=schema)
    pq.write_table(table, path)


FORMAT = Format("events-parquet", "the events table as Parquet (needs -o FILE)", ".parquet", table=write)
