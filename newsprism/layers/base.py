"""What a layer is: a named, versioned function over an Analysis, with its requirements.

Each layer lives in its own module under ``newsprism.layers`` and exposes a module-level
``LAYER = Layer(...)``; the registry finds them, so adding a layer means adding one file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsprism.model import Analysis


@dataclass
class Context:
    """Shared state for one article's run: the parse and per-run options.

    ``doc`` is the spaCy parse of the whole article text (English pipeline, or a
    sentencizer-only multilingual pipeline for other languages). ``english`` says which.
    """

    doc: Doc | None = None
    english: bool = True
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)


RunFn = Callable[["Analysis", Context], None]


@dataclass(frozen=True)
class Layer:
    """A pipeline layer.

    ``requires`` names layers that must run before this one (they are added automatically
    when a user picks this layer). ``needs_parse`` asks for the spaCy parse in
    ``ctx.doc``; ``english_only`` skips the layer, with a note, for non-English articles.
    ``optional_after`` names layers that, when selected, must run first (but are not pulled in).
    """

    name: str
    version: str
    run: RunFn
    description: str
    requires: tuple[str, ...] = ()
    optional_after: tuple[str, ...] = ()
    needs_parse: bool = True
    english_only: bool = True
    default: bool = True
    models: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The ``source`` prefix for spans this layer makes: ``name@version``."""
        return f"{self.name}@{self.version}"
