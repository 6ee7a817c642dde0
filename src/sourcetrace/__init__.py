"""sourcetrace: make the chain of attribution in news reports explicit."""

from sourcetrace.pipeline import ExtractOptions, extract, extract_articles, extract_many
from sourcetrace.types import Actor, Anonymity, Article, Attribution, SourcingProfile, Span

__all__ = [
    "Actor",
    "Anonymity",
    "Article",
    "Attribution",
    "ExtractOptions",
    "SourcingProfile",
    "Span",
    "extract",
    "extract_articles",
    "extract_many",
]
__version__ = "0.1.0"
