"""NewsPrism: split conflict news into what happened, who says so, and how it is told."""

from newsprism.model import Analysis, Article, Span

__version__ = "0.1.0"

__all__ = ["Analysis", "Article", "Span", "__version__"]
