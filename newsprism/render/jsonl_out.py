"""JSONL: one analysis per line, streamed, for many articles."""

from newsprism.render.formats import Format
from newsprism.render.json_out import write_jsonl

FORMAT = Format("jsonl", "one JSON analysis per line, for batches", ".jsonl", stream=write_jsonl)
