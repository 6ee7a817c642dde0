"""sourcetrace: make the chain of attribution in news reports explicit."""

from sourcetrace.pipeline import ExtractOptions, extract, extract_articles, extract_many
from sourcetrace.types import Act, Actor, Anonymity, Article, Attribution, CountOptions, SourcingProfile, Span

__all__ = [
    "Act",
    "Actor",
    "Anonymity",
    "Article",
    "Attribution",
    "CountOptions",
    "ExtractOptions",
    "SourcingProfile",
    "Span",
    "extract",
    "extract_articles",
    "extract_many",
]
__version__ = "0.1.0"
