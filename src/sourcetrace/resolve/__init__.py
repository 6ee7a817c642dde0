"""Who is speaking: source types, canonical actors, anonymity details and the article's sourcing profile."""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace.parse import Segment
from sourcetrace.types import Attribution, SourcingProfile

__all__ = ["resolve_article"]


def resolve_article(
    text: str, segments: Sequence[Segment], attributions: Sequence[Attribution], body_start: int = 0
) -> tuple[list[Attribution], SourcingProfile | None]:
    """Characterise every attribution's source and profile the article (filled by the resolver work)."""
    return list(attributions), None
