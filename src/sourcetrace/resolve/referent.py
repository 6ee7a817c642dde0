"""What a source mention resolved to, and the resolver's memory of the sources resolved so far."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.parse import is_label
from sourcetrace.types import Actor, Anonymity, SourceType


@dataclass(frozen=True)
class Referent:
    """What a source mention resolved to."""

    source_type: SourceType
    actor: Actor | None = None
    on_behalf_of: str | None = None
    anonymous: Anonymity | None = None
    gender: str | None = None
    plural: bool = False


@dataclass(frozen=True)
class Memory:
    """A source resolved earlier in the article: where it starts (and ends) and what it resolved to."""

    start: int
    referent: Referent
    end: int = -1


def is_speaker_label(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` is a transcript's speaker label ("WN: So what ...", `parse.is_label`). A label
    says who speaks the turn; it is no mention a pronoun may refer back to."""
    return end >= 0 and is_label(text, start, end)
