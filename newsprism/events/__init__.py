"""Event extraction helpers: PLOVER coding over the parse and the CASE-2021 fine-grained type."""
