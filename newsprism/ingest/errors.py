"""The one error type for bad input: a short, readable message, never a traceback."""

from __future__ import annotations


class InputError(Exception):
    """Input that cannot become an Article. ``where`` is a path, ``path:line`` or ``-``."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
