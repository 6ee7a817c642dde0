"""Placeholder replaced below."""
from __future__ import annotations
from collections.abc import Sequence
from sourcetrace.extract.quotes import Quote
from sourcetrace.parse import Segment
from sourcetrace.types import Attribution


def is_candidate_sentence(sentence: str) -> bool:
    return True


def find_attributions(text: str, segments: Sequence[Segment], quotes: Sequence[Quote]) -> list[Attribution]:
    return []
